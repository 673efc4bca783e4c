"""The command line as a user meets it: output, exit codes and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from support import SAMPLES, run


def test_check_samples_folder_prints_findings_and_exits_1() -> None:
    proc = run("check", "samples/")
    assert proc.returncode == 1
    assert "samples/peru-2023-08.md:10:1: error[percent-mismatch] stated 13% funded" in proc.stdout
    assert "= help: $42.7M would give 13.4%; or a requirement of $3.18B" in proc.stdout
    assert proc.stdout.rstrip().endswith("50 findings in 5 files: 24 errors, 26 warnings, 0 info")
    assert proc.stderr == ""


def test_json_output_follows_version_1() -> None:
    proc = run("check", "--format", "json", "samples/peru-2023-08.md")
    assert proc.returncode == 1
    doc = json.loads(proc.stdout)
    assert doc["version"] == 1
    assert doc["summary"] == {"files": 1, "errors": 2, "warnings": 9, "info": 0}
    first = doc["files"][0]["findings"][0]
    assert set(first) == {"rule", "severity", "message", "line", "column", "end_line",
                          "end_column", "related", "suggestion", "text", "stated", "expected"}
    assert (first["rule"], first["line"], first["column"], first["end_column"]) == (
        "percent-mismatch", 10, 1, 4)
    # The optional fields of version 1: the figure as written, the numbers stated and expected.
    assert (first["text"], first["stated"], first["expected"]) == ("13%", 13.0, 134.3)
    links = [f for f in doc["files"][0]["findings"] if f["rule"] == "empty-link"]
    assert "stated" not in links[0] and links[0]["text"] == "[Financial Tracking System](#)"
    assert first["related"][0] == {"line": 11, "column": 9, "end_line": 11, "end_column": 15,
                                   "message": "amount"}


def test_clean_report_exits_0(tmp_path: Path) -> None:
    report = tmp_path / "good.md"
    report.write_text("The fair gathered 368 people (156 Venezuelans and 212 Peruvians).\n")
    proc = run("check", str(report))
    assert proc.returncode == 0
    assert "No findings in 1 file." in proc.stdout


def test_fail_on_warning_and_never(tmp_path: Path) -> None:
    report = tmp_path / "links.md"
    report.write_text("See the [plan](#).\n")
    assert run("check", str(report)).returncode == 0
    assert run("check", "--fail-on", "warning", str(report)).returncode == 1
    assert run("check", "--fail-on", "never", "samples/").returncode == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "--select", "no-such-rule", "samples/"],
         "sitecheck: error: unknown rule 'no-such-rule' (see 'sitecheck rules')"),
        (["explain", "no-such-rule"], "sitecheck: error: unknown rule 'no-such-rule' (see 'sitecheck rules')"),
        (["check", "--decimal-mark", ";", "samples/"], "sitecheck: error: decimal mark must be '.' or ',', not ';'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: list[str], message: str) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    assert proc.stderr.strip() == message
    assert "Traceback" not in proc.stderr + proc.stdout


def test_checked_files_are_never_modified() -> None:
    before = {p: p.read_bytes() for p in SAMPLES.iterdir()}
    run("check", "samples/")
    assert {p: p.read_bytes() for p in SAMPLES.iterdir()} == before


def test_usage_error_exits_2() -> None:
    proc = run("check", "--format", "xml", "samples/")
    assert proc.returncode == 2


def test_rules_and_explain() -> None:
    proc = run("rules")
    assert proc.returncode == 0
    lines = proc.stdout.splitlines()
    assert len(lines) == 19  # the ids rule packs make (table-schema, …) included
    assert lines[13].split()[:2] == ["unused-suppression", "info"]
    assert lines[14].split()[:2] == ["unknown-suppression", "warning"]
    assert lines[-1].split()[:2] == ["table-not-in-roster", "warning"]
    assert lines[0].split()[:2] == ["sum-mismatch", "error"]
    proc = run("explain", "percent-mismatch")
    assert proc.returncode == 0
    assert proc.stdout.startswith("percent-mismatch (error)\n")
    assert "FAIL:" in proc.stdout and "PASS:" in proc.stdout


def test_extract_json_on_the_sample() -> None:
    proc = run("extract", "samples/peru-2023-08.md", "--format", "json")
    assert proc.returncode == 0
    items = json.loads(proc.stdout)["items"]
    by_text = {(i["kind"], i["text"]): i for i in items}
    big = by_text[("count", "1.51M")]
    assert (big["value"], big["interval"], big["line"], big["column"]) == (
        1510000, [1505000, 1515000], 4, 1)
    assert by_text[("number", "2023")]["tag"] == "year"


def test_extract_table_is_readable() -> None:
    proc = run("extract", "samples/ecuador-2024-03.md")
    assert proc.returncode == 0
    assert "USD 108,4 M" in proc.stdout and "más de" in proc.stdout


def test_extract_shows_each_table_with_its_roles_and_checks() -> None:
    proc = run("extract", "samples/mocambique-2024-03.md")
    assert proc.returncode == 0
    out = proc.stdout
    assert "Table at line 38 (markdown): Província (label), Casos (figures), Óbitos" in out
    assert "checked total: row “Total”, column “Casos”" in out
    assert "checked percentage: row “Nampula”, column “Letalidade (%)”" in out
    data = json.loads(run("extract", "samples/mocambique-2024-03.md", "-f", "json").stdout)
    (table,) = [i for i in data["items"] if i["kind"] == "table"]
    assert [r["role"] for r in table["rows"]] == ["header", "part", "part", "part", "total"]
    assert [c["role"] for c in table["columns"]] == ["label", "figures", "figures", "percent"]
    assert (table["line"], table["source"], table["notes"]) == (38, "markdown", [])


def test_extract_reads_no_suppression_comment(tmp_path: Path) -> None:
    report = tmp_path / "draft.md"
    report.write_text("<!-- sitecheck-disable-next-line emty-link -->\nSource: [FTS](#), 1,200 people.\n")
    extracted = run("extract", str(report), "--format", "json")
    assert extracted.returncode == 0, extracted.stderr
    items = json.loads(extracted.stdout)["items"]
    assert [(i["kind"], i["text"]) for i in items] == [("link", "[FTS](#)"), ("count", "1,200")]
    checked = run("check", str(report))  # the mistyped rule id is a warning; the check goes on
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.splitlines()[0] == (
        f"{report}:1:1: warning[unknown-suppression] unknown rule 'emty-link' in this "
        "sitecheck-disable-next-line comment")
    assert "  = help: write 'empty-link'" in checked.stdout.splitlines()


def test_text_output_underlines_the_figures(tmp_path: Path) -> None:
    report = tmp_path / "fair.md"
    report.write_text("Integration\n\nThe fair gathered 368 Venezuelans (156) and Peruvians (221).\n")
    proc = run("check", str(report))
    assert proc.returncode == 1
    assert proc.stdout == (
        f"{report}:3:19: error[sum-mismatch] stated total 368, but its parts add up to 377 (156 + 221)\n"
        "  |\n"
        "3 | The fair gathered 368 Venezuelans (156) and Peruvians (221).\n"
        "  |                   ^^^              ---                 --- part\n"
        "  |                                    └─ part\n"
        "  = help: a total of 377, or parts that add up to 368\n"
        "\n"
        "1 finding in 1 file: 1 error, 0 warnings, 0 info\n"
    )


def test_colour_only_on_request_or_a_terminal(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    report = tmp_path / "r.md"
    report.write_text("See the [plan](#).\n")
    assert "\x1b[" not in run("check", str(report)).stdout  # piped: plain text
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    coloured = subprocess.run(
        [sys.executable, "-m", "sitecheck", "check", str(report)],
        capture_output=True, text=True, env={**env, "FORCE_COLOR": "1"}, timeout=60,
    )
    assert "\x1b[" in coloured.stdout
    assert coloured.stdout.count("warning") == 2  # the finding and the summary
