"""Rows "of which …" under a row ("Escuelas dañadas 198" / "De ellos, nivel 1 164"): each is
part of the row above it, so none may exceed it. Their sum may: several "of which" rows may
count groups that overlap (women, children), so each is held to its row alone."""

from __future__ import annotations

from sitecheck.extract.tables.model import ReadTable, TableSum
from sitecheck.extract.tables.totals import stated

_PARENTS = ("part", "total", "subtotal")


def subitem_rows(read: ReadTable) -> None:
    figures = [c for c, role in enumerate(read.cols) if role in ("figures", "total")]
    parent: int | None = None
    for r, role in enumerate(read.rows):
        if role in _PARENTS:
            parent = r
            continue
        if role != "subitem":
            parent = None  # a section or a note between: no row above to be part of
            continue
        if parent is None:
            continue
        for c in figures:
            whole, part = read.values[parent][c], read.values[r][c]
            if not (stated(whole) and stated(part)) or whole is None or part is None:
                continue
            if whole.measure != part.measure:
                continue
            where = f"{read.col_name(c)}, {read.row_name(parent)}"
            # A part alone under its whole: only "above the whole" is an error.
            read.sums.append(TableSum(whole, [[part]], False, where, partial=True))
