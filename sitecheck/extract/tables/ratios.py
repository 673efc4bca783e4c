"""Percentage columns: the ratio of two columns, a share of a column's total, shares of 100."""

from __future__ import annotations

import math

from sitecheck.extract.tables.model import ReadTable, TableProduct, TableRatio, TableShares, Value
from sitecheck.extract.tables.roles import share_siblings
from sitecheck.extract.tables.totals import run_of, stated
from sitecheck.extract.tables.words import TableWords, name_words, plain
from sitecheck.interval import INF, Interval

# How a percentage relates its two cells: a share of the base, what that share leaves of 100
# (a funding gap), or the change from the base to the amount.
SHARE, GAP, CHANGE, AVERAGE = "share", "gap", "change", "average"
_CORNER = -10_000
# Beyond this many figure columns, no pair is guessed from the rows (the pairs grow as the
# square of the columns); readings the headers name are still checked.
_MAX_GUESSED = 12  # a base of _CORNER - c: the Total row's cell in column c

# A reading of a percentage cell: (amount column, base column, None for the column's total or
# -1 - i for the caption's i-th figure, how the percentage relates them).
_Pair = tuple[int, int | None, str]


def ratio_fits(pct: Value, amount: Value, base: Value, how: str = SHARE) -> bool:
    if base.interval.hi <= 0 or amount.quantity is None or base.quantity is None:
        return True
    if math.isinf(amount.interval.hi) or math.isinf(base.interval.hi):
        return True
    lo = amount.interval.lo / base.interval.hi * 100
    hi = amount.interval.hi / base.interval.lo * 100 if base.interval.lo > 0 else INF
    if how == AVERAGE:  # people per household: a plain ratio, not a percentage
        return Interval(lo / 100, hi / 100).intersects(pct.interval)
    if how == CHANGE:  # (later - earlier) / earlier, either way
        up = Interval(lo - 100, hi - 100)
        return up.intersects(pct.interval) or (up * -1.0).intersects(pct.interval)
    share = Interval(100 - hi, 100 - lo) if how == GAP else Interval(lo, hi)
    return share.intersects(pct.interval)


def ratio_holds(r: TableRatio) -> bool:
    """Whether some reading of the two cells gives the stated percentage."""
    return any(ratio_fits(r.percent, *reading) for reading in r.readings)


def ratios(read: ReadTable, w: TableWords) -> None:
    """Every percentage column, and every column with percentages in brackets after its
    figures ("1,348 (64%)": a share of that figure's row or column)."""
    for p, role in enumerate(read.cols):
        if role == "percent":
            _percent_column(read, w, p, [row[p] for row in read.values], None)
    for c, cells in read.brackets.items():
        _percent_column(read, w, c + 1, cells, c)
    _averages(read, w)
    _products(read, w)


def _products(read: ReadTable, w: TableWords) -> None:
    """ "Households | People (5 per household)": the people are the households times the size
    the header states."""
    figures = [c for c, role in enumerate(read.cols) if role in ("figures", "total")]
    sized = [(c, m) for c in figures if (m := w.per_household.search(read.col_label(c)))]
    taken = {c for c, _ in sized}
    homes = [c for c in figures if c not in taken and name_words(read.col_label(c)) & w.households]
    if len(homes) != 1 or len(sized) != 1:
        return
    c, m = sized[0]
    factor = float((m.group(1) or m.group(2)).replace(",", "."))
    for r, role in enumerate(read.rows):
        result, amount = read.values[r][c], read.values[r][homes[0]]
        if role in ("part", "total", "subtotal") and stated(result) and stated(amount):
            assert result is not None and amount is not None
            read.products.append(TableProduct(result, amount, factor, read.cell_name(r, c)))


def _averages(read: ReadTable, w: TableWords) -> None:
    """ "Individuals | Households | Average household size": the average is the one over the
    other, where the headers say so."""
    heads = {c: name_words(read.col_label(c)) for c in range(len(read.cols))}
    figures = [c for c, role in enumerate(read.cols) if role in ("figures", "total")]
    means = [
        c
        for c, role in enumerate(read.cols)
        if role == "other" and w.rate.search(read.col_label(c)) and heads[c] & w.households
    ]
    homes = [c for c in figures if heads[c] & w.households]
    people = [c for c in figures if heads[c] & w.persons and c not in homes]
    if len(means) != 1 or len(homes) != 1 or len(people) != 1:
        return
    m = means[0]
    for r, role in enumerate(read.rows):
        mean = read.values[r][m]
        if role not in ("part", "total", "subtotal") or not stated(mean) or mean is None:
            continue
        reading = _reading(read, r, (people[0], homes[0], AVERAGE), None)
        if reading is not None:
            read.ratios.append(TableRatio(mean, [reading], read.cell_name(r, m)))


