"""Running the CLI against hostile input: under a time and memory limit, so that a hang or a
blow-up fails one test rather than the whole run, with the input files compared afterwards."""

from __future__ import annotations

import ctypes
import hashlib
import os
import resource
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from support import ROOT

TIME_LIMIT = 20  # seconds of CPU: every attack here must end well within it
WALL_LIMIT = 4 * TIME_LIMIT  # seconds of wall time: a hang uses no CPU, and is stopped here
MEMORY_LIMIT = 1536 * 1024 * 1024  # bytes of address space

# A report with one known finding: it shows that the other files of a run are still checked.
GOOD = "See the [plan](#).\n"
GOOD_FINDING = ":1:9: warning[empty-link]"

_PR_CAPBSET_DROP = 24
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH = 1, 2


def _limits(extra: Callable[[], None] | None) -> Callable[[], None]:
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
        resource.setrlimit(resource.RLIMIT_CPU, (TIME_LIMIT, TIME_LIMIT + 5))
        if extra is not None:
            extra()

    return apply


def run_limited(
    *args: str | bytes,
    cwd: Path = ROOT,
    extra: Callable[[], None] | None = None,
    stdout: int | None = subprocess.PIPE,
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m sitecheck ARGS`` under the limits; output is kept as bytes."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "sitecheck", *args],
        stdout=stdout, stderr=subprocess.PIPE, cwd=cwd, env=env, timeout=WALL_LIMIT,
        preexec_fn=_limits(extra),
    )  # fmt: skip


def assert_refused(
    proc: subprocess.CompletedProcess[bytes], *messages: str, checked: tuple[str, ...] = ()
) -> str:
    """Exit 2, exactly these error lines, no traceback, and the findings of the ``checked``
    reports in the output (they were still checked). Returns standard output as text."""
    out = proc.stdout.decode("utf-8") if proc.stdout is not None else ""
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2, out + err
    assert err.splitlines() == [f"sitecheck: error: {m}" for m in messages]
    assert "Traceback" not in out + err
    for name in checked:
        assert f"{name}{GOOD_FINDING}" in out, out
    return out


def snapshot(folder: Path) -> dict[str, object]:
    """Every entry under ``folder`` (links not followed): the hash of each regular file, the
    target of each link, the kind of anything else."""
    out: dict[str, object] = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            st = path.lstat()
            key = str(path.relative_to(folder))
            if stat.S_ISREG(st.st_mode):
                out[key] = hashlib.sha256(path.read_bytes()).hexdigest()
            elif stat.S_ISLNK(st.st_mode):
                out[key] = ("link", os.readlink(path))
            else:
                out[key] = ("mode", stat.S_IFMT(st.st_mode))
    return out


def drop_root_file_access() -> None:
    """As root, give up the power to read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so
    that permissions apply as they would to a user. Runs in the child, before exec."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def permissions_extra() -> Callable[[], None] | None:
    """What a run needs for file permissions to apply: nothing for a user; for root, dropping
    its file capabilities (the test is skipped when that is not allowed here)."""
    if os.geteuid() != 0:
        return None
    try:
        subprocess.run([sys.executable, "-c", ""], preexec_fn=drop_root_file_access, check=True)
    except (subprocess.SubprocessError, OSError):
        pytest.skip("running as root without the right to drop file capabilities")
    return drop_root_file_access
