"""The rule contract: every id sitecheck can report is registered once, and imports run one way."""

from __future__ import annotations

import ast
from pathlib import Path

from sitecheck.checks import registry

from support import ROOT

PACKAGE = ROOT / "sitecheck"
RULE_MODULES = {r.module for r in registry.RULES.values() if r.module is not None}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def _rule_modules_imported(path: Path) -> set[str]:
    return {m for m in RULE_MODULES if f"sitecheck.checks.{m}" in _imports(path)}


def test_every_module_under_checks_is_a_registered_rule_or_a_shared_helper() -> None:
    modules = {p.stem for p in (PACKAGE / "checks").glob("*.py")}
    assert modules - RULE_MODULES == {"__init__", "registry", "formatting", "share_groups", "percent_changes", "implied_bases", "named_bases", "vouched_bases", "funding_shares"}
    assert RULE_MODULES <= modules


def test_core_rules_have_a_check_and_the_others_do_not_run_on_facts() -> None:
    for rule_id, info in registry.RULES.items():
        if info.kind == "core":
            assert callable(registry.check_function(rule_id)), rule_id
        elif info.kind == "pack":
            assert info.module is None, rule_id


def test_ids_are_kebab_case_and_the_groups_cover_the_registry() -> None:
    assert all(rule_id == rule_id.lower() and " " not in rule_id for rule_id in registry.RULES)
    assert len(registry.CORE_RULES) == 13
    assert set(registry.BUILTIN_RULES) | set(registry.PACK_RULES) == set(registry.RULES)
    assert registry.PACK_RULES == (
        "fact-not-found", "table-schema", "roster-not-in-table", "table-not-in-roster")


def test_no_rule_imports_another_rule() -> None:
    for module in sorted(RULE_MODULES):
        others = _rule_modules_imported(PACKAGE / "checks" / f"{module}.py") - {module}
        assert not others, f"{module} imports {others}"


def test_packs_and_the_registry_import_no_rule_module() -> None:
    for path in [*sorted((PACKAGE / "packs").glob("*.py")), PACKAGE / "checks" / "registry.py"]:
        assert not _rule_modules_imported(path), path.name
