"""Percentage columns: the ratio of two columns, a share of a column's total, shares of 100."""

from __future__ import annotations

import math

from sitecheck.extract.tables.model import ReadTable, TableRatio, TableShares, Value
from sitecheck.extract.tables.totals import run_of
from sitecheck.extract.tables.words import TableWords
from sitecheck.interval import INF, Interval


def _ratio_fits(pct: Value, amount: Value, base: Value) -> bool:
    if base.interval.hi <= 0 or amount.quantity is None or base.quantity is None:
        return True
    if math.isinf(amount.interval.hi) or math.isinf(base.interval.hi):
        return True
    lo = amount.interval.lo / base.interval.hi * 100 if base.interval.hi > 0 else 0.0
    hi = amount.interval.hi / base.interval.lo * 100 if base.interval.lo > 0 else INF
    return Interval(lo, hi).intersects(pct.interval)


def ratio_holds(r: TableRatio) -> bool:
    """Whether some reading of the two cells gives the stated percentage."""
    return any(_ratio_fits(r.percent, amount, base) for amount, base in r.readings)


def ratios(read: ReadTable, w: TableWords) -> None:
    cols = read.cols
    figures = [c for c, role in enumerate(cols) if role in ("figures", "total")]
    checked = [r for r, role in enumerate(read.rows) if role in ("part", "total", "subtotal")]
    total_row = next((r for r in checked if read.rows[r] == "total"), None)
    for p, role in enumerate(cols):
        if role != "percent":
            continue
        head = read.col_label(p)
        named = _named_pairs(read, figures, p, w)
        pairs: list[tuple[int, int | None]] = list(named)
        if w.share.search(head) or not named:
            pairs.extend((a, None) for a in figures if a < p)  # a share of the column's total
        if not named:
            pairs.extend((a, b) for a in figures for b in figures if a != b and max(a, b) < p)
        # Which readings the rows bear out.
        fits = {pair: 0 for pair in pairs}
        stated = 0
        for r in checked:
            pct = read.values[r][p]
            if pct is None or pct.quantity is None:
                continue
            stated += 1
            for pair in pairs:
                trio = _trio(read, r, pair, total_row)
                if trio is not None and _ratio_fits(pct, *trio):
                    fits[pair] += 1
        if not stated:
            continue
        supported = []
        for pair, n in fits.items():
            if pair in named:
                ok = n * 2 >= stated or (stated == 1 and len(named) == 1)
            elif pair[1] is None:
                ok = n >= 2 and n * 2 >= stated
            else:
                ok = n >= 3 and n * 3 >= stated * 2
            if ok:
                supported.append(pair)
        if not supported:
            read.notes.append(f"column “{head}”: no pair of columns explains its percentages")
            continue
        for r in checked:
            pct = read.values[r][p]
            if pct is None or pct.quantity is None:
                continue
            trios = [t for pair in supported if (t := _trio(read, r, pair, total_row))]
            if trios:
                where = f"row “{read.row_label(r)}”, column “{head}”"
                read.ratios.append(TableRatio(pct, trios, where))


def _trio(
    read: ReadTable, r: int, pair: tuple[int, int | None], total_row: int | None
) -> tuple[Value, Value] | None:
    a, b = pair
    amount = read.values[r][a]
    if b is None:
        if total_row is None:
            return None
        base = read.values[total_row][a]
    else:
        base = read.values[r][b]
    if amount is None or base is None or amount.quantity is None or base.quantity is None:
        return None
    if amount.quantity.kind != base.quantity.kind:
        return None
    return amount, base


def _named_pairs(
    read: ReadTable, figures: list[int], p: int, w: TableWords
) -> list[tuple[int, int | None]]:
    """(amount, base) columns whose headers name a ratio: "Reached" over "Target". The pair
    nearest the percentage column first."""
    nums = [c for c in figures if w.numerator.search(read.col_label(c))]
    dens = [
        c
        for c in figures
        if w.denominator.search(read.col_label(c)) and not w.numerator.search(read.col_label(c))
    ]
    pairs: list[tuple[int, int | None]] = [(a, b) for a in nums for b in dens if a != b]
    pairs.sort(key=lambda ab: abs(p - ab[0]) + abs(p - (ab[1] or 0)))
    return pairs


def column_shares(read: ReadTable, w: TableWords) -> None:
    """A percentage column whose Total row states 100%: its parts add up to 100."""
    for p, role in enumerate(read.cols):
        if role != "percent":
            continue
        totals = [r for r, rr in enumerate(read.rows) if rr == "total"]
        if len(totals) != 1:
            continue
        t = totals[0]
        hundred = read.values[t][p]
        if hundred is None or hundred.quantity is None or abs(hundred.quantity.value - 100) > 0.5:
            continue
        scope = [r for r in run_of(read.rows, t, -1, False) if read.rows[r] == "part"]
        cells = [read.values[r][p] for r in scope]
        if len(cells) < 2 or any(c is None or c.quantity is None for c in cells):
            continue
        read.shares.append(
            TableShares([c for c in cells if c is not None], f"column “{read.col_label(p)}”")
        )
