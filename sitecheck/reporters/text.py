"""Annotated text for editors, in the style of rustc and ruff diagnostics.

peru.md:20:1: error[percent-mismatch] stated 13% funded; $427M / $318M = 134.3%
   |
20 | 13%
   | ^^^ stated 13% funded …
21 | FUNDED: \\$427M
   |         ------ amount
   = help: $42.7M would give 13.4%; or a base of $3.18B
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sitecheck.findings import Finding, Severity

if TYPE_CHECKING:
    from rich.console import Console

    from sitecheck.api import Result

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold cyan"}
_MAX_LINE = 160


def _clip(line: str, col: int, end_col: int) -> tuple[str, int, int]:
    """Cut long lines around the marked columns so that the underline stays readable."""
    if len(line) <= _MAX_LINE:
        return line, col, end_col
    start = max(0, col - 40)
    stop = min(len(line), max(end_col + 40, start + _MAX_LINE))
    prefix = "…" if start else ""
    suffix = "…" if stop < len(line) else ""
    return (
        prefix + line[start:stop] + suffix,
        col - start + len(prefix),
        end_col - start + len(prefix),
    )


def render_finding(console: Console, result: Result, f: Finding) -> None:
    from rich.text import Text

    doc = result.document
    head = Text()
    where = f.external_path or result.path or "<text>"
    head.append(f"{where}:{f.line}:{f.column}: ", style="bold")
    head.append(f"{f.severity.value}", style=_STYLE[f.severity])
    head.append(f"[{f.rule}] ", style=_STYLE[f.severity])
    head.append(f.message)
    console.print(head, soft_wrap=True)
    if f.external_path is not None:
        _render_external(console, f)
        return

    marks: dict[int, list[tuple[int, int, str, bool]]] = {}
    marks.setdefault(f.line, []).append(
        (
            f.column,
            f.end_column if f.end_line == f.line else len(doc.line_text(f.line)) + 1,
            "",
            True,
        )
    )
    for line, col, end_line, end_col, label in f.related_positions:
        end = end_col if end_line == line else len(doc.line_text(line)) + 1
        marks.setdefault(line, []).append((col, end, label, False))
    width = len(str(max(marks)))
    gutter = " " * width + " |"
    console.print(Text(gutter, style="blue"))
    last = None
    for line in sorted(marks):
        if last is not None and line > last + 1:
            console.print(Text(" " * width + " ...", style="blue"))
        last = line
        src = doc.line_text(line)
        line_marks = sorted(marks[line])
        # Short lines show every mark under one copy of the line; long ones are cut around
        # each mark in turn.
        groups = [line_marks] if len(src) <= _MAX_LINE else [[m] for m in line_marks]
        for group in groups:
            first_col = group[0][0]
            last_end = max(m[1] for m in group)
            shown, offset_c, _ = _clip(src, first_col, last_end)
            shift = first_col - offset_c
            row = Text(f"{line:>{width}} | ", style="blue")
            row.append(shown)
            console.print(row, soft_wrap=True)
            under = Text(gutter + " ", style="blue")
            pos = 1
            placed: list[tuple[int, str]] = []
            for col, end, label, primary in group:
                c, e = col - shift, end - shift
                if c < pos:
                    continue  # overlapping marks: the first one wins
                under.append(" " * (c - pos))
                char = "^" if primary else "-"
                under.append(char * max(1, e - c), style=_STYLE[f.severity] if primary else "blue")
                pos = c + max(1, e - c)
                placed.append((c, label))
            # The last mark's label goes on its own row; earlier ones hang below it.
            if placed and placed[-1][1]:
                under.append(f" {placed[-1][1]}", style="blue")
            console.print(under, soft_wrap=True)
            for c, label in reversed(placed[:-1]):
                if label:
                    console.print(Text(f"{gutter} {' ' * (c - 1)}└─ {label}", style="blue"))
    _help(console, f, width)


def _render_external(console: Console, f: Finding) -> None:
    """A finding in a companion table: its line, without underlines (columns are cells)."""
    from rich.text import Text

    width = len(str(f.line))
    if f.source_line is not None:
        console.print(Text(" " * width + " |", style="blue"))
        row = Text(f"{f.line} | ", style="blue")
        row.append(_clip(f.source_line, 1, 2)[0])
        console.print(row, soft_wrap=True)
    _help(console, f, width)


def _help(console: Console, f: Finding, width: int) -> None:
    from rich.text import Text

    if f.suggestion:
        help_line = Text(" " * width + " = ", style="blue")
        help_line.append("help: ", style="bold")
        help_line.append(f.suggestion)
        console.print(help_line, soft_wrap=True)
    console.print()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render(console: Console, results: Sequence[Result]) -> None:
    from rich.text import Text

    for result in results:
        for f in result.findings:
            render_finding(console, result, f)
    findings = [f for r in results for f in r.findings]
    counts = {s: sum(f.severity == s for f in findings) for s in Severity}
    files = len(results)
    if not findings:
        console.print(
            Text(f"No findings in {files} file{'s' if files != 1 else ''}.", style="bold green")
        )
        return
    summary = Text(
        f"{len(findings)} finding{'s' if len(findings) != 1 else ''} in {files} "
        f"file{'s' if files != 1 else ''}: ",
        style="bold",
    )
    summary.append(_plural(counts[Severity.ERROR], "error"), style=_STYLE[Severity.ERROR])
    summary.append(", ")
    summary.append(_plural(counts[Severity.WARNING], "warning"), style=_STYLE[Severity.WARNING])
    summary.append(", ")
    summary.append(f"{counts[Severity.INFO]} info", style=_STYLE[Severity.INFO])
    console.print(summary)
