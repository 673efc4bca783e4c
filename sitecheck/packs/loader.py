"""Load a rule pack from YAML: safe YAML only, validated keys, and errors that name file, line and
key ("rules/r4v.yaml:14: key 'rules[1].assert': unknown fact or list 'fundd')."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitecheck.errors import InputError
from sitecheck.files import read_limited, real_path
from sitecheck.packs.expr import Expression, ExpressionError, parse
from sitecheck.packs.model import FactSpec, ListSpec, Membership, PackSpec, TableSpec
from sitecheck.packs.regex import UnsafePattern, compile_user_pattern, label_pattern
from sitecheck.packs.typecheck import Typer
from sitecheck.packs.yamlload import dotted, load_yaml

MAX_PACK_BYTES = 1024 * 1024
Path_ = tuple[Any, ...]


@dataclass
class RulePack:
    """A validated pack with its expressions parsed and patterns compiled."""

    path: Path
    spec: PackSpec
    expressions: dict[tuple[int, int], Expression] = field(default_factory=dict)
    patterns: dict[str, Any] = field(default_factory=dict)
    labels: dict[str, Any] = field(default_factory=dict)  # fact or list name → its label, compiled
    # The facts and lists its rules may use: its own and those of the packs it extends.
    facts: dict[str, FactSpec] = field(default_factory=dict)
    lists: dict[str, ListSpec] = field(default_factory=dict)
    tables: dict[str, TableSpec] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.spec.id


def _line(lines: dict[Path_, int], path: Path_) -> int:
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)


def _key_error(name: str, lines: dict[Path_, int], where: Path_, message: str) -> InputError:
    """An error naming file, line and key: "rules/r4v.yaml:14: key 'rules[1].assert': …"."""
    return InputError(f"{name}:{_line(lines, where)}: key '{dotted(where)}': {message}")


def load_pack(path: str | Path, _seen: tuple[Path, ...] = ()) -> list[RulePack]:
    """Load a pack and the packs it extends (those first)."""
    p = Path(path)
    name = str(path)
    if real_path(p) in _seen:
        raise InputError(f"{name}: packs extend each other in a loop")
    spec, lines = _read_spec(p, name)
    parents: list[RulePack] = []
    for i, parent in enumerate(spec.extends):
        if parent == "core":
            continue
        parent_path = (p.parent / parent) if not Path(parent).is_absolute() else Path(parent)
        try:
            parents.extend(load_pack(parent_path, (*_seen, real_path(p))))
        except InputError as exc:
            raise _key_error(name, lines, ("extends", i), str(exc)) from None

    pack = RulePack(path=p, spec=spec)
    for par in parents:
        pack.facts.update(par.facts)
        pack.lists.update(par.lists)
        pack.patterns.update(par.patterns)
        pack.labels.update(par.labels)
    pack.facts.update(spec.facts)
    pack.lists.update(spec.lists)
    for par in parents:
        pack.tables.update(par.tables)
    pack.tables.update(spec.tables)
    _check_tables(spec, name, lines)
    clash = sorted(set(pack.facts) & set(pack.lists))
    if clash:
        raise _key_error(name, lines, ("lists", clash[0]), "a fact has the same name")
    _compile_patterns(pack, spec, name, lines)
    _check_overrides(spec, name, lines)
    _check_rules(pack, name, lines)
    return [*parents, pack]


def _compile_patterns(pack: RulePack, spec: PackSpec, name: str, lines: dict[Path_, int]) -> None:
    """Fact patterns and the labels of facts and lists, compiled for RE2 at load time."""
    specs: list[tuple[str, str, Any]] = [("facts", k, f) for k, f in spec.facts.items()]
    specs += [("lists", k, lst) for k, lst in spec.lists.items()]
    for section, key, item in specs:
        pattern, label = getattr(item, "pattern", None), item.label
        try:
            if pattern is not None:
                pack.patterns[key] = compile_user_pattern(pattern)
            if label is not None:
                pack.labels[key] = label_pattern(label)
        except UnsafePattern as exc:
            which = "pattern" if pattern is not None else "label"
            raise _key_error(name, lines, (section, key, which), str(exc)) from None


def _read_spec(p: Path, name: str) -> tuple[PackSpec, dict[Path_, int]]:
    """The pack's YAML, validated, with the line of every key."""
    from pydantic import ValidationError

    raw = read_limited(
        name,
        MAX_PACK_BYTES,
        "rule pack",
        lambda _: "a rule pack larger than 1 MB is not supported",
        missing="no such rule pack",
    )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not valid UTF-8") from None
    data, lines = load_yaml(text, name)
    if not isinstance(data, dict):
        raise InputError(f"{name}:1: a rule pack must be a mapping of keys (id, title, facts, …)")
    try:
        return PackSpec.model_validate(data), lines
    except ValidationError as exc:
        err = exc.errors()[0]
        # pydantic adds the type it tried ("str", "list[str]") to the location of union errors.
        loc = tuple(
            "assert" if x == "assert_" else x
            for x in err["loc"]
            if not (isinstance(x, str) and (x in ("str", "int", "float", "bool") or "[" in x))
        )
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        elif err["type"] == "missing":
            msg = "required key is missing"
        raise _key_error(name, lines, loc, msg) from None