def _percent_column(
    read: ReadTable, w: TableWords, p: int, pcts: list[Value | None], amount: int | None
) -> None:
    """The readings a column of percentages (at position ``p``, or in brackets after the
    figures of column ``amount``) has, as its headers name them or its rows bear them out."""
    cols = read.cols
    figures = [c for c, role in enumerate(cols) if role in ("figures", "total")]
    every = [c for c, role in enumerate(cols) if role in ("figures", "total", "change")]
    amounts = [amount] if amount is not None else [c for c in every if c < p]
    checked = [r for r, role in enumerate(read.rows) if role in ("part", "total", "subtotal")]
    total_row = next((r for r in checked if read.rows[r] == "total"), None)
    rows = [r for r in checked if stated(pcts[r])]
    if not rows:
        return
    named = _named_pairs(read, figures, p, w) if amount is None else []
    whole, siblings = share_siblings(read, w)
    if amount is None and whole is not None and p in siblings:
        named.insert(0, (siblings[p], whole, SHARE))
    pairs = list(named)
    # A share of a whole stated in the caption: "Plan funding received: US$198.4m".
    if total_row is None:
        anywhere = [amount] if amount is not None else every  # "| Share | Refugees |"
        pairs.extend((a, -1 - i, SHARE) for a in anywhere for i in range(len(read.caption)))
    # A share of the grand total, in the Total row and the last Total column.
    elif (corner := _corner(read, total_row, w)) is not None:
        pairs.extend((a, _CORNER - corner, SHARE) for a in amounts)
    head = read.col_label(p) if amount is None else ""
    if w.share.search(head) or not named:
        pairs.extend((a, None, SHARE) for a in amounts)  # a share of the column's total
    if len(figures) <= _MAX_GUESSED:  # pairs no header names: a few columns only
        pairs.extend(
            (a, b, SHARE)
            for a in amounts
            for b in figures
            if a != b and (amount is not None or b < p) and (a, b, SHARE) not in named
        )
    supported = [
        pair for pair in pairs if _borne_out(read, rows, pcts, pair, total_row, pair in named)
    ]
    name = read.col_name(p) if amount is None else f"{read.col_name(amount)} (in brackets)"
    if not supported:
        read.notes.append(f"{name}: no pair of columns explains its percentages")
        return
    for r in rows:
        readings = [t for pair in supported if (t := _reading(read, r, pair, total_row))]
        pct = pcts[r]
        if readings and pct is not None:
            where = read.cell_name(r, p) if amount is None else f"{read.row_name(r)}, {name}"
            read.ratios.append(TableRatio(pct, readings, where))


def _borne_out(
    read: ReadTable,
    rows: list[int],
    pcts: list[Value | None],
    pair: _Pair,
    total_row: int | None,
    named: bool,
) -> bool:
    """Whether the rows bear a reading out: half of them for a pair the headers name (or the
    only row of a key-figure table), two rows and half for a share of a total, and three rows
    and two thirds for a pair no header names (a chance fit is then unlikely)."""
    n = real = seen = 0  # rows that fit, those more than 0 of something, rows with cells
    for r in rows:
        reading = _reading(read, r, pair, total_row)
        pct = pcts[r]
        if reading is None or pct is None:
            continue
        seen += 1
        if ratio_fits(pct, *reading):
            n += 1
            real += reading[0].value != 0 or pct.value != 0 or reading[2] != SHARE
    if named:
        # A key-figure table's one row cannot bear a reading out: its headers must do.
        return n * 2 >= seen or len(rows) == 1
    # Nothing over anything is 0%: rows of zeros fit every reading and prove none.
    if pair[1] is None or pair[1] < 0:
        return real >= 2 and n * 2 >= seen
    return real >= 2 and n >= 3 and n * 3 >= seen * 2


def _reading(
    read: ReadTable, r: int, pair: _Pair, total_row: int | None
) -> tuple[Value, Value, str] | None:
    a, b, how = pair
    amount = read.values[r][a]
    if b is None:
        if total_row is None:
            return None
        base = read.values[total_row][a]
    elif b <= _CORNER:
        if total_row is None:
            return None
        base = read.values[total_row][_CORNER - b]
    elif b < 0:
        base = read.caption[-1 - b]
    else:
        base = read.values[r][b]
    if amount is None or base is None or amount.quantity is None or base.quantity is None:
        return None
    if amount.measure != base.measure:
        return None
    return amount, base, how


def _named_pairs(read: ReadTable, figures: list[int], p: int, w: TableWords) -> list[_Pair]:
    """Readings whose headers name them: "Reached" over "Target", "Funded" over "Required";
    under a gap header, "Gap" over "Required" or what "Funded" leaves of it; under a change
    header, the change between the two columns before it. The pair nearest the percentage
    column first."""
    heads = {c: read.col_label(c) for c in figures}
    nums = [c for c in figures if w.numerator.search(heads[c])]
    dens = [c for c in figures if w.denominator.search(heads[c]) and c not in nums]
    pairs: list[_Pair] = []
    before = [c for c in figures if c < p]
    if w.variation.search(read.col_label(p)) and len(before) >= 2:
        # "2015 | 2016 | % de variación": the change from the earlier column to the later.
        return [(before[-1], before[-2], CHANGE)]
    if w.gap.search(read.col_label(p)):
        gaps = [c for c in figures if w.gap.search(heads[c])]
        pairs += [(a, b, SHARE) for a in gaps for b in dens if a != b]
        pairs += [(a, b, GAP) for a in nums for b in dens if a != b and a not in gaps]
    else:
        pairs += [(a, b, SHARE) for a in nums for b in dens if a != b]
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
        read.shares.append(TableShares([c for c in cells if c is not None], read.col_name(p)))


def _corner(read: ReadTable, total_row: int, w: TableWords) -> int | None:
    """The grand total's column: the last figure column headed by a total word."""
    for c in range(len(read.cols) - 1, -1, -1):
        head = plain(read.col_label(c))
        if read.cols[c] in ("figures", "total") and (
            w.total.fullmatch(head) or w.total_lead.match(head)
        ):
            return c if stated(read.values[total_row][c]) else None
    return None
