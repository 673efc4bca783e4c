"""Named places in brackets, each with its figures in two units: "412 people … in three
centres (Munhiba with 38 families – 186 people; Mugeba with 27 families – 131 people and
Samora with 19 families – 95 people)". The people of each place are part of the people figure
before the bracket; places cannot overlap, so together they cannot exceed it (the centres
named may be only some of those holding them: the parts may fall short).

The people figure may open the bracket itself, the names after a link word: "(an estimated
318,000 people into the countries of Mauritania 51,700 individuals, Niger 104,600 …)".

Each item opens on a name (not a group of people: "Women: 120 people" may overlap "Children:
300 people"), holds one figure of people and at most one of households; the whole is the last
figure of people before the bracket in its sentence, with no other figure of people between.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.positions import Positions
from sitecheck.extract.relations.wording import (
    DIGIT,
    figures,
    lead,
    lead_noun,
    matching_paren,
    same_word,
)
from sitecheck.lang import alternation, lexicon

_NAME = re.compile(r"\s*[A-ZÀ-ÖØ-Þ][\w'’.-]*")
_MAX_ITEMS = 30


@cache
def _last_and(language: str) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation(lexicon(language).and_words)})\s+(?=[A-ZÀ-ÖØ-Þ])")


def unit_parts(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    text = doc.text
    pos = text.find("(", span.start, span.end)
    if pos < 0:
        return
    figs = Positions(figures(nums))
    while pos >= 0:
        close = matching_paren(text, pos)
        if close < 0 or close > span.end:
            return
        inside = figs.inside(pos, close)
        whole: Quantity | None
        opening = _opening_whole(doc, inside, pos)
        if opening is not None:
            # "(an estimated 318,000 people into the countries of Mauritania 51,700 …, …)"
            whole, start = opening
            found = _items(doc, inside[1:], start - 1, close)
        else:
            found = _items(doc, inside, pos, close)
            whole = _whole(figs.before(pos), span, found, doc) if found else None
        if found and whole is not None:
            rel.breakdowns.append(Breakdown(whole, found, "parenthesis", False, at_most=True))
        pos = text.find("(", close, span.end)


@cache
def _link(language: str) -> re.Pattern[str]:
    """ " people into the neighbouring countries of " before the first name: a link word."""
    links = alternation(lexicon(language).list_links)
    return re.compile(rf"[^\d;,()]*?(?:\s(?:{links})\s+|:\s*)(?=[A-ZÀ-ÖØ-Þ])")


def _opening_whole(
    doc: Document, inside: list[Quantity], open_: int
) -> tuple[Quantity, int] | None:
    """The figure of people that opens a bracket, before the named items that split it, with
    where the first item starts."""
    if not inside or not (inside[0].is_people and not inside[0].is_households):
        return None
    first = inside[0]
    if re.search(r"[\dA-ZÀ-ÖØ-Þ]", doc.text[open_ + 1 : lead(first)]):
        return None  # "(Kasenga: 410 people; …)": a named item, no whole
    m = _link(doc.language).match(doc.text, first.span.end)
    return (first, m.end()) if m else None


def _segments(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a bracket: split at semicolons (or commas) and at an "and" before a name."""
    text = doc.text
    sep = ";" if text.find(";", start, end) >= 0 else ","
    split = ";" if sep == ";" else r",(?!\d)"  # not the comma of "51,700"
    cuts = [m.start() for m in re.finditer(split, text[start:end])]
    bounds = [start, *(start + c for c in cuts), end]
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        a = a + 1 if text[a] in ";," else a
        m = _last_and(doc.language).search(text, a, b)
        out.extend([(a, m.start()), (m.end(), b)] if m else [(a, b)])
    return out


def _items(doc: Document, figs: list[Quantity], open_: int, close: int) -> list[Quantity]:
    """The figure of people of each named item, or nothing when the bracket is not that shape."""
    p = relation_patterns(doc.language)
    text = doc.text
    if len(figs) < 2 or len(figs) > 2 * _MAX_ITEMS:
        return []
    segments = _segments(doc, open_ + 1, close)
    if not 2 <= len(segments) <= _MAX_ITEMS:
        return []
    parts: list[Quantity] = []
    for s, e in segments:
        inside = [q for q in figs if s <= lead(q) and q.span.end <= e]
        people = [q for q in inside if q.is_people and not q.is_households]
        name = _NAME.match(text, s)
        if len(people) != 1 or len(inside) - len(people) > 1 or name is None:
            return []
        if any(not q.is_households for q in inside if q is not people[0]):
            return []  # a figure of a third unit: not one place's people and households
        label = text[s : lead(inside[0])]
        if name.end() > lead(inside[0]) or not _place_label(doc, p.people, label):
            return []
        parts.append(people[0])
    return parts


def _place_label(doc: Document, people: frozenset[str], label: str) -> bool:
    """Whether an item's label may name a place: no group of people ("Women:"), no month or
    round ("January:", "Round 2:"), whose people may be the same as another item's."""
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", label)]
    months = lexicon(doc.language).months
    return not (DIGIT.search(label) or (words and words[0] in people) or months.keys() & words)


def _whole(
    before: list[Quantity], span: Span, parts: list[Quantity], doc: Document
) -> Quantity | None:
    """The last figure of people before the bracket in its sentence, when it counts the group
    the parts count ("412 people" for "186 people": not "300 children" of "1,200 people,
    including 300 children, …")."""
    people = [
        q
        for q in before
        if span.start <= q.span.start and q.is_people and not q.is_households and q.kind == "count"
    ]
    if not people:
        return None
    p = relation_patterns(doc.language)
    heads = {lead_noun(q, p) for q in parts}
    head = lead_noun(people[-1], p)
    alike = len(heads) == 1 and same_word(head, next(iter(heads)))
    generic = head in p.generic_people and heads <= p.generic_people
    return people[-1] if alike or generic else None
