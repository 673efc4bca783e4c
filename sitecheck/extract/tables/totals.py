"""Total rows and Total columns against the cells they close, read every way they can be."""

from __future__ import annotations

import math

from sitecheck.document import Document, Table
from sitecheck.extract.tables.model import ColRole, ReadTable, RowRole, TableSum, Value
from sitecheck.extract.tables.roles import share_siblings
from sitecheck.extract.tables.words import TableWords, plain
from sitecheck.interval import INF, Interval


def _bold(doc: Document, table: Table, r: int) -> bool:
    row = table.rows[r]
    return bool(row) and doc.text[row[0].span.start : row[0].span.start + 2] in ("**", "__")


def _dashed(label: str) -> bool:
    return label[:1] in ("-", "–", "—", "•", "·", "o") and label[1:2] == " "


def _one_way(doc: Document, read: ReadTable, w: TableWords, head: str) -> bool:
    """A total of people counted once: its header or label says so, a note near the table
    says so, or its rows are sectors (one person is reached by several)."""
    if w.unique.search(head):
        return True
    t = read.table.span
    near = doc.text[max(0, t.start - 300) : t.start] + doc.text[t.end : t.end + 600]
    if w.once.search(near) or w.unique.search(near):
        return True
    labels = [read.row_label(r).lower() for r, role in enumerate(read.rows) if role == "part"]
    sectors = sum(1 for lab in labels if lab in w.sectors)
    return sectors >= 2 and sectors * 2 >= len(labels)


def _selection(doc: Document, read: ReadTable, w: TableWords) -> bool:
    """Rows that are a selection of what the total counts: the caption or the label column's
    header says so ("departments with most people sheltered", "top 10", "principales")."""
    t = read.table.span
    caption = doc.text[max(0, t.start - 240) : t.start].rsplit("\n\n", 1)[-1]
    labels = [read.col_label(c) for c, role in enumerate(read.cols) if role == "label"]
    return bool(w.partial.search(" ".join([caption, *labels])))


def total_rows(read: ReadTable, doc: Document, w: TableWords) -> None:
    rows = read.rows
    for t, role in enumerate(rows):
        if role not in ("total", "subtotal"):
            continue
        scopes = _row_scopes(read, doc, t)
        if not scopes:
            continue
        label = read.row_label(t)
        for c, col in enumerate(read.cols):
            if col not in ("figures", "total"):
                continue
            total = read.values[t][c]
            if total is None or total.quantity is None:
                continue
            readings = []
            for scope in scopes:
                parts = [read.values[r][c] for r in scope]
                if any(p is None for p in parts) or not parts:
                    continue
                if all(p is not None and p.quantity is None for p in parts):
                    continue  # every cell empty: nothing stated
                readings.append([p for p in parts if p is not None])
            if not readings:
                continue
            kinds = {p.measure for reading in readings for p in reading if p.quantity is not None}
            if kinds != {total.measure}:
                continue
            head = read.col_label(c)
            read.sums.append(
                TableSum(
                    total,
                    readings,
                    _one_way(doc, read, w, f"{head} {label}"),
                    read.cell_name(t, c),
                    partial=_selection(doc, read, w),
                )
            )


def _row_scopes(read: ReadTable, doc: Document, t: int) -> list[list[int]]:
    """The readings of which rows a total or sub-total row closes."""
    rows = read.rows
    subtotal = rows[t] == "subtotal"
    above = run_of(rows, t, -1, stop_at_subtotal=subtotal)
    below = run_of(rows, t, 1, stop_at_subtotal=subtotal)
    sides = [side for side in (above, below) if len(side) >= 2 or (side and subtotal)]
    if not subtotal and above and below:
        sides = [above]  # a grand total closes what is above it
    scopes: list[list[int]] = []
    for side in sides:
        parts = [r for r in side if rows[r] == "part"]
        subs = [r for r in side if rows[r] in ("subtotal", "group")]
        if parts:
            scopes.append(parts)
        if subs:
            scopes.append(subs)
            last = max(subs) if side and side[0] < t else -1
            scopes.append(subs + [r for r in parts if r > last])
        bold = [r for r in parts if _bold(doc, read.table, r)]
        if bold and len(bold) < len(parts):
            scopes.append(bold)
            scopes.append([r for r in parts if r not in bold])
        dashed = [r for r in parts if _dashed(read.row_label(r))]
        if dashed and len(dashed) < len(parts):
            scopes.append([r for r in parts if r not in dashed])
            scopes.append(dashed)
    if not subtotal and not above:
        # Right under other totals ("All" closing each country's rows): their grand total.
        head = max((r for r in range(t) if rows[r] == "header"), default=-1)
        earlier = [r for r in range(head + 1, t) if rows[r] == "total"]
        if len(earlier) >= 2:
            scopes.append(earlier)
    return [s for s in scopes if s]


