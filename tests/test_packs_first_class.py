"""Packs are first-class (issue 16): the configuration names pack rules, `explain` and `rules`
describe them, a figure found by a pack and a built-in rule is reported once, an optional fact
never gives a finding, the R4V pack reads Spanish reports, and an unknown --table is refused."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from test_packs import REPORT as PACKS_REPORT

from sitecheck import check_text

from support import ROOT, SAMPLES, run

R4V = ROOT / "rules" / "r4v-national-sitrep.yaml"
PERU = SAMPLES / "peru-2023-08.md"

# The R4V-shaped report of test_packs with two slips more: a funded amount above the
# requirement and a fifth partner listed under "4 Partners".
REPORT = PACKS_REPORT.replace("FUNDED: $42.7M", "FUNDED: $427M").replace(
    "ACNUR | OIM | HIAS | CARE\n", "ACNUR | OIM | HIAS | CARE | UNICEF\n"
)
assert REPORT.count("$427M") == 1 and "UNICEF" in REPORT

INFORME = """\
CIFRAS CLAVE

PERSONAS ASISTIDAS DIRECTAMENTE
16.290

SITUACIÓN DEL FINANCIAMIENTO
13%
FINANCIADO: USD 427 M
REQUERIMIENTO: USD 318 M

## Respuesta

Los socios llegaron a 7.595 personas con efectivo y a 105 niños con clases.

## Coordinación

La plataforma ahora cuenta con 4 socios, de los cuales 2 son lideradas por personas refugiadas.

GTRM 4 socios:

ACNUR | OIM | HIAS | CARE | UNICEF
"""


def _project(tmp_path: Path, config: str, text: str = REPORT) -> Path:
    (tmp_path / "sitecheck.toml").write_text(
        f'rules = ["{R4V.as_posix()}"]\n' + textwrap.dedent(config), encoding="utf-8"
    )
    report = tmp_path / "r.md"
    report.write_text(text, encoding="utf-8")
    return report


def _found(proc_stdout: str) -> list[tuple[str, str, int]]:
    found = json.loads(proc_stdout)["files"][0]["findings"]
    return [(f["rule"], f["severity"], f["line"]) for f in found]


def test_configuration_selects_ignores_and_sets_the_severity_of_pack_rules(tmp_path: Path) -> None:
    report = _project(tmp_path, """\
        select = ["partner-count", "funding-coverage", "percent-mismatch"]
        ignore = ["percent-mismatch"]
        [severity]
        partner-count = "warning"
        """)
    proc = run("check", "--format", "json", str(report))
    assert proc.returncode == 1, proc.stderr
    assert _found(proc.stdout) == [("funding-coverage", "error", 7), ("partner-count", "warning", 19)]


def test_configuration_naming_an_unknown_rule_still_says_so(tmp_path: Path) -> None:
    report = _project(tmp_path, 'ignore = ["partner-cuont"]\n')
    proc = run("check", str(report))
    assert (proc.returncode, proc.stderr) == (2, (
        f"sitecheck: error: {tmp_path / 'sitecheck.toml'}: 'ignore' names an unknown rule "
        "'partner-cuont' (did you mean 'partner-count'?)\n"))


def test_a_figure_found_by_a_pack_rule_and_a_built_in_rule_is_reported_once() -> None:
    proc = run("check", "--format", "json", "--rules", str(R4V), str(PERU))
    found = json.loads(proc.stdout)["files"][0]["findings"]
    places = [(f["line"], f["column"]) for f in found]
    assert len(places) == len(set(places)), places
    rules = {f["rule"] for f in found}
    assert {"percent-mismatch", "count-mismatch", "duplicate-entry"} <= rules
    assert not {"funding-coverage", "partner-count", "partner-roster-unique"} & rules
    # Without the built-in rule, the pack's finding is the one reported.
    alone = run("check", "--format", "json", "--rules", str(R4V), "--ignore", "percent-mismatch", str(PERU))
    assert "funding-coverage" in {f["rule"] for f in json.loads(alone.stdout)["files"][0]["findings"]}


def test_an_optional_fact_never_gives_a_finding(tmp_path: Path) -> None:
    pack = tmp_path / "pack.yaml"
    pack.write_text(textwrap.dedent("""\
        id: t
        title: T
        facts:
          budget: {label: "BUDGET:", optional: true}
        rules:
          - {id: budget-stated, severity: error, required: budget}
          - {id: budget-positive, severity: error, assert: budget > 0}
        """), encoding="utf-8")
    assert check_text("A report without a budget.\n", rules=[pack]).findings == []
    got = check_text("BUDGET: 0\n", rules=[pack]).findings
    assert [f.rule for f in got] == ["budget-positive"]  # stated, it is checked


def test_the_r4v_pack_reads_spanish_labels() -> None:
    english = check_text(REPORT, rules=[R4V], ignore=["percent-mismatch", "count-mismatch"])
    spanish = check_text(INFORME, rules=[R4V], ignore=["percent-mismatch", "count-mismatch"])
    assert [(f.rule, f.line) for f in spanish.findings] == [(f.rule, f.line) for f in english.findings]
    assert [f.rule for f in spanish.findings] == ["funding-coverage", "partner-count"]
    clean = INFORME.replace("USD 427 M", "USD 41,3 M").replace(" | UNICEF", "")
    assert check_text(clean, rules=[R4V]).findings == []


def test_rules_shows_descriptions_not_templates() -> None:
    proc = run("rules", "--rules", str(R4V))
    lines = proc.stdout.splitlines()
    assert "{" not in proc.stdout
    assert any(line.startswith("table-schema ") for line in lines)
    coverage = next(line for line in lines if line.startswith("funding-coverage "))
    assert coverage.split(None, 3)[3] == (
        "The funded share in the key figures is the funded amount over the requirement.")


def test_explain_a_pack_rule_and_a_table_rule() -> None:
    proc = run("explain", "partner-count", "--rules", str(R4V))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("partner-count (error) [r4v-national-sitrep: R4V national situation report")
    assert "assert count(roster) == roster_count" in lines
    assert '  roster: label “Partners:” | “Socios:” | “Organizaciones socias:”' in lines
    table = run("explain", "table-schema")
    assert (table.returncode, table.stdout.splitlines()[0]) == (0, "table-schema (error)")
    unknown = run("explain", "partner-cuont", "--rules", str(R4V))
    assert (unknown.returncode, unknown.stderr) == (
        2, "sitecheck: error: unknown rule 'partner-cuont' (did you mean 'partner-count'?)\n")


def test_an_unknown_table_name_is_one_line_and_exit_2() -> None:
    table = str(SAMPLES / "peru-2023-08.partners.csv")
    proc = run("check", "--rules", str(R4V), "--table", f"partner={table}", str(PERU))
    assert (proc.returncode, proc.stdout, proc.stderr) == (2, "", (
        "sitecheck: error: --table partner: no rule pack of this run reads a table 'partner' "
        "(did you mean 'partners'?)\n"))
    bare = run("check", "--table", f"partners={table}", str(PERU))
    assert (bare.returncode, bare.stderr) == (2, (
        "sitecheck: error: --table partners: no rule pack of this run reads a table 'partners' "
        "(no rule pack: --rules PACK)\n"))
