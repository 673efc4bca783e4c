"""Totals a label names: "16,204,118 (M), 16,871,502 (F), 33,075,620 (Total)", and a sentence
that opens on "In total" after a sentence listing the parts ("…: 301 to heavy rain; 88 to hail;
… and 5 others. In total, the events reported come to 661.").
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.total_scope import scoped
from sitecheck.extract.relations.wording import (
    COLUMN_SEAM,
    WORD,
    lead,
    lead_noun,
    partition_total,
    same_word,
)
from sitecheck.lang import alternation, lexicon

_LABEL = re.compile(r"[ \t]*\n?[ \t]*\([ \t]*(?P<label>[^()\d\n]{1,30}?)[ \t]*\)")
_JOIN = re.compile(r"[\s,;]*")


def labelled_totals(doc: Document, span: Span, figs: list[Quantity], rel: Relations) -> None:
    """ "412,806 (M) 430,119 (F) 842,925 (Total)": the item labelled as the total."""
    p = relation_patterns(doc.language)
    text = doc.text
    run: list[Quantity] = []
    ends: list[int] = []  # where each item's label closes
    for q in figs:
        label = _LABEL.match(text, q.span.end, span.end)
        if label is None:
            run, ends = [], []
            continue
        if run and not _JOIN.fullmatch(text, ends[-1], q.span.start):
            run, ends = [], []
        if p.in_total.fullmatch(label.group("label")):
            # A total closes its run; with one item before it, that run was cut (a label wrapped
            # away from its figure): no part of the next run.
            same = all(r.kind == q.kind and r.currency == q.currency for r in run)
            if len(run) >= 2 and same:
                rel.breakdowns.append(Breakdown(q, list(run), "labels"))
            run, ends = [], []
            continue
        run.append(q)
        ends.append(label.end())


def total_after_sentence(
    doc: Document,
    span: Span,
    figs: list[Quantity],
    prev: tuple[Span, list[Quantity]] | None,
    rel: Relations,
) -> None:
    """ "…; 71 landslides; 59 mudflows and 5 others. In total, the events reported come to 661."
    The parts are the figures after the last colon of the sentence before, one per segment."""
    p = relation_patterns(doc.language)
    text = doc.text
    head = text[span.start : span.end]  # anchored: a slice, not a position
    if prev is None or len(figs) != 1:
        return  # one figure, the total: "In total, 3 agencies reached 1,200" names two
    total = figs[0]
    if p.in_total.match(head) is None:
        # "Ensemble de la population suivie : 578 627.": a total's label, a colon, the figure.
        label = _total_label(doc.language).match(head)
        if label is None or span.start + label.end() != lead(total):
            return
    prev_span, prev_figs = prev
    colon = text.rfind(":", prev_span.start, prev_span.end)
    start = colon + 1 if colon >= 0 else prev_span.start
    parts = [q for q in prev_figs if q.span.start >= start]
    if len(parts) < 3 or any(q.kind != total.kind or q.currency != total.currency for q in parts):
        return
    # "Por tipo de peligro, 871 …; 102 …": a lead-in before the first item's segment is no item.
    seps = [s.end() for s in p.segment_split.finditer(text, start, lead(parts[0]))]
    start = seps[-1] if seps else start
    segments = [s for s in p.segment_split.split(text[start : prev_span.end]) if s.strip()]
    if len(segments) != len(parts) or COLUMN_SEAM.search(text, start, prev_span.end):
        return
    if p.unique.search(text, span.start, span.end) or not _same_unit(total, parts[0]):
        return
    if not parts[0].noun and not _named_before(p, total, text[prev_span.start : start]):
        return  # "Deaths by state were: A (12), B (8) … In total, 340 municipalities …"
    b = scoped(doc.language, partition_total(p, total, parts, segments), head, segments)
    if b is not None:
        rel.breakdowns.append(b)


def _same_unit(total: Quantity, part: Quantity) -> bool:
    """Whether a total counts what its first item counts: "In total, 781 municipalities" is
    no total of "11,904 relocations" (a figure without a noun takes any)."""
    if not total.noun or not part.noun or total.is_people and part.is_people:
        return True
    if total.is_households and part.is_households:
        return True
    return any(same_word(a, b) for a in total.noun.split()[:3] for b in part.noun.split()[:3])


def _named_before(p: RelationPatterns, total: Quantity, lead_in: str) -> bool:
    """Whether the words before a list of bare figures name what its total counts: no total of
    "340 municipalities" after "Deaths were reported in: A (12), B (8) …"."""
    noun = lead_noun(total, p)
    words = WORD.findall(lead_in)
    return not noun or not words or any(same_word(noun, w.lower()) for w in words)


@cache
def _total_label(language: str) -> re.Pattern[str]:
    """A sentence that is a total's label, then a colon: "Ensemble de la population …:"."""
    words = alternation(lexicon(language).table_totals)
    return re.compile(rf"\W*(?:{words})(?![\w])[^\d:;.]{{0,80}}:\s*", re.I)
