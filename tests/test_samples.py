"""Each sample report yields exactly the findings its .expected.yaml lists; so does the seed."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sitecheck import check_file

from support import SAMPLES

SAMPLE_FILES = sorted(SAMPLES.glob("*.md"))


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_gives_exactly_its_expected_findings(path: Path) -> None:
    expected_file = path.with_suffix(".expected.yaml")
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))["findings"]
    result = check_file(path)
    got = [(f.rule, f.line, f.column) for f in result.findings]
    assert got == [(e["rule"], e["line"], e["column"]) for e in expected]


def test_peru_sample_with_the_r4v_pack_and_its_tables() -> None:
    from support import ROOT

    path = SAMPLES / "peru-2023-08.md"
    expected = yaml.safe_load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    core = {(e["rule"], e["line"], e["column"]) for e in expected["findings"]}
    pack = expected["with-pack"]
    result = check_file(path, rules=[ROOT / pack["pack"]])
    got = [(f.rule, f.line, f.column) for f in result.findings]
    extra = [(e["rule"], e["line"], e["column"]) for e in pack["findings"]]
    assert sorted(got) == sorted(core | set(extra))


def test_samples_show_every_rule_at_least_once() -> None:
    from sitecheck.checks.registry import CORE_RULES

    seen = {f.rule for p in SAMPLE_FILES for f in check_file(p).findings}
    assert seen == set(CORE_RULES)


def test_seed_report_gives_its_known_defects_and_nothing_else(seed_path: Path) -> None:
    result = check_file(seed_path)
    got = [(f.rule, f.line) for f in result.findings]
    assert got == [
        ("percent-mismatch", 20),
        ("empty-link", 23),
        ("empty-link", 27),
        ("empty-link", 28),
        ("empty-link", 34),
        ("footnote-unused", 60),
        ("empty-link", 64),
        ("empty-link", 66),
        ("count-mismatch", 87),
        ("duplicate-entry", 89),
        ("footnote-duplicate", 91),
    ]
    percent = result.findings[0]
    assert percent.message == "stated 13% funded; $427M / $318M = 134.3%"
    assert percent.suggestion == "$42.7M would give 13.4%; or a requirement of $3.18B"
    count = next(f for f in result.findings if f.rule == "count-mismatch")
    assert count.message == "stated 109 partners, but the list that follows names 111 (110 distinct)"
    dup = next(f for f in result.findings if f.rule == "duplicate-entry")
    assert (dup.line, dup.column, dup.end_column) == (89, 1059, 1062)
    assert dup.related_positions[0][:2] == (89, 1034)
