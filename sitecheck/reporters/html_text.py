"""The report's text as HTML: its blocks as headings, paragraphs, lists and tables, with ranges
(finding marks, the figures read, Markdown syntax) laid over the exact characters they cover.

Every character of a block is written once, except Markdown syntax (heading hashes, bullets,
table pipes, escapes, a link's target) outside marks; inside a mark it is wrapped, so that a mark
always holds the characters sitecheck pointed at (the page shows a link's target, hides an
escape). A range that crosses an element boundary is written in pieces: only the first
piece carries its id, so each mark is one place to jump to.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape

from sitecheck.document import Block, Cell, Document, Table

# Nesting order of ranges: marks outside, figures inside them, styles, then syntax innermost.
MARK, FIGURE, STYLE, SYNTAX = 0, 1, 2, 3


@dataclass(frozen=True)
class Range:
    start: int
    end: int
    rank: int
    first: str  # the opening tag of the first piece written
    rest: str  # the opening tag of any later piece
    close: str
    key: int = -1  # identifies a range written in pieces (-1: every piece alike)


def syntax(start: int, end: int) -> Range:
    return Range(start, end, SYNTAX, '<span class="syn">', '<span class="syn">', "</span>")


def style(start: int, end: int, tag: str, close: str) -> Range:
    return Range(start, end, STYLE, tag, tag, close)


# Markdown's inline syntax, as far as the readers write it: escapes, strong emphasis, links,
# note references.
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!$|<>~])")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_LINK = re.compile(r"(?<!!)\[(?!\^)((?:\\.|[^\]\\])*)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)")
_NOTE = re.compile(r"\[\^[^\]\s]+\]")
_BULLET = re.compile(r"(\s*)(?:([-*+•])|(\d+[.)]))[ \t]+")


def inline_ranges(text: str, base: int) -> list[Range]:
    out: list[Range] = []
    for m in _ESCAPE.finditer(text):  # hidden even inside a mark: "\\$427M" reads "$427M"
        a = base + m.start()
        out.append(Range(a, a + 1, SYNTAX, '<span class="esc">', '<span class="esc">', "</span>"))
    for m in _STRONG.finditer(text):
        a, b = base + m.start(), base + m.end()
        out += [syntax(a, a + 2), syntax(b - 2, b)]
        out.append(style(a + 2, b - 2, "<strong>", "</strong>"))
    for m in _LINK.finditer(text):
        a, b = base + m.start(), base + m.end()
        target = escape(m.group(2))
        out += [syntax(a, a + 1), syntax(base + m.end(1), b)]
        tag = f'<span class="lnk" title="{target}">'
        out.append(style(a + 1, base + m.end(1), tag, "</span>"))
    for m in _NOTE.finditer(text):
        out.append(style(base + m.start(), base + m.end(), "<sup>", "</sup>"))
    return out


def write_inline(text: str, a: int, b: int, ranges: list[Range], written: set[int]) -> str:
    """The characters [a, b) of the text with the ranges over them, properly nested."""
    starts: dict[int, list[Range]] = {}
    empty: dict[int, list[Range]] = {}
    points = {a, b}
    for r in ranges:
        if r.start == r.end:  # only a mark is written empty (an empty cell a finding names)
            if r.rank == MARK and a <= r.start <= b and r.key not in written:
                empty.setdefault(r.start, []).append(r)
            continue
        s, e = max(a, r.start), min(b, r.end)
        if s < e:
            starts.setdefault(s, []).append(r)
            points.update((s, e))
    order = sorted(points)
    out: list[str] = []
    stack: list[Range] = []
    active: list[Range] = []
    for p, q in zip(order, order[1:], strict=False):
        active = [r for r in active if r.end > p] + starts.get(p, [])
        for z in empty.pop(p, []):
            out.append(_opening(z, written) + z.close)
        if any(r.rank == SYNTAX for r in active) and not any(r.rank == MARK for r in active):
            continue  # syntax outside a mark is left out: hidden anyway, and a large page
            # opens faster with fewer elements
        want = sorted(active, key=lambda r: (r.rank, r.start, -r.end))
        keep = 0
        while keep < min(len(stack), len(want)) and stack[keep] is want[keep]:
            keep += 1
        out.extend(r.close for r in reversed(stack[keep:]))
        out.extend(_opening(r, written) for r in want[keep:])
        stack = want
        out.append(escape(text[p:q], quote=False))
    out.extend(r.close for r in reversed(stack))
    for z in (z for zs in empty.values() for z in zs):
        out.append(_opening(z, written) + z.close)
    return "".join(out)


def _opening(r: Range, written: set[int]) -> str:
    if r.key < 0:
        return r.first
    if r.key in written:
        return r.rest
    written.add(r.key)
    return r.first


@dataclass
class _Pending:
    """Ranges in text order, handed out block by block (a range may span several blocks)."""

    ranges: list[Range]
    i: int = 0

    def __post_init__(self) -> None:
        self.ranges.sort(key=lambda r: r.start)
        self.open: list[Range] = []

    def upto(self, a: int, b: int) -> list[Range]:
        while self.i < len(self.ranges) and self.ranges[self.i].start <= b:
            self.open.append(self.ranges[self.i])
            self.i += 1
        self.open = [r for r in self.open if r.end > a or (r.start == r.end and r.end >= a)]
        return [r for r in self.open if r.start < b or (r.start == r.end == b)]


def write_document(doc: Document, ranges: list[Range], shift: int = 1) -> str:
    """The document's blocks as HTML elements (heading levels moved down by ``shift``)."""
    pending = _Pending(ranges)
    written: set[int] = set()
    out: list[str] = []
    pos = 0
    page: int | None = None
    for group in _groups(doc):
        first = group[0]
        lead = _lead(doc.text, pos, first.span.start)
        out.append(write_gap(doc.text, pos, lead, pending, written))
        origin = doc.origin_at(first.span.start) if doc.origins else None
        if origin is not None and first.origin:
            # A PDF's page starts a new sheet; a Word paragraph's number stands in the margin.
            if origin.page is not None and origin.page != page:
                out.append(f'<p class="origin page">{escape(first.origin)}</p>')
                page = origin.page
            elif origin.page is None:
                out.append(f'<span class="origin para">{escape(first.origin)}</span>')
        out.append(_write_group(doc, group, pos, pending, written, shift))
        pos = group[-1].span.end
    out.append(write_gap(doc.text, pos, len(doc.text), pending, written))
    return "".join(out)


