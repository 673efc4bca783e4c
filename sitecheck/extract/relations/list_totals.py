"""Totals after lists: bullet items that each state one figure, then "In total, N …"."""

from __future__ import annotations

from sitecheck.document import Block, Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import Breakdown
from sitecheck.extract.relations.patterns import relation_patterns


def _runs(blocks: list[Block]) -> list[tuple[list[Block], Block]]:
    """Each run of list items of one list with the block right after it."""
    out = []
    i = 0
    while i < len(blocks):
        if blocks[i].kind != "list_item":
            i += 1
            continue
        j = i
        while (
            j + 1 < len(blocks)
            and blocks[j + 1].kind == "list_item"
            and blocks[j + 1].list_id == blocks[i].list_id
        ):
            j += 1
        if j + 1 < len(blocks) and j > i:
            out.append((blocks[i : j + 1], blocks[j + 1]))
        i = j + 1
    return out


def list_totals(doc: Document, index: QuantityIndex) -> list[Breakdown]:
    """A total after the items is checked one way: a deduplicated total may be smaller."""
    p = relation_patterns(doc.language)
    out: list[Breakdown] = []
    blocks = [b for b in doc.blocks if b.kind not in ("code", "html")]
    for items, after in _runs(blocks):
        m = p.in_total.match(after.text)
        if not m:
            continue
        total = next((q for q in index.between(after.span.start, after.span.end) if q.usable), None)
        if total is None or total.span.start - after.span.start > m.end() + 30:
            continue
        if p.unique.search(after.text[: total.span.start - after.span.start + 60]):
            continue
        parts: list[Quantity] = []
        for item in items:
            figs = [q for q in index.between(item.span.start, item.span.end) if q.tag is None]
            usable = [q for q in figs if q.usable and q.kind == total.kind]
            if len(usable) != 1 or len(figs) != 1:
                parts = []
                break
            parts.append(usable[0])
        if parts:
            out.append(Breakdown(total, parts, "in-total", one_way=True))
    return out
