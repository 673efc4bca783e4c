"""Total columns: a column that is the sum of others, by its header ("Total", "Total Aug
2005", "ALL USAID AID", "Required" over "Funded" and "Gap", "Revised" over "Current" and
"Increase") or by what most rows bear out."""

from __future__ import annotations

from sitecheck.document import Document
from sitecheck.extract.tables.model import ColRole, ReadTable, TableSum
from sitecheck.extract.tables.roles import share_siblings
from sitecheck.extract.tables.totals import cells_of, one_way, stated, sum_fits, value_at
from sitecheck.extract.tables.words import TableWords, after_total, name_words, plain

# Shorter runs of columns a Total column may close, tried after the full run: a dozen at most,
# so that a table of hundreds of columns is read in time linear in its size.
_MAX_RUNS = 12


def total_columns(read: ReadTable, doc: Document, w: TableWords) -> None:
    cols = read.cols
    checked = [r for r, role in enumerate(read.rows) if role in ("part", "total", "subtotal")]
    heads = _figure_heads(read, w)
    for t, col in enumerate(cols):
        # A "Total" column's first reading is the run of columns beside it; a header such as
        # "Total Aug 2005" or "Total de casos" names its parts, to be borne out by the rows.
        named = col == "total"
        if named:
            runs = _column_runs(cols, t)
        else:
            runs = _same_period(read, t, w, heads) or _last(read, t, w)
        if not runs:
            continue
        head = read.col_label(t)
        rows = [r for r in checked if stated(read.values[r][t])]
        fits = [
            sum(
                1
                for r in rows
                if (got := cells_of(read, r, run)) and sum_fits(value_at(read, r, t), got, False)
            )
            for run in runs
        ]
        supported = [
            i
            for i, n in enumerate(fits)
            if (named and i == 0) or (n >= 2 and n * 2 >= len(rows)) or len(rows) == 1
        ]
        for r in rows:
            readings = [got for i in supported if (got := cells_of(read, r, runs[i]))]
            if not readings:
                continue
            label = read.row_label(r)
            read.sums.append(
                TableSum(
                    value_at(read, r, t),
                    readings,
                    one_way(doc, read, w, f"{head} {label}"),
                    f"{read.col_name(t)}, {read.row_name(r)}",
                )
            )


def _same_period(
    read: ReadTable, t: int, w: TableWords, heads: dict[int, frozenset[str]]
) -> list[list[int]]:
    """ "Total Aug 2005" over "IDPs Aug 2005" and "Refugees Aug 2005", "All displaced, Aug
    2005" over "Refugees hosted, Aug 2005", "Total de casos" over "Casos probables" and "Casos
    confirmados", "Total n" over "Mixta n": the columns whose headers hold every word that
    follows the total word (after its last comma, if any)."""
    rest = after_total(plain(read.col_label(t)), w)
    if read.cols[t] != "figures" or rest is None:
        return []
    tail = name_words(rest.rsplit(",", 1)[-1])
    if not tail:
        return []
    parts = [c for c, words in heads.items() if c != t and tail <= words]
    return [parts] if len(parts) >= 2 else []


def _figure_heads(read: ReadTable, w: TableWords) -> dict[int, frozenset[str]]:
    """The header words of each figure column not headed by a total word: read once per table
    (read again for every column, they made a wide table quadratic)."""
    return {
        c: frozenset(name_words(label))
        for c, role in enumerate(read.cols)
        if role == "figures" and not w.total_lead.match(plain(label := read.col_label(c)))
    }


def _last(read: ReadTable, t: int, w: TableWords) -> list[list[int]]:
    """ "… | ALL USAID AID": the last figure column, headed by a total word, over the figure
    columns before it; "Total de pessoas | Homens | Mulheres | …": the first, headed by a total
    of people or households, over those after it (to be borne out by the rows, or the one row
    of a key-figure table). "Total PIN | Targeted | Reached" is none of these."""
    rest = after_total(plain(read.col_label(t)), w)
    if rest is None:
        return []
    figures = [c for c, role in enumerate(read.cols) if role == "figures"]
    if not figures:
        return []
    if figures[0] == t and not name_words(rest) <= w.people:
        return []
    if t not in (figures[0], figures[-1]):
        return []
    runs = _column_runs(["total" if c == t else role for c, role in enumerate(read.cols)], t)
    return runs[:1]


