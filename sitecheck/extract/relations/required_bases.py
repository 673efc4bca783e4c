"""The base of a share of an appeal's requirements stated in an earlier sentence: "The budget
amounted to $10.2 billion in 2022. By August, funding reached $4.7 billion, or 46 per cent of
requirements", "Requirements stand at $4.1 billion. … Sudan requires 19 percent of total
requirements, or $779 million".

The share names no figure, only the requirement; its base is the one amount of the paragraph,
in the share's currency, that a word of requirement introduces (no other figure, and no word of
funds received or lacking, between). Another amount could have been meant, so a share that
disagrees with it is reported as likely wrong (a warning), never as a certainty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import PercentOf, Relations
from sitecheck.extract.relations.wording import lead
from sitecheck.lang import alternation, lexicon
from sitecheck.lang.base import Lexicon

_WORD = r"[^\W\d_][\w'’-]*"
_LOOK_BACK = 1500  # characters before the share's sentence where its requirement may stand


@dataclass(frozen=True)
class _Patterns:
    of_required: re.Pattern[str]  # " of total requirements" right after the share
    link: re.Pattern[str]  # ", or " between the amount and its share
    required: re.Pattern[str]  # a word of requirement before the base
    other: re.Pattern[str]  # a word of funds received or lacking: another role


@cache
def _patterns(lex: Lexicon) -> _Patterns | None:
    labels = lex.funding_labels
    if not labels.get("required") or not lex.share_of:
        return None
    art = rf"(?:(?:{alternation(lex.articles)})\s+)?"
    required = alternation(labels["required"])
    others = alternation((*labels.get("funded", ()), *labels.get("gap", ())))
    owners = alternation(lex.possessives)
    links = alternation((*lex.share_verbs, *lex.funding_share_link))
    return _Patterns(
        # "of the year's requirements", "of total requirements": two words may qualify it;
        # "of its requirements" is its owner's, which the paragraph need not state.
        of_required=re.compile(
            rf"\s+(?:{alternation(lex.share_of)})\s+{art}(?!(?:{owners})\s)"
            rf"(?:{_WORD}\s+){{0,2}}?(?:{required})"
            r"(?![\w])",
            re.I,
        ),
        # "$4.7 billion, or ", "21,6 millions de dollars avaient été reçus, soit ".
        link=re.compile(rf"(?:\s+{_WORD}){{0,3}}\s*,\s*(?:{links})\s*,?\s+{art}", re.I),
        required=re.compile(rf"(?<![\w])(?:{required})(?![\w])", re.I),
        other=re.compile(rf"(?<![\w])(?:{others})(?![\w])", re.I),
    )


def required_bases(
    doc: Document, span: Span, nums: list[Quantity], rel: Relations, index: QuantityIndex
) -> None:
    """Bases for this sentence's shares of requirements, in the sentences before."""
    if not any(q.kind == "money" for q in nums) or not any(q.kind == "percent" for q in nums):
        return
    p = _patterns(lexicon(doc.language))
    if p is None:
        return
    text = doc.text
    shares = [
        po
        for po in rel.percents
        if po.percent.span.start >= span.start and po.amount.kind == "money"
    ]
    taken = {po.percent.span.start for po in shares}
    usable = [q for q in nums if q.usable]
    for a, pct in zip(usable, usable[1:], strict=False):
        # "$4.7 billion, or 46 per cent of requirements": a share that names no figure.
        if a.kind != "money" or pct.kind != "percent" or pct.span.start in taken or a.from_words:
            continue
        if p.link.fullmatch(text, a.span.end, lead(pct)) and p.of_required.match(
            text, pct.span.end
        ):
            base = _required_before(doc, p, a, index)
            if base is not None:
                rel.percents.append(PercentOf(a, pct, bases=[base], sure=False, likely=True))
    for po in shares:
        if po.base is not None or po.base_noun or po.amount.from_words:
            continue
        if not p.of_required.match(text, po.percent.span.end):
            continue
        base = _required_before(doc, p, po.amount, index)
        # A reading that found other candidates than the requirement keeps its doubt.
        if base is not None and (not po.bases or (len(po.bases) == 1 and po.bases[0] is base)):
            po.bases = [base]
            po.sure = False
            po.likely = True


def _required_before(
    doc: Document, p: _Patterns, amount: Quantity, index: QuantityIndex
) -> Quantity | None:
    """The one amount of the paragraph before the share's sentence that can hold the share's
    amount and is not named as funds received or lacking, when a word of requirement introduces
    it in its own sentence (no other figure between)."""
    sentence = doc.sentence_at(amount.span.start)
    if sentence is None:
        return None
    text = doc.text
    # A requirement is stated a few sentences back at most: a bounded look, whatever the block.
    start = max(sentence.block.span.start, sentence.span.start - _LOOK_BACK)
    before = index.between(start, sentence.span.start)
    found: list[tuple[Quantity, bool]] = []
    for i, q in enumerate(before):
        if q.kind != "money" or q.currency != amount.currency or q.interval.hi < amount.value:
            continue
        own = doc.sentence_at(q.span.start)
        start = max(own.span.start if own else 0, before[i - 1].span.end if i else 0)
        lead_in = text[start : lead(q)]
        if not p.other.search(lead_in):
            found.append((q, bool(p.required.search(lead_in))))
    # "The plan requires $86M and the flash appeal $30M": another amount could be the base.
    if len(found) != 1 or not found[0][1] or not found[0][0].usable or found[0][0].from_words:
        return None
    return found[0][0]