def _check_tables(spec: PackSpec, name: str, lines: dict[Path_, int]) -> None:
    for t_name, table in spec.tables.items():
        for c_name, col_spec in table.schema_.columns.items():
            if col_spec.pattern is not None:
                try:
                    compile_user_pattern(col_spec.pattern, with_value=False, ignore_case=False)
                except UnsafePattern as exc:
                    where: Path_ = ("tables", t_name, "schema", "columns", c_name, "pattern")
                    raise _key_error(name, lines, where, str(exc)) from None
        for col in table.schema_.unique:
            if col not in table.schema_.columns:
                where = ("tables", t_name, "schema", "unique")
                raise _key_error(name, lines, where, f"no column '{col}' in the schema")


def _check_overrides(spec: PackSpec, name: str, lines: dict[Path_, int]) -> None:
    """Overrides name built-in rules, and only options those rules have, of the right type."""
    from sitecheck.checks import registry

    for key, override in spec.overrides.items():
        if key not in registry.BUILTIN_RULES:
            raise _key_error(name, lines, ("overrides", key), f"no built-in rule '{key}'")
        known_options = registry.options(key)
        for opt, value in override.options.items():
            where = ("overrides", key, "options", opt)
            if opt not in known_options:
                allowed = ", ".join(sorted(known_options)) or "none"
                message = f"unknown option (options of {key}: {allowed})"
                raise _key_error(name, lines, where, message)
            if not isinstance(value, type(known_options[opt])):
                expected = type(known_options[opt]).__name__
                raise _key_error(name, lines, where, f"expected {expected}")


def _table_columns(pack: RulePack) -> dict[str, set[str] | None]:
    """The columns (and HXL tags) of each table with a schema; None where it declares none."""
    return {
        t: (
            {*spec_t.schema_.columns, *(c.tag for c in spec_t.schema_.columns.values() if c.tag)}
            if spec_t.schema_.columns
            else None
        )
        for t, spec_t in pack.tables.items()
    }


def _check_rules(pack: RulePack, name: str, lines: dict[Path_, int]) -> None:
    """Rule ids are new, references known; assertions are parsed into pack.expressions."""
    from sitecheck.checks import registry

    facts, lists = set(pack.facts), set(pack.lists)
    table_columns = _table_columns(pack)
    typer = Typer({k for k, f in pack.facts.items() if f.all}, lists, set(pack.tables))
    ids = set(registry.RULES)  # built-in ids and those every pack may produce
    for r_i, rule in enumerate(pack.spec.rules):
        if rule.id in ids:
            message = f"'{rule.id}' is already the id of another rule"
            raise _key_error(name, lines, ("rules", r_i, "id"), message)
        ids.add(rule.id)
        for ref, kind, pool in ((rule.unique, "unique", lists), (rule.required, "required", facts)):
            if ref is not None and ref not in pool:
                what = "list" if kind == "unique" else "fact"
                raise _key_error(name, lines, ("rules", r_i, kind), f"unknown {what} '{ref}'")
        if rule.membership is not None:
            _check_membership(rule.membership, r_i, pack, table_columns, name, lines)
        for a_i, source in enumerate(rule.assertions):
            where = ("rules", r_i, "assert") + ((a_i,) if isinstance(rule.assert_, list) else ())
            try:
                expr = parse(source, sorted(facts | lists), table_columns)
                if expr.is_comparison:
                    typer.check(expr.tree)
            except ExpressionError as exc:
                raise _key_error(name, lines, where, str(exc)) from None
            if not expr.is_comparison:
                message = "an assert must compare two sides (==, <=, …)"
                raise _key_error(name, lines, where, message)
            pack.expressions[(r_i, a_i)] = expr


def _check_membership(
    m: Membership,
    r_i: int,
    pack: RulePack,
    table_columns: dict[str, set[str] | None],
    name: str,
    lines: dict[Path_, int],
) -> None:
    where = ("rules", r_i, "membership")
    at = f"{name}:{_line(lines, where)}: key '{dotted(where)}"
    if m.list_ not in pack.lists:
        raise InputError(f"{at}.list': unknown list '{m.list_}'")
    if m.table not in pack.tables:
        raise InputError(f"{at}.table': unknown table '{m.table}'")
    cols = table_columns[m.table]
    for col in m.columns:
        if cols is not None and col not in cols:
            raise InputError(f"{at}.columns': table '{m.table}' has no column '{col}'")


def load_packs(paths: Sequence[str | Path]) -> list[RulePack]:
    packs: list[RulePack] = []
    seen: set[Path] = set()
    for path in paths:
        for pack in load_pack(path):
            if pack.path.resolve() not in seen:
                seen.add(pack.path.resolve())
                packs.append(pack)
    return packs
