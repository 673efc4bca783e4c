"""Findings: what a rule reports, pointing at the exact characters of the figures involved."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from sitecheck.document import Origin, Span


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


@dataclass(frozen=True, slots=True)
class Related:
    span: Span
    message: str


@dataclass(slots=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    span: Span
    related: list[Related] = field(default_factory=list)
    suggestion: str | None = None
    expected: str | None = None
    stated: str | None = None
    # Filled in by the API from the document, for reporters and users of the library.
    path: str | None = None
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    related_positions: list[tuple[int, int, int, int, str]] = field(default_factory=list)
    # Where the figure stands in a Word, PDF or HTML original (page, paragraph, source line).
    origin: Origin | None = None
    # The figure as written, and the stated and expected values as numbers (None: not one figure).
    text: str | None = None
    stated_value: float | None = None
    expected_value: float | None = None
    # A finding about another file (a companion table): its path, and the line it points at.
    external_path: str | None = None
    source_line: str | None = None

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (self.span.start, self.span.end, self.rule)


@dataclass(slots=True)
class Found:
    """What a rule found: the runner adds the rule's id and severity to make it a Finding."""

    message: str
    span: Span
    related: list[Related] = field(default_factory=list)
    suggestion: str | None = None
    expected: str | None = None
    stated: str | None = None
    # A suspicion rather than a certainty (a likely typo): reported as info.
    tentative: bool = False
    # Likely but not certain (a base the wording names and another share bears out): a person
    # must look, so at most a warning.
    warn: bool = False

    def finding(self, rule: str, severity: Severity) -> Finding:
        if self.tentative:
            severity = Severity.INFO
        elif self.warn and severity.rank > Severity.WARNING.rank:
            severity = Severity.WARNING
        return Finding(
            rule=rule,
            severity=severity,
            message=self.message,
            span=self.span,
            related=self.related,
            suggestion=self.suggestion,
            expected=self.expected,
            stated=self.stated,
        )


def unlisted(first: Found, more: int) -> Found:
    """Stands, at the first figure not listed, for a rule's findings past the listing limit."""
    from sitecheck.lang.messages import say
    from sitecheck.notation import current

    return Found(message=say("run.unlisted", more=current().number(more, 0)), span=first.span)
