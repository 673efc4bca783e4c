"""Companion tables: pandera-validated CSV cross-checked against the report, from files and from
DataFrames."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pytest

from sitecheck import InputError, check_file, check_text
from sitecheck.readers.tables import convert_cell, read_table

from support import ROOT, SAMPLES, run

R4V = ROOT / "rules" / "r4v-national-sitrep.yaml"
PERU = SAMPLES / "peru-2023-08.md"
TABLE_RULES = ("table-schema", "roster-not-in-table", "table-not-in-roster", "registry-partner-count",
               "registry-refugee-led", "cash-vs-indicators", "gbv-training-vs-indicators")


def _table_findings(result) -> list[tuple[str, str, int, str]]:
    return [(Path(f.external_path or result.path).name, f.rule, f.line, f.message)
            for f in result.findings if f.rule in TABLE_RULES]


def test_registry_and_indicators_beside_the_sample() -> None:
    got = _table_findings(check_file(PERU, rules=[R4V]))
    assert got == [
        ("peru-2023-08.md", "gbv-training-vs-indicators", 60,
         "the report says 850 trained on GBV prevention, the indicator table 805"),
        ("peru-2023-08.md", "table-not-in-roster", 74,
         "“Asociación de Venezolanos en Trujillo (Asoventru)” is in table 'partners' (line 111) "
         "but not in the roster"),
        ("peru-2023-08.md", "roster-not-in-table", 74,
         "“Proyecto LHSS” is in the roster but not in table 'partners'"),
        ("peru-2023-08.md", "roster-not-in-table", 74,
         "“WB” is in the roster but not in table 'partners'"),
    ]


def _broken_registry(tmp_path: Path) -> Path:
    lines = (SAMPLES / "peru-2023-08.partners.csv").read_text(encoding="utf-8").split("\n")
    lines[5] = lines[4].split(",")[0] + "," + ",".join(lines[5].split(",")[1:])  # a repeated name
    lines[9] = lines[9].replace(",INGO,", ",Cooperative,").replace(",National NGO,", ",Cooperative,")
    cells = lines[14].split(",")
    cells[3] = ""  # an empty refugee-led cell
    lines[14] = ",".join(cells)
    path = tmp_path / "partners.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_broken_registry_gives_one_finding_per_bad_cell(tmp_path: Path) -> None:
    broken = _broken_registry(tmp_path)
    proc = run("check", "--format", "json", "--rules", str(R4V), "--table", f"partners={broken}", str(PERU))
    assert proc.returncode == 1
    files = {f["path"]: f["findings"] for f in json.loads(proc.stdout)["files"]}
    schema = [(x["line"], x["column"], x["message"]) for x in files[str(broken)]]
    assert schema == [
        (6, 1, "table 'partners', column 'name': “ACNUDH” appears more than once"),
        (10, 3, "table 'partners', column 'type': “Cooperative” is not one of UN agency, INGO, "
                "National NGO, Refugee-led organisation, Red Cross, Donor, Academia"),
        (15, 4, "table 'partners', column 'refugee_led': is empty"),
    ]


def test_the_library_with_dataframes_gives_the_same_findings(tmp_path: Path) -> None:
    import pandas as pd

    broken = _broken_registry(tmp_path)
    from_files = check_file(PERU, rules=[R4V], tables={"partners": str(broken)})
    # The same tables as DataFrames, without the HXL row: rows are numbered as in the files.
    frame = pd.read_csv(broken, dtype=str, keep_default_na=False).iloc[1:].reset_index(drop=True)
    indicators = pd.read_csv(SAMPLES / "peru-2023-08.indicators.csv").iloc[1:].reset_index(drop=True)
    indicators["value"] = indicators["value"].astype(int)
    from_frames = check_file(PERU, rules=[R4V], tables={"partners": frame, "indicators": indicators})
    def same(findings):  # table line numbers differ by the HXL row the frames do not have
        return [(f.rule, re.sub(r"\(line \d+\) ", "", f.message)) for f in findings]

    assert same(from_frames.findings) == same(from_files.findings)
    lines = [f.line for f in from_files.findings if f.rule == "table-schema"]
    assert [f.line + 1 for f in from_frames.findings if f.rule == "table-schema"] == lines


def test_to_frame_lists_table_findings() -> None:
    frame = check_file(PERU, rules=[R4V]).to_frame()
    assert set(TABLE_RULES) & set(frame["rule"]) == {
        "gbv-training-vs-indicators", "table-not-in-roster", "roster-not-in-table"}


def test_missing_column_is_a_finding(tmp_path: Path) -> None:
    table = tmp_path / "p.csv"
    table.write_text("name,type,joined\nACNUR,UN agency,2019-01-01\n")
    result = check_file(PERU, rules=[R4V], tables={"partners": str(table)})
    got = [(f.line, f.message) for f in result.findings if f.rule == "table-schema"]
    assert got == [(1, "table 'partners': column 'acronym' is missing"),
                   (1, "table 'partners': column 'refugee_led' is missing")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name,type\n\"ACNUR,UN agency\n", "cannot be parsed"),
        (b"\xff\xfe\x00n\x00a", "is not valid UTF-8"),
        (b"", "is empty"),
    ],
)
def test_unreadable_tables_exit_2(tmp_path: Path, content: bytes, message: str) -> None:
    table = tmp_path / "p.csv"
    table.write_bytes(content)
    proc = run("check", "--rules", str(R4V), "--table", f"partners={table}", str(PERU))
    assert proc.returncode == 2, proc.stdout
    assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr


def test_required_table_missing_and_bad_table_option(tmp_path: Path) -> None:
    pack = tmp_path / "p.yaml"
    pack.write_text("id: t\ntitle: T\ntables:\n  reg: {path: '{stem}.registry.csv'}\n")
    report = tmp_path / "r.md"
    report.write_text("Text.\n")
    proc = run("check", "--rules", str(pack), str(report))
    assert proc.returncode == 2
    assert proc.stderr.strip() == (f"sitecheck: error: r.registry.csv: table 'reg' of pack t not "
                                   f"found (for {report}); give it with --table reg=PATH")
    proc = run("check", "--rules", str(R4V), "--table", "partners", str(report))
    assert proc.stderr.strip() == "sitecheck: error: --table expects NAME=PATH, not 'partners'"


def test_xlsx_without_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # as in an install without the extra
    table = tmp_path / "p.xlsx"
    table.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match=r"needs the xlsx extra: pip install -e '\.\[xlsx\]' in a checkout"):
        check_file(PERU, rules=[R4V], tables={"partners": str(table)})


def test_hxl_tags_address_columns(tmp_path: Path) -> None:
    pack = tmp_path / "p.yaml"
    pack.write_text(
        "id: t\ntitle: T\nfacts:\n  cash: {pattern: 'cash to {value}'}\n"
        "tables:\n  ind: {path: ind.csv}\n"
        "rules:\n  - {id: cash-total, assert: 'cash == sum(ind.#reached where #sector == \"Food\")'}\n")
    (tmp_path / "ind.csv").write_text("Sector,Reached\n#sector,#reached\nFood,100\nFood,50\nHealth,7\n")
    with pytest.raises(InputError):  # '#' is not a name in an expression
        check_file(tmp_path / "p.yaml", rules=[pack])
    pack.write_text(
        "id: t\ntitle: T\nfacts:\n  cash: {pattern: 'cash to {value}'}\n"
        "tables:\n  ind:\n    path: ind.csv\n    schema:\n      columns:\n"
        "        sector: {tag: '#sector'}\n        reached: {dtype: int, tag: '#reached'}\n"
        "rules:\n  - {id: cash-total, assert: 'cash == sum(ind.reached where sector == \"Food\")'}\n")
    report = tmp_path / "r.md"
    report.write_text("Partners gave cash to 160 people.\n")
    got = [(f.rule, f.message) for f in check_file(report, rules=[pack]).findings]
    assert got == [("cash-total", "cash == sum(ind.reached where sector == \"Food\") does not hold: "
                                  "160 against 150")]


@pytest.mark.parametrize(
    ("cell", "dtype", "mark", "expected"),
    [
        ("1,5", "float", ",", 1.5),  # was read as 15.0
        ("1,500", "float", ".", 1500.0),
        ("1,500", "int", ".", 1500),
        ("1.500", "int", ",", 1500),
        ("1.234,5", "float", ",", 1234.5),
        ("1,234", "float", ",", 1.234),  # the report's decimal mark decides
        ("1,234", "int", ",", 1234),  # a whole-number column cannot hold 1.234
        ("1.234", "float", ".", 1.234),
        ("-1,500", "int", ".", -1500),
        ("1 500", "int", None, 1500),
        ("0,75", "float", None, 0.75),
        ("1e3", "float", ".", 1000.0),
        ("12345678901234567890", "int", ".", 12345678901234567890),
        (2.5, "float", ",", 2.5),
    ],
)
def test_number_cells_are_read_like_the_figures_of_the_report(
    cell: object, dtype: str, mark: str | None, expected: float
) -> None:
    got = convert_cell(cell, dtype, mark)
    assert got == expected and type(got) is type(expected)


@pytest.mark.parametrize(("cell", "dtype"), [("1,5", "int"), ("3,0000", "float"), ("2.1.3", "float"),
                                             ("12%", "float"), ("$1,500", "int"), (True, "float")])
def test_cells_that_are_not_numbers_of_their_type(cell: object, dtype: str) -> None:
    with pytest.raises(ValueError):
        convert_cell(cell, dtype, ".")


def test_table_numbers_use_the_decimal_mark_of_the_report(tmp_path: Path) -> None:
    pack = tmp_path / "p.yaml"
    pack.write_text(
        "id: t\ntitle: T\nfacts:\n  total: {label: 'TOTAL:'}\n"
        "tables:\n  rates:\n    path: rates.csv\n    schema:\n      columns:\n"
        "        rate: {dtype: float, max: 10}\n"
        "rules:\n  - {id: rates-total, assert: 'total == sum(rates.rate)'}\n")
    (tmp_path / "rates.csv").write_text("region;rate\nNorte;1,5\nSur;2,5\n")
    result = check_text("TOTAL: 4,0\n", rules=[pack], decimal_mark=",")
    assert [(f.rule, f.message) for f in result.findings] == []
    assert [row["rate"] for row in read_table("rates", tmp_path / "rates.csv").rows] == ["1,5", "2,5"]


def test_xlsx_numbers_stay_numbers(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.append(["region", "rate"])
    book.active.append(["Norte", 1.125])
    book.save(tmp_path / "rates.xlsx")
    table = read_table("rates", tmp_path / "rates.xlsx")
    assert table.rows == [{"region": "Norte", "rate": 1.125}]
    assert convert_cell(table.rows[0]["rate"], "float", ".") == 1.125  # not 1,125


def test_tables_do_not_load_pandas_without_a_table() -> None:
    import subprocess
    import sys

    code = ("import sys, sitecheck\n"
            f"sitecheck.check({str(ROOT / 'samples' / 'ecuador-2024-03.md')!r}, rules=[{str(R4V)!r}])\n"
            "print('pandas' in sys.modules, 'pandera' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_sample_folder_with_tables(tmp_path: Path) -> None:
    for name in ("peru-2023-08.md", "peru-2023-08.partners.csv", "peru-2023-08.indicators.csv"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    proc = run("check", "--rules", str(R4V), str(tmp_path))
    assert "table-not-in-roster" in proc.stdout and "gbv-training-vs-indicators" in proc.stdout
