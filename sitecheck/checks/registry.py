"""Every rule id that can appear in sitecheck's output, registered once.

The built-in rules (``core``: one module each under sitecheck.checks, run on a report's facts),
the rules about the run itself (``meta``: unused-suppression and unknown-suppression, made by
sitecheck.suppressions) and
the ids that rule packs produce whatever their rules are (``pack``). A rule module holds its docs
(with FAIL and PASS examples), its ``OPTIONS`` and ``check(facts)``, which yields what it found;
the runner names the rule and gives the severity from here. Ids are a public contract: stable,
kebab-case. Rule modules are imported only when used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

from sitecheck.findings import Finding, Severity

if TYPE_CHECKING:
    from sitecheck.findings import Found

RuleKind = Literal["core", "meta", "pack"]


@dataclass(frozen=True, slots=True)
class RuleInfo:
    id: str
    severity: Severity  # the default; a pack's overrides and the configuration may change it
    summary: str
    kind: RuleKind
    # The module under sitecheck.checks with its docs (and, for a core rule, its check); none
    # for the ids that rule packs make.
    module: str | None = None
    # Needs the whole report (footnotes, the period) even when a large one is read in pieces.
    whole_report: bool = False
    # Reads whole lists (their count, their items): a list too long for one piece of a large
    # report is read once, whole, for these rules alone.
    reads_lists: bool = False

    def finding(self, found: Found, severity: Severity | None = None) -> Finding:
        """What a rule found, named and given its severity (this rule's default unless given)."""
        return found.finding(self.id, severity or self.severity)


def _core(
    rule_id: str,
    severity: Severity,
    summary: str,
    whole_report: bool = False,
    reads_lists: bool = False,
) -> RuleInfo:
    """A core rule, implemented by the module named after its id (sum-mismatch: sum_mismatch)."""
    module = rule_id.replace("-", "_")
    return RuleInfo(rule_id, severity, summary, "core", module, whole_report, reads_lists)


_ERROR, _WARNING, _INFO = Severity.ERROR, Severity.WARNING, Severity.INFO

UNUSED_SUPPRESSION = RuleInfo(
    "unused-suppression",
    _INFO,
    "a suppression comment that hides nothing",
    "meta",
    "unused_suppression",
)
UNKNOWN_SUPPRESSION = RuleInfo(
    "unknown-suppression",
    _WARNING,
    "a suppression comment naming a rule that does not exist",
    "meta",
    "unknown_suppression",
)
FACT_NOT_FOUND = RuleInfo(
    "fact-not-found", _WARNING, "a fact a rule pack names was not found in the report", "pack"
)
TABLE_SCHEMA = RuleInfo("table-schema", _ERROR, "a companion table cell fails the schema", "pack")
# Membership findings take the severity of the pack rule that asks for them; this is the default.
ROSTER_NOT_IN_TABLE = RuleInfo(
    "roster-not-in-table", _WARNING, "a name in the report's list is not in the table", "pack"
)
TABLE_NOT_IN_ROSTER = RuleInfo(
    "table-not-in-roster", _WARNING, "a name in the table is not in the report's list", "pack"
)

RULES: dict[str, RuleInfo] = {
    r.id: r
    for r in (
        _core("sum-mismatch", _ERROR, "a stated total whose parts do not add up"),
        _core("part-exceeds-whole", _ERROR, "a part larger than its whole"),
        _core("percent-mismatch", _ERROR, "a percentage that disagrees with its amounts"),
        _core(
            "count-mismatch",
            _ERROR,
            "a stated count that disagrees with its list",
            reads_lists=True,
        ),
        _core("duplicate-entry", _WARNING, "the same item listed twice", reads_lists=True),
        _core("footnote-missing", _WARNING, "a footnote marker with no definition", True),
        _core("footnote-unused", _WARNING, "a footnote nobody references", True),
        _core("footnote-duplicate", _WARNING, "a footnote marker defined twice", True),
        _core("empty-link", _WARNING, "a link with no target"),
        _core("placeholder-text", _ERROR, "unfinished template or draft text"),
        _core("date-outside-period", _WARNING, "an event dated outside the period", True),
        _core("malformed-number", _ERROR, "a figure no locale writes this way"),
        _core("restated-mismatch", _WARNING, "one quantity stated twice with two values"),
        UNUSED_SUPPRESSION,
        UNKNOWN_SUPPRESSION,
        FACT_NOT_FOUND,
        TABLE_SCHEMA,
        ROSTER_NOT_IN_TABLE,
        TABLE_NOT_IN_ROSTER,
    )
}

CORE_RULES: tuple[str, ...] = tuple(r.id for r in RULES.values() if r.kind == "core")
# The rules a user may select, ignore, configure or name in a suppression without a pack.
BUILTIN_RULES: tuple[str, ...] = tuple(r.id for r in RULES.values() if r.kind != "pack")
# The ids every rule pack may produce, besides the ids of its own rules.
PACK_RULES: tuple[str, ...] = tuple(r.id for r in RULES.values() if r.kind == "pack")


def load(rule_id: str) -> ModuleType:
    """The module of a built-in rule (imported on first use)."""
    module = RULES[rule_id].module
    if module is None:
        raise KeyError(f"{rule_id} is made by rule packs and has no module")
    return importlib.import_module(f"sitecheck.checks.{module}")


def explain(rule_id: str) -> str:
    """A rule's docs: what it checks, with FAIL and PASS examples."""
    if RULES[rule_id].module is None:
        return RULES[rule_id].summary
    return (load(rule_id).__doc__ or "").strip()


def options(rule_id: str) -> dict[str, Any]:
    """A rule's options and their defaults (empty for rules without options)."""
    if RULES[rule_id].kind != "core":
        return {}
    found: dict[str, Any] = getattr(load(rule_id), "OPTIONS", {})
    return found


def check_function(rule_id: str) -> Callable[..., Iterator[Found]]:
    """A core rule's ``check(facts, **options)``."""
    run: Callable[..., Iterator[Found]] = load(rule_id).check
    return run
