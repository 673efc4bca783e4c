"""Load a rule pack from YAML: safe YAML only, validated keys, and errors that name file, line and
key ("rules/r4v.yaml:14: key 'rules[1].assert': unknown fact or list 'fundd')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitecheck.errors import InputError
from sitecheck.packs.expr import Expression, ExpressionError, parse
from sitecheck.packs.model import FactSpec, ListSpec, PackSpec, TableSpec
from sitecheck.packs.regex import UnsafePattern, compile_user_pattern

MAX_PACK_BYTES = 1024 * 1024
Path_ = tuple[Any, ...]


@dataclass
class RulePack:
    """A validated pack with its expressions parsed and patterns compiled."""

    path: Path
    spec: PackSpec
    expressions: dict[tuple[int, int], Expression] = field(default_factory=dict)
    patterns: dict[str, Any] = field(default_factory=dict)
    # The facts and lists its rules may use: its own and those of the packs it extends.
    facts: dict[str, FactSpec] = field(default_factory=dict)
    lists: dict[str, ListSpec] = field(default_factory=dict)
    tables: dict[str, TableSpec] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.spec.id


def _load_yaml(text: str, name: str) -> tuple[Any, dict[Path_, int]]:
    """Parse YAML with the safe loader, keeping the line of every key."""
    import yaml

    lines: dict[Path_, int] = {}
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise InputError(f"{name}: the pack is empty")

        def build(n: Any, path: Path_) -> Any:
            lines.setdefault(path, n.start_mark.line + 1)
            plain = {
                yaml.MappingNode: "tag:yaml.org,2002:map",
                yaml.SequenceNode: "tag:yaml.org,2002:seq",
            }
            if type(n) in plain and n.tag != plain[type(n)]:
                raise InputError(
                    f"{name}:{n.start_mark.line + 1}: YAML tag not allowed ({n.tag}); "
                    "packs are plain data"
                )
            if isinstance(n, yaml.MappingNode):
                out: dict[Any, Any] = {}
                for key_node, value_node in n.value:
                    key = loader.construct_object(key_node, deep=True)
                    if isinstance(key, (list, dict)):
                        raise InputError(
                            f"{name}:{key_node.start_mark.line + 1}: keys must be text"
                        )
                    if key in out:
                        raise InputError(
                            f"{name}:{key_node.start_mark.line + 1}: key '{_dotted((*path, key))}'"
                            " appears twice"
                        )
                    lines[path + (key,)] = key_node.start_mark.line + 1
                    out[key] = build(value_node, (*path, key))
                return out
            if isinstance(n, yaml.SequenceNode):
                return [build(item, (*path, i)) for i, item in enumerate(n.value)]
            return loader.construct_object(n, deep=True)

        return build(node, ()), lines
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        tag = re.search(r"tag '([^']+)'", str(exc.problem))
        shown = tag.group(1) if tag else str(exc.problem)
        raise InputError(
            f"{name}:{line}: YAML tag not allowed ({shown}); packs are plain data"
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"{name}:{line}: invalid YAML: {problem}") from None
    finally:
        loader.dispose()


def _dotted(path: Path_) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _line(lines: dict[Path_, int], path: Path_) -> int:
    while path and path not in lines:
        path = path[:-1]
    return lines.get(path, 1)


def load_pack(path: str | Path, _seen: tuple[Path, ...] = ()) -> list[RulePack]:
    """Load a pack and the packs it extends (those first)."""
    from pydantic import ValidationError

    p = Path(path)
    name = str(path)
    if p.resolve() in _seen:
        raise InputError(f"{name}: packs extend each other in a loop")
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such rule pack") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder, not a rule pack") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror}") from None
    if len(raw) > MAX_PACK_BYTES:
        raise InputError(f"{name}: a rule pack larger than 1 MB is not supported")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{name}: not valid UTF-8") from None
    data, lines = _load_yaml(text, name)
    if not isinstance(data, dict):
        raise InputError(f"{name}:1: a rule pack must be a mapping of keys (id, title, facts, …)")
    try:
        spec = PackSpec.model_validate(data)
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
        raise InputError(f"{name}:{_line(lines, loc)}: key '{_dotted(loc)}': {msg}") from None

    parents: list[RulePack] = []
    for i, parent in enumerate(spec.extends):
        if parent == "core":
            continue
        parent_path = (p.parent / parent) if not Path(parent).is_absolute() else Path(parent)
        try:
            parents.extend(load_pack(parent_path, (*_seen, p.resolve())))
        except InputError as exc:
            raise InputError(
                f"{name}:{_line(lines, ('extends', i))}: key 'extends[{i}]': {exc}"
            ) from None

    pack = RulePack(path=p, spec=spec)
    for par in parents:
        pack.facts.update(par.facts)
        pack.lists.update(par.lists)
        pack.patterns.update(par.patterns)
    pack.facts.update(spec.facts)
    pack.lists.update(spec.lists)
    for par in parents:
        pack.tables.update(par.tables)
    pack.tables.update(spec.tables)
    facts = set(pack.facts)
    lists = set(pack.lists)
    for t_name, table in spec.tables.items():
        for c_name, col_spec in table.schema_.columns.items():
            if col_spec.pattern is not None:
                try:
                    compile_user_pattern(col_spec.pattern, with_value=False)
                except UnsafePattern as exc:
                    where: Path_ = ("tables", t_name, "schema", "columns", c_name, "pattern")
                    raise InputError(
                        f"{name}:{_line(lines, where)}: key '{_dotted(where)}': {exc}"
                    ) from None
        for col in table.schema_.unique:
            if col not in table.schema_.columns:
                where = ("tables", t_name, "schema", "unique")
                raise InputError(
                    f"{name}:{_line(lines, where)}: key '{_dotted(where)}': no column '{col}' "
                    "in the schema"
                )
    table_columns: dict[str, set[str] | None] = {
        t: (
            {*spec_t.schema_.columns, *(c.tag for c in spec_t.schema_.columns.values() if c.tag)}
            if spec_t.schema_.columns
            else None
        )
        for t, spec_t in pack.tables.items()
    }
    clash = sorted(facts & lists)
    if clash:
        raise InputError(
            f"{name}:{_line(lines, ('lists', clash[0]))}: key 'lists.{clash[0]}': "
            "a fact has the same name"
        )
    for key, fact in spec.facts.items():
        if fact.pattern is not None:
            try:
                pack.patterns[key] = compile_user_pattern(fact.pattern)
            except UnsafePattern as exc:
                where = ("facts", key, "pattern")
                raise InputError(
                    f"{name}:{_line(lines, where)}: key '{_dotted(where)}': {exc}"
                ) from None
    from sitecheck.checks import registry

    for key, override in spec.overrides.items():
        if key not in registry.BUILTIN_RULES:
            where = ("overrides", key)
            raise InputError(
                f"{name}:{_line(lines, where)}: key '{_dotted(where)}': no built-in rule '{key}'"
            )
        known_options = registry.options(key)
        for opt, value in override.options.items():
            where = ("overrides", key, "options", opt)
            if opt not in known_options:
                allowed = ", ".join(sorted(known_options)) or "none"
                raise InputError(
                    f"{name}:{_line(lines, where)}: key '{_dotted(where)}': unknown option "
                    f"(options of {key}: {allowed})"
                )
            if not isinstance(value, type(known_options[opt])):
                raise InputError(
                    f"{name}:{_line(lines, where)}: key '{_dotted(where)}': expected "
                    f"{type(known_options[opt]).__name__}"
                )
    ids = set(registry.RULES)  # built-in ids and those every pack may produce
    for r_i, rule in enumerate(spec.rules):
        where_id = ("rules", r_i, "id")
        if rule.id in ids:
            raise InputError(
                f"{name}:{_line(lines, where_id)}: key 'rules[{r_i}].id': '{rule.id}' is already "
                "the id of another rule"
            )
        ids.add(rule.id)
        for ref, kind, pool in ((rule.unique, "unique", lists), (rule.required, "required", facts)):
            if ref is not None and ref not in pool:
                where = ("rules", r_i, kind)
                what = "list" if kind == "unique" else "fact"
                raise InputError(
                    f"{name}:{_line(lines, where)}: key '{_dotted(where)}': unknown {what} '{ref}'"
                )
        if rule.membership is not None:
            m = rule.membership
            where = ("rules", r_i, "membership")
            if m.list_ not in lists:
                raise InputError(
                    f"{name}:{_line(lines, where)}: key '{_dotted(where)}.list': "
                    f"unknown list '{m.list_}'"
                )
            if m.table not in pack.tables:
                raise InputError(
                    f"{name}:{_line(lines, where)}: key '{_dotted(where)}.table': "
                    f"unknown table '{m.table}'"
                )
            cols = table_columns[m.table]
            for col in m.columns:
                if cols is not None and col not in cols:
                    raise InputError(
                        f"{name}:{_line(lines, where)}: key '{_dotted(where)}.columns'"
                        f": table '{m.table}' has no column '{col}'"
                    )
        for a_i, source in enumerate(rule.assertions):
            where = ("rules", r_i, "assert") + ((a_i,) if isinstance(rule.assert_, list) else ())
            try:
                expr = parse(source, sorted(facts | lists), table_columns)
            except ExpressionError as exc:
                raise InputError(
                    f"{name}:{_line(lines, where)}: key '{_dotted(where)}': {exc}"
                ) from None
            if not expr.is_comparison:
                raise InputError(
                    f"{name}:{_line(lines, where)}: key '{_dotted(where)}': an assert must "
                    "compare two sides (==, <=, …)"
                )
            pack.expressions[(r_i, a_i)] = expr
    return [*parents, pack]


def load_packs(paths: Sequence[str | Path]) -> list[RulePack]:
    packs: list[RulePack] = []
    seen: set[Path] = set()
    for path in paths:
        for pack in load_pack(path):
            if pack.path.resolve() not in seen:
                seen.add(pack.path.resolve())
                packs.append(pack)
    return packs
