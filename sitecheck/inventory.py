"""A flat listing of everything extraction found, for ``sitecheck extract``."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from sitecheck.document import Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.tables import ReadTable
from sitecheck.facts import Facts
from sitecheck.notation import Notation


def _num(v: float) -> float | int | None:
    if math.isinf(v):
        return None  # JSON has no infinity: an open end is null
    return int(v) if v == int(v) else v


def _figure(q: Quantity, where: dict[str, Any], notation: Notation) -> dict[str, Any]:
    """A number mention, its value also as the report writes it (2024 a year, 17,4 %)."""
    from sitecheck.relations_view import shown, shown_number

    item = {
        "kind": q.kind if q.is_quantity else "number",
        **where,
        "value": _num(q.value),
        "shown": shown_number(q, notation),
        "interval": [_num(q.interval.lo), _num(q.interval.hi)],
        "shown_interval": [shown(q.interval.lo, notation), shown(q.interval.hi, notation)]
        if q.is_quantity
        else None,
        "tag": q.tag or ("malformed" if q.malformed else None),
    }
    if q.is_quantity:
        item.update(
            qualifier=q.qualifier, currency=q.currency, scale=q.scale, ambiguous=q.ambiguous
        )
    return item


def inventory(facts: Facts) -> list[dict[str, Any]]:
    doc = facts.doc

    def place(span: Span) -> dict[str, Any]:
        a, b = doc.position(span.start), doc.end_position(span)
        return {
            "text": doc.slice(span),
            "line": a.line,
            "column": a.column,
            "end_line": b.line,
            "end_column": b.column,
        }

    from sitecheck.relations_view import notation_of

    notation = notation_of(facts)
    items = [_figure(q, place(q.span), notation) for q in facts.numbers]
    for lst in facts.lists:
        items.append(
            {
                "kind": "list",
                **place(lst.span),
                "shape": lst.kind,
                "count": lst.min_count,
                "stated_count": _num(lst.stated.value) if lst.stated else None,
                "items": [i.text for i in lst.items],
            }
        )
    for ref in facts.footnotes.refs:
        items.append({"kind": "footnote-marker", **place(ref.span), "marker": ref.marker})
    for note in facts.footnotes.defs:
        items.append(
            {"kind": "footnote", **place(note.span), "marker": note.marker, "note": note.text}
        )
    for link in facts.links:
        items.append({"kind": "link", **place(link.span), "target": link.target})
    if facts.period is not None:
        p = facts.period
        items.append(
            {
                "kind": "period",
                **place(p.span),
                "start": {"year": p.start[0], "month": p.start[1], "day": p.start[2]},
                "end": {"year": p.end[0], "month": p.end[1], "day": p.end[2]},
            }
        )
    for read in facts.tables:
        items.append(_table(read, place))
    items.sort(key=lambda it: (it["line"], it["column"]))
    return items


def _table(read: ReadTable, place: Callable[[Span], dict[str, Any]]) -> dict[str, Any]:
    """A table with the role of each row and column and the relations it was checked for."""
    table = read.table
    rows = []
    for r, role in enumerate(read.rows):
        cells = table.rows[r]
        where = place(cells[0].span) if cells else {"line": 0}
        rows.append({"line": where["line"], "role": role, "label": read.row_label(r)})
    checks = [f"total: {s.where}" for s in read.sums]
    checks += [f"percentage: {r.where}" for r in read.ratios]
    checks += [f"shares of 100: {g.where}" for g in read.shares]
    return {
        "kind": "table",
        **place(table.span),
        "source": table.source,
        "rows": rows,
        "columns": [
            {"role": role, "header": read.col_label(c)} for c, role in enumerate(read.cols)
        ],
        "checks": checks,
        "notes": read.notes,
    }