def run_of(rows: list[RowRole], t: int, step: int, stop_at_subtotal: bool) -> list[int]:
    """The rows a total may close on one side: up to a header, another total or (for a
    sub-total) the sub-total or section row before it."""
    out = []
    r = t + step
    while 0 <= r < len(rows):
        role = rows[r]
        if role in ("header", "total") or (
            stop_at_subtotal and role in ("subtotal", "group", "section")
        ):
            break
        if role in ("part", "subtotal", "group"):
            out.append(r)
        r += step
    return out if step > 0 else out[::-1]


def total_columns(read: ReadTable, doc: Document, w: TableWords) -> None:
    cols = read.cols
    checked = [r for r, role in enumerate(read.rows) if role in ("part", "total", "subtotal")]
    for t, col in enumerate(cols):
        # A "Total" column's first reading is the run of columns beside it; a header such as
        # "Total Aug 2005" or "Total de casos" names its parts, to be borne out by the rows.
        named = col == "total"
        runs = _column_runs(cols, t) if named else _same_period(read, t, w) or _last(read, t, w)
        if not runs:
            continue
        head = read.col_label(t)
        rows = [r for r in checked if _stated(read.values[r][t])]
        fits = [
            sum(
                1
                for r in rows
                if (got := _cells(read, r, run)) and _sum_fits(_at(read, r, t), got, False)
            )
            for run in runs
        ]
        supported = [
            i
            for i, n in enumerate(fits)
            if (named and i == 0) or (n >= 2 and n * 2 >= len(rows)) or len(rows) == 1
        ]
        for r in rows:
            readings = [got for i in supported if (got := _cells(read, r, runs[i]))]
            if not readings:
                continue
            label = read.row_label(r)
            read.sums.append(
                TableSum(
                    _at(read, r, t),
                    readings,
                    _one_way(doc, read, w, f"{head} {label}"),
                    f"{read.col_name(t)}, {read.row_name(r)}",
                )
            )


def _stated(v: Value | None) -> bool:
    return v is not None and v.quantity is not None


def _at(read: ReadTable, r: int, c: int) -> Value:
    v = read.values[r][c]
    assert v is not None
    return v


def _cells(read: ReadTable, r: int, cols: list[int]) -> list[Value]:
    """The figures of some cells of a row, or nothing when one of them is no figure (text, a
    year) or none of them states one (all empty)."""
    parts = [read.values[r][c] for c in cols]
    if any(p is None for p in parts) or not any(_stated(p) for p in parts):
        return []
    return [p for p in parts if p is not None]


def _same_period(read: ReadTable, t: int, w: TableWords) -> list[list[int]]:
    """ "Total Aug 2005" over "IDPs Aug 2005" and "Refugees Aug 2005", "All displaced, Aug
    2005" over "Refugees hosted, Aug 2005", "Total de casos" over "Casos probables" and "Casos
    confirmados", "Total n" over "Mixta n": the columns whose headers hold every word that
    follows the total word (after its last comma, if any)."""
    head = plain(read.col_label(t))
    lead = w.total_lead.match(head)
    if read.cols[t] != "figures" or lead is None:
        return []
    tail = _words(head[lead.end() - 1 :].rsplit(",", 1)[-1])
    if not tail:
        return []
    parts = [
        c
        for c, role in enumerate(read.cols)
        if role == "figures"
        and c != t
        and tail <= _words(read.col_label(c))
        and not w.total_lead.match(plain(read.col_label(c)))
    ]
    return [parts] if len(parts) >= 2 else []


def _words(text: str) -> set[str]:
    """The words of a header that name something: no link words of one or two letters
    ("de", "of"), but single letters kept ("n", "N")."""
    words = text.lower().replace("(", " ").replace(")", " ").split()
    return {x for x in words if len(x) == 1 or len(x) > 2}


