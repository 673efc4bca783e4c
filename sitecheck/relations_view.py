"""The relations extraction found between a report's figures, listed for ``sitecheck extract``:
totals and their parts, parts of a whole, percentages with their amounts and bases, shares of
one whole, changes, counts and their lists, funding figures. Figures are written in the report's
notation, so that an editor sees why a figure was (or was not) checked."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from sitecheck.extract.quantities import Quantity
from sitecheck.facts import Facts
from sitecheck.notation import Notation, notation_for


def notation_of(facts: Facts) -> Notation:
    return notation_for(facts.decimal_mark, getattr(facts.doc, "language", None))


def shown(value: float | None, notation: Notation) -> str:
    """A value in the report's notation, with the decimals it needs (at most four)."""
    if value is None or math.isinf(value):
        return "∞" if value is not None else ""
    for decimals in range(5):
        if abs(value - round(value, decimals)) < 1e-9 * max(1.0, abs(value)):
            return notation.number(value, decimals)
    return notation.number(value, 4)


def shown_number(q: Quantity, notation: Notation) -> str:
    """A figure's value as the report would write it; a year, date or code as it is written."""
    if not q.is_quantity:
        return q.text.replace("\\", "")
    if q.kind == "money" or q.scale:
        from sitecheck.checks.formatting import fmt_like
        from sitecheck.notation import use

        with use(notation):
            return fmt_like(q.value, q)  # "USD 108,4 M", as the report writes amounts
    text = shown(q.value, notation)
    return notation.percent(q.value, _decimals(text, notation)) if q.kind == "percent" else text


def _decimals(text: str, notation: Notation) -> int:
    return len(text.split(notation.decimal_mark, 1)[1]) if notation.decimal_mark in text else 0


class _Writer:
    def __init__(self, facts: Facts) -> None:
        self.doc = facts.doc
        self.notation = notation_of(facts)

    def figure(self, role: str, q: Quantity) -> dict[str, Any]:
        at = self.doc.position(q.span.start)
        return {
            "role": role,
            "text": self.doc.slice(q.span),
            "line": at.line,
            "column": at.column,
            "shown": shown_number(q, self.notation),
        }

    def record(self, kind: str, how: str, figures: list[dict[str, Any]], **extra: Any) -> dict:
        first = figures[0]
        return {
            "kind": kind,
            "how": how,
            "line": first["line"],
            "column": first["column"],
            "figures": figures,
            **extra,
        }

    def roles(self, pairs: Iterable[tuple[str, Quantity | None]]) -> list[dict[str, Any]]:
        return [self.figure(role, q) for role, q in pairs if q is not None]


def relations(facts: Facts) -> list[dict[str, Any]]:
    """Every relation found, in text order."""
    w = _Writer(facts)
    found = facts.relations
    out = [
        w.record(
            "total",
            b.kind,
            w.roles([("total", b.total), *(("part", p) for p in b.parts)]),
            exhaustive=b.exhaustive,
            checked="parts short only" if b.one_way else "parts over only" if b.at_most else "sum",
        )
        for b in found.breakdowns
    ]
    out += [
        w.record("part", p.cue, w.roles([("whole", p.whole), ("part", p.part)]))
        for p in found.parts
    ]
    for po in found.percents:
        bases = [("base", po.base)] if po.base is not None else [("base?", b) for b in po.bases]
        figures = w.roles([("percent", po.percent), ("amount", po.amount), *bases])
        out.append(w.record("percent", po.base_noun or "of its amount", figures))
    out += [
        w.record("shares", "of 100", w.roles(("share", p) for p in s.percents))
        for s in found.shares
    ]
    out += [
        w.record(
            "change", "", w.roles([("percent", c.percent), ("from", c.first), ("to", c.second)])
        )
        for c in found.changes
    ]
    out += _counts(w, facts) + _funding(w, facts)
    out.sort(key=lambda r: (r["line"], r["column"]))
    return out


def _counts(w: _Writer, facts: Facts) -> list[dict[str, Any]]:
    out = []
    for lst in facts.lists:
        if lst.stated is None:
            continue
        record = w.record("count", lst.kind, [w.figure("count", lst.stated)])
        record["items"] = lst.min_count
        out.append(record)
    return out


def _funding(w: _Writer, facts: Facts) -> list[dict[str, Any]]:
    out = []
    for group in facts.funding:
        pairs = [*group.money.items(), *((f"{k} %", q) for k, q in group.percent.items())]
        if len(pairs) > 1:
            out.append(w.record("funding", "key figures", w.roles(pairs)))
    return out


def involvement(items: list[dict[str, Any]]) -> dict[tuple[int, int], list[str]]:
    """Where each figure of the relations stands, with the relations it takes part in."""
    out: dict[tuple[int, int], list[str]] = {}
    for record in items:
        for fig in record["figures"]:
            kinds = out.setdefault((fig["line"], fig["column"]), [])
            if record["kind"] not in kinds:
                kinds.append(record["kind"])
    return out


def reading(record: dict[str, Any]) -> str:
    """One relation in a line: "total 715 · part 175 · part 535"."""
    text = " · ".join(f"{f['role']} {f['shown']}" for f in record["figures"])
    items = record.get("items")
    return text + (f" · items {items}" if items is not None else "")


def annotate(items: list[dict[str, Any]], found: list[dict[str, Any]]) -> None:
    """Give each figure of ``items`` the kinds of relation it takes part in (none: no rule that
    reads relations checked it)."""
    taking_part = involvement(found)
    for it in items:
        if "value" in it:  # a figure
            it["relations"] = taking_part.get((it["line"], it["column"]), [])
