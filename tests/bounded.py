"""Run sitecheck in a subprocess under a time and memory limit, so that a hang or a blow-up fails
a test instead of the CI run, and check that the input files are left byte-identical."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from support import ROOT

TIME_LIMIT = 20  # seconds of CPU: a blow-up is killed (SIGXCPU) whatever else the machine runs
WALL_LIMIT = 4 * TIME_LIMIT  # seconds of wall time: a hang uses no CPU, and is stopped here
MEMORY_LIMIT = 1536 * 1024 * 1024  # address space, bytes


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    resource.setrlimit(resource.RLIMIT_CPU, (TIME_LIMIT, TIME_LIMIT + 5))


def run_bounded(*args: str, cwd: Path = ROOT, timeout: float = WALL_LIMIT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "sitecheck", *args],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout, preexec_fn=_limit,
    )


def snapshot(paths: Iterable[Path]) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in paths}


def refused(proc: subprocess.CompletedProcess[str], message: str) -> None:
    """Exit 2 and exactly one line on standard error, the given one."""
    assert proc.returncode == 2, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert proc.stderr == f"sitecheck: error: {message}\n"
    assert "Traceback" not in proc.stdout + proc.stderr
