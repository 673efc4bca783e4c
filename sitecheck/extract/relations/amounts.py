"""Figures compared as amounts of one thing: the readings of changes, differences and balances
share what makes two figures comparable and which figures of a sentence are sure amounts."""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity
from sitecheck.lang import alternation, lexicon
from sitecheck.lang.base import Lexicon


def same_unit(a: Quantity, b: Quantity) -> bool:
    """Counts of the same unit, or amounts of the same currency (households apart)."""
    return (a.kind, a.currency, a.is_households) == (b.kind, b.currency, b.is_households)


def sure_amounts(nums: list[Quantity]) -> list[Quantity] | None:
    """The counts and amounts of a sentence written in figures (no dates, codes or number
    words); None when one of them was read with doubt: no reading of the sentence is sure."""
    out = [q for q in nums if q.kind in ("count", "money") and not q.from_words and q.tag is None]
    return out if all(q.usable and q.value > 0 for q in out) else None


@cache
def _back_ref(lex: Lexicon) -> re.Pattern[str]:
    refs = alternation((*lex.back_refs, *lex.part_after_refs))
    return re.compile(rf"\s*(?:{refs})(?![\w])", re.I)


def changeable(doc: Document, q: Quantity) -> bool:
    """A percentage in figures that may be a change: not a share of the figure named before
    ("60% of them more than last year (1,500)": 60% of the 3,000, not a rise from 1,500)."""
    if q.kind != "percent" or not q.usable or q.from_words:
        return False
    return _back_ref(lexicon(doc.language)).match(doc.text, q.span.end) is None


def sizes_not_parts(whole: Quantity, parts: list[Quantity]) -> bool:
    """Two figures or more each above the whole ("1,150 arrivals in three camps: Oldo (5,400),
    Kebe (3,200) …"): they measure the items themselves (the camps' sizes), no parts of it. One
    such figure may be a typo; two are another quantity."""
    return sum(q.interval.lo > whole.interval.hi for q in parts) >= 2
