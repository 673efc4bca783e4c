"""Amounts whose shares make up a whole: "Of these, 704 (12%) went back with relatives, while
5,163 (88%) went back alone", "It records 146,350 IDPs. 71,712 IDPs (49%) …, 11,709 IDPs (8%)
…": when the shares stated with the amounts of one sentence add up to 100 (within their
rounding), the amounts together are the whole the shares are of.

The whole is the one the wording ties the amounts to ("Of these", "Of the N", "of the N" after
the share); failing that, the nearest figure before the amounts, in the sentence or the one
before, whose noun is theirs ("146,350 IDPs") or the share's ("20% of these countries (18
countries)"). A whole found by its noun only is taken when the shares bear it out: two of them
at least, and all but one, agree with it (the one may be the error). Shares tied to several
wholes are left alone.
"""

from __future__ import annotations

from typing import TypeVar

from sitecheck.document import Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, PartOf, PercentOf, Relations
from sitecheck.interval import Interval, interval_sum

_T = TypeVar("_T", PercentOf, PartOf)


def _since(items: list[_T], start: int) -> list[_T]:
    """The records of the sentence that starts at ``start``: sentences are read in order, so
    theirs are the last ones (a bounded look back, not the whole document's)."""
    out: list[_T] = []
    for item in reversed(items):
        if _at(item) < start:
            break
        out.append(item)
    return out[::-1]


def _at(item: PercentOf | PartOf) -> int:
    return item.percent.span.start if isinstance(item, PercentOf) else item.part.span.start


def _head(q: Quantity) -> str:
    return q.noun.split(" ", 1)[0]


def _agrees(po: PercentOf, whole: Quantity) -> bool:
    share = po.amount.interval / whole.interval * 100.0
    return share.intersects(po.percent.interval)


def _tied_wholes(rel: Relations, group: list[PercentOf], start: int) -> list[Quantity]:
    """The wholes the wording gives the amounts: a stated base, or the whole an amount is a
    part of in this sentence."""
    wholes = {r.part.span.start: r.whole for r in _since(rel.parts, start)}
    found = {id(w): w for po in group if (w := po.base or wholes.get(po.amount.span.start))}
    return list(found.values())


def _named_whole(group: list[PercentOf], before: list[Quantity]) -> Quantity | None:
    """The nearest figure before the amounts that bears their noun or the share's."""
    nouns = {_head(po.amount) for po in group} | {po.base_noun for po in group if po.base_noun}
    nouns.discard("")
    first = group[0].amount
    for q in reversed(before):
        if q.span.start < first.span.start and q.kind == first.kind and _head(q) in nouns:
            return q
    return None


def share_totals(
    span: Span, figs: list[Quantity], prev_figs: list[Quantity], rel: Relations
) -> None:
    """A breakdown of a whole into the amounts of one sentence whose shares add up to 100."""
    group = [po for po in _since(rel.percents, span.start) if not po.bases and po.amount.usable]
    if len(group) < 2 or len({po.amount.span.start for po in group}) != len(group):
        return
    kinds = {(po.amount.kind, po.amount.currency) for po in group}
    if len(kinds) != 1 or any(po.amount.from_words for po in group):
        return
    if not interval_sum([po.percent.interval for po in group]).intersects(Interval.point(100.0)):
        return
    group.sort(key=lambda po: po.amount.span.start)
    tied = _tied_wholes(rel, group, span.start)
    if len(tied) > 1:
        return  # shares of several wholes
    whole = tied[0] if tied else _named_whole(group, [*prev_figs, *figs])
    if whole is None:
        return
    agree = sum(_agrees(po, whole) for po in group)
    if not tied and (agree < 2 or agree < len(group) - 1):
        return
    amounts = [po.amount for po in group]
    ids = {id(q) for q in amounts}
    inside = Span(amounts[0].span.start, amounts[-1].span.end)
    if any(inside.start < q.span.start < inside.end and id(q) not in ids for q in figs):
        return  # "1,200 (30%) …; of the 2,000 households, 1,400 (70%)": another whole between
    if whole.kind != amounts[0].kind or whole.currency != amounts[0].currency or not whole.usable:
        return
    if any(
        q.is_households != whole.is_households and (q.is_households or q.is_people) for q in amounts
    ):
        return  # "Of the 4,000 people, … 700 households (70%)": another unit
    if tied and any(q.value >= whole.value for q in amounts):
        return  # a whole found by its noun is borne out by the others: one amount over it is wrong
    for b in reversed(rel.breakdowns):  # this sentence's come last
        if b.total.span.end < span.start and all(q.span.start < span.start for q in b.parts):
            break
        if b.exhaustive and b.total is whole and {id(q) for q in b.parts} == ids:
            return  # read already
    rel.breakdowns.append(Breakdown(whole, amounts, "shares"))
