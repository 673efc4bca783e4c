"""The docs cannot drift: each rule's FAIL and PASS examples run, and the README's rule table
matches the registry (see sitecheck/checks/__init__.py for how examples are written)."""

from __future__ import annotations

import re

import pytest

from sitecheck import check_text
from sitecheck.checks import registry

from support import ROOT

DOCUMENTED = [r for r, info in registry.RULES.items() if info.module is not None]


def examples(rule: str) -> dict[str, list[str]]:
    """The FAIL and PASS examples of a rule's docstring, as report texts."""
    found: dict[str, list[str]] = {"FAIL": [], "PASS": []}
    section = None
    for line in registry.explain(rule).splitlines():
        if line in ("FAIL:", "PASS:"):
            section = line[:-1]
        elif section and line.startswith("    ") and line.strip():
            found[section].append(line.strip().replace(" … ", "\n\n").replace(" / ", "\n"))
        else:
            section = None
    return found


def _cases(kind: str) -> list:
    return [
        pytest.param(rule, text, id=f"{rule}-{kind}-{i + 1}")
        for rule in DOCUMENTED
        for i, text in enumerate(examples(rule)[kind])
    ]


@pytest.mark.parametrize("rule", DOCUMENTED)
def test_every_rule_documents_failing_and_passing_examples(rule: str) -> None:
    found = examples(rule)
    assert found["FAIL"] and found["PASS"]


@pytest.mark.parametrize(("rule", "text"), _cases("FAIL"))
def test_fail_examples_give_a_finding_of_their_rule(rule: str, text: str) -> None:
    assert any(f.rule == rule for f in check_text(text).findings)


@pytest.mark.parametrize(("rule", "text"), _cases("PASS"))
def test_pass_examples_give_no_finding_of_their_rule(rule: str, text: str) -> None:
    assert [(f.line, f.column, f.message) for f in check_text(text).findings if f.rule == rule] == []


def test_examples_are_read_with_line_and_paragraph_breaks() -> None:
    assert examples("percent-mismatch")["FAIL"][0] == (
        "FUNDING SITUATION\n13%\nFUNDED: $427M\nREQUIREMENT: $318M")
    assert examples("footnote-unused")["FAIL"][0] == (
        "Partners work in 18 regions.\n\n¹ Amazonas, Ancash and Tumbes.")


def _readme_rule_table() -> list[tuple[str, str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("| id | severity | catches |", 1)[1].split("\n\n", 1)[0]
    return re.findall(r"^\| `([a-z-]+)` \| (\w+) \|", table, re.MULTILINE)


def test_readme_rule_table_matches_the_registry() -> None:
    expected = [(r, registry.RULES[r].severity.value) for r in registry.CORE_RULES]
    assert _readme_rule_table() == expected


def test_readme_gives_the_severity_of_the_other_built_in_rules() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in set(registry.BUILTIN_RULES) - set(registry.CORE_RULES):
        assert f"`{rule}` ({registry.RULES[rule].severity.value})" in text
