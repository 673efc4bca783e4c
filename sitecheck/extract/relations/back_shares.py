"""A sentence that opens on the group counted before it and splits it into amounts whose shares
add up to 100: "The teams counted 52,400 displaced people in 9,100 households. The round
covered 310 villages. These were people in camps (15,720 individuals or 30%) and people with
host families (36,680 individuals or 70%)." The shares make the amounts all of the group.

"These were" (a subject that points back and a copula) ties the amounts to the one count of
people of the nearest sentence before that has one (a sentence counting villages or sites may
stand between, the paragraph's). Two counts of people there, a share that is no amount's, or
an amount of households leave the reading out.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import Breakdown, PercentOf, Relations
from sitecheck.extract.relations.wording import figures
from sitecheck.interval import Interval, interval_sum
from sitecheck.lang import alternation, lexicon

_BACK = 2  # sentences before the opening where the group may be counted


@cache
def _opening(language: str) -> re.Pattern[str]:
    words = alternation(lexicon(language).group_copulas)
    return re.compile(rf"[\s*•\-–—]*(?:{words})(?![\w])", re.I)


def back_shares(doc: Document, span: Span, rel: Relations, index: QuantityIndex) -> None:
    if not _opening(doc.language).match(doc.text, span.start, span.end):
        return  # cheap: the sentence must open on "These were"
    group = [po for po in rel.percents_since(span.start) if po.amount.span.start >= span.start]
    group.sort(key=lambda po: po.amount.span.start)
    if len(group) < 2 or any(po.base or po.bases or not po.amount.usable for po in group):
        return
    amounts = [po.amount for po in group]
    if len({q.span.start for q in amounts}) != len(amounts) or not _all_of_it(group):
        return
    if any(q.kind != "count" or q.is_households or not q.is_people for q in amounts):
        return
    whole = _group_before(doc, span, index)
    if whole is None:
        return
    ids = {id(q) for q in amounts}
    if any(b.total is whole and {id(q) for q in b.parts} == ids for b in rel.breakdowns):
        return  # read already
    rel.breakdowns.append(Breakdown(whole, amounts, "shares"))


def _all_of_it(group: list[PercentOf]) -> bool:
    total = interval_sum([po.percent.interval for po in group])
    return total.intersects(Interval.point(100.0))


def _group_before(doc: Document, span: Span, index: QuantityIndex) -> Quantity | None:
    """The one count of people of the nearest sentence before that has one, in the paragraph."""
    here = doc.sentence_at(span.start)
    at = span.start
    for _ in range(_BACK):
        at -= 1
        while at > 0 and doc.text[at].isspace():
            at -= 1
        before = doc.sentence_at(at) if at >= 0 else None
        if before is None or here is None or before.block is not here.block:
            return None
        people = [
            q
            for q in figures(index.between(before.span.start, before.span.end))
            if q.kind == "count" and q.is_people and not q.is_households
        ]
        if len(people) > 1:
            return None
        if people:
            return people[0]
        at = before.span.start
    return None
