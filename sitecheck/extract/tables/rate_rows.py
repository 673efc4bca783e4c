"""Rows of percentages: "Case fatality (%)" under "Deaths" and "Confirmed (total)" is, in each
column, the one row over the other. Epidemiological tables lay their rates out as rows, with
the years or weeks as columns."""

from __future__ import annotations

from sitecheck.extract.tables.model import ReadTable, TableRatio, Value
from sitecheck.extract.tables.ratios import SHARE, ratio_fits
from sitecheck.extract.tables.totals import stated
from sitecheck.extract.tables.words import TableWords, plain

_COUNTED = ("part", "total", "subtotal", "group")


def rate_rows(read: ReadTable, w: TableWords) -> None:
    """A row whose label names a percentage, with one row above it that its label names as the
    amount (deaths, people reached) and one that names the base (cases, target) or totals the
    table: checked where half of its columns or more bear the pair out."""
    labels = {r: plain(read.row_label(r)) for r, role in enumerate(read.rows) if role in _COUNTED}
    cols = [c for c, role in enumerate(read.cols) if role in ("figures", "total")]
    for p, label in labels.items():
        if not w.percent_head.search(label) or w.variation.search(label):
            continue
        above = [r for r in labels if r < p]
        nums = [r for r in above if w.numerator.search(labels[r])]
        if len(nums) != 1:
            continue
        named = [r for r in above if w.denominator.search(labels[r]) and r not in nums]
        named += [r for r in above if read.rows[r] == "total" and r not in nums + named]
        others = [r for r in reversed(above) if r not in nums + named]
        # A base the labels name is borne out by half the columns; any other row above (the
        # severe cases a footnote names) by all of them but one, two at least.
        for den, strict in [*((r, False) for r in named), *((r, True) for r in others)]:
            ratios = _row_ratios(read, p, nums[0], den, cols)
            fits = sum(1 for r in ratios if ratio_fits(r.percent, *r.readings[0]))
            if ratios and (len(ratios) - 1 <= fits >= 2 if strict else fits * 2 >= len(ratios)):
                read.ratios.extend(ratios)
                break


def _row_ratios(read: ReadTable, p: int, num: int, den: int, cols: list[int]) -> list[TableRatio]:
    out = []
    for c in cols:
        pct, amount, base = read.values[p][c], read.values[num][c], read.values[den][c]
        if not (stated(pct) and stated(amount) and stated(base)):
            continue
        assert pct is not None and amount is not None and base is not None
        if amount.measure != base.measure or _is_count_of(pct):
            continue
        out.append(TableRatio(pct, [(amount, base, SHARE)], read.cell_name(p, c)))
    return out


def _is_count_of(v: Value) -> bool:
    """A whole number above 100 in a rate row is a count the row's label misnames."""
    q = v.quantity
    return q is not None and q.kind != "percent" and q.decimals == 0 and q.value > 100