_MARKUP = re.compile(r"[ \t#>*+\-•|]*(?:\d+[.)][ \t]*)?")


def _lead(text: str, lo: int, start: int) -> int:
    """Where a block's markup begins ("## ", "- ", "1. ", "| "): the readers leave it out of
    the block, the page writes it inside the block's element."""
    line = max(lo, text.rfind("\n", lo, start) + 1)
    m = _MARKUP.match(text, line, start)
    return line if m is not None and m.end() == start else start


def write_gap(text: str, a: int, b: int, pending: _Pending, written: set[int]) -> str:
    """Text between blocks: blank lines, unless something stands or is marked there."""
    ranges = pending.upto(a, b)
    if a >= b or (not text[a:b].strip() and not any(r.rank == MARK for r in ranges)):
        return ""
    return f'<div class="gap">{write_inline(text, a, b, ranges, written)}</div>'


def _groups(doc: Document) -> Iterator[list[Block]]:
    """Blocks one by one, list items of one list and rows of one table together."""
    group: list[Block] = []
    for block in doc.blocks:
        if group and not _together(group[-1], block, doc.text):
            yield group
            group = []
        group.append(block)
    if group:
        yield group


def _together(a: Block, b: Block, text: str) -> bool:
    if a.kind != b.kind or a.kind not in ("list_item", "table_row"):
        return False
    if a.kind == "list_item":
        return a.list_id == b.list_id
    return "\n\n" not in text[a.span.end : b.span.start]


