"""A report as text with exact positions: blocks, lines and sentences.

The text is kept as given (BOM stripped, newlines normalised to ``\\n``, nothing else changed), so a
character offset into it can always be turned back into a 1-based line and column of the file.
This module is the model only; the readers in ``sitecheck.readers`` turn files into it.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Literal, overload

from sitecheck.line_units import box_units, captions_below, left_open, line_ends, wrapped_prose


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """Half-open character range [start, end) into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Position:
    line: int
    column: int


# What a block can be; every reader produces these kinds only (rules test them by name).
BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "code", "html"]


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a piece of the read text stands in the original file (Word, PDF or HTML).

    Word: the body paragraph (counted from 1, tables' paragraphs included) or the table, row and
    cell; PDF: the page; HTML: the source line and column.
    """

    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    line: int | None = None
    column: int | None = None
    note: str | None = None  # "footnote 2", "comment" for text outside the body

    def fields(self) -> dict[str, int | str]:
        """The fields that are set, for the JSON and SARIF outputs."""
        names = ("page", "paragraph", "table", "row", "cell", "line", "column", "note")
        return {n: v for n in names if (v := getattr(self, n)) is not None}

    def describe(self) -> str:
        """How an editor finds it: "page 3", "paragraph 45", "table 2, row 3, cell 1"."""
        return ", ".join(f"{k} {v}" if k != "note" else str(v) for k, v in self.fields().items())


@dataclass(slots=True)
class Block:
    """One structural block: heading, paragraph, list item, table row, code or HTML."""

    kind: BlockKind
    span: Span
    source: str  # the whole document text (shared, not copied): see ``text``
    bullet: str = ""  # the list marker ("-", "*", "1.") for list items
    list_id: int = -1  # list items of one list share an id
    box: bool | None = None  # a key-figure box? decided once by is_box_block
    origin: str | None = None  # where a Word, PDF or HTML reader found it ("page 3, paragraph 2")

    @property
    def text(self) -> str:
        """The block's own text, sliced on demand so that large reports are not held twice."""
        return self.source[self.span.start : self.span.end]


@dataclass(slots=True)
class Sentence:
    span: Span
    block: Block


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a table: its content's span (markup and padding excluded)."""

    span: Span
    header: bool = False  # a header cell (a Markdown table's head, a PDF table's first line)


# A table of one-digit cells has a cell every four characters; as objects (a cell, its span and
# two integers) they took about 160 bytes each, 40 times the text. A Grid keeps each cell's start
# and end in one array (17 bytes a cell) and builds a row's cells only when the row is read.
class Grid(Sequence[list[Cell]]):
    """Rows of cells, read-only; ``grid[r]`` is a new list of the row's cells."""

    __slots__ = ("_bounds", "_headers", "_row_starts", "width")

    def __init__(self, rows: Iterable[Sequence[Cell]] = ()) -> None:
        self._bounds = array("q")  # start, end of every cell, row after row
        self._headers = bytearray()  # 1 for a header cell
        self._row_starts = array("q", [0])  # index of each row's first cell; one more at the end
        self.width = 0  # cells in the widest row
        for row in rows:
            self.append(row)

    def append(self, row: Sequence[Cell]) -> None:
        for cell in row:
            self._bounds.extend((cell.span.start, cell.span.end))
            self._headers.append(cell.header)
        self._row_starts.append(len(self._headers))
        self.width = max(self.width, len(row))

    def __len__(self) -> int:
        return len(self._row_starts) - 1

    @overload
    def __getitem__(self, index: int) -> list[Cell]: ...

    @overload
    def __getitem__(self, index: slice) -> list[list[Cell]]: ...

    def __getitem__(self, index: int | slice) -> list[Cell] | list[list[Cell]]:
        if isinstance(index, slice):
            return [self._row(r) for r in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._row(index)

    def __iter__(self) -> Iterator[list[Cell]]:
        return (self._row(r) for r in range(len(self)))

    def _row(self, r: int) -> list[Cell]:
        bounds, headers = self._bounds, self._headers
        return [
            Cell(Span(bounds[2 * k], bounds[2 * k + 1]), bool(headers[k]))
            for k in range(self._row_starts[r], self._row_starts[r + 1])
        ]

    def row_width(self, r: int) -> int:
        return self._row_starts[r + 1] - self._row_starts[r]


@dataclass(slots=True)
class Table:
    """A grid of cells as a reader found it: rows in order, each a list of cells.

    Rows may have fewer cells than the widest row (a PDF line with an empty last cell); a cell
    whose content is empty has an empty span at the place it would stand.
    """

    rows: Grid
    span: Span
    source: str  # "markdown" (a pipe table) or "text" (columns set apart by runs of spaces)
    origin: str | None = None  # where a Word, PDF or HTML reader found it

    @property
    def width(self) -> int:
        return self.rows.width

    def cell(self, row: int, col: int) -> Cell | None:
        cells = self.rows[row]
        return cells[col] if col < len(cells) else None


@dataclass
class Document:
    text: str
    path: str | None = None
    blocks: list[Block] = field(default_factory=list)
    language: str = "en"  # the code of the lexicon the report is read with (sitecheck.lang)
    tables: list[Table] = field(default_factory=list)
    # Where the read text came from, for Word, PDF and HTML: ascending start offsets of pieces
    # of the text, and each piece's origin (a column within a piece counts on from its start).
    origin_starts: list[int] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)

    def origin_at(self, offset: int) -> Origin | None:
        """Where a character of the read text stands in the original file (None: not known)."""
        i = bisect.bisect_right(self.origin_starts, offset) - 1
        if i < 0:
            return None
        found = self.origins[i]
        if found.column is None or found.line is None:
            return found
        delta = offset - self.origin_starts[i]
        return Origin(line=found.line, column=found.column + delta)

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", self.text))
        return starts

    def position(self, offset: int) -> Position:
        """1-based line and column (in code points) of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return Position(line + 1, offset - self._line_starts[line] + 1)

    def end_position(self, span: Span) -> Position:
        """Line and column of the last character of a span (inclusive), as editors show it."""
        if span.end <= span.start:
            return self.position(span.start)
        pos = self.position(span.end - 1)
        return Position(pos.line, pos.column + 1)

    def line_text(self, line: int) -> str:
        starts = self._line_starts
        start = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        return self.text[start:end]

    def view(self, blocks: list[Block]) -> Document:
        """The same text with only some of its blocks: a piece of a large report."""
        lo = blocks[0].span.start if blocks else 0
        hi = blocks[-1].span.end if blocks else 0
        # A table cut by the piece's edge is in no piece: a total read without all its rows
        # would be a false alarm.
        tables = [t for t in self.tables if lo <= t.span.start and t.span.end <= hi]
        piece = Document(
            text=self.text,
            path=self.path,
            blocks=blocks,
            language=self.language,
            tables=tables,
            origin_starts=self.origin_starts,
            origins=self.origins,
        )
        piece.__dict__["_line_starts"] = self._line_starts  # shared, not recomputed
        piece.__dict__["lowered"] = self.lowered
        first = self.text.rfind("\n", 0, lo) + 1
        last = self.text.find("\n", hi)
        piece.__dict__["extent"] = (first, len(self.text) if last < 0 else last)
        return piece

    @cached_property
    def lowered(self) -> str:
        """The text in lower case, once: whether a word occurs anywhere is asked of it by
        substring, far faster than a case-blind pattern over a long report."""
        return self.text.lower()

    @cached_property
    def extent(self) -> tuple[int, int]:
        """Where its lines are: the whole text, or the lines of a piece's blocks (what a pass
        that reads the text line by line reads, so that the pieces of a large report are read
        once in all, not once each)."""
        return 0, len(self.text)

    @property
    def line_count(self) -> int:
        return len(self._line_starts)

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    @cached_property
    def sentences(self) -> list[Sentence]:
        out: list[Sentence] = []
        for block in self.blocks:
            if block.kind == "code":
                continue
            out.extend(Sentence(span, block) for span in split_sentences(block, self.language))
        return out

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.span.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].span.end:
            return self.sentences[i]
        return None


def line_start(text: str, pos: int, window: int = 200) -> int:
    """Start of the line holding ``pos``, looking back at most ``window`` characters.

    Bounded so that a report written on one enormous line is not scanned again for every figure.
    """
    lo = max(0, pos - window)
    found = text.rfind("\n", lo, pos)
    return found + 1 if found >= 0 else lo


# ---------------------------------------------------------------------------------------------
# Sentences

# A sentence ends at a stop followed by a capital, a digit or a bullet (any Latin script).
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-ZÀ-ÖØ-Þ¿¡0-9•\-–])")
_LAST_WORD = re.compile(r"([\w.°º]+)[.]+$")


def is_box_block(block: Block) -> bool:
    """A key-figure box: several short lines, none of them a sentence."""
    if block.box is None:
        block.box = _is_box(block)
    return block.box


def _is_box(block: Block) -> bool:
    # A line of a lone bullet glyph ("-" flattened from a PDF) is no caption: not counted.
    lines = [ln for ln in block.text.split("\n") if any(c.isalnum() for c in ln)]
    if len(lines) < 2:
        return False
    if _runs_on(lines) >= min(2, len(lines) - 1) or wrapped_prose(lines):
        return False  # prose hard-wrapped at 30 to 60 characters, not captions
    short = sum(1 for ln in lines if len(ln) <= 60 and not ln.rstrip().endswith((".", ";")))
    # Captions are a few words; prose wrapped at 60 characters runs to ten words a line.
    words = sum(len(ln.split()) for ln in lines) / len(lines)
    return short == len(lines) and words <= 6


def _runs_on(lines: list[str]) -> int:
    """How many lines of prose length go on in lower case on the next line ("… pledged more /
    than $71 million …"); a caption wrapped in a box is shorter ("People staying in schools /
    and other collective shelters")."""
    return sum(
        1
        for a, b in zip(lines, lines[1:], strict=False)
        if len(a.strip()) >= _PROSE_LINE and (b.lstrip()[:1].islower() or left_open(a))
    )


_PROSE_LINE = 40


@cache
def _abbreviations(language: str) -> frozenset[str]:
    """Words that end in a stop without ending a sentence ("No.", "approx.", "Sept.")."""
    from sitecheck.lang import lexicon

    lex = lexicon(language)
    return frozenset((*lex.abbreviations, *lex.month_abbreviations))


def split_sentences(block: Block, language: str = "en") -> Iterator[Span]:
    """Sentence spans of a block; each line of a key-figure box is its own unit."""
    base = block.span.start
    text = block.text
    if is_box_block(block):
        yield from (Span(base + s, base + e) for s, e in box_units(text))
        return
    abbreviations = _abbreviations(language)
    ends = [
        m.end()
        for m in _SENTENCE_END.finditer(text)
        if not _abbreviated(text, m.start() + 1, abbreviations)
    ]
    if text.count("\n") >= 2:  # one or two lines: no line ends a unit of its own
        above = block.source[max(0, block.span.start - 200) : block.span.start]
        ends = sorted({*ends, *line_ends(text, language, captions_below(text, above))})
    start = 0
    for end in ends:
        if end <= start:
            continue
        yield _trimmed(base, text, start, end)
        start = end
    if text[start:].strip():
        yield _trimmed(base, text, start, len(text))


def _abbreviated(text: str, end: int, abbreviations: frozenset[str]) -> bool:
    """Whether the stop right before ``end`` closes an abbreviation ("No.", "approx.")."""
    word = _LAST_WORD.search(text, max(0, end - 40), end)
    return word is not None and word.group(1).lower().rstrip(".") in abbreviations


def _trimmed(base: int, text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(base + start, base + end)
