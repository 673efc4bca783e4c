"""A table a PDF flattened with single spaces: "Chad $64,200,000 $21,186,000 33.00% 5,100,000
1,400,000", one country a line, its header words run together above. Nothing says which
column the percentages are a share of; the rows say it: where every row but one has the
percentage of the same two columns (three rows at least, two of them agreeing to the rounding
of their percentages, and no other pair of columns doing so), the odd row is a wrong share.

The figures of such lines are table debris to the rest of the extraction (their roles are
unknown); the rows, once they bear a pair out, give them one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import permutations

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import PercentOf, Relations

_LINE = re.compile(r"^[^\n]*", re.M)
_LABEL = re.compile(r"[^\W\d_][^\d\n]*?")  # a row's label: words, no figure
_MIN_ROWS = 3  # lines of one shape
_MIN_FITS = 2  # rows that must bear a pair out
_MIN_FIGURES = 3  # figures a line holds after its label

_Row = list[Quantity]


def flat_rows(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    text = doc.text
    run: list[_Row] = []
    for m in _LINE.finditer(text, *doc.extent):
        row = _row(text, index, m)
        if run and (row is None or _shape(row) != _shape(run[0])):
            _read(run, rel)
            run = []
        if row is not None:
            run.append(row)
    _read(run, rel)


def _row(text: str, index: QuantityIndex, line: re.Match[str]) -> _Row | None:
    """The figures of a line made of a label and figures set apart by single blanks."""
    figs = index.between(line.start(), line.end())
    if len(figs) < _MIN_FIGURES or not _LABEL.fullmatch(text, line.start(), figs[0].span.start):
        return None
    for a, b in zip(figs, figs[1:], strict=False):
        if text[a.span.end : b.span.start] != " ":
            return None
    if text[figs[-1].span.end : line.end()].strip():
        return None
    if any(q.malformed or q.ambiguous or q.tag not in (None, "debris") for q in figs):
        return None
    return list(figs)


def _shape(row: _Row) -> tuple[tuple[str, str | None], ...]:
    return tuple((q.kind, q.currency) for q in row)


def _read(run: list[_Row], rel: Relations) -> None:
    if len(run) < _MIN_ROWS:
        return
    shape = _shape(run[0])
    percents = [i for i, (kind, _) in enumerate(shape) if kind == "percent"]
    others = [i for i, (kind, _) in enumerate(shape) if kind != "percent"]
    for p in percents:
        pairs = [
            (a, b)
            for a, b in permutations(others, 2)
            if shape[a] == shape[b] and _borne_out(run, p, a, b)
        ]
        if len(pairs) == 1:  # two pairs that fit: which one the column means is unknown
            a, b = pairs[0]
            for row in run:
                amount, base, pct = (replace(row[i], tag=None) for i in (a, b, p))
                rel.percents.append(PercentOf(amount, pct, base))


def _borne_out(run: list[_Row], p: int, a: int, b: int) -> bool:
    fits = misses = 0
    for row in run:
        if _fits(row[p], row[a], row[b]):
            fits += row[a].value > 0
        else:
            misses += 1
            if misses > 1:
                return False
    return fits >= _MIN_FITS


def _fits(pct: Quantity, amount: Quantity, base: Quantity) -> bool:
    # A base that may be zero explains any percentage: no evidence for the pair.
    return base.interval.lo > 0 and (amount.interval / base.interval * 100.0).intersects(
        pct.interval
    )
