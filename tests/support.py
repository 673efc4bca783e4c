"""Paths the tests share."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "gtrm-peru-sitrep-2023-08.txt"
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
