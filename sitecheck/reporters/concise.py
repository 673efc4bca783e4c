"""One line per finding, ``path:line:col: severity[rule] message``, for editors' quickfix lists,
grep and scripts; the summary line of the text output ends it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from sitecheck.escape import escape_controls

if TYPE_CHECKING:
    from sitecheck.result import Result


def render(results: Sequence[Result]) -> list[str]:
    from sitecheck.lang.messages import speak
    from sitecheck.reporters.text import summary_language, summary_line

    lines = [
        f"{f.external_path or r.path or '<text>'}:{f.line}:{f.column}: "
        f"{f.severity.value}[{f.rule}] {f.message}"
        for r in results
        for f in r.findings
    ]
    with speak(summary_language(results)):
        lines.append("".join(text for text, _ in summary_line(results)))
    return [escape_controls(line) for line in lines]


def write(results: Sequence[Result], stream: TextIO) -> None:
    stream.write("".join(line + "\n" for line in render(results)))
