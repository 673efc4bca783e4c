"""A flat listing of everything extraction found, for ``sitecheck extract``."""

from __future__ import annotations

import math
from typing import Any

from sitecheck.document import Span
from sitecheck.facts import Facts


def _num(v: float) -> float | int | None:
    if math.isinf(v):
        return None  # JSON has no infinity: an open end is null
    return int(v) if v == int(v) else v


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

    items: list[dict[str, Any]] = []
    for q in facts.numbers:
        item = {
            "kind": q.kind if q.is_quantity else "number",
            **place(q.span),
            "value": _num(q.value),
            "interval": [_num(q.interval.lo), _num(q.interval.hi)],
            "tag": q.tag or ("malformed" if q.malformed else None),
        }
        if q.is_quantity:
            item.update(
                qualifier=q.qualifier, currency=q.currency, scale=q.scale, ambiguous=q.ambiguous
            )
        items.append(item)
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
    items.sort(key=lambda it: (it["line"], it["column"]))
    return items
