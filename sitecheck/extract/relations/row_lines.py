"""Flattened layouts whose total is printed apart from its label.

A table flattened into lines of figures, its Total column printed after them one figure a
line: "41,207 312 2,954" / "39,342 312 2,857" / "Total" / "44,473" / "42,511". Each line of
figures adds up to the figure of the same rank below.

Taken only when a total's label stands just before the column of totals or in the lines
above the rows (the column header "… Institutions Total"), and when there are exactly as many
totals as rows. A row whose figures carry different signs ("318 -42 0 205") is left out: the
figures are read without their signs.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import Breakdown
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import WORD, partition_total
from sitecheck.lang import alternation, lexicon, phrases

_LINE = re.compile(r"^[^\n]*", re.M)
_SIGNS = re.compile(r"[\s+\-−–]*")
_HEAD_LINES = 4  # lines above the rows searched for the column header's "Total"

_Line = tuple[re.Match[str], list[Quantity]]


def row_lines(doc: Document, index: QuantityIndex) -> list[Breakdown]:
    p = relation_patterns(doc.language)
    total_word = _total_word(doc.language)
    text = doc.text
    lines = [
        (m, _figures(text, index, m))
        for m in _LINE.finditer(text, *doc.extent)
        if m.group(0).strip()
    ]
    out: list[Breakdown] = []
    i = 0
    while i < len(lines):
        width = len(lines[i][1])
        j = i
        while j < len(lines) and width >= 2 and len(lines[j][1]) == width:
            j += 1
        if j == i or j - i < 2:
            i = max(i + 1, j)
            continue
        rows = lines[i:j]
        k = j
        labelled = k < len(lines) and bool(p.in_total.fullmatch(lines[k][0].group(0).strip()))
        k += labelled
        totals = []
        while k < len(lines) and len(lines[k][1]) == 1:
            totals.append(lines[k][1][0])
            k += 1
        above = " ".join(m.group(0) for m, _ in lines[max(0, i - _HEAD_LINES) : i])
        if len(totals) == len(rows) and (labelled or total_word.search(above)):
            out.extend(_sums(doc, text, rows, totals, above))
        i = k if len(totals) else j
    return out


def _figures(text: str, index: QuantityIndex, line: re.Match[str]) -> list[Quantity]:
    """The figures of a line made of figures only (and their signs); [] for any other line."""
    figs = list(index.between(line.start(), line.end()))
    last = line.start()
    for q in figs:
        readable = q.usable or (q.tag == "debris" and q.malformed is None and not q.ambiguous)
        if not readable or q.kind != "count" or not _SIGNS.fullmatch(text, last, q.span.start):
            return []
        last = q.span.end
    return figs if _SIGNS.fullmatch(text, last, line.end()) else []


def _sign(text: str, q: Quantity) -> int:
    if q.value == 0:
        return 0
    return -1 if text[q.span.start - 1 : q.span.start] in ("-", "−", "–") else 1


def _sums(
    doc: Document, text: str, rows: list[_Line], totals: list[Quantity], head: str
) -> list[Breakdown]:
    p = relation_patterns(doc.language)
    out = []
    for (_, parts), total in zip(rows, totals, strict=True):
        signs = {_sign(text, q) for q in (*parts, total)} - {0}
        if len(signs) > 1:
            continue  # "318 -42 0 205 … 481": the figures are read without their signs
        out.append(partition_total(p, total, parts, [], head, by_unit=False))
    return out


_MAX_LABEL = 5  # words of an item's label in a figures box ("USAID/OFDA", "State/PRM")


def label_below(doc: Document, index: QuantityIndex) -> list[Breakdown]:
    """A figures box whose items each hold a label and a figure on one line, then the total
    alone on its line with its label under it: "OFDA $96,418,204" / "FFP $287,530,116" /
    "$454,954,000" / "COMBINED USG ASSISTANCE …"."""
    p = relation_patterns(doc.language)
    opens = _opens(doc.language)
    text = doc.text
    lines = [m for m in _LINE.finditer(text, *doc.extent) if m.group(0).strip()]
    out: list[Breakdown] = []
    for i in range(2, len(lines) - 1):
        total = _alone(index, lines[i])
        # Money only: a box of people ("in need", "targeted", then "Total population") holds
        # figures that are no parts of one another.
        if total is None or total.currency is None or not opens.match(lines[i + 1].group(0)):
            continue
        parts: list[Quantity] = []
        labels: list[str] = []
        for m in reversed(lines[:i]):
            q = _labelled(text, index, m)
            if q is None or (q.kind, q.currency) != (total.kind, total.currency):
                break
            parts.insert(0, q)
            labels.insert(0, m.group(0))
        under = lines[i + 1].group(0)
        if len(parts) >= 2 and not _other_role(doc.language, under, labels):
            out.append(partition_total(p, total, parts, labels, under))
    return out


def _other_role(language: str, under: str, labels: list[str]) -> bool:
    """ "ECHO $3,000,000" / "USAID $5,000,000" / "$12,000,000" / "TOTAL REQUIREMENTS": a total
    of what is required (or missing) is no sum of what donors gave, unless the items say so."""
    for role, words in _roles(language):
        if role != "funded" and words.search(under):
            return not all(words.search(label) for label in labels)
    return False


@cache
def _total_word(language: str) -> re.Pattern[str]:
    return phrases(lexicon(language).in_total)


@cache
def _roles(language: str) -> list[tuple[str, re.Pattern[str]]]:
    return [(role, phrases(w)) for role, w in lexicon(language).funding_labels.items()]


@cache
def _opens(language: str) -> re.Pattern[str]:
    """A total's label under its figure: "COMBINED USG ASSISTANCE", "TOTAL USG FUNDING"."""
    lex = lexicon(language)
    words = alternation((*lex.in_total, *lex.label_below_totals))
    return re.compile(rf"^\W*(?:{words})(?![\w])", re.I)


