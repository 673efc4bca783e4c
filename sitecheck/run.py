"""Run a plan over one document: the built-in rules (on the whole report, or piece by piece when
it is large), the rule packs, suppressions and severities. Every finding is placed (line and
column) once, before suppressions, which work on lines."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Iterator
from itertools import islice

from sitecheck import suppressions
from sitecheck.checks import registry
from sitecheck.document import Block, Document, Span
from sitecheck.extract.quantities import MAX_BLOCK_FIGURES
from sitecheck.facts import Facts, build_facts
from sitecheck.findings import Finding, Found, unlisted
from sitecheck.lang import guess_language
from sitecheck.lang.messages import chosen, say, speak
from sitecheck.notation import Notation, notation_for, use
from sitecheck.plan import RunPlan
from sitecheck.result import Result

# Reports larger than this are checked piece by piece, so that memory stays bounded: the rules
# marked whole_report (footnotes, the reporting period) run once on document-wide facts. A figure
# weighs as much as FIGURE_WEIGHT characters: it becomes an object of some hundreds of bytes, so a
# table of one-digit cells (a figure every four characters) is cut into smaller pieces than prose.
PIECE_CHARS = 1_000_000
FIGURE_WEIGHT = 20
_DIGIT_RUN = re.compile(r"\d+")
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
    if not plan.packs and _weight(doc.blocks) > PIECE_CHARS:
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


def _run_rule(plan: RunPlan, rule_id: str, facts: Facts, listing: _Listing) -> list[Finding]:
    """A core rule's findings: what it found, with the rule's id and default severity, up to
    MAX_RULE_FINDINGS in the file (the listing counts the rest)."""
    rule, check = registry.RULES[rule_id], registry.check_function(rule_id)
    language = getattr(facts.doc, "language", None)
    # Computed figures as the report writes them.
    with use(notation_for(facts.notation_mark or facts.decimal_mark, language)):
        found = iter(check(facts, **plan.options.get(rule_id, {})))
        return [rule.finding(f) for f in listing.take(rule_id, found)]


def _pack_findings(plan: RunPlan, facts: Facts) -> list[Finding]:
    if not plan.packs:
        return []
    from sitecheck.packs.runner import run_pack

    tables = dict(plan.tables) if plan.tables is not None else None
    return [
        f for pack in plan.packs for f in run_pack(pack, facts, tables) if f.rule in plan.pack_rules
    ]


def _block_weight(block: Block) -> int:
    return _span_weight(block.source, block.span.start, block.span.end)


def _span_weight(text: str, start: int, end: int, most: int = MAX_BLOCK_FIGURES) -> int:
    """Characters plus FIGURE_WEIGHT for each digit run, counting at most ``most`` runs."""
    figures = sum(1 for _ in islice(_DIGIT_RUN.finditer(text, start, end), most))
    return end - start + 2 + FIGURE_WEIGHT * figures


def _weight(blocks: list[Block]) -> int:
    total = 0
    for block in blocks:
        total += _block_weight(block)
        if total > PIECE_CHARS:
            break  # enough to know
    return total


def _pieces(doc: Document) -> list[list[Block]]:
    """Runs of blocks of about PIECE_CHARS (figures weighed as FIGURE_WEIGHT characters), cut
    before a heading where one is near, never inside a list (its count and its items must be
    read together, however long), nor inside a table that fits in twice the size (a larger one
    is cut, and checked in no piece: see Document.view)."""
    pieces: list[list[Block]] = []
    current: list[Block] = []
    size = 0
    inside = _whole_tables(doc)
    for i, block in enumerate(doc.blocks):
        current.append(block)
        size += _block_weight(block)
        nxt = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
        if nxt is None or size < PIECE_CHARS or inside(nxt.span.start) or _same_list(block, nxt):
            continue
        if nxt.kind == "heading" or size >= PIECE_CHARS * 1.1:
            pieces.append(current)
            current, size = [], 0
    if current:
        pieces.append(current)
    return pieces


def _same_list(block: Block, nxt: Block) -> bool:
    return block.kind == nxt.kind == "list_item" and block.list_id == nxt.list_id >= 0


def _whole_tables(doc: Document) -> Callable[[int], bool]:
    """Whether an offset falls inside a table, after its first row, that is kept in one piece:
    one that weighs at most twice PIECE_CHARS."""
    most = 2 * PIECE_CHARS // FIGURE_WEIGHT + 1  # enough figures to know
    kept = sorted(
        (t.span.start, t.span.end)
        for t in doc.tables
        if _span_weight(doc.text, t.span.start, t.span.end, most) <= 2 * PIECE_CHARS
    )
    starts = [a for a, _ in kept]

    def inside(at: int) -> bool:
        i = bisect.bisect_right(starts, at) - 1
        return i >= 0 and kept[i][0] < at < kept[i][1]

    return inside


def _in_pieces(plan: RunPlan, doc: Document) -> list[Finding]:
    from sitecheck.extract.footnotes import extract_footnotes
    from sitecheck.facts import document_wide

    wide = document_wide(doc, plan.decimal_mark, plan.language)
    findings: list[Finding] = []
    glued: list[Span] = []
    core = plan.core_rules
    local = [r for r in core if not registry.RULES[r].whole_report]
    listing = _Listing()
    for blocks in _pieces(doc):
        piece = build_facts(doc.view(blocks), wide=wide)
        glued.extend(q.number_span for q in piece.numbers if q.tag == "footnote")
        for rule_id in local:
            findings.extend(_run_rule(plan, rule_id, piece, listing))
        del piece
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
