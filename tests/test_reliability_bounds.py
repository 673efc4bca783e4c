"""Hostile packs and tables: user patterns on a linear-time engine, YAML and table bombs, pack
values and expressions that used to fail only when a report was checked.

Every attack runs in a subprocess under a time and memory limit (tests/bounded.py); each ends in
one clear line naming the file (and line) with exit code 2, or finishes with the expected
findings; the input files are byte-identical afterwards.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from bounded import refused, run_bounded, snapshot

RE2 = "patterns run on RE2, which guarantees linear time and has no backtracking"
HEAD = "id: t\ntitle: T\n"


def _check(tmp_path: Path, pack: str, report: str, *extra: str) -> tuple[Path, CompletedProcess[str]]:
    (tmp_path / "pack.yaml").write_text(pack, encoding="utf-8")
    (tmp_path / "r.md").write_text(report, encoding="utf-8")
    before = snapshot(p for p in tmp_path.iterdir() if p.is_file())
    proc = run_bounded("check", "--format", "json", "--rules", "pack.yaml", *extra, "r.md", cwd=tmp_path)
    assert snapshot(before) == before
    return tmp_path, proc


# ---------------------------------------------------------------------------------------------
# Patterns that backtracked for minutes on Python's re


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("(?:a?){40}a{40} {value}", "a" * 40 + " 12\n" + "a" * 5000 + "b\n"),
        ("a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c {value}", "a" * 200_000 + "\n"),
        ("(a+)+$ {value}", "a" * 200_000 + "!\n"),
        ("(x+x+)+y {value}", "x" * 100_000 + "\n"),
    ],
)
def test_patterns_that_backtracked_finish(tmp_path: Path, pattern: str, text: str) -> None:
    pack = HEAD + f"facts:\n  x: {{pattern: '{pattern}', optional: true}}\n"
    _, proc = _check(tmp_path, pack, text)
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stderr == ""


def test_a_thirty_word_label_finishes(tmp_path: Path) -> None:
    label = " ".join(["*"] * 30)  # each word also matches the separator between words
    pack = HEAD + f"facts:\n  x: {{label: '{label}', optional: true}}\n"
    _, proc = _check(tmp_path, pack, "*" * 5_000 + "x 12\n")
    assert (proc.returncode, proc.stderr) == (0, "")


def test_a_table_column_pattern_finishes(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("name\n" + "a" * 9_000 + "!\nab\n", encoding="utf-8")
    pack = HEAD + (
        "tables:\n  t:\n    path: t.csv\n    schema:\n      columns:\n"
        "        name: {pattern: '(a+)+$'}\n"
    )
    _, proc = _check(tmp_path, pack, "Partners reached 12 people.\n")
    assert proc.returncode == 1, proc.stderr
    files = json.loads(proc.stdout)["files"]
    assert [(f["path"], [(x["rule"], x["line"]) for x in f["findings"]]) for f in files] == [
        ("r.md", []), ("t.csv", [("table-schema", 2), ("table-schema", 3)])]


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("(?>a+)+b {value}", f"an atomic group (?>…) is not supported: {RE2}"),
        ("a++b {value}", f"a possessive repeat (*+, ++, ?+) is not supported: {RE2}"),
        ("(?<=x)a {value}", f"lookaround ((?=…), (?!…), (?<=…), (?<!…)) is not supported: {RE2}"),
        ("(?!x)a {value}", f"lookaround ((?=…), (?!…), (?<=…), (?<!…)) is not supported: {RE2}"),
        ("(a)\\\\1 {value}", f"a back-reference is not supported: {RE2}"),
        ("(a)?(?(1)b|c) {value}", f"a conditional group is not supported: {RE2}"),
        ("(?:a{1000}){1000} {value}", "not a valid regular expression (invalid repetition size: {1000})"),
        ("x" * 301 + " {value}", "pattern is longer than 300 characters"),
    ],
)
def test_what_re2_lacks_is_refused_at_load_time(tmp_path: Path, pattern: str, message: str) -> None:
    pack = HEAD + f'facts:\n  x:\n    pattern: "{pattern}"\n'
    _, proc = _check(tmp_path, pack, "Partners reached 12 people.\n")
    refused(proc, f"pack.yaml:5: key 'facts.x.pattern': {message}")


def test_a_table_pattern_re2_lacks_is_refused(tmp_path: Path) -> None:
    pack = HEAD + (
        "tables:\n  t:\n    path: t.csv\n    schema:\n      columns:\n"
        "        name: {pattern: '(?=a)a'}\n"
    )
    _, proc = _check(tmp_path, pack, "Partners reached 12 people.\n")
    refused(proc, "pack.yaml:8: key 'tables.t.schema.columns.name.pattern': "
                  f"lookaround ((?=…), (?!…), (?<=…), (?<!…)) is not supported: {RE2}")


# ---------------------------------------------------------------------------------------------
# YAML bombs and values that could not be read


def _laughs() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return HEAD + "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("pack", "message"),
    [
        (_laughs(), "pack.yaml:3: YAML aliases expand to more than 10,000 nodes"),
        (HEAD + "x: &a [*a]\n", "pack.yaml:3: a YAML alias refers to itself (a recursive alias)"),
        (HEAD + "x: &a {y: *a}\n", "pack.yaml:3: a YAML alias refers to itself (a recursive alias)"),
        (HEAD + "x: " + "[" * 3000 + "]" * 3000 + "\n", "pack.yaml:3: nesting deeper than 50 levels"),
        (HEAD + "x: " + "[" * 60 + "]" * 60 + "\n", "pack.yaml:3: nesting deeper than 50 levels"),
        (HEAD + "version: " + "9" * 5000 + "\n",
         "pack.yaml:3: a number of 5,000 characters is too long to read"),
        (HEAD + "since: 2024-02-30\n", "pack.yaml:3: cannot read '2024-02-30': day is out of range for month"),
        (HEAD + "? [a]\n: 1\n", "pack.yaml:3: keys must be text"),
    ],
)
def test_yaml_bombs_are_refused_quickly(tmp_path: Path, pack: str, message: str) -> None:
    _, proc = _check(tmp_path, pack, "Partners reached 12 people.\n")
    refused(proc, message)


# ---------------------------------------------------------------------------------------------
# Expressions that loaded but failed when a report was checked

FACTS = HEAD + "facts:\n  funded: {label: 'FUNDED:'}\nlists:\n  roster: {label: 'Partners:'}\n"


@pytest.mark.parametrize(
    ("assertion", "message"),
    [
        ("roster == funded", "'roster' is a list: use count()"),
        ("count(funded) == 3", "count() takes a list or a table, and 'funded' is a fact"),
        ("-roster < 3", "'roster' is a list: use count()"),
        ("count == 3", "count() is a function: call it"),
        ("abs(funded, funded) < 3", "abs() takes one value"),
        ("funded" + " * 1e15" * 21 + " == 0", "the expression can overflow (its value may pass 1e+300)"),
    ],
)
def test_expressions_are_typed_at_load_time(tmp_path: Path, assertion: str, message: str) -> None:
    pack = FACTS + f"rules:\n  - id: r\n    assert: '{assertion}'\n"
    report = "FUNDED: $12M\n\nPartners: A | B | C\n"
    _, proc = _check(tmp_path, pack, report)
    refused(proc, f"pack.yaml:9: key 'rules[0].assert': {message}")


@pytest.mark.parametrize(
    ("assertion", "message"),
    [
        ("__import__('os').system('touch hacked') == 0",
         "only the functions count, sum, min, max, abs may be called"),
        ("funded.__class__ == 1", "Attribute is not allowed in a rule expression"),
        ("(lambda: 1)() == 1", "only the functions count, sum, min, max, abs may be called"),
        ("2 ** 1000000 == funded", "operator Pow is not allowed"),
        ("__class__ == 1", "name '__class__' is not allowed"),
    ],
)
def test_expression_escapes_are_refused_at_load_time(
    tmp_path: Path, assertion: str, message: str
) -> None:
    pack = FACTS + f'rules:\n  - id: r\n    assert: "{assertion}"\n'
    _, proc = _check(tmp_path, pack, "FUNDED: $12M\n")
    refused(proc, f"pack.yaml:9: key 'rules[0].assert': {message}")
    assert not (tmp_path / "hacked").exists()


def test_formula_cells_of_a_table_are_text_never_run(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text(
        "name,reached\n=cmd|' /C calc'!A0,12\n@SUM(1+1),=1+2\n", encoding="utf-8")
    pack = HEAD + (
        "tables:\n  t:\n    path: t.csv\n    schema:\n      columns:\n"
        "        reached: {dtype: int}\nrules:\n  - {id: r, assert: 'count(t) >= 0'}\n"
    )
    _, proc = _check(tmp_path, pack, "Partners reached 12 people.\n")
    assert (proc.returncode, proc.stderr) == (1, "")
    files = {f["path"]: f["findings"] for f in json.loads(proc.stdout)["files"]}
    assert [(f["rule"], f["line"], f["message"]) for f in files["t.csv"]] == [
        ("table-schema", 3, "table 't', column 'reached': “=1+2” is not a valid int")]


def test_a_well_typed_expression_still_runs(tmp_path: Path) -> None:
    pack = FACTS + "rules:\n  - id: r\n    assert: 'count(roster) * 1000000 <= funded'\n"
    _, proc = _check(tmp_path, pack, "FUNDED: $2M\n\nPartners: A | B | C\n")
    assert proc.returncode == 1, proc.stderr
    findings = json.loads(proc.stdout)["files"][0]["findings"]
    assert [f["rule"] for f in findings] == ["r"]


# ---------------------------------------------------------------------------------------------
# Table bombs

TABLE_PACK = HEAD + "tables:\n  t: {path: t.csv}\nrules:\n  - {id: r, assert: 'count(t) >= 0'}\n"


@pytest.mark.parametrize(
    ("csv", "message"),
    [
        ("a\n" + "1\n" * 100_001, "t.csv:100002: table 't' has more than 100,000 rows (the limit)"),
        (",".join(["c"] * 501) + "\n", "t.csv:1: table 't' has 501 columns, more than 500 (the limit)"),
        ("a,b\n1," + "x" * 10_001 + "\n",
         "t.csv:2: table 't', column 2: a cell of 10,001 characters, more than 10,000 (the limit)"),
        (("," * 399 + "\n") * 5_100,
         "t.csv:5001: table 't' has more than 2,000,000 cells (the limit)"),
    ],
)
def test_table_limits_are_enforced_before_loading(tmp_path: Path, csv: str, message: str) -> None:
    (tmp_path / "t.csv").write_text(csv, encoding="utf-8")
    _, proc = _check(tmp_path, TABLE_PACK, "Partners reached 12 people.\n")
    refused(proc, message)


def _xlsx(path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["name", "reached"])
    for i in range(200):
        sheet.append([f"Partner {i}", i])
    book.save(path)


def test_an_xlsx_that_expands_past_the_limit_is_refused_unopened(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    with zipfile.ZipFile(tmp_path / "t.xlsx", "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            block = b"a" * (1 << 20)
            for _ in range(260):
                fh.write(block)
    pack = TABLE_PACK.replace("t.csv", "t.xlsx")
    _, proc = _check(tmp_path, pack, "Partners reached 12 people.\n")
    refused(proc, "t.xlsx: table 't' expands to 260 MB once unzipped, more than 256 MB (the limit)")


def test_an_xlsx_of_twenty_million_empty_rows_is_refused_before_openpyxl(tmp_path: Path) -> None:
    # 180 KB on disk, 120 MB of XML: openpyxl parsed it whole to size it (1.8 GB, 19 s).
    _xlsx(tmp_path / "full.xlsx")
    with zipfile.ZipFile(tmp_path / "full.xlsx") as src, \
            zipfile.ZipFile(tmp_path / "t.xlsx", "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                dst.writestr(info.filename, src.read(info.filename))
        with dst.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                     b'main"><sheetData>')
            for _ in range(200):
                fh.write(b"<row/>" * 100_000)
            fh.write(b"</sheetData></worksheet>")
    pack = TABLE_PACK.replace("t.csv", "t.xlsx")
    _, proc = _check(tmp_path, pack, "Partners reached 12 people.\n")
    refused(proc, "t.xlsx: table 't' has more than 100,000 rows (the limit)")


def test_a_truncated_xlsx_sheet_is_one_line(tmp_path: Path) -> None:
    _xlsx(tmp_path / "full.xlsx")
    with zipfile.ZipFile(tmp_path / "full.xlsx") as src, zipfile.ZipFile(tmp_path / "t.xlsx", "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            dst.writestr(info, data)
    pack = TABLE_PACK.replace("t.csv", "t.xlsx")
    _, proc = _check(tmp_path, pack, "Partners reached 12 people.\n")
    assert proc.returncode == 2
    line = proc.stderr
    assert line.startswith("sitecheck: error: t.xlsx: table 't' cannot be read as XLSX (")
    assert line.count("\n") == 1 and "Traceback" not in line


# ---------------------------------------------------------------------------------------------
# RE2 reads patterns as Python's re did, on the text of reports


@pytest.mark.parametrize(
    "pattern",
    [
        r"reached {value} people", r"\w+ {value}", r"(?:niños|children)\s+{value}", r"{value}\s*%",
        r"[^\d\s]+ {value}", r"total[:\s]+{value}\Z", r"(a+)+ {value}", r"\S+ de {value}",
        r"(?:number of partners (?:to|is|stands at)|platform (?:now )?(?:has|counts)) {value}",
    ],
)
def test_re2_matches_what_python_matched(pattern: str) -> None:
    import re

    from sitecheck.packs.regex import VALUE_GROUP, compile_user_pattern, value_span

    texts = [
        "Partners reached 1,200 people in Lima.", "Se atendió a niños 3.400 y adultos 12",
        "NIÑOS\u00a0450 y 12 %", "TOTAL: 5,000", "total 17\n", "aaa 12 aa 3",
        "la cifra de US$ 427 millones", "The platform now counts 109 partners",
        "Ação humanitária de 1.200", "١٢٣ people reached ٤٥",
    ]
    python = re.compile(pattern.replace("{value}", VALUE_GROUP), re.IGNORECASE)
    ours = compile_user_pattern(pattern)
    for text in texts:
        want = [(m.span(), m.span("value")) for m in python.finditer(text)]
        got = [(m.span(), value_span(m)) for m in ours.finditer(text)]
        assert got == want, text
