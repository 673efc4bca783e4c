"""The patterns that read a figure's surroundings, built once per lexicon.

The structure of each pattern (what may stand between a cue and a figure) is here; the words come
from the report's lexicon (``sitecheck.lang``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sitecheck.lang import alternation
from sitecheck.lang.base import Bound, Lexicon

_ONE_SPACE = r"\s"
_MAYBE_SPACE = r"\s?"
_SPACE_OR_DASH = r"[\s-]+"


def _mended(nouns: tuple[str, ...]) -> dict[tuple[str, str], str]:
    """The two pieces a PDF leaves of a noun whose ligature it lost ("bene ciaries", "pa ents"),
    and the noun."""
    from sitecheck.lang.neutral import NEUTRAL

    out: dict[tuple[str, str], str] = {}
    for noun in {n.lower() for n in nouns if " " not in n}:
        for glyph in NEUTRAL.ligatures:
            at = noun.find(glyph, 1)  # a piece before the glyph, and one after it
            while at > 0:
                rest = noun[at + len(glyph) :]
                if rest:
                    out[(noun[:at], rest)] = noun
                at = noun.find(glyph, at + 1)
    return out


def _last_words(phrases: object) -> frozenset[str]:
    return frozenset(str(p).lower().split()[-1].rstrip(".") for p in phrases)  # type: ignore[attr-defined]


@dataclass(frozen=True, eq=False)
class FigureCues:
    currency_before: re.Pattern[str]
    currency_last: frozenset[str]  # the last character of every currency prefix
    currency_after: re.Pattern[str]
    currency_codes: dict[str, str]
    scale: re.Pattern[str]
    scale_values: dict[str, float]
    scale_symbols: frozenset[str]
    money_only_scales: frozenset[str]
    percent: re.Pattern[str]
    sex_pair: re.Pattern[str]  # "2,488F/429M", "1.203 M / 1.100 H"
    sex_marks: frozenset[str]
    qualifier_bounds: dict[str, Bound]
    qualifier_ends: frozenset[str]
    qualifier_before: re.Pattern[str]
    qualifier_after: re.Pattern[str]
    id_cue: re.Pattern[str]
    id_words: frozenset[str]
    period_cue: re.Pattern[str]  # "week " right before a week's number
    period_words: frozenset[str]
    period_next: re.Pattern[str]  # what may follow a week's number: a stop, "of", "to"
    compound_head: re.Pattern[str]  # " mil e " after "2": the head of "2 mil e 720"
    compound_tail: re.Pattern[str]  # "mil e " before "720": its tail
    page_of: re.Pattern[str]  # "Page 2 of " before the page count
    glued_and: re.Pattern[str]  # "29 en Hidalgo y95 en …": a PDF lost the space after "and"
    phone_cue: re.Pattern[str]
    phone_hints: tuple[str, ...]
    measure_after: re.Pattern[str]
    measure_before: re.Pattern[str]
    measure_ends: frozenset[str]
    duration_after: re.Pattern[str]
    duration_hyphen: tuple[str, ...]  # "3-day": the unit right after a hyphen
    age_after: re.Pattern[str]
    age_before: re.Pattern[str]
    mended: dict[tuple[str, str], str]  # ("bene", "ciaries"): a noun whose ligature was lost
    age_group_before: re.Pattern[str]
    age_ends: frozenset[str]
    years_not_old: re.Pattern[str]
    old_word: str
    age_range_after: re.Pattern[str]
    time_after: re.Pattern[str]
    ordinal_after: re.Pattern[str]
    month_before: re.Pattern[str]
    weekday_before: re.Pattern[str]  # "quarta-feira (": a day of the month follows
    people: frozenset[str]
    households: frozenset[str]
    number_words: dict[str, int]
    number_tens: dict[str, int]
    number_ones: dict[str, int]
    multipliers: dict[str, int]
    number_word: re.Pattern[str]
    number_word_hint: re.Pattern[str]
    number_word_stop: re.Pattern[str]
    number_word_of_m: re.Pattern[str]


_AGE_SIGNS = r"(?:[<>]=?|[≤≥])"
# A figure in a pair marked by sex: grouped by threes, so that "12 2,488 F" is not one figure.
_FIGURE = r"(?<![\d.,])\d{1,3}(?:[.,\u00a0\u202f ]\d{3})*"


@cache
def figure_cues(lex: Lexicon) -> FigureCues:
    """Every figure pattern for one (merged) lexicon, compiled once."""
    return FigureCues(**_unit_cues(lex), **_tag_cues(lex), **_word_cues(lex))


def _unit_cues(lex: Lexicon) -> dict[str, Any]:
    """Currency, scale, percent and qualifier: what belongs to the figure itself."""
    codes = {**lex.currency_prefixes, **lex.currency_suffixes}
    quals = {q.lower(): b for q, b in lex.qualifiers.items()}
    after_quals = {q.lower(): b for q, b in lex.qualifiers_after.items()}
    links = alternation(lex.currency_links)
    return dict(
        currency_before=re.compile(
            rf"(?P<cur>{alternation(lex.currency_prefixes, _ONE_SPACE)})\s?$"
        ),
        currency_last=frozenset(p.rstrip()[-1] for p in lex.currency_prefixes),
        currency_after=re.compile(
            rf"^\s?(?:(?:{links})\s+)?(?P<cur>{alternation(lex.currency_suffixes)})(?![\w])"
            if links
            else rf"^\s?(?P<cur>{alternation(lex.currency_suffixes)})(?![\w])"
        ),
        currency_codes={" ".join(k.split()): v for k, v in codes.items()},
        scale=re.compile(
            # A scale word may follow a line break in wrapped text ("$1.75\nbillion"), or a blank
            # line inside a paragraph a double-spaced PDF export cut (readers/rejoin.py).
            rf"^(?P<sp>[ \u00a0\u202f]?|\n(?:[ \t]*\n)?"
            rf"(?=(?i:{alternation(lex.wrapped_scale_words)})))"
            rf"(?P<s>(?i:{alternation(k for k in lex.scale_words if len(k) > 1)}|[kmb]))"
            # "79,5 millones5 de personas": a PDF glues a note's number to a scale word.
            rf"(?:(?![\w])|(?<=[^\W\d_]{{4}})(?=\d{{1,2}}(?![\w])))"
        ),
        scale_values={k.lower(): v for k, v in lex.scale_words.items()},
        scale_symbols=frozenset(lex.scale_symbols),
        money_only_scales=frozenset(w.lower() for w in lex.money_only_scales),
        percent=re.compile(
            # "74 percent", "a 74-percent increase"
            rf"^(?:[ \u00a0\u202f]?%|[\s-]?"
            rf"(?i:(?:{alternation(lex.percent_words, _MAYBE_SPACE)})\b))"
        ),
        sex_pair=re.compile(
            rf"{_FIGURE}\s?(?:{alternation(lex.sex_marks)})\s*[/,;|]\s*"
            rf"{_FIGURE}\s?(?:{alternation(lex.sex_marks)})(?![\w])"
            if lex.sex_marks
            else r"(?!)"
        ),
        sex_marks=frozenset(lex.sex_marks),
        qualifier_bounds={**quals, **after_quals},
        qualifier_ends=frozenset(q.split()[-1] for q in quals),
        qualifier_before=re.compile(rf"(?<![\w])(?P<q>{alternation(quals)})\s*$", re.IGNORECASE),
        qualifier_after=re.compile(
            rf"^(?:\s*(?P<a>{alternation(k for k in after_quals if k != '+')})(?![\w])|(?P<p>\+))",
            re.IGNORECASE,
        ),
    )


def _tag_cues(lex: Lexicon) -> dict[str, Any]:
    """Identifiers, phones, measures, durations, ages, times, ordinals: numbers that are no
    quantities."""
    phone_words = tuple({p.lower()[:4] for p in lex.phone_cues})
    ands = alternation(w for w in lex.and_words if w.isalpha())
    period_links = (*lex.n_of_w, *lex.range_words, *lex.date_links, *lex.period_from)
    # "2 mil e 720", "3 mil 200": a number written half in a scale word, half in digits
    compound = alternation(k for k, v in lex.scale_words.items() if v == 1e3 and len(k) > 1)
    return dict(
        glued_and=re.compile(rf"(?<![\w])(?i:{ands})$"),
        id_cue=re.compile(
            rf"(?:\bN\s?[°º]\.?|(?<![\w]){alternation(lex.identifier_codes)}|#"
            rf"|\b(?i:{alternation(lex.identifier_cues)}))\s*$"
        ),
        id_words=_last_words((*lex.identifier_cues, *lex.identifier_codes)) | {"n"},
        compound_head=re.compile(rf"\s*(?i:{compound})\s+(?:(?i:{ands})\s+)?\d{{1,3}}(?![\d.,])"),
        compound_tail=re.compile(rf"(?<![\w])(?i:{compound})\s+(?:(?i:{ands})\s+)?$"),
        # "semana epidemiológica (SE) 1": the abbreviation in brackets after the words
        period_cue=re.compile(rf"(?<![\w])(?i:{alternation(lex.numbered_periods)})\)?\s*$"),
        period_words=_last_words(lex.numbered_periods),
        period_next=re.compile(
            rf"\s*(?:[^\w\s]|$|(?i:{alternation(period_links)})(?![\w])"
            # "la SE 1 y la SE 41": and another week
            rf"|(?i:{ands})\s+(?:(?i:{alternation(lex.articles)})\s+)?"
            rf"(?i:{alternation(lex.numbered_periods)})(?![\w]))"
        ),
        page_of=re.compile(
            rf"(?i:(?<![\w])(?:{alternation(lex.page_words)})\s*\d{{1,4}}\s*"
            rf"(?:{alternation((*lex.n_of_w, *lex.list_links))}|/)\s*)$"
        ),
        phone_cue=re.compile(rf"(?i:{alternation(lex.phone_cues)})[\s:.#]*\+?[\d\s().-]*$"),
        phone_hints=phone_words,
        measure_after=re.compile(rf"^\s?(?:{alternation(lex.measure_units)})(?![\w])"),
        measure_before=re.compile(rf"(?i:{alternation(lex.measure_cues)})\s*$"),
        measure_ends=_last_words(lex.measure_cues),
        duration_after=re.compile(
            rf"^[\s-]?(?:{alternation(lex.duration_units)})(?![\w])", re.IGNORECASE
        ),
        duration_hyphen=tuple(u.lower() for u in lex.duration_units if len(u) > 2),
        age_after=re.compile(
            rf"^[\s-]?(?:{alternation(lex.age_after, _SPACE_OR_DASH)})(?![\w])", re.IGNORECASE
        ),
        age_before=re.compile(rf"(?i:{alternation(lex.age_before)})\s*$"),
        # "children under 5", "children <5"
        age_group_before=re.compile(
            rf"(?i:\b(?:{alternation(lex.age_groups)}))\s+"
            rf"(?:(?i:{alternation(lex.age_comparators)})\s+|{_AGE_SIGNS}\s*)$"
        ),
        age_ends=_last_words((*lex.age_before, *lex.age_comparators)) | {"<", ">", "≤", "≥"},
        years_not_old=re.compile(
            rf"^\s?(?:{alternation(lex.year_units)})\b(?! {re.escape(lex.old_age_word or '_')})"
        ),
        old_word=lex.old_age_word,
        age_range_after=re.compile(
            rf"^\s?(?:{alternation(lex.range_words)}|-|–)\s?\d+\s?(?:{alternation(lex.year_units)})"
        ),
        time_after=re.compile(
            rf"^(?::\d\d|\s?(?:{alternation(lex.time_suffixes)}|h\d\d)(?![\w]))", re.IGNORECASE
        ),
        ordinal_after=re.compile(rf"^(?:{alternation(lex.ordinal_suffixes)})(?![\w])"),
    )


def _word_cues(lex: Lexicon) -> dict[str, Any]:
    """Months before a year, the nouns of people and households, and numbers written as words."""
    words = alternation(lex.number_words)
    compounds = rf"(?:{alternation(lex.number_tens)})-(?:{alternation(lex.number_ones)})"
    number_alt = "|".join(x for x in (compounds if lex.number_tens else "", words) if x)
    return dict(
        month_before=re.compile(rf"(?i:{alternation(lex.months)})\s+$"),
        weekday_before=re.compile(rf"(?i:(?<![\w])(?:{alternation(lex.weekdays)}))\s*\(\s*$")
        if lex.weekdays
        else re.compile(r"(?!)"),
        people=frozenset(lex.people_nouns),
        households=frozenset(lex.household_nouns),
        mended=_mended((*lex.people_nouns, *lex.household_nouns, *lex.death_nouns)),
        number_words={k.lower(): v for k, v in lex.number_words.items()},
        number_tens=dict(lex.number_tens),
        number_ones=dict(lex.number_ones),
        multipliers=dict(lex.number_multipliers),
        number_word=re.compile(
            rf"(?<![\w-])(?P<w>{number_alt})(?:\s+(?P<mul>{alternation(lex.number_multipliers)}))?"
            r"(?=\s+(?P<next>[^\W\d_]))",
            re.IGNORECASE,
        ),
        # Matched against lower-cased text: a case-sensitive scan is several times faster.
        number_word_hint=re.compile(rf"(?<![\w-])(?:{words})(?![\w])"),
        number_word_stop=re.compile(
            rf"\s*(?:-|(?:{alternation(lex.number_word_stops)})\b)"
            rf"|\s*(?:{alternation(lex.fraction_words)})",
            re.IGNORECASE,
        ),
        # "six of the eight regions", "seis de los diez": a count of a count, read after all.
        number_word_of_m=re.compile(
            rf"\s+(?:{alternation(lex.n_of_w)})\s+(?:(?:{alternation(lex.articles)})\s+)?"
            rf"(?:\d|(?:{number_alt})(?![\w]))",
            re.IGNORECASE,
        ),
    )


def sex_mark_after(chunk: str, s: int, e: int, cues: FigureCues) -> bool:
    """Whether the figure at [s, e) is one of a pair marked by sex ("2,488F/429M")."""
    if chunk[e : e + 2].lstrip()[:1] not in cues.sex_marks:
        return False  # the mark follows the digits: most figures are spared the pattern
    for m in cues.sex_pair.finditer(chunk, max(0, s - 30), min(len(chunk), e + 30)):
        if m.start() <= s and e < m.end():
            return True
    return False
