"""A whole, then a head that counts the items after its colon: "19 per cent stay in the three
main camps: Nizip (11%), Islahiye (6%) and Kilis (2%)", "$5 million for two sectors: health
$3 million, water $2 million".

The count of the items equals the number of figures that follow, so the items are all of the
whole: the breakdown is exhaustive, checked both ways. Shares are read too (a share of a share
is split as any amount is), which colon_parts, reading counts and amounts only, leaves alone.
"""

from __future__ import annotations

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.amounts import sizes_not_parts
from sitecheck.extract.relations.colon_heads import long_head
from sitecheck.extract.relations.colon_parts import (
    _bracketed,
    _heads,
    _same_unit,
    _segments,
)
from sitecheck.extract.relations.counted_places import joined
from sitecheck.extract.relations.item_runs import words
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.overlap_heads import overlapping_head
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.positions import Positions
from sitecheck.extract.relations.wording import DIGIT, WORD, lead, names_some
from sitecheck.interval import Interval, interval_sum

_KINDS = ("count", "money", "percent")
_ALL = Interval.point(100.0)


def counted_items(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """Every colon of the sentence whose head counts the figures after it."""
    text = doc.text
    figs = [q for q in nums if q.usable and q.kind in _KINDS]
    at = Positions(figs)
    colon = text.find(":", span.start, span.end)
    while colon >= 0:
        nxt = text.find(":", colon + 1, span.end)
        end = nxt if nxt >= 0 else span.end
        before, after = at.before(colon, 3), at.inside(colon, end)
        if len(after) >= 2 and _counted(doc, before, after, colon, end):
            _add(rel, before[-2], after, overlapping_head(text, doc.language, before[-2], after[0]))
        colon = nxt


def _add(rel: Relations, whole: Quantity, parts: list[Quantity], overlap: bool) -> None:
    """A new breakdown, or one read before as bounded only ("$9M for three sectors: …", amounts
    by sector, not known to be all) now closed by the count. Items people took part in may
    count one person twice (``overlap``): they add up to at least the whole."""
    if sizes_not_parts(whole, parts):
        return
    read = next((b for b in rel.breakdowns if b.total is whole), None)
    if read is None:
        rel.breakdowns.append(Breakdown(whole, parts, "colon", one_way=overlap))
    elif read.at_most and [id(q) for q in read.parts] == [id(q) for q in parts]:
        read.exhaustive, read.at_most = True, False


def _counted(
    doc: Document, before: list[Quantity], after: list[Quantity], colon: int, end: int
) -> bool:
    """Whether the head counts the items: the figure right before the colon, a count equal to
    their number, follows the whole with no other figure between. A whole that counts people
    or things is taken only when its parts count the same ("1,200 households got three items:
    400 blankets, …" are no households)."""
    if len(before) < 2:
        return False
    text = doc.text
    items, whole = before[-1], before[-2]
    if items.kind != "count" or items.value != len(after) or not _heads(text, items, colon):
        return False
    if any(q.kind != whole.kind or q.currency != whole.currency for q in after):
        return False
    if DIGIT.search(text, whole.span.end, lead(items)) or not long_head(text, whole, colon):
        return False
    if len(before) > 2 and joined(doc, before[-3], whole):
        return False  # "420 children and 380 adults were treated in three clinics: …": two wholes
    p = relation_patterns(doc.language)
    if names_some(p, text, whole.span.end, lead(after[0])):
        return False  # "…, the largest in three camps: …": the head says they are only some
    if not _segments(doc, after, colon, end) or not _named(doc, p, after, colon):
        return False
    if whole.kind == "percent":
        # "12% in the three districts: A (14%), B (10%) …": rates, around their average, not
        # shares of it; "19% went to the three camps: A (40%), B (35%) and C (25%)": shares of
        # the 19%. Shares of the whole are each below it.
        below = all(q.interval.hi < whole.interval.lo for q in after)
        return below and not interval_sum([q.interval for q in after]).intersects(_ALL)
    if whole.kind != "count":
        return True
    return _same_unit(p, whole, after, words(doc.language)) or _bracketed(doc, p, whole, after)


def _named(doc: Document, p: RelationPatterns, parts: list[Quantity], colon: int) -> bool:
    """Each part is one of the counted items: a name before it ("Nizip (11%)") or a place after
    it ("700 in Alba"); not "two districts: 700 with food and 900 with cash", other groups."""
    text = doc.text
    starts = [colon + 1] + [q.span.end for q in parts[:-1]]
    for s, q in zip(starts, parts, strict=True):
        label = {w.lower() for w in WORD.findall(text, s, lead(q))} - p.ands
        if not label and not p.place_after.match(text, q.span.end):
            return False
    return True
