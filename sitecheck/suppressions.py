"""Inline suppressions written as Markdown comments, so that they never show in the published text.

    <!-- sitecheck-disable-next-line empty-link -->
    A line with a figure. <!-- sitecheck-disable-line sum-mismatch -- checked with the cluster -->
    <!-- sitecheck-disable sum-mismatch -->  …  <!-- sitecheck-enable sum-mismatch -->
    <!-- sitecheck-disable-file duplicate-entry -->

Without a rule id a comment applies to every rule. Several ids may be separated by commas or
spaces; what follows ``--`` is the editor's reason, for people. A suppression that suppresses
nothing is itself reported (``unused-suppression``), and so is a rule id that does not exist
(``unknown-suppression``, at the comment, as a warning: the run goes on).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from sitecheck.checks.registry import UNKNOWN_SUPPRESSION, UNUSED_SUPPRESSION
from sitecheck.document import Document, Span
from sitecheck.findings import Finding, Found
from sitecheck.lang.messages import say
from sitecheck.rule_names import nearest

_COMMENT = re.compile(
    r"<!--\s*sitecheck-(?P<kind>disable-next-line|disable-line|disable-file|disable|enable)\b"
    r"(?P<rules>[^>]*?)\s*-->"
)


@dataclass
class Directive:
    kind: str
    rules: frozenset[str]  # empty: every rule (an unknown id stays in: it matches nothing)
    span: Span
    line: int
    end_line: int
    until_line: int | None = None  # for "disable": the line of the matching "enable"
    target_line: int | None = None  # for "disable-next-line"
    used: set[str] = field(default_factory=set)
    unknown: tuple[str, ...] = ()  # ids no rule has

    def covers(self, rule: str) -> bool:
        return not self.rules or rule in self.rules


def parse(doc: Document, known_rules: Iterable[str]) -> list[Directive]:
    known = set(known_rules)
    directives: list[Directive] = []
    for m in _COMMENT.finditer(doc.text):
        ids = m.group("rules").split("--", 1)[0]  # after "--": the editor's reason
        rules = frozenset(r for r in re.split(r"[\s,]+", ids.strip()) if r)
        line = doc.position(m.start()).line
        end_line = doc.position(m.end()).line
        d = Directive(m.group("kind"), rules, Span(m.start(), m.end()), line, end_line)
        d.unknown = tuple(sorted(rules - known))
        if d.kind == "disable-next-line":
            nxt = end_line + 1
            while nxt <= doc.line_count and not doc.line_text(nxt).strip():
                nxt += 1
            d.target_line = nxt
        directives.append(d)
    # Pair each "disable" with the next "enable" that covers its rules.
    for i, d in enumerate(directives):
        if d.kind != "disable":
            continue
        for e in directives[i + 1 :]:
            if e.kind == "enable" and (not e.rules or d.rules <= e.rules or not d.rules):
                d.until_line = e.line
                break
    return directives


def _suppresses(d: Directive, f: Finding) -> bool:
    if not d.covers(f.rule):
        return False
    if d.kind == "disable-file":
        return True
    if d.kind == "disable-next-line":
        return d.target_line is not None and f.line <= d.target_line <= f.end_line
    if d.kind == "disable-line":
        return f.line <= d.end_line and d.line <= f.end_line
    if d.kind == "disable":
        return f.line > d.end_line and (d.until_line is None or f.line < d.until_line)
    return False


def apply(
    doc: Document, findings: list[Finding], rules_run: Iterable[str], known_rules: Iterable[str]
) -> tuple[list[Finding], list[Finding], list[Finding]]:
    """The findings no comment suppresses, one for each suppression that suppressed nothing, and
    one for each rule id of a comment that no rule has.

    Findings must be placed (their lines known) before.
    """
    known = frozenset(known_rules)
    directives = parse(doc, known)
    if not directives:
        return findings, [], []
    kept: list[Finding] = []
    for f in findings:
        if f.external_path is not None:
            kept.append(f)  # a table's finding: the report's comments do not reach it
            continue
        hit = [d for d in directives if _suppresses(d, f)]
        for d in hit:
            d.used.add(f.rule)
        if not hit:
            kept.append(f)
    return kept, _unused(directives, set(rules_run)), _unknown(directives, known)


def _unknown(directives: list[Directive], known: frozenset[str]) -> list[Finding]:
    return [
        UNKNOWN_SUPPRESSION.finding(
            Found(
                message=say("suppress.unknown", rule=rule, kind=d.kind),
                span=d.span,
                suggestion=(
                    say("suppress.unknown.near", near=near)
                    if (near := nearest(rule, known))
                    else say("suppress.unknown.help")
                ),
            )
        )
        for d in directives
        for rule in d.unknown
    ]


def _unused(directives: list[Directive], ran: set[str]) -> list[Finding]:
    unused: list[Finding] = []
    for d in directives:
        if d.kind == "enable":
            continue
        if d.rules:
            relevant = d.rules & ran  # a rule that did not run cannot be said to be unused
            idle = sorted(relevant - d.used)
            if not idle:
                continue
            what = ", ".join(idle)
        else:
            if d.used:
                continue
            what = say("suppress.any")
        unused.append(
            UNUSED_SUPPRESSION.finding(
                Found(
                    message=say("suppress.unused", kind=d.kind, what=what),
                    span=d.span,
                    suggestion=say("suppress.unused.help"),
                )
            )
        )
    return unused
