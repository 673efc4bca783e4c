"""A figure restated as a conversion in parentheses: "5,812 households (30,874 people)
displaced across 33 villages" states 30,874 people displaced, as "30,900 people displaced" does.

Only a conversion between units of one population counts: households or families outside and
people inside, or the other way round. "1,200 people (300 children) displaced" names a part,
"(up from 900)" a change, "(12%)" a share: none is read. The phrase of the figure inside is its
noun followed by the clause after the parenthesis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.lang import alternation, lexicon

_ROOM = 40  # characters of the parenthesis before the figure and after it, at most


@dataclass(frozen=True, eq=False)
class _Units:
    before: re.Pattern[str]  # "<figure> households (" ending right before the figure
    inside: re.Pattern[str]  # " people)" right after the figure


@cache
def _units(language: str) -> _Units:
    lex = lexicon(language)
    people = alternation(lex.generic_people_nouns)
    homes = alternation(lex.household_nouns)
    either = rf"(?:{people}|{homes})"
    return _Units(
        before=re.compile(rf"\d\s+(?P<out>{either})\s*\(\s*$", re.I),
        inside=re.compile(rf"\s+(?P<in>{either})(?:\[\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰*])*\s*\)", re.I),
    )


@dataclass(frozen=True, slots=True)
class Conversion:
    """ "5,812 households (30,874 people)": a figure, and the same population in another unit."""

    outer: Quantity
    inner: Quantity
    outer_noun: str  # lower case, as written
    inner_noun: str
    people_inside: bool  # people inside the parenthesis, households outside
    end: int  # right after the parenthesis


def conversion(text: str, q: Quantity, language: str, index: QuantityIndex) -> Conversion | None:
    """The conversion whose figure inside the parenthesis is ``q``, if it is one."""
    u = _units(language)
    before = u.before.search(text, max(0, q.span.start - _ROOM), q.span.start)
    inside = u.inside.match(text, q.span.end, min(len(text), q.span.end + _ROOM))
    if before is None or inside is None:
        return None
    people = {w.lower() for w in lexicon(language).generic_people_nouns}
    out, inn = before.group("out").lower(), inside.group("in").lower()
    if (out in people) == (inn in people):
        return None  # "people (people)" or "families (households)": no conversion
    at = before.start() + 1  # where the figure outside ends
    outer = [o for o in index.between(at - _ROOM, at) if o.span.end == at]
    return Conversion(outer[0], q, out, inn, inn in people, inside.end()) if outer else None


def converted_phrase(
    text: str, q: Quantity, language: str, end: int, index: QuantityIndex
) -> tuple[str, Span, Quantity] | None:
    """The phrase of a figure converted in parentheses (its noun and the clause after the
    parenthesis, up to ``end``), where it is and the figure outside; None for any other figure
    in parentheses."""
    c = conversion(text, q, language, index)
    if c is None:
        return None
    after = re.split(r"[():;!?\[\]|\n]|[.,](?!\d)", text[c.end : end], maxsplit=1)[0]
    if not after.strip():
        return None
    return f"{c.inner_noun} {after}", Span(q.span.end, c.end + len(after)), c.outer
