"""The JSON output, version 1 (a public contract: see design.md)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sitecheck.findings import Finding, Severity

if TYPE_CHECKING:
    from sitecheck.api import Result


def finding_entry(f: Finding) -> dict[str, Any]:
    return {
        "rule": f.rule,
        "severity": f.severity.value,
        "message": f.message,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
        "related": [
            {"line": a, "column": b, "end_line": c, "end_column": d, "message": m}
            for a, b, c, d, m in f.related_positions
        ],
        "suggestion": f.suggestion,
    }


def file_entry(result: Result) -> dict[str, Any]:
    """The report's own entry (findings about companion tables are listed under their file)."""
    own = [f for f in result.findings if f.external_path is None]
    return {"path": result.path, "findings": [finding_entry(f) for f in own]}


def file_entries(results: Sequence[Result]) -> list[dict[str, Any]]:
    entries: dict[str | None, dict[str, Any]] = {}
    for r in results:
        entries.setdefault(r.path, {"path": r.path, "findings": []})
        for f in r.findings:
            path = f.external_path or r.path
            entries.setdefault(path, {"path": path, "findings": []})["findings"].append(
                finding_entry(f)
            )
    return list(entries.values())


def render(results: Sequence[Result]) -> str:
    findings = [f for r in results for f in r.findings]
    doc = {
        "version": 1,
        "files": file_entries(results),
        "summary": {
            "files": len(results),
            "errors": sum(f.severity == Severity.ERROR for f in findings),
            "warnings": sum(f.severity == Severity.WARNING for f in findings),
            "info": sum(f.severity == Severity.INFO for f in findings),
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2)
