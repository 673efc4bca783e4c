"""Every built-in rule against its fixture file: cases that must fail and cases that must pass."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sitecheck import check_text
from sitecheck.checks.registry import BUILTIN_RULES, RULES, explain

from support import FIXTURES

RULE_FILES = sorted((FIXTURES / "rules").glob("*.yaml"))
# The same rules in other languages: rules/fr/*.yaml, rules/pt/*.yaml, each with `language:`.
LANGUAGE_FILES = sorted((FIXTURES / "rules").glob("*/*.yaml"))


def _cases(kind: str) -> list:
    out = []
    for path in RULE_FILES + LANGUAGE_FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        lang = data.get("language")
        prefix = f"{lang}-" if lang else ""
        for i, case in enumerate(data.get(kind, [])):
            case = {**case, "language": lang}
            out.append(
                pytest.param(data["rule"], case, id=f"{prefix}{data['rule']}-{kind}-{i + 1}")
            )
    return out


def _check(case: dict) -> list:
    """The findings as a user sees them (language guessed) and, for a file in another language,
    the same findings with the language given (--language)."""
    guessed = check_text(case["text"]).findings
    if case["language"]:
        given = check_text(case["text"], language=case["language"]).findings
        assert [(f.rule, f.line, f.column) for f in given] == [
            (f.rule, f.line, f.column) for f in guessed
        ]
    return guessed


@pytest.mark.parametrize(("rule", "case"), _cases("fail"))
def test_fail_cases_report_exact_findings(rule: str, case: dict) -> None:
    findings = _check(case)
    got = [
        {"line": f.line, "column": f.column, "severity": f.severity.value}
        for f in findings
        if f.rule == rule
    ]
    default = RULES[rule].severity.value
    expected = [
        {"line": e["line"], "column": e["column"], "severity": e.get("severity", default)}
        for e in case["findings"]
    ]
    assert got == expected
    if "suggestion" in case:
        assert [f.suggestion for f in findings if f.rule == rule][0] == case["suggestion"]


@pytest.mark.parametrize(("rule", "case"), _cases("pass"))
def test_pass_cases_report_nothing(rule: str, case: dict) -> None:
    findings = _check(case)
    assert [(f.rule, f.line, f.column, f.message) for f in findings if f.rule == rule] == []


MUST_PASS = yaml.safe_load((FIXTURES / "must-pass.yaml").read_text(encoding="utf-8"))["sentences"]


@pytest.mark.parametrize("sentence", MUST_PASS)
def test_must_pass_sentences_give_no_finding(sentence: str) -> None:
    result = check_text(sentence)
    assert [(f.rule, f.column, f.message) for f in result.findings] == []


def test_must_pass_file_has_at_least_40_sentences() -> None:
    assert len(MUST_PASS) >= 40


@pytest.mark.parametrize("rule", list(BUILTIN_RULES))
def test_every_rule_has_failing_and_passing_fixtures_and_docs(rule: str) -> None:
    path = FIXTURES / "rules" / f"{rule}.yaml"
    assert path.is_file(), f"no fixture file for {rule}"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["rule"] == rule
    assert data.get("fail") and data.get("pass")
    doc = explain(rule)
    assert "FAIL:" in doc and "PASS:" in doc


def test_fixture_files_name_known_rules() -> None:
    assert {Path(p).stem for p in RULE_FILES} == set(BUILTIN_RULES)


@pytest.mark.parametrize("language", ["fr", "pt"])
def test_every_core_rule_has_fixtures_in_each_added_language(language: str) -> None:
    from sitecheck.checks.registry import CORE_RULES

    files = {p.stem: p for p in LANGUAGE_FILES if p.parent.name == language}
    assert set(files) == set(CORE_RULES)
    for path in files.values():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["language"] == language and data.get("fail") and data.get("pass")


@pytest.mark.parametrize("path", RULE_FILES + LANGUAGE_FILES, ids=lambda p: p.name)
def test_fixture_files_hold_one_fail_and_one_pass_list(path: Path) -> None:
    # YAML keeps the last of two equal keys: a second "pass:" would hide every case above it.
    keys = [line for line in path.read_text(encoding="utf-8").splitlines() if line in ("fail:", "pass:")]
    assert keys == ["fail:", "pass:"]