def _column_runs(cols: list[ColRole], t: int) -> list[list[int]]:
    """Runs of figure columns a Total column may add up, the longest first: the columns
    before it back to the labels or another total, or (a total in first place) those after."""
    left = []
    c = t - 1
    while c >= 0 and cols[c] in ("figures", "percent", "change", "other"):
        if cols[c] == "figures":
            left.append(c)
        c -= 1
    left.reverse()
    if len(left) >= 2:
        return [left[i:] for i in range(min(len(left) - 1, _MAX_RUNS))]
    right = []
    c = t + 1
    while c < len(cols) and cols[c] in ("figures", "percent", "change", "other"):
        if cols[c] == "figures":
            right.append(c)
        c += 1
    if len(right) >= 2:
        return [right[: len(right) - i] for i in range(min(len(right) - 1, _MAX_RUNS))]
    return []


def funding_columns(read: ReadTable, doc: Document, w: TableWords) -> None:
    """Columns that one column is the sum of, by their headers: a requirement is what was
    received and the gap together; a revised budget the current one and its increase."""
    heads = {c: read.col_label(c) for c, role in enumerate(read.cols) if role == "figures"}
    for whole_rx, part_rxs in (
        (w.required, (w.funded, w.gap)),
        (w.after, (w.before, w.increase)),
    ):
        found: list[list[int]] = []
        for rx in (whole_rx, *part_rxs):
            taken = {c for cols in found for c in cols}
            found.append([c for c, h in heads.items() if rx.search(h) and c not in taken])
        if all(len(cols) == 1 for cols in found):
            parts = [cols[0] for cols in found[1:]]
            # "Received | Carry-over | Gap": a figure column between the parts is another
            # source of funds the heading does not name; the sum would leave it out.
            lo, hi = min(parts), max(parts)
            if any(lo < c < hi for c in heads if c not in parts):
                continue
            _column_sum(read, found[0][0], parts)
    increases = [c for c, h in heads.items() if w.increase.search(h)]
    if len(increases) == 1 and not w.after.search(" ".join(heads.values())):
        _increase(read, increases[0])


def _increase(read: ReadTable, inc: int) -> None:
    """ "Report 2087 | Report 2140 | Increase": the later column is the earlier one and the
    increase, where most rows (two at least) bear it out."""
    others = [c for c, role in enumerate(read.cols) if role == "figures" and c != inc]
    rows = [r for r, role in enumerate(read.rows) if role in ("part", "total", "subtotal")]
    for a, b in ((a, b) for a in others for b in others if a < b):
        fits = sum(
            1
            for r in rows
            if (got := cells_of(read, r, [a, inc]))
            and stated(read.values[r][b])
            and sum_fits(value_at(read, r, b), got, False)
        )
        if fits >= 2 and fits * 2 >= len(rows):
            _column_sum(read, b, [a, inc])
            return


def _column_sum(read: ReadTable, whole: int, parts: list[int]) -> None:
    for r, role in enumerate(read.rows):
        if role not in ("part", "total", "subtotal") or not stated(read.values[r][whole]):
            continue
        got = cells_of(read, r, parts)
        if len(got) == len(parts):
            where = f"{read.col_name(whole)}, {read.row_name(r)}"
            read.sums.append(TableSum(value_at(read, r, whole), [got], False, where))


def sibling_totals(read: ReadTable, doc: Document, w: TableWords) -> None:
    """The whole of a key-figure table is the columns its shares name: "All funding" =
    "Through the plan" + "Outside the plan" when both have a "(%)" column beside them."""
    whole, siblings = share_siblings(read, w)
    parts = sorted(set(siblings.values()) - {whole} if whole is not None else set())
    if whole is None or len(parts) < 2:
        return
    for r, role in enumerate(read.rows):
        got = cells_of(read, r, parts) if role in ("part", "total") else []
        if got and stated(read.values[r][whole]):
            where = f"{read.col_name(whole)}, {read.row_name(r)}"
            read.sums.append(TableSum(value_at(read, r, whole), [got], False, where))


def of_which_columns(read: ReadTable, doc: Document, w: TableWords) -> None:
    """ "Arrivals, all routes | Of which by sea | Of which by land": columns headed "of which"
    are parts of the column before them, and may not add up to more than it."""
    figures = [c for c, role in enumerate(read.cols) if role == "figures"]
    subs = [c for c in figures if w.subitem.match(plain(read.col_label(c)))]
    whole = [c for c in figures if c not in subs and subs and c < subs[0]]
    if len(subs) < 2 or not whole:
        return
    for r, role in enumerate(read.rows):
        got = cells_of(read, r, subs) if role in ("part", "total") else []
        if got and stated(read.values[r][whole[-1]]):
            where = f"{read.col_name(whole[-1])}, {read.row_name(r)}"
            read.sums.append(
                TableSum(value_at(read, r, whole[-1]), [got], False, where, partial=True)
            )