def _write_group(
    doc: Document, group: list[Block], pos: int, pending: _Pending, written: set[int], shift: int
) -> str:
    """One block, or a list's items, or a table's rows; ``pos`` is where the text before it
    ends."""
    kind = group[0].kind
    if kind == "list_item":
        items = []
        for block in group:
            items.append(_write_item(doc, block, pos, pending, written))
            pos = block.span.end
        return f'<ul class="list">{"".join(items)}</ul>'
    if kind == "table_row":
        return _write_table(doc, group, pos, pending, written)
    block = group[0]
    a, b = _lead(doc.text, pos, block.span.start), block.span.end
    ranges = pending.upto(a, b) + inline_ranges(block.text, block.span.start)
    ranges.append(syntax(a, block.span.start))
    inner = write_inline(doc.text, a, b, ranges, written)
    if kind == "heading":
        level = doc.text.count("#", a, block.span.start) or 2
        tag = f"h{min(6, level + shift)}"
        return f'<{tag} class="h{min(level, 6)}">{inner}</{tag}>'
    if kind in ("code", "html"):
        return f'<pre class="{kind}">{inner}</pre>'
    return f"<p>{inner}</p>"


def _write_item(doc: Document, block: Block, pos: int, pending: _Pending, written: set[int]) -> str:
    a, b = _lead(doc.text, pos, block.span.start), block.span.end
    ranges = pending.upto(a, b) + inline_ranges(block.text, block.span.start)
    m = _BULLET.match(doc.text, a, b)
    depth = 0
    numbered = ""
    if m:
        depth = len(m.group(1).replace("\t", "    ")) // 2
        if m.group(3):  # a number stays visible: it is part of what the editor reads
            numbered = " numbered"
            ranges.append(syntax(a, a + len(m.group(1))))
        else:
            ranges.append(syntax(a, m.end()))
    indent = f' style="margin-left:{depth}em"' if depth else ""
    body = write_inline(doc.text, a, b, ranges, written)
    return f'<li class="item{numbered}"{indent}>{body}</li>'


def _write_table(
    doc: Document, rows: list[Block], pos: int, pending: _Pending, written: set[int]
) -> str:
    table = _table_at(doc, rows[0].span.start)
    starts = _row_starts(table) if table is not None else []
    out: list[str] = []
    for block in rows:
        a, b = _lead(doc.text, pos, block.span.start), block.span.end
        if doc.text[pos:a].strip():  # a Markdown table's |---| line: kept, as syntax
            rule = write_inline(doc.text, pos, a, pending.upto(pos, a) + [syntax(pos, a)], written)
            if rule:
                out.append(f'<tr class="bare"><td colspan="99">{rule}</td></tr>')
        pos = b
        ranges = pending.upto(a, b) + inline_ranges(block.text, block.span.start)
        cells = _row_cells(table, starts, a, b) if table is not None else None
        if not cells:
            text = write_inline(doc.text, a, b, ranges + [syntax(a, b)], written)
            out.append(f'<tr class="bare"><td colspan="99">{text}</td></tr>')
            continue
        tds = []
        for i, cell in enumerate(cells):
            lo = a if i == 0 else cells[i - 1].span.end
            hi = b if i == len(cells) - 1 else cell.span.end
            pieces = ranges + [syntax(lo, cell.span.start), syntax(cell.span.end, hi)]
            tag = "th" if cell.header else "td"
            tds.append(f"<{tag}>{write_inline(doc.text, lo, hi, pieces, written)}</{tag}>")
        out.append(f"<tr>{''.join(tds)}</tr>")
    return f'<div class="table"><table>{"".join(out)}</table></div>'


def _table_at(doc: Document, offset: int) -> Table | None:
    for table in doc.tables:
        if table.span.start <= offset < max(table.span.end, table.span.start + 1):
            return table
    return None


def _row_starts(table: Table) -> list[int]:
    """Where each row's first cell starts (a row without cells: where the one before does)."""
    out: list[int] = []
    for row in table.rows:
        out.append(row[0].span.start if row else (out[-1] if out else -1))
    return out


def _row_cells(table: Table, starts: list[int], a: int, b: int) -> list[Cell] | None:
    """The cells of the table's row that the block [a, b) holds."""
    i = bisect.bisect_left(starts, a)
    if i < len(table.rows) and table.rows[i] and starts[i] <= b:
        return table.rows[i]
    return None
