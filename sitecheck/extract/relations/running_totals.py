"""A running total after its increment: "2,315 households were sheltered in May, bringing the
total assisted since January to 6,540 households". The increment is part of the total."""

from __future__ import annotations

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import PartOf, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import COLUMN_SEAM, WORD, digit_between, figures, lead


def running_totals(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    p = relation_patterns(doc.language)
    text = doc.text
    figs: list[Quantity] = []
    for m in p.running_total.finditer(text, span.start, span.end):
        figs = figs or figures(nums)
        before = [q for q in figs if q.span.end <= m.start()]
        whole = next((q for q in figs if lead(q) == m.end()), None)
        if not before or whole is None:
            continue
        part = before[-1]
        if part.kind != whole.kind or part.currency != whole.currency:
            continue
        # Only the increment's own clause: no other amount, and no long detour, in between.
        if digit_between(text, part.span.end, m.end(), nums):
            continue
        if len(WORD.findall(text, part.span.end, m.start())) > 16:
            continue
        if COLUMN_SEAM.search(text, part.span.start, whole.span.end):
            continue
        cue = f"{m.group('lead')} … {m.group('to')}"
        rel.parts.append(PartOf(whole, part, "running", cue))
