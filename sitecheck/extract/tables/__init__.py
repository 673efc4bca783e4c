"""Tables read for their arithmetic: the role of every row and column, and what they state.

A reader hands a table over as a grid of cells (``Document.tables``). Here each cell gets its
figure (the one quantity it holds, footnote marks and bold markup aside) or is empty ("-",
"n/a"), a row is a header, a part, a total or sub-total (by its label), an average, a sub-item
("of which …") or a section title, and a column is a label, figures, percentages or a total (by
its header). From these come the relations the table states:

- a Total row is the sum of the rows it closes (every reading of nested rows is tried: bold
  region rows, sub-totals, indented items; only a total no reading explains is reported); a
  Total column is the sum of the columns beside it; a column no header names as a total is the
  sum of two others where every row but one bears that out (then checked one way);
- a percentage column is the ratio of two columns its headers name (reached / target, funded /
  required, deaths / cases), or of a column and that column's total ("% of total"), or, when no
  header names it, of the one pair of columns that explains three rows or more; a row of
  percentages ("Case fatality (%)") is, column by column, the ratio of the rows its label and
  theirs name (deaths over cases) or of the one other row that explains all columns but one;
- a column of shares whose Total row says 100% must add up to 100, and so must a row of shares
  under headers of groups that make up one whole (women, men, girls and boys).

Totals of people counted once (a "unique" header, a note under the table, rows of sectors) are
checked one way: not above the sum of their parts. Figures in columns rounded to thousands or
millions ("in '000", "USD millions") stand for their rounding interval.
"""

from __future__ import annotations

from sitecheck.document import Document, Table
from sitecheck.extract.quantities import QuantityIndex
from sitecheck.extract.tables.cells import bracket_percent, cell_value, percent_value, rounded
from sitecheck.extract.tables.columns import (
    funding_columns,
    of_which_columns,
    sibling_totals,
    total_columns,
)
from sitecheck.extract.tables.evident_sums import evident_sums
from sitecheck.extract.tables.model import (
    ColRole,
    ReadTable,
    RowRole,
    TableProduct,
    TableRatio,
    TableShares,
    TableSum,
    Value,
)
from sitecheck.extract.tables.rate_rows import rate_rows
from sitecheck.extract.tables.ratios import (
    AVERAGE,
    CHANGE,
    GAP,
    SHARE,
    column_shares,
    ratio_holds,
    ratios,
)
from sitecheck.extract.tables.roles import col_roles, label_roles, row_roles
from sitecheck.extract.tables.row_shares import row_shares
from sitecheck.extract.tables.subitems import subitem_rows
from sitecheck.extract.tables.totals import (
    bold_groups,
    caption_total,
    named_rows,
    sum_holds,
    total_rows,
)
from sitecheck.extract.tables.words import TableWords, header_unit, table_words
from sitecheck.interval import INF, Interval
from sitecheck.lang import lexicon

__all__ = [
    "AVERAGE",
    "CHANGE",
    "GAP",
    "SHARE",
    "ColRole",
    "ReadTable",
    "RowRole",
    "TableProduct",
    "TableRatio",
    "TableShares",
    "TableSum",
    "Value",
    "ratio_holds",
    "read_tables",
    "sum_holds",
]


def read_tables(doc: Document, index: QuantityIndex) -> list[ReadTable]:
    w = table_words(lexicon(doc.language))
    out = []
    for table in doc.tables:
        read = _read(doc, table, index, w)
        if read is not None:
            out.append(read)
    return out


# A report's table has tens of columns; a column's reading compares it with every other one, so
# a table drawn thousands of columns wide is not checked (a 5,000-column one took minutes).
MAX_COLUMNS = 500


