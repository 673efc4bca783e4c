"""The wording of relations, compiled once per lexicon: connectors, totals, remainders."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sitecheck.lang import alternation, lexicon, phrases
from sitecheck.lang.base import Lexicon

_NOUN = r"[^\W\d_][\w-]*"  # a word of a noun phrase; no "year's": "Of this year's 900, …"


def _opt(words: object) -> str:
    """An optional word of a class followed by white space: "(?:(?:the)\\s+)?"."""
    alt = alternation(words)
    return rf"(?:(?:{alt})\s+)?" if alt else ""


@dataclass(frozen=True, eq=False)
class RelationPatterns:
    connector: re.Pattern[str]
    connector_hints: tuple[str, ...]  # one of these is in every sentence a connector is in
    inclusive: frozenset[str]
    composition: frozenset[str]
    people_only: frozenset[str]  # "in which": a connector only between counts of people
    whole_after: re.Pattern[str]
    group_after: re.Pattern[str]  # "among the": the whole after a part, both counting people
    of_these: re.Pattern[str]
    amount_nouns: re.Pattern[str]  # "monto" in "De ese monto,"
    of_these_end: re.Pattern[str]  # ", of these" right before a colon
    connector_end: re.Pattern[str]  # ", including" right before a colon
    of_the: re.Pattern[str]
    remainder: re.Pattern[str]
    remainder_tail: re.Pattern[str]  # "… 2.1% other nationalities", "4% (other)", "3% d'autres"
    partial: re.Pattern[str]  # "mostly", "notamment": the parts that follow are only some
    comparison: re.Pattern[str]  # "than", "previous": a figure compared with another
    compared: re.Pattern[str]  # "last week", "anterior" after a figure: the one compared with
    compared_part: re.Pattern[str]  # " the week before," right after a figure, up to a separator
    whole_inside: re.Pattern[str]
    not_a_part: re.Pattern[str]
    inside_connector: re.Pattern[str]
    part_join: re.Pattern[str]
    label_gap: re.Pattern[str]
    total_after: re.Pattern[str]  # ", for a total of", "totalizando": before the total
    range_gap: re.Pattern[str]  # " to ", " – ": "weeks 14 to 17" is a range, not two parts
    total_hints: tuple[str, ...]  # the longest word of each: a substring test before the regex
    n_of_w: re.Pattern[str]
    share_tail: re.Pattern[str]
    share_lead: re.Pattern[str]  # "(or " before a share in brackets
    share_base: re.Pattern[str]  # " of these countries " between "40%" and "(18 countries)"
    segment_split: re.Pattern[str]
    in_total: re.Pattern[str]
    partition_head: re.Pattern[str]  # "by nationality", "selon la province"
    unique: re.Pattern[str]
    qualifier_words: re.Pattern[str]
    place_after: re.Pattern[str]
    place_lead: re.Pattern[str]  # "in " right before a figure: it counts places
    highlights: frozenset[str]
    complements: tuple[frozenset[str], ...]
    complete_groups: tuple[frozenset[str], ...]
    disjoint_groups: tuple[frozenset[str], ...]
    with_connector: re.Pattern[str]  # ", with " after a whole
    inclusive_aside: re.Pattern[str]  # ", including " before a figure that is a part's part
    among_after: re.Pattern[str]  # " children among them": after the part of ", with N …"
    comma_and: re.Pattern[str]  # "children, and ": two parts are joined without the comma
    contrast_join: re.Pattern[str]  # "were killed, while ": the second part set against it
    auxiliaries: frozenset[str]
    group_narrowers: frozenset[str]  # "adultos mayores"
    people: frozenset[str]
    generic_people: frozenset[str]
    demonstratives: frozenset[str]  # "these", "estos"
    ands: frozenset[str]  # "and", "y", "et": where a part's own words end
    of_words: frozenset[str]  # "6,200 out of 5,900": a part's noun that opens on these is none
    deaths: frozenset[str]  # "deaths", "muertes": counted among the cases ("including 884 deaths")
    organizations: frozenset[str]  # "partners", "NGOs": one kind of thing counted
    dimensions: frozenset[str]  # "provinces", "camps": what a list of names can be
    place_preps: frozenset[str]  # "in": "including 142 in Karnali" counts the whole's unit
    total_lead: re.Pattern[str]  # "a total of " right before a whole: a new quantity, not nested
    cases: frozenset[str]
    clause_leads: frozenset[str]  # "who", "que": "including 815 who arrived" counts the whole
    part_after: re.Pattern[str]  # "51,337 of them", "32,193 of these exits": after a part
    running_total: re.Pattern[str]  # ", bringing the total for the year to "
    n_of_m: re.Pattern[str]  # "506 of the 335", "406.503 de 271.000": between a part and whole
    back_opening: re.Pattern[str]  # "The new funding includes ": a subject that refers back, a verb
    source_after: re.Pattern[str]  # " through the refugee bureau": after an amount, its channel
    since_preps: frozenset[str]  # "including 17,000 from 1 June": counted in the whole's unit
    # "including 412,000 reached by convoys": a participle counts the whole's own unit
    participles: frozenset[str]


@cache
def _compile(lex: Lexicon) -> RelationPatterns:
    return RelationPatterns(
        complements=lex.complements,
        complete_groups=lex.complete_groups,
        disjoint_groups=lex.disjoint_groups,
        with_connector=re.compile(rf"\s*,\s*(?:{alternation(lex.with_connectors)})\s+", re.I),
        comma_and=re.compile(
            rf"[^\d.;:()]{{0,40}}?,\s*(?:{alternation(lex.and_words)})\s+{_opt(lex.articles)}", re.I
        ),
        contrast_join=re.compile(
            rf"[^\d.;:()]{{0,40}}?,\s*(?:{alternation(lex.contrast_joins)})\s+", re.I
        ),
        among_after=re.compile(
            rf"(?:\s+[^\W\d_][\w'’-]*){{0,3}}\s+(?:{alternation(lex.back_refs)})(?![\w])", re.I
        ),
        inclusive_aside=re.compile(
            rf"[^\d.;:()]{{0,40}}?,\s*(?:{alternation(lex.inclusive_connectors)})\s+", re.I
        ),
        **_connector_patterns(lex),
        **_part_patterns(lex),
        **_total_patterns(lex),
        **_word_sets(lex),
        **_searches(lex),
        **_back_patterns(lex),
    )


def _back_patterns(lex: Lexicon) -> dict[str, Any]:
    """A sentence whose subject stands for the figure before: "The new funding includes",
    "This included", "D'après le document, ce chiffre regroupe". A short lead-in with no figure
    may come first; the verb says whether the parts are some ("some") or all ("all") of it."""
    # "This", or "This figure", "The new funding": not "This week" (another time).
    determiners = alternation((*lex.back_subjects, *lex.articles))
    subject = (
        rf"(?:(?:{determiners})\s+(?:{_NOUN}\s+)?(?:{alternation(lex.back_nouns)})"
        rf"|(?:{alternation(lex.back_subjects)}))(?![\w])"
    )
    return dict(
        back_opening=re.compile(
            # "This figure, the highest in decades, includes": an apposition before the verb.
            rf"\W*(?:[^\W\d][^\d.;:!?\n]{{0,40}},\s*)?{subject}(?:\s*,[^\d.;:!?\n,]{{1,60}},)?"
            rf"\s*[—–]?\s*"
            rf"(?:(?P<all>{alternation(lex.back_consists)})|(?P<some>{alternation(lex.back_includes)}))"
            r"(?![\w])\s*",
            re.I,
        ),
        source_after=re.compile(
            rf"\s+(?P<prep>{alternation(lex.source_preps)})\s+(?P<source>[^\W\d_][\w'’/-]*)", re.I
        ),
    )


def _connector_patterns(lex: Lexicon) -> dict[str, Any]:
    """Connectors and sentence openings that tie parts to a whole."""
    connectors = (
        *lex.part_connectors, *lex.inclusive_connectors, *lex.composition_connectors,
        *lex.people_connectors,
    )  # fmt: skip
    return dict(
        connector=re.compile(rf"(?<![\w])(?P<c>{alternation(connectors)})(?![\w])", re.I),
        # First words only: "of\nwhom" wrapped across lines still holds "of".
        connector_hints=tuple(
            {
                c.lower().split()[0]
                for c in (*connectors, *lex.whole_after_part, *lex.whole_after_group, *lex.of_these)
            }
        ),
        group_after=phrases(lex.whole_after_group),
        whole_after=re.compile(
            rf"(?i:(?<![\w])(?:{alternation(lex.whole_after_part)})(?![\w])"
            rf"(?!\s+(?:{alternation(lex.relative_pronouns)})(?![\w])))"
        ),
        # "(3) Of this figure,": a note marker may come first. "Of this request,": a demonstrative
        # and one or two words, closed by a comma, refer back like "of these".
        of_these=re.compile(
            rf"\W*(?:[(\[]\d{{1,3}}[)\]]\s*)?(?:(?:{alternation(lex.of_these)})\b"
            rf"|(?:{alternation(lex.of_this_noun)})\s+(?:{_NOUN}\s+)?{_NOUN}\s*,)",
            re.I,
        ),
        amount_nouns=phrases(lex.amount_nouns),
        of_these_end=re.compile(rf"[\s,;]+(?:{alternation(lex.of_these)})\s*$", re.I),
        connector_end=re.compile(rf"[\s,;]+(?:{alternation(connectors)})\s*$", re.I),
        of_the=re.compile(rf"\W*(?:{alternation(lex.of_the)})\s+{_opt(lex.of_articles)}", re.I),
        part_after=re.compile(
            rf"[ \t\n]+(?:(?P<ref>{alternation(lex.part_after_refs)})(?![\w])"
            rf"|(?:{alternation(lex.n_of_w)})\s+(?:{alternation(lex.demonstratives)})\s+"
            r"(?P<noun>[^\W\d_][\w-]*))",
            re.I,
        ),
        running_total=re.compile(
            rf"(?i:\s*[,;–—-]\s*{_opt(lex.running_total_joins)}"
            rf"(?P<lead>{alternation(lex.running_total_leads)})\s"
            rf"[^.;:()]{{0,90}}?(?<![\w])(?P<to>{alternation(lex.change_to)})\s+)"
        ),
        n_of_m=re.compile(
            rf"[ \t\n]+(?:{alternation(lex.n_of_w)})[ \t\n]+{_opt(lex.of_articles)}", re.I
        ),
    )


def _segment_split(lex: Lexicon) -> re.Pattern[str]:
    """Between two parts in brackets: a comma, a semicolon, "and"; a slash between a word or
    mark and a figure ("(2,488F/429M)"), where "12/40" is a ratio; a space before a label and
    its colon."""
    ands = alternation(lex.and_words)
    return re.compile(
        rf",\s+(?:(?:{ands})\s+)?|;\s*|\s+(?:{alternation(lex.series_joins)}|{ands})\s+"
        r"|(?<=[^\W\d_])\s*/\s*(?=\d)"
        # "(Homens: 3466 Mulheres: 3674)": a label and its colon open the next part
        r"|(?<=\d)[ \t]+(?=[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}:[ \t]*\d)",
        re.I,
    )


def _part_patterns(lex: Lexicon) -> dict[str, Any]:
    """What may stand around and between the parts themselves."""
    ands = alternation(lex.and_words)
    n_of_w = alternation(lex.n_of_w)
    quals = alternation(lex.qualifiers)
    return dict(
        # "(of the 57,500 processed)": the parenthesis holds the whole, a figure right after "of".
        # "(pour 4,7 millions d'habitants au total)": a figure, then "in total", closes it.
        whole_inside=re.compile(
            rf"^\s*(?:(?:{alternation((*lex.of_the, *lex.whole_after_part, *lex.n_of_w))})\s+"
            rf"{_opt(lex.of_articles)}{_opt(lex.qualifiers)}[$€£]?\s?\d"
            rf"|(?:{alternation(lex.total_after_leads)})\s+{_opt(lex.qualifiers)}[$€£]?\s?\d"
            rf"[^()]*?(?<![\w])(?:{alternation(lex.in_total)})\s*$)",
            re.I,
        ),
        not_a_part=re.compile(rf"^\s*(?:{alternation(lex.not_a_part_leads)})(?![\w])", re.I),
        inside_connector=re.compile(
            rf"(?i:(?<![\w])(?:{alternation((*lex.part_connectors, *lex.inclusive_connectors))}))"
        ),
        # Between two parts of one clause: "girls and", "in Beni, ", "women, 1,800 men and".
        part_join=re.compile(
            rf"[^\d.;:()]{{0,40}}?(?:,|(?<![\w])(?:{ands})(?![\w]))\s*{_opt(lex.articles)}",
            re.I,
        ),
        # A page number left between blank lines inside the sentence is passed over.
        label_gap=re.compile(
            rf"\s*(?:,|;)?\s*(?:(?:{ands})\s+)?"
            r"(?:[^\d():;.]|\n\s*\n[ \t]*\d{1,3}[ \t]*\n(?=\s*\n)){1,60}",
            re.I,
        ),
        n_of_w=re.compile(rf"\s+(?:{n_of_w})\s+{_opt(lex.articles)}", re.I),
        share_lead=re.compile(rf"\s*(?:(?:{alternation(lex.share_leads)})\s+)?", re.I),
        share_tail=re.compile(
            rf"\s*(?:(?:{alternation(lex.share_tails)}"
            rf"|(?:{n_of_w})\s+(?:{alternation(lex.articles)})\s+\w+)\s*)?",
            re.I,
        ),
        share_base=_share_base(lex),
        segment_split=_segment_split(lex),
        qualifier_words=re.compile(rf"^\s*(?:(?:{quals})\s+)*$", re.I),
        # "in 6 provinces", "en los 32 departamentos": a place preposition, maybe an article
        place_lead=re.compile(
            rf"(?<![\w])(?:{alternation(lex.place_prepositions)})\s+"
            rf"(?:(?:{alternation(lex.articles)})\s+)?$",
            re.IGNORECASE,
        ),
        place_after=re.compile(
            rf"\s+{_opt(lex.place_verbs)}(?:{alternation(lex.place_prepositions)})\s+"
            rf"{_opt(lex.articles)}(?:[^\W\d_]')?(?P<place>(?:[a-zà-öø-ÿ]+-)?[A-ZÀ-ÖØ-Þ][\w'-]*)"
        ),
    )


def _total_patterns(lex: Lexicon) -> dict[str, Any]:
    """What closes parts with their total, a range between two figures, and what opens a
    breakdown by a dimension."""
    return dict(
        total_after=re.compile(
            rf"[\s,;]*{_opt(lex.total_after_leads)}(?:{alternation(lex.total_after_parts)})"
            r"(?![\w])[\s:,]*",
            re.I,
        ),
        range_gap=re.compile(rf"\s*(?:[-–—]|(?:{alternation(lex.range_words)})(?![\w]))\s*", re.I),
        total_hints=tuple({max(t.lower().split(), key=len) for t in lex.total_after_parts}),
        in_total=re.compile(rf"^\W*(?:{alternation(lex.in_total)})\b[\s:,]*", re.I),
        total_lead=re.compile(rf"(?<![\w])(?:{alternation(lex.in_total)})\s+$", re.I),
        partition_head=re.compile(
            rf"(?<![\w])(?:{alternation(lex.by_words)})\s+"
            rf"{_opt((*lex.articles, *lex.of_articles))}(?:{alternation(lex.partition_dimensions)})"
            r"(?![\w])",
            re.I,
        ),
    )


def _share_base(lex: Lexicon) -> re.Pattern[str]:
    """ " of these countries " between "40%" and "(18 countries)"."""
    n_of_w = alternation(lex.n_of_w)
    return re.compile(
        rf"\s*(?:(?:{n_of_w})\s+(?:(?:{alternation((*lex.articles, *lex.of_articles))}"
        rf"|{alternation(lex.demonstratives)})\s+)?"
        # "54% of them children": "them" is the figure before, "children" a group within it
        rf"(?:(?!(?:{alternation(lex.relative_pronouns)})\s)(?P<adj>[^\W\d_][\w-]*)\s+)?"
        r"(?P<noun>[^\W\d_][\w-]*)"
        # "6% of returnees from Algeria (1,712)": a place after the noun
        rf"(?:\s+(?:{alternation((*lex.place_prepositions, *lex.change_from))})\s+"
        r"(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*)?)?\s*",
        re.I,
    )


def _searches(lex: Lexicon) -> dict[str, Any]:
    """Words searched anywhere in a stretch of text."""

    return dict(
        remainder=re.compile(rf"(?i:{alternation(lex.remainder_words)})"),
        remainder_tail=re.compile(
            rf"(?i:\W*(?:[^\W\d_]+\s+){{0,3}}(?:[^\W\d_]+['’])?(?:{alternation(lex.other_words)})"
            r"(?![\w]))"
        ),
        partial=phrases(lex.partial_words),
        comparison=phrases(lex.comparison_words),
        compared=phrases(lex.change_cues),
        compared_part=re.compile(
            rf"(?:\s+[^\W\d_][\w'’-]*){{0,3}}?\s+(?:{alternation(lex.change_cues)})\s*[,;)]", re.I
        ),
        unique=re.compile(rf"(?i:{alternation(lex.unique_words)})"),
    )


def _word_sets(lex: Lexicon) -> dict[str, Any]:
    def lower(words: object) -> frozenset[str]:
        return frozenset(str(w).lower() for w in words)  # type: ignore[attr-defined]

    return dict(
        inclusive=lower(lex.inclusive_connectors),
        composition=lower(lex.composition_connectors),
        people_only=lower(lex.people_connectors),
        highlights=frozenset(lex.highlight_nouns),
        auxiliaries=frozenset((*lex.auxiliaries, *lex.articles, *lex.degree_adverbs)),
        people=lower(lex.people_nouns),
        group_narrowers=lower(lex.group_narrowers),
        generic_people=lower(lex.generic_people_nouns),
        ands=lower(lex.and_words),
        demonstratives=lower(lex.demonstratives),
        deaths=lower(lex.death_nouns),
        of_words=frozenset(w.lower().split()[0] for w in (*lex.n_of_w, *lex.whole_after_part)),
        place_preps=lower(lex.place_prepositions),
        organizations=lower(lex.organization_nouns),
        dimensions=lower(lex.partition_dimensions),
        cases=lower(lex.case_nouns),
        clause_leads=lower(lex.clause_leads),
        since_preps=lower(lex.since_preps),
        participles=lower(lex.share_base_people),
    )


def relation_patterns(language: str) -> RelationPatterns:
    return _compile(lexicon(language))
