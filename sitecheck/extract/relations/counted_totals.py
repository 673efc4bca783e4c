"""A sentence that adds up the figures before it by saying how many they are: "CERF released $95
million in a second round. A first round, worth $145 million, went out in spring. Combined, the
two rounds, amounting to $240 million, …"; "En conjunto, las tres rondas suman 240 millones".

The opening adds up ("Combined,", "En conjunto,"), then counts things (the count and its noun,
"the two rounds"), then states the total: the first amount after them. The parts are the figures
of the total's kind in the paragraph before, one in each sentence that names the counted noun.
When they are exactly as many as the count says, they are all of it: they add up to the total.
A sentence that names the noun with two amounts of the kind, or none, abstains; so do people
counted by what served them ("the two clusters reached"): one person may be reached by both.
Amounts of money, and counts split by places ("these three camps"), cannot overlap.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.aims import same_aim
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.summed_paragraphs import block_start
from sitecheck.extract.relations.wording import WORD, digit_between, figures, lead, same_word
from sitecheck.lang import alternation, lexicon

_MAX_COUNT = 6  # "the two rounds", "these five camps": a few things, each named before
_GAP_WORDS = 6  # words between the counted noun and the total ("…, amounting to $240 million")


@cache
def _opening(language: str) -> re.Pattern[str] | None:
    """The opening up to the count: "Combined, the ", "Together, these "."""
    lex = lexicon(language)
    if not lex.counted_openers:
        return None
    leads = alternation((*lex.articles, *lex.demonstratives))
    return re.compile(
        rf"[\W_]*(?:{alternation(lex.counted_openers)})\s*,?\s*(?:(?:{leads})\s+)?", re.I
    )


def counted_total(
    doc: Document, span: Span, nums: list[Quantity], index: QuantityIndex, rel: Relations
) -> None:
    opening = _opening(doc.language)
    m = opening.match(doc.text, span.start, span.end) if opening else None
    figs = figures(nums)
    if m is None or len(figs) < 2 or lead(figs[0]) != m.end():
        return
    count, total = figs[0], figs[1]
    n = count.value
    if count.kind != "count" or n != int(n) or not 2 <= n <= _MAX_COUNT:
        return
    p = relation_patterns(doc.language)
    noun = next((w for w in count.noun.split() if w not in p.auxiliaries), "")
    if len(noun) < 4 or digit_between(doc.text, count.span.end, lead(total), nums):
        return
    if len(WORD.findall(doc.text, count.span.end, lead(total))) > _GAP_WORDS + 1:
        return
    if total.kind != "money" and noun not in p.dimensions:
        return  # "Combined, the two clusters reached 52,000 people": people reached twice
    parts = _parts(doc, index, span, noun, total)
    if parts is not None and len(parts) == int(n) and same_aim(doc, [total, *parts]):
        rel.breakdowns.append(Breakdown(total, parts, "in-total"))


def _parts(
    doc: Document, index: QuantityIndex, span: Span, noun: str, total: Quantity
) -> list[Quantity] | None:
    """One figure of the total's kind in each sentence of the paragraph that names the noun."""
    text = doc.text
    start = block_start(text, span.start)
    parts: list[Quantity] = []
    for s in doc.sentences:
        if s.span.end <= start or s.span.start >= span.start:
            continue
        lo = max(s.span.start, start)
        if not any(same_word(w.lower(), noun) for w in WORD.findall(text, lo, s.span.end)):
            continue
        alike = [
            q
            for q in figures(index.between(lo, s.span.end))
            if (q.kind, q.currency, q.is_people, q.is_households)
            == (total.kind, total.currency, total.is_people, total.is_households)
        ]
        if len(alike) != 1:
            return None  # "the round's largest grant, $16 million, of $95 million": no telling
        parts.append(alike[0])
    return parts


def counted_groups(
    doc: Document,
    span: Span,
    nums: list[Quantity],
    before: tuple[Span, list[Quantity]] | None,
    rel: Relations,
) -> None:
    """ "19,873 new cases in 13 countries of two sub-regions. The southern sub-region (11,204
    cases; nine countries) leads, ahead of the eastern sub-region (8,669 cases; four
    countries)": the sentence before counts the groups, this one names each with its figures.
    When the groups named are as many as counted, the one figure of a whole's noun that each
    group holds is its share: together they are at most that whole."""
    if before is None:
        return
    p = relation_patterns(doc.language)
    text = doc.text
    counts = [q for q in figures(before[1]) if _group_count(q, p)]
    if len(counts) != 1:
        return
    count = counts[0]
    noun = _lead(count, p)
    mentions = [
        w for w in WORD.finditer(text, span.start, span.end) if same_word(w.group(0).lower(), noun)
    ]
    if len(mentions) != int(count.value):
        return
    ends = [m.start() for m in mentions[1:]] + [span.end]
    segments = [Span(m.end(), e) for m, e in zip(mentions, ends, strict=True)]
    figs = figures(nums)
    for whole in figures(before[1]):
        if whole is count or not _lead(whole, p):
            continue
        parts = [_one_of(p, whole, figs, s) for s in segments]
        ahead = _one_of(p, whole, figs, Span(span.start, mentions[0].start()))
        found = [q for q in parts if q is not None]
        if ahead is not None or len(found) != len(parts) or not same_aim(doc, [whole, *found]):
            continue
        if not _any_of(p, whole, figs, span, found):
            # "Kasa province counts 30,000 people displaced": a group's figure may be some of
            # its share only; the groups cannot overlap, so together they are at most the whole.
            rel.breakdowns.append(Breakdown(whole, found, "labels", exhaustive=False, at_most=True))


def _group_count(q: Quantity, p: RelationPatterns) -> bool:
    n = q.value
    return q.kind == "count" and n == int(n) and 2 <= n <= _MAX_COUNT and len(_lead(q, p)) >= 4


def _lead(q: Quantity, p: RelationPatterns) -> str:
    return next((w for w in q.noun.split() if w not in p.auxiliaries), "")


def _one_of(p: RelationPatterns, whole: Quantity, figs: list[Quantity], s: Span) -> Quantity | None:
    """The one figure in ``s`` that counts the whole's noun."""
    same = [q for q in figs if s.start <= q.span.start < s.end and _counts_as(p, whole, q)]
    return same[0] if len(same) == 1 else None


def _any_of(
    p: RelationPatterns, whole: Quantity, figs: list[Quantity], span: Span, parts: list[Quantity]
) -> bool:
    """Whether the sentence holds another figure of the whole's noun besides the parts."""
    return any(
        q not in parts and span.start <= q.span.start < span.end and _counts_as(p, whole, q)
        for q in figs
    )


def _counts_as(p: RelationPatterns, whole: Quantity, q: Quantity) -> bool:
    unit = (whole.kind, whole.currency, whole.is_households)
    return (q.kind, q.currency, q.is_households) == unit and same_word(_lead(q, p), _lead(whole, p))
