"""Shares of one base named once, each with its amount, and no figure for the base: "Of all
deportees, 598 people (10%) were returned with family while 5,379 (90%) were deported alone".

Each share and its amount give the base (598 / 10% ≈ 5,980; 5,379 / 90% ≈ 5,977); shares of one
base must give one base, within their rounding. The sentence must open on the one base ("Of
these,", "Of all deportees,") and hold no other count or amount than the shares' amounts, which
are all of one unit. The share that alone disagrees with the others is reported; with two, the
second.
"""

from __future__ import annotations

from collections.abc import Iterator

from sitecheck.checks.formatting import fmt_like, quoted
from sitecheck.document import Span
from sitecheck.extract.relations import PercentOf
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.facts import Facts
from sitecheck.findings import Found, Related
from sitecheck.interval import Interval
from sitecheck.lang.messages import say


def implied_bases(facts: Facts, shares: list[PercentOf], flagged: set[int]) -> Iterator[Found]:
    """``shares``: those no stated base was found for; ``flagged``: the percentages reported
    already."""
    groups: dict[int, list[PercentOf]] = {}
    for po in shares:
        sentence = facts.doc.sentence_at(po.percent.span.start)
        if sentence is not None:
            groups.setdefault(sentence.span.start, []).append(po)
    for group in groups.values():
        if len(group) < 2 or any(po.percent.span.start in flagged for po in group):
            continue
        if not _one_base(facts, group):
            continue
        wholes = [po.amount.interval / po.percent.interval * 100.0 for po in group]
        if _agree(wholes):
            continue
        odd = _odd_one(wholes)
        other = group[1] if odd == 0 else group[0]
        po = group[odd]
        yield Found(
            message=say(
                "pct.implied",
                pct=quoted(po.percent),
                amount=quoted(po.amount),
                whole=_whole(po),
                other_pct=quoted(other.percent),
                other_amount=quoted(other.amount),
                other_whole=_whole(other),
            ),
            span=po.percent.span,
            related=[Related(po.amount.span, say("label.amount"))]
            + [Related(x.percent.span, say("label.share")) for x in group if x is not po]
            + [Related(x.amount.span, say("label.amount")) for x in group if x is not po],
        )


def _whole(po: PercentOf) -> str:
    """The base a share and its amount give, in the amount's unit (a count is whole)."""
    value = po.amount.value / po.percent.value * 100.0
    return fmt_like(float(round(value)) if po.amount.kind == "count" else value, po.amount)


def _odd_one(wholes: list[Interval]) -> int:
    """The one share whose base alone disagrees with the others'; else the last."""
    if len(wholes) > 2:
        odd = [i for i in range(len(wholes)) if _agree(wholes[:i] + wholes[i + 1 :])]
        if len(odd) == 1:
            return odd[0]
    return len(wholes) - 1


def _agree(wholes: list[Interval]) -> bool:
    """Intervals on a line share a point when every two of them do."""
    return all(a.intersects(b) for i, a in enumerate(wholes) for b in wholes[i + 1 :])


def _one_base(facts: Facts, group: list[PercentOf]) -> bool:
    """A sentence that opens on its one base, whose only counts are the shares' amounts."""
    sentence = facts.doc.sentence_at(group[0].percent.span.start)
    if sentence is None:
        return False
    opening = relation_patterns(facts.doc.language).of_these.match(
        facts.doc.text, sentence.span.start, sentence.span.end
    )
    if opening is None:
        return False
    first = group[0].amount
    if any(
        po.amount.kind != first.kind
        or po.amount.currency != first.currency
        or po.amount.is_households != first.is_households  # people and households: two bases
        or po.amount.from_words
        or not po.amount.usable
        or not po.percent.usable
        or po.percent.value <= 0
        or po.base is not None
        or po.base_noun is not None
        or po.bases
        for po in group
    ):
        return False
    amounts = {po.amount.span.start for po in group}
    figures = facts.numbers_in(Span(opening.end(), sentence.span.end))
    return all(
        q.span.start in amounts for q in figures if q.is_quantity and q.kind in ("count", "money")
    )
