"""SARIF 2.1.0 output, for code-scanning dashboards: rule metadata, locations, related figures."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from sitecheck.escape import json_safe
from sitecheck.findings import Finding, Severity

if TYPE_CHECKING:
    from sitecheck.packs.loader import RulePack
    from sitecheck.result import Result

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)


def _rule_metadata(rule_id: str) -> dict[str, Any]:
    """A registered rule: built-in ones with their docs, pack-made ones with their summary."""
    from sitecheck.checks import registry
    from sitecheck.rule_pages import page_url

    info = registry.RULES[rule_id]
    docs = registry.explain(rule_id) if info.module is not None else None
    return {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in rule_id.split("-")),
        "shortDescription": {"text": info.summary},
        **({"fullDescription": {"text": docs.split("\n\n")[0]}} if docs else {}),
        "help": {"text": docs or info.summary},
        "helpUri": page_url(rule_id),
        "defaultConfiguration": {"level": _LEVEL[info.severity]},
    }


def _pack_rule_metadata(pack: RulePack) -> list[dict[str, Any]]:
    from sitecheck.packs.describe import summary

    out = []
    for rule in pack.spec.rules:
        what = summary(rule)
        out.append(
            {
                "id": rule.id,
                "name": "".join(part.capitalize() for part in rule.id.split("-")),
                "shortDescription": {"text": f"{pack.spec.title}: {what}"},
                "help": {"text": rule.message or what},
                "defaultConfiguration": {"level": _LEVEL[Severity(rule.severity)]},
                "properties": {"pack": pack.id},
            }
        )
    return out


def _uri(path: str | None) -> str:
    if path is None:
        return "report"
    p = Path(path)
    return p.as_posix() if not p.is_absolute() else p.as_uri()


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _result(result: Result, f: Finding, rule_index: int) -> dict[str, Any]:
    uri = _uri(f.external_path or result.path)
    snippet = f.source_line if f.external_path else result.document.slice(f.span)
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": uri},
            "region": {
                **_region(f.line, f.column, f.end_line, f.end_column),
                "snippet": {"text": snippet or ""},
            },
        }
    }
    if f.origin is not None:  # lines and columns count in the read text: where it is in the file
        location["properties"] = {"origin": f.origin.fields()}
    out: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL[f.severity],
        "message": {"text": f.message + (f" (help: {f.suggestion})" if f.suggestion else "")},
        "locations": [location],
    }
    if f.related_positions:
        out["relatedLocations"] = [
            {
                "id": i,
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": _region(a, b, c, d),
                },
                "message": {"text": label or "related figure"},
            }
            for i, (a, b, c, d, label) in enumerate(f.related_positions, start=1)
        ]
    return out


def render(results: Sequence[Result]) -> str:
    from sitecheck import __version__
    from sitecheck.checks.registry import BUILTIN_RULES, PACK_RULES

    metadata = [_rule_metadata(r) for r in BUILTIN_RULES]
    for pack in {p.path: p for r in results for p in r.packs}.values():
        metadata.extend(_pack_rule_metadata(pack))
    # Ids that rule packs make whatever their rules are: listed when they occur.
    for rule_id in PACK_RULES:
        if any(f.rule == rule_id for r in results for f in r.findings):
            metadata.append(_rule_metadata(rule_id))
    index = {m["id"]: i for i, m in enumerate(metadata)}
    run = {
        "tool": {
            "driver": {
                "name": "sitecheck",
                "version": __version__,
                "informationUri": "https://pypi.org/project/sitrep-check/",
                "rules": metadata,
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": [_result(r, f, index[f.rule]) for r in results for f in r.findings],
    }
    return json_safe(
        json.dumps(
            {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2
        )
    )


def write(results: Sequence[Result], stream: TextIO) -> None:
    stream.write(render(results) + "\n")
