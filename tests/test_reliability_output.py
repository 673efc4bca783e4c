"""Reliability under hostile input, outputs (issue #18): control characters and undecodable
file names cannot reach the terminal raw, JSON stays valid UTF-8, an interrupt or a closed or
full standard output ends quietly (or in one line), and --jobs starts no more processes than
there are files and cores."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hostile import GOOD, assert_refused, run_limited
from support import ROOT, SAMPLES

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX signals and devices")

HOSTILE = "Title \x1b]0;pwned\x07 and \x9b2J\n\nSee \x1b7\x08 the [plan](#).\n"


def test_control_characters_of_a_report_are_escaped_and_marks_stay_aligned(tmp_path: Path) -> None:
    (tmp_path / "r.md").write_text(HOSTILE)
    proc = run_limited("check", "r.md", cwd=tmp_path)
    out = proc.stdout.decode("utf-8")
    assert proc.returncode == 0, proc.stderr
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    source, marks = out.splitlines()[2:4]
    assert source == "3 | See \\x1b7\\x08 the [plan](#)."
    assert marks.index("^") == source.index("[plan]")
    assert marks.count("^") == len("[plan](#)")


def test_control_characters_of_a_file_name_are_escaped(tmp_path: Path) -> None:
    name = "a\x1b[31m\nb.md"
    (tmp_path / name).write_text(GOOD)
    proc = run_limited("check", name, "missing\x1b7\n.md", cwd=tmp_path)
    out = proc.stdout.decode("utf-8")
    assert_refused(proc, "missing\\x1b7\\n.md: no such file or folder")
    assert out.startswith("a\\x1b[31m\\nb.md:1:9: warning[empty-link]")
    github = run_limited("check", "--format", "github", name, cwd=tmp_path).stdout.decode()
    assert github.startswith("::warning file=a\\x1b[31m%0Ab.md,line=1,")


def test_json_of_undecodable_names_and_controls_is_valid_utf8(tmp_path: Path) -> None:
    raw_name = b"odd-\xff\x1b.md"
    (tmp_path / os.fsdecode(raw_name)).write_text(HOSTILE)
    for fmt in ("json", "sarif"):
        proc = run_limited("check", "--format", fmt, os.fsdecode(raw_name), cwd=tmp_path)
        text = proc.stdout.decode("utf-8")  # strict: no raw 0xff byte
        assert "\x1b" not in text and "\x9b" not in text
    data = json.loads(run_limited("check", "--format", "json", ".", cwd=tmp_path).stdout)
    path = data["files"][0]["path"]
    assert path == "odd-\udcff\x1b.md"  # written as "odd-\\udcff\\u001b.md"
    assert os.fsencode(path) == raw_name


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_extract_escapes_control_characters_and_markup(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "r.md").write_text("Partners [bold]x[/]: 1,200.\n\n- A \x1b]0;t\x07\x9b\n- B\n")
    proc = run_limited("extract", "--format", fmt, "r.md", cwd=tmp_path)
    assert (proc.returncode, proc.stderr) == (0, b"")
    out = proc.stdout.decode("utf-8")
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "1,200" in out


def _startup_seconds() -> float:
    start = time.monotonic()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.monotonic() - start


def test_an_interrupt_at_any_moment_exits_quietly(tmp_path: Path) -> None:
    # Before Python has started, an interrupt is Python's business, not sitecheck's.
    first = 3 * _startup_seconds() + 0.02
    interrupted = 0
    for i in range(12):
        for args in (["check", str(SAMPLES)], ["check", "--jobs", "2", str(SAMPLES)]):
            proc = subprocess.Popen(
                [sys.executable, "-m", "sitecheck", *args],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, start_new_session=True,
            )  # fmt: skip
            time.sleep(first + i * 0.03)
            os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C does: to every process of the group
            out, err = proc.communicate(timeout=20)
            assert err == b"", (first + i * 0.03, args, err.decode())
            # -SIGINT: the signal came as Python was shutting down (still 130 in a shell).
            assert proc.returncode in (0, 1, 130, -signal.SIGINT)
            interrupted += proc.returncode in (130, -signal.SIGINT)
    assert interrupted


@pytest.mark.parametrize("args", [["check"], ["check", "--jobs", "2"], ["check", "--format", "json"]])
def test_a_reader_that_went_away_ends_quietly(args: list[str]) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "sitecheck", *args, str(SAMPLES)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
    )  # fmt: skip
    assert proc.stdout is not None
    proc.stdout.close()  # "| head -0": nobody reads what sitecheck writes
    _, err = proc.communicate(timeout=20)
    assert (proc.returncode, err) == (0, b"")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize(
    "args",
    [["check", str(SAMPLES)], ["check", "--jobs", "2", str(SAMPLES)],
     ["extract", str(SAMPLES / "peru-2023-08.md")], ["rules"]],
)
def test_a_full_standard_output_is_one_line(args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        proc = run_limited(*args, stdout=full.fileno())
    assert_refused(proc, "standard output: cannot write: No space left on device")


def test_a_closed_standard_output_is_quiet() -> None:
    proc = run_limited("check", str(SAMPLES), extra=lambda: os.close(1), stdout=None)
    assert (proc.returncode, proc.stderr) == (1, b"")


def test_the_pool_is_capped_at_the_files_and_the_cores() -> None:
    from sitecheck.commands import pool_size

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    assert pool_size(1000, 300) == min(300, cores)
    assert pool_size(1000, 1) == 1
    assert pool_size(2, 300) == min(2, cores)
    assert pool_size(1, 0) == 1


def test_a_thousand_jobs_over_many_files_is_the_serial_output(tmp_path: Path) -> None:
    for i in range(40):
        (tmp_path / f"{i:02}.md").write_text(GOOD)
    serial = run_limited("check", "--format", "json", ".", cwd=tmp_path)
    many = run_limited("check", "--format", "json", "--jobs", "1000", ".", cwd=tmp_path)
    assert many.returncode == serial.returncode == 0
    assert many.stdout == serial.stdout
    assert json.loads(many.stdout)["summary"]["files"] == 40
