"""Bad input never ends in a traceback: one clear line, exit code 2, and the file left as it was."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from support import SAMPLES, run


def _refused(args: list[str], message: str, cwd: Path | None = None) -> None:
    proc = run(*args, cwd=cwd) if cwd else run(*args)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.strip() == f"sitecheck: error: {message}"
    assert "Traceback" not in proc.stdout + proc.stderr


def test_path_that_does_not_exist() -> None:
    _refused(["check", "no/such/report.md"], "no/such/report.md: no such file or folder")


def test_folder_with_no_reports(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n")
    _refused(["check", str(tmp_path)], f"{tmp_path}: no reports (.md, .markdown, .txt, .docx, .html, .htm, .pdf) in this folder")


def test_glob_that_matches_nothing(tmp_path: Path) -> None:
    _refused(["check", str(tmp_path / "*.md")], f"{tmp_path / '*.md'}: no file matches this pattern")


def test_binary_image(tmp_path: Path) -> None:
    image = tmp_path / "map.md"
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    image.write_bytes(data)
    _refused(["check", str(image)], f"{image}: binary file, not a text report")
    assert image.read_bytes() == data


def test_utf16_is_refused_with_advice(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    data = "Partners reached 1,200 people.".encode("utf-16")
    report.write_bytes(data)
    _refused(["check", str(report)], f"{report}: UTF-16 text is not supported; save the report as UTF-8")
    assert report.read_bytes() == data


def test_latin1_is_refused_with_the_offending_byte(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_bytes("Informe de Perú: 1.200 personas.".encode("latin-1"))
    _refused(["check", str(report)],
             f"{report}: not valid UTF-8 (byte 0xfa at offset 14); save the report as UTF-8")


def test_empty_file_has_no_findings(tmp_path: Path) -> None:
    report = tmp_path / "empty.md"
    report.write_text("")
    proc = run("check", str(report))
    assert (proc.returncode, proc.stderr) == (0, "")
    assert "No findings in 1 file." in proc.stdout


def test_a_50_mb_report_is_refused_quickly_and_unchanged(tmp_path: Path) -> None:
    report = tmp_path / "archive.txt"
    with report.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: no 50 MB written to disk
    _refused(["check", str(report)], f"{report}: 50 MB is larger than the 16 MB limit for one report")
    assert report.stat().st_size == 50 * 1024 * 1024


def test_a_single_1_mb_line_finishes(tmp_path: Path) -> None:
    report = tmp_path / "one-line.txt"
    sentence = "Partners reached 700 people (of whom 100 children), 12% more than in May. "
    report.write_text(sentence * (1_000_000 // len(sentence)))
    proc = run("check", "--format", "json", str(report))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["summary"]["errors"] == 0


def test_deeply_nested_lists(tmp_path: Path) -> None:
    report = tmp_path / "nested.md"
    report.write_text("".join("  " * i + f"- item {i}\n" for i in range(500)))
    proc = run("check", str(report))
    assert proc.returncode in (0, 1, 2)
    assert "Traceback" not in proc.stdout + proc.stderr
    if proc.returncode == 2:
        assert proc.stderr.strip() == f"sitecheck: error: {report}: too deeply nested to check"


@pytest.mark.skipif(os.name == "nt", reason="symlinks")
def test_folder_with_a_symlink_loop(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    (folder / "r.md").write_text("See the [plan](#).\n")
    proc = run("check", "--format", "json", str(folder))
    assert proc.returncode == 0
    assert [Path(f["path"]).name for f in json.loads(proc.stdout)["files"]] == ["r.md"]


def test_unreadable_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    report = tmp_path / "secret.md"
    report.write_text("x")
    report.chmod(0)
    _refused(["check", str(report)], f"{report}: cannot read: Permission denied")


def test_jobs_gives_the_same_output_as_a_serial_run(tmp_path: Path) -> None:
    for i in range(4):
        for sample in SAMPLES.glob("*.md"):
            (tmp_path / f"{i}-{sample.name}").write_text(sample.read_text(encoding="utf-8"), encoding="utf-8")
    serial = run("check", "--format", "json", str(tmp_path))
    parallel = run("check", "--format", "json", "--jobs", "2", str(tmp_path))
    assert parallel.returncode == serial.returncode == 1
    assert parallel.stdout == serial.stdout


@pytest.mark.parametrize(
    ("pack", "message"),
    [
        ("id: t\ntitle: [oops\n", "pack.yaml:3: invalid YAML: expected ',' or ']', but got '<stream end>'"),
        ("id: t\ntitle: !!python/object/apply:os.system ['touch hacked']\n",
         "pack.yaml:2: YAML tag not allowed (tag:yaml.org,2002:python/object/apply:os.system); packs are plain data"),
        ("id: t\ntitle: T\nfacts:\n  x: {pattern: '(a)(?(1)b|c) {value}'}\n",
         "pack.yaml:4: key 'facts.x.pattern': a conditional group is not supported: patterns run on RE2, which guarantees linear time and has no backtracking"),
    ],
)
def test_bad_rule_packs_on_the_command_line(tmp_path: Path, pack: str, message: str) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text(pack)
    proc = run("check", "--rules", str(path), str(SAMPLES / "peru-2023-08.md"), cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"sitecheck: error: {tmp_path}/{message}"
    assert not (tmp_path / "hacked").exists()
