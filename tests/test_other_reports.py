"""Reports in other platforms' styles: silence where the figures agree, exact findings where a
defect was planted."""

from __future__ import annotations

import pytest
import yaml

from sitecheck import check_file

from support import FIXTURES

REPORTS = FIXTURES / "reports"
EXPECTED = yaml.safe_load((REPORTS / "expected.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_report_gives_exactly_the_expected_findings(name: str) -> None:
    result = check_file(REPORTS / name)
    got = [(f.rule, f.line, f.column) for f in result.findings]
    assert got == [(e["rule"], e["line"], e["column"]) for e in EXPECTED[name]]


def test_every_report_is_listed() -> None:
    on_disk = {p.name for p in REPORTS.iterdir() if p.suffix in (".md", ".txt")}
    assert on_disk == set(EXPECTED)
