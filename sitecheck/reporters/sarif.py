"""SARIF 2.1.0 output, for code-scanning dashboards: rule metadata, locations, related figures."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitecheck.findings import Finding, Severity

if TYPE_CHECKING:
    from sitecheck.api import Result

_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)


def _rule_metadata(rule_id: str) -> dict[str, Any]:
    from sitecheck import checks

    info = checks.info(rule_id)
    return {
        "id": rule_id,
        "name": "".join(part.capitalize() for part in rule_id.split("-")),
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": checks.explain(rule_id).split("\n\n")[0]},
        "help": {"text": checks.explain(rule_id)},
        "defaultConfiguration": {"level": _LEVEL[info.severity]},
    }


def _uri(path: str | None) -> str:
    if path is None:
        return "report"
    p = Path(path)
    return p.as_posix() if not p.is_absolute() else p.as_uri()


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def _result(result: Result, f: Finding, rule_index: int) -> dict[str, Any]:
    uri = _uri(result.path)
    snippet = result.document.slice(f.span)
    out: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL[f.severity],
        "message": {"text": f.message + (f" (help: {f.suggestion})" if f.suggestion else "")},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": uri},
                    "region": {
                        **_region(f.line, f.column, f.end_line, f.end_column),
                        "snippet": {"text": snippet},
                    },
                }
            }
        ],
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
    from sitecheck import __version__, checks

    rule_ids = list(checks.ALL_RULES)
    index = {rule: i for i, rule in enumerate(rule_ids)}
    run = {
        "tool": {
            "driver": {
                "name": "sitecheck",
                "version": __version__,
                "informationUri": "https://pypi.org/project/sitecheck/",
                "rules": [_rule_metadata(r) for r in rule_ids],
            }
        },
        "columnKind": "unicodeCodePoints",
        "results": [_result(r, f, index[f.rule]) for r in results for f in r.findings],
    }
    return json.dumps(
        {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=2
    )
