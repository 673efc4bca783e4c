"""pandas and pandera load only when a data table is checked, re2 only when a rule pack is loaded:
never for import or a plain check."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support import ROOT

_PROBE = """
import sys
{body}
heavy = sorted(m for m in ("pandas", "pandera", "numpy", "rich", "pydantic", "re2") if m in sys.modules)
print("loaded:" + ",".join(heavy))
"""


def _loaded(body: str) -> str:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE.format(body=body)],
        capture_output=True, text=True, cwd=ROOT, timeout=60, check=True,
    )
    return proc.stdout.strip().splitlines()[-1].removeprefix("loaded:")


def test_import_sitecheck_loads_no_pandas() -> None:
    assert _loaded("import sitecheck") == ""


def test_a_check_without_tables_loads_no_pandas() -> None:
    assert _loaded("import sitecheck; sitecheck.check('samples/peru-2023-08.md')") == ""


def test_the_cli_check_loads_no_pandas() -> None:
    body = (
        "from sitecheck.cli import app\n"
        "try:\n    app(['check', '--format', 'json', 'samples/'], standalone_mode=False)\n"
        "except SystemExit:\n    pass\n"
    )
    assert _loaded(body) == ""


def test_to_frame_gives_one_row_per_finding() -> None:
    import sitecheck

    frame = sitecheck.check(ROOT / "samples" / "peru-2023-08.md").to_frame()
    assert len(frame) == 11
    assert list(frame.columns[:6]) == ["path", "rule", "severity", "message", "line", "column"]
    first = frame.iloc[0]
    assert (first["rule"], first["text"], first["stated"], first["expected"]) == (
        "percent-mismatch", "13%", 13.0, 134.3)
    assert (first["stated_text"], first["expected_text"]) == ("13%", "134.3%")


def test_re2_loads_with_a_pack_without_tables_and_pandas_does_not(tmp_path: Path) -> None:
    pack = tmp_path / "p.yaml"
    pack.write_text("id: t\ntitle: T\nfacts:\n  x: {pattern: 'reached {value}', optional: true}\n")
    body = f"import sitecheck; sitecheck.check('samples/peru-2023-08.md', rules=[{str(pack)!r}])"
    assert _loaded(body) == "pydantic,re2"
