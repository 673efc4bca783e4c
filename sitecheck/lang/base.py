"""The word classes a lexicon holds (how one language derives from another: ``derivation``).

A lexicon is data: every word, phrase and abbreviation that sitecheck matches in a report lives
in one, never in the code that matches it. Phrases are written plainly; a space in a phrase
matches any run of white space (a line break included), and matching ignores case unless a field
says otherwise. A language that derives from another changes only what differs (`derive`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from sitecheck.lang.across_sentences import AcrossSentenceWords
from sitecheck.lang.funding_tables import Words

# How a qualifier bounds its figure: "over 80" (lower), "up to 80" (upper), "nearly 80" (below,
# within one rounding unit), "some 80" (about: rounded at its last non-zero digit).
Bound = Literal["lower", "upper", "below", "about"]
# Which way a comparison goes: "30% less than" (down), "30% more than" (up).
Direction = Literal["up", "down"]


@dataclass(frozen=True, eq=False, kw_only=True)
class Lexicon(AcrossSentenceWords):
    """Every word class sitecheck matches, for one language (those of funding and tables are
    declared in ``funding_tables``, those of events told over sentences in ``across_sentences``)."""

    code: str
    name: str
    stopwords: Words = ()  # function words whose frequency tells the language of a report
    # The decimal mark a report in this language uses when none of its figures tells.
    decimal_mark: str = "."

    # --- figures -------------------------------------------------------------------------------
    currency_prefixes: Mapping[str, str] = field(default_factory=dict)  # "US$" -> "USD"
    currency_suffixes: Mapping[str, str] = field(default_factory=dict)  # "dólares" -> "USD"
    currency_links: Words = ()  # "10 millones de dólares": the word before a currency name
    scale_words: Mapping[str, float] = field(default_factory=dict)  # "million" -> 1e6
    wrapped_scale_words: Words = ()  # scale words that may follow a line break
    scale_symbols: Words = ()  # scales on any figure: "12K", "5M" (case-sensitive)
    # Letter runs a PDF font draws as one glyph, which text extraction may drop ("bene ciaries")
    ligatures: Words = ()
    money_only_scales: Words = ()  # scales only after a currency: "$5m", "USD 2bn" (any case)
    # "2,488 F / 429 M": letters that mark sexes in a pair of figures; "M" there is no million.
    sex_marks: Words = ()
    percent_words: Words = ()  # "per cent", "por ciento" (the sign itself is universal)
    qualifiers: Mapping[str, Bound] = field(default_factory=dict)  # before the figure
    qualifiers_after: Mapping[str, Bound] = field(default_factory=dict)  # "200 or more"
    number_words: Mapping[str, int] = field(default_factory=dict)  # "five" -> 5
    number_tens: Mapping[str, int] = field(default_factory=dict)  # "twenty" in "twenty-one"
    number_ones: Mapping[str, int] = field(default_factory=dict)  # "one" in "twenty-one"
    number_multipliers: Mapping[str, int] = field(default_factory=dict)  # "five thousand"
    # Words after a number word that make it no count: "two of", "three to four", "two thirds".
    number_word_stops: Words = ()
    fraction_words: Words = ()
    people_nouns: Words = ()  # nouns that name people (subgroups of people)
    generic_people_nouns: Words = ()  # "people", "personas": no group of its own
    # "5,300 Residents of Alfa Site": people named by where they live, whatever their group
    resident_nouns: Words = ()
    # Organisations counted together: "109 partners, including 45 national NGOs".
    organization_nouns: Words = ()
    household_nouns: Words = ()  # families and households: another unit than people

    # --- numbers that are not quantities ---------------------------------------------------------
    identifier_cues: Words = ()  # "decree 002", "phase 3" (case-blind)
    page_words: Words = ()  # "Page 2 of 9": page numbers of a running header or footer
    identifier_codes: Words = ()  # "No. 4", "PL 016" (case-sensitive abbreviations)
    numbered_periods: Words = ()  # "week 45", "semana epidemiológica 29": a period's number
    phone_cues: Words = ()  # "hotline 0800 …"
    measure_units: Words = ()  # "12 km", "40 litres" (case-sensitive: "MT", "m")
    measure_cues: Words = ()  # "magnitude 6.1", "km 980"
    duration_units: Words = ()  # "72 hours", "3 meses"
    age_after: Words = ()  # "5 years old", "60 and over"
    age_before: Words = ()  # "aged 5", "menores de 18"
    age_groups: Words = ()  # "children under 5": who is aged
    age_comparators: Words = ()  # "under", "menores de": between the group and the age
    year_units: Words = ()  # "5 years": a duration unless followed by the old-age word
    old_age_word: str = ""  # "old" in "5 years old"
    range_words: Words = ()  # "5 to 9 years"
    time_suffixes: Words = ()  # "10 a.m."
    ordinal_suffixes: Words = ()  # "1st", "2º" (case-sensitive, glued to the digits)

    # --- relations between figures -------------------------------------------------------------
    part_connectors: Words = ()  # "of whom", "de los cuales": a part of the whole before
    inclusive_connectors: Words = ()  # "including": a part, never a complete breakdown
    composition_connectors: Words = ()  # "consists of", "made up of": the parts are all of it
    # "846 casualties …, in which 231 civilians were killed": a connector between people only
    people_connectors: Words = ()
    whole_after_part: Words = ()  # "out of", "de un total de": the whole comes after the part
    # "Added to $140 million …, the allocations now total $200 million": an amount added to the
    # one stated before, and the verb that reaches the total
    added_leads: Words = ()
    added_reach: Words = ()
    stock_after: Words = ()  # "…, which now hosts 11,204": the stock of the place a group went to
    # "712,390 children among the 1.8 million people affected": a group of people, then the whole
    whole_after_group: Words = ()
    running_total_leads: Words = ()  # "bringing the total to": a part, then the running total
    running_total_joins: Words = ()  # ", which brings", ", lo que eleva": after the comma
    # "1,200 cases, an increase of 300 since …": a total, then its increment after these.
    increase_of: Words = ()
    # "312 households, for 1,766 households assisted so far": the word before a running total
    # that a stock word (stock_words) closes.
    running_total_fors: Words = ()
    part_after_refs: Words = ()  # "51,337 of them", "621 de ellas": the part names its whole after
    of_these: Words = ()  # "Of these," opening a sentence about the previous one's figure
    of_this_noun: Words = ()  # "Of this request,", "Of all those uprooted,": a noun, then a comma
    all_words: Words = ()  # "Of all people affected": the whole, not one of its parts
    amount_nouns: Words = ()  # "Of this amount,": the figure before is money
    # "The funding includes $26.3 million from A, …": a sentence whose subject stands for the
    # figure of the sentence before, then a verb, then the parts.
    back_subjects: Words = ()  # "this", "these": a demonstrative subject ("This included …")
    back_nouns: Words = ()  # "funding", "package": after an article ("The new funding includes")
    back_includes: Words = ()  # "includes": the parts are some of the whole
    back_consists: Words = ()  # "comprises", "consists of": the parts are all of it
    source_preps: Words = ()  # "$26.3 million from A, $4.8 million from B": money by channel
    # "287 tonnes of food: 168 to Nippes and 119 to the South-East": where a part of a
    # measured amount went, right after the part
    toward_preps: Words = ()
    # "131,604 to Europe, 123,363 by sea, 8,241 overland": the ways people came, each apart
    route_words: Words = ()
    # "In total, 61,000 IDPs …": a sentence opening that adds up the figures said before it
    summing_openers: Words = ()
    # "… reached 9,000 families. 6,100 families got cash. A further 2,900 families got kits": a
    # sentence that opens on a group beside the one before (before the figure; after it in
    # "2 900 autres familles")
    further_leads: Words = ()
    further_tails: Words = ()
    # "Combined, the two rounds, amounting to $240 million": an opening that adds up the
    # things it counts, named in the paragraph before
    counted_openers: Words = ()
    # "… 581,000 people, which it divides into 296,000 children and 285,000 adults": a verb
    # that splits a whole, its object between, then the word before the parts
    split_verbs: Words = ()
    split_into: Words = ()
    # "In total, 5,000 people are in need": a total of needs or targets, not of results
    need_words: Words = ()
    # "Total affected: 120" after lines of injured and dead: everyone hit, wider than the groups
    # the lines name (at least their sum, maybe more).
    broad_groups: Words = ()
    # "287 tonnes", "40 litres": units of amounts that add up across places and sources (not
    # "310 mm" of rain or "35 degrees", which each place measures for itself)
    additive_units: Words = ()
    # "64,917 IDPs in the southern regions and 43,735 in the north": parts of the country named
    # by a point of the compass, in lower case
    compass_words: Words = ()
    # "143,560 displaced since May, including 17,000 from 1 June": a part whose words open on
    # when or whence it came counts the whole's unit
    since_preps: Words = ()
    # "54,930 refugees in camps", "… outside camps": where a key-figure strip's people stay
    dwelling_places: Words = ()
    outside_preps: Words = ()  # "outside", "hors": a place named by where its people are not
    # "113,870, just 1,130 persons short of its 115,000 capacity": after a difference, before
    # the larger amount (as "more than" is)
    shortfall_words: Words = ()
    # "Across the country, 58,700 families are affected. In Sucre, 41,230 families …": a
    # figure stated for the whole country, of which a place's figure of that noun is a part
    nationwide_words: Words = ()
    period_words: Words = ()  # "this week", "new": a sentence of parts about another time or flow
    of_the: Words = ()  # "Of the 4,000 people reached, …": the sentence opens on its whole
    says_that: Words = ()  # "The agency reports that": a clause that may open on "of the N"
    source_leads: Words = ()  # "according to", "según": "According to X, of the N …"
    of_articles: Words = ()  # "the", "los": between "of" and the figure
    articles: Words = ()  # "the", "los", "les": before a part's figure
    possessives: Words = ()  # "their", "sus": a sentence that opens on them refers back
    demonstratives: Words = ()  # "these", "estos": "40% of these countries"
    # "Of the 1.6 million IDPs", "esos 33,2 millones": right before a figure, they present it as
    # stated before (a definite article after "of", or a plural demonstrative).
    given_leads: Words = ()
    relative_pronouns: Words = ()  # "out of which": "which" makes "out of" a connector
    remainder_words: Words = ()  # "the remaining 535" closes a breakdown
    other_words: Words = ()  # "2.1% other nationalities", "4% autres": a share of the rest
    partial_words: Words = ()  # "mostly", "sobre todo", "notamment": the list names only some
    comparison_words: Words = ()  # "than", "previous": a figure compared, not broken down
    not_a_part_leads: Words = ()  # "(up from 1,200)", "(in 12 districts)": no part inside
    and_words: Words = ()  # "and", "y", "e", "&", "plus": join parts of one list
    # "8 in A, 3 in B, and one in C": the word for one, which is not read as a figure (too
    # often a pronoun), may still close a list of parts.
    unread_ones: Words = ()
    # "USD 4.2 million, from A (52%), B (40%) and C (8%)": the sources of an amount, listed
    origin_leads: Words = ()
    gloss_openers: Words = ()  # "In other words, 689 people …": the sentence before, restated
    series_joins: Words = ()  # words that separate parts inside a parenthesis
    total_after_parts: Words = ()  # "…, a total of 1,000 families"
    total_after_leads: Words = ()  # "for", "reaching": before total_after_parts
    in_total: Words = ()  # "In total, 2,500 kits …" after a bulleted list
    # "$454,954,000" over "COMBINED USG ASSISTANCE": words that open a total's label printed
    # under its figure (besides in_total).
    label_below_totals: Words = ()
    together_words: Words = ()  # "(together, a total of 33.7 million)": a total in brackets
    by_words: Words = ()  # "by", "selon": "refugees by nationality:" heads a partition
    partition_dimensions: Words = ()  # "nationality", "province": what cannot overlap
    breakdown_heads: Words = ()  # "Breakdown by district:", "Desglose:": a list of all the parts
    n_of_w: Words = ()  # "1,700 of 2,000": of, out of, de, sobre
    share_tails: Words = ()  # "(40% of them)"
    share_leads: Words = ()  # "(or 28%)", "(ou 28%)": before a share in brackets
    share_of: Words = ()  # "30% of the 4,000", "el 57% del objetivo de": a share, then its whole
    share_verbs: Words = ()  # "which represents", "ce qui représente": before "P% of the B"
    # "USD 200 m net requirements representing 51 percent of the total": a participle that
    # needs no comma before it.
    share_participles: Words = ()
    # "64% have no insurance, 5% both and 10% only a private plan": the answers of a partition
    share_none_words: Words = ()
    share_only_words: Words = ()
    share_both_words: Words = ()
    # "300 people, 45% of the 1,000 targeted": a base named by what was done to people.
    share_base_people: Words = ()
    # "reached 1,200 people against a target of 8,000 (15%)": between an amount and its target.
    target_leads: Words = ()
    # "30% (1,500) of the total": the whole is the headline figure named before.
    total_nouns: Words = ()
    # "(17,385, or 60% of this total)": the whole is the figure named just before the amount.
    this_total: Words = ()
    fatality_terms: Words = ()  # "case fatality rate", "CFR": deaths as a share of cases
    death_nouns: Words = ()  # "deaths", "décès"
    # "died", "murieron": with death_nouns, one verb for a key line's deaths ("19 people dead")
    death_verbs: Words = ()
    case_nouns: Words = ()  # "cases", "casos"
    back_refs: Words = ()  # "146 (10%) of them": the whole is the figure named before
    unique_words: Words = ()  # "unique", "sin duplicados": a deduplicated total
    highlight_nouns: Words = ()  # groups a report singles out: children, older persons
    complements: tuple[frozenset[str], ...] = ()  # groups that make up a whole: women and men
    # Groups that make up a whole only all together: women, men and children (two of them may
    # overlap: "women and children" often counts girls twice).
    complete_groups: tuple[frozenset[str], ...] = ()
    # Two sides that leave no one out, each a list of phrases: staying with hosts or in sites
    # and camps, formal or informal work. "Of them, 62% stayed with host families, while 38%
    # went to sites": one share per side makes 100 (shares.two_sides).
    split_sides: tuple[tuple[Words, Words], ...] = ()
    # "… and 15% to less severe areas": a grade below those named before is the rest of a list
    lesser_words: Words = ()
    # Groups that never overlap but need not make up the whole: damaged and destroyed houses;
    # refugees, internally displaced people and asylum-seekers.
    disjoint_groups: tuple[frozenset[str], ...] = ()
    # How people moved, ways that exclude each other ("4,702 came back spontaneously, 4,614 were
    # deported"): parts of the one count of people of the sentence before.
    movement_modes: tuple[frozenset[str], ...] = ()
    # "17,400 screened and 14,100 found to need aid": those found are some of those screened
    screened_words: Words = ()
    screen_results: Words = ()
    with_connectors: Words = ()  # "31 schools were hit, with 25 damaged and 4 destroyed"
    # "4,800 people took part in: A (3,100), B (2,900)": items that may count one person twice
    overlap_verbs: Words = ()
    without_words: Words = ()  # "556,638 without papers": a part named by what it lacks
    place_verbs: Words = ()  # "are", "live": between a part and "in Place"
    place_prepositions: Words = ()  # "in", "en"
    # "adultos mayores": a word after a group noun that names another group (older people)
    group_narrowers: Words = ()
    auxiliaries: Words = ()  # "were", "the": skipped when finding a part's noun
    # "of whom 231 were killed, while 615 were injured": a second part set against the first
    contrast_joins: Words = ()
    # "28 by drowning", "36 under fallen walls": the cause of a part of a death count
    cause_preps: Words = ()
    under_preps: Words = ()
    # "29.000 se amontonan", "27,000 returned": a bare figure whose verb follows it at once
    reflexives: Words = ()
    plural_verb_endings: Words = ()
    degree_adverbs: Words = ()  # "totally" destroyed, "partially" damaged: skipped likewise
    change_words: Mapping[str, Direction] = field(default_factory=dict)  # "less" -> "down"
    change_links: Words = ()  # "than", "que", "compared to"
    # A restatement of a figure must have the same scope: these words in one statement and not in
    # the other make two quantities ("new", "since", "this week", "in the north", "previous").
    scope_words: Words = ()
    # A figure that is a stock to date ("now", "so far", "cumulative"), not a split of a figure
    # of the sentence before that lacks the word.
    stock_words: Words = ()
    # Headings of a report's summary (key figures, highlights): a figure under one restates
    # figures of the sections; figures of two other sections may count two places.
    summary_headings: Words = ()
    # "Strategic Outcome 1", "Activity 2", "Pillar": a heading naming a programme's component,
    # whose figures are that component's part of the report's own
    component_headings: Words = ()
    # The word right before a figure that leaves its noun phrase's meaning alone ("Floods have
    # left 25,300 people displaced", "there are"); any other ("reached", "targets") changes it.
    neutral_leads: Words = ()
    change_terms: Words = ()  # "increase", "a 22% drop", "une hausse de": a relative change
    phrasal_heads: Words = ()  # "make" in "make up 47%": the change term is another verb's
    # The change terms that state a fall ("decrease", "une baisse"): a change whose term says
    # which way it went is not read the other way.
    change_down_terms: Words = ()
    # "60% among women and 70% among men": a rate within each group, not shares of one whole.
    rate_prepositions: Words = ()
    # "Literacy rate: women 61%, men 78%": percentages within each group, not shares of one whole.
    rate_nouns: Words = ()
    # "Main needs: food (61%), shelter (42%) and other items (27%)": survey answers, several per
    # respondent, not shares of one whole.
    answer_nouns: Words = ()
    # "Most – 45.7 million – stayed": a sentence opening on these names a part of the figure
    # before.
    majority_words: Words = ()
    # "Salamat has the highest number of people affected, with 151,806": a part, at most the
    # figure before (read like majority_words)
    largest_words: Words = ()
    # "Esto deja un saldo migratorio de 105.604": right before what entries leave after exits
    # (or exits after entries); the two flows are the other figures of its clause or the
    # sentence before.
    net_balance_words: Words = ()
    # "grew by CHF 5.6M: it stood at CHF 9.1M in January and at CHF 14.7M in December": a level
    # at a moment after a change's colon; the two levels differ by the change.
    level_words: Words = ()
    # "This figure", "leur nombre", "this represents": a subject naming the previous sentence's
    # figure, whose change the sentence states ("… 1,810 people. By March, this figure reached
    # 1,866, up 3%").
    figure_anaphora: Words = ()
    # Words that open a narrower noun phrase after a caption's words ("people displaced by
    # floods", "who", "de", "qui"): a longer phrase opening on one may count a part.
    narrowing_words: Words = ()
    # "By 9 March, 950,000 people affected": a date that stamps a stock, not a period of a flow;
    # a statement without any date may restate it.
    as_of_leads: Words = ()
    # "affecting 950,000 people in 14 districts": a count of areas after these words says how
    # far a figure spreads, not which part of it is meant.
    extent_leads: Words = ()
    area_nouns: Words = ()  # "districts", "provinces", "villages": areas a figure spreads over
    # Endings of one verb's forms ("affectées", "affectaient"): two words that differ only in
    # these after a shared stem are one verb, "displaced" and "displacement" are not.
    verb_endings: Words = ()
    # "The number of displaced reached 950,000 people": a subject that is itself a count makes
    # the verb a copula, so "reached" says nothing of what the figure counts.
    count_subjects: Words = ()
    # Phrases a report uses interchangeably in a figure's noun phrase, one group each ("people
    # displaced", "people forced from their homes"): one noun phrase when the scope agrees too.
    restated_synonyms: tuple[Words, ...] = ()
    change_cues: Words = ()  # "compared with", "previous", "frente a": before the earlier figure
    # "rose by 6% on April (17,836)": a preposition that sets a change against the period whose
    # figure follows in brackets
    change_against: Words = ()
    # "10 percent more than the previous month": words naming the period before, after a change.
    previous_period: Words = ()
    # "the same month last year", "el año anterior": a change over a year, not the period before.
    year_comparison: Words = ()
    change_from: Words = ()  # "from", "de": "from 2,914 to 5,449"
    change_to: Words = ()  # "to", "a", "à"
    change_by: Words = ()  # "by", "of", "de", "en": "grew by 318", "an increase of 318"
    # "the current number (384,060)", "o número atual": before the later figure of a change
    current_words: Words = ()
    # "Hubo una disminución del 1,28 %": a sentence with no subject of its own, stating the
    # change of the figures of the sentence before
    existential_openers: Words = ()
    # "…, que equivale a 38 mil personas": the words that restate a change as an amount
    equals_words: Words = ()

    # --- dates ---------------------------------------------------------------------------------
    months: Mapping[str, int] = field(default_factory=dict)  # full names, any case
    month_abbreviations: Mapping[str, int] = field(default_factory=dict)  # capitalised only
    capitalised_months: Words = ()  # full names that are also words ("May"): capitalised only
    day_suffixes: Words = ()  # "1st", "1er"
    date_links: Words = ()  # "1 de marzo", "1 of March"
    date_range_joins: Words = ()  # "21 to 23 August", "del 1 al 31"
    date_articles: Words = ()  # "to the 23rd", "al el"
    period_cues: Words = ()  # "Reporting period:"
    period_from: Words = ()  # "From 01/08 to 31/08" alone on a line
    event_leads: Words = ()  # "on 3 May", "between": a dated event
    background_leads: Words = ()  # "as of", "since", "updated": a date that is no event
    future_words: Words = ()  # "next", "will": an announced date, not an event of the period

    # --- text ----------------------------------------------------------------------------------
    abbreviations: Words = ()  # words ending in "." that do not end a sentence
    list_links: Words = ()  # "five provinces of A, B and C", "these 12 countries are A, …"
    # "the five main needs are food, …": the verb between a definite subject and its whole set
    list_copulas: Words = ()
    list_namely: Words = ()  # "11 districts as the hardest hit, namely A, B …": the full list
    clause_leads: Words = ()  # "who", "que": an item that opens on one is a clause, not a name
    where_words: Words = ()  # "where", "onde": a clause that describes a place
    list_participle_endings: Words = ()  # "reached:", "atendidos:": no list count before them
    # "… Arauca and Guainía. … in the four departments": a determiner right before a count that
    # names back a list of places given just before.
    list_back_determiners: Words = ()
    # "the two most affected countries", "the other three": a count of some of the listed places.
    list_subset_words: Words = ()
    # "for five crises. … aid in Chad, Mali and Sudan": what a count announcing names counts
    named_set_nouns: Words = ()
    named_set_leads: Words = ()  # "across": besides places' prepositions, before such names
    example_words: Words = ()  # "for example", "e.g.": the names after are some of them
    name_joins: Words = ()  # lower-case words inside a place name: "Boca del Cura", "Bay of Plenty"
    # "au Cameroun, en Libye, en Somalie": a lower-case preposition before each name of a series,
    # no part of the name (matched case-sensitively: "El Salvador" keeps its article).
    series_leads: Words = ()
    placeholder_markers: Words = ()  # TODO, TBD (case-sensitive)
    placeholder_insert: Words = ()  # "[insert …]"
    placeholder_template: Words = ()  # "[Summary 3]", "[título]"
    placeholder_length_units: Words = ()  # "in five lines maximum"
    placeholder_maximum: Words = ()
    placeholder_filler: Words = ()  # lorem ipsum
    true_words: Words = ()  # a table cell that means yes: "yes", "sí", "x"
    false_words: Words = ()  # … and no
    link_placeholders: Words = ()  # a link target left to fill in: "#", "TODO", "enlace"
    section_titles: Words = ()  # titles of plain-text sections (PDF exports)
    agency_aliases: tuple[frozenset[str], ...] = ()  # names of one agency in several languages
