"""Pieces of HTML text with their source positions, gathered into blocks and table cells.

Each word keeps the line and column where it starts in the HTML source; runs of white space
become one space, as a browser shows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitecheck.document import Origin
from sitecheck.readers.rendered import Rendering
from sitecheck.readers.table_limits import check_grid

_WORDS = re.compile(r"[^ \t\n\r\f]+|[ \t\n\r\f]+")  # a no-break space stays in its word

Piece = tuple[str, Origin | None]


@dataclass
class Pieces:
    """The text of one block or cell under construction."""

    items: list[Piece] = field(default_factory=list)

    def data(self, text: str, line: int, column: int) -> None:
        """Source text starting at 1-based ``line`` and ``column``."""
        for m in _WORDS.finditer(text):
            chunk = m.group(0)
            if chunk[0] in " \t\n\r\f":
                self.items.append((" ", None))
                nl = chunk.count("\n")
                if nl:
                    line += nl
                    column = len(chunk) - chunk.rfind("\n")
                else:
                    column += len(chunk)
            else:
                self.items.append((chunk, Origin(line=line, column=column)))
                column += len(chunk)

    def add(self, text: str, origin: Origin | None = None) -> None:
        self.items.append((text, origin))

    def cleaned(self) -> list[Piece]:
        """White space collapsed: no space at either end, none doubled, none around a break."""
        out: list[Piece] = []
        for text, origin in self.items:
            if text == " " and (not out or out[-1][0] in (" ", "\n")):
                continue
            if text == "\n" and out and out[-1][0] == " ":
                out.pop()
            out.append((text, origin))
        while out and out[-1][0] in (" ", "\n"):
            out.pop()
        first = next((i for i, (text, _) in enumerate(out) if text not in (" ", "\n")), len(out))
        return out[first:]

    def plain(self) -> str:
        return "".join(t for t, _ in self.cleaned())


def write_block(out: Rendering, prefix: str, pieces: Pieces) -> None:
    """One block of the read text: its Markdown marker, then its pieces, then a blank line."""
    items = pieces.cleaned()
    if not items:
        return
    out.write(prefix, next((o for _, o in items if o is not None), None))
    for text, origin in items:
        out.write(text, origin)
    out.write("\n\n")


def write_table(out: Rendering, rows: list[list[Pieces]], name: str, number: int) -> None:
    """A pipe table, its first row the head (InputError past the cell limit)."""
    rows = [r for r in rows if r]
    if not rows:
        return
    width = max(len(r) for r in rows)
    check_grid(name, number, len(rows), width)
    for i, row in enumerate(rows):
        out.write("|")
        for cell in row + [Pieces() for _ in range(width - len(row))]:
            out.write(" ")
            for text, origin in cell.cleaned():
                out.write(" " if text == "\n" else text.replace("|", "\\|"), origin)
            out.write(" |")
        out.write("\n")
        if i == 0:
            out.write("|" + " --- |" * width + "\n")
    out.write("\n")
