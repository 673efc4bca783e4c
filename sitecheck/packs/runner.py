"""Run a pack's rules over one report: facts located, assertions evaluated, findings made."""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Iterator

from sitecheck.checks.duplicate_entry import canonical
from sitecheck.document import Span
from sitecheck.facts import Facts
from sitecheck.findings import Finding, Related, Severity
from sitecheck.interval import Interval
from sitecheck.packs.expr import Evaluator, Expression, ExpressionError
from sitecheck.packs.loader import RulePack
from sitecheck.packs.locate import Located, locate


def _fmt(iv: Interval | None) -> str:
    if iv is None:
        return "?"

    def one(v: float) -> str:
        if math.isinf(v):
            return "∞"
        return f"{v:,.0f}" if abs(v) >= 100 or v == int(v) else f"{v:,.1f}"

    if iv.is_point or one(iv.lo) == one(iv.hi):
        return one(iv.lo)
    if not math.isinf(iv.lo) and not math.isinf(iv.hi) and iv.hi - iv.lo <= 0.02 * abs(iv.mid):
        return f"{iv.mid:,.1f}"  # a narrow range reads best as one figure
    return f"{one(iv.lo)}–{one(iv.hi)}"


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def render_template(template: str, values: dict[str, str]) -> str:
    """Fill {name} placeholders; only plain names, so a pack cannot reach into objects."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def run_pack(pack: RulePack, facts: Facts) -> Iterator[Finding]:
    found = locate(pack, facts)
    required = {r.required for r in pack.spec.rules if r.required}
    for name, where in found.missing.items():
        spec = pack.facts.get(name) or pack.lists.get(name)
        if spec is None or spec.optional or name in required:
            continue
        if name not in pack.spec.facts and name not in pack.spec.lists:
            continue  # an inherited fact: the parent pack reports it
            continue
        how = getattr(spec, "label", None) or getattr(spec, "pattern", None) or "its section"
        section = f" in section “{spec.section}”" if spec.section else ""
        yield Finding(
            rule="fact-not-found",
            severity=Severity.WARNING,
            message=f"{pack.id}: “{name}” ({how}) was not found{section}",
            span=where or Span(0, 0),
            suggestion="state it in the report, or mark it optional in the pack",
        )
    for r_i, rule in enumerate(pack.spec.rules):
        severity = Severity(rule.severity)
        if rule.required and rule.required not in found.facts:
            where = found.missing.get(rule.required)
            yield Finding(
                rule=rule.id,
                severity=severity,
                message=rule.message or f"the report does not state “{rule.required}”",
                span=where or Span(0, 0),
            )
        if rule.unique and rule.unique in found.lists:
            lst = found.lists[rule.unique]
            seen: dict[str, Span] = {}
            for item in lst.items:
                key = canonical(item.text)
                if key in seen:
                    yield Finding(
                        rule=rule.id,
                        severity=severity,
                        message=rule.message or f"“{item.text}” appears twice in {rule.unique}",
                        span=item.span,
                        related=[Related(seen[key], "first listed here")],
                    )
                else:
                    seen[key] = item.span
        for a_i, _ in enumerate(rule.assertions):
            expr = pack.expressions[(r_i, a_i)]
            finding = _assertion(pack, rule.id, severity, rule.message, expr, found, facts)
            if finding is not None:
                yield finding


def _assertion(
    pack: RulePack,
    rule_id: str,
    severity: Severity,
    template: str | None,
    expr: Expression,
    found: Located,
    facts: Facts,
) -> Finding | None:
    if any(n not in found.facts and n not in found.lists for n in expr.names):
        return None  # reported as fact-not-found (or by a 'required' rule)

    def lookup(name: str) -> Interval | list[Interval]:
        if name in found.lists:
            raise ExpressionError(f"list '{name}' must be used inside count()")
        hits = found.facts[name]
        spec = pack.facts.get(name)
        if spec is not None and spec.all:
            return [q.interval for q in hits]
        return hits[0].interval

    def count(name: str) -> Interval:
        lst = found.lists.get(name)
        if lst is None:
            raise ExpressionError(f"count() needs a list, and '{name}' is a fact")
        return Interval(lst.min_count, lst.max_count)

    outcome = Evaluator(lookup, count).check(expr)
    if outcome.holds:
        return None
    body = expr.tree.body
    primary_name = None
    if isinstance(body, ast.Compare):
        for side in (body.comparators[0], body.left):
            if isinstance(side, ast.Name) and side.id in found.facts:
                primary_name = side.id
                break
    if primary_name is None:
        primary_name = next((n for n in expr.names if n in found.facts), None)
    spans: dict[str, Span] = {}
    for name in expr.names:
        if name in found.facts:
            spans[name] = found.facts[name][0].span
        else:
            lst = found.lists[name]
            spans[name] = lst.items[-1].span
    if primary_name is None:
        primary_name = expr.names[0]
    values = {
        name: (
            found.facts[name][0].text.replace("\\$", "$")
            if name in found.facts
            else str(found.lists[name].min_count)
        )
        for name in expr.names
    }
    message = f"{expr.source} does not hold: {_fmt(outcome.left)} against {_fmt(outcome.right)}"
    if template:
        values.update(left=_fmt(outcome.left), right=_fmt(outcome.right))
        message = render_template(template, values)
    return Finding(
        rule=rule_id,
        severity=severity,
        message=message,
        span=spans[primary_name],
        related=[
            Related(span, f"{name} ({'list' if name in found.lists else 'fact'})")
            for name, span in spans.items()
            if name != primary_name
        ],
    )
