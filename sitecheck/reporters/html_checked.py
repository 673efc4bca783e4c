"""What sitecheck read and checked in a report, for the page's "show what was checked": every
figure (with what it was read as) and every relation between figures the rules were given
(totals and parts, parts of wholes, percentages, shares, counts of lists, restatements, tables).

A large report is checked piece by piece and its result keeps no facts: they are read again
here, in the same pieces, only when the HTML page is asked for.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.facts import Facts, document_wide


@dataclass
class Checked:
    """One relation the rules were given: its kind, its figures and how it reads."""

    kind: str  # a key of the page's labels: sum, part, percent, shares, change, funding, …
    figures: list[Quantity]
    text: str


@dataclass
class Read:
    """The figures of a report and the relations between them."""

    numbers: list[Quantity] = field(default_factory=list)
    relations: list[Checked] = field(default_factory=list)


def read_facts(doc: Document, facts: Facts | None) -> Read:
    """The report's figures and relations: from the facts of its check, or read again."""
    out = Read()
    for piece in [facts] if facts is not None else _pieces(doc):
        out.numbers.extend(piece.numbers)
        out.relations.extend(relations(piece))
    return out


def _pieces(doc: Document) -> Iterator[Facts]:
    """The facts of the pieces the check read (see sitecheck.pieces), one at a time."""
    from sitecheck import pieces

    wide = document_wide(doc, language=doc.language)
    yield from pieces.piece_facts(doc, wide, pieces.LongLists(doc))


def relations(facts: Facts) -> list[Checked]:
    """The relations of one document (or piece), in text order."""
    rel = facts.relations
    out = [
        Checked("sum", [b.total, *b.parts], f"{b.total.text} = {_join(b.parts, ' + ')}")
        for b in rel.breakdowns
    ]
    out += [
        Checked("part", [p.part, p.whole], f"{p.part.text} ≤ {p.whole.text}") for p in rel.parts
    ]
    for po in rel.percents:
        base = po.base or (po.bases[0] if po.bases else None)
        figures = [po.percent, po.amount, *([base] if base is not None else [])]
        shown = f"{po.percent.text} = {po.amount.text} / {base.text}" if base else po.percent.text
        out.append(Checked("percent", figures, shown))
    out += [Checked("shares", s.percents, f"{_join(s.percents, ' + ')} = 100%") for s in rel.shares]
    out += [
        Checked("change", [c.percent, c.first, c.second], f"{c.first.text} → {c.second.text}: "
                f"{c.percent.text}")
        for c in rel.changes
    ]  # fmt: skip
    for group in facts.funding:
        figs = [*group.money.values(), *group.percent.values()]
        shown = "; ".join(
            f"{role} {q.text}" for role, q in [*group.money.items(), *group.percent.items()]
        )
        out.append(Checked("funding", figs, shown))
    for lst in facts.lists:
        if lst.stated is not None:
            out.append(Checked("count", [lst.stated], f"{lst.stated.text} ↔ {lst.min_count}"))
    out += [
        Checked("restated", [r.first, r.second], f"{r.first.text} = {r.second.text}")
        for r in facts.restatements
    ]
    out += list(_table_checks(facts))
    out.sort(key=lambda c: min(q.span.start for q in c.figures))
    return out


def _table_checks(facts: Facts) -> Iterator[Checked]:
    for read in facts.tables:
        for s in read.sums:
            parts = [v.quantity for v in (s.readings[0] if s.readings else []) if v.quantity]
            total = [s.total.quantity] if s.total.quantity else []
            if total or parts:
                yield Checked("table", [*total, *parts], f"{s.where}: {_join(total, '')} = "
                              f"{_join(parts, ' + ')}")  # fmt: skip
        for r in read.ratios:
            figs = [v.quantity for v in (r.percent, *r.readings[0][:2]) if v.quantity]
            if r.readings and figs:
                yield Checked("table", figs, f"{r.where}: {_join(figs, ' · ')}")
        for g in read.shares:
            figs = [v.quantity for v in g.percents if v.quantity]
            if figs:
                yield Checked("table", figs, f"{g.where}: {_join(figs, ' + ')} = 100%")


def _join(figures: list[Quantity], sep: str) -> str:
    return sep.join(q.text for q in figures)


def figure_title(q: Quantity, not_a_quantity: str) -> str:
    """What a figure was read as: "count 16,290", "money 1,505,000 – 1,515,000", "year"."""
    if q.tag is not None or q.malformed is not None:
        return f"{not_a_quantity}: {q.tag or q.malformed}"
    lo, hi = q.interval.lo, q.interval.hi
    if lo == hi:
        return f"{q.kind} {_number(q.value)}"
    return f"{q.kind} {_number(q.value)} ({_number(lo)} – {_number(hi)})"


def _number(v: float) -> str:
    if math.isinf(v):
        return "∞" if v > 0 else "−∞"
    return f"{v:,.10g}"


def spans(checked: list[Checked]) -> set[Span]:
    """The figures that take part in a relation."""
    return {q.span for c in checked for q in c.figures}
