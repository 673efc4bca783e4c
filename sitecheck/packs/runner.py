"""Run a pack's rules over one report: facts located, assertions evaluated, findings made."""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitecheck.checks.registry import FACT_NOT_FOUND, ROSTER_NOT_IN_TABLE, TABLE_NOT_IN_ROSTER
from sitecheck.document import Span
from sitecheck.errors import InputError
from sitecheck.extract.lists import ItemList
from sitecheck.facts import Facts
from sitecheck.findings import Finding, Found, Related, Severity
from sitecheck.interval import Interval
from sitecheck.lang.messages import say
from sitecheck.names import canonical
from sitecheck.packs.expr import Evaluator, Expression, ExpressionError
from sitecheck.packs.loader import RulePack
from sitecheck.packs.locate import Located, locate
from sitecheck.packs.model import Membership, RuleSpec
from sitecheck.readers.tables import TableData


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


def load_tables(
    pack: RulePack,
    report: str | None,
    given: dict[str, Any] | None,
    decimal_mark: str | None = None,
) -> tuple[dict[str, TableData], list[Finding]]:
    """The pack's tables for one report, read and validated; missing optional ones are left out.

    Number cells are read with the report's decimal mark, as its figures are.
    """
    from sitecheck.packs import tables as t
    from sitecheck.readers.tables import from_frame, read_table

    out: dict[str, TableData] = {}
    problems: list[Finding] = []
    for name, spec in pack.tables.items():
        supplied = (given or {}).get(name)
        if supplied is not None and not isinstance(supplied, (str, Path)):
            data = from_frame(name, supplied)  # a DataFrame from a program
        else:
            path = (
                Path(supplied)
                if supplied is not None
                else t.resolve_path(spec, report, pack.path.parent)
            )
            # Anything there that is no regular file (a pipe, a device) is refused by the reader.
            if path is None or not path.exists():
                if spec.optional and supplied is None:
                    continue
                stem = Path(report).stem if report else "report"
                shown = path if path is not None else spec.path.replace("{stem}", stem)
                raise InputError(
                    f"{shown}: table '{name}' of pack {pack.id} not found "
                    f"(for {report or 'the report'}); give it with --table {name}=PATH"
                )
            data = read_table(name, path, spec.format, spec.sheet)
        problems.extend(t.schema_findings(data, spec, decimal_mark))
        out[name] = data
    return out, problems


def run_pack(
    pack: RulePack, facts: Facts, tables: dict[str, Any] | None = None
) -> Iterator[Finding]:
    loaded, problems = (
        load_tables(pack, facts.doc.path, tables, facts.decimal_mark) if pack.tables else ({}, [])
    )
    yield from problems
    found = locate(pack, facts)
    yield from _not_found(pack, found)
    for r_i, rule in enumerate(pack.spec.rules):
        severity = Severity(rule.severity)
        # An optional fact may be absent: a rule requiring it then finds nothing.
        wanted = rule.required
        if wanted and wanted not in found.facts and not _optional(pack, wanted):
            where = found.missing.get(wanted)
            yield Finding(
                rule=rule.id,
                severity=severity,
                # The rule's message describes its assertion; a missing fact has its own words.
                message=say("pack.not_stated", fact=wanted, pack=pack.id),
                span=where or Span(0, 0),
            )
        if rule.unique and rule.unique in found.lists:
            yield from _repeated(rule, severity, found.lists[rule.unique])
        if (
            rule.membership is not None
            and rule.membership.table in loaded
            and rule.membership.list_ in found.lists
        ):
            yield from _membership(
                rule.membership,
                severity,
                found.lists[rule.membership.list_],
                loaded[rule.membership.table],
            )
        for a_i, _ in enumerate(rule.assertions):
            expr = pack.expressions[(r_i, a_i)]
            if any(t not in loaded for t in expr.tables):
                continue  # an optional table this report does not have
            finding = _assertion(pack, rule.id, severity, rule.message, expr, found, loaded)
            if finding is not None:
                yield finding


def _optional(pack: RulePack, name: str) -> bool:
    spec = pack.facts.get(name) or pack.lists.get(name)
    return spec is not None and spec.optional


def _not_found(pack: RulePack, found: Located) -> Iterator[Finding]:
    """fact-not-found for this pack's own facts and lists (not optional, not 'required')."""
    required = {r.required for r in pack.spec.rules if r.required}
    for name, where in found.missing.items():
        spec = pack.facts.get(name) or pack.lists.get(name)
        if spec is None or spec.optional or name in required:
            continue
        if name not in pack.spec.facts and name not in pack.spec.lists:
            continue  # an inherited fact: the parent pack reports it
        label = getattr(spec, "label", None)
        if isinstance(label, list):
            label = "” or “".join(label)
        how = (
            say("pack.how.label", label=label)
            if label
            else say("pack.how.pattern")
            if getattr(spec, "pattern", None)
            else say("pack.how.section")
        )
        sections = [spec.section] if isinstance(spec.section, str) else spec.section or []
        section = say("pack.in_section", section="” / “".join(sections)) if sections else ""
        yield FACT_NOT_FOUND.finding(
            Found(
                message=say("pack.not_found", pack=pack.id, name=name, how=how, section=section),
                span=where or Span(0, 0),
                suggestion=say("pack.not_found.help"),
            )
        )


