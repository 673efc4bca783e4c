"""A whole, a colon, then items lettered a., b., c. that each open on a figure:

    Altogether, 743 incidents were logged in four regions: a. 721 floods in …; water has since
    subsided in 604 villages. b. Nine (9) drownings in …; c. Five (5) rockslides …

The letters, in order from "a", tell the items apart across full stops and line breaks; each
item's first figure is its part (a figure further in the item, "604 villages", is the item's
own). Lettered items may leave some out: they can only fall short of the whole. A whole that
counts events ("incidents") takes items of any noun, its kinds; another takes only items that
count its unit.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import QuantityIndex
from sitecheck.extract.relations.colon_heads import long_head
from sitecheck.extract.relations.colon_parts import _same_unit
from sitecheck.extract.relations.item_runs import words
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import lead
from sitecheck.lang import lexicon

_START = re.compile(r":\s*a[.)][ \t]+")
_MARK = re.compile(r"(?<![^\s;,:])([a-z])[.)][ \t]+")
# Before an item's figure: nothing, or its number in words and a bracket ("Nine (9)").
_LEAD = re.compile(r"\s*(?:[^\W\d_]+\s*\(\s*)?")
_MAX_ITEMS = 26


@cache
def _events(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon(language).event_nouns)


def lettered_items(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    text = doc.text
    for block in doc.blocks:
        if block.kind not in ("paragraph", "list_item"):
            continue
        for m in _START.finditer(text, block.span.start, block.span.end):
            _read(doc, index, m.start(), block.span.start, block.span.end, rel)


def _read(
    doc: Document, index: QuantityIndex, colon: int, start: int, end: int, rel: Relations
) -> None:
    text = doc.text
    marks: list[tuple[int, int]] = []  # each item's start (past its letter) and its letter's
    for m in _MARK.finditer(text, colon + 1, end):
        if m.group(1) == chr(ord("a") + len(marks)) and len(marks) < _MAX_ITEMS:
            marks.append((m.end(), m.start()))
    if len(marks) < 2:
        return
    parts = []
    for k, (s, _) in enumerate(marks):
        e = marks[k + 1][1] if k + 1 < len(marks) else end
        figs = [q for q in index.between(s, e) if q.usable]
        if not figs or figs[0].kind != "count" or not _LEAD.fullmatch(text, s, lead(figs[0])):
            return  # an item that opens on no figure: the list is of another shape
        parts.append(figs[0])
    before = [q for q in index.between(start, colon) if q.usable and q.kind == "count"]
    if not before or before[-1].from_words or not long_head(text, before[-1], colon):
        return
    whole = before[-1]
    if any(b.total is whole for b in rel.breakdowns):
        return
    p = relation_patterns(doc.language)
    events = bool(_events(doc.language) & set(whole.noun.lower().split()[:1]))
    if not events and not _same_unit(p, whole, parts, words(doc.language)):
        return
    rel.breakdowns.append(Breakdown(whole, parts, "colon", exhaustive=False, at_most=True))
