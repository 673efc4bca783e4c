"""English: the lingua franca of humanitarian reporting, merged into every other language."""

from __future__ import annotations

from sitecheck.lang.base import Lexicon
from sitecheck.lang.derivation import derive
from sitecheck.lang.en_funding import FUNDING_WORDS
from sitecheck.lang.en_relations import RELATION_WORDS
from sitecheck.lang.en_restated import RESTATED_WORDS
from sitecheck.lang.en_sums import SUM_WORDS
from sitecheck.lang.en_tables import TABLE_WORDS
from sitecheck.lang.neutral import NEUTRAL

EN = derive(
    NEUTRAL,
    code="en",
    name="English",
    stopwords=("the", "and", "of", "to", "in", "were", "with", "have", "has", "from", "people"),
    currency_prefixes={**NEUTRAL.currency_prefixes, "US dollars": "USD"},
    currency_suffixes={
        **NEUTRAL.currency_suffixes,
        "US dollars": "USD", "U.S. dollars": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
        "pesos": "pesos", "florins": "AWG", "Swiss francs": "CHF", "francs": "francs",
    },
    scale_words={
        **NEUTRAL.scale_words,
        "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
        "bn": 1e9, "mn": 1e6,
    },
    wrapped_scale_words=("thousand", "million", "billion"),
    money_only_scales=("mm", "mn", "bn"),
    sex_marks=("F", "M"),
    percent_words=("per cent", "percent", "pct"),
    qualifiers={
        **dict.fromkeys(
            (
                "over", "more than", "above", "exceeding", "in excess of", "at least",
                "a minimum of", "upwards of", "more than a",
            ),
            "lower",
        ),
        **dict.fromkeys(
            (
                "up to", "under", "below", "less than", "fewer than", "at most", "a maximum of",
                "no more than",
            ),
            "upper",
        ),
        **dict.fromkeys(("almost", "nearly", "just under", "nearly all", "nearly a"), "below"),
        **dict.fromkeys(
            (
                "some", "about", "around", "approximately", "approx.", "approx", "roughly",
                "an estimated", "estimated", "around some", "a total of some", "circa", "close to",
                "c.", "~", "±",
            ),
            "about",
        ),
    },  # fmt: skip
    qualifiers_after={
        "approx": "about", "approx.": "about", "or more": "lower", "or over": "lower",
        "and above": "lower", "+": "lower",
    },
    number_words={
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
        "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    },  # fmt: skip
    number_tens={
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    },  # fmt: skip
    number_ones={
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9,
    },  # fmt: skip
    number_multipliers={"hundred": 100, "thousand": 1000},
    number_word_stops=("of", "or", "to", "and"),
    fraction_words=("third", "thirds", "quarter", "quarters", "fifth", "fifths", "halves"),
    people_nouns=tuple(
        """
        people persons person individuals individual refugees refugee migrants migrant
        venezuelans venezuelan peruvians peruvian colombians colombian ecuadorians haitians
        nationals children child adolescents adolescent girls boys women men adults youth youths
        students pupils beneficiaries beneficiary participants participant survivors victims
        patients cases returnees displaced idps asylum-seekers asylum seekers applicants members
        workers staff teachers families family households household elderly older infants
        newborns caregivers volunteers minors arrivals evacuees injured wounded deportees
        residents inhabitants civilians civilian casualties officers soldiers fighters police
        doctors nurses farmers fishers mothers schoolchildren
        """.split()
    ),
    resident_nouns=("residents", "inhabitants"),
    generic_people_nouns=(
        "people", "persons", "person", "individuals", "individual", "beneficiaries", "participants",
    ),
    organization_nouns=(
        "partners", "organizations", "organisations", "ngos", "agencies", "members"),
    household_nouns=("families", "family", "households", "household", "hhs", "hh"),
    identifier_cues=(
        "decree", "law", "bill", "resolution", "article", "art.", "ordinance", "code", "case no.",
        "case no", "case", "version", "v.", "ISBN", "ISSN", "annex", "chapter", "section", "page",
        "p.", "pp.", "table", "figure", "room", "office", "box", "step", "phase", "round", "cohort",
        "wave", "grade", "level", "route", "km.", "km", "highway", "paragraph", "item", "footnote",
    ),  # fmt: skip
    page_words=("page", "p.", "pg.", "pg"),
    identifier_codes=("No.",),
    numbered_periods=("week", "epi-week", "epiweek", "epi week", "epidemiological week", "EW"),
    phone_cues=(
        "tel", "telephone", "phone", "hotline", "helpline", "line", "call", "whatsapp", "fax",
        "contact", "number", "cel", "mobile",
    ),  # fmt: skip
    measure_units=(
        *NEUTRAL.measure_units,
        "kms", "kilometers", "kilometres", "meters", "metres", "kgs", "kilos", "kilograms",
        "tonnes", "tons", "grams", "litres", "liters", "hectares", "degrees", "ft", "feet",
        "miles per", "calories", "sq. m", "sq.m", "sq m", "sqm", "square", "cubic",
    ),  # fmt: skip
    measure_cues=("magnitude", "richter", "km", "km.", "kilometre"),
    duration_units=(
        "hour", "hours", "hr", "hrs", "h", "day", "days", "week", "weeks", "month", "months",
        "year", "years", "yr", "yrs", "minute", "minutes", "min", "mins", "second", "seconds",
        "night", "nights",
    ),  # fmt: skip
    age_after=(
        "years old", "year old", "years-old", "year-old", "year-olds", "year-old", "yo",
        "years of age", "year of age", "and over", "and older", "and above", "or older", "s",
        "+ years", "+ year", "+years", "+year", "years", "year",
    ),  # fmt: skip
    age_before=(
        "aged", "ages", "age", "between the ages of", "from the age of", "older than",
        "younger than",
    ),
    age_groups=(
        "children", "girls", "boys", "kids", "infants", "adolescents", "youth", "people", "persons",
        "adults", "women", "men", "population",
    ),  # fmt: skip
    age_comparators=(
        "under", "over", "below", "above", "less than", "older than", "from", "between",
    ),
    year_units=("year", "years"),
    old_age_word="old",
    range_words=("to",),
    time_suffixes=("a.m.", "a.m", "am", "p.m.", "p.m", "pm", "hrs"),
    ordinal_suffixes=("st", "nd", "rd", "th"),
    part_connectors=(
        "of whom", "of which", "out of which", "among them", "among whom", "amongst them",
        "of those", "of them", "of these", "among these",
    ),  # fmt: skip
    inclusive_connectors=("including", "includes", "included"),
    composition_connectors=(
        "consists of", "consist of", "consisting of", "comprising", "comprises", "made up of",
        "composed of", "broken down into", "divided into", "split into", "split between",
        "divided between", "distributed between",
    ),
    whole_after_part=("out of", "out of a total of"),
    running_total_leads=("bringing", "taking", "raising", "brings", "takes", "raises"),
    running_total_joins=("which", "and"),
    increase_of=("an increase of", "a rise of", "an addition of", "up by"),
    running_total_fors=("for",),
    part_after_refs=("of them", "of which", "of those", "of whom", "among them"),
    all_words=("all",),
    of_this_noun=(
        "of this", "of that", "of these", "of those", "of all", "of all those", "of all the",
    ),  # fmt: skip
    amount_nouns=("amount", "sum", "funding"),
    back_subjects=("this", "these", "that", "those"),
    back_nouns=(
        "funding", "package", "amount", "total", "figure", "allocation", "contribution", "sum",
        "assistance", "pledge", "appeal",
    ),  # fmt: skip
    back_includes=("includes", "included", "include", "covers", "covered"),
    back_consists=(
        "comprises", "comprised", "comprising", "consists of", "consisted of", "is made up of",
        "was made up of", "breaks down into", "broke down into", "is divided into",
        "was divided into", "is split between", "was split between",
    ),  # fmt: skip
    source_preps=("through", "from", "via"),
    period_words=(
        "new", "newly", "additional", "further", "this week", "last week", "this month",
        "last month", "this year", "last year", "daily", "weekly", "monthly",
    ),  # fmt: skip
    of_these=(
        "of this amount", "of that amount", "of this figure", "of this number", "of that total",
        "this figure includes", "this total includes", "this number includes",
        "this figure comprises", "this total comprises",
        "of these", "of those", "of them", "of this total", "of the total", "among these",
        "among them", "among those",
    ),  # fmt: skip
    of_the=("of", "out of", "among", "amongst", "from"),
    of_articles=("the", "all", "a total of", "the total of"),
    articles=("the",),
    possessives=("their", "its"),
    demonstratives=("these", "those", "this", "all"),
    given_leads=("of the", "out of the", "among the", "these", "those"),
    relative_pronouns=("which", "whom", "these", "those", "them"),
    partial_words=(
        "mostly", "mainly", "notably", "especially", "in particular", "particularly", "primarily",
        "above all", "chiefly", "among others", "amongst others", "concentrated in", "largely",
        "such as", "most of them", "most of which", "the majority", "for example", "for instance",
        "e.g.",
    ),
    comparison_words=(
        "followed by",
        "than", "compared", "previous", "last", "up from", "down from", "versus", "vs",
    ),
    other_words=("other", "others", "the rest", "remaining"),
    remainder_words=(
        "the rest", "the remaining", "the remainder", "the other", "the others", "remaining",
        "while the other",
    ),  # fmt: skip
    not_a_part_leads=(
        "up from", "down from", "compared", "vs.", "vs", "versus", "against", "previous", "last",
        "in", "during", "equivalent", "equal", "i.e.", "i.e", "e.g.", "e.g", "or", "per", "each",
        "every", "about", "approx", "roughly", "around", "with", "at", "by", "since", "until", "to",
        "for", "on", "representing", "which", "target", "goal",
    ),  # fmt: skip
    and_words=("and", "&", "as well as", "plus"),
    series_joins=("and", "plus"),
    together_words=("together", "combined", "altogether", "in all", "overall", "in total"),
    by_words=("by", "per"),
    partition_dimensions=(
        "province", "provinces", "region", "regions", "country", "countries", "nationality",
        "nationalities", "district", "districts", "governorate", "governorates", "state",
        "states", "department", "departments", "municipality", "municipalities", "city",
        "cities", "camp", "camps", "site", "sites", "sex", "gender", "age", "age group",
        "destination", "origin", "country of origin", "location", "county", "counties",
        "prefecture", "prefectures", "commune", "communes", "locality", "localities", "locations",
    ),  # fmt: skip
    n_of_w=("of", "out of"),
    share_tails=("of them", "of those", "of the total", "of all", "coverage"),
    share_leads=("or",),
    share_of=("of",),
    share_verbs=(
        "which represents", "representing", "equal to", "equivalent to", "or", "i.e.", "that is",
    ),
    this_total=("of this total", "of that total", "of this number", "of that number"),
    total_nouns=("total",),
    share_base_people=("targeted", "planned", "reached", "assisted", "affected", "in need"),
    fatality_terms=(
        "case fatality rate", "case-fatality rate", "case fatality ratio", "case-fatality ratio",
        "CFR",
    ),
    death_nouns=("deaths", "death", "fatalities", "fatal", "dead", "killed"),
    case_nouns=("cases", "case"),
    back_refs=("of them", "of those", "among them", "of the latter"),
    unique_words=(
        "unique", "deduplicated", "de-duplicated", "without double", "not double", "distinct",
    ),  # fmt: skip
    highlight_nouns=tuple(
        """children child girls boys women older elderly persons adolescents youth infants
        pregnant lactating survivors unaccompanied separated disabled""".split()
    ),
    complements=tuple(
        frozenset(pair.split("/"))
        for pair in """killed/injured killed/wounded dead/injured women/men girls/boys female/male
        females/males urban/rural adults/children children/caregivers adults/minors inside/outside
        deaths/injuries dead/wounded killed/injuries dead/injuries""".split()
    ),
    complete_groups=(
        frozenset({"women", "men", "children"}), frozenset({"children", "adults", "older"}),
        frozenset({"children", "adults", "elderly"}),
        frozenset({"women", "men", "girls", "boys"}),  # sex and age: adults and children
    ),
    disjoint_groups=(
        # "3,905 returned voluntarily and 4,507 were deported"
        frozenset({"voluntarily", "deported", "expelled"}),
        frozenset({"damaged", "destroyed"}),
        frozenset({"evacuated", "self-evacuated"}),  # by the authorities, or on their own
        frozenset({"refugees", "idps", "returnees", "asylum-seekers", "asylum", "stateless",
                   "displaced"}),
    ),
    without_words=("without",),
    with_connectors=("with",),
    place_verbs=("are", "were", "is", "was", "live", "lived"),
    place_prepositions=("in",),
    auxiliaries=("are", "were", "is", "was", "be", "been", "have", "has", "had", "the"),
    degree_adverbs=("totally", "partially", "completely", "fully", "entirely"),
    change_words={
        "less": "down", "lower": "down", "fewer": "down", "below": "down", "more": "up",
        "higher": "up", "greater": "up", "above": "up",
    },  # fmt: skip
    change_links=("than", "to", "compared to", "compared with"),
    stock_words=(
        "now", "so far", "to date", "cumulative", "cumulatively", "currently", "in total",
        "overall", "altogether", "since",
    ),  # fmt: skip
    scope_words=(
        "new", "newly", "additional", "further", "another", "other", "more", "cumulative",
        "cumulatively", "since", "so far", "to date", "this month", "this week", "this year",
        "last month", "last week", "last year", "previous", "previously", "past", "earlier",
        "initial", "initially", "first", "second", "daily", "weekly", "monthly", "per day",
        "per week", "per month", "a day", "a week", "a month", "today", "yesterday", "up from",
        "down from", "from", "compared", "versus", "vs", "against", "target", "targets",
        "targeted", "planned", "projected", "expected", "remaining", "north", "south", "east",
        "west", "northern", "southern", "eastern", "western", "central", "rural", "urban", "peak",
        "national", "nationally", "nationwide", "countrywide", "regional", "worldwide", "globally",
    ),  # fmt: skip
    summary_headings=(
        "key figures", "highlights", "summary", "overview", "at a glance", "in numbers",
        "key messages", "key facts", "main figures",
    ),  # fmt: skip
    neutral_leads=(
        "are", "were", "is", "was", "be", "been", "there", "left", "leaves", "leaving", "remain",
        "remains", "remained", "now", "still", "to", "at", "with", "has", "have", "had", "total",
        "all", "that",
    ),  # fmt: skip
    change_terms=(
        "increase", "increased", "increases", "increasing", "decrease", "decreased", "decreases",
        "decreasing", "drop", "dropped", "drops", "fall", "fell", "falls", "rise", "rose", "rises",
        "risen", "grew", "grown", "growth", "decline", "declined", "declines", "reduction",
        "jump", "jumped", "surge", "surged", "up", "down",
    ),
    majority_words=(
        "most", "most of them", "the majority", "the vast majority", "the majority of them"
    ),  # fmt: skip
    rate_prepositions=("among", "for"),
    change_down_terms=(
        "decrease", "decreased", "decreases", "decreasing", "drop", "dropped", "drops", "fall",
        "fell", "falls", "decline", "declined", "declines", "reduction", "down",
    ),
    figure_anaphora=(
        "this figure", "this number", "this total", "that figure", "that number", "their number",
        "this represents", "this is", "this marks",
    ),
    narrowing_words=(
        "in", "at", "by", "from", "to", "with", "without", "for", "of", "through", "via", "across",
        "who", "which", "that", "whose", "whom", "under", "over", "on", "into", "among", "since",
        "during", "after", "before", "within", "outside", "inside", "between", "and", "or", "but",
        "as", "per", "aged", "living", "including", "excluding", "not", "against", "toward",
        "towards", "near", "along", "around", "about", "beyond", "throughout", "upon", "due",
        "because", "except", "than", "alone", "only", "each", "where", "when", "while", "if",
        "internally", "temporarily", "permanently", "severely", "partially", "fully", "totally",
        "directly", "indirectly",
    ),  # fmt: skip
    change_cues=(
        "compared with", "compared to", "than", "previous", "last", "when", "versus", "vs",
        "vs.", "against", "earlier", "before", "up from", "down from",
    ),
    change_from=("from",),
    change_to=("to",),
    change_by=("by", "of"),
    **FUNDING_WORDS, **TABLE_WORDS, **RESTATED_WORDS, **SUM_WORDS, **RELATION_WORDS,
    months={
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    },  # fmt: skip
    month_abbreviations={
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    },  # fmt: skip
    capitalised_months=("may",),
    day_suffixes=("st", "nd", "rd", "th"),
    date_links=("of",),
    date_range_joins=("to", "and", "until", "till", "through"),
    date_articles=("the",),
    period_cues=(
        "reporting period", "reporting timeframe", "operation timeframe", "period covered",
        "period of reporting", "this report covers the period", "this report covers",
        "covers the period", "for the period",
    ),
    period_from=("from",),
    event_leads=("on", "between", "from", "during"),
    future_words=("next", "will", "shall", "upcoming", "scheduled", "planned", "expected"),
    background_leads=(
        "up from", "down from", "compared with", "compared to", "against", "versus", "decree",
        "law", "resolution", "as of", "since", "until", "till", "by", "before", "after", "dated",
        "of", "cut-off", "updated", "source", "published", "approved", "adopted", "issued",
        "deadline", "due", "launched", "history", "no.",
    ),  # fmt: skip
    abbreviations=(
        "no", "nos", "art", "arts", "approx", "dr", "mr", "mrs", "ms", "st", "vs", "etc", "e.g",
        "i.e", "dept", "inc", "ltd", "fig", "p", "pp", "u.s", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ),  # fmt: skip
    name_joins=("of", "de", "del", "la", "du", "des", "do", "da", "dos", "das"),
    series_leads=("in",),
    placeholder_markers=("TODO", "TBD", "TBC", "FIXME"),
    placeholder_insert=("insert", "add", "fill in"),
    placeholder_template=tuple(
        "summary title headline subtitle date name figure section text placeholder describe "
        "include".split()
    ),
    placeholder_length_units=("line", "lines", "word", "words"),
    placeholder_maximum=("maximum", "max.", "max"),
    placeholder_filler=("lorem ipsum",),
    true_words=(*NEUTRAL.true_words, "true", "yes", "y"),
    false_words=(*NEUTRAL.false_words, "false", "no", "n"),
    link_placeholders=(*NEUTRAL.link_placeholders, "todo", "tbd", "link", "insert-link"),
    section_titles=("situation", "response", "coordination", "funding", "education", "health",
        "protection", "integration", "food security", "shelter", "wash", "nutrition",
        "highlights", "context", "key figures"),
    agency_aliases=(frozenset({"unesco"}), frozenset({"unfpa"}), frozenset({"ocha"})),
)

LEXICON: Lexicon = EN
