"""Companion data tables: read (CSV, XLSX, or a DataFrame), typed, validated with pandera.

Tables are read with the csv module so that every row keeps the line it starts on; an HXL hashtag
row under the header (``#org+name``) lets columns be named by tag as well. Cells are converted
to the declared types one by one, so a bad cell becomes one finding with its line and value,
never an exception. pandas and pandera are imported here only, when a pack has a table.
"""

from __future__ import annotations

import ast
import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sitecheck.checks.registry import TABLE_SCHEMA
from sitecheck.errors import InputError
from sitecheck.findings import Finding, Found
from sitecheck.packs.model import ColumnSpec, TableSpec

MAX_TABLE_BYTES = 32 * 1024 * 1024
_TRUE = {"true", "yes", "y", "1", "sí", "si", "x", "verdadero"}
_FALSE = {"false", "no", "n", "0", "falso"}


@dataclass
class TableData:
    """A table's rows as Python values, with the file line of each row."""

    name: str
    path: str  # the file, or "<name>" for a DataFrame given by a program
    columns: list[str]
    rows: list[dict[str, Any]]
    lines: list[int]  # file line of each row (1-based)
    header_line: int = 1
    source_lines: dict[int, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)  # HXL tag → column
    aliases: dict[str, str] = field(default_factory=dict)  # schema name → column

    def column(self, name: str) -> str:
        """A column by header, by the pack's schema name, by HXL tag, or by header in any case."""
        if name in self.columns:
            return name
        for table in (self.aliases, self.tags):
            if name in table:
                return table[name]
        folded = {c.casefold(): c for c in self.columns}
        if name.casefold() in folded:
            return folded[name.casefold()]
        raise KeyError(name)


def resolve_path(spec: TableSpec, report: str | None, pack_dir: Path) -> Path | None:
    stem = Path(report).stem if report else "report"
    rel = spec.path.replace("{stem}", stem)
    candidates = []
    if report:
        candidates.append(Path(report).parent / rel)
    candidates.append(pack_dir / rel)
    for c in candidates:
        if c.is_file():
            return c
    return None


def read_table(name: str, path: Path, spec: TableSpec) -> TableData:
    fmt = spec.format or ("xlsx" if path.suffix.lower() in (".xlsx", ".xlsm") else "csv")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read table '{name}': {exc.strerror}") from None
    if size > MAX_TABLE_BYTES:
        raise InputError(f"{path}: table '{name}' is larger than 32 MB")
    if fmt == "xlsx":
        return _read_xlsx(name, path, spec)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: table '{name}' is not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset "
            f"{exc.start})"
        ) from None
    if "\x00" in text:
        raise InputError(f"{path}: table '{name}' is a binary file, not CSV")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect, strict=True)
    records: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for row in reader:
            records.append((start, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(
            f"{path}:{reader.line_num}: table '{name}' cannot be parsed: {exc}"
        ) from None
    lines = text.splitlines()
    return _from_records(name, str(path), records, {i + 1: ln for i, ln in enumerate(lines)})


def _read_xlsx(name: str, path: Path, spec: TableSpec) -> TableData:
    try:
        import openpyxl
    except ImportError:
        raise InputError(
            f"{path}: reading XLSX tables needs the xlsx extra: pip install 'sitecheck[xlsx]'"
        ) from None
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        sheet = book[spec.sheet] if spec.sheet else book.worksheets[0]
    except KeyError:
        raise InputError(f"{path}: table '{name}' has no sheet '{spec.sheet}'") from None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for broken files
        raise InputError(f"{path}: table '{name}' cannot be read as XLSX ({exc})") from None
    records = [
        (i, ["" if v is None else str(v) for v in row])
        for i, row in enumerate(sheet.iter_rows(values_only=True), start=1)
    ]
    return _from_records(name, str(path), records, {})


def _from_records(
    name: str, path: str, records: list[tuple[int, list[str]]], source: dict[int, str]
) -> TableData:
    records = [(line, row) for line, row in records if any(cell.strip() for cell in row)]
    if not records:
        raise InputError(f"{path}: table '{name}' is empty")
    header_line, header = records[0]
    columns = [h.strip() for h in header]
    body = records[1:]
    tags: dict[str, str] = {}
    if (
        body
        and all(not c.strip() or c.strip().startswith("#") for c in body[0][1])
        and any(c.strip() for c in body[0][1])
    ):
        for col, tag in zip(columns, body[0][1], strict=False):
            if tag.strip():
                tags[tag.strip()] = col
                tags.setdefault(tag.strip().split("+")[0], col)
        body = body[1:]
    rows = []
    lines = []
    for line, row in body:
        cells = row + [""] * (len(columns) - len(row))
        rows.append({c: (v.strip() or None) for c, v in zip(columns, cells, strict=False)})
        lines.append(line)
    return TableData(name, path, columns, rows, lines, header_line, source, tags)


def from_frame(name: str, frame: Any) -> TableData:
    """A pandas DataFrame handed over by a program; rows are numbered as in a CSV file."""
    columns = [str(c) for c in frame.columns]
    rows = []
    for record in frame.to_dict(orient="records"):
        row: dict[str, Any] = {}
        for col, value in zip(columns, record.values(), strict=True):
            if value is None or (isinstance(value, float) and value != value):
                row[col] = None
            else:
                row[col] = value if not isinstance(value, str) else (value.strip() or None)
        rows.append(row)
    return TableData(name, f"<{name}>", columns, rows, list(range(2, len(rows) + 2)))


# ---------------------------------------------------------------------------------------------
# Types and schema


def _convert(value: Any, dtype: str) -> Any:
    if value is None:
        return None
    if dtype == "str":
        return str(value)
    if dtype == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ValueError
    if dtype == "int":
        if isinstance(value, bool):
            raise ValueError
        if isinstance(value, (int, float)) and float(value).is_integer():
            return int(value)
        return int(str(value).replace(",", "").replace(" ", ""))
    if dtype == "float":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        return float(str(value).replace(",", "").replace(" ", ""))
    if dtype == "date":
        if isinstance(value, date):
            return value
        return date.fromisoformat(str(value)[:10])
    return value


@dataclass
class SchemaProblem:
    line: int
    column: str
    value: Any
    what: str


def validate(table: TableData, spec: TableSpec) -> list[SchemaProblem]:
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
                row[actual] = _convert(row.get(actual), dtype)
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
    pa_columns = {}
    for name in resolved:
        spec = columns[name]
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
            rx = re.compile(spec.pattern)
            checks.append(
                pa.Check(
                    lambda s, rx=rx: s.map(lambda v: bool(rx.fullmatch(str(v)))),
                    element_wise=False,
                    error=f"does not match {spec.pattern}",
                )
            )
        pa_columns[name] = pa.Column(
            object,
            checks=checks,
            nullable=spec.nullable,
            unique=spec.unique,
            coerce=False,
            report_duplicates="exclude_first",  # the repeat is the bad cell, not the original
        )
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


def schema_findings(table: TableData, spec: TableSpec) -> list[Finding]:
    from sitecheck.document import Span

    findings = []
    for p in validate(table, spec):
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