def _repeated(rule: RuleSpec, severity: Severity, lst: ItemList) -> Iterator[Finding]:
    """A 'unique' rule: items of the list named twice (UN agency aliases joined)."""
    seen: dict[str, Span] = {}
    for item in lst.items:
        key = canonical(item.text)
        if key in seen:
            yield Finding(
                rule=rule.id,
                severity=severity,
                message=rule.message or say("pack.twice", item=item.text, list=rule.unique),
                span=item.span,
                related=[Related(seen[key], say("label.first_listed"))],
            )
        else:
            seen[key] = item.span


def _assertion(
    pack: RulePack,
    rule_id: str,
    severity: Severity,
    template: str | None,
    expr: Expression,
    found: Located,
    tables: dict[str, TableData],
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

    try:
        outcome = Evaluator(lookup, count, tables).check(expr)
    except KeyError:
        return None  # a column the table lacks: reported as table-schema
    if outcome.holds:
        return None
    primary_name = _primary(expr, found)
    if primary_name is None:
        return None  # a relation between tables only: nothing in the report to point at
    spans = {
        name: found.facts[name][0].span if name in found.facts else found.lists[name].items[-1].span
        for name in expr.names
    }
    message = say(
        "pack.fails", expr=expr.source, left=_fmt(outcome.left), right=_fmt(outcome.right)
    )
    if template:
        message = render_template(template, _values(expr, found, outcome))
    return Finding(
        rule=rule_id,
        severity=severity,
        message=message,
        span=spans[primary_name],
        related=[
            Related(span, say("label.list" if name in found.lists else "label.fact", name=name))
            for name, span in spans.items()
            if name != primary_name
        ],
    )


def _values(expr: Expression, found: Located, outcome: Any) -> dict[str, str]:
    """What a message template may name: each fact as written, each list's count, the sides."""
    values = {
        name: (
            found.facts[name][0].text.replace("\\$", "$")
            if name in found.facts
            else str(found.lists[name].min_count)
        )
        for name in expr.names
    }
    values.update(left=_fmt(outcome.left), right=_fmt(outcome.right))
    return values


def _primary(expr: Expression, found: Located) -> str | None:
    """The figure a failed assertion points at: the fact compared with, else the first fact,
    else the first name (a list)."""
    body = expr.tree.body
    if isinstance(body, ast.Compare):
        for side in (body.comparators[0], body.left):
            if isinstance(side, ast.Name) and side.id in found.facts:
                return side.id
    first_fact = next((n for n in expr.names if n in found.facts), None)
    return first_fact or (expr.names[0] if expr.names else None)


def _membership(
    m: Membership, severity: Severity, lst: ItemList, table: TableData
) -> Iterator[Finding]:
    """Roster names the table does not know, and table rows the roster does not name."""
    from rapidfuzz import fuzz

    columns = []
    for c in m.columns:
        try:
            columns.append(table.column(c))
        except KeyError:
            continue  # a missing column is reported as table-schema
    if not columns:
        return
    row_names = [
        [canonical(str(row[c])) for c in columns if row.get(c) not in (None, "")]
        for row in table.rows
    ]
    matched_rows: set[int] = set()
    for item in lst.items:
        key = canonical(item.text)
        hit = next((i for i, names in enumerate(row_names) if key in names), None)
        if hit is None:
            scored = [
                (max((fuzz.token_sort_ratio(key, n) for n in names), default=0), i)
                for i, names in enumerate(row_names)
            ]
            best = max(scored, default=(0, -1))
            hit = best[1] if best[0] >= m.threshold else None
        if hit is None:
            found = Found(
                message=say("pack.not_in_table", item=item.text, list=m.list_, table=table.name),
                span=item.span,
                suggestion=say("pack.not_in_table.help", file=Path(table.path).name),
            )
            yield ROSTER_NOT_IN_TABLE.finding(found, severity)
        else:
            matched_rows.add(hit)
    for i, row in enumerate(table.rows):
        if i in matched_rows or not row_names[i]:
            continue
        names = [str(row[c]) for c in columns if row.get(c) not in (None, "")]
        shown = names[0] + (f" ({', '.join(names[1:])})" if len(names) > 1 else "")
        found = Found(
            message=say(
                "pack.not_in_list", item=shown, table=table.name, line=table.lines[i], list=m.list_
            ),
            span=lst.span
            if len(lst.span) < 80
            else Span(lst.items[0].span.start, lst.items[0].span.end),
            suggestion=say("pack.not_in_list.help", list=m.list_, file=Path(table.path).name),
        )
        # The membership rule's own severity, as for every finding a pack rule makes.
        yield TABLE_NOT_IN_ROSTER.finding(found, severity)
