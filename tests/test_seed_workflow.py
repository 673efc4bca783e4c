"""Issue acceptance on the seed report: SARIF, GitHub annotations, a suppression, a baseline."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from support import SARIF_SCHEMA, run


def test_seed_sarif_is_valid(seed_path: Path) -> None:
    if not SARIF_SCHEMA.is_file():
        pytest.skip("../shared/schemas is not available")
    import jsonschema

    proc = run("check", "--format", "sarif", str(seed_path))
    sarif = json.loads(proc.stdout)
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    assert len(sarif["runs"][0]["results"]) == 11


def test_seed_github_one_command_per_finding(seed_path: Path) -> None:
    lines = run("check", "--format", "github", str(seed_path)).stdout.splitlines()
    assert len(lines) == 11
    assert all(line.startswith(("::error file=", "::warning file=")) for line in lines)
    assert "\n" not in "".join(lines)


def test_seed_suppression_above_line_23(seed_path: Path, tmp_path: Path) -> None:
    report = tmp_path / "seed.txt"
    lines = seed_path.read_text(encoding="utf-8").split("\n")
    lines.insert(22, "<!-- sitecheck-disable-next-line empty-link -->")
    report.write_text("\n".join(lines), encoding="utf-8")
    found = json.loads(run("check", "--format", "json", str(report)).stdout)["files"][0]["findings"]
    got = [(f["rule"], f["line"]) for f in found]
    assert ("empty-link", 24) not in got
    assert got == [
        ("percent-mismatch", 20), ("empty-link", 28), ("empty-link", 29), ("empty-link", 35),
        ("footnote-unused", 61), ("empty-link", 65), ("empty-link", 67), ("count-mismatch", 88),
        ("duplicate-entry", 90), ("footnote-duplicate", 92),
    ]


def test_seed_baseline_then_one_new_defect(seed_path: Path, tmp_path: Path) -> None:
    report = tmp_path / "seed.txt"
    shutil.copy(seed_path, report)
    base = tmp_path / "baseline.json"
    assert run("check", "--write-baseline", str(base), str(report)).returncode == 0
    again = run("check", "--baseline", str(base), str(report))
    assert again.returncode == 0 and "No findings in 1 file." in again.stdout
    text = report.read_text(encoding="utf-8").replace(
        "Partners trained 850", "Partners trained 850 people (400 women and 460 men) and")
    report.write_text(text, encoding="utf-8")
    found = json.loads(run("check", "--format", "json", "--baseline", str(base), str(report)).stdout)
    assert [(f["rule"], f["line"]) for f in found["files"][0]["findings"]] == [("sum-mismatch", 70)]
