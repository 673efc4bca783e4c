"""Shares listed together with their amounts, of a whole the sentence does not repeat.

"986,412 IDPs were counted. The East leads with 402,317 (40.8%), then the Boucle du Mouhoun
with 327,905 (33.2%) and the Centre-East with 71,436 (7.2%)": the shares are of one whole, named
before them in their paragraph. The whole is the nearest earlier figure that is at least every
amount and that at least one share agrees with; a share that disagrees with it is reported, as a
suspicion (info) when only one other share vouches for the whole, and as certain when two do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sitecheck.document import Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations import PercentOf
from sitecheck.facts import Facts
from sitecheck.findings import Found

_CANDIDATES = 4  # earlier figures tried as the whole, nearest first

Finding = Callable[[Quantity, Quantity, Quantity, str], Found]


def shared_base(facts: Facts, shares: list[PercentOf], finding: Finding) -> Iterator[Found]:
    groups: dict[int, list[PercentOf]] = {}
    for po in shares:
        sentence = facts.doc.sentence_at(po.amount.span.start)
        if sentence is not None:
            groups.setdefault(sentence.span.start, []).append(po)
    for start, group in groups.items():
        if len(group) < 2:
            continue
        base = _base(facts, start, group)
        if base is None:
            continue
        agree = [po for po in group if _agrees(po, base)]
        for po in group:
            if po in agree:
                continue
            found = finding(po.amount, base, po.percent, "")
            found.tentative = len(agree) < 2
            yield found


def _agrees(po: PercentOf, base: Quantity) -> bool:
    return (po.amount.interval / base.interval * 100.0).intersects(po.percent.interval)


def _base(facts: Facts, sentence_start: int, group: list[PercentOf]) -> Quantity | None:
    amount = group[0].amount
    if any(po.amount.kind != amount.kind or po.amount.currency != amount.currency for po in group):
        return None
    sentence = facts.doc.sentence_at(sentence_start)
    if sentence is None:
        return None
    first = min(min(po.amount.span.start, po.percent.span.start) for po in group)
    largest = max(po.amount.value for po in group)
    before = facts.numbers_in(Span(sentence.block.span.start, first))
    candidates = [
        q
        for q in reversed(before)
        if q.usable
        and not q.from_words
        and q.kind == amount.kind
        and q.currency == amount.currency
        and q.value >= largest
    ][:_CANDIDATES]
    return next((q for q in candidates if any(_agrees(po, q) for po in group)), None)
