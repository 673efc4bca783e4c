"""XLSX tables read into rows with openpyxl, after checking what the file expands to.

An XLSX is a zip of XML: 1 MB on disk can hold a gigabyte of shared strings or twenty million
empty rows. The sizes its zip directory declares are summed first, and rows are counted while
they are read, so such a file is refused before it is expanded.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

from sitecheck.errors import InputError
from sitecheck.readers.table_limits import MAX_CELLS, MAX_ROWS, MAX_XLSX_EXPANDED, RowLimits

_SHEETS = "xl/worksheets/"


def _expanded_size(name: str, path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as zf:
            total = sum(info.file_size for info in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"{path}: table '{name}' cannot be read as XLSX ({exc})") from None
    if total > MAX_XLSX_EXPANDED:
        mb = MAX_XLSX_EXPANDED // (1024 * 1024)
        raise InputError(
            f"{path}: table '{name}' expands to {total / 1024 / 1024:,.0f} MB once unzipped, "
            f"more than {mb} MB (the limit)"
        )


_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s>/]")
_CHUNK = 1 << 20


def _count_sheet_tags(name: str, path: Path) -> None:
    """Rows and cells of every sheet, counted in its XML before openpyxl reads it: a sheet
    without a <dimension> makes openpyxl parse it whole, and keep every row, to size it (twenty
    million empty rows in 180 KB took 1.8 GB)."""
    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if info.filename.startswith(_SHEETS) and info.filename.endswith(".xml"):
                    rows, cells = _tags(zf, info)
                    where = f"{path}: table '{name}' has more than"
                    if rows > MAX_ROWS + 1:
                        raise InputError(f"{where} {MAX_ROWS:,} rows (the limit)")
                    if cells > MAX_CELLS:
                        raise InputError(f"{where} {MAX_CELLS:,} cells (the limit)")
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error) as exc:
        raise InputError(f"{path}: table '{name}' cannot be read as XLSX ({exc})") from None


def _tags(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int]:
    rows = cells = 0
    tail = b""
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            data = tail + chunk
            cut = data.rfind(b"<")  # the last tag may be cut short: it is counted next time
            cut = len(data) if cut < 0 else cut
            rows += len(_ROW_TAG.findall(data, 0, cut))
            cells += len(_CELL_TAG.findall(data, 0, cut))
            tail = data[cut:]
    return rows + len(_ROW_TAG.findall(tail)), cells + len(_CELL_TAG.findall(tail))


def read_xlsx_records(
    name: str, path: Path, sheet_name: str | None
) -> list[tuple[int, list[Any]]]:
    """(line, cells) of every row of the sheet (the first when ``sheet_name`` is None)."""
    try:
        import openpyxl
    except ImportError:
        raise InputError(
            f"{path}: reading XLSX tables needs the xlsx extra: "
            "pip install -e '.[xlsx]' in a checkout"
        ) from None
    _expanded_size(name, path)
    _count_sheet_tags(name, path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        sheet = book[sheet_name] if sheet_name else book.worksheets[0]
    except KeyError:
        raise InputError(f"{path}: table '{name}' has no sheet '{sheet_name}'") from None
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for broken files
        raise InputError(f"{path}: table '{name}' cannot be read as XLSX ({exc})") from None
    limits = RowLimits(name, path)
    records = []
    try:
        # The declared dimension can claim 16,384 columns; read only the cells that exist.
        sheet.reset_dimensions()
        for i, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_xlsx_cell(v) for v in row]
            limits.check(i, cells)
            records.append((i, cells))
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - a truncated sheet fails while it is read
        raise InputError(f"{path}: table '{name}' cannot be read as XLSX ({exc})") from None
    finally:
        book.close()
    return records


def _xlsx_cell(value: Any) -> Any:
    """Numbers stay numbers: written out, 1.125 would read back as 1,125. The rest as text."""
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return str(value)
