"""Prose against its table: a sentence that restates a table's figure.

"In Sofala, partners reached 48,200 people" restates the cell of the row "Sofala" and the column
"People reached" when the sentence names the row's label and, right by the figure nearest to
that name, a word of the column's header, in the same measure. Only that figure is held to the
cell, and a sentence that speaks of another time or of something new ("in February", "new",
"since") abstains: the same noun phrase with the same scope, or nothing.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.restatements import Restatement
from sitecheck.extract.tables.model import ReadTable, Value
from sitecheck.extract.tables.words import name_words, plain
from sitecheck.lang import alternation, lexicon
from sitecheck.lang.base import Lexicon

_NEAR = 80  # characters between a row's name and its figure, at most
_HEAD_WINDOW = 40  # characters before a figure where its column's word may stand
_NEIGHBOURHOOD = 4000  # characters around a table where its restatements are looked for


@cache
def _scope(lex: Lexicon) -> re.Pattern[str]:
    """Words that give a sentence another scope than the table's: months, "new", "since"."""
    words = (*lex.months, *lex.scope_words, *lex.background_leads)
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?![\w])", re.IGNORECASE)


def table_restatements(
    doc: Document, tables: list[ReadTable], index: QuantityIndex
) -> list[Restatement]:
    """Sentences within a few thousand characters of a table (its section, in practice) that
    restate its cells: a bounded neighbourhood keeps a long report of many tables linear."""
    out: list[Restatement] = []
    if not tables:
        return out
    scope = _scope(lexicon(doc.language))
    sentences = doc.sentences
    starts = [x.span.start for x in sentences]
    for read in tables:
        rows = _named_rows(read)
        if not rows:
            continue
        names = re.compile(rf"(?<![\w])(?:{alternation(rows)})(?![\w])", re.IGNORECASE)
        t = read.table.span
        lo = bisect.bisect_left(starts, t.start - _NEIGHBOURHOOD)
        hi = bisect.bisect_right(starts, t.end + _NEIGHBOURHOOD)
        for sentence in sentences[lo:hi]:
            s, e = sentence.span.start, sentence.span.end
            if sentence.block.kind == "table_row" or t.start <= s < t.end:
                continue
            text = doc.text[s:e]
            if not names.search(text) or scope.search(text):
                continue
            figures = [q for q in index.between(s, e) if q.usable]
            for m in names.finditer(text):
                r = rows[m.group(0).lower()]
                found = _restated(doc, read, r, s + m.start(), s + m.end(), figures)
                if found is not None:
                    out.append(found)
    return out


def _named_rows(read: ReadTable) -> dict[str, int]:
    """Row labels that name one row only, by their words in lower case."""
    seen: dict[str, list[int]] = {}
    for r, role in enumerate(read.rows):
        label = plain(read.row_label(r))
        if role == "part" and len(label) >= 4 and any(c.isalpha() for c in label):
            seen.setdefault(label.lower(), []).append(r)
    return {label: rs[0] for label, rs in seen.items() if len(rs) == 1}


def _restated(
    doc: Document, read: ReadTable, r: int, start: int, end: int, figures: list[Quantity]
) -> Restatement | None:
    """The figure nearest to a row's name, held to the cell of the column it names."""
    near = [
        q for q in figures if abs(q.span.start - end) <= _NEAR or abs(start - q.span.end) <= _NEAR
    ]
    if not near:
        return None
    q = min(near, key=lambda f: min(abs(f.span.start - end), abs(start - f.span.end)))
    around = doc.text[max(0, q.span.start - _HEAD_WINDOW) : q.span.start] + " " + q.noun
    said = {w[:5] for w in name_words(around.lower()) if len(w) >= 4}
    columns = [
        c
        for c, role in enumerate(read.cols)
        if role in ("figures", "total", "percent")
        and said & {w[:5] for w in name_words(read.col_label(c).lower()) if len(w) >= 4}
    ]
    if len(columns) != 1:
        return None
    cell = read.values[r][columns[0]]
    if not _same_measure(cell, q):
        return None
    assert cell is not None and cell.quantity is not None
    return Restatement(
        cell.quantity,
        q,
        f"({read.row_label(r)}, {read.col_label(columns[0])})",
        q.noun,
    )


def _same_measure(cell: Value | None, q: Quantity) -> bool:
    if cell is None or cell.quantity is None or cell.scale != 1.0 or cell.unit is not None:
        return False
    kind = "number" if q.kind in ("count", "plain") else q.kind
    return cell.measure == (kind, q.currency)
