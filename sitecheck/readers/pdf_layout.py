"""A PDF page's characters laid out as lines in reading order.

Characters on one baseline make a line (a smaller character set up to half a line higher
belongs to the line below it: a raised note marker). Within a line a gap wider than a space is
a space, and a gap of more than a character's width and a half cuts the line into pieces (table
cells, or two columns). Where a page's lines are cut at one vertical gutter near the middle,
and the pieces on its left are prose, the left column is read before the right one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitecheck.readers.pdf_chars import Char, Link

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_WORD_GAP = 0.15  # of the font size: wider is a space
_CELL_GAP = 1.5  # of the font size: wider cuts the line into pieces
_MIN_COLUMN_LINES = 3
_PROSE_WORDS = 4  # words on each side of a gutter, on average, for columns of prose


@dataclass
class Line:
    chars: list[Char]
    y: float  # the baseline of its body text
    size: float  # the size of its body text

    @property
    def x0(self) -> float:
        return self.chars[0].x0

    def pieces(self) -> list[list[Char]]:
        """The line cut at its wide gaps."""
        out: list[list[Char]] = [[self.chars[0]]]
        for prev, c in zip(self.chars, self.chars[1:], strict=False):
            if c.x0 - prev.x1 > _CELL_GAP * self.size:
                out.append([c])
            else:
                out[-1].append(c)
        return out


@dataclass
class TextLine:
    """One line of the read text: its pieces' texts, and where it stood."""

    cells: list[str]
    y: float
    size: float
    x0: float

    @property
    def text(self) -> str:
        return "   ".join(self.cells)  # a table's cells stay set apart by runs of spaces


def make_lines(chars: list[Char]) -> list[Line]:
    """Characters grouped by baseline, top of the page first, each line's sorted left to right."""
    lines: list[Line] = []
    for c in sorted(chars, key=lambda c: -c.y):
        cur = lines[-1] if lines else None
        if cur is not None and abs(cur.y - c.y) <= 0.6 * max(cur.size, c.size):
            cur.chars.append(c)
            if c.size > cur.size * 1.05 or (c.size >= cur.size * 0.95 and c.y < cur.y):
                cur.size, cur.y = max(cur.size, c.size), c.y
        else:
            lines.append(Line([c], c.y, c.size))
    for line in lines:
        line.chars.sort(key=lambda c: c.x0)
    return lines


def piece_text(chars: list[Char], line: Line, links: list[Link]) -> str:
    """A piece's text: spaces from gaps, raised small digits as superscripts, links as
    ``[text](target)``."""
    out: list[str] = []
    prev: Char | None = None
    open_link = -1
    for c in chars:
        if prev is not None and c.x0 - prev.x1 > _WORD_GAP * line.size:
            if open_link >= 0 and c.link != open_link:
                out.append(f"]({_target(links, open_link)})")
                open_link = -1
            out.append(" ")
        if c.link != open_link:
            if open_link >= 0:
                out.append(f"]({_target(links, open_link)})")
            if c.link >= 0:
                out.append("[")
            open_link = c.link
        raised = c.size < 0.8 * line.size and c.y > line.y + 0.15 * line.size
        out.append(c.text.translate(_SUPERSCRIPT) if raised else c.text)
        prev = c
    if open_link >= 0:
        out.append(f"]({_target(links, open_link)})")
    return "".join(out)


def _target(links: list[Link], i: int) -> str:
    return links[i].target.strip().replace(" ", "%20")


def reading_order(lines: list[Line], width: float, links: list[Link]) -> list[TextLine]:
    """The page's lines as read: two columns one after the other where the page has them."""
    cut = [line.pieces() for line in lines]
    gutter = _gutter(cut, width)
    out: list[TextLine] = []
    i = 0
    while i < len(lines):
        j = i
        while gutter is not None and j < len(lines) and _fits(cut[j], gutter):
            j += 1
        if j - i >= _MIN_COLUMN_LINES and gutter is not None and _prose(cut[i:j], gutter):
            for side in (0, 1):
                for k in range(i, j):
                    part = [p for p in cut[k] if (p[0].x0 > gutter) == bool(side)]
                    if part:
                        out.append(_text_line(lines[k], part, links))
            i = j
        else:
            out.append(_text_line(lines[i], cut[i], links))
            i += 1
    return out


def _text_line(line: Line, pieces: list[list[Char]], links: list[Link]) -> TextLine:
    texts = [piece_text(p, line, links) for p in pieces]
    return TextLine(texts, line.y, line.size, pieces[0][0].x0)


def _fits(pieces: list[list[Char]], gutter: float) -> bool:
    """No piece of the line crosses the gutter."""
    return all(p[-1].x1 <= gutter or p[0].x0 >= gutter for p in pieces)


def _prose(rows: list[list[list[Char]]], gutter: float) -> bool:
    """Lines of several words on the left of the gutter, and lines on its right: columns of
    prose, not a table whose cells happen to leave the gutter free."""
    counts = [sum(_words(p) for p in r if p[-1].x1 <= gutter) for r in rows]
    counts = [c for c in counts if c]
    right = sum(1 for r in rows if any(p[0].x0 >= gutter for p in r))
    if right < _MIN_COLUMN_LINES or len(counts) < _MIN_COLUMN_LINES:
        return False
    return sum(counts) / len(counts) >= _PROSE_WORDS


def _words(piece: list[Char]) -> int:
    gaps = sum(1 for a, b in zip(piece, piece[1:], strict=False) if b.x0 - a.x1 > 0.15 * a.size)
    return gaps + 1


def _gutter(cut: list[list[list[Char]]], width: float) -> float | None:
    """The x near the middle of the page that the most lines leave free, with text on its left
    in some lines and on its right in others (columns' lines need not share baselines)."""
    best, best_fits = None, 0
    step = max(width / 200, 0.5)
    x = width * 0.35
    while x <= width * 0.65:
        fits = [pieces for pieces in cut if _fits(pieces, x)]
        left = sum(1 for pieces in fits if pieces[0][-1].x1 <= x)
        right = sum(1 for pieces in fits if pieces[-1][0].x0 >= x)
        if left >= _MIN_COLUMN_LINES and right >= _MIN_COLUMN_LINES and len(fits) > best_fits:
            best, best_fits = x, len(fits)
        x += step
    return best
