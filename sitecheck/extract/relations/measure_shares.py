"""Shares of a measured amount (tonnes, litres): "Phase I, targeting 3,280 mt, is nearly done,
with 96% (3,149 mt) dispatched", "1,200 tonnes (40%) of the 3,000 tonnes planned", "de las 900
toneladas previstas, 540 toneladas (60%) llegaron".

A measure is no count (``figures`` leaves it out), so the readings of shares of counts do not
see it. Here a share bracketed with an amount in an additive unit ("P% (N mt)", "N mt (P%)") is
of another amount in the same unit that the wording ties it to: named right after ("of the N
mt"), or named before with a connector after it (", with", "of which") or opening the sentence
("Of the N mt, …"), with no other figure between. A whole that is less than the amount is none;
a sentence with a word of change is left alone (the share may be a rise, of another amount).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import PercentOf, Relations
from sitecheck.extract.relations.wording import lead, same_word
from sitecheck.lang import alternation, lexicon, phrases

_GAP = 60  # characters from a whole before to its connector: "3,280 mt, is nearly done, with"
_HEAD = 5  # words from a whole that "Of the" opens on to its comma: "mt of food planned,"


@dataclass(frozen=True, eq=False)
class _Wording:
    units: frozenset[str]
    bracket: re.Pattern[str]  # " (", " mt (" between a share and its amount
    close: re.Pattern[str]  # ")", " mt)" after the bracketed figure
    of_base: re.Pattern[str]  # " of the " between the bracket and a whole after it
    tie: re.Pattern[str]  # ", with", "of which" after a whole before
    opening: re.Pattern[str]  # "Of the " opening the sentence before its whole
    change: re.Pattern[str]  # "increase", "more": a share that may be a change, not of a whole


@cache
def _wording(language: str) -> _Wording:
    lex = lexicon(language)
    arts = alternation((*lex.articles, *lex.of_articles))
    ofs = alternation(lex.share_of)
    links = alternation(lex.with_connectors)
    parts = alternation(lex.part_connectors)
    return _Wording(
        units=frozenset(w.lower() for w in lex.additive_units),
        bracket=re.compile(r"(?:\s*[^\W\d_]+\.?)?\s*\(\s*\Z"),  # "1,200 mt (", "40% ("
        close=re.compile(r"(?:\s*[^\W\d_][\w'’.-]*){0,3}\s*\)"),  # " mt of food)"
        of_base=re.compile(rf"\s*(?:{ofs})\s+(?:(?:{arts})\s+)?\Z", re.I),
        tie=re.compile(
            rf"[^\d;:.()]{{0,{_GAP}}}?(?:,\s*(?:{links})|(?<![\w])(?:{parts}))\s+"
            r"(?:[^\W\d_]+\s+){0,2}\Z",
            re.I,
        ),
        change=phrases((*lex.change_terms, *lex.change_words)),
        opening=re.compile(rf"\s*(?:{alternation(lex.of_the)})\s+(?:(?:{arts})\s+)?\Z", re.I),
    )


def _unit(q: Quantity) -> str:
    return q.noun.split()[0].lower() if q.noun else ""


def measure_shares(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """A share and its measured amount, of a whole in the same unit the wording ties them to."""
    w = _wording(doc.language)
    measures = [q for q in nums if q.tag == "measure" and _unit(q) in w.units]
    if len(measures) < 2 or not any(q.kind == "percent" for q in nums):
        return  # a cheap exit: a share, its amount and its whole
    text = doc.text
    if w.change.search(text, span.start, span.end):
        return  # "3,000 mt, with 25% (600 mt) more than in May": a change, of another amount
    for i in range(len(nums) - 1):
        a, b = nums[i], nums[i + 1]
        if not w.bracket.fullmatch(text, a.span.end, lead(b)):
            continue
        pair = (a, b) if a.kind == "percent" else (b, a)
        pct, amount = pair
        if not (pct.kind == "percent" and pct.usable and any(amount is m for m in measures)):
            continue
        close = w.close.match(text, b.span.end)
        if close is None or amount.ambiguous or amount.malformed:
            continue
        first, end = lead(a), close.end()
        whole = _whole_after(doc, w, nums, i + 2, end, amount) or _whole_before(
            doc, w, span, nums[:i], first, amount
        )
        if whole is not None:
            rel.percents.append(
                PercentOf(replace(amount, tag=None), pct, base=replace(whole, tag=None))
            )


def _same(whole: Quantity, amount: Quantity, w: _Wording) -> bool:
    unit = _unit(whole)
    return (
        whole.tag == "measure"
        and unit in w.units
        and same_word(unit, _unit(amount))
        and not whole.from_words
        and not whole.ambiguous
        and whole.malformed is None
        and whole.value >= amount.value
    )


def _whole_after(
    doc: Document, w: _Wording, nums: list[Quantity], k: int, end: int, amount: Quantity
) -> Quantity | None:
    """ "… (1,200 mt) of the 3,000 mt planned": the next figure, right after "of the"."""
    if k >= len(nums):
        return None
    whole = nums[k]
    if not w.of_base.fullmatch(doc.text, end, lead(whole)):
        return None
    return whole if _same(whole, amount, w) else None


def _whole_before(
    doc: Document, w: _Wording, span: Span, before: list[Quantity], first: int, amount: Quantity
) -> Quantity | None:
    """The figure right before the share, in the sentence, tied to it by a connector after it
    (", with", "of which") or by "Of the" opening the sentence."""
    if not before:
        return None
    whole = before[-1]
    if whole.span.start < span.start or not _same(whole, amount, w):
        return None
    text = doc.text
    if w.tie.fullmatch(text, whole.span.end, first):
        return whole
    comma = text.find(",", whole.span.end, first)
    if (
        comma < 0
        or text[comma + 1 : first].strip()
        or len(text[whole.span.end : comma].split()) > _HEAD
    ):
        return None  # "Of the 3,000 mt, 40% (1,200 mt) …": the share right after the comma
    return whole if w.opening.fullmatch(text, span.start, lead(whole)) else None
