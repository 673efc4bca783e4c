"""Total rows and Total columns against the cells they close, read every way they can be."""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable

from sitecheck.document import Document, Table
from sitecheck.extract.tables.model import ReadTable, RowRole, TableSum, Value
from sitecheck.extract.tables.words import TableWords, after_total, name_words
from sitecheck.interval import INF, Interval
from sitecheck.lang.messages import say


def bold_row(doc: Document, table: Table, r: int) -> bool:
    """A heading row among others: its label in bold."""
    row = table.rows[r]
    return bool(row) and doc.text[row[0].span.start : row[0].span.start + 2] in ("**", "__")


def capital_row(doc: Document, table: Table, r: int) -> bool:
    """A label in capitals ("MOVIMENTAÇÃO TOTAL" over "entradas" and "saídas")."""
    row = table.rows[r]
    return bool(row) and _capitals(doc.text[row[0].span.start : row[0].span.end])


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _dashed(label: str) -> bool:
    return label[:1] in ("-", "–", "—", "•", "·", "o") and label[1:2] == " "


def one_way(doc: Document, read: ReadTable, w: TableWords, head: str) -> bool:
    """A total of people counted once: its header or label says so, a note near the table
    says so, or its rows are sectors (one person is reached by several)."""
    if w.unique.search(head):
        return True
    if "once" not in read.flags:  # the same for every cell of the table: read once
        t = read.table.span
        near = doc.text[max(0, t.start - 300) : t.start] + doc.text[t.end : t.end + 600]
        labels = [read.row_label(r).lower() for r, role in enumerate(read.rows) if role == "part"]
        sectors = sum(1 for lab in labels if lab in w.sectors)
        read.flags["once"] = bool(w.once.search(near) or w.unique.search(near)) or (
            sectors >= 2 and sectors * 2 >= len(labels)
        )
    return read.flags["once"]


def _selection(doc: Document, read: ReadTable, w: TableWords) -> bool:
    """Rows that are a selection of what the total counts: the caption or the label column's
    header says so ("departments with most people sheltered", "top 10", "principales")."""
    if "selection" not in read.flags:
        t = read.table.span
        caption = doc.text[max(0, t.start - 240) : t.start].rsplit("\n\n", 1)[-1]
        labels = [read.col_label(c) for c, role in enumerate(read.cols) if role == "label"]
        read.flags["selection"] = bool(w.partial.search(" ".join([caption, *labels])))
    return read.flags["selection"]


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
                parts = cells_of_rows(read, scope, c)
                if parts:
                    readings.append(parts)
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
                    one_way(doc, read, w, f"{head} {label}"),
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
        bold = [r for r in parts if bold_row(doc, read.table, r)]
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


def stated(v: Value | None) -> bool:
    return v is not None and v.quantity is not None


def value_at(read: ReadTable, r: int, c: int) -> Value:
    v = read.values[r][c]
    assert v is not None
    return v


def figures_of(cells: list[Value | None]) -> list[Value]:
    """The figures of some cells, or nothing when one of them is no figure (text, a year) or
    none of them states one (all empty)."""
    if any(c is None for c in cells) or not any(stated(c) for c in cells):
        return []
    return [c for c in cells if c is not None]


def cells_of(read: ReadTable, r: int, cols: list[int]) -> list[Value]:
    """The figures of some cells of a row (see ``figures_of``)."""
    return figures_of([read.values[r][c] for c in cols])


def sum_fits(total: Value, parts: list[Value], one_way: bool, partial: bool = False) -> bool:
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
    return any(sum_fits(s.total, reading, s.one_way, s.partial) for reading in s.readings)


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
        got = cells_of_rows(read, rows, c)
        if len(got) >= 2 and {g.measure for g in got if g.quantity} == {v.measure}:
            where = say("table.caption_total", column=read.col_name(c))
            read.sums.append(
                TableSum(
                    v,
                    [got],
                    one_way(doc, read, w, ""),
                    where,
                    partial=_selection(doc, read, w),
                )
            )
            return


def named_rows(read: ReadTable, doc: Document, w: TableWords) -> None:
    """Rows whose labels name the rows they add up: "Con alarma + grave" under "Con signos de
    alarma" and "Grave"; "Confirmados" or "Total confirmados" under "FHD confirmados" and "FD
    confirmados" (every word of its label, past a leading "Total", in each of theirs). Checked
    in the figure columns where most bear it out."""
    rows = read.rows
    parts = [r for r, role in enumerate(rows) if role in ("part", "group")]
    cols = [c for c, role in enumerate(read.cols) if role == "figures"]
    for r in parts:
        label = read.row_label(r)
        before = parts[: bisect.bisect_left(parts, r)]
        if "+" in label:
            above = before[-(label.count("+") + 1) :]
        else:
            # "Total with confirmation" under "A with confirmation": the words after "Total".
            mine = name_words(after_total(label, w) or label)
            above = []
            for x in reversed(before):
                if not mine or not mine < name_words(read.row_label(x)):
                    break
                above.insert(0, x)
        if len(above) < 2 or (len(above) != label.count("+") + 1 and "+" in label):
            continue
        sums = []
        for c in cols:
            got = cells_of_rows(read, above, c)
            total = read.values[r][c]
            if total is not None and stated(total) and got:
                sums.append(TableSum(total, [got], False, read.cell_name(r, c)))
        fits = sum(1 for t in sums if sum_holds(t))
        if sums and fits * 2 >= len(sums):
            read.sums.extend(sums)
            rows[r] = "group"  # a sum of rows is no part of the total below it


def bold_groups(read: ReadTable, doc: Document, w: TableWords) -> None:
    """Heading rows among plain ones: a bold row is the sum of the plain rows under it (or,
    when none follow, of those above it); a row in capitals the sum of two or more rows under
    it that open in lower case ("entradas", "saídas")."""
    parts = [r for r, role in enumerate(read.rows) if role == "part"]
    cols = [c for c, role in enumerate(read.cols) if role in ("figures", "total")]
    for marked, least in ((bold_row, 1), (capital_row, 2)):
        heads = [r for r in parts if marked(doc, read.table, r)]
        if not heads or len(heads) == len(parts):
            continue
        for b in heads:
            under = _plain_run(read, doc, b, 1, marked)
            if least == 2 and not all(read.row_label(r)[:1].islower() for r in under):
                continue  # "WASH" over "Health": an acronym, not a heading over sub-items
            if len(under) >= least:
                scopes = [under]
            elif least == 1 and not under:
                scopes = [s for s in [_plain_run(read, doc, b, -1, marked)] if len(s) >= 2]
            else:
                continue
            for c in cols:
                total = read.values[b][c]
                readings = [got for s in scopes if (got := cells_of_rows(read, s, c))]
                if total is not None and total.quantity is not None and readings:
                    read.sums.append(TableSum(total, readings, False, read.cell_name(b, c)))


def _plain_run(
    read: ReadTable,
    doc: Document,
    b: int,
    step: int,
    marked: Callable[[Document, Table, int], bool],
) -> list[int]:
    out = []
    r = b + step
    while 0 <= r < len(read.rows) and read.rows[r] == "part":
        if marked(doc, read.table, r):
            break
        out.append(r)
        r += step
    return out


def cells_of_rows(read: ReadTable, rows: list[int], c: int) -> list[Value]:
    """The figures of one column in some rows (see ``figures_of``)."""
    return figures_of([read.values[r][c] for r in rows])
