"""Totals after lists: items that each state one figure, then "In total, N …" or "Total: N".

Items are bullet lines, whether the report's Markdown makes them list items or they are lines
of a paragraph opening on "•" or "–" (web pages and PDF text). Blank lines may stand between
them; a line of words only continues the item before it.

The total is checked one way (not above the sum) when the items may overlap: people reached
by several sectors are counted once in a deduplicated total. It is checked both ways when the
list is a partition: a heading "by nationality" or "selon la province", an item for the others
("Other nationalities"), or things and money rather than people, which no one deduplicates.

Lines without bullets are items too when each is a short label, a colon, a dash or blanks and
one figure ("Floods: 61", "Hail 2"), or a figure then a short label ("61 floods"); the total
after them must then be a bare total label ("Total: 98"): a total that says what it counts
("Total affected: 120") may count more than the lines, and a line of prose ("Overall 900
people were reached since May") is no total line.
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
from sitecheck.extract.relations.wording import WORD, partition_total, period_words
from sitecheck.lang import alternation, lexicon, phrases

_LINE = re.compile(r"^[^\n]*", re.M)
_BULLET = re.compile(r"[ \t]*(?:[•●▪·◦–—*+-]|\d{1,2}[.)])[ \t]+")
_DIGIT = re.compile(r"\d")
_DASH = re.compile(r"[–—=-][ \t]*")
# "Strong winds: 14", "Floods – 61 events", "Hail 2": a label of words, a colon, a dash or blanks,
# the figure, a unit of two words at most.
_COLON_ITEM = re.compile(
    r"[ \t]*[^\W\d_][\w'’-]*(?:(?:[ \t]+[–—-])?[ \t]+[^\W\d_][\w'’-]*){0,4}"
    r"(?:[ \t]*:[ \t]*|[ \t]+[–—-][ \t]+|[ \t]+)"
    r"[$€£]?[ \t]?[\d.,  ]+(?:[ \t]+[^\W\d_][\w'’-]*){0,2}[ \t]*"
)
# "61 floods", "14 strong winds": the figure first, then its label.
_FIGURE_ITEM = re.compile(
    r"[ \t]*[$€£]?[ \t]?\d[\d.,  ]*[ \t]+[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,4}[ \t]*"
)


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
    colons = False  # the items are unbulleted "Label: N" lines
    cut = False  # … after a line with a figure
    last_span = (0, 0)
    for m in _LINE.finditer(text, *doc.extent):
        line = m.group(0)
        if not line.strip():
            blank = True
            continue
        bullet = _BULLET.match(line)
        body = line[bullet.end() :] if bullet else line
        total = _line_total(p, index, m, body, doc.language, colons)
        if total is None and not bullet and (not items or colons) and _colon_item(line):
            if not items:
                head, colons = last, True
                # A line before them with a figure of its own: a table's rows cut off.
                cut = any(q.tag is None for q in index.between(*last_span))
            items.append(_Item(m.start(), m.end(), _figure(index, m.start(), m.end())))
        elif total is not None and len(items) >= 2:
            # Bare figures after their labels: their words do not tell people from things.
            restates = colons and (cut or _colons_abstain(doc, p, head, items, total))
            b = None if restates else _breakdown(doc, p, head, items, total, not colons, body)
            if b is not None:
                out.append(b)
            items = []
        elif bullet and _DIGIT.search(body):
            if not items:
                head, colons = last, False
            items.append(_Item(m.start(), m.end(), _figure(index, m.start(), m.end())))
        elif items and not colons and not bullet and not blank and not _DIGIT.search(line):
            items[-1].end = m.end()  # the item's text wraps onto this line
        else:
            items = []
        last, last_span, blank = line, m.span(), False
    return out


def _line_total(
    p: RelationPatterns,
    index: QuantityIndex,
    m: re.Match[str],
    body: str,
    language: str,
    colons: bool,
) -> Quantity | None:
    """The line's total. After unbulleted lines, only a bare total line: "Total: 98" or "98 in
    total" (the total word right before or after the figure, a unit at most)."""
    line = m.group(0)
    total = _total(p, index, m.start() + len(line) - len(body), m.end(), body, language)
    if not colons:
        return total
    if total is not None:
        at = total.span.start - m.end() + len(body)
        return total if _bare_total(p, body, at) and _colon_item(line) else None
    if _figure_total(language).fullmatch(line):
        return _figure(index, m.start(), m.end())
    return None


@cache
def _figure_total(language: str) -> re.Pattern[str]:
    words = alternation(lexicon(language).in_total)
    return re.compile(rf"[ \t]*[$€£]?[ \t]?\d[\d.,  ]*[ \t]+(?:{words})[ \t.:]*", re.I)


def _colons_abstain(
    doc: Document, p: RelationPatterns, head: str, items: list[_Item], total: Quantity
) -> bool:
    """Unbulleted lines that may not add up to the total after them: a total equal to one line
    restates it ("Individuals: 1,420" / "Total: 1,420"); a head that names only some ("The main
    events:") leaves the rest out; lines of periods ("This week: 120") may fall short of a
    running total."""
    return (
        any(i.figure and i.figure.value == total.value for i in items)
        or _selection(doc.language).search(head) is not None
        or p.connector.search(head) is not None
        or any(period_words(doc.language).search(doc.text, i.start, i.end) for i in items)
    )


