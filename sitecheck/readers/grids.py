"""Tables as grids of cells with exact spans: Markdown pipe tables and PDF-shaped text tables.

A pipe row is cut at its unescaped pipes. A PDF transcription lays a table out as lines whose
cells are set apart by runs of spaces; such lines are read as a table only where the layout is
unambiguous: three lines or more in a row, each cut by runs of two spaces or more (or tabs) into
the same number of cells, three or more, and figures in most of them. A single space may stand
inside a cell ("1 204", "Cabo Delgado"), so a line cut only by single spaces is never a row.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sitecheck.document import Cell, Document, Span, Table

_PIPE = re.compile(r"(?<!\\)\|")
_GAP = re.compile(r"\t+ *| {2,}\t*")
_DIGIT = re.compile(r"\d")
_MIN_ROWS = 3
_MIN_CELLS = 3


def pipe_cells(text: str, start: int, end: int, header: bool = False) -> list[Cell]:
    """The cells of one pipe row ``text[start:end]``, outer pipes optional."""
    line = text[start:end]
    bars = [m.start() for m in _PIPE.finditer(line)]
    stripped = line.strip()
    edges = list(bars)
    if not stripped.startswith("|"):
        edges.insert(0, -1)
    if not stripped.endswith("|") or (bars and line.rstrip().endswith("\\|")):
        edges.append(len(line))
    out = []
    for a, b in zip(edges, edges[1:], strict=False):
        s, e = a + 1, b
        while s < e and line[s] in " \t":
            s += 1
        while e > s and line[e - 1] in " \t":
            e -= 1
        out.append(Cell(Span(start + s, start + e), header))
    return out


def markdown_table(doc: Document, rows: list[tuple[int, int, bool]]) -> Table | None:
    """A pipe table from its rows: (start, end, is_header) of each row's line."""
    grid = [pipe_cells(doc.text, s, e, h) for s, e, h in rows]
    grid = [r for r in grid if r]
    if not grid:
        return None
    return Table(grid, Span(rows[0][0], rows[-1][1]), "markdown")


def _text_cells(text: str, start: int, end: int) -> list[Cell]:
    line = text[start:end]
    lead = len(line) - len(line.lstrip())
    body_end = len(line.rstrip())
    out: list[Cell] = []
    pos = lead
    for gap in _GAP.finditer(line, lead, body_end):
        out.append(Cell(Span(start + pos, start + gap.start())))
        pos = gap.end()
    out.append(Cell(Span(start + pos, start + body_end)))
    return out


def text_tables(doc: Document) -> Iterator[Table]:
    """Tables laid out with runs of spaces in paragraphs (PDF transcriptions). An indented
    header line parses as a block of its own: lines of blocks with no blank line between them
    are read together."""
    text = doc.text
    group: list[tuple[int, int]] = []
    for block in doc.blocks:
        if block.kind != "paragraph":
            yield from _runs(text, group)
            group = []
            continue
        first = text.rfind("\n", 0, block.span.start) + 1
        if group and text[group[-1][1] : first].count("\n") > 1:
            yield from _runs(text, group)
            group = []
        pos = first
        for line in text[first : block.span.end].split("\n"):
            group.append((pos, pos + len(line)))
            pos += len(line) + 1
    yield from _runs(text, group)


def _runs(text: str, lines: list[tuple[int, int]]) -> Iterator[Table]:
    parsed = [_text_cells(text, s, e) for s, e in lines]
    i = 0
    while i < len(parsed):
        n = len(parsed[i])
        j = i
        while j + 1 < len(parsed) and len(parsed[j + 1]) == n:
            j += 1
        rows = parsed[i : j + 1]
        first = i
        # A header one cell short of the rows under it: its label cell is empty ("  Cases  Deaths").
        if (
            i > 0
            and len(parsed[i - 1]) == n - 1
            and text[lines[i - 1][0] : lines[i - 1][0] + 1] in (" ", "\t")
            and not _has_digit(text, parsed[i - 1])
        ):
            head = parsed[i - 1]
            rows = [[Cell(Span(head[0].span.start, head[0].span.start)), *head], *rows]
            first = i - 1
        if n >= _MIN_CELLS and len(rows) >= _MIN_ROWS and _figured(text, rows):
            if not _has_digit(text, rows[0]):
                rows[0] = [Cell(c.span, True) for c in rows[0]]
            yield Table(rows, Span(lines[first][0], lines[j][1]), "text")
        i = j + 1


def _has_digit(text: str, cells: list[Cell]) -> bool:
    return any(_DIGIT.search(text[c.span.start : c.span.end]) for c in cells)


def _figured(text: str, rows: list[list[Cell]]) -> bool:
    """Figures in most cells past the first column: a table of figures, not spaced prose."""
    body = [c for r in rows[1:] for c in r[1:]]
    with_digits = sum(1 for c in body if _DIGIT.search(text[c.span.start : c.span.end]))
    return bool(body) and with_digits * 2 >= len(body)
