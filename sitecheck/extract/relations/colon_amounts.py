"""An amount, a colon, then the amounts it splits into, each with figures of its own: "gave
$7 million to the two countries: $4.5 million for over 61,000 people in A, and another $2.5
million for 35,000 in B".

colon_parts takes a list whose items hold one figure each; here each item holds its amount and
counts of another unit (the people it serves), so the amounts are read apart from them. Amounts
of one whole listed after it cannot add up to more than it; they are all of it only when the
head says the list splits it ("broken down as follows").
"""

from __future__ import annotations

import re

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.colon_heads import colon_segments, long_head
from sitecheck.extract.relations.item_runs import plain_label, words
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.positions import Positions
from sitecheck.extract.relations.wording import WORD, elided_unit, lead, names_some
from sitecheck.lang import lexicon

_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_MAX_LABEL_WORDS = 3  # "otros 2,5 millones", "and a further $2 million"


def colon_amounts(doc: Document, span: Span, figs: list[Quantity], rel: Relations) -> None:
    """Every colon of the sentence after an amount, with amounts and other figures after it."""
    text = doc.text
    colon = text.find(":", span.start, span.end)
    if colon < 0 or not any(q.kind == "money" for q in figs):
        return
    at = Positions(figs)
    while colon >= 0:
        nxt = text.find(":", colon + 1, span.end)
        end = nxt if nxt >= 0 else span.end
        # "$7 million to the two countries:": a count in words of the items is no whole.
        before = at.last_before(colon, lambda q: not q.from_words, 1, keep=3)
        if before and before[-1].kind == "money":
            _split(doc, before[-1], at.inside(colon, end), colon, end, rel)
        colon = nxt


def _split(
    doc: Document, whole: Quantity, after: list[Quantity], colon: int, end: int, rel: Relations
) -> None:
    text = doc.text
    p = relation_patterns(doc.language)
    if any(b.total is whole for b in rel.breakdowns) or not long_head(text, whole, colon):
        return
    read = [elided_unit(whole, q, listed=k > 0) for k, q in enumerate(after)]
    amounts = [q for q in read if q.kind == "money"]
    others = [q for q in read if q.kind != "money"]
    if len(amounts) < 2 or not others or any(q.currency != whole.currency for q in amounts):
        return  # amounts alone are colon_parts'; one in another currency is a conversion
    if any(q.scale is not None or q.from_words for q in others):
        return  # "1.2 million people": a scaled count may be an amount whose unit was elided
    if any(p.compared_part.match(text, q.span.end) or _rate(doc, q) for q in amounts):
        return  # "$9 million last year", "$450 per family": no part of the whole
    items = _items(doc, p, read, colon, end)
    if items is None or items != amounts:
        return
    said = words(doc.language).breakdown.search(text, whole.span.end, colon)
    some = names_some(p, text, whole.span.end, colon)
    closed = bool(said) and not some
    rel.breakdowns.append(Breakdown(whole, amounts, "colon", exhaustive=closed, at_most=not closed))


def _rate(doc: Document, q: Quantity) -> bool:
    """ "$450 per family": an amount for each of something."""
    after = _NEXT_WORD.match(doc.text, q.span.end)
    return after is not None and after.group(1).lower() in lexicon(doc.language).by_words


def _items(
    doc: Document, p: RelationPatterns, read: list[Quantity], colon: int, end: int
) -> list[Quantity] | None:
    """The items after the colon, each opened by its amount with a short label at most before
    it ("otros 2,5 millones"); a segment without a figure goes on the item before it ("… in A
    and B"). None when an item opens on another figure, or a label is a measure or a time."""
    text = doc.text
    bounds = colon_segments(text, p, colon, end)
    w = words(doc.language)
    items: list[Quantity] = []
    for s, e in bounds:
        inside = [q for q in read if s <= lead(q) and q.span.end <= e]
        if not inside:
            if not items:
                return None  # the list opens on words: its first item has no amount
            continue
        first = inside[0]
        label = text[s : lead(first)]
        if first.kind != "money" or len(WORD.findall(label)) > _MAX_LABEL_WORDS:
            return None
        if any(c in label for c in "(.") or (label.strip() and not plain_label(label, [], p, w)):
            return None
        if any(q.kind == "money" for q in inside[1:]):
            return None  # two amounts in one item: not one part each
        items.append(first)
    return items
