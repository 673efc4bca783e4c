"""Annotated text for editors, in the style of rustc and ruff diagnostics.

    peru.md:10:1: error[percent-mismatch] stated 13% funded; $427M / $318M = 134.3%
       |
    10 | 13%
       | ^^^
    11 | FUNDED: \\$427M
       |         ------ amount
       = help: $42.7M would give 13.4%; or a requirement of $3.18B

Lines are built as styled segments, then written with rich (colours, on a terminal) or as plain
text (when piped, or with NO_COLOR) — the plain path does not even import rich, which keeps
pre-commit hooks quick.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from sitecheck.escape import escape_columns, escape_controls
from sitecheck.findings import Finding, Severity
from sitecheck.lang.messages import say, say_count, speak
from sitecheck.reporters.snippet import view

if TYPE_CHECKING:
    from sitecheck.result import Result

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}
# The width of the output: the terminal's when writing to one, 160 otherwise (set by write()).
_width = 160

Segment = tuple[str, str | None]
Line = list[Segment]


def finding_lines(result: Result, f: Finding) -> list[Line]:
    """The annotated block of one finding."""
    style = _STYLE[f.severity]
    where = f.external_path or result.path or "<text>"
    out: list[Line] = [
        [
            (f"{where}:{f.line}:{f.column}: ", "bold"),
            (f.severity.value, style),
            (f"[{f.rule}] ", style),
            (f.message, None),
        ]
    ]
    if f.origin is not None:  # a Word, PDF or HTML file: where the figure is in it
        out.append([("  --> ", "blue"), (f"{where}, {_origin(f)}", None)])
    if f.external_path is not None:
        width = len(str(f.line))
        if f.source_line is not None:
            shown = view(f.source_line, [(1, 2)], _width - width - 3)[0]
            out.append([(" " * width + " |", "blue")])
            out.append([(f"{f.line} | ", "blue"), (shown, None)])
        return out + _help(f, width)

    doc = result.document
    marks: dict[int, list[tuple[int, int, str, bool]]] = {}
    first_end = f.end_column if f.end_line == f.line else len(doc.line_text(f.line)) + 1
    width = len(str(max([f.line, *(r[0] for r in f.related_positions)])))
    room = max(40, _width - width - 3)
    marks.setdefault(f.line, []).append((f.column, first_end, "", True))
    for line, col, end_line, end_col, label in f.related_positions:
        end = end_col if end_line == line else len(doc.line_text(line)) + 1
        marks.setdefault(line, []).append((col, end, label, False))
    gutter = " " * width + " |"
    out.append([(gutter, "blue")])
    last = None
    for line in sorted(marks):
        if last is not None and line > last + 1:
            out.append([(" " * width + " ...", "blue")])
        last = line
        group = sorted(marks[line])  # every mark of the line under one copy of it
        out.extend(_marked_line(line, doc.line_text(line), group, width, style, room))
    return out + _help(f, width)


def _origin(f: Finding) -> str:
    """Where the figure stands in a Word, PDF or HTML file: "page 3", "table 2, row 3, cell 1"."""
    assert f.origin is not None
    fields = f.origin.fields().items()
    return ", ".join(say(f"origin.{k}", n=v) if k != "note" else str(v) for k, v in fields)


def _marked_line(
    line: int,
    src: str,
    group: list[tuple[int, int, str, bool]],
    width: int,
    style: str,
    room: int,
) -> list[Line]:
    """One source line (cut to the room there is around its marks), the marks under it, and
    their labels."""
    gutter = " " * width + " |"
    shown, columns = view(src, [(m[0], m[1]) for m in group], room)
    # Control characters are shown escaped (a report must not drive the terminal): the marks
    # move with the characters they are under.
    shown, starts = escape_columns(shown)
    out: list[Line] = [[(f"{line:>{width}} | ", "blue"), (shown, None)]]
    under: Line = [(gutter + " ", "blue")]
    pos = 1
    placed: list[tuple[int, str]] = []
    for col, end, label, primary in group:
        c, e = _shown_column(starts, columns[col]), _shown_column(starts, columns[end])
        if c < pos:
            continue  # overlapping marks: the first one wins
        under.append((" " * (c - pos), None))
        char = "^" if primary else "-"
        under.append((char * max(1, e - c), style if primary else "blue"))
        pos = c + max(1, e - c)
        placed.append((c, label))
    # The last mark's label goes on its own row; earlier ones hang below it.
    if placed and placed[-1][1]:
        under.append((f" {placed[-1][1]}", "blue"))
    out.append(under)
    for c, label in reversed(placed[:-1]):
        if label:
            out.append([(f"{gutter} {' ' * (c - 1)}└─ {label}", "blue")])
    return out


def _shown_column(starts: list[int], column: int) -> int:
    """Where a 1-based column of a line falls once its control characters are escaped."""
    return starts[min(max(column - 1, 0), len(starts) - 1)] + 1


def _help(f: Finding, width: int) -> list[Line]:
    out: list[Line] = []
    if f.suggestion:
        gutter = " " * width + " = "
        out.append([(gutter, "blue"), (say("text.help"), "bold"), (f.suggestion, None)])
    out.append([])
    return out


def report_lines(results: Sequence[Result]) -> list[Line]:
    """Each finding's block in the language of its report's messages, then the summary in
    theirs (English when the reports speak several)."""
    lines: list[Line] = []
    for result in results:
        with speak(result.message_language):
            for f in result.findings:
                lines.extend(finding_lines(result, f))
    with speak(summary_language(results)):
        lines.append(summary_line(results))
    return lines


def summary_language(results: Sequence[Result]) -> str:
    spoken = {r.message_language for r in results}
    return spoken.pop() if len(spoken) == 1 else "en"


def summary_line(results: Sequence[Result]) -> Line:
    """``11 findings in 1 file: 2 errors, 9 warnings, 0 info`` (or that there are none)."""
    findings = [f for r in results for f in r.findings]
    files = say_count("text.files", len(results))
    if not findings:
        return [(say("text.none", files=files), "bold green")]
    counts = {s: sum(f.severity == s for f in findings) for s in Severity}
    found = say_count("text.findings", len(findings))
    return [
        (say("text.summary", findings=found, files=files), "bold"),
        (say_count("text.errors", counts[Severity.ERROR]), _STYLE[Severity.ERROR]),
        (", ", None),
        (say_count("text.warnings", counts[Severity.WARNING]), _STYLE[Severity.WARNING]),
        (", ", None),
        (say_count("text.info", counts[Severity.INFO]), _STYLE[Severity.INFO]),
    ]


def wants_colour(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)()) or bool(os.environ.get("FORCE_COLOR"))


def output_width(stream: TextIO) -> int:
    """The terminal's width (or ``COLUMNS``) when writing to a terminal, 160 otherwise."""
    import shutil

    if os.environ.get("COLUMNS") or getattr(stream, "isatty", lambda: False)():
        return max(60, shutil.get_terminal_size((160, 24)).columns)
    return 160


def write(results: Sequence[Result], stream: TextIO) -> None:
    """Write the report: through rich with colours on a terminal, as plain text otherwise."""
    global _width
    _width = output_width(stream)
    lines = [[(escape_controls(t), style) for t, style in line] for line in report_lines(results)]
    if not wants_colour(stream):
        stream.write("".join("".join(text for text, _ in line) + "\n" for line in lines))
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=stream, highlight=False, soft_wrap=True)
    for line in lines:
        text = Text()
        for segment, style in line:
            text.append(segment, style=style)
        console.print(text, soft_wrap=True)
