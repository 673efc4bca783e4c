"""A share "of the total" after its amount: "Sofala recorded 20,700 people affected (38% of the
total)", "some 20,700 people affected – 38 per cent of the total –", "20,700 people, or 38% of
the total". The total is a figure stated before in the paragraph; which one, the wording does
not say.

The base is one of the paragraph's earlier figures of the amount's unit that can hold it,
nearest first, up to three: the share holds if it agrees with any. It is a guess: a share that
agrees with none is a warning when one figure alone can be the total and counts what the amount
counts, else a suspicion. "Of the total population": "total" qualifies another noun, a whole the
text does not count, and nothing is read.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import PercentOf, Relations
from sitecheck.extract.relations.wording import WORD, lead
from sitecheck.lang import alternation, lexicon
from sitecheck.lang.base import Lexicon

_CANDIDATES = 3  # earlier figures tried as the total, nearest first
_AFTER = 600  # characters after the share where a total may be stated
_NOUN_WORDS = 3  # words between the amount and a dash before its share; words of its noun
_BARE_MIN = 100  # "10 or 20%" is a range; an amount above this is no percentage
_STEM = 4  # letters that make two forms of one word ("dañados", "dañaron")


@cache
def _dash_or_verb(lex: Lexicon) -> re.Pattern[str]:
    """ " people affected – ", " people, or ", "con 10.480 o el " between an amount and its
    share (a bare "or" with no comma, as lists of shares write it)."""
    verbs = alternation(lex.share_verbs)
    leads = alternation(lex.share_leads)
    art = rf"(?:(?:{alternation(lex.articles)})\s+)?"
    return re.compile(
        rf"(?:\s+[^\W\d_][\w'’-]*){{0,{_NOUN_WORDS}}}"
        rf"\s*(?:[–—]|,\s*(?:{verbs})\s*,?|(?<=\s)(?P<bare>{leads})(?=\s))\s*{art}",
        re.I,
    )


def total_shares(
    doc: Document, span: Span, nums: list[Quantity], rel: Relations, index: QuantityIndex
) -> None:
    """Bases for this sentence's shares "of the total" after their amount."""
    text = doc.text
    pcts = [q for q in nums if q.kind == "percent" and q.usable]
    if not pcts or not any(_of_the_total(doc, q) for q in pcts):
        return
    sentence = doc.sentence_at(span.start)
    if sentence is None:
        return
    mine = {po.percent.span.start: po for po in rel.percents_since(span.start)}
    usable = [q for q in nums if q.usable]
    for a, pct in zip(usable, usable[1:], strict=False):
        if pct.kind != "percent" or a.kind not in ("count", "money") or a.from_words:
            continue
        if not _of_the_total(doc, pct):
            continue
        po = mine.get(pct.span.start)
        m = _dash_or_verb(lexicon(doc.language)).fullmatch(text, a.span.end, lead(pct))
        # "10 or 20% of the total" is a range: a bare "or" follows an amount, not a small number.
        if po is None and m and (not m.group("bare") or a.value > _BARE_MIN):
            po = PercentOf(a, pct)
            rel.percents.append(po)
        if po is None or po.amount is not a or po.base is not None or po.bases:
            continue
        if _a_part(rel, a, span.start):
            continue  # "CHF 2.7M of these advances, equal to 66% of the total": their whole
        _candidates(doc, index, rel, po, a.noun)


@cache
def _total_then_amount(lex: Lexicon) -> re.Pattern[str]:
    """ " of total requirements, or ", " of the total (" between a share and its amount."""
    art = rf"(?:(?:{alternation(lex.articles)})\s+)?"
    links = alternation((*lex.share_verbs, *lex.share_leads))
    quals = rf"(?:(?:{alternation(lex.qualifiers)})\s+)?"
    return re.compile(
        rf"\s*(?:{alternation(lex.share_of)})\s+{art}(?:{alternation(lex.total_nouns)})"
        r"(?P<noun>\s+[^\W\d_][\w'’-]*)?"
        rf"\s*(?:,\s*(?:{links})\s*,?\s*|\(\s*){art}{quals}",
        re.I,
    )


def share_then_total(
    doc: Document, span: Span, nums: list[Quantity], rel: Relations, index: QuantityIndex
) -> None:
    """ "Sudan requires some 19 percent of total requirements, or US$779 million": the share,
    "of the total" and a noun, then its amount; the total is a figure stated before."""
    usable = [q for q in nums if q.usable]
    if not any(q.kind == "percent" for q in usable):
        return
    pattern = _total_then_amount(lexicon(doc.language))
    mine = {po.percent.span.start: po for po in rel.percents_since(span.start)}
    for pct, a in zip(usable, usable[1:], strict=False):
        if pct.kind != "percent" or a.kind not in ("count", "money") or a.from_words:
            continue
        m = pattern.fullmatch(doc.text, pct.span.end, lead(a))
        po = mine.get(pct.span.start)
        if m is None or (po is not None and (po.amount is not a or po.base or po.bases)):
            continue
        noun = m.group("noun")
        # "8% of the total population (310,000)": a noun no earlier sentence uses names a whole
        # the text does not count.
        if noun and not _named_before(doc, index, noun, span.start):
            continue
        if po is None:
            po = PercentOf(a, pct)
            rel.percents.append(po)
        _candidates(doc, index, rel, po, noun or a.noun)


