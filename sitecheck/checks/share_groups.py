"""Shares listed together with their amounts, of a whole the sentence does not repeat.

"986,412 IDPs were counted. The East leads with 402,317 (40.8%), then the Boucle du Mouhoun
with 327,905 (33.2%) and the Centre-East with 71,436 (7.2%)": the shares are of one whole, named
before them in their paragraph. The whole is the nearest earlier figure that is at least every
amount and that at least one share agrees with; a share that disagrees with it is reported, as a
suspicion (info) when only one other share vouches for the whole, and as certain when two do.

A lone share refers back to its whole in its own sentence: "… the settlement's population
reached 203,614, of whom Congolese account for 47% (95,870)", "más de 6,8 millones de venezolanos
…; el 83,7% de ellos (5,69 millones) …", "27,614 people came back, with 6% of returnees (1,712
people) assisted": a relative connector or "with" after the whole, or a pronoun right after the
share, points back to the figure named before. That figure is the nearest earlier count or amount
of the sentence; only the amounts of other shares may stand between them ("of whom 57% (992) …
and 29% (505) …").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Block, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations import PercentOf
from sitecheck.extract.relations.bracket_levels import compared_level
from sitecheck.facts import Facts
from sitecheck.findings import Found
from sitecheck.interval import Interval, interval_sum
from sitecheck.lang import alternation, lexicon
from sitecheck.lang.base import Lexicon

_CANDIDATES = 4  # earlier figures tried as the whole, nearest first
_NEAR = 300  # characters: shares this close are of one list
_BULLETS = "•●▪·◦–-*"

Finding = Callable[[Quantity, Quantity, Quantity, str], Found]
Vouch = Callable[[PercentOf, Quantity, tuple[PercentOf, ...]], int]


def shared_base(
    facts: Facts, shares: list[PercentOf], finding: Finding, vouch: Vouch | None = None
) -> Iterator[Found]:
    """``vouch``: how many shares outside a group agree with its base (a rate of the list's
    count, a share whose base is named) bear it out as well as those of the group."""
    blocks = _Blocks(facts.doc.blocks)
    for group in _groups(facts, blocks, shares):
        if len(group) < 2:
            continue
        base = _base(facts, blocks, group)
        if base is None:
            continue
        agree = {id(po) for po in group if _agrees(po, base)}
        outside = vouch(group[0], base, tuple(group)) if vouch and agree else 0
        outside += _whole_of(group, base) if agree else 0
        for po in group:
            if id(po) in agree:
                continue
            found = finding(po.amount, base, po.percent, "")
            found.tentative = len(agree) + outside < 2
            yield found


def _whole_of(group: list[PercentOf], base: Quantity) -> int:
    """1 when the group is all of ``base`` (its amounts add up to it, or its shares to 100):
    the base is then borne out beyond the share that agrees with it."""
    amounts = interval_sum([po.amount.interval for po in group])
    shares = interval_sum([po.percent.interval for po in group])
    return int(amounts.intersects(base.interval) or shares.intersects(Interval.point(100.0)))


def _groups(facts: Facts, blocks: _Blocks, shares: list[PercentOf]) -> list[list[PercentOf]]:
    """Shares close together (one sentence, or the bullets of one list) with no heading
    between them."""
    groups: list[list[PercentOf]] = []
    for po in sorted(shares, key=lambda po: po.amount.span.start):
        if groups and _together(facts, blocks, groups[-1][-1], po):
            groups[-1].append(po)
        else:
            groups.append([po])
    return groups


class _Blocks:
    """The document's blocks, found by position in logarithmic time."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.starts = [b.span.start for b in blocks]

    def between(self, start: int, end: int) -> list[Block]:
        """Blocks that start in [start, end]."""
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_right(self.starts, end)
        return self.blocks[i:j]


def _together(facts: Facts, blocks: _Blocks, a: PercentOf, b: PercentOf) -> bool:
    """One sentence, or bullets that follow each other closely, with only bullets between."""
    first = facts.doc.sentence_at(a.amount.span.start)
    second = facts.doc.sentence_at(b.amount.span.start)
    if first is None or second is None:
        return False
    if first.span == second.span:
        return True
    if b.amount.span.start - a.amount.span.end > _NEAR:
        return False
    between = blocks.between(first.block.span.start, second.block.span.start)
    if first.block is second.block and not _bullet(first.block):
        return _bullet_lines(facts.doc.text, a.amount.span.start, b.amount.span.start)
    return all(_bullet(blk) for blk in between)


