"""Word (.docx) reports: paragraphs with their styles, tables, notes, links, comments, text boxes.

The body is written as Markdown (see ``readers.rendered``): a "Heading N" or "Title" paragraph
as a heading, a list paragraph as a list item, a table as a pipe table (its first row the head),
the text of text boxes after the paragraph that anchors them, footnotes and endnotes after the
body. Each piece keeps its origin: the paragraph (counted from 1 among the body's non-empty
paragraphs) or the table, row and cell. lxml is imported only when a .docx is read.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from sitecheck.document import Document, Origin
from sitecheck.readers import markup as m
from sitecheck.readers.decode import read_bytes
from sitecheck.readers.docx_package import open_package
from sitecheck.readers.docx_runs import ENDNOTE, FOOTNOTE, NoteLabels, paragraph_text
from sitecheck.readers.rendered import Rendering
from sitecheck.readers.table_limits import check_grid

_LEVEL = re.compile(r"\s*(\d)")
_TEXT_BOX = "text box"  # how an origin names the text of a text box


class DocxReader:
    """Word documents (Office Open XML), through python-docx."""

    suffixes: tuple[str, ...] = (".docx",)

    def from_path(self, path: str | os.PathLike[str]) -> Document:
        return self.from_bytes(read_bytes(Path(path)), str(path))

    def from_bytes(self, raw: bytes, path: str | None = None) -> Document:
        return render_docx(raw, path or "<input>").document(path)


class _Body:
    """The walk over a document's body, writing its Markdown."""

    def __init__(self, package: Any, name: str) -> None:
        self.package = package
        self.name = name
        self.out = Rendering()
        self.notes = NoteLabels(suppressions=package.suppressions)
        self.paragraph = 0
        self.table = 0
        self.numbered: dict[str, int] = {}

    def link_target(self, rel_id: str) -> str:
        return self.package.link_targets.get(rel_id, "")

    def walk(self, body: Any) -> None:
        for child in body:
            if child.tag == m.P:
                self.paragraph_block(child)
            elif child.tag == m.TBL:
                self.table_block(child)
            elif child.tag == m.SDT:
                content = child.find(m.SDT_CONTENT)
                if content is not None:
                    self.walk(content)

    def paragraph_block(self, p: Any, box: bool = False) -> None:
        """A paragraph (counted when it shows text or holds a text box) and its text boxes."""
        found = paragraph_text(p, self.link_target, self.notes)
        text = found.text.strip()
        for comment in found.comments:
            self.out.block(f"<!-- {comment} -->")
        boxes = [] if box else self.boxes(p)
        if (text or boxes) and not box:
            self.paragraph += 1
        if text:
            origin = Origin(paragraph=self.paragraph, note=_TEXT_BOX if box else None)
            self.out.block(self.prefix(p) + text, origin)
        for inner in boxes:
            self.paragraph_block(inner, box=True)

    def prefix(self, p: Any) -> str:
        """The Markdown marker of a paragraph's style: "# ", "- ", "1. " or nothing."""
        style = self.package.style_name(p).lower()
        if style.startswith(m.HEADING_STYLE):
            level = _LEVEL.match(style, len(m.HEADING_STYLE))
            return "#" * min(int(level.group(1)) if level else 1, 6) + " "
        if style == m.TITLE_STYLE:
            return "# "
        numbered = m.NUMBERED_STYLE in style
        if style.startswith(m.LIST_STYLE) or p.find(m.NUMBERING) is not None:
            if numbered:
                self.numbered[style] = self.numbered.get(style, 0) + 1
                return f"{self.numbered[style]}. "
            return "- "
        self.numbered.clear()
        return ""

    def boxes(self, p: Any) -> list[Any]:
        """The paragraphs of the text boxes anchored in a paragraph."""
        out = []
        for box in p.iter(m.TEXT_BOX):
            if any(a.tag == m.FALLBACK for a in box.iterancestors()):
                continue  # the same box again, for old versions of Word
            out.extend(box.iter(m.P))
        return out

    def table_block(self, tbl: Any) -> None:
        from sitecheck.readers.docx_tables import table_rows

        self.table += 1
        rows = table_rows(tbl, lambda p: paragraph_text(p, self.link_target, self.notes).text)
        if not rows:
            return
        width = max(len(r) for r in rows)
        check_grid(self.name, self.table, len(rows), width)
        if not self.out.ends_with_blank():
            self.out.write("\n")
        for r, cells in enumerate(rows, start=1):
            self.out.write("|")
            for c, cell in enumerate(cells + [""] * (width - len(cells)), start=1):
                self.out.write(" ")
                self.out.write(cell, Origin(table=self.table, row=r, cell=c))
                self.out.write(" |")
            self.out.write("\n")
            if r == 1:
                self.out.write("|" + " --- |" * width + "\n")
        self.out.write("\n")

    def notes_block(self) -> None:
        for kind, labels, texts in (
            (FOOTNOTE, self.notes.footnotes, self.package.footnotes),
            (ENDNOTE, self.notes.endnotes, self.package.endnotes),
        ):
            for note_id, label in labels.items():
                paragraphs = texts.get(note_id, [])
                body = " ".join(
                    paragraph_text(p, self.link_target, self.notes).text.strip()
                    for p in paragraphs
                )
                self.out.block(f"[^{label}]: {body}", Origin(note=f"{kind} {label}"))


def render_docx(raw: bytes, name: str) -> Rendering:
    """The read text of a Word file, with the origin of each piece."""
    package = open_package(raw, name)
    walk = _Body(package, name)
    walk.walk(package.body)
    walk.notes_block()
    return walk.out