def _named_before(doc: Document, index: QuantityIndex, noun: str, start: int) -> bool:
    """Whether a sentence before ``start`` in its paragraph uses ``noun`` and states a figure."""
    sentence = doc.sentence_at(start)
    if sentence is None:
        return False
    stems = _stems(noun)
    text = doc.text[sentence.block.span.start : start]
    return (
        bool(stems)
        and stems <= _stems(text)
        and bool(index.between(sentence.block.span.start, start))
    )


def _candidates(
    doc: Document, index: QuantityIndex, rel: Relations, po: PercentOf, noun: str
) -> None:
    """The paragraph's figures that can be the total of ``po``, nearest first; ``noun``: the
    words the total's sentence must use for a lone candidate to be likely the base."""
    sentence = doc.sentence_at(po.amount.span.start)
    if sentence is None:
        return
    a, block = po.amount, sentence.block.span
    amounts = {x.amount.span.start for x in rel.percents_since(block.start)}
    first = min(lead(a), lead(po.percent))
    before = index.between(block.start, first)
    earlier = [q for q in reversed(before) if _can_be_total(q, a, amounts)][:_CANDIDATES]
    # "… (38% of the total). In all, 54,320 people were affected": the total may follow.
    last = max(a.span.end, po.percent.span.end)
    later = index.between(last, min(block.end, last + _AFTER))
    later = [q for q in later if _can_be_total(q, a, amounts)]
    if earlier:
        po.bases, po.sure = earlier + later[:_CANDIDATES], False
        po.likely = (
            not later
            and len(earlier) == 1
            and (_names_alike(doc, noun, earlier[0]) or _borne_out(rel, earlier[0], block.start))
            and _years(doc, index, earlier[0]) <= _years(doc, index, a)
        )


@cache
def _total(lex: Lexicon) -> re.Pattern[str]:
    """ " of the total" after a share, its clause ending there."""
    art = rf"(?:(?:{alternation(lex.articles)})\s+)?"
    return re.compile(
        rf"\s*(?:{alternation(lex.share_of)})\s+{art}(?:{alternation(lex.total_nouns)})"
        r"(?![\w])\s*(?:[),;:.–—]|$)",
        re.I | re.M,
    )


def _of_the_total(doc: Document, pct: Quantity) -> bool:
    """ "38% of the total)", not "38% of the total population" nor "of the total 4.4 million"."""
    return _total(lexicon(doc.language)).match(doc.text, pct.span.end) is not None


def _a_part(rel: Relations, a: Quantity, start: int) -> bool:
    """Whether ``a`` is a part of a stated whole of this sentence (its parts come last)."""
    for r in reversed(rel.parts):
        if r.part.span.start < start:
            return False
        if r.part is a:
            return True
    return False


def _can_be_total(q: Quantity, a: Quantity, amounts: set[int]) -> bool:
    return (
        q.usable
        and not q.from_words
        and q.span.start not in amounts  # another share's amount
        and q.kind == a.kind
        and q.currency == a.currency
        and q.is_people == a.is_people
        and q.is_households == a.is_households
        and q.interval.hi >= a.interval.lo
    )


def _borne_out(rel: Relations, total: Quantity, start: int) -> bool:
    """Whether an earlier share of the paragraph is of ``total`` and agrees with it: "Of them,
    25,870 IDPs (9%) …" bears out the 287,416 as the total of a later "(84% of the total)"."""
    wholes = {id(r.part): r.whole for r in rel.parts if r.whole is total}
    return any(
        (po.base is total or id(po.amount) in wholes)
        and (po.amount.interval / total.interval * 100.0).intersects(po.percent.interval)
        for po in rel.percents_since(start)
        if po.amount.span.start > total.span.end
    )


def _names_alike(doc: Document, noun: str, total: Quantity) -> bool:
    """Whether the total's sentence uses the words of ``noun`` ("20,700 people affected" after
    "54,320 people were affected"; not after "30,000 people displaced")."""
    stems = _stems(" ".join(noun.split()[:_NOUN_WORDS]))
    home = doc.sentence_at(total.span.start)
    if home is None:
        return False
    return bool(stems) and stems <= _stems(doc.text[home.span.start : home.span.end])


def _years(doc: Document, index: QuantityIndex, q: Quantity) -> set[str]:
    """The years the sentence of ``q`` names: "In 2022, 80,000 people were affected" is no
    total of this year's."""
    home = doc.sentence_at(q.span.start)
    if home is None:
        return set()
    return {y.text for y in index.between(home.span.start, home.span.end) if y.tag == "year"}


def _stems(text: str) -> set[str]:
    return {w[:_STEM] for w in WORD.findall(text.lower()) if len(w) > _STEM}