@cache
def _selection(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    return phrases((*lex.table_selection, *lex.partial_words))


def _colon_item(line: str) -> bool:
    return _DIGIT.search(line) is not None and (
        _COLON_ITEM.fullmatch(line) is not None or _FIGURE_ITEM.fullmatch(line) is not None
    )


def _bare_total(p: RelationPatterns, body: str, at: int) -> bool:
    """ "Total: 98", "In total: 98 events", "Total – 98": the total words right before the figure
    (``at``, its offset in the line)."""
    m = p.in_total.match(body)
    if m is None:
        return False
    dash = _DASH.match(body, m.end())
    return at <= (dash.end() if dash else m.end())


def stacked_totals(doc: Document, index: QuantityIndex) -> list[Breakdown]:
    """A table flattened into lines, each label over its figure, the last label a total:
    "Goiânia (GO)" / "126" / "Belém (PA)" / "392" / "TOTAL" / "730"; or over one figure per
    column: "Kidal" / "1 906" / "10 245" / … / "Total" / "11 445" / "66 380"."""
    p = relation_patterns(doc.language)
    text = doc.text
    out: list[Breakdown] = []
    lines = [m for m in _LINE.finditer(text, *doc.extent) if m.group(0).strip()]
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


_MAX_ROW_LABEL = 4  # words of a row's label in a flattened table ("PORT-AU-PRINCE")
_MAX_ROWS = 200  # rows read back from a total row: the walk is bounded on a line of debris
_Row = tuple[tuple[int, int], list[Quantity]]  # a row's label (where it stands), its figures


def row_totals(doc: Document, index: QuantityIndex) -> list[Breakdown]:
    """A table flattened into one line, each row a label then as many figures as columns, the
    last row labelled as the total: "Commune Sites Ménages ARCAHAIE 1 212 GRESSIER 2 518 …
    Total 18 6,455". The figure reader takes such runs for debris; the rows' equal width and
    the total's label tell their roles here."""
    p = relation_patterns(doc.language)
    text = doc.text
    out: list[Breakdown] = []
    for line in _LINE.finditer(text, *doc.extent):
        groups = _groups(text, index, line.start(), line.end())
        for g, (label, values) in enumerate(groups):
            if len(values) < 2 or not p.in_total.fullmatch(text[label[0] : label[1]].strip()):
                continue
            rows = _rows(text, groups[:g], len(values))
            if rows is None or len(rows) < 2:
                continue
            head = text[line.start() : rows[0][1][0].span.start]  # caption and header
            for col, total in enumerate(values):
                items = [_Item(r[0][0], r[0][1], r[1][col]) for r in rows]
                b = _breakdown(doc, p, head, items, total, by_unit=False)
                if b is not None:
                    out.append(b)
    return out


def _rows(text: str, groups: list[_Row], width: int) -> list[_Row] | None:
    """The rows before a total row, read back to the first, whose label follows the columns'
    header ("Commune Sites Ménages ARCAHAIE"). None when a row may be missing: one of another
    width (a cell left empty) or a long label that may be a row's own before more rows."""
    rows: list[_Row] = []
    for i in range(len(groups) - 1, max(-1, len(groups) - 1 - _MAX_ROWS), -1):
        label, row = groups[i]
        words = len(WORD.findall(text, *label))
        if len(row) != width or not words:
            return None
        rows.insert(0, (label, row))
        if words > _MAX_ROW_LABEL:
            earlier = groups[i - 1][1] if i else []
            return rows if len(earlier) != width else None
    return rows if len(rows) == len(groups) else None


def _groups(text: str, index: QuantityIndex, start: int, end: int) -> list[_Row]:
    """Runs of figures with nothing but spaces between them, each with the label before it."""
    out: list[_Row] = []
    last = start
    for q in index.between(start, end):
        readable = q.usable or (q.tag == "debris" and q.malformed is None and not q.ambiguous)
        if not readable or q.kind != "count":
            out.append(((q.span.end, q.span.end), []))  # no row: a date, a code
        elif out and out[-1][1] and not text[last : q.span.start].strip():
            out[-1][1].append(q)
        else:
            out.append(((last, q.span.start), [q]))
        last = q.span.end
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


@cache
def _subject_total(language: str) -> re.Pattern[str]:
    """ "El consolidado suma un total de 248": a short subject of words, then a total phrase of
    more than one word (a bare "total" after words is a noun: "of the total, 20 …")."""
    lex = lexicon(language)
    multi = [w for w in lex.in_total if " " in w]
    # "Among them a total of 80 …": a word that points back makes the figure a part; "The second
    # round added a total of 100": a word of scope (scope_words) makes it another quantity.
    back = alternation(
        (*lex.relative_pronouns, *lex.demonstratives, *lex.possessives, *lex.scope_words)
    )
    word = rf"(?!(?:{back})(?![\w]))[^\W\d_][\w'’-]*[ \t]+"
    return re.compile(rf"(?:{word}){{1,4}}?(?:{alternation(multi)})(?![\w])[\s:,]*", re.I)


@cache
def _total_words(language: str) -> re.Pattern[str]:
    """The total phrases of ``_subject_total`` alone: found before its walk over words."""
    return re.compile(alternation([w for w in lexicon(language).in_total if " " in w]), re.I)


def _total(
    p: RelationPatterns, index: QuantityIndex, start: int, end: int, body: str, language: str
) -> Quantity | None:
    m = p.in_total.match(body)
    if m is None and _total_words(language).search(body):  # the walk over words costs: gated
        m = _subject_total(language).match(body)
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
    line: str | None = None,
) -> Breakdown | None:
    """``by_unit``: whether the figures' own words tell things from people (not so for bare
    figures under labels); ``line``: the total's own words, when they may say what it counts."""
    parts = [i.figure for i in items]
    if any(q is None or q.kind != total.kind for q in parts):
        return None
    found = [q for q in parts if q is not None]
    labels = [doc.text[i.start : i.end] for i in items]
    b = partition_total(p, total, found, labels, head, by_unit)
    return b if line is None else scoped(doc.language, b, line, labels)
