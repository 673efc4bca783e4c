"""A pack rule in words, for `sitecheck rules` and `sitecheck explain`: its description (or what
it checks, when the pack gives none) and the facts, lists and tables it reads."""

from __future__ import annotations

import re

from sitecheck.packs.loader import RulePack
from sitecheck.packs.model import FactSpec, ListSpec, RuleSpec

_NAME = re.compile(r"[^\W\d]\w*")  # a fact's or list's name in an expression


def summary(rule: RuleSpec) -> str:
    """One line: the pack's description of the rule, else what the rule checks."""
    if rule.description:
        return " ".join(rule.description.split())
    return "; ".join(_checks(rule))


def _checks(rule: RuleSpec) -> list[str]:
    out = [f"assert {a}" for a in rule.assertions]
    if rule.unique:
        out.append(f"unique {rule.unique}")
    if rule.required:
        out.append(f"required {rule.required}")
    if rule.membership is not None:
        m = rule.membership
        out.append(f"list {m.list_} against table {m.table} ({', '.join(m.columns)})")
    return out


def _where(spec: FactSpec | ListSpec) -> str:
    label = getattr(spec, "label", None)
    pattern = getattr(spec, "pattern", None)
    if label is not None:
        where = "label " + " | ".join(
            f"“{x}”" for x in ([label] if isinstance(label, str) else label)
        )
    elif pattern is not None:
        where = f"pattern “{pattern}”"
    else:
        where = "every figure"
    if spec.section is not None:
        sections = [spec.section] if isinstance(spec.section, str) else spec.section
        where += " in section " + " | ".join(f"“{s}”" for s in sections)
    return where + (" (optional)" if spec.optional else "")


def explain(pack: RulePack, rule: RuleSpec) -> str:
    """What `sitecheck explain` prints for a pack rule."""
    lines = [
        f"{rule.id} ({rule.severity}) [{pack.id}: {pack.spec.title}, {pack.path}]",
        "",
        summary(rule),
        "",
        *_checks(rule),
    ]
    if rule.message:
        lines.append(f"message {rule.message}")
    named = {w for text in _checks(rule) for w in _NAME.findall(text)}
    used = [n for n in [*pack.facts, *pack.lists] if n in named]
    if used:
        lines.append("")
    for name in used:
        spec = pack.facts.get(name) or pack.lists[name]
        lines.append(f"  {name}: {_where(spec)}")
    return "\n".join(lines)
