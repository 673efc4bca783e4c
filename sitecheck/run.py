"""Run a plan over one document: the built-in rules (on the whole report, or piece by piece when
it is large), the rule packs, suppressions and severities. Every finding is placed (line and
column) once, before suppressions, which work on lines."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from itertools import islice

from sitecheck import pieces, suppressions
from sitecheck.checks import registry
from sitecheck.document import Document, Span
from sitecheck.facts import Facts, build_facts
from sitecheck.findings import Finding, Found, unlisted
from sitecheck.lang import guess_language
from sitecheck.lang.messages import chosen, say, speak
from sitecheck.notation import Notation, notation_for, use
from sitecheck.plan import RunPlan
from sitecheck.result import Result

# A rule's findings in one file past this many are counted, not listed: each is an object of
# about a kilobyte, and no editor reads a hundred thousand empty links one by one.
MAX_RULE_FINDINGS = 5_000


def run(plan: RunPlan, doc: Document) -> Result:
    """Check a document as the plan says, with messages in the language the plan chooses (by
    default the report's)."""
    language = plan.language or guess_language(doc.text)
    if language and language != plan.language:  # guessed once, for the facts and the messages
        plan = dataclasses.replace(plan, language=language)
    speaks = chosen(plan.message_language, language)
    with speak(speaks):
        result = _run(plan, doc)
    result.message_language = speaks
    return result


def _run(plan: RunPlan, doc: Document) -> Result:
    facts: Facts | None
    if not plan.packs and pieces.weight(doc.blocks) > pieces.PIECE_CHARS:
        facts = None  # checked piece by piece: see _in_pieces
        findings = _in_pieces(plan, doc)
    else:
        facts = build_facts(doc, plan.decimal_mark, language=plan.language)
        listing = _Listing()
        findings = [
            f for rule_id in plan.core_rules for f in _run_rule(plan, rule_id, facts, listing)
        ]
        findings.extend(listing.summaries())
        findings.extend(_pack_findings(plan, facts))
    for f in findings:
        _place(doc, f)
    ran = [*plan.rules, *plan.pack_rules]
    findings, unused, unknown = suppressions.apply(doc, findings, ran, plan.known)
    for meta, found in (
        (registry.UNUSED_SUPPRESSION, unused),
        (registry.UNKNOWN_SUPPRESSION, unknown),
    ):
        if meta.id in plan.rules:
            for f in found:
                _place(doc, f)
            findings.extend(found)
    mark = (facts.notation_mark or facts.decimal_mark) if facts else plan.decimal_mark
    notation = notation_for(mark, doc.language)
    values = {(q.span.start, q.span.end): q.value for q in facts.numbers} if facts else {}
    for f in findings:
        f.severity = plan.severity.get(f.rule, f.severity)
        _describe(doc, f, notation)
        if f.stated is not None and (f.span.start, f.span.end) in values:
            f.stated_value = values[(f.span.start, f.span.end)]  # the figure as read: $427M
    findings = _once(plan, findings)
    findings.sort(key=lambda f: f.sort_key)
    return Result(
        path=doc.path, document=doc, facts=facts, findings=findings, packs=list(plan.packs)
    )


class _Listing:
    """How many findings each rule has listed in a file, and what it found past the limit: the
    first unlisted finding and how many there are (counted across the pieces of a large report)."""

    def __init__(self) -> None:
        self.listed: dict[str, int] = {}
        self.past: dict[str, tuple[Found, int]] = {}

    def take(self, rule_id: str, found: Iterator[Found]) -> Iterator[Found]:
        room = max(0, MAX_RULE_FINDINGS - self.listed.get(rule_id, 0))
        for f in islice(found, room):
            self.listed[rule_id] = self.listed.get(rule_id, 0) + 1
            yield f
        first = next(found, None)
        if first is not None:
            earlier, count = self.past.get(rule_id, (first, 0))
            self.past[rule_id] = (earlier, count + 1 + sum(1 for _ in found))

    def summaries(self) -> list[Finding]:
        """One finding per rule past the limit, at its first unlisted figure."""
        return [
            registry.RULES[rule_id].finding(unlisted(first, more))
            for rule_id, (first, more) in self.past.items()
        ]


def _once(plan: RunPlan, findings: list[Finding]) -> list[Finding]:
    """A pack rule's finding about the figure a built-in rule's finding is about is reported
    once: as the built-in finding (with its related figures and help), at the higher severity."""
    own = {r.id for pack in plan.packs for r in pack.spec.rules}
    if not own:
        return findings
    core = {
        (f.span.start, f.span.end): f
        for f in findings
        if f.rule in registry.RULES and registry.RULES[f.rule].kind == "core"
    }
    kept: list[Finding] = []
    for f in findings:
        empty = f.span.end <= f.span.start  # a fact the report does not state: no figure
        same = None if empty or f.rule not in own else core.get((f.span.start, f.span.end))
        if same is None:
            kept.append(f)
        elif f.severity.rank > same.severity.rank:
            same.severity = f.severity
    return kept


def _run_rule(
    plan: RunPlan,
    rule_id: str,
    facts: Facts,
    listing: _Listing,
    keeps: Callable[[Found], bool] | None = None,
) -> list[Finding]:
    """A core rule's findings: what it found (and ``keeps``), with the rule's id and default
    severity, up to MAX_RULE_FINDINGS in the file (the listing counts the rest)."""
    rule, check = registry.RULES[rule_id], registry.check_function(rule_id)
    language = getattr(facts.doc, "language", None)
    # Computed figures as the report writes them.
    with use(notation_for(facts.notation_mark or facts.decimal_mark, language)):
        found = iter(check(facts, **plan.options.get(rule_id, {})))
        if keeps is not None:
            found = filter(keeps, found)
        return [rule.finding(f) for f in listing.take(rule_id, found)]


def _pack_findings(plan: RunPlan, facts: Facts) -> list[Finding]:
    if not plan.packs:
        return []
    from sitecheck.packs.runner import run_pack

    tables = dict(plan.tables) if plan.tables is not None else None
    return [
        f for pack in plan.packs for f in run_pack(pack, facts, tables) if f.rule in plan.pack_rules
    ]


def _in_pieces(plan: RunPlan, doc: Document) -> list[Finding]:
    from sitecheck.extract.footnotes import extract_footnotes
    from sitecheck.facts import document_wide

    wide = document_wide(doc, plan.decimal_mark, plan.language)
    findings: list[Finding] = []
    glued: list[Span] = []
    core = plan.core_rules
    local = [r for r in core if not registry.RULES[r].whole_report]
    listing = _Listing()
    long = pieces.LongLists(doc)
    for piece in pieces.piece_facts(doc, wide, long):
        glued.extend(q.number_span for q in piece.numbers if q.tag == "footnote")
        for rule_id in local:
            findings.extend(_run_rule(plan, rule_id, piece, listing, long.keeps))
        del piece
    for first, last in long.runs:  # read whole, by the rules that read lists
        listed = long.facts(first, last, wide)
        for rule_id in local:
            if registry.RULES[rule_id].reads_lists:
                findings.extend(_run_rule(plan, rule_id, listed, listing))
    whole = Facts(
        doc=doc,
        decimal_mark=wide.decimal_mark,
        numbers=[],
        dates=wide.dates,
        period=wide.period,
        footnotes=extract_footnotes(doc, glued),
        links=[],
    )
    for rule_id in core:
        if registry.RULES[rule_id].whole_report:
            findings.extend(_run_rule(plan, rule_id, whole, listing))
    return findings + listing.summaries()


def _describe(doc: Document, f: Finding, notation: Notation) -> None:
    """The figure's text and numeric values (optional fields of the JSON output), and a help
    line for a percentage whose rule computed what it should be but no fix."""
    if f.external_path is None:
        f.text = doc.slice(f.span)
    f.stated_value = notation.read(f.stated)
    f.expected_value = notation.read(f.expected)
    if f.rule == "percent-mismatch" and not f.suggestion and f.expected:
        f.suggestion = say("pct.help", expected=f.expected)


def _place(doc: Document, f: Finding) -> None:
    if f.external_path is not None:
        return  # positions in a table file are set by the table check
    start, end = doc.position(f.span.start), doc.end_position(f.span)
    f.path = doc.path
    f.line, f.column, f.end_line, f.end_column = start.line, start.column, end.line, end.column
    f.origin = doc.origin_at(f.span.start) if doc.origins else None
    f.related_positions = []
    for r in f.related:
        a, b = doc.position(r.span.start), doc.end_position(r.span)
        f.related_positions.append((a.line, a.column, b.line, b.column, r.message))
