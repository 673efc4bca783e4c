"""Packaging (issue 16): the distribution's name is free on the package index, every install line
names it, and the README's pre-commit snippet works as written."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import sitecheck

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from support import ROOT, SAMPLES, run

DISTRIBUTION = "sitrep-check"


def _texts() -> dict[Path, str]:
    paths = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    paths += sorted((ROOT / "sitecheck").rglob("*.py"))
    return {p: p.read_text(encoding="utf-8") for p in paths}


def test_the_distribution_is_not_the_unrelated_sitecheck() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == DISTRIBUTION
    assert project["version"] == sitecheck.__version__
    assert project["scripts"] == {"sitecheck": "sitecheck.entry:main"}


def test_every_install_line_names_the_distribution() -> None:
    wrong = re.compile(r"pip install ['\"]?sitecheck\b")
    found = [str(p) for p, text in _texts().items() if wrong.search(text)]
    assert found == []
    assert "pip install sitrep-check" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_sarif_information_uri_is_the_distributions_page() -> None:
    proc = run("check", "--format", "sarif", str(SAMPLES / "peru-2023-08.md"))
    driver = json.loads(proc.stdout)["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == f"https://pypi.org/project/{DISTRIBUTION}/"


def test_the_hook_matches_suffixes_in_any_case() -> None:
    hook = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]
    files = re.compile(hook["files"])  # pre-commit reads it with Python's re
    for name in ("a.md", "B.MD", "c.Markdown", "d.TXT", "e.DOCX", "f.Html", "g.htm", "h.PDF"):
        assert files.search(name), name
    for name in ("a.csv", "b.md.bak", "c.mdx"):
        assert not files.search(name), name


def _snippet() -> dict:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## pre-commit", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    return yaml.safe_load(block)


def test_the_readme_snippet_names_the_release_tag_and_the_hook() -> None:
    repo = _snippet()["repos"][0]
    assert repo["rev"] == f"v{sitecheck.__version__}"
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in repo["hooks"]] == [hooks[0]["id"]]


def _has_tag(tag: str) -> bool:
    proc = subprocess.run(
        ["git", "rev-parse", "-q", "--verify", f"refs/tags/{tag}"], cwd=ROOT, capture_output=True
    )
    return proc.returncode == 0


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="not a git checkout")
def test_the_readme_snippet_runs_the_tagged_hook(tmp_path: Path) -> None:
    config = _snippet()
    rev = config["repos"][0]["rev"]
    if not _has_tag(rev):
        pytest.skip(f"tag {rev} is not in this checkout (git tag {rev})")
    config["repos"][0]["repo"] = str(ROOT)  # where the README says "where you host sitecheck"
    repo = tmp_path / "reports"
    repo.mkdir()
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    shutil.copy(SAMPLES / "peru-2023-08.md", repo / "BAD.MD")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    proc = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--files", "BAD.MD"],
        cwd=repo, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "BAD.MD:72:6: error[count-mismatch]" in proc.stdout
