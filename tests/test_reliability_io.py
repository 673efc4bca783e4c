"""Reliability under hostile input, files and reads (issue #18): sitecheck never overwrites an
input, writes every file atomically, and reads only regular files, never more than its limit.

Every run is under a time and memory limit (tests/hostile.py); every input is byte-identical
afterwards.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import socket
from pathlib import Path

import pytest

from hostile import GOOD, assert_refused, run_limited, snapshot

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX files: links, pipes, devices")


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    """A folder holding one good report (good.md, one finding), the current folder of a run."""
    (tmp_path / "good.md").write_text(GOOD)
    return tmp_path


def _unchanged(folder: Path, run: object) -> None:
    before = snapshot(folder)
    assert callable(run)
    run()
    assert snapshot(folder) == before


# Never overwrite an input.


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--write-baseline", "good.md", "good.md"], "good.md: is a report read by this run"),
        (["--write-baseline", "d/r.md", "d"], "d/r.md: is a report read by this run"),
        (["--write-baseline", "d/r.md", "d/*.md"], "d/r.md: is a report read by this run"),
        (["--write-baseline", "alias.json", "good.md"], "alias.json: is a report read by this run"),
        (["--write-baseline", "d/sitecheck.toml", "d"],
         "d/sitecheck.toml: is a configuration file read by this run"),
    ],
)
def test_a_baseline_never_overwrites_an_input(reports: Path, args: list[str], message: str) -> None:
    (reports / "d").mkdir()
    (reports / "d" / "r.md").write_text(GOOD)
    (reports / "d" / "sitecheck.toml").write_text('fail-on = "error"\n')
    (reports / "alias.json").symlink_to("good.md")

    def run() -> None:
        proc = run_limited("check", *args, cwd=reports)
        assert_refused(proc, f"{message}; write the baseline to another file")

    _unchanged(reports, run)


def test_a_baseline_over_a_rule_pack_is_refused(reports: Path) -> None:
    (reports / "p.yaml").write_text("id: p\ntitle: P\n")

    def run() -> None:
        proc = run_limited("check", "--rules", "p.yaml", "--write-baseline", "p.yaml", "good.md",
                           cwd=reports)
        assert_refused(proc, "p.yaml: is a rule pack read by this run; write the baseline to another file")

    _unchanged(reports, run)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.symlink_to("elsewhere.json"),
         "b.json: is a symbolic link; sitecheck does not write through it"),
        (lambda p: p.mkdir(), "b.json: is a folder; the baseline must be a regular file"),
        (lambda p: os.mkfifo(p), "b.json: is a named pipe; the baseline must be a regular file"),
    ],
)
def test_a_baseline_is_written_only_as_a_regular_file(reports: Path, make, message: str) -> None:
    make(reports / "b.json")

    def run() -> None:
        proc = run_limited("check", "--write-baseline", "b.json", "good.md", cwd=reports)
        assert_refused(proc, message)

    _unchanged(reports, run)
    assert not (reports / "elsewhere.json").exists()


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_a_baseline_never_replaces_a_device(reports: Path) -> None:
    proc = run_limited("check", "--write-baseline", "/dev/full", "good.md", cwd=reports)
    assert_refused(proc, "/dev/full: is a device; the baseline must be a regular file")
    assert Path("/dev/full").is_char_device()


def _no_bigger_files() -> None:
    # A disk that is full after 200 bytes: writes past that fail with EFBIG (SIGXFSZ ignored).
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (200, 200))


def test_a_failed_baseline_write_leaves_the_old_baseline_and_no_temporary_file(reports: Path) -> None:
    old = b'{"version": 1, "findings": []}\n'
    (reports / "b.json").write_bytes(old)
    proc = run_limited("check", "--write-baseline", "b.json", "good.md", cwd=reports,
                       extra=_no_bigger_files)
    assert_refused(proc, "b.json: cannot write the baseline: File too large")
    assert (reports / "b.json").read_bytes() == old
    assert sorted(p.name for p in reports.iterdir()) == ["b.json", "good.md"]


def test_a_baseline_replaces_the_old_one_in_one_step(reports: Path) -> None:
    (reports / "b.json").write_text("old")
    (reports / "b.json").chmod(0o640)
    inode = (reports / "b.json").stat().st_ino
    proc = run_limited("check", "--write-baseline", "b.json", "good.md", cwd=reports)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b"Recorded 1 finding in b.json.\n"
    written = reports / "b.json"
    assert json.loads(written.read_text())["findings"][0]["rule"] == "empty-link"
    assert written.stat().st_ino != inode  # renamed into place, not rewritten where it was
    assert oct(written.stat().st_mode & 0o777) == oct(0o640)
    assert sorted(p.name for p in reports.iterdir()) == ["b.json", "good.md"]


def test_a_reader_never_sees_a_partial_baseline(reports: Path) -> None:
    import threading

    (reports / "b.json").write_text(json.dumps({"version": 1, "findings": []}))
    seen: list[str] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            seen.append((reports / "b.json").read_text())

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for _ in range(4):
            proc = run_limited("check", "--write-baseline", "b.json", "good.md", cwd=reports)
            assert proc.returncode == 0, proc.stderr
    finally:
        done.set()
        reader.join()
    assert seen
    for text in seen:
        assert json.loads(text)["version"] == 1  # never empty, never cut short


def test_a_baseline_of_a_file_name_that_is_not_utf8_is_valid_utf8(reports: Path) -> None:
    odd = os.fsdecode(b"odd-\xff.md")
    (reports / odd).write_text(GOOD)
    proc = run_limited("check", "--write-baseline", "b.json", odd, cwd=reports)
    assert proc.returncode == 0, proc.stderr
    text = (reports / "b.json").read_bytes().decode("utf-8")  # no raw 0xff byte
    assert '"path": "odd-\\udcff.md"' in text
    again = run_limited("check", "--baseline", "b.json", odd, cwd=reports)
    assert (again.returncode, again.stdout) == (0, b"No findings in 1 file.\n")


@pytest.mark.parametrize("target", ["nowhere.toml", "real.toml"])
def test_init_never_writes_through_a_symlink(tmp_path: Path, target: str) -> None:
    (tmp_path / "real.toml").write_text("# mine\n")
    (tmp_path / "sitecheck.toml").symlink_to(target)

    def run() -> None:
        proc = run_limited("init", "--force", cwd=tmp_path)
        assert_refused(proc, "sitecheck.toml: is a symbolic link; sitecheck does not write through it")

    _unchanged(tmp_path, run)
    assert not (tmp_path / "nowhere.toml").exists()


def test_init_writes_one_whole_file(tmp_path: Path) -> None:
    proc = run_limited("init", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["sitecheck.toml"]
    assert "fail-on" in (tmp_path / "sitecheck.toml").read_text()


# Bounded reads of regular files only.


def _specials(folder: Path) -> None:
    (folder / "zero.md").symlink_to("/dev/zero")
    (folder / "random.md").symlink_to("/dev/urandom")
    os.mkfifo(folder / "fifo.md")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_devices_and_pipes_in_a_folder_are_refused_one_by_one(reports: Path, jobs: str) -> None:
    _specials(reports)
    (reports / "more.md").write_text(GOOD)

    def run() -> None:
        proc = run_limited("check", "--jobs", jobs, ".", cwd=reports)
        assert_refused(
            proc,
            "fifo.md: is a named pipe, not a report",
            "random.md: is a device, not a report",
            "zero.md: is a device, not a report",
            checked=("good.md", "more.md"),
        )

    _unchanged(reports, run)


def test_no_baseline_is_written_when_a_file_could_not_be_checked(reports: Path) -> None:
    os.mkfifo(reports / "fifo.md")
    proc = run_limited("check", "--write-baseline", "b.json", ".", cwd=reports)
    assert_refused(proc, "fifo.md: is a named pipe, not a report")
    assert not (reports / "b.json").exists()  # it would lack the findings of that file


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/dev/zero", "/dev/zero: is a device, not a report"),
        ("fifo.md", "fifo.md: is a named pipe, not a report"),
        ("/proc/self/status", "/proc/self/status: is a system pseudo-file (its size is unknown), not a report"),
        ("sock.md", "sock.md: is a socket, not a report"),
    ],
)
def test_a_special_file_named_as_a_report_is_refused(reports: Path, path: str, message: str) -> None:
    if path.startswith("/") and not os.path.exists(path):
        pytest.skip(f"{path} does not exist here")
    os.mkfifo(reports / "fifo.md")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(reports / "sock.md"))
    try:
        proc = run_limited("check", path, "good.md", cwd=reports)
    finally:
        server.close()
    assert_refused(proc, message, checked=("good.md",))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--rules", "/dev/zero"], "/dev/zero: is a device, not a rule pack"),
        (["--rules", "fifo.yaml"], "fifo.yaml: is a named pipe, not a rule pack"),
        (["--rules", "extends.yaml"],
         "extends.yaml:3: key 'extends[0]': /dev/zero: is a device, not a rule pack"),
        (["--baseline", "/dev/zero"], "/dev/zero: is a device, not a baseline"),
        (["--baseline", "fifo.yaml"], "fifo.yaml: is a named pipe, not a baseline"),
    ],
)
def test_packs_and_baselines_that_are_not_files_are_refused(
    reports: Path, args: list[str], message: str
) -> None:
    os.mkfifo(reports / "fifo.yaml")
    (reports / "extends.yaml").write_text("id: e\ntitle: E\nextends: [/dev/zero]\n")

    def run() -> None:
        assert_refused(run_limited("check", *args, "good.md", cwd=reports), message)

    _unchanged(reports, run)


def test_configuration_that_is_a_pipe_or_names_one_is_refused(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "good.md").write_text(GOOD)
    os.mkfifo(tmp_path / "a" / "sitecheck.toml")
    os.mkfifo(tmp_path / "b" / "pack.yaml")
    (tmp_path / "b" / "sitecheck.toml").write_text('rules = ["pack.yaml"]\n')
    proc = run_limited("check", "a", cwd=tmp_path)
    assert_refused(proc, f"{tmp_path}/a/sitecheck.toml: is a named pipe, not a configuration file")
    proc = run_limited("check", "b", cwd=tmp_path)
    assert_refused(proc, f"{tmp_path}/b/pack.yaml: is a named pipe, not a rule pack")


def test_inputs_already_refused_stay_refused_one_by_one(reports: Path) -> None:
    (reports / "image.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    (reports / "utf16.md").write_bytes("Partners: 1,200.".encode("utf-16"))
    (reports / "latin1.md").write_bytes("Perú: 1.200 personas.".encode("latin-1"))
    with (reports / "huge.md").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: nothing written to disk

    def run() -> None:
        proc = run_limited("check", ".", cwd=reports)
        assert_refused(
            proc,
            "huge.md: 50 MB is larger than the 16 MB limit for one report",
            "image.md: binary file, not a text report",
            "latin1.md: not valid UTF-8 (byte 0xfa at offset 3); save the report as UTF-8",
            "utf16.md: UTF-16 text is not supported; save the report as UTF-8",
            checked=("good.md",),
        )

    _unchanged(reports, run)


def test_reads_stop_at_the_limit_whatever_the_size_says(tmp_path: Path) -> None:
    from sitecheck.errors import InputError
    from sitecheck.files import read_limited

    (tmp_path / "r.md").write_bytes(b"x" * 11)
    with pytest.raises(InputError, match="^.*r.md: too big$"):
        read_limited(tmp_path / "r.md", 10, "report", lambda size: "too big")
    assert read_limited(tmp_path / "r.md", 11, "report", str) == b"x" * 11
