"""A cell's figure: the one quantity it holds, read as its column says (rounded, a share)."""

from __future__ import annotations

import re

from sitecheck.document import Cell, Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.tables.model import Value
from sitecheck.extract.tables.words import TableWords, plain
from sitecheck.interval import Interval

_LETTER = re.compile(r"[^\W\d_]")


def cell_value(
    doc: Document, cell: Cell, index: QuantityIndex, w: TableWords, laid_out: bool = False
) -> tuple[str, Value | None, bool]:
    """(label, value, empty) of a cell. In a table laid out with spaces (``laid_out``), the
    figure reader took runs of figures for a flattened table whose roles it could not tell
    ("debris"); here the columns tell them."""
    raw = doc.text[cell.span.start : cell.span.end]
    label = plain(raw)
    if not label or label.lower() in w.empty:
        return label, None, True
    mentions = [q for q in index.between(cell.span.start, cell.span.end) if q.tag != "footnote"]
    usable = [q for q in mentions if _usable(q, laid_out)]
    if len(usable) != 1 or len(mentions) != 1:
        # "1,200 (45%)": the count is the cell's figure, its share in brackets aside.
        if len(usable) == 2 and usable[1].kind == "percent" and usable[0].kind != "percent":
            rest = raw[usable[0].span.end - cell.span.start :].strip(" *")
            if rest.startswith("(") and len(mentions) == 2:
                return label, Value(usable[0].interval, usable[0]), False
        return label, None, False
    q = usable[0]
    # Words besides the figure make the cell a label ("12 districts"), not a figure.
    rest = plain(raw.replace(doc.text[q.span.start : q.span.end], " ", 1))
    if _LETTER.search(rest) and len(rest) > 3:
        return label, None, False
    return label, Value(q.interval, q), False


def rounded(values: list[Value | None], scaled: bool) -> list[Value | None]:
    """Figures of a column rounded to a unit: every one stands for its rounding interval.
    Whole numbers in a column whose header names a scale are rounded to their last digit;
    a column whose figures all end in two zeros or more is rounded to that many."""
    qs = [v.quantity for v in values if v is not None and v.quantity is not None]
    ints = [q for q in qs if q.decimals == 0 and q.kind != "percent" and q.scale is None]
    if not ints:
        return values
    zeros = min(_trailing_zeros(q.value) for q in ints)
    unit = 10.0**zeros if zeros >= 2 else (1.0 if scaled else 0.0)
    if unit == 0.0:
        return values
    out: list[Value | None] = []
    for v in values:
        q = v.quantity if v is not None else None
        if q is None or q not in ints or q.qualifier:
            out.append(v)
        else:
            out.append(Value(Interval(q.value - unit / 2, q.value + unit / 2), q))
    return out


def _trailing_zeros(value: float) -> int:
    n = int(round(value))
    if n == 0:
        return 0
    zeros = 0
    while n % 10 == 0:
        n //= 10
        zeros += 1
    return zeros


def percent_value(v: Value | None) -> Value | None:
    """A figure of a percentage column, read as a percentage: "45" stands for 44.5 to 45.5."""
    if v is None or v.quantity is None:
        return v
    q = v.quantity
    if q.kind == "percent":
        return v
    half = 0.5 * 10.0 ** (-q.decimals)
    return Value(Interval(q.value - half, q.value + half), q)


def _usable(q: Quantity, laid_out: bool) -> bool:
    if q.usable:
        return True
    return laid_out and q.tag == "debris" and q.malformed is None and not q.ambiguous
