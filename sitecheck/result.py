"""The result of checking one report, and its JSON shape (version 1, a public contract: see
design.md): the JSON reporter and ``Result.to_dict()`` both write it from here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sitecheck.document import Document
from sitecheck.findings import Finding, Severity

if TYPE_CHECKING:
    import pandas as pd

    from sitecheck.facts import Facts
    from sitecheck.packs.loader import RulePack

JSON_VERSION = 1


@dataclass
class Result:
    """The findings for one report."""

    path: str | None
    document: Document
    facts: Facts | None  # None when the result came back from a worker process
    findings: list[Finding] = field(default_factory=list)
    packs: list[RulePack] = field(default_factory=list)
    message_language: str = "en"  # the language its messages are written in

    def to_dict(self) -> dict[str, Any]:
        """This report's entry of the JSON output (version 1)."""
        return file_entry(self)

    def to_frame(self) -> pd.DataFrame:
        """Findings as a pandas DataFrame, one row per finding."""
        import pandas as pd

        rows = [
            {
                "path": f.external_path or self.path,
                **{k: v for k, v in finding_entry(f).items() if k != "related"},
                "text": f.source_line if f.external_path else self.document.slice(f.span),
                "stated": f.stated_value,
                "expected": f.expected_value,
                "stated_text": f.stated,
                "expected_text": f.expected,
            }
            for f in self.findings
        ]
        columns = [
            "path",
            "rule",
            "severity",
            "message",
            "line",
            "column",
            "end_line",
            "end_column",
            "text",
            "stated",
            "expected",
            "stated_text",
            "expected_text",
            "suggestion",
        ]
        return pd.DataFrame(rows, columns=columns)


def finding_entry(f: Finding) -> dict[str, Any]:
    entry: dict[str, Any] = {
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
    if f.origin is not None:  # an optional field of version 1: Word, PDF and HTML inputs
        entry["origin"] = f.origin.fields()
    # Optional fields of version 1: the figure as written, the stated and expected numbers.
    if f.text is not None:
        entry["text"] = f.text
    if f.stated_value is not None:
        entry["stated"] = f.stated_value
    if f.expected_value is not None:
        entry["expected"] = f.expected_value
    return entry


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


def json_document(results: Sequence[Result]) -> dict[str, Any]:
    """The whole JSON output for these results."""
    findings = [f for r in results for f in r.findings]
    return {
        "version": JSON_VERSION,
        "files": file_entries(results),
        "summary": {
            "files": len(results),
            "errors": sum(f.severity == Severity.ERROR for f in findings),
            "warnings": sum(f.severity == Severity.WARNING for f in findings),
            "info": sum(f.severity == Severity.INFO for f in findings),
        },
    }