def _usable(index: QuantityIndex, start: int, end: int) -> list[Quantity]:
    return [q for q in index.between(start, end) if q.tag is None and q.usable]


def _alone(index: QuantityIndex, line: re.Match[str]) -> Quantity | None:
    figs = _usable(index, line.start(), line.end())
    if len(figs) != 1 or line.group(0).strip() != figs[0].text:
        return None
    return figs[0]


def _labelled(text: str, index: QuantityIndex, line: re.Match[str]) -> Quantity | None:
    """The figure that closes a line opened by a short label ("FFP2 $287,530,116")."""
    figs = _usable(index, line.start(), line.end())
    if len(figs) != 1 or text[figs[0].span.end : line.end()].strip():
        return None
    label = text[line.start() : figs[0].span.start]
    words = WORD.findall(label)
    return figs[0] if 1 <= len(words) <= _MAX_LABEL else None


_DASH = re.compile(r"[ \t]*[–—-][ \t]*")  # an empty cell: nil
_PADDED = re.compile(r"0\d{1,2}")  # "05" in a column of counts: five, zero-padded
_Cell = Quantity | None  # None: a dash


def unlabelled_totals(doc: Document, index: QuantityIndex) -> list[Breakdown]:
    """A table flattened into a label line over one line per column, its total row last and
    unlabelled: "Malakand" / "184" / "1,402" / … / "231" / "1,592" / "10,157". Nothing names
    the last row: it is taken as the total only when every column but one adds up to it (a
    dash is nil), and then the one that does not is reported."""
    text = doc.text
    lines = [m for m in _LINE.finditer(text, *doc.extent) if m.group(0).strip()]
    cells = [_cell(index, m) for m in lines]
    out: list[Breakdown] = []
    i = 0
    while i < len(lines):
        rows, width, j = _stacked_rows(lines, cells, i)
        if len(rows) >= 3 and width >= 3 and j + width <= len(lines):
            last = cells[j : j + width]
            after = j + width
            if all(isinstance(c, Quantity) for c in last) and (
                after == len(lines) or cells[after] is False
            ):
                out.extend(_confirmed(rows, [c for c in last if isinstance(c, Quantity)]))
        i = max(i + 1, j)
    return out


def _cell(index: QuantityIndex, line: re.Match[str]) -> Quantity | None | bool:
    """A line's cell: its one figure, None for a dash, False for any other line."""
    if _DASH.fullmatch(line.group(0)):
        return None
    figs = list(index.between(line.start(), line.end()))
    if len(figs) != 1 or line.group(0).strip() != figs[0].text or figs[0].kind != "count":
        return False
    q = figs[0]
    return q if q.usable or (q.tag == "identifier" and _PADDED.fullmatch(q.text)) else False


def _stacked_rows(
    lines: list[re.Match[str]], cells: list[Quantity | None | bool], i: int
) -> tuple[list[list[_Cell]], int, int]:
    """The rows from line ``i`` on, each a label line over the same number of cell lines."""
    rows: list[list[_Cell]] = []
    width = 0
    j = i
    while j < len(lines) and cells[j] is False and _DIGIT_FREE.fullmatch(lines[j].group(0)):
        k = j + 1
        while k < len(lines) and cells[k] is not False and not (width and k - j > width):
            k += 1
        row: list[_Cell] = [c for c in cells[j + 1 : k] if c is None or isinstance(c, Quantity)]
        if not row or (width and len(row) != width):
            break
        width = len(row)
        rows.append(row)
        j = k
    return rows, width, j


_DIGIT_FREE = re.compile(r"[^\d]+")


def _confirmed(rows: list[list[_Cell]], totals: list[Quantity]) -> list[Breakdown]:
    sums = []
    for col, total in enumerate(totals):
        parts = [q for r in rows if isinstance(q := r[col], Quantity)]
        lo = sum(q.interval.lo for q in parts)
        hi = sum(q.interval.hi for q in parts)
        fits = total.interval.lo <= hi and lo <= total.interval.hi
        # A dash may also mean "not known": such a column is only checked one way.
        dashed = len(parts) < len(rows)
        sums.append((Breakdown(total, parts, "in-total", at_most=dashed), fits))
    if sum(1 for _, fits in sums if not fits) > 1:
        return []
    return [b for b, _ in sums]
