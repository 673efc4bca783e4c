"""A share in brackets in a bullet, of the count the bullet before gives: "• 312 new cholera
cases reported • 104 cases with severe dehydration (33.3%)".

Bulletins state the whole in one bullet and a subgroup with its share in the next. The base is
only a guess (the share may be of a total the excerpt does not give): it must name the amount's
noun, and a share that disagrees with it is reported as a suspicion.
"""

from __future__ import annotations

import bisect
import re

from sitecheck.document import Block, Document, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import PercentOf, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import WORD, lead

_BULLETS = "•●▪·◦–-*"
_MAX_WORDS = 6  # the amount's noun phrase before the bracket
_OPEN = re.compile(r"[^\d,;:()]*\(\s*")
_CLOSE = re.compile(r"\s*\)")
_NOUN_WORDS = 4  # the first words of a count's noun that may name what it counts


def _bullet(block: Block) -> bool:
    return block.kind == "list_item" or (
        block.kind == "paragraph" and block.text.lstrip()[:1] in _BULLETS
    )


def bullet_shares(
    doc: Document, span: Span, nums: list[Quantity], rel: Relations, index: QuantityIndex
) -> None:
    """ "• 104 cases with severe dehydration (33.3%)" after "• 312 new cases": the share of
    the one count of the bullet before whose noun names the amount's."""
    sentence = doc.sentence_at(span.start)
    if sentence is None or not _bullet(sentence.block) or sentence.span.start > span.start:
        return
    usable = [q for q in nums if q.usable]
    if len(usable) != 2 or usable[0].kind != "count" or usable[1].kind != "percent":
        return
    amount, pct = usable
    if amount.from_words or pct.span.start in rel.percents_from(span.start):
        return
    gap = doc.text[amount.span.end : lead(pct)]
    if not _OPEN.fullmatch(gap) or len(WORD.findall(gap)) > _MAX_WORDS:
        return
    if not _CLOSE.match(doc.text, pct.span.end):
        return
    base = _bullet_before(doc, sentence.block, index, amount)
    if base is not None:
        rel.percents.append(PercentOf(amount, pct, bases=[base], sure=False))


def _bullet_before(
    doc: Document, block: Block, index: QuantityIndex, amount: Quantity
) -> Quantity | None:
    """The one count of the bullet right before ``block``, when it names the amount's noun."""
    blocks = doc.blocks
    i = bisect.bisect_left(blocks, block.span.start, key=lambda b: b.span.start)
    if i == 0 or not _bullet(blocks[i - 1]):
        return None
    prev = blocks[i - 1]
    figs = [q for q in index.between(prev.span.start, prev.span.end) if q.usable]
    if len(figs) != 1 or figs[0].kind != "count" or figs[0].from_words:
        return None
    base = figs[0]
    noun = amount.noun.split()[:1]
    words = {w for part in base.noun.split()[:_NOUN_WORDS] for w in part.split("/")}
    if not noun or noun[0] not in words or base.value < amount.value:
        return None
    return base


_SIBLING = re.compile(rf"[ \t]*[{re.escape(_BULLETS)}][ \t]*[\d.,  ]+\s*\(")
_SIBLING_LINE = re.compile("^" + _SIBLING.pattern, re.M)  # a bullet that opens on "A (P%"
_MAX_SIBLINGS = 8


def bullet_runs(doc: Document, span: Span, rel: Relations, index: QuantityIndex) -> None:
    """ "• 684 new cases … • 397 (58%) were severe • 431 (63%) were children": bullets that
    open on an amount and its share, of the count that opens the bullet above them all. A
    guess, as in ``bullet_shares``: a share that disagrees is a suspicion."""
    sentence = doc.sentence_at(span.start)
    if sentence is None or sentence.block.kind == "list_item":
        return  # a list's shares of no base are left to the rule (the base they share)
    text = doc.text
    block = sentence.block.span
    if len(_SIBLING_LINE.findall(text, block.start, block.end)) >= 3:
        return  # three shares or more: the rule finds the base they share, sure when two agree
    for po in rel.percents_since(span.start):
        a = po.amount
        if po.base is not None or po.bases or po.base_noun is not None or a.from_words:
            continue
        start = text.rfind("\n", 0, lead(a)) + 1
        if not _SIBLING.match(text, start) or not _OPEN.fullmatch(
            text, a.span.end, lead(po.percent)
        ):
            continue
        close = _CLOSE.match(text, po.percent.span.end)
        of = relation_patterns(doc.language).n_of_w
        if close is None or of.match(text, close.end()) or any(r.part is a for r in rel.parts):
            continue  # "9 (30%) of the 30 samples": a share of its own base
        head = _head(text, start, index, a)
        if head is not None:
            po.bases, po.sure = [head], False


def _head(text: str, start: int, index: QuantityIndex, amount: Quantity) -> Quantity | None:
    """The first count of the nearest bullet above that is not one of the run."""
    for _ in range(_MAX_SIBLINGS):
        if start == 0:
            return None
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if not line.strip() or line.lstrip()[:1] not in _BULLETS:
            return None
        if _SIBLING.match(text, start):
            continue
        figs = [q for q in index.between(start, end) if q.usable]
        if not figs or figs[0].kind != "count" or figs[0].from_words:
            return None
        base = figs[0]
        noun = amount.noun.split()[:1]
        words = {w for part in base.noun.split()[:_NOUN_WORDS] for w in part.split("/")}
        if base.value < amount.value or base.is_households != amount.is_households:
            return None
        return base if not noun or noun[0] in words else None
    return None
