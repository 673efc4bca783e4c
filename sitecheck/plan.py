"""A run plan: what one check does, resolved once from the caller's options, the configuration
and the rule packs — the rules to run and their options, the pack rules wanted in the output,
changed severities, the decimal mark — before any report is read."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from sitecheck.checks import registry
from sitecheck.config import Config
from sitecheck.errors import InputError
from sitecheck.findings import Severity
from sitecheck.lang import LANGUAGES
from sitecheck.lang.messages import CHOICES
from sitecheck.rule_names import split_ids, unknown_rule

if TYPE_CHECKING:
    from sitecheck.packs.loader import RulePack

PackSource: TypeAlias = "str | os.PathLike[str] | RulePack"  # a YAML path or a loaded pack


@dataclass(frozen=True)
class RunPlan:
    # Built-in rules to run (core rules and unused-suppression), in the order given.
    rules: tuple[str, ...]
    # Ids of pack rules and of the findings packs make (table-schema, …) wanted in the output.
    pack_rules: frozenset[str] = frozenset()
    # Every id a suppression comment may name in this run.
    known: frozenset[str] = frozenset(registry.BUILTIN_RULES)
    # Severities changed by the packs' overrides, then by the configuration (which wins).
    severity: Mapping[str, Severity] = field(default_factory=dict)
    # Rule options from the packs' overrides.
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    packs: tuple[RulePack, ...] = ()
    decimal_mark: str | None = None  # None: guessed from each report
    language: str | None = None  # None: guessed from each report
    message_language: str | None = None  # None or "auto": each report's language
    # A pack's companion tables by name (paths or DataFrames); None: looked for beside the report.
    tables: Mapping[str, Any] | None = None

    @property
    def core_rules(self) -> list[str]:
        return [r for r in self.rules if registry.RULES[r].kind == "core"]


def make_plan(
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    decimal_mark: str | None = None,
    language: str | None = None,
    config: Config | None = None,
    rules: Sequence[PackSource] | None = None,
    tables: Mapping[str, Any] | None = None,
    message_language: str | None = None,
) -> RunPlan:
    """Resolve a check's options; unknown rules, a bad decimal mark or a bad pack raise here."""
    config = config or Config()
    select = split_ids(select) if select is not None else config.select
    ignore = [*(split_ids(ignore) or []), *config.ignore]
    decimal_mark = check_decimal_mark(decimal_mark or config.decimal_mark)
    language = check_language(language or config.language)
    message_language = check_message_language(message_language or config.message_language)
    packs = _load_packs([*config.rules, *(rules or [])])
    severity: dict[str, Severity] = {}
    options: dict[str, dict[str, Any]] = {}
    for pack in packs:
        for rule_id, override in pack.spec.overrides.items():
            if not override.enabled:
                ignore.append(rule_id)
            if override.severity:
                severity[rule_id] = Severity(override.severity)
            options.setdefault(rule_id, {}).update(override.options)
    severity.update(config.severity)
    pack_ids = [r.id for p in packs for r in p.spec.rules] + (
        list(registry.PACK_RULES) if packs else []
    )
    check_config_ids(config, {*registry.BUILTIN_RULES, *pack_ids})
    check_table_names(tables or {}, packs)
    # Pack rules take part in select and ignore like built-in ones.
    wanted = set(pack_ids) if select is None else set(select) & set(pack_ids)
    wanted -= set(ignore)
    builtin = _builtin_rules(
        None if select is None else [r for r in select if r not in pack_ids],
        [r for r in ignore if r not in pack_ids],
    )
    return RunPlan(
        rules=tuple(builtin),
        pack_rules=frozenset(wanted),
        known=frozenset([*registry.BUILTIN_RULES, *pack_ids]),
        severity=severity,
        options=options,
        packs=tuple(packs),
        decimal_mark=decimal_mark,
        language=language,
        message_language=message_language,
        tables=tables,
    )


def check_config_ids(config: Config, known: set[str]) -> None:
    """The rule ids a configuration names (select, ignore, [severity]): built-in or of a pack."""
    from sitecheck.rule_names import did_you_mean

    named = {"select": config.select or (), "ignore": config.ignore, "severity": config.severity}
    for key, ids in named.items():
        for rule in ids:
            if rule not in known:
                hint = did_you_mean(rule, known)
                raise InputError(f"{config.path}: '{key}' names an unknown rule '{rule}'{hint}")


def check_table_names(tables: Mapping[str, Any], packs: Sequence[RulePack]) -> None:
    """A companion table given by name (--table NAME=PATH) must be one a pack of the run reads."""
    from sitecheck.rule_names import did_you_mean

    names = sorted({name for pack in packs for name in pack.tables})
    for name in tables:
        if name not in names:
            hint = did_you_mean(name, names) or (
                f" (its tables: {', '.join(names)})" if names else " (no rule pack: --rules PACK)"
            )
            raise InputError(
                f"--table {name}: no rule pack of this run reads a table '{name}'{hint}"
            )


def check_decimal_mark(mark: str | None) -> str | None:
    if mark not in (None, ".", ","):
        raise InputError(f"decimal mark must be '.' or ',', not '{mark}'")
    return mark


def check_language(code: str | None) -> str | None:
    if code is not None and code not in LANGUAGES:
        raise InputError(f"unknown language '{code}' (choose from {', '.join(LANGUAGES)})")
    return code


def check_message_language(code: str | None) -> str | None:
    if code is not None and code not in CHOICES:
        raise InputError(
            f"unknown message language '{code}' (choose from {', '.join(CHOICES)})"
        )
    return code


def _builtin_rules(select: list[str] | None, ignore: list[str]) -> list[str]:
    ids = select if select is not None else list(registry.BUILTIN_RULES)
    for rule in [*ids, *ignore]:
        if rule not in registry.BUILTIN_RULES:
            raise InputError(unknown_rule(rule, registry.BUILTIN_RULES))
    skip = set(ignore)
    return [r for r in ids if r not in skip]


def _load_packs(items: Sequence[PackSource]) -> list[RulePack]:
    """Packs loaded once each (by path), with the packs they extend; rule ids must not clash."""
    if not items:
        return []
    from sitecheck.packs.loader import RulePack as Loaded
    from sitecheck.packs.loader import load_pack

    out: list[RulePack] = []
    seen: set[str] = set()
    for item in items:
        loaded = [item] if isinstance(item, Loaded) else load_pack(Path(item))
        for pack in loaded:
            key = str(pack.path.resolve())
            if key not in seen:
                seen.add(key)
                out.append(pack)
    ids: dict[str, str] = {}
    for pack in out:
        for rule in pack.spec.rules:
            if rule.id in ids and ids[rule.id] != pack.id:
                raise InputError(
                    f"{pack.path}: rule '{rule.id}' is also defined by pack '{ids[rule.id]}'"
                )
            ids[rule.id] = pack.id
    return out
