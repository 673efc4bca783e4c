"""Tables as grids of cells with exact spans: Markdown pipe tables and PDF-shaped text tables.

A pipe row is cut at its unescaped pipes. A PDF transcription lays a table out as lines whose
cells are set apart by runs of spaces; such lines are read as a table only where the layout is
unambiguous: three lines or more in a row, each cut by runs of two spaces or more (or tabs) into
the same number of cells, three or more, and figures in most of them. A single space may stand
inside a cell ("1 204", "Cabo Delgado"), so a line cut only by single spaces is never a row.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from sitecheck.document import Cell, Document, Grid, Span, Table
from sitecheck.lang import alternation
from sitecheck.lang.neutral import NEUTRAL

_PIPE = re.compile(r"(?<!\\)\|")
_GAP = re.compile(r"\t+ *| {2,}\t*")
_DIGIT = re.compile(r"\d")
# A cell that is a figure: digits, separators, signs, a unit sign and a scale or qualifier
# ("1 204", "7.14", "12%", "1.91 M Approx.").
_FIGURE_CELL = re.compile(
    rf"(?:(?:{alternation(NEUTRAL.currency_prefixes)})\s?)?"
    r"[\W_]*\d[\d.,\s\u00a0\u202f%]*[^\w\s]*(?:\s+[^\W\d_]{1,8}\.?){0,2}[^\w\s]*"
)
_REMARK = re.compile(r"\s*\([^()]*\)\W*$")
_SERIAL = re.compile(r"\d{1,3}[.)]")
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
    grid = Grid(row for row in (pipe_cells(doc.text, s, e, h) for s, e, h in rows) if row)
    if not grid:
        return None
    return Table(grid, Span(rows[0][0], rows[-1][1]), "markdown")


def _text_cells(text: str, start: int, end: int) -> list[Cell]:
    line = text[start:end]
    if not line.strip():
        return []  # a line of blanks ("\f", a form feed from a PDF) has no cell
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
    runs = _Runs(text)
    last_end = -1  # the end of the group's last line; -1 when no group is open
    for block in doc.blocks:
        if block.kind not in ("paragraph", "list_item"):  # "1.  Sindh  198": a numbered row
            yield from runs.close()
            last_end = -1
            continue
        first = text.rfind("\n", 0, block.span.start) + 1
        if last_end >= 0 and text[last_end:first].count("\n") > 1:
            yield from runs.close()
        pos = first
        for line in text[first : block.span.end].split("\n"):
            yield from runs.add(pos, pos + len(line))
            pos += len(line) + 1
        last_end = pos - 1
    yield from runs.close()


class _Runs:
    """Tables among a group's lines: runs of lines of two cells or more. Lines are read one at
    a time and only a run's are kept (a roster of 100,000 one-cell lines is never held)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines: list[tuple[int, int]] = []
        self.cells: list[list[Cell]] = []

    def add(self, start: int, end: int) -> Iterator[Table]:
        cells = _text_cells(self.text, start, end)
        if len(cells) >= 2:
            self.lines.append((start, end))
            self.cells.append(cells)
        else:
            yield from self.close()

    def close(self) -> Iterator[Table]:
        if self.cells:
            yield from _tables_in(self.text, self.lines, self.cells)
            self.lines, self.cells = [], []


def _tables_in(
    text: str, lines: list[tuple[int, int]], parsed: list[list[Cell]]
) -> Iterator[Table]:
    """The table of a run of lines: its width is the commonest count of cells. A line with
    fewer cells is placed only where that is unambiguous: the cells it lacks stand in columns
    of words (a serial number, a place, "Week 43"), never among the figures; a header line
    lacks the label column's head. Any other line ends the table."""
    counts = Counter(len(p) for p in parsed if len(p) >= _MIN_CELLS)
    widths = [w for w, times in counts.items() if times >= 2]
    if not widths:
        return
    n = max(widths)  # the widest layout seen twice: narrower lines lack a cell or two
    kinds = _column_kinds(text, [p for p in parsed if len(p) == n], n)
    rows: list[list[Cell]] = []
    spans: list[tuple[int, int]] = []
    for (s, e), cells in zip(lines, parsed, strict=True):
        placed = _placed(text, cells, n, kinds, not rows)
        if placed is None:
            yield from _table(text, rows, spans)
            rows, spans = [], []
            placed = _placed(text, cells, n, kinds, True)
            if placed is None:
                continue
        rows.append(placed)
        spans.append((s, e))
    yield from _table(text, rows, spans)


