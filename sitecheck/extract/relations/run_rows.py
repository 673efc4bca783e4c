"""A small table whose cells a PDF set one blank apart, each row a label then its figures, its
rows run into one line or one a line:

    Number Amount in CHF Grants (total) 96 8,400,000 Loans to partners 36 2,100,000 25%
    Direct grants 60 6,300,000 75% Partners funded 88

One row's label ends on a total word ("(total)", "Total"); the rows of the same shape right
after it (the same columns, a share at the end or not) are its parts, or, one row a line, those
right before it when none follow. Such a line is table
debris to the rest of the extraction, and it may as well hold rows that are no parts: the
columns must bear the reading out. Every column of figures and the shares (when the rows give
them) are a check that the parts make the total; the reading is kept when there are two such
checks at least and no more than one fails (a wrong figure breaks one of them, not the rows'
shape). A failing column whose total lies among its rows' figures, or a header that names
means or rates, is one of means: no reading. The shares are then of the column whose rows they
fit, when exactly one column fits.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.gates import mentions
from sitecheck.extract.relations.model import Breakdown, PercentOf, Relations, Shares
from sitecheck.interval import Interval
from sitecheck.lang import alternation, lexicon

_LINE = re.compile(r"^[^\n]*", re.M)
_LETTER = re.compile(r"[^\W\d_]")
_END = re.compile(r"[\s*†‡]*")  # what may follow a line's last figure: a footnote mark
_ALIGNED = re.compile(r"\S(?: {2,}|\t)\S")
_MIN_PARTS = 2
_MIN_CHECKS = 2


class _Row:
    """A label and the figures after it."""

    def __init__(self, label: str, figs: list[Quantity]) -> None:
        self.label = label
        share = figs[-1] if figs and figs[-1].kind == "percent" else None
        self.share = share
        self.cells = figs[:-1] if share is not None else figs

    def shape(self) -> tuple[tuple[str, str | None], ...]:
        return tuple((q.kind, q.currency) for q in self.cells)


@cache
def _total(language: str) -> re.Pattern[str]:
    """A label that ends on a total word: "Allocations (total)", "Grand total:"."""
    words = alternation(lexicon(language).table_totals)
    return re.compile(rf"(?:^|\s|\()(?:{words})\)?\s*:?\s*$", re.I)


@cache
def _rates(language: str) -> re.Pattern[str]:
    """Header words of columns that do not add up ("Average size", "Rate"): the total row's
    label holds the header the line ran into it, or the line above does."""
    lex = lexicon(language)
    return re.compile(
        rf"(?<![\w])(?:{alternation((*lex.table_averages, *lex.table_rates))})(?![\w])", re.I
    )


def run_rows(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    text = doc.text
    if not mentions(doc, lexicon(doc.language).table_totals):
        return  # no total row anywhere: spare the lines their reading
    stack: list[_Row] = []  # rows of consecutive lines, one row a line
    header = ""
    for m in _LINE.finditer(text, *doc.extent):
        rows = _rows(text, index, m.start(), m.end())
        if rows is not None and len(rows) == 1:
            stack.append(rows[0])
            continue
        _table(doc, stack, header, rel, before=True)
        stack = []
        header = text[m.start() : m.end()]
        if rows is not None and len(rows) > _MIN_PARTS:
            above = text[text.rfind("\n", 0, max(m.start() - 1, 0)) + 1 : m.start()]
            _table(doc, rows, above, rel, before=False)
    _table(doc, stack, header, rel, before=True)


def _table(doc: Document, rows: list[_Row], header: str, rel: Relations, before: bool) -> None:
    """The total rows of a table and their parts. The rows before a total are its parts only
    when the table holds one row a line: run into one line, where the rows start is unknown (a
    long label may be a header's)."""
    total, rates = _total(doc.language), _rates(doc.language)
    tops = [bool(total.search(r.label)) for r in rows]
    for i, row in enumerate(rows):
        if tops[i] and _plain(row) and not rates.search(header + " " + row.label):
            parts = _parts(rows, tops, i, before)
            if parts:
                _read(row, parts, rel)


def _rows(text: str, index: QuantityIndex, start: int, end: int) -> list[_Row] | None:
    """The line as rows, when it opens on words and ends on a figure, and every figure is plain
    (a count, an amount or a share, no date)."""
    figs = index.between(start, end)
    if not figs or not _END.fullmatch(text, figs[-1].span.end, end):
        return None
    if _ALIGNED.search(text, start, end):
        return None  # cells set apart by wide blanks: a table the table readers read
    if any(
        q.malformed or q.ambiguous or q.from_words or q.tag not in (None, "debris") for q in figs
    ):
        return None
    rows: list[_Row] = []
    mark = start
    for q in figs:
        gap = text[mark : q.span.start]
        if _LETTER.search(gap):
            rows.append(_Row(" ".join(gap.split()), []))
        elif rows and gap.strip():
            return None  # "12 / 30", "4-6": figures tied by signs, not a row's columns
        if not rows:
            return None
        rows[-1].cells.append(q)
        mark = q.span.end
    return [_Row(r.label, r.cells) for r in rows]


def _plain(row: _Row) -> bool:
    """A row of whole counts or amounts: no percentage column but its share, no rates or means
    ("4.6 people per household"), which do not add up."""
    return bool(row.cells) and all(
        q.kind != "percent" and q.value == int(q.value) for q in row.cells
    )


def _parts(rows: list[_Row], tops: list[bool], i: int, before: bool) -> list[_Row] | None:
    """The rows of the total's shape right after it, up to another total's row; or, when
    ``before`` allows and none follow, those right before it."""
    shape = rows[i].shape()

    def run(js: range) -> list[_Row]:
        out: list[_Row] = []
        for j in js:
            if tops[j] or not _plain(rows[j]) or rows[j].shape() != shape:
                break
            out.append(rows[j])
        return out

    parts = run(range(i + 1, len(rows)))
    if before:
        above = run(range(i - 1, -1, -1))[::-1]
        if parts and above:
            return None  # a total amid rows of its shape: which are its parts is unknown
        parts = parts or above
    if len(parts) < _MIN_PARTS or len({p.share is None for p in parts}) > 1:
        return None
    return parts


def _read(total: _Row, parts: list[_Row], rel: Relations) -> None:
    columns = range(len(total.cells))
    sums = [_adds(total.cells[c], [p.cells[c] for p in parts]) for c in columns]
    shares = [p.share for p in parts if p.share is not None]
    checks = sums + ([_hundred(shares)] if shares else [])
    if len(checks) < _MIN_CHECKS or checks.count(False) > 1:
        return
    for c in columns:
        values = [p.cells[c].value for p in parts]
        if not sums[c] and min(values) <= total.cells[c].value <= max(values):
            return  # a column whose total lies among its rows' is one of means, not of sums
    for c in columns:
        whole = replace(total.cells[c], tag=None)
        cells = [replace(p.cells[c], tag=None) for p in parts]
        rel.breakdowns.append(Breakdown(whole, cells, "labels"))
    if not shares:
        return
    fitting = [c for c in columns if _fits(total, parts, c) >= max(1, len(parts) - 1)]
    if len(fitting) == 1:
        c = fitting[0]
        whole = replace(total.cells[c], tag=None)
        for p, share in zip(parts, shares, strict=True):  # every part has its share
            amount = replace(p.cells[c], tag=None)
            rel.percents.append(PercentOf(amount, replace(share, tag=None), whole))
    elif _hundred(shares):
        rel.shares.append(Shares([replace(s, tag=None) for s in shares]))


def _adds(whole: Quantity, parts: list[Quantity]) -> bool:
    return _sum(parts).intersects(whole.interval)


def _hundred(shares: list[Quantity]) -> bool:
    return _sum(shares).intersects(Interval.point(100.0))


def _sum(parts: list[Quantity]) -> Interval:
    total = parts[0].interval
    for q in parts[1:]:
        total = total + q.interval
    return total


def _fits(total: _Row, parts: list[_Row], c: int) -> int:
    """The rows whose share is their figure's share of the total's, in column ``c``."""
    base = total.cells[c].interval
    if base.lo <= 0:
        return 0
    return sum(
        p.share is not None and (p.cells[c].interval / base * 100.0).intersects(p.share.interval)
        for p in parts
    )
