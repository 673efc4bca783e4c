"""The pre-commit hook, run by the real pre-commit against this repository."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT, SAMPLES


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="not a git checkout")
def test_hook_fails_on_a_bad_report_and_passes_on_a_good_one(tmp_path: Path) -> None:
    repo = tmp_path / "reports"
    repo.mkdir()
    _git(repo, "init", "-q")
    shutil.copy(SAMPLES / "peru-2023-08.md", repo / "bad.md")
    (repo / "good.md").write_text("The fair gathered 368 people (156 Venezuelans and 212 Peruvians).\n")
    _git(repo, "add", ".")

    def try_repo(name: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "sitecheck", "--files", name],
            cwd=repo, capture_output=True, text=True, timeout=900,
        )

    bad = try_repo("bad.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "bad.md:72:6: error[count-mismatch]" in bad.stdout
    good = try_repo("good.md")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
