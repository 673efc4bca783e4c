"""Built-in rules: one module per rule, imported only when it runs.

Each module has a docstring (what it checks, with FAIL and PASS examples, shown by
``sitecheck explain``), a ``RULE`` with its id and default severity, and ``check(facts)``.
Rule ids are a public contract: stable, kebab-case.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

from sitecheck.findings import Severity

if TYPE_CHECKING:
    from sitecheck.findings import Finding

CORE_RULES: dict[str, str] = {
    "sum-mismatch": "sum_mismatch",
    "part-exceeds-whole": "part_exceeds_whole",
    "percent-mismatch": "percent_mismatch",
    "count-mismatch": "count_mismatch",
    "duplicate-entry": "duplicate_entry",
    "footnote-missing": "footnote_missing",
    "footnote-unused": "footnote_unused",
    "footnote-duplicate": "footnote_duplicate",
    "empty-link": "empty_link",
    "placeholder-text": "placeholder_text",
    "date-outside-period": "date_outside_period",
    "malformed-number": "malformed_number",
}

# Rules about the run itself rather than the report's facts: applied by the API after the others.
META_RULES: dict[str, str] = {"unused-suppression": "unused_suppression"}
ALL_RULES: dict[str, str] = {**CORE_RULES, **META_RULES}


@dataclass(frozen=True)
class RuleInfo:
    id: str
    severity: Severity
    summary: str
    # Needs the whole report (footnotes, the period) even when a large one is read in pieces.
    whole_report: bool = False


def load(rule_id: str) -> ModuleType:
    return importlib.import_module(f"sitecheck.checks.{ALL_RULES[rule_id]}")


def info(rule_id: str) -> RuleInfo:
    rule: RuleInfo = load(rule_id).RULE
    return rule


def explain(rule_id: str) -> str:
    module = load(rule_id)
    return (module.__doc__ or "").strip()


def options(rule_id: str) -> dict[str, Any]:
    """A rule's options and their defaults (empty for rules without options)."""
    found: dict[str, Any] = getattr(load(rule_id), "OPTIONS", {})
    return found


def runner(rule_id: str) -> Callable[..., Iterator[Finding]]:
    run: Callable[..., Iterator[Finding]] = load(rule_id).check
    return run
