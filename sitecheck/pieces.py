"""A large report cut into pieces that are checked one at a time, so that memory stays bounded.

A piece is a run of whole blocks of about PIECE_CHARS, a figure weighing as much as FIGURE_WEIGHT
characters and a block as much as BLOCK_WEIGHT (each becomes objects of some hundreds of bytes, so
a table of one-digit cells or a roster of one short name per line is cut into smaller pieces than
prose). A piece never ends inside a table or a list that fits in twice
that size: a total is read with all its rows, a count with all its items. A larger table is cut
and checked in no piece (see Document.view). A larger list (a roster of a hundred thousand names)
is cut too: what ties figures of different items of it together is not reported from a piece,
which holds only some of the items, and the rules that read whole lists (its count, its
duplicates) read it once, whole, with only its items and the count before it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from itertools import islice

from sitecheck.document import Block, Document, Span
from sitecheck.extract.figures import extract_quantities
from sitecheck.extract.footnotes import Footnotes
from sitecheck.extract.lists import ItemList, bullet_lists
from sitecheck.extract.quantities import MAX_BLOCK_FIGURES, QuantityIndex
from sitecheck.facts import DocumentWide, Facts, build_facts
from sitecheck.findings import Found

PIECE_CHARS = 1_000_000
FIGURE_WEIGHT = 20
BLOCK_WEIGHT = 40
_DIGIT_RUN = re.compile(r"\d+")


def span_weight(text: str, start: int, end: int, most: int = MAX_BLOCK_FIGURES) -> int:
    """Characters plus FIGURE_WEIGHT for each digit run, counting at most ``most`` runs."""
    figures = sum(1 for _ in islice(_DIGIT_RUN.finditer(text, start, end), most))
    return end - start + 2 + FIGURE_WEIGHT * figures


def block_weight(block: Block) -> int:
    return span_weight(block.source, block.span.start, block.span.end) + BLOCK_WEIGHT


def weight(blocks: list[Block]) -> int:
    total = 0
    for block in blocks:
        total += block_weight(block)
        if total > PIECE_CHARS:
            break  # enough to know
    return total


def _same_list(block: Block, nxt: Block) -> bool:
    return block.kind == nxt.kind == "list_item" and block.list_id == nxt.list_id >= 0


def _whole_tables(doc: Document) -> Callable[[int], bool]:
    """Whether an offset falls inside a table, after its first row, that is kept in one piece:
    one that weighs at most twice PIECE_CHARS."""
    most = 2 * PIECE_CHARS // FIGURE_WEIGHT + 1  # enough figures to know
    kept = sorted(
        (t.span.start, t.span.end)
        for t in doc.tables
        if span_weight(doc.text, t.span.start, t.span.end, most) <= 2 * PIECE_CHARS
    )
    starts = [a for a, _ in kept]

    def inside(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and kept[i][0] < at < kept[i][1]

    return inside


class LongLists:
    """The lists of a document that weigh more than twice PIECE_CHARS: each a run of blocks."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.runs: list[tuple[int, int]] = []  # first and last block index of each long list
        i, blocks = 0, doc.blocks
        while i < len(blocks):
            j, size = i, block_weight(blocks[i])
            while j + 1 < len(blocks) and _same_list(blocks[j], blocks[j + 1]):
                j += 1
                size += block_weight(blocks[j])
            if j > i and size > 2 * PIECE_CHARS:
                self.runs.append((i, j))
            i = j + 1
        self._starts = [blocks[i].span.start for i, _ in self.runs]
        self.ids = {blocks[i].list_id for i, _ in self.runs}

    def holds(self, block: Block) -> bool:
        return block.kind == "list_item" and block.list_id in self.ids

    def inside(self, at: int) -> bool:
        k = bisect.bisect_right(self._starts, at) - 1
        return k >= 0 and at < self.doc.blocks[self.runs[k][1]].span.end

    def _block_at(self, at: int) -> int:
        return bisect.bisect_right(self.doc.blocks, at, key=lambda b: b.span.start) - 1

    def _ties(self, spans: list[Span]) -> bool:
        """Whether spans lie in different blocks, one of them in a long list."""
        if not self.runs or not any(self.inside(s.start) for s in spans):
            return False
        return len({self._block_at(s.start) for s in spans}) > 1

    def keeps(self, found: Found) -> bool:
        """Whether a piece's finding stands: not when it ties figures of different blocks, one
        of them in a long list (the piece may hold only some of the list's items)."""
        return not self._ties([found.span, *(r.span for r in found.related)])

    def keeps_list(self, lst: ItemList) -> bool:
        """Whether a piece reads a list: not a run of a long list's items (read whole once)."""
        return not self._ties([lst.items[0].span, lst.items[-1].span]) if lst.items else True

    def facts(self, first: int, last: int, wide: DocumentWide) -> Facts:
        """What the list rules read of one long list: its items, and the count the block before
        it states (the only figures read)."""
        blocks = self.doc.blocks
        before = [b for b in blocks[max(0, first - 1) : first] if b.kind not in ("code", "html")]
        head = extract_quantities(
            self.doc.view(before), wide.dates, wide.read_mark, wide.scale_mark
        )
        view = self.doc.view(before + blocks[first : last + 1])
        view.language = wide.language
        start = blocks[first].span.start
        lists = [
            lst
            for lst in bullet_lists(view, view.blocks, QuantityIndex(head))
            if lst.span.start >= start
        ]
        return Facts(
            doc=view,
            decimal_mark=wide.decimal_mark,
            numbers=head,
            dates=[],
            period=None,
            footnotes=Footnotes([], [], []),
            links=[],
            lists=lists,
        )


def pieces(doc: Document, long: LongLists | None = None) -> list[list[Block]]:
    """Runs of blocks of about PIECE_CHARS (figures weighed as FIGURE_WEIGHT characters), cut
    before a heading where one is near, never inside a list or a table that fits in twice the
    size."""
    long = long or LongLists(doc)
    out: list[list[Block]] = []
    current: list[Block] = []
    size = 0
    inside = _whole_tables(doc)
    for i, block in enumerate(doc.blocks):
        current.append(block)
        size += block_weight(block)
        nxt = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
        if nxt is None or size < PIECE_CHARS or inside(nxt.span.start):
            continue
        if _same_list(block, nxt) and not long.holds(block):
            continue
        if nxt.kind == "heading" or size >= PIECE_CHARS * 1.1:
            out.append(current)
            current, size = [], 0
    if current:
        out.append(current)
    return out


def piece_facts(doc: Document, wide: DocumentWide, long: LongLists) -> Iterator[Facts]:
    """The facts of each piece in turn, one piece held at a time (the caller drops its own
    reference before asking for the next), without the runs of a long list's items."""
    for blocks in pieces(doc, long):
        piece = build_facts(doc.view(blocks), wide=wide)
        piece.lists = [lst for lst in piece.lists if long.keeps_list(lst)]
        yield piece
        del piece
