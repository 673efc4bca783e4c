"""A report as text with exact positions: blocks, lines and sentences.

The text is kept as given (BOM stripped, newlines normalised to ``\\n``, nothing else changed), so a
character offset into it can always be turned back into a 1-based line and column of the file.
Blocks come from a CommonMark parser (markdown-it-py), which also copes with plain text pulled out
of PDFs: every run of lines becomes a paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from sitecheck.errors import InputError

# Files larger than this are refused: a report is tens of kilobytes, an archive dump is not one,
# and refusing keeps memory bounded (checking costs about 25 bytes per byte of text).
MAX_BYTES = 16 * 1024 * 1024


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


@dataclass(slots=True)
class Block:
    """One structural block: heading, paragraph, list item, table row, footnote or code."""

    kind: str
    span: Span
    source: str  # the whole document text (shared, not copied): see ``text``
    bullet: str = ""  # the list marker ("-", "*", "1.") for list items
    list_id: int = -1  # list items of one list share an id
    box: bool | None = None  # a key-figure box? decided once by is_box_block

    @property
    def text(self) -> str:
        """The block's own text, sliced on demand so that large reports are not held twice."""
        return self.source[self.span.start : self.span.end]


@dataclass(slots=True)
class Sentence:
    span: Span
    block: Block


@dataclass
class Document:
    text: str
    path: str | None = None
    blocks: list[Block] = field(default_factory=list)
    language: str = "en"  # the code of the lexicon the report is read with (sitecheck.lang)

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
        piece = Document(text=self.text, path=self.path, blocks=blocks, language=self.language)
        piece.__dict__["_line_starts"] = self._line_starts  # shared, not recomputed
        return piece

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
            out.extend(Sentence(span, block) for span in split_sentences(block))
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
# Reading files


def read_report(path: str | Path) -> str:
    """Read a report as text; raise InputError with a one-line reason when it cannot be."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if p.is_dir():
        raise InputError(f"{path}: is a folder, not a report")
    if size > MAX_BYTES:
        raise InputError(
            f"{path}: {size / (1024 * 1024):.0f} MB is larger than the 16 MB limit for one report"
        )
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    return decode_report(raw, str(path))


def decode_report(raw: bytes, name: str = "<input>") -> str:
    """Decode UTF-8 (with or without BOM); refuse binary data and other encodings clearly."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: UTF-16 text is not supported; save the report as UTF-8")
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: binary file, not a text report")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "save the report as UTF-8"
        ) from None
    return normalise_text(text)


