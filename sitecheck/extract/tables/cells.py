"""A cell's figure: the one quantity it holds, read as its column says (rounded, a share)."""

from __future__ import annotations

import re

from sitecheck.document import Cell, Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.tables.model import Value
from sitecheck.extract.tables.words import TableWords, plain
from sitecheck.interval import Interval

_SIGNED = re.compile(r"[\s(*_]*[-−–+]\s*$")
_REMARK = re.compile(r"\s*\([^()]*\)[\s*†‡¹²³]*$")
_DIGIT = re.compile(r"\d")
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
    # A remark in brackets after the figure is aside: "352 (Eastern route)", "1,348 (64%)",
    # "5,302 (as of 30 September)".
    end = cell.span.end
    remark = _REMARK.search(raw)
    if remark and remark.start() > 0:
        end = cell.span.start + remark.start()
    mentions = [q for q in index.between(cell.span.start, end) if q.tag != "footnote"]
    usable = [q for q in mentions if _usable(q, laid_out)]
    if len(usable) != 1 or len(mentions) != 1:
        return label, None, False
    q = usable[0]
    # Words besides the figure and its qualifier make the cell a label ("12 districts").
    rest_chars = list(raw[: end - cell.span.start])
    for span in (q.span, q.qualifier_span or q.span):
        for i in range(max(span.start, cell.span.start), min(span.end, end)):
            rest_chars[i - cell.span.start] = " "
    rest = plain("".join(rest_chars))
    if q.qualifier and rest.strip().lower() == q.qualifier.lower():
        # "80,000 Approx.  1.86 M Approx.": laid out with spaces, the figure took the word after
        # the cell before as its qualifier; its own, after it, is the same word.
        rest = ""
    if (_LETTER.search(rest) and len(rest) > 3) or _DIGIT.search(rest):
        return label, None, False  # "1 240" read as "1" and a note mark: not one figure
    before = raw[: q.span.start - cell.span.start]
    if _SIGNED.match(before) or (before.strip(" *_") == "(" and raw.rstrip(" *_").endswith(")")):
        # "-38,089", "(−4,761)", "(146,480)": a change, not a count
        return label, Value(q.interval, q, signed=True), False
    return label, Value(q.interval, q), False


def bracket_percent(doc: Document, cell: Cell, index: QuantityIndex) -> Value | None:
    """The percentage in brackets after a cell's figure: "1,348 (64%)"."""
    raw = doc.text[cell.span.start : cell.span.end]
    remark = _REMARK.search(raw)
    if remark is None or remark.start() == 0:
        return None
    start = cell.span.start + remark.start()
    inside = [q for q in index.between(start, cell.span.end) if q.tag != "footnote"]
    if len(inside) == 1 and inside[0].usable and inside[0].kind == "percent":
        if not _LETTER.search(doc.text[start : cell.span.end]):
            return Value(inside[0].interval, inside[0])
    return None


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
