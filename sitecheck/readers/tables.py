"""Companion data tables read into rows: CSV, XLSX, or a pandas DataFrame given by a program.

Tables are read with the csv module so that every row keeps the line it starts on; an HXL hashtag
row under the header (``#org+name``) lets columns be named by tag as well. Cells are converted to
their declared types one by one (``convert_cell``), so that a bad cell can become one finding with
its line and value. Validation against a pack's schema is in ``sitecheck.packs.tables``. Nothing
here imports pandas; openpyxl is imported only to read an XLSX file.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from sitecheck.errors import InputError
from sitecheck.extract.numbers import MAX_DIGITS, TOKEN_RE, read_number
from sitecheck.files import read_limited, special_kind
from sitecheck.readers.table_limits import MAX_TABLE_BYTES, RowLimits


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


def read_table(
    name: str, path: Path, fmt: str | None = None, sheet: str | None = None
) -> TableData:
    """A CSV or XLSX table (``fmt`` from the suffix when None; ``sheet``: the first when None)."""
    fmt = fmt or ("xlsx" if path.suffix.lower() in (".xlsx", ".xlsm") else "csv")
    try:
        st = path.stat()
    except OSError as exc:
        raise InputError(f"{path}: cannot read table '{name}': {exc.strerror}") from None
    kind = special_kind(st.st_mode)
    if kind is not None:  # a pipe would hang the XLSX reader; a device would never end
        raise InputError(f"{path}: {kind}, not a table")
    size = st.st_size
    if size > MAX_TABLE_BYTES:
        raise InputError(f"{path}: table '{name}' is larger than 32 MB")
    if fmt == "xlsx":
        from sitecheck.readers.xlsx import read_xlsx_records

        return _from_records(name, str(path), read_xlsx_records(name, path, sheet), {})
    # A device, a pipe or a file that grows while read is refused, never waited on.
    raw = read_limited(
        path, MAX_TABLE_BYTES, "table", lambda _size: f"table '{name}' is larger than 32 MB"
    )
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
    limits = RowLimits(name, path)
    try:
        for row in reader:
            limits.check(start, row)
            records.append((start, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(
            f"{path}:{reader.line_num}: table '{name}' cannot be parsed: {exc}"
        ) from None
    lines = text.splitlines()
    return _from_records(name, str(path), records, {i + 1: ln for i, ln in enumerate(lines)})


def _from_records(
    name: str, path: str, records: list[tuple[int, list[Any]]], source: dict[int, str]
) -> TableData:
    records = [(line, row) for line, row in records if any(_filled(cell) for cell in row)]
    if not records:
        raise InputError(f"{path}: table '{name}' is empty")
    header_line, header = records[0]
    columns = [str(h).strip() for h in header]
    body = records[1:]
    tags: dict[str, str] = {}
    hxl = [str(c).strip() for c in body[0][1]] if body else []
    if hxl and all(not c or c.startswith("#") for c in hxl) and any(hxl):
        for col, tag in zip(columns, hxl, strict=False):
            if tag:
                tags[tag] = col
                tags.setdefault(tag.split("+")[0], col)
        body = body[1:]
    rows = []
    lines = []
    for line, row in body:
        cells = row + [""] * (len(columns) - len(row))
        rows.append({c: _stripped(v) for c, v in zip(columns, cells, strict=False)})
        lines.append(line)
    return TableData(name, path, columns, rows, lines, header_line, source, tags)


def _filled(cell: Any) -> bool:
    return not isinstance(cell, str) or bool(cell.strip())


def _stripped(cell: Any) -> Any:
    return (cell.strip() or None) if isinstance(cell, str) else cell


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


def convert_cell(value: Any, dtype: str, decimal_mark: str | None = None) -> Any:
    """A cell as the declared type (str, int, float, bool, date); ValueError when it is not one.

    Numbers are read like the figures of the prose (``read_number``), with the report's decimal
    mark when it is known: "1,5" is 1.5, "1,500" is 1500 in a report that writes "." decimals.
    """
    if value is None:
        return None
    if dtype == "str":
        return str(value)
    if dtype == "bool":
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        truth = _truth_words()
        if text in truth:
            return truth[text]
        raise ValueError
    if dtype == "int":
        if isinstance(value, bool):
            raise ValueError
        if isinstance(value, (int, float)) and _finite(value) and float(value).is_integer():
            return int(value)
        if len(str(value)) > MAX_DIGITS + 1:
            raise ValueError("too many digits to be a quantity")
        try:
            return int(str(value).strip())  # plain digits exactly, up to MAX_DIGITS
        except ValueError:
            number = read_cell_number(value, decimal_mark, whole=True)
        if not number.is_integer():
            raise ValueError
        return int(number)
    if dtype == "float":
        return read_cell_number(value, decimal_mark)
    if dtype == "date":
        if isinstance(value, date):
            return value
        return date.fromisoformat(str(value)[:10])
    return value


def _finite(value: int | float) -> bool:
    """Within a float's range: a 400-digit integer cell would overflow when compared."""
    try:
        return math.isfinite(float(value))
    except OverflowError:
        return False


def read_cell_number(value: Any, decimal_mark: str | None = None, whole: bool = False) -> float:
    """A number cell read as the prose reads a figure, with a sign allowed in front.

    "1,234" where the report writes "," as its decimal mark is 1.234, unless the column holds whole
    numbers (``whole``): then it can only be 1234. Text that is no figure but that Python reads
    ("1e5", ".5", "nan") is read as Python reads it; the rest raises ValueError.
    """
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, (int, float)):
        if not _finite(value):
            raise ValueError("too large to be a quantity")
        return float(value)
    text = str(value).strip()
    body = text[1:].lstrip() if text.startswith(("-", "+")) else text
    if not TOKEN_RE.fullmatch(body):
        number = float(text)
        if not math.isfinite(number) and number == number:
            raise ValueError("too large to be a quantity")  # "1e400"; "nan" stays as it was
        return number
    reading = read_number(body, decimal_mark=decimal_mark)
    if reading.overlong:
        raise ValueError("too many digits to be a quantity")
    if reading.malformed:
        raise ValueError(reading.malformed)
    number = reading.value
    if reading.ambiguous:
        if sum(c in ".," for c in body) != 1:
            raise ValueError("an outline number such as 2.1.3")
        if not whole:
            number = float(body.replace(",", "."))
    return -number if text.startswith("-") else number


@cache
def _truth_words() -> dict[str, bool]:
    """"yes", "sí", "oui", "1", "x" and their opposites, in every language: a table's language
    is not known when its cells are read."""
    from sitecheck.lang import UNDETERMINED, lexicon

    lex = lexicon(UNDETERMINED)
    return {**dict.fromkeys(lex.false_words, False), **dict.fromkeys(lex.true_words, True)}
