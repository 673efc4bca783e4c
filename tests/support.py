"""Paths the tests share."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "gtrm-peru-sitrep-2023-08.txt"
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "sitecheck", *args],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=60,
    )