def _read(doc: Document, table: Table, index: QuantityIndex, w: TableWords) -> ReadTable | None:
    if table.width < 2 or len(table.rows) < 2 or table.width > MAX_COLUMNS:
        return None
    labels, values, empty, brackets = _cells(doc, table, index, w)
    rows = row_roles(table, labels, values, empty, w)
    cols = col_roles(rows, labels, values, empty, w)
    rows = label_roles(rows, cols, labels, values, w)
    read = ReadTable(table, labels, values, rows, cols, brackets=brackets)
    if "label" not in cols:
        read.notes.append("no column of labels: rows cannot be told apart")
    _as_headed(read, empty, w)
    if table.source == "text" and read.rows[0] != "header":
        # A PDF layout without its header may be a piece of a table the reader could not
        # place whole: which rows a total closes is unknown.
        read.notes.append("laid out with spaces and no header line: not checked")
        return read
    named_rows(read, doc, w)
    bold_groups(read, doc, w)
    total_rows(read, doc, w)
    total_columns(read, doc, w)
    evident_sums(read)
    funding_columns(read, doc, w)
    sibling_totals(read, doc, w)
    of_which_columns(read, doc, w)
    subitem_rows(read)
    read.caption = _caption(doc, table, index)
    caption_total(read, doc, w)
    ratios(read, w)
    rate_rows(read, w)
    column_shares(read, w)
    row_shares(read, doc)
    return read


_Grid = tuple[
    list[list[str]], list[list[Value | None]], list[list[bool]], dict[int, list[Value | None]]
]


def _cells(doc: Document, table: Table, index: QuantityIndex, w: TableWords) -> _Grid:
    """Each cell's text, figure and emptiness, and the percentages in brackets after figures."""
    labels: list[list[str]] = []
    values: list[list[Value | None]] = []
    empty: list[list[bool]] = []
    brackets: dict[int, list[Value | None]] = {}
    width = table.width  # computed once: it is the widest row
    for row in table.rows:
        lr: list[str] = []
        vr: list[Value | None] = []
        er: list[bool] = []
        for c in range(width):
            cell = row[c] if c < len(row) else None
            if cell is None:
                lr.append("")
                vr.append(None)
                er.append(True)
                continue
            label, value, is_empty = cell_value(doc, cell, index, w, table.source == "text")
            if value is not None and (pct := bracket_percent(doc, cell, index)) is not None:
                brackets.setdefault(c, [None] * len(table.rows))[len(labels)] = pct
            lr.append(label)
            vr.append(value)
            er.append(is_empty)
        labels.append(lr)
        values.append(vr)
        empty.append(er)
    return labels, values, empty, brackets


def _as_headed(read: ReadTable, empty: list[list[bool]], w: TableWords) -> None:
    """Figures of a column read as its header says (percentages, rounded units); an empty cell
    stands for anything from nothing up."""
    values = read.values
    for c, role in enumerate(read.cols):
        column = [values[r][c] for r in range(len(read.rows))]
        if role == "percent":
            column = [percent_value(v) for v in column]
        elif role in ("figures", "total"):
            head = read.col_label(c)
            column = rounded(column, bool(w.scale.search(head)))
            factor, code = header_unit(head, w)
            if factor != 1.0 or code is not None:
                column = [_in_unit(v, factor, code) for v in column]
        for r, v in enumerate(column):
            values[r][c] = v if not empty[r][c] else Value(Interval(0.0, INF))


def _caption(doc: Document, table: Table, index: QuantityIndex) -> list[Value]:
    """Amounts and counts of the lines right above a table (its caption), nearest last."""
    start = max(0, table.span.start - 240)
    before = doc.text[start : table.span.start]
    blank = before.rfind("\n\n", 0, max(0, len(before.rstrip()) - 1))
    if blank >= 0:
        start += blank + 2  # the caption's paragraph only
    figs = [q for q in index.between(start, table.span.start) if q.usable]
    return [Value(q.interval, q) for q in figs if q.kind != "percent" and not q.from_words]


def _in_unit(v: Value | None, factor: float, code: str | None) -> Value | None:
    """A bare figure under a header that names its unit: "96.2" under "Funding (US$m)"."""
    q = v.quantity if v is not None else None
    if v is None or q is None or q.kind in ("money", "percent") or q.scale is not None:
        return v
    unit = ("money", code) if code is not None else None
    return Value(v.interval * factor, q, factor, unit)
