"""Parts after "with": "31 schools were hit, with 25 damaged and 4 destroyed", "4,937 civilian
casualties, with 4,123 killed and 814 injured".

"With" joins many things to a figure (kits, dates, partners), so only parts that name groups of a
closed set are taken: groups that make up their whole (killed and injured casualties) give a
breakdown that must add up; groups that cannot overlap (damaged and destroyed) one whose parts
cannot exceed it.
"""

from __future__ import annotations

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, PartOf, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.positions import Positions
from sitecheck.extract.relations.wording import COLUMN_SEAM, DIGIT, WORD, lead, lead_noun

_MAX_PARTS = 20  # parts after one "with": a closed set of groups is short


def _joined(
    text: str, p: RelationPatterns, whole: Quantity, after: list[Quantity]
) -> list[Quantity]:
    """The parts joined in one clause; an inclusive aside between two of them is skipped
    ("with 4,123 killed, including 281 children, and 5,751 wounded")."""
    parts, last = [after[0]], after[0]
    for nxt in after[1:]:
        join = text[last.span.end : lead(nxt)]
        last = nxt
        if nxt.kind != whole.kind:
            break
        if p.inclusive_aside.fullmatch(join):
            continue
        if not p.part_join.fullmatch(join):
            break
        parts.append(nxt)
    return parts


def with_parts(doc: Document, span: Span, figs: list[Quantity], rel: Relations) -> None:
    p = relation_patterns(doc.language)
    text = doc.text
    at: Positions | None = None
    for m in p.with_connector.finditer(text, span.start, span.end):
        at = at or Positions(figs)
        before = at.before(m.start(), 1)
        j = at.first_after(m.end())
        after = figs[j : j + _MAX_PARTS]
        if not before or not after or lead(after[0]) != m.end():
            continue
        whole = before[-1]
        gap = text[whole.span.end : m.start()]
        if DIGIT.search(gap) or len(WORD.findall(gap)) > 8 or COLUMN_SEAM.search(gap):
            continue
        parts = _joined(text, p, whole, after)
        if len(parts) == 1 and p.among_after.match(text, parts[0].span.end):
            # "947 civilians were killed, with 231 children among them"
            rel.parts.append(PartOf(whole, parts[0], "relative", "among them"))
            continue
        nouns = {lead_noun(q, p) for q in parts}
        if len(parts) < 2 or len(nouns) != len(parts):
            continue
        complete = any(nouns == g for g in p.complements)
        if not complete and not any(nouns <= g for g in p.disjoint_groups):
            continue
        cue = " ".join(m.group(0).strip(" ,").split())
        for q in parts:
            rel.parts.append(PartOf(whole, q, "relative", cue))
        rel.breakdowns.append(
            Breakdown(whole, parts, "connector", exhaustive=complete, at_most=not complete)
        )
