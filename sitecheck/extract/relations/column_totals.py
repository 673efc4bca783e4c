"""Totals after lists whose lines each state the same few measures: "- Kibera: 1,200 cases (12
deaths)" … then "Total: 2,450 cases (23 deaths)". Each measure is a column: the total line's
cases close the lines' cases, its deaths their deaths.

``list_totals.py`` reads lines of one figure; here every line, and the total line, hold the same
number of figures (two at least), and the figures in one position all name the same noun
("cases", "deaths"), another noun in each position: a line that lists other things, or the
same things in another order, is no row of the columns. Lines are bullet lines, or lines that
open on a label and a colon or a dash ("Kibera: …", "Kibera – …"). Each column is then read as
a one-figure list is (``partition_total``: both ways when the head or the labels split the
total, one way when people may be counted twice; ``scoped``: a total of a wider scope). Lines
of periods ("This week: …") may fall short of a running total, and a total equal to a line
restates it: no reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import Breakdown
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.total_scope import scoped
from sitecheck.extract.relations.wording import (
    lead_noun,
    partition_total,
    period_words,
    same_word,
)
from sitecheck.lang import alternation, lexicon

_LINE = re.compile(r"^[^\n]*", re.M)
_BULLET = re.compile(r"[ \t]*(?:[•●▪·◦–—*+-]|\d{1,2}[.)])[ \t]+")
# "Kibera: …", "North Kivu – …": a short label of words, then a colon or a dash.
_LABEL = re.compile(r"[ \t]*[^\W\d_][^\d:\n–—]{0,40}?(?:[ \t]*:|[ \t]+[–—-][ \t])")
_MAX_COLUMNS = 4


@dataclass
class _Row:
    start: int
    end: int
    figures: list[Quantity]


def column_totals(doc: Document, index: QuantityIndex) -> list[Breakdown]:
    p = relation_patterns(doc.language)
    text = doc.text
    if not _total_line(doc.language).search(text, *doc.extent):
        return []  # no line opens on a total word: the cheap test first
    out: list[Breakdown] = []
    rows: list[_Row] = []
    head = last = ""
    for m in _LINE.finditer(text, *doc.extent):
        line = m.group(0)
        if not line.strip():
            continue
        figs = _figures(index, m.start(), m.end())
        if figs is None:  # the cheap test first: one figure a line, or none
            rows, last = [], line
            continue
        bullet = _BULLET.match(line)
        body = line[bullet.end() :] if bullet else line
        width = len(rows[0].figures) if rows else len(figs)
        if rows and len(figs) == width and p.in_total.match(body):
            out.extend(_columns(doc, p, head, rows, figs, body))
            rows = []
        elif len(figs) == width and (bullet or _LABEL.match(line)):
            if not rows:
                head = last
            rows.append(_Row(m.start(), m.end(), figs))
        else:
            rows = []
        last = line
    return out


@cache
def _total_line(language: str) -> re.Pattern[str]:
    words = alternation(lexicon(language).in_total)
    return re.compile(rf"^\W{{0,6}}(?:{words})(?![\w])", re.I | re.M)


def _figures(index: QuantityIndex, start: int, end: int) -> list[Quantity] | None:
    """The line's figures, when it holds two to four, all usable counts or amounts."""
    figs = index.between(start, end)
    if not 2 <= len(figs) <= _MAX_COLUMNS:
        return None
    if any(q.tag is not None or q.from_words or not q.usable for q in figs):
        return None
    if any(q.kind not in ("count", "money") for q in figs):
        return None
    return list(figs)


def _columns(
    doc: Document,
    p: RelationPatterns,
    head: str,
    rows: list[_Row],
    totals: list[Quantity],
    body: str,
) -> list[Breakdown]:
    if len(rows) < 2:
        return []
    nouns = [lead_noun(q, p).lower() for q in totals]
    if not all(nouns) or len(set(nouns)) != len(nouns):
        return []
    for row in rows:
        for q, noun, total in zip(row.figures, nouns, totals, strict=True):
            if q.kind != total.kind or q.currency != total.currency:
                return []
            if not same_word(lead_noun(q, p).lower(), noun):
                return []  # another measure, or the same ones in another order
    labels = [doc.text[r.start : r.end] for r in rows]
    # "This week: 120 cases, 3 deaths" … "Total: …": lines of periods may fall short of a running
    # total; a total equal to one line restates it.
    if any(period_words(doc.language).search(label) for label in labels):
        return []
    if any(r.figures[0].value == totals[0].value for r in rows):
        return []
    out = []
    for i, total in enumerate(totals):
        parts = [r.figures[i] for r in rows]
        b = scoped(doc.language, partition_total(p, total, parts, labels, head), body, labels)
        if b is not None:
            out.append(b)
    return out
