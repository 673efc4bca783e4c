"""The part of a source line a finding shows: every mark of the line in one copy of it, cut to
a width (gaps between distant marks shown as "…"), and the Markdown escapes of the source left
out (``$427M``, not ``\\$427M``): the editor reads the text as it will be published.

``view`` returns the text to show and, for each column of the source line (1-based, its end
included), the column where it is shown.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

_ELLIPSIS = "…"
_CONTEXT = 30  # characters kept on each side of a mark when a line must be cut
_ESCAPABLE = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _windows(length: int, marks: Sequence[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """0-based [start, end) pieces of the line to show: all of it when it fits, otherwise the
    marks with some context on each side, pieces that touch merged."""
    if length <= width:
        return [(0, length)]
    pieces: list[tuple[int, int]] = []
    for col, end in sorted(marks):
        start, stop = max(0, col - 1 - _CONTEXT), min(length, max(end - 1, col) + _CONTEXT)
        if pieces and start <= pieces[-1][1] + len(_ELLIPSIS):
            pieces[-1] = (pieces[-1][0], max(pieces[-1][1], stop))
        else:
            pieces.append((start, stop))
    first, last = pieces[0], pieces[-1]
    if len(pieces) == 1 and last[1] - first[0] < width:  # widen a lone piece to the width
        spare = width - (last[1] - first[0])
        start = max(0, first[0] - spare // 2)
        pieces = [(start, min(length, start + width))]
    return pieces


class Columns:
    """Where each 1-based column of the source line is shown: kept for the shown pieces only,
    so that a long line with many findings costs the width, not the line, per finding."""

    def __init__(self) -> None:
        self.inside: dict[int, int] = {}
        self.gaps: list[tuple[int, int, int]] = []  # 1-based [first, last] columns cut away → shown

    def __getitem__(self, column: int) -> int:
        found = self.inside.get(column)
        if found is not None:
            return found
        i = bisect.bisect_right(self.gaps, (column, _LAST)) - 1
        return self.gaps[i][2] if i >= 0 else 1


_LAST = 1 << 62


def view(src: str, marks: Sequence[tuple[int, int]], width: int) -> tuple[str, Columns]:
    """The shown text of ``src`` and, for each 1-based column (and the end), its shown column."""
    pieces = _windows(len(src), marks, width)
    out: list[str] = []
    columns = Columns()
    shown = 0
    done = 0
    for start, stop in pieces:
        if start > 0:
            out.append(_ELLIPSIS)
            shown += 1
        columns.gaps.append((done + 1, start, shown + 1))  # a column cut away points at the gap
        for i in range(start, stop):
            columns.inside[i + 1] = shown + 1
            if src[i] == "\\" and i + 1 < len(src) and src[i + 1] in _ESCAPABLE:
                continue  # a Markdown escape: the character after it is what a reader sees
            out.append(src[i])
            shown += 1
        done = stop
    columns.gaps.append((done + 1, len(src) + 1, shown + 1))
    if done < len(src):
        out.append(_ELLIPSIS)
    return "".join(out), columns
