"""Where a report's findings and figures stand in its page: one mark for each span a finding
points at (its figure, or a related figure), shared by the findings that point at the same
characters, and one range for each figure read."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from sitecheck.document import Span
from sitecheck.findings import Finding, Severity
from sitecheck.reporters.html_checked import Read, figure_title, spans
from sitecheck.reporters.html_text import FIGURE, MARK, Range

SYMBOL = {Severity.ERROR: "✖", Severity.WARNING: "▲", Severity.INFO: "●"}


@dataclass
class Mark:
    """A span that findings point at."""

    id: str
    span: Span
    primary: list[int] = field(default_factory=list)  # numbers of the findings it is the figure of
    related: list[tuple[int, str]] = field(default_factory=list)  # (number, label)
    severity: Severity = Severity.INFO


@dataclass
class Numbered:
    """A finding with its number on the page (from 1, across every file)."""

    number: int
    finding: Finding
    marks: list[str] = field(default_factory=list)  # its figure's mark, then its related ones
    labels: list[str] = field(default_factory=list)


def place_marks(file_no: int, findings: list[Numbered]) -> list[Mark]:
    """The marks of one report's findings, in text order."""
    by_span: dict[Span, Mark] = {}

    def mark(span: Span) -> Mark:
        if span not in by_span:
            by_span[span] = Mark(f"m{file_no}-{len(by_span)}", span)
        return by_span[span]

    for nf in findings:
        f = nf.finding
        if f.external_path is not None:
            continue  # a finding about a companion table: listed, not marked in the text
        first = mark(f.span)
        if not first.primary or f.severity.rank > first.severity.rank:
            first.severity = f.severity
        first.primary.append(nf.number)
        nf.marks.append(first.id)
        nf.labels.append("")
        for r in f.related:
            m = mark(r.span)
            if not m.primary and f.severity.rank > m.severity.rank:
                m.severity = f.severity
            m.related.append((nf.number, r.message))
            nf.marks.append(m.id)
            nf.labels.append(r.message)
    return sorted(by_span.values(), key=lambda m: (m.span.start, -m.span.end))


def mark_ranges(marks: list[Mark]) -> list[Range]:
    out = []
    for key, m in enumerate(marks):
        kind = "primary" if m.primary else "rel"
        cls = f"mk {kind} sev-{m.severity.value}"
        badge = ""
        if m.primary:
            numbers = ",".join(str(n) for n in m.primary)
            badge = f' data-badge="{SYMBOL[m.severity]}\u2009{numbers}"'
        described = " ".join(f"d{n}" for n in [*m.primary, *(n for n, _ in m.related)])
        tab = "0" if m.primary else "-1"
        first = (
            f'<mark class="{cls}" id="{m.id}" data-m="{m.id}" tabindex="{tab}"{badge}'
            f' aria-describedby="{described}">'
        )
        rest = f'<mark class="{cls} cont" data-m="{m.id}">'
        out.append(Range(m.span.start, m.span.end, MARK, first, rest, "</mark>", key))
    return out


def figure_ranges(
    file_no: int, read: Read, first_key: int, not_a_quantity: str
) -> tuple[list[Range], dict[Span, str]]:
    """A range for each figure read, and the ids of those that take part in a relation."""
    related = spans(read.relations)
    ids: dict[Span, str] = {}
    out = []
    for k, q in enumerate(read.numbers):
        title = escape(figure_title(q, not_a_quantity))
        cls = "fig" if q.is_quantity else "fig nq"
        if q.span in related:
            cls += " inrel"
        if q.span in related and q.span not in ids:
            ids[q.span] = f"q{file_no}-{k}"
            first = f'<span class="{cls}" id="{ids[q.span]}" title="{title}">'
        else:
            first = f'<span class="{cls}" title="{title}">'
        rest = f'<span class="{cls}">'
        out.append(Range(q.span.start, q.span.end, FIGURE, first, rest, "</span>", first_key + k))
    return out, ids