def normalise_text(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------------------------
# Blocks

_LIST_MARKER = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_HEADING_MARKER = re.compile(r"[ \t]*#{1,6}(?:[ \t]+|$)")
_QUOTE_MARKER = re.compile(r"[ \t]*(?:>[ \t]?)+")


# Large inputs are parsed in pieces of about this size, cut at blank lines that no Markdown
# construct spans, so that the parser's tokens never hold more than one piece in memory.
_PIECE = 256 * 1024
_LIST_START = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def _pieces(lines: list[str]) -> Iterator[tuple[int, int]]:
    """(first, end) line ranges that can be parsed independently."""
    first, size = 0, 0
    fence: str | None = None
    in_comment = False
    for i, line in enumerate(lines):
        size += len(line) + 1
        stripped = line.lstrip()
        if fence is not None:
            if stripped.startswith(fence):
                fence = None
            continue
        if stripped.startswith(("```", "~~~")):
            fence = stripped[:3]
            continue
        if in_comment:
            in_comment = "-->" not in line
            continue
        if "<!--" in line and "-->" not in line[line.index("<!--") :]:
            in_comment = True
            continue
        if size >= _PIECE and not line.strip() and i + 1 < len(lines):
            nxt = lines[i + 1]
            if nxt and not nxt[0].isspace() and not _LIST_START.match(nxt):
                yield first, i + 1
                first, size = i + 1, 0
    yield first, len(lines)


def parse_document(text: str, path: str | None = None) -> Document:
    """Split normalised text into blocks with exact spans."""
    from markdown_it import MarkdownIt  # imported here: only a check needs it

    md = MarkdownIt("commonmark").enable("table")
    md.core.ruler.disable(["inline", "text_join"])  # inline markup is scanned with spans later
    lines = text.split("\n")
    # Whole lines, each ending just before its newline.
    starts: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    ends = [s + len(line) for s, line in zip(starts, lines, strict=True)]
    doc = Document(text=text, path=path)
    list_counter = 0
    for first, end in _pieces(lines):
        list_counter = _parse_piece(
            md, doc, "\n".join(lines[first:end]), first, starts, ends, list_counter
        )
    doc.blocks.sort(key=lambda b: b.span.start)
    _rejoin_orphan_lines(doc, starts, ends)
    return doc


def _rejoin_orphan_lines(doc: Document, starts: list[int], ends: list[int]) -> None:
    """Give back lines the Markdown parser left out of every block.

    In text wrapped by a PDF export, a line such as "2023." right under a list item parses as an
    empty ordered-list item and would cut the sentence in two; it belongs to the block above.
    """
    covered = bytearray(len(starts))
    for block in doc.blocks:
        first = bisect.bisect_right(starts, block.span.start) - 1
        last = bisect.bisect_right(starts, max(block.span.start, block.span.end - 1)) - 1
        covered[first : last + 1] = b"\x01" * (last - first + 1)
    by_end = {
        bisect.bisect_right(starts, max(b.span.start, b.span.end - 1)) - 1: b
        for b in doc.blocks
        if b.kind in ("paragraph", "list_item")
    }
    for i in range(1, len(starts)):
        line = doc.text[starts[i] : ends[i]]
        if covered[i] or not line.strip() or i - 1 not in by_end:
            continue
        if not re.fullmatch(r"\s*\d{3,9}[.)]\s*\S?.*", line):
            continue  # only the mis-parsed "2023." kind of line
        block = by_end.pop(i - 1)
        end = ends[i]
        while end > starts[i] and doc.text[end - 1] in " \t":
            end -= 1
        block.span = Span(block.span.start, end)
        covered[i] = 1
        by_end[i] = block


def _parse_piece(
    md: Any,
    doc: Document,
    piece: str,
    offset: int,
    starts: list[int],
    ends: list[int],
    list_counter: int,
) -> int:
    pending_item = False
    list_stack: list[int] = []
    in_row = False
    for tok in md.parse(piece):
        t = tok.type
        line_map = [tok.map[0] + offset, tok.map[1] + offset] if tok.map else None
        if t in ("bullet_list_open", "ordered_list_open"):
            list_counter += 1
            list_stack.append(list_counter)
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_stack.pop()
        elif t == "list_item_open":
            pending_item = True
        elif t == "tr_open" and line_map:
            in_row = True
            _add_block(doc, "table_row", line_map, starts, ends)
        elif t == "tr_close":
            in_row = False
        elif t in ("heading_open", "paragraph_open", "code_block", "fence", "html_block"):
            if not line_map or in_row:
                continue
            kind = {
                "heading_open": "heading",
                "paragraph_open": "paragraph",
                "code_block": "paragraph",  # indented text from PDFs is prose, not code
                "fence": "code",
                "html_block": "html",
            }[t]
            if pending_item and kind == "paragraph":
                kind = "list_item"
                pending_item = False
            block = _add_block(doc, kind, line_map, starts, ends)
            if block is not None and kind == "list_item":
                block.list_id = list_stack[-1] if list_stack else -1
    return list_counter


def _add_block(
    doc: Document,
    kind: str,
    line_map: list[int],
    starts: list[int],
    ends: list[int],
) -> Block | None:
    first, last = line_map[0], min(line_map[1], len(starts)) - 1
    if last < first:
        return None
    start = starts[first]
    end = ends[last]
    line = doc.text[start : ends[first]]
    if kind == "list_item":
        m = _LIST_MARKER.match(line)
        bullet = m.group(0).strip() if m else ""
        start += m.end() if m else 0
        if m is None:
            q = _QUOTE_MARKER.match(line)
            start += q.end() if q else 0
    else:
        bullet = ""
        q = _QUOTE_MARKER.match(line)
        if q:
            start += q.end()
        if kind == "heading":
            h = _HEADING_MARKER.match(doc.text, start, ends[first])
            if h:
                start = h.end()
    # Trim surrounding white space so that the span covers the content only.
    while start < end and doc.text[start] in " \t":
        start += 1
    while end > start and doc.text[end - 1] in " \t\n":
        end -= 1
    if kind == "heading" and re.fullmatch(r"[\s#]*", doc.text[start:end]):
        return None
    block = Block(kind=kind, span=Span(start, end), source=doc.text, bullet=bullet)
    doc.blocks.append(block)
    return block


# ---------------------------------------------------------------------------------------------
# Sentences

_ABBREVIATIONS = {
    "no",
    "nos",
    "nº",
    "n°",
    "art",
    "arts",
    "approx",
    "aprox",
    "dr",
    "mr",
    "mrs",
    "ms",
    "st",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "sr",
    "sra",
    "dept",
    "inc",
    "ltd",
    "fig",
    "p",
    "pp",
    "núm",
    "num",
    "u.s",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-ZÁÉÍÓÚÑ¿¡0-9•\-–])")


def is_box_block(block: Block) -> bool:
    """A key-figure box: several short lines, none of them a sentence."""
    if block.box is None:
        block.box = _is_box(block)
    return block.box


def _is_box(block: Block) -> bool:
    lines = [ln for ln in block.text.split("\n") if ln.strip()]
    if len(lines) < 2:
        return False
    short = sum(1 for ln in lines if len(ln) <= 60 and not ln.rstrip().endswith((".", ";")))
    # Captions are a few words; prose wrapped at 60 characters runs to ten words a line.
    words = sum(len(ln.split()) for ln in lines) / len(lines)
    return short == len(lines) and words <= 6


def split_sentences(block: Block) -> Iterator[Span]:
    """Sentence spans of a block; each line of a key-figure box is its own unit."""
    base = block.span.start
    text = block.text
    if is_box_block(block):
        pos = 0
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped:
                lead = len(line) - len(line.lstrip())
                yield Span(base + pos + lead, base + pos + lead + len(stripped))
            pos += len(line) + 1
        return
    start = 0
    for m in _SENTENCE_END.finditer(text):
        word = re.search(r"([\w.°º]+)[.]+$", text[start : m.start() + 1])
        if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        end = m.end()
        yield _trimmed(base, text, start, end)
        start = end
    if text[start:].strip():
        yield _trimmed(base, text, start, len(text))


def _trimmed(base: int, text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(base + start, base + end)
