"""A total reached by adding an amount to the one stated before: "Today … allocated US$60
million …. Added to $140 million released in February, the allocations now total $200
million"; "… anunciaron aportes por 962 millones …. Con otros 318 millones …, la cifra llega a
1.280 millones".

The sentence opens on the addition ("added to", "con otros") and its amount, then a verb of
reaching ("now total", "llega a") right before the total. The amount added to is the one figure
of that unit in the nearest sentence before, in the same block and at most two sentences back.
The two cannot add up to more than the total (it may hold more); a sentence before that names a
need or a target ("requirements of $500 million") is no amount received, and is left alone.

A group moved to a place that now holds a stock: "812 refugees were relocated … to Nakivale
settlement, which now hosts 11,204 new residents": those moved are part of it. The place must be
where they went ("to"), not where they left ("from Camp A, which now hosts 300").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.amounts import same_unit
from sitecheck.extract.relations.model import Breakdown, PartOf, Relations
from sitecheck.extract.relations.wording import WORD, digit_between, figures, lead
from sitecheck.lang import alternation, lexicon, phrases
from sitecheck.lang.base import Lexicon

_MAX_GAP_WORDS = 16  # between the amount added and the verb of reaching
_REACH_BACK = 600  # characters: the sentence before, or the one before it
_MAX_SENTENCES_BACK = 2


@dataclass(frozen=True, eq=False)
class _Patterns:
    opening: re.Pattern[str]  # "Added to ", "Con otros "
    reach: re.Pattern[str]  # " now total ", " llega a "
    aims: re.Pattern[str]  # "requirements", "target": a need, not an amount received
    stock: re.Pattern[str]  # ", which now hosts "
    to: re.Pattern[str]  # "to", "from": where the group went, where it left
    from_: re.Pattern[str]


@cache
def _compile(lex: Lexicon) -> _Patterns:
    return _Patterns(
        opening=re.compile(rf"[\s•·▪*-]*(?:{alternation(lex.added_leads)})\s+", re.I),
        reach=re.compile(
            rf"(?<![\w])(?:{alternation(lex.added_reach)})\s+(?:(?:{alternation(lex.articles)})\s+)?",
            re.I,
        ),
        aims=phrases(lex.table_denominators),
        stock=re.compile(rf"\s*,\s*(?:{alternation(lex.stock_after)})\s+", re.I),
        to=phrases(lex.change_to),
        from_=phrases(lex.change_from),
    )


def added_totals(
    doc: Document, sentence: Sentence, figs: list[Quantity], index: QuantityIndex, rel: Relations
) -> None:
    p = _compile(lexicon(doc.language))
    text, span = doc.text, sentence.span
    m = p.opening.match(text, span.start, span.end)
    if m is None or not figs or lead(figs[0]) != m.end():
        return
    added = figs[0]
    verb = p.reach.search(text, added.span.end, span.end)
    if verb is None or len(WORD.findall(text, added.span.end, verb.start())) > _MAX_GAP_WORDS:
        return
    total = next((q for q in figs if lead(q) == verb.end()), None)
    if total is None or not same_unit(added, total):
        return
    if digit_between(text, added.span.end, lead(total), figs):
        return
    cue = " ".join(m.group(0).split()).lower()
    rel.parts.append(PartOf(total, added, "running", cue))
    before = _added_to(doc, p, sentence, added, index)
    if before is not None:
        rel.breakdowns.append(
            Breakdown(total, [before, added], "in-total", exhaustive=False, at_most=True)
        )


def _added_to(
    doc: Document, p: _Patterns, sentence: Sentence, added: Quantity, index: QuantityIndex
) -> Quantity | None:
    """The one figure of the added amount's unit in the nearest sentence before that has any."""
    start = max(sentence.block.span.start, sentence.span.start - _REACH_BACK)
    earlier = [q for q in figures(index.between(start, sentence.span.start)) if same_unit(q, added)]
    if not earlier:
        return None
    there = doc.sentence_at(earlier[-1].span.start)
    if there is None or there.block is not sentence.block:
        return None
    between = [s for s in doc.sentences if there.span.end <= s.span.start < sentence.span.start]
    if len(between) >= _MAX_SENTENCES_BACK:
        return None
    same = [q for q in earlier if there.span.start <= q.span.start]
    if len(same) != 1 or p.aims.search(doc.text, there.span.start, there.span.end):
        return None
    return same[0]


def joined_stock(doc: Document, figs: list[Quantity], rel: Relations) -> None:
    """ "812 refugees were relocated … to Nakivale, which now hosts 11,204 new residents"."""
    p = _compile(lexicon(doc.language))
    text = doc.text
    for moved, stock in zip(figs, figs[1:], strict=False):
        m = p.stock.search(text, moved.span.end, lead(stock))
        if m is None or m.end() != lead(stock) or not same_unit(moved, stock):
            continue
        gap = text[moved.span.end : m.start()]
        if len(WORD.findall(gap)) > _MAX_GAP_WORDS or re.search(r"[;:()]", gap):
            continue
        to = [t.end() for t in p.to.finditer(gap)]
        froms = [f.end() for f in p.from_.finditer(gap)]
        if not to or (froms and froms[-1] > to[-1]):
            continue  # "relocated from Camp A, which now hosts 300": where they left
        rel.parts.append(PartOf(stock, moved, "running", " ".join(m.group(0).strip(" ,").split())))