def _last(read: ReadTable, t: int, w: TableWords) -> list[list[int]]:
    """ "… | ALL USAID AID": the last figure column, headed by a total word, over the figure
    columns before it; "Total de pessoas | Homens | Mulheres | …": the first, headed by a total
    of people or households, over those after it (to be borne out by the rows, or the one row
    of a key-figure table). "Total PIN | Targeted | Reached" is none of these."""
    figures = [c for c, role in enumerate(read.cols) if role == "figures"]
    head = plain(read.col_label(t))
    lead = w.total_lead.match(head)
    if not figures or lead is None:
        return []
    if figures[0] == t and not _words(head[lead.end() - 1 :]) <= w.people:
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
    while c >= 0 and cols[c] in ("figures", "percent", "other"):
        if cols[c] == "figures":
            left.append(c)
        c -= 1
    left.reverse()
    if len(left) >= 2:
        return [left[i:] for i in range(len(left) - 1)]
    right = []
    c = t + 1
    while c < len(cols) and cols[c] in ("figures", "percent", "other"):
        if cols[c] == "figures":
            right.append(c)
        c += 1
    if len(right) >= 2:
        return [right[: len(right) - i] for i in range(len(right) - 1)]
    return []


def _sum_fits(total: Value, parts: list[Value], one_way: bool, partial: bool = False) -> bool:
    added = _add([p.interval for p in parts])
    if added.intersects(total.interval):
        return True
    if partial and added.hi <= total.interval.hi:
        return True  # rows left out of a selection may make up the rest
    return one_way and added.lo >= total.interval.lo


def _add(intervals: list[Interval]) -> Interval:
    lo = sum(i.lo for i in intervals)
    hi = INF if any(math.isinf(i.hi) for i in intervals) else sum(i.hi for i in intervals)
    return Interval(lo, hi)


def sum_holds(s: TableSum) -> bool:
    """Whether some reading of the cells makes the total hold."""
    return any(_sum_fits(s.total, reading, s.one_way, s.partial) for reading in s.readings)


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
            _column_sum(read, found[0][0], [cols[0] for cols in found[1:]])
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
            if (got := _cells(read, r, [a, inc]))
            and _stated(read.values[r][b])
            and _sum_fits(_at(read, r, b), got, False)
        )
        if fits >= 2 and fits * 2 >= len(rows):
            _column_sum(read, b, [a, inc])
            return


def _column_sum(read: ReadTable, whole: int, parts: list[int]) -> None:
    for r, role in enumerate(read.rows):
        if role not in ("part", "total", "subtotal") or not _stated(read.values[r][whole]):
            continue
        got = _cells(read, r, parts)
        if len(got) == len(parts):
            where = f"{read.col_name(whole)}, {read.row_name(r)}"
            read.sums.append(TableSum(_at(read, r, whole), [got], False, where))


def sibling_totals(read: ReadTable, doc: Document, w: TableWords) -> None:
    """The whole of a key-figure table is the columns its shares name: "All funding" =
    "Through the plan" + "Outside the plan" when both have a "(%)" column beside them."""
    whole, siblings = share_siblings(read, w)
    parts = sorted(set(siblings.values()) - {whole} if whole is not None else set())
    if whole is None or len(parts) < 2:
        return
    for r, role in enumerate(read.rows):
        got = _cells(read, r, parts) if role in ("part", "total") else []
        if got and _stated(read.values[r][whole]):
            where = f"{read.col_name(whole)}, {read.row_name(r)}"
            read.sums.append(TableSum(_at(read, r, whole), [got], False, where))


def caption_total(read: ReadTable, doc: Document, w: TableWords) -> None:
    """ "… by type of place – a total of 2,612 people" above a table of one column of figures
    and no Total row: the column adds up to the caption's total."""
    figures = [c for c, role in enumerate(read.cols) if role == "figures"]
    if len(figures) != 1 or any(role in ("total", "subtotal") for role in read.rows):
        return
    c = figures[0]
    for v in read.caption:
        q = v.quantity
        if q is None or not w.total_before.search(
            doc.text[max(0, q.span.start - 30) : q.span.start]
        ):
            continue
        rows = [r for r, role in enumerate(read.rows) if role == "part"]
        got = [read.values[r][c] for r in rows]
        if (
            len(got) >= 2
            and all(g is not None for g in got)
            and {g.measure for g in got if g and g.quantity} == {v.measure}
        ):
            where = f"the caption's total, {read.col_name(c)}"
            read.sums.append(
                TableSum(
                    v,
                    [[g for g in got if g is not None]],
                    _one_way(doc, read, w, ""),
                    where,
                    partial=_selection(doc, read, w),
                )
            )
            return
