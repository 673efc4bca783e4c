"""GitHub Actions workflow commands: one annotation per finding, escaped as GitHub requires."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from sitecheck.escape import escape_controls
from sitecheck.findings import Severity

if TYPE_CHECKING:
    from sitecheck.result import Result

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    # Other control characters are shown escaped: they would reach the terminal of a log reader.
    return escape_controls(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(results: Sequence[Result]) -> str:
    lines = []
    for result in results:
        for f in result.findings:
            props = ",".join(
                [
                    f"file={escape_property(f.external_path or result.path or 'report')}",
                    f"line={f.line}",
                    f"col={f.column}",
                    f"endLine={f.end_line}",
                    f"endColumn={f.end_column}",
                    f"title={escape_property(f'sitecheck {f.rule}')}",
                ]
            )
            message = f.message + (f"\nhelp: {f.suggestion}" if f.suggestion else "")
            if f.origin is not None:
                message += f"\nin the file: {f.origin.describe()}"
            lines.append(f"::{_COMMAND[f.severity]} {props}::{escape_data(message)}")
    return "\n".join(lines)


def write(results: Sequence[Result], stream: TextIO) -> None:
    out = render(results)
    if out:
        stream.write(out + "\n")
