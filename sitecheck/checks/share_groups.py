"""Shares listed together with their amounts, of a whole the sentence does not repeat.

"986,412 IDPs were counted. The East leads with 402,317 (40.8%), then the Boucle du Mouhoun
with 327,905 (33.2%) and the Centre-East with 71,436 (7.2%)": the shares are of one whole, named
before them in their paragraph. The whole is the nearest earlier figure that is at least every
amount and that at least one share agrees with; a share that disagrees with it is reported, as a
suspicion (info) when only one other share vouches for the whole, and as certain when two do.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator

from sitecheck.document import Block, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations import PercentOf
from sitecheck.facts import Facts
from sitecheck.findings import Found

_CANDIDATES = 4  # earlier figures tried as the whole, nearest first
_NEAR = 300  # characters: shares this close are of one list
_BULLETS = "•●▪·◦–-*"

Finding = Callable[[Quantity, Quantity, Quantity, str], Found]


def shared_base(facts: Facts, shares: list[PercentOf], finding: Finding) -> Iterator[Found]:
    blocks = _Blocks(facts.doc.blocks)
    for group in _groups(facts, blocks, shares):
        if len(group) < 2:
            continue
        base = _base(facts, blocks, group)
        if base is None:
            continue
        agree = {id(po) for po in group if _agrees(po, base)}
        for po in group:
            if id(po) in agree:
                continue
            found = finding(po.amount, base, po.percent, "")
            found.tentative = len(agree) < 2
            yield found


def _groups(facts: Facts, blocks: _Blocks, shares: list[PercentOf]) -> list[list[PercentOf]]:
    """Shares close together (one sentence, or the bullets of one list) with no heading
    between them."""
    groups: list[list[PercentOf]] = []
    for po in sorted(shares, key=lambda po: po.amount.span.start):
        if groups and _together(facts, blocks, groups[-1][-1], po):
            groups[-1].append(po)
        else:
            groups.append([po])
    return groups


class _Blocks:
    """The document's blocks, found by position in logarithmic time."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.starts = [b.span.start for b in blocks]

    def between(self, start: int, end: int) -> list[Block]:
        """Blocks that start in [start, end]."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_right(self.starts, end)
        return self.blocks[i:j]


def _together(facts: Facts, blocks: _Blocks, a: PercentOf, b: PercentOf) -> bool:
    """One sentence, or bullets that follow each other closely, with only bullets between."""
    first = facts.doc.sentence_at(a.amount.span.start)
    second = facts.doc.sentence_at(b.amount.span.start)
    if first is None or second is None:
        return False
    if first.span == second.span:
        return True
    if b.amount.span.start - a.amount.span.end > _NEAR:
        return False
    between = blocks.between(first.block.span.start, second.block.span.start)
    return all(_bullet(blk) for blk in between)


def _bullet(block: Block) -> bool:
    return block.kind == "list_item" or (
        block.kind == "paragraph" and block.text.lstrip()[:1] in _BULLETS
    )


def _agrees(po: PercentOf, base: Quantity) -> bool:
    return (po.amount.interval / base.interval * 100.0).intersects(po.percent.interval)


def _base(facts: Facts, blocks: _Blocks, group: list[PercentOf]) -> Quantity | None:
    amount = group[0].amount
    if any(po.amount.kind != amount.kind or po.amount.currency != amount.currency for po in group):
        return None
    sentence = facts.doc.sentence_at(amount.span.start)
    if sentence is None:
        return None
    first = min(min(po.amount.span.start, po.percent.span.start) for po in group)
    largest = max(po.amount.value for po in group)
    # The paragraph of the first share, or the list the shares are bullets of.
    start = sentence.block.span.start
    if _bullet(sentence.block):
        start = min(start, max(0, first - _NEAR))
    heads = [
        b.span.end
        for b in blocks.between(start, first)
        if b.kind == "heading" and b.span.end <= first
    ]
    start = max([start, *heads])
    before = facts.numbers_in(Span(start, first))
    candidates = [
        q
        for q in reversed(before)
        if q.usable
        and not q.from_words
        and q.kind == amount.kind
        and q.currency == amount.currency
        and q.value >= largest
    ][:_CANDIDATES]
    return next((q for q in candidates if any(_agrees(po, q) for po in group)), None)
