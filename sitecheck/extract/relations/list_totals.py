"""Totals after lists: items that each state one figure, then "In total, N …" or "Total: N".

Items are bullet lines, whether the report's Markdown makes them list items or they are lines
of a paragraph opening on "•" or "–" (web pages and PDF text). Blank lines may stand between
them; a line of words only continues the item before it.

The total is checked one way (not above the sum) when the items may overlap: people reached
by several sectors are counted once in a deduplicated total. It is checked both ways when the
list is a partition: a heading "by nationality" or "selon la province", an item for the others
("Other nationalities"), or things and money rather than people, which no one deduplicates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import Breakdown
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.wording import partition_total

_LINE = re.compile(r"^[^\n]*", re.M)
_BULLET = re.compile(r"[ \t]*(?:[•●▪·◦–—*+-]|\d{1,2}[.)])[ \t]+")
_DIGIT = re.compile(r"\d")


@dataclass
class _Item:
    start: int
    end: int
    figure: Quantity | None  # None: more than one figure, or none usable


def list_totals(doc: Document, index: QuantityIndex) -> list[Breakdown]:
    p = relation_patterns(doc.language)
    text = doc.text
    out: list[Breakdown] = []
    items: list[_Item] = []
    head = ""  # the line before the first item
    last = ""
    blank = False
    for m in _LINE.finditer(text):
        line = m.group(0)
        if not line.strip():
            blank = True
            continue
        bullet = _BULLET.match(line)
        body = line[bullet.end() :] if bullet else line
        total = _total(p, index, m.start() + len(line) - len(body), m.end(), body)
        if total is not None and len(items) >= 2:
            b = _breakdown(doc, p, head, items, total)
            if b is not None:
                out.append(b)
            items = []
        elif bullet and _DIGIT.search(body):
            if not items:
                head = last
            items.append(_Item(m.start(), m.end(), _figure(index, m.start(), m.end())))
        elif items and not bullet and not blank and not _DIGIT.search(line):
            items[-1].end = m.end()  # the item's text wraps onto this line
        else:
            items = []
        last, blank = line, False
    return out


def stacked_totals(doc: Document, index: QuantityIndex) -> list[Breakdown]:
    """A table flattened into lines, each label over its figure, the last label a total:
    "Goiânia (GO)" / "126" / "Belém (PA)" / "392" / "TOTAL" / "730"; or over one figure per
    column: "Kidal" / "1 906" / "10 245" / … / "Total" / "11 445" / "66 380"."""
    p = relation_patterns(doc.language)
    text = doc.text
    out: list[Breakdown] = []
    lines = [m for m in _LINE.finditer(text) if m.group(0).strip()]
    rows: list[tuple[re.Match[str], list[Quantity]]] = []
    head = ""
    i = 0
    while i + 1 < len(lines):
        label = lines[i]
        # A line with a digit is no label: skipped before its values are read (linear time).
        values = [] if _DIGIT.search(label.group(0)) else _row_values(index, lines, i + 1)
        width = len(rows[0][1]) if rows else 0
        if not values or (rows and len(values) != width):
            rows = []
            i += 1
            continue
        if p.in_total.fullmatch(label.group(0).strip()) and len(rows) >= 2:
            for col, figure in enumerate(values):
                items = [_Item(r[0].start(), r[0].end(), r[1][col]) for r in rows]
                b = _breakdown(doc, p, head, items, figure, by_unit=False)
                if b is not None:
                    out.append(b)
            rows = []
        else:
            if not rows:
                # The caption, the labels' header and one header per column.
                head = " ".join(m.group(0) for m in lines[max(0, i - len(values) - 2) : i])
            rows.append((label, values))
        i += 1 + len(values)
    return out


def _row_values(index: QuantityIndex, lines: list[re.Match[str]], at: int) -> list[Quantity]:
    """The lines from ``at`` on that each hold one figure and nothing else."""
    values: list[Quantity] = []
    for k in range(at, len(lines)):  # no slice: a copy per line made long lists quadratic
        line = lines[k]
        figure = _figure(index, line.start(), line.end())
        if figure is None or line.group(0).strip() != figure.text:
            break
        values.append(figure)
    return values


def _total(
    p: RelationPatterns, index: QuantityIndex, start: int, end: int, body: str
) -> Quantity | None:
    m = p.in_total.match(body)
    if m is None:
        return None
    total = next((q for q in index.between(start, end) if q.usable), None)
    if total is None or total.span.start - start > m.end() + 30:
        return None
    if p.unique.search(body[: total.span.start - start + 60]):
        return None  # a deduplicated total may be anything up to the sum
    return total


def _figure(index: QuantityIndex, start: int, end: int) -> Quantity | None:
    # "Seven localities (6 to 9 March): 774 kits": a count in words names the item, not its figure.
    figs = [q for q in index.between(start, end) if q.tag is None and not q.from_words]
    return figs[0] if len(figs) == 1 and figs[0].usable else None


def _breakdown(
    doc: Document,
    p: RelationPatterns,
    head: str,
    items: list[_Item],
    total: Quantity,
    by_unit: bool = True,
) -> Breakdown | None:
    """``by_unit``: whether the figures' own words tell things from people (not so for bare
    figures under labels)."""
    parts = [i.figure for i in items]
    if any(q is None or q.kind != total.kind for q in parts):
        return None
    found = [q for q in parts if q is not None]
    labels = [doc.text[i.start : i.end] for i in items]
    return partition_total(p, total, found, labels, head, by_unit)
