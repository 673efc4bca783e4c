"""Reliability under hostile input, folders, globs and configuration (issue #18): unreadable
folders are reported, symlink loops cannot explode a walk or a glob, each real file is checked
once, and broken configuration files are one line naming the file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hostile import GOOD, assert_refused, permissions_extra, run_limited, snapshot

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX files: links and permissions")


def _paths(stdout: bytes) -> list[str]:
    return [f["path"] for f in json.loads(stdout)["files"]]


def test_a_folder_that_cannot_be_read_is_reported_and_the_rest_checked(tmp_path: Path) -> None:
    extra = permissions_extra()
    (tmp_path / "d" / "locked").mkdir(parents=True)
    (tmp_path / "d" / "locked" / "r.md").write_text(GOOD)
    (tmp_path / "d" / "good.md").write_text(GOOD)
    (tmp_path / "d" / "locked").chmod(0)
    try:
        proc = run_limited("check", "d", cwd=tmp_path, extra=extra)
        assert_refused(proc, "d/locked: cannot read this folder: Permission denied",
                       checked=("d/good.md",))
    finally:
        (tmp_path / "d" / "locked").chmod(0o755)


def test_a_file_that_cannot_be_read_is_reported_and_the_rest_checked(tmp_path: Path) -> None:
    extra = permissions_extra()
    (tmp_path / "secret.md").write_text(GOOD)
    (tmp_path / "secret.md").chmod(0)
    (tmp_path / "good.md").write_text(GOOD)
    proc = run_limited("check", ".", cwd=tmp_path, extra=extra)
    assert_refused(proc, "secret.md: cannot read: Permission denied", checked=("good.md",))


def test_two_self_links_do_not_explode_a_recursive_glob(tmp_path: Path) -> None:
    d = tmp_path / "d"
    (d / "sub").mkdir(parents=True)
    (d / "a.md").write_text(GOOD)
    (d / "sub" / "b.md").write_text(GOOD)
    (d / "self1").symlink_to(".")
    (d / "self2").symlink_to(".")
    (d / "sub" / "up").symlink_to("..")
    before = snapshot(tmp_path)
    proc = run_limited("check", "--format", "json", "d/**/*.md", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert _paths(proc.stdout) == ["d/a.md", "d/sub/b.md"]  # each real file once
    assert snapshot(tmp_path) == before


def test_a_glob_matches_as_glob_does(tmp_path: Path) -> None:
    for name in ("a.md", ".hidden.md", "x/b.md", "x/y/c.md", ".git/d.md", "x/e.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(GOOD)
    proc = run_limited("check", "--format", "json", "**/*.md", "x/*.txt", cwd=tmp_path)
    assert _paths(proc.stdout) == ["a.md", "x/b.md", "x/y/c.md", "x/e.txt"]
    proc = run_limited("check", "--format", "json", "x/*/c.md", cwd=tmp_path)
    assert _paths(proc.stdout) == ["x/y/c.md"]


def test_links_and_repeats_check_each_real_file_once(tmp_path: Path) -> None:
    d = tmp_path / "d"
    d.mkdir()
    (d / "a.md").write_text(GOOD)
    (d / "alias.md").symlink_to("a.md")
    (d / "loop").symlink_to(".", target_is_directory=True)
    proc = run_limited("check", "--format", "json", "d", "d/a.md", "d/loop/a.md", "d/*.md",
                       cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert _paths(proc.stdout) == ["d/a.md"]


def test_files_that_are_symlink_loops_are_refused_one_by_one(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / "self.md").symlink_to("self.md")
    (tmp_path / "a.md").symlink_to("b.md")
    (tmp_path / "b.md").symlink_to("a.md")
    (tmp_path / "p.yaml").symlink_to("p.yaml")
    loop = "cannot read: Too many levels of symbolic links"
    proc = run_limited("check", ".", cwd=tmp_path)
    assert_refused(proc, f"a.md: {loop}", f"b.md: {loop}", f"self.md: {loop}",
                   checked=("good.md",))
    assert_refused(run_limited("check", "--rules", "p.yaml", "good.md", cwd=tmp_path),
                   f"p.yaml: {loop}")


def test_a_name_over_255_characters_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(GOOD)
    long = "x" * 300
    proc = run_limited("check", f"{long}.md", f"{long}/r.md", "good.md", cwd=tmp_path)
    assert_refused(proc, f"{long}.md: cannot read: File name too long",
                   f"{long}/r.md: cannot read: File name too long", checked=("good.md",))


def test_missing_paths_are_reported_and_the_rest_checked(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(GOOD)
    (tmp_path / "dangling.md").symlink_to("nowhere.md")
    proc = run_limited("check", "missing.md", "dangling.md", "nothing*.md", "good.md",
                       cwd=tmp_path)
    assert_refused(proc, "missing.md: no such file or folder",
                   "dangling.md: no such file or folder",
                   "nothing*.md: no file matches this pattern", checked=("good.md",))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("sitecheck.toml", b'fail-on = "\xff"\n',
         "sitecheck.toml: not valid UTF-8 (byte 0xff at offset 11); save the configuration as UTF-8"),
        ("sitecheck.toml", b"a = " + b"[" * 3000 + b"]" * 3000 + b"\n",
         "sitecheck.toml: invalid TOML: nested too deeply"),
        ("sitecheck.toml", b"a = 1\na = 2\n",
         "sitecheck.toml: invalid TOML: Cannot overwrite a value (at line 2, column 6)"),
        ("pyproject.toml", b"[tool]\nsitecheck = 5\n",
         "pyproject.toml: 'tool.sitecheck' must be a table ([tool.sitecheck])"),
        ("pyproject.toml", b'tool = "sitecheck"\n', "pyproject.toml: 'tool' must be a table"),
        ("sitecheck.toml", b"fail-on = 5\n",
         "sitecheck.toml: 'fail-on' must be one of error, warning, info, never"),
    ],
)
def test_a_broken_configuration_is_one_line_naming_it(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.md").write_text(GOOD)
    before = snapshot(tmp_path)
    proc = run_limited("check", "good.md", cwd=tmp_path)
    assert_refused(proc, f"{tmp_path}/{message}")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("table", ["ind.csv", "ind.xlsx"])
def test_a_named_pipe_as_a_companion_table_is_refused_not_waited_on(
    tmp_path: Path, table: str
) -> None:
    pack = tmp_path / "p.yaml"
    pack.write_text(f"id: t\ntitle: T\ntables:\n  ind: {{path: {table}}}\n")
    os.mkfifo(tmp_path / table)
    report = tmp_path / "r.md"
    report.write_text("Partners reached 100 people.\n")
    before = snapshot(tmp_path)
    proc = run_limited("check", "--rules", str(pack), str(report))
    assert snapshot(tmp_path) == before
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2 and "Traceback" not in err
    assert err.strip() == f"sitecheck: error: {tmp_path / table}: is a named pipe, not a table"
