"""The console script's fast start for `sitecheck check` behaves exactly like the typer CLI."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from sitecheck.entry import parse_fast

from support import ROOT

TYPER = "import sys; from sitecheck.cli import main; sys.argv[0] = 'sitecheck'; main()"
FAST = "import sys; from sitecheck.entry import main; sys.argv[0] = 'sitecheck'; main()"


def _run(code: str, args: list[str]) -> tuple[int, str, str]:
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["check", "samples/"],
        ["check", "samples/peru-2023-08.md", "--format", "json"],
        ["check", "--format=sarif", "samples/bolivia-floods-2024-02.md"],
        ["check", "-f", "github", "--fail-on", "never", "samples/ecuador-2024-03.md"],
        ["check", "--select", "empty-link", "--select", "count-mismatch", "samples/"],
        ["check", "--ignore", "empty-link", "--decimal-mark", ",", "samples/ecuador-2024-03.md"],
        ["check", "missing.md"],
        ["check", "--select", "no-such-rule", "samples/"],
        ["check", "--decimal-mark", ";", "samples/"],
    ],
)
def test_fast_start_matches_the_typer_cli(args: list[str]) -> None:
    assert parse_fast(args) is not None  # these take the fast start
    assert _run(FAST, args) == _run(TYPER, args)


@pytest.mark.parametrize(
    "args",
    [
        [], ["rules"], ["check"], ["check", "--help"], ["check", "--format", "xml", "samples/"],
        ["check", "--rules", "rules/r4v-national-sitrep.yaml", "samples/"],
        ["check", "--jobs", "2", "samples/"], ["check", "--format"], ["explain", "sum-mismatch"],
    ],
)
def test_everything_else_goes_to_typer(args: list[str]) -> None:
    assert parse_fast(args) is None


def test_the_fast_start_does_not_import_typer() -> None:
    code = ("import sys, runpy\nsys.argv = ['sitecheck', 'check', '--format', 'json', 'samples/']\n"
            "try:\n    runpy.run_module('sitecheck', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print('typer' in sys.modules, 'rich' in sys.modules, file=sys.stderr)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          timeout=60)
    assert proc.stderr.strip().splitlines()[-1] == "False False"


def test_a_usage_error_still_comes_from_typer() -> None:
    rc, out, err = _run(FAST, ["check", "--format", "xml", "samples/"])
    assert rc == 2 and "Invalid value" in err
