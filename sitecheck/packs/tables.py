"""Companion data tables checked: typed, validated with pandera, used in pack expressions.

Reading them (CSV, XLSX, or a DataFrame) is ``sitecheck.readers.tables``. Cells are converted to
the declared types one by one, so a bad cell becomes one finding with its line and value, never
an exception. pandas and pandera are imported here only, when a pack has a table.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitecheck.checks.registry import TABLE_SCHEMA
from sitecheck.findings import Finding, Found
from sitecheck.packs.model import ColumnSpec, TableSpec
from sitecheck.packs.regex import compile_user_pattern
from sitecheck.readers.tables import TableData, convert_cell


def resolve_path(spec: TableSpec, report: str | None, pack_dir: Path) -> Path | None:
    stem = Path(report).stem if report else "report"
    rel = spec.path.replace("{stem}", stem)
    candidates = []
    if report:
        candidates.append(Path(report).parent / rel)
    candidates.append(pack_dir / rel)
    for c in candidates:
        # A pipe or a device in its place is found too: the reader refuses it in one line.
        if c.is_file() or c.exists():
            return c
    return None


# ---------------------------------------------------------------------------------------------
# Types and schema


@dataclass
class SchemaProblem:
    line: int
    column: str
    value: Any
    what: str


def validate(
    table: TableData, spec: TableSpec, decimal_mark: str | None = None
) -> list[SchemaProblem]:
    """Convert cells to their declared types and check the schema with pandera."""
    problems: list[SchemaProblem] = []
    schema = spec.schema_
    known_bad: set[tuple[int, str]] = set()
    resolved: dict[str, str] = {}
    for col_name in schema.columns:
        try:
            resolved[col_name] = table.column(col_name)
        except KeyError:
            col_spec = schema.columns[col_name]
            tag = col_spec.tag
            if tag and tag in table.tags:
                resolved[col_name] = table.tags[tag]
                continue
            problems.append(
                SchemaProblem(table.header_line, col_name, None, f"column '{col_name}' is missing")
            )
    for col_name, actual in resolved.items():
        dtype = schema.columns[col_name].dtype
        for i, row in enumerate(table.rows):
            try:
                row[actual] = convert_cell(row.get(actual), dtype, decimal_mark)
            except (ValueError, TypeError):
                problems.append(
                    SchemaProblem(
                        table.lines[i], col_name, row.get(actual), f"is not a valid {dtype}"
                    )
                )
                known_bad.add((i, col_name))
                row[actual] = None
    if not resolved:
        return problems
    problems.extend(_pandera(table, schema.columns, schema.unique, resolved, known_bad))
    problems.sort(
        key=lambda p: (p.line, list(resolved).index(p.column) if p.column in resolved else -1)
    )
    return problems


def _column(pa: Any, spec: ColumnSpec) -> Any:
    """One column of the pandera schema: its checks, as the pack declares them."""
    checks = []
    if spec.isin is not None:
        checks.append(
            pa.Check.isin(spec.isin, error=f"is not one of {', '.join(map(str, spec.isin))}")
        )
    if spec.min is not None:
        checks.append(pa.Check.ge(spec.min, error=f"is below the minimum {spec.min:g}"))
    if spec.max is not None:
        checks.append(pa.Check.le(spec.max, error=f"is above the maximum {spec.max:g}"))
    if spec.pattern is not None:
        # Checked at load time; case matters in a table, as it did with Python's re.
        rx = compile_user_pattern(spec.pattern, with_value=False, ignore_case=False)
        checks.append(
            pa.Check(
                lambda s, rx=rx: s.map(lambda v: bool(rx.fullmatch(str(v)))),
                element_wise=False,
                error=f"does not match {spec.pattern}",
            )
        )
    return pa.Column(
        object,
        checks=checks,
        nullable=spec.nullable,
        unique=spec.unique,
        coerce=False,
        report_duplicates="exclude_first",  # the repeat is the bad cell, not the original
    )


def _pandera(
    table: TableData,
    columns: dict[str, ColumnSpec],
    unique: list[str],
    resolved: dict[str, str],
    known_bad: set[tuple[int, str]],
) -> list[SchemaProblem]:
    import pandas as pd
    import pandera.pandas as pa

    frame = pd.DataFrame(
        {
            name: pd.Series([row.get(actual) for row in table.rows], dtype="object")
            for name, actual in resolved.items()
        }
    )
    pa_columns = {name: _column(pa, columns[name]) for name in resolved}
    schema = pa.DataFrameSchema(
        pa_columns, unique=unique or None, report_duplicates="exclude_first"
    )
    try:
        schema.validate(frame, lazy=True)
        return []
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    out: list[SchemaProblem] = []
    seen: set[tuple[int, str, str]] = set()
    for case in cases.to_dict(orient="records"):
        index, column, check = case.get("index"), case.get("column"), str(case.get("check"))
        if index is None or column not in resolved or (index != index):
            continue
        index = int(index)
        if (index, column) in known_bad:
            continue
        what = {
            "not_nullable": "is empty",
            "field_uniqueness": "appears more than once",
            "multiple_fields_uniqueness": f"repeats a combination of {', '.join(unique)}",
        }.get(check, check)
        key = (index, column, what)
        if key in seen:
            continue
        seen.add(key)
        out.append(
            SchemaProblem(table.lines[index], column, table.rows[index].get(resolved[column]), what)
        )
    return out


def schema_findings(
    table: TableData, spec: TableSpec, decimal_mark: str | None = None
) -> list[Finding]:
    from sitecheck.document import Span

    findings = []
    for p in validate(table, spec, decimal_mark):
        col_index = (
            table.columns.index(table.column(p.column)) + 1
            if p.column in table.columns or p.column in table.tags
            else 1
        )
        shown = "" if p.value is None else f" “{p.value}”"
        f = TABLE_SCHEMA.finding(
            Found(
                message=f"table '{table.name}', column '{p.column}':{shown} {p.what}"
                if p.what != f"column '{p.column}' is missing"
                else f"table '{table.name}': {p.what}",
                span=Span(0, 0),
                suggestion=f"fix line {p.line} of {Path(table.path).name}"
                if table.path[:1] != "<"
                else None,
            )
        )
        f.external_path = table.path
        f.source_line = table.source_lines.get(p.line)
        f.line, f.column, f.end_line = p.line, col_index, p.line
        f.end_column = col_index + 1
        findings.append(f)
    return findings


# ---------------------------------------------------------------------------------------------
# Filters in expressions: count(partners where refugee_led)


def matches(row: dict[str, Any], node: ast.AST, table: TableData) -> bool:
    return bool(_cell_value(row, node, table))


def _cell_value(row: dict[str, Any], node: ast.AST, table: TableData) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return row.get(table.column(node.id))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return not _cell_value(row, node.operand, table)
    if isinstance(node, ast.BoolOp):
        values = [_cell_value(row, v, table) for v in node.values]
        return all(values) if isinstance(node.op, ast.And) else any(values)
    if isinstance(node, ast.Compare):
        left = _cell_value(row, node.left, table)
        for op, comp in zip(node.ops, node.comparators, strict=True):
            right = _cell_value(row, comp, table)
            if not _cmp(op, left, right):
                return False
            left = right
        return True
    raise ValueError(type(node).__name__)


def _cmp(op: ast.cmpop, a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        a, b = a.casefold(), b.casefold()
    if a is None or b is None:
        return isinstance(op, ast.NotEq) and (a is None) != (b is None)
    try:
        return {
            ast.Eq: lambda: a == b,
            ast.NotEq: lambda: a != b,
            ast.Lt: lambda: a < b,
            ast.LtE: lambda: a <= b,
            ast.Gt: lambda: a > b,
            ast.GtE: lambda: a >= b,
        }[type(op)]()
    except TypeError:
        return False
