"""Editor and CI workflow: SARIF, GitHub annotations, configuration, baselines, init."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from support import SAMPLES, SARIF_SCHEMA, run


def test_sarif_carries_rules_locations_and_related_figures() -> None:
    proc = run("check", "--format", "sarif", "samples/peru-2023-08.md")
    assert proc.returncode == 1
    sarif = json.loads(proc.stdout)
    assert sarif["version"] == "2.1.0"
    run_ = sarif["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules][:3] == ["sum-mismatch", "part-exceeds-whole", "percent-mismatch"]
    assert all(r["shortDescription"]["text"] and r["help"]["text"] for r in rules)
    first = run_["results"][0]
    assert first["ruleId"] == "percent-mismatch" and first["level"] == "error"
    assert rules[first["ruleIndex"]]["id"] == "percent-mismatch"
    region = first["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 10, "startColumn": 1, "endLine": 10, "endColumn": 4,
                      "snippet": {"text": "13%"}}
    assert [loc["message"]["text"] for loc in first["relatedLocations"]] == ["amount", "base"]
    assert len(run_["results"]) == 11


def test_sarif_validates_against_the_schema(tmp_path: Path) -> None:
    if not SARIF_SCHEMA.is_file():
        pytest.skip("../shared/schemas is not available")
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    proc = run("check", "--format", "sarif", "samples/")
    jsonschema.validate(json.loads(proc.stdout), schema)


def test_github_format_escapes_and_maps_levels(tmp_path: Path) -> None:
    report = tmp_path / "a,b.md"
    report.write_text("See the [plan](#).\n\nThe fair gathered 368 people (156 Venezuelans and 221 Peruvians).\n")
    proc = run("check", "--format", "github", str(report))
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    path = str(report).replace(",", "%2C").replace(":", "%3A")
    assert lines == [
        f"::warning file={path},line=1,col=9,endLine=1,endColumn=18,title=sitecheck empty-link::"
        "link “plan” points to #%0Ahelp: add the address, or remove the link",
        f"::error file={path},line=3,col=19,endLine=3,endColumn=22,title=sitecheck sum-mismatch::"
        "stated total 368, but its parts add up to 377 (156 + 221)%0Ahelp: a total of 377, or parts that add up to 368",
    ]


def test_auto_format_follows_github_actions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = tmp_path / "r.md"
    report.write_text("See the [plan](#).\n")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert run("check", "--format", "auto", str(report)).stdout.startswith("::warning file=")
    monkeypatch.delenv("GITHUB_ACTIONS")
    assert run("check", "--format", "auto", str(report)).stdout.startswith(f"{report}:1:9: warning")


def _project(tmp_path: Path, config: str, name: str = "sitecheck.toml") -> Path:
    (tmp_path / name).write_text(config)
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(SAMPLES / "peru-2023-08.md", reports / "peru.md")
    (reports / "old").mkdir()
    shutil.copy(SAMPLES / "bolivia-floods-2024-02.md", reports / "old" / "floods.md")
    return reports


def _rules(stdout: str) -> list[tuple[str, str]]:
    doc = json.loads(stdout)
    return [(Path(f["path"]).name, x["rule"] + ":" + x["severity"])
            for f in doc["files"] for x in f["findings"]]


def test_configuration_selects_rules_changes_severity_and_excludes(tmp_path: Path) -> None:
    reports = _project(tmp_path, 'ignore = ["empty-link"]\nexclude = ["reports/old/**"]\n'
                                 'fail-on = "never"\n[severity]\nduplicate-entry = "error"\n')
    proc = run("check", "--format", "json", str(reports))
    assert proc.returncode == 0  # fail-on = never
    found = _rules(proc.stdout)
    assert ("peru.md", "duplicate-entry:error") in found
    assert not any(r.startswith("empty-link") for _, r in found)
    assert {name for name, _ in found} == {"peru.md"}


def test_pyproject_tool_table_is_found_walking_up(tmp_path: Path) -> None:
    reports = _project(tmp_path, '[tool.sitecheck]\nselect = ["count-mismatch"]\n', "pyproject.toml")
    proc = run("check", "--format", "json", str(reports / "peru.md"))
    assert _rules(proc.stdout) == [("peru.md", "count-mismatch:error")]


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ('colour = "red"\n', "unknown key 'colour' (allowed: decimal-mark, exclude, fail-on, format, ignore, language, message-language, rules, select, severity)"),
        ('select = ["sum-mismatches"]\n', "'select' names an unknown rule 'sum-mismatches'"),
        ('fail-on = "sometimes"\n', "'fail-on' must be one of error, warning, info, never"),
        ("select = [\n", "invalid TOML"),
    ],
)
def test_bad_configuration_is_one_line_and_exit_2(tmp_path: Path, config: str, message: str) -> None:
    reports = _project(tmp_path, config)
    proc = run("check", str(reports))
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"sitecheck: error: {tmp_path / 'sitecheck.toml'}: {message}")
    assert len(proc.stderr.strip().splitlines()) == 1


def test_init_writes_a_starter_that_loads(tmp_path: Path) -> None:
    proc = run("init", cwd=tmp_path)
    assert proc.returncode == 0
    assert (tmp_path / "sitecheck.toml").read_text().startswith("# sitecheck configuration")
    again = run("init", cwd=tmp_path)
    assert again.returncode == 2
    assert again.stderr.strip() == "sitecheck: error: sitecheck.toml already exists (use --force to overwrite it)"
    (tmp_path / "r.md").write_text("See the [plan](#).\n")
    assert run("check", "r.md", cwd=tmp_path).returncode == 0


def test_baseline_hides_known_findings_and_shows_new_ones(tmp_path: Path) -> None:
    report = tmp_path / "peru.md"
    shutil.copy(SAMPLES / "peru-2023-08.md", report)
    base = tmp_path / "baseline.json"
    proc = run("check", "--write-baseline", str(base), str(report))
    assert (proc.returncode, proc.stdout.strip()) == (0, f"Recorded 11 findings in {base}.")
    proc = run("check", "--baseline", str(base), str(report))
    assert proc.returncode == 0 and "No findings in 1 file." in proc.stdout
    # Editing other paragraphs moves lines but does not resurrect old findings.
    text = report.read_text()
    text = text.replace("## Situation", "## Situation\n\nA new introductory paragraph.\n")
    text = text.replace("Partners trained 850", "Partners trained 850 people (400 women and 460 men) and")
    report.write_text(text)
    proc = run("check", "--format", "json", "--baseline", str(base), str(report))
    found = json.loads(proc.stdout)["files"][0]["findings"]
    assert [(f["rule"], f["line"]) for f in found] == [("sum-mismatch", 63)]


def test_bad_baseline_file(tmp_path: Path) -> None:
    base = tmp_path / "b.json"
    base.write_text("[]")
    proc = run("check", "--baseline", str(base), "samples/")
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"sitecheck: error: {base}: not a sitecheck baseline (version 1)"
