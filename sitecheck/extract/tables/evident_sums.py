"""Column sums no header names but every row bears out: "Cases | … | FD | … | FHD" where, row
after row, the cases are the FD and FHD cases together (the columns need not stand side by
side: rates and averages may sit between them).

Only a pair of figure columns is tried, and only where three rows or more (of the first forty),
each with two parts above zero and a total of 20 or more, add up exactly and at most one row
does not: a fit by chance is then out of reach. A row that does not fit is checked one way:
parts above its total are an error, a total above its parts may hold a third kind of case the
table does not show."""

from __future__ import annotations

from itertools import combinations

from sitecheck.extract.tables.model import ReadTable, TableSum, Value
from sitecheck.extract.tables.totals import stated, sum_fits

_MIN_ROWS = 3  # rows that must bear a pair out
_MIN_TOTAL = 20  # small counts (2 = 1 + 1) fit by chance
_MAX_COLUMNS = 12  # pairs grow as the square of the columns: wide tables are not guessed
_SAMPLE = 40  # rows a pair must be borne out by: a long table is read in time linear in it


def evident_sums(read: ReadTable) -> None:
    cols = [c for c, role in enumerate(read.cols) if role == "figures"]
    rows = [r for r, role in enumerate(read.rows) if role in ("part", "total", "subtotal")]
    if not 3 <= len(cols) <= _MAX_COLUMNS or len(rows) < _MIN_ROWS + 1:
        return
    summed = {id(s.total) for s in read.sums}
    sample = rows[:_SAMPLE]
    for t in cols:
        for a, b in combinations([c for c in cols if c != t], 2):
            if _borne_out(read, sample, t, a, b):
                _add(read, rows, t, a, b, summed)
                break


def _cells(read: ReadTable, r: int, cols: tuple[int, ...]) -> list[Value] | None:
    got = [read.values[r][c] for c in cols]
    if not all(stated(v) for v in got):
        return None
    return [v for v in got if v is not None]


def _borne_out(read: ReadTable, rows: list[int], t: int, a: int, b: int) -> bool:
    fits = misses = 0
    for r in rows:
        got = _cells(read, r, (t, a, b))
        if got is None:
            continue
        total, *parts = got
        if {v.measure for v in got} != {total.measure}:
            return False
        fit = sum_fits(total, parts, False)
        if fit and total.value >= _MIN_TOTAL and all(p.value > 0 for p in parts):
            fits += 1
        elif not fit:
            misses += 1
            if misses > 1:
                return False
    return fits >= _MIN_ROWS


def _add(read: ReadTable, rows: list[int], t: int, a: int, b: int, summed: set[int]) -> None:
    for r in rows:
        got = _cells(read, r, (t, a, b))
        if got is None or id(got[0]) in summed:
            continue
        total, *parts = got
        where = read.cell_name(r, t)
        read.sums.append(TableSum(total, [parts], False, where, partial=True))
