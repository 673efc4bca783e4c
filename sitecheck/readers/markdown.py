"""Markdown and plain text: blocks with exact spans, from a CommonMark parser (markdown-it-py).

Plain text pulled out of PDFs parses too: every run of lines becomes a paragraph. markdown-it is
imported only when a document is parsed, so that importing sitecheck stays lean.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitecheck.document import Block, BlockKind, Document, Span
from sitecheck.readers.decode import decode_report, normalise_text, read_report
from sitecheck.readers.grids import markdown_table, text_tables
from sitecheck.readers.rejoin import rejoin_broken_paragraphs


class MarkdownReader:
    """Markdown and plain text (UTF-8): the reader of every report format sitecheck started with."""

    suffixes: tuple[str, ...] = (".md", ".markdown", ".txt")

    def from_path(self, path: str | os.PathLike[str]) -> Document:
        return parse_document(read_report(Path(path)), str(path))

    def from_bytes(self, raw: bytes, path: str | None = None) -> Document:
        return parse_document(decode_report(raw, path or "<input>"), path)

    def from_text(self, text: str, path: str | None = None) -> Document:
        return parse_document(normalise_text(text), path)


_LIST_MARKER = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)")
_HEADING_MARKER = re.compile(r"[ \t]*#{1,6}(?:[ \t]+|$)")
_QUOTE_MARKER = re.compile(r"[ \t]*(?:>[ \t]?)+")
_TOKEN_KINDS: dict[str, BlockKind] = {
    "heading_open": "heading",
    "paragraph_open": "paragraph",
    "code_block": "paragraph",  # indented text from PDFs is prose, not code
    "fence": "code",
    "html_block": "html",
}


# Large inputs are parsed in pieces of about this size, cut at blank lines that no Markdown
# construct spans, so that the parser's tokens never hold more than one piece in memory.
_PIECE = 256 * 1024
# A list of one line per item is cut sooner: its tokens (five objects an item) weigh some fifty
# times its text.
_LIST_PIECE = 64 * 1024
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
        elif size >= _LIST_PIECE and _LIST_START.match(line) and _LIST_START.match(lines[i - 1]):
            # A list of one line per item with no blank line (a roster of 100,000 names) is
            # cut between two items; the next piece carries the list on (see _parse_piece).
            yield first, i
            first, size = i, len(line) + 1
    yield first, len(lines)


def parse_document(text: str, path: str | None = None) -> Document:
    """Split normalised text into blocks with exact spans."""
    from markdown_it import MarkdownIt  # imported here: only a check needs it

    md = MarkdownIt("commonmark").enable("table")
    md.core.ruler.disable(["inline", "text_join"])  # inline markup is scanned with spans later
    # "[^1]: UNICEF." is a footnote, not a link reference to be swallowed: keep it as text.
    md.block.ruler.disable(["reference"])
    lines = text.split("\n")
    # Whole lines, each ending just before its newline.
    starts: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    ends = [s + len(line) for s, line in zip(starts, lines, strict=True)]
    doc = Document(text=text, path=path)
    lists = _Lists()
    for first, end in _pieces(lines):
        lists.carried = lists.open if _LIST_START.match(lines[first]) else None
        _parse_piece(md, doc, "\n".join(lines[first:end]), first, starts, ends, lists)
    doc.blocks.sort(key=lambda b: b.span.start)
    _rejoin_orphan_lines(doc, starts, ends)
    rejoin_broken_paragraphs(doc)
    doc.tables.extend(text_tables(doc))
    doc.tables.sort(key=lambda t: t.span.start)
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
    # The blocks that end just above a line no block covers (only those: a dict of every block
    # of a 100,000-line roster weighed four times its text).
    by_end: dict[int, Block] = {}
    for b in doc.blocks:
        if b.kind in ("paragraph", "list_item"):
            last = bisect.bisect_right(starts, max(b.span.start, b.span.end - 1)) - 1
            if last + 1 < len(starts) and not covered[last + 1]:
                by_end[last] = b
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


# Tokens no block is made from: a table's cells are read from its text (readers.grids), and
# inline content is scanned later. Kept, they were most of the memory of a long table: three
# tokens of some 400 bytes for every cell (a 1 MB table of one-digit cells took 590 MB).
_UNREAD = frozenset({"inline", "td_open", "td_close", "th_open", "th_close"})


class _KeptTokens(list[Any]):
    """markdown-it's list of tokens, keeping only those sitecheck reads."""

    def append(self, token: Any) -> None:
        if token.type not in _UNREAD:
            super().append(token)


def _block_tokens(md: Any, text: str) -> list[Any]:
    """``md.parse(text)``, without the tokens in _UNREAD ever being held."""
    from markdown_it.rules_core import StateCore

    state = StateCore(text, md, {})
    state.tokens = _KeptTokens()
    md.core.process(state)
    return state.tokens


class _Lists:
    """List ids across the pieces of a report: the last one given, the top-level list open at
    the end of the piece before, and the one a piece that opens on an item carries on."""

    def __init__(self) -> None:
        self.counter = 0
        self.open: int | None = None
        self.carried: int | None = None

    def opened(self, stack: list[int]) -> int:
        if not stack and self.carried is not None:
            number, self.carried = self.carried, None
            return number
        self.counter += 1
        return self.counter


def _parse_piece(
    md: Any,
    doc: Document,
    piece: str,
    offset: int,
    starts: list[int],
    ends: list[int],
    lists: _Lists,
) -> None:
    pending_item = False
    list_stack: list[int] = []
    in_row = False
    in_head = False
    rows: list[tuple[int, int, bool]] = []  # the rows of the pipe table being read
    for tok in _block_tokens(md, piece):
        t = tok.type
        line_map = [tok.map[0] + offset, tok.map[1] + offset] if tok.map else None
        if t in ("bullet_list_open", "ordered_list_open"):
            list_stack.append(lists.opened(list_stack))
            lists.carried = None  # only the piece's first list carries one on
        elif t in ("bullet_list_close", "ordered_list_close"):
            closed = list_stack.pop()
            lists.open = closed if not list_stack else lists.open
        elif t == "list_item_open":
            pending_item = True
        elif t == "tr_open" and line_map:
            in_row = True
            row = _add_block(doc, "table_row", line_map, starts, ends)
            if row is not None:
                rows.append((row.span.start, row.span.end, in_head))
        elif t == "tr_close":
            in_row = False
        elif t in ("thead_open", "thead_close"):
            in_head = t == "thead_open"
        elif t == "table_close":
            table = markdown_table(doc, rows) if rows else None
            if table is not None:
                doc.tables.append(table)
            rows = []
        elif t in _TOKEN_KINDS:
            if not line_map or in_row:
                continue
            kind = _TOKEN_KINDS[t]
            if pending_item and kind == "paragraph":
                kind = "list_item"
                pending_item = False
            block = _add_block(doc, kind, line_map, starts, ends)
            if block is not None and kind == "list_item":
                block.list_id = list_stack[-1] if list_stack else -1


def _add_block(
    doc: Document,
    kind: BlockKind,
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
