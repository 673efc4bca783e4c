"""HTML reports (.html, .htm): the article's text, its tables, links and note markers.

Read with the standard library's parser, which knows the line and column of everything it
reads: a finding names the source line and column of its figure. Scripts, styles and the page
furniture a page marks as such (``<nav>``, ``<aside>``, ``<footer>``, a ``<header>`` outside the
article) are left out. Blocks become Markdown (see ``readers.rendered``): headings, paragraphs,
list items, ``<table>`` as a pipe table, ``<a href>`` as ``[text](target)``, digits in ``<sup>``
as superscript digits; a ``<!-- sitecheck-… -->`` comment is kept as the suppression it is.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from sitecheck.document import Document, Origin
from sitecheck.errors import InputError
from sitecheck.readers import markup as m
from sitecheck.readers.decode import decode_report, read_bytes
from sitecheck.readers.html_blocks import Pieces, write_block, write_table
from sitecheck.readers.rendered import Rendering

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SUPPRESSION = "sitecheck-"
MAX_TAGS = 1_000_000  # a long report's page has tens of thousands
MAX_TAG_CHARS = 100_000
# A tag that runs on: each "<" is scanned only up to the next "<" or ">", so this is linear.
_LONG_TAG = re.compile("<[^<>]{" + str(MAX_TAG_CHARS) + "}")


class HtmlReader:
    """Web pages and HTML exports (UTF-8)."""

    suffixes: tuple[str, ...] = (".html", ".htm")

    def from_path(self, path: str | os.PathLike[str]) -> Document:
        return self.from_bytes(read_bytes(Path(path)), str(path))

    def from_bytes(self, raw: bytes, path: str | None = None) -> Document:
        name = path or "<input>"
        text = decode_report(raw, name)
        _within_limits(text, name)
        parser = _Page(name)
        try:
            parser.feed(text)
            if text.rfind("<") > text.rfind(">"):
                # A tag, comment or declaration left open to the end: without its ">" the
                # standard parser seeks it again from every "<" that follows (quadratic).
                parser.feed(">")
            parser.close()
        except AssertionError as exc:  # the standard parser's verdict on some broken markup
            raise InputError(f"{name}: damaged HTML ({exc})") from None
        parser.flush()
        return parser.out.document(path)


def _within_limits(text: str, name: str) -> None:
    """The standard parser costs about ten microseconds a tag and holds every attribute of a
    tag at once: a page of millions of tags, or one tag of megabytes, is refused unread."""
    tags = text.count("<")
    if tags > MAX_TAGS:
        raise InputError(f"{name}: {tags:,} tags, more than {MAX_TAGS:,} (the limit for a page)")
    if _LONG_TAG.search(text):
        raise InputError(f"{name}: a tag longer than {MAX_TAG_CHARS:,} characters (the limit)")


class _Page(HTMLParser):
    def __init__(self, name: str) -> None:
        super().__init__(convert_charrefs=False)
        self.name = name
        self.tables = 0  # tables written so far
        self.out = Rendering()
        self.stack: list[str] = []  # open elements that matter: skipped ones, lists, a, sup
        self.open: Counter[str] = Counter()  # how many of each are on the stack (deep pages)
        self.skip = 0
        self.block = Pieces()
        self.prefix = ""
        self.lists: list[list[int]] = []  # per open list: [is_ordered, items so far]
        self.rows: list[list[Pieces]] | None = None  # the table being read
        self.nested = 0  # tables inside its cells: read as the cell's text
        self.links: list[tuple[int, str, Origin]] = []
        self.sup: int | None = None

    @property
    def target(self) -> Pieces:
        """Where text goes: the current table cell, or the current block."""
        if self.rows is not None and self.rows and self.rows[-1]:
            return self.rows[-1][-1]
        return self.block

    def flush(self) -> None:
        write_block(self.out, self.prefix, self.block)
        self.block, self.prefix = Pieces(), ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in m.HTML_VOID:
            self._void(tag)
            return
        if tag == m.HTML_LINK and self.open[tag]:
            self.handle_endtag(tag)  # a link inside a link closes it first, as browsers read it
        skipped = tag in m.HTML_SKIPPED or (tag == m.HTML_HEADER and not self._in_article())
        self.stack.append(tag)
        self.open[tag] += 1
        if skipped or self.skip:
            self.skip += 1
            return
        if tag == m.HTML_LINK:
            line, column = self._position()
            href = dict(attrs).get(m.HTML_HREF) or ""
            self.links.append((len(self.target.items), href, Origin(line=line, column=column)))
        elif tag == m.HTML_SUP:
            self.sup = len(self.target.items)
        elif tag == m.HTML_TABLE:
            self._table_start()
        elif self.nested:
            if tag in m.HTML_CELLS:
                self.target.add(" ")
        elif tag == m.HTML_ROW and self.rows is not None:
            self.rows.append([])
        elif tag in m.HTML_CELLS and self.rows is not None:
            if not self.rows:
                self.rows.append([])
            self.rows[-1].append(Pieces())
        elif tag in m.HTML_BLOCKS and self.rows is None:
            self._block_start(tag)

    def _in_article(self) -> bool:
        return any(self.open[tag] for tag in m.HTML_ARTICLE)

    def _void(self, tag: str) -> None:
        if self.skip:
            return
        if tag == m.HTML_BREAK:
            self.target.add("\n" if self.rows is None else " ")
        elif tag == m.HTML_RULE and self.rows is None:
            self.flush()

    def _block_start(self, tag: str) -> None:
        # A paragraph that opens a list item (<li><p>…) keeps the item's marker.
        kept = self.prefix if not self.block.items and tag not in m.HTML_LISTS else ""
        self.flush()
        self.prefix = kept
        if tag in m.HTML_LISTS:
            self.lists.append([tag == m.HTML_ORDERED, 0])
        elif tag == m.HTML_ITEM:
            ordered, count = self.lists[-1] if self.lists else [False, 0]
            if self.lists:
                self.lists[-1][1] = count + 1
            self.prefix = f"{count + 1}. " if ordered else "- "
        elif tag[0] == "h" and tag[1:].isdigit():
            self.prefix = "#" * int(tag[1:]) + " "

    def _table_start(self) -> None:
        if self.rows is None:
            self.flush()
            self.rows = []
        else:
            self.nested += 1

    def handle_endtag(self, tag: str) -> None:
        if not self.open[tag]:
            return  # a stray end tag
        while self.stack:
            opened = self.stack.pop()
            self.open[opened] -= 1
            if self.skip:
                self.skip -= 1
            else:
                self._close(opened)
            if opened == tag:
                break

    def _close(self, tag: str) -> None:
        if tag == m.HTML_LINK and self.links:
            at, href, origin = self.links.pop()
            items = self.target.items
            if at <= len(items):
                items.insert(at, ("[", origin))  # a link's finding points at its <a> tag
                items.append((f"]({href.strip().replace(' ', '%20')})", None))
        elif tag == m.HTML_SUP and self.sup is not None:
            self._superscript(self.sup)
            self.sup = None
        elif tag == m.HTML_TABLE and self.nested:
            self.nested -= 1
        elif tag == m.HTML_TABLE and self.rows is not None:
            self.tables += 1
            write_table(self.out, self.rows, self.name, self.tables)
            self.rows = None
        elif tag in m.HTML_LISTS and self.lists:
            self.flush()
            self.lists.pop()
        elif tag in m.HTML_BLOCKS and self.rows is None:
            self.flush()

    def _superscript(self, at: int) -> None:
        items = self.target.items
        words = [(t, o) for t, o in items[at:] if t.strip()]
        if len(words) == 1 and words[0][0].isdigit():
            items[at:] = [(words[0][0].translate(_SUPERSCRIPT), words[0][1])]

    def _position(self) -> tuple[int, int]:
        line, offset = self.getpos()
        return line, offset + 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.target.data(data, *self._position())

    def handle_entityref(self, name: str) -> None:
        from html import unescape

        self._reference(unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        from html import unescape

        self._reference(unescape(f"&#{name};"))

    def _reference(self, char: str) -> None:
        if self.skip:
            return
        line, column = self._position()
        if char in " \t\n\r\f":
            self.target.add(" ")
        else:
            self.target.add(char, Origin(line=line, column=column))

    def handle_comment(self, data: str) -> None:
        if not self.skip and data.strip().startswith(_SUPPRESSION):
            self.flush()
            line, column = self._position()
            self.out.block(f"<!-- {data.strip()} -->", Origin(line=line, column=column))
