"""Labelled brackets that each hold one row of several measures, after a colon that closes the
wholes: "559,558 cases and 4,263 deaths in five zones: A (312,447 cases; 402 deaths; seven
countries), B (…)": the cases of the brackets split the cases, the deaths the deaths.

A measure's whole is the figure before the colon whose noun is the measure's (its first word);
a measure no figure before the colon names (the countries) splits nothing. The breakdown is
closed when a count before the colon numbers the brackets ("five zones"), else the brackets may
leave some out and only parts that exceed the whole are an error.
"""

from __future__ import annotations

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.positions import Positions
from sitecheck.extract.relations.wording import DIGIT, matching_paren

_MIN_ROWS = 2


def _head(q: Quantity) -> str:
    words = q.noun.lower().split()
    return words[0] if words else ""


def _row(text: str, inside: list[Quantity], open_: int, close: int) -> dict[str, Quantity] | None:
    """The measures of one bracket by noun: "(312,447 cases; 402 deaths; seven countries)"; a
    cell without a figure ("one country" in words not read) is skipped."""
    cells = text[open_ + 1 : close].split(";")
    if len(cells) < 2:
        return None
    row: dict[str, Quantity] = {}
    pos = open_ + 1
    for cell in cells:
        end = pos + len(cell)
        in_cell = [q for q in inside if pos <= q.span.start and q.span.end <= end]
        if not in_cell and DIGIT.search(cell):
            return None
        if in_cell:
            q = in_cell[0]
            if len(in_cell) > 1 or text[pos : q.span.start].strip() or q.kind != "count":
                return None  # a label or a second figure in the cell: no row of measures
            head = _head(q)
            if not head or head in row:
                return None
            row[head] = q
        pos = end + 1
    return row if len(row) >= 2 else None


def _rows(doc: Document, span: Span, nums: list[Quantity], colon: int) -> list[dict[str, Quantity]]:
    text, at = doc.text, Positions(nums)
    rows: list[dict[str, Quantity]] = []
    pos = colon + 1
    while (open_ := text.find("(", pos, span.end)) >= 0:
        close = matching_paren(text, open_)
        if close < 0 or close > span.end or DIGIT.search(text, pos, open_):
            return []  # a figure between two brackets: no list of labelled rows
        row = _row(text, at.inside(open_, close), open_, close)
        if row is None:
            return []
        rows.append(row)
        pos = close + 1
    return rows if not DIGIT.search(text, pos, span.end) else []


def bracket_rows(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    text = doc.text
    colon = text.find(":", span.start, span.end)
    if colon < 0 or text.find("(", colon, span.end) < 0 or ";" not in text[colon : span.end]:
        return
    before = [q for q in nums if span.start <= q.span.start and q.span.end <= colon and q.usable]
    rows = _rows(doc, span, nums, colon)
    if len(rows) < _MIN_ROWS or not before:
        return
    # "in five zones:": the count right before the colon numbers the rows.
    counted = before[-1].from_words or not before[-1].noun
    closed = counted and before[-1].value == len(rows) and before[-1].span.end > colon - 40
    for whole in before:
        head = _head(whole)
        if whole.kind != "count" or not head or not all(head in r for r in rows):
            continue
        parts = [r[head] for r in rows]
        if any(p is whole for p in parts):
            continue
        rel.breakdowns.append(
            Breakdown(whole, parts, "labels", exhaustive=closed, at_most=not closed)
        )
