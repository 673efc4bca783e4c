"""A table's cells held as offsets, not objects.

A Markdown table of one-digit cells has a cell every four characters; as objects (a cell, its
span and two integers) they took about 160 bytes each, 40 times the text. A ``Grid`` keeps each
cell's start and end in one array (17 bytes a cell) and builds a row's cells when the row is
read, so that only the rows in use exist as objects.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from sitecheck.document import Cell, Span


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
