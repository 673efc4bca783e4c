"""Items of issue 16 the audit found without a test of their own: a bad file leaves the JSON and
SARIF outputs of the other files whole, every usage error is one line, `--jobs 0` is one job per
core."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from support import SAMPLES, run


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_a_bad_file_leaves_the_other_files_findings_in_json_and_sarif(tmp_path: Path, fmt: str) -> None:
    shutil.copy(SAMPLES / "peru-2023-08.md", tmp_path / "peru.md")
    (tmp_path / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    proc = run("check", "--format", fmt, ".", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr == "sitecheck: error: image.md: binary file, not a text report\n"
    data = json.loads(proc.stdout)
    if fmt == "json":
        found = [f for entry in data["files"] for f in entry["findings"]]
    else:
        found = data["runs"][0]["results"]
    assert len(found) == 11  # the Peru sample's findings, all of them


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],
        ["check", "--format", "xml", "."],
        ["check", "--jobs", "-1", "."],
        ["explain"],
        ["rules", "--bogus"],
        ["nosuch"],
    ],
)
def test_every_usage_error_is_one_line(args: list[str]) -> None:
    proc = run(*args)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert len(proc.stderr.splitlines()) == 1 and proc.stderr.startswith("sitecheck: error: ")


def test_jobs_0_is_one_job_per_core() -> None:
    from sitecheck.commands import pool_size

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    assert pool_size(0, 1000) == cores  # --jobs 0 over 1,000 files
    assert pool_size(0, 1) == 1


def test_the_readmes_first_example_is_the_real_output() -> None:
    from support import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## What it looks like", 1)[1].split("```text\n", 1)[1].split("```", 1)[0]
    proc = run("check", "samples/peru-2023-08.md")
    shown = block.splitlines()
    assert proc.stdout.splitlines()[: len(shown)] == shown


def test_a_folder_walk_skips_git(tmp_path: Path) -> None:
    bad = "The fair gathered 368 Venezuelans (156) and Peruvians (221).\n"
    for name in (".git/a.md", "r/.git/b.md", "r/c.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(bad, encoding="utf-8")
    proc = run("check", "-f", "concise", cwd=tmp_path)
    assert [line.split(":")[0] for line in proc.stdout.splitlines()[:-1]] == ["r/c.md"]