def _bullet_lines(text: str, start: int, end: int) -> bool:
    """Whether the lines from the one at ``start`` to the one at ``end`` all open with a bullet:
    bullets typed as lines of one paragraph ("Cases this week\n• 684 new cases\n• 397 (58%)
    were severe")."""
    first = text.rfind("\n", 0, start) + 1
    lines = text[first:end].split("\n")
    return len(lines) > 1 and all(line.lstrip()[:1] in _BULLETS for line in lines if line.strip())


def _bullet(block: Block) -> bool:
    return block.kind == "list_item" or (
        block.kind == "paragraph" and block.text.lstrip()[:1] in _BULLETS
    )


def _agrees(po: PercentOf, base: Quantity) -> bool:
    return (po.amount.interval / base.interval * 100.0).intersects(po.percent.interval)


def _base(facts: Facts, blocks: _Blocks, group: list[PercentOf]) -> Quantity | None:
    amount = group[0].amount
    if any(po.amount.kind != amount.kind or po.amount.currency != amount.currency for po in group):
        return None
    sentence = facts.doc.sentence_at(amount.span.start)
    if sentence is None:
        return None
    first = min(min(po.amount.span.start, po.percent.span.start) for po in group)
    largest = max(po.amount.value for po in group)
    # The paragraph of the first share, or the list the shares are bullets of.
    start = sentence.block.span.start
    if _bullet(sentence.block):
        start = min(start, max(0, first - _NEAR))
    heads = [
        b.span.end
        for b in blocks.between(start, first)
        if b.kind == "heading" and b.span.end <= first
    ]
    start = max([start, *heads])
    before = facts.numbers_in(Span(start, first))
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


_GAP = 60  # characters: ", of whom", ", with" in the whole's own clause


@dataclass(frozen=True, eq=False)
class _Wording:
    after_share: re.Pattern[str]  # "% of them (", "% de ellos ("
    after_whole: re.Pattern[str]  # ", of whom ", "… came back, with " after the whole


@cache
def _wording(lex: Lexicon) -> _Wording:
    refs = alternation((*lex.back_refs, *lex.part_after_refs))
    return _Wording(
        after_share=re.compile(rf"\s*\)?\s*(?:{refs})(?![\w])", re.I),
        after_whole=re.compile(
            rf"[^\d;:.]{{0,{_GAP}}}?(?:,\s*(?:{alternation(lex.with_connectors)})"
            rf"|(?<![\w])(?:{alternation(lex.part_connectors)}))(?![\w])",
            re.I,
        ),
    )


def referred_whole(facts: Facts, po: PercentOf, amounts: set[int]) -> Quantity | None:
    """The whole ``po`` refers back to, or None; ``amounts`` are where the amounts of all the
    shares stand."""
    amount, pct = po.amount, po.percent
    first = min(amount.span.start, (pct.qualifier_span or pct.span).start)
    sentence = facts.doc.sentence_at(first)
    if sentence is None:
        return None
    whole = None
    for q in reversed(facts.numbers_in(Span(sentence.span.start, first))):
        if q.kind not in ("count", "money") or not q.is_quantity:
            continue  # dates and percentages are no whole
        if q.span.start in amounts:
            continue  # another share's amount: "of whom 57% (992) … and 29% (505)"
        if compared_level(facts.doc.text, facts.doc.language, q):
            continue  # "… than in 2022 (152,240), of whom": the level compared, no whole
        whole = q
        break
    if whole is None or not whole.usable or whole.from_words:
        return None
    if whole.kind != amount.kind or whole.currency != amount.currency:
        return None
    if _other_unit(whole, amount):
        return None
    if whole.interval.hi < amount.interval.lo:
        return None
    w = _wording(lexicon(facts.doc.language))
    text = facts.doc.text
    if w.after_share.match(text, pct.span.end) or w.after_whole.match(text, whole.span.end, first):
        return whole
    return None


def _other_unit(whole: Quantity, amount: Quantity) -> bool:
    """Households against people: "5,000 people, with 40% (1,200 households)". An amount that
    names no unit of its own ("70% of them (600)") is in the whole's."""
    if amount.is_households:
        return not whole.is_households
    return whole.is_households and amount.is_people