def _placed(
    text: str, cells: list[Cell], n: int, kinds: list[str], first: bool
) -> list[Cell] | None:
    """A line of fewer cells, placed where each of its cells fits its column's kind (words,
    figures, percentages): after its label with the columns next to it left empty, or with
    its last columns empty. Two different fits, or none, leave it out."""
    k = len(cells)
    if k == n:
        return cells
    if k > n or k < 2:
        return None

    def gap(at: int) -> Cell:
        return Cell(Span(at, at))

    if first and not _has_digit(text, cells) and kinds[0] == "words":
        return [*([gap(cells[0].span.start)] * (n - k)), *cells]
    options = [[*cells, *([gap(cells[-1].span.end)] * (n - k))]]
    words = [c for c in range(1, n) if kinds[c] == "words"]
    if all(kind == "words" for kind in kinds[1 : n - k + 1]):
        # The cells it lacks are words beside its label (a place, "Week 43"), not figures.
        options.append([cells[0], *([gap(cells[0].span.end)] * (n - k)), *cells[1:]])
    elif len(words) == n - k:
        # … or every column of words ("Week 43", "DEN 1,3") wherever it stands.
        rest = iter(cells[1:])
        options.append(
            [cells[0], *(gap(cells[0].span.end) if c in words else next(rest) for c in range(1, n))]
        )
    fits = [
        o for o in options if all(_fits(text, c, kind) for c, kind in zip(o, kinds, strict=True))
    ]
    return fits[0] if len(fits) == 1 else None


def _kind(text: str) -> str:
    text = _REMARK.sub("", text)  # "5,187 (as of 30 September)" is a figure with a remark
    if not text:
        return "empty"
    if _FIGURE_CELL.fullmatch(text) and not _SERIAL.fullmatch(text):
        return "percent" if "%" in text else "figures"
    return "words"


def _fits(text: str, cell: Cell, kind: str) -> bool:
    got = _kind(text[cell.span.start : cell.span.end])
    return got in ("empty", kind)


def _column_kinds(text: str, full: list[list[Cell]], n: int) -> list[str]:
    """Each column's commonest kind of cell (words, figures, percentages) in the full rows."""
    out = []
    for c in range(n):
        kinds = Counter(_kind(text[r[c].span.start : r[c].span.end]) for r in full[1:] or full)
        kinds.pop("empty", None)
        out.append(kinds.most_common(1)[0][0] if kinds else "empty")
    return out


def _table(text: str, rows: list[list[Cell]], spans: list[tuple[int, int]]) -> Iterator[Table]:
    if (len(rows) >= _MIN_ROWS or _strip(text, rows)) and _figured(text, rows):
        if not _has_digit(text, rows[0]) or (len(rows) == 2 and _captions(text, rows[0])):
            rows[0] = [Cell(c.span, True) for c in rows[0]]
        yield Table(Grid(rows), Span(spans[0][0], spans[-1][1]), "text")


def _strip(text: str, rows: list[list[Cell]]) -> bool:
    """A key-figure strip of two lines: a line of captions over a line of figures (its first
    cell may be the row's label)."""
    if len(rows) != 2 or not _captions(text, rows[0]):
        return False
    return all(_kind(text[c.span.start : c.span.end]) != "words" for c in rows[1][1:])


def _captions(text: str, cells: list[Cell]) -> bool:
    """A line of captions: words in every cell, an age in one may hold digits ("Menores de 18
    anos")."""
    return all(_kind(text[c.span.start : c.span.end]) == "words" for c in cells)


def _has_digit(text: str, cells: list[Cell]) -> bool:
    return any(_DIGIT.search(text[c.span.start : c.span.end]) for c in cells)


def _figured(text: str, rows: list[list[Cell]]) -> bool:
    """Figures in most cells past the first column: a table of figures, not spaced prose."""
    body = [c for r in rows[1:] for c in r[1:]]
    with_digits = sum(1 for c in body if _DIGIT.search(text[c.span.start : c.span.end]))
    return bool(body) and with_digits * 2 >= len(body)
