"""The read text of a Word, PDF or HTML file: Markdown written line by line, each piece with its
origin, then parsed by the Markdown reader so that every format gives the same Document.

A reader writes what the original shows as Markdown would write it: a heading as ``# Title``, a
list item as ``- text`` or ``1. text``, a table as pipe rows, a link as ``[text](target)``, a
note's marker as ``[^1]`` and its text as ``[^1]: text``, a suppression comment as
``<!-- sitecheck-disable … -->``. That text is what ``sitecheck extract --text`` shows and what
line and column count in; ``origin_at`` says where each character came from.
"""

from __future__ import annotations

from sitecheck.document import Document, Origin
from sitecheck.readers.markdown import parse_document


class Rendering:
    """The read text under construction, with the origin of each piece."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._size = 0
        self.starts: list[int] = []
        self.origins: list[Origin] = []

    @property
    def size(self) -> int:
        return self._size

    def write(self, text: str, origin: Origin | None = None) -> None:
        """Append text; from here on (until the next origin) it comes from ``origin``."""
        text = text.replace("\r", "")  # offsets count the text as written
        if origin is not None and (not self.origins or self.origins[-1] != origin):
            if self.starts and self.starts[-1] == self._size:
                self.origins[-1] = origin
            else:
                self.starts.append(self._size)
                self.origins.append(origin)
        self._parts.append(text)
        self._size += len(text)

    def line(self, text: str, origin: Origin | None = None) -> None:
        """Write one line (its newline added)."""
        self.write(text, origin)
        self.write("\n")

    def block(self, text: str, origin: Origin | None = None) -> None:
        """Write a block of text and the blank line that ends it."""
        self.write(text, origin)
        self.write("\n\n")

    def ends_with_blank(self) -> bool:
        tail = "".join(self._parts[-2:])
        return not tail or tail.endswith("\n\n")

    def text(self) -> str:
        return "".join(self._parts)

    def document(self, path: str | None) -> Document:
        """Parse the text and give its blocks and tables their origins."""
        doc = parse_document(self.text(), path)
        doc.origin_starts, doc.origins = self.starts, self.origins
        for block in doc.blocks:
            found = doc.origin_at(block.span.start)
            block.origin = found.describe() if found is not None else None
        for table in doc.tables:
            found = doc.origin_at(table.span.start)
            table.origin = found.describe() if found is not None else None
        return doc
