"""Limits on companion tables, checked while rows are read and before pandas sees any of them.

A registry or indicator table has hundreds or thousands of rows and a few dozen columns; the
limits are far above that and keep a hostile table from taking the machine's memory: a row is a
dict of cells, a cell a Python string, so rows × columns bounds what the run holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sitecheck.errors import InputError

MAX_TABLE_BYTES = 32 * 1024 * 1024  # the file as stored
MAX_ROWS = 100_000
MAX_COLUMNS = 500
MAX_CELLS = 2_000_000  # rows × columns
MAX_CELL_CHARS = 10_000
MAX_XLSX_EXPANDED = 256 * 1024 * 1024  # the XLSX's parts once unzipped


class RowLimits:
    """Counts the rows of one table and refuses the first that passes a limit."""

    def __init__(self, name: str, path: Path | str) -> None:
        self.name, self.path = name, path
        self.rows = 0
        self.cells = 0

    def check(self, line: int, row: Sequence[Any]) -> None:
        where = f"{self.path}:{line}: table '{self.name}'"
        self.rows += 1
        self.cells += len(row)
        if self.rows > MAX_ROWS + 1:  # the header row is not counted
            raise InputError(f"{where} has more than {MAX_ROWS:,} rows (the limit)")
        if len(row) > MAX_COLUMNS:
            count = f"{len(row):,}"
            raise InputError(f"{where} has {count} columns, more than {MAX_COLUMNS} (the limit)")
        if self.cells > MAX_CELLS:
            raise InputError(f"{where} has more than {MAX_CELLS:,} cells (the limit)")
        for i, cell in enumerate(row, start=1):
            if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
                raise InputError(
                    f"{where}, column {i}: a cell of {len(cell):,} characters, "
                    f"more than {MAX_CELL_CHARS:,} (the limit)"
                )


def check_grid(name: str, number: int, rows: int, width: int) -> None:
    """A report's own table (Word, HTML) is written out as a grid of rows × its widest row:
    refuse one that would pass the cell limit, before it is written."""
    if rows * width > MAX_CELLS:
        raise InputError(
            f"{name}: table {number} has {rows:,} rows of {width:,} cells, "
            f"more than {MAX_CELLS:,} cells (the limit)"
        )
