"""A case fatality rate: deaths as a share of cases. "6 448 cases including 45 deaths, a case
fatality rate of 0.70%", or, in bulletins, the cases a bullet or a sentence earlier: "• 244 new
cases reported • 4 deaths this week (CFR 1.6%)".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Block, Document, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import PercentOf, Relations
from sitecheck.extract.relations.wording import DIGIT, lead
from sitecheck.lang import lexicon, phrases
from sitecheck.lang.base import Lexicon

_NEAR = 400  # characters: the bullets of one bulletin stay this close to the rate
_CANDIDATES = 4  # earlier counts of cases tried as the base, nearest first
_BULLETS = "•●▪·◦–-*"
_SHUT = re.compile(r"\s*\)")
_SHARE_AFTER = re.compile(r"[^()\n]{0,40}\(\s*\d[\d.,]*\s*%\s*\)")
# "6 deaths (cumulative: 71)": a second count of deaths in brackets, so two rates are possible.
_OTHER_COUNT = re.compile(r"[^()\d\n]{0,30}\((?=[^()%]*\d)[^()%]*\)")


@dataclass(frozen=True, eq=False)
class _Words:
    fatality: re.Pattern[str]  # "case fatality rate"
    deaths: frozenset[str]
    cases: frozenset[str]


@cache
def _words(lex: Lexicon) -> _Words:
    return _Words(
        fatality=phrases(lex.fatality_terms),
        deaths=frozenset(w.lower() for w in lex.death_nouns),
        cases=frozenset(w.lower() for w in lex.case_nouns),
    )


def _named(q: Quantity, nouns: frozenset[str]) -> bool:
    """Whether one of the first words after a count is one of ``nouns``: "45 related deaths",
    "312 new AWD/cholera cases"."""
    return q.kind == "count" and any(
        w.strip(".,;:()") in nouns for part in q.noun.split()[:4] for w in part.split("/")
    )


def fatality(
    doc: Document, span: Span, nums: list[Quantity], rel: Relations, index: QuantityIndex
) -> None:
    """Deaths over cases, when the sentence names one count of deaths and the rate stands by its
    name; the cases are the sentence's one count of them, else those of the sentences or
    bullets just before (one paragraph, or one run of bullets)."""
    w = _words(lexicon(doc.language))
    text = doc.text
    term = w.fatality.search(text, span.start, span.end)
    if term is None:
        return
    usable = [q for q in nums if q.usable and not q.from_words]
    deaths = [q for q in usable if _named(q, w.deaths)]
    # "1,012 deaths with a case fatality rate": the rate's own words name no count of cases.
    cases = [q for q in usable if _named(q, w.cases) and all(q is not d for d in deaths)]
    near = [
        q
        for q in usable
        if q.kind == "percent"
        and (0 <= lead(q) - term.end() <= 30 or 0 <= term.start() - q.span.end <= 3)
        and not DIGIT.search(text[min(term.end(), q.span.end) : max(term.start(), lead(q))])
    ]
    taken = rel.percents_from(span.start)
    if len(near) == 1 and not deaths and not cases and near[0].span.start not in taken:
        _rate_alone(doc, span, near[0], rel, index, w)
        return
    if len(deaths) != 1 or len(cases) > 1 or len(near) != 1 or near[0].span.start in taken:
        return
    if _OTHER_COUNT.match(text, deaths[0].span.end):
        return  # "6 deaths (cumulative: 71), CFR 0.37%": of the week's or of all? Abstain.
    # "64,310 including 1,012 deaths with a case fatality rate of 1.57%": the whole they are in.
    wholes = [r.whole for r in rel.parts if r.part is deaths[0] and r.kind == "inclusive"]
    if not cases and len(wholes) == 1 and wholes[0].span.start >= span.start:
        cases = wholes if wholes[0].value >= deaths[0].value else []
    if cases:
        rel.percents.append(PercentOf(deaths[0], near[0], base=cases[0]))
        return
    earlier = [
        q
        for q in reversed(index.between(_scope(doc, span), span.start))
        if q.usable and not q.from_words and _named(q, w.cases) and q.value >= deaths[0].value
    ][:_CANDIDATES]
    if earlier:
        # Another bullet's count is a guess: the rule reports against it as a suspicion only.
        sure = len(earlier) == 1 and earlier[0].span.start >= _block_start(doc, span)
        # "880 confirmed by culture (9.6%)": a count given as a share is a subset of the cases.
        subset = _SHARE_AFTER.match(text, earlier[0].span.end) is not None
        sure = sure and not subset
        # "4 deaths (CFR 1.6%)" after the one count of cases: a bare rate closing its bracket
        # is of those cases, likely ("(CFR 1.2% nationally)" names another scope).
        likely = len(earlier) == 1 and not subset and bool(_SHUT.match(text, near[0].span.end))
        rel.percents.append(
            PercentOf(deaths[0], near[0], bases=earlier, sure=sure, likely=likely)
        )


def _rate_alone(
    doc: Document, span: Span, rate: Quantity, rel: Relations, index: QuantityIndex, w: _Words
) -> None:
    """ "… bringing the total to 2,847 cases, including 1,905 deaths. The CFR stays at 67%": a
    rate whose sentence names no count takes the deaths of the sentence right before, in its
    paragraph, and the count they are included in (else the one count of cases there)."""
    sentence = doc.sentence_at(span.start)
    if sentence is None or sentence.block.span.start >= span.start:
        return
    pos = span.start - 1
    while pos > sentence.block.span.start and doc.text[pos].isspace():
        pos -= 1
    before = doc.sentence_at(pos)
    if before is None or before.block is not sentence.block:
        return
    figs = [q for q in index.between(before.span.start, before.span.end) if q.usable]
    deaths = [q for q in figs if not q.from_words and _named(q, w.deaths)]
    cases = [q for q in figs if not q.from_words and _named(q, w.cases)]
    if len(deaths) != 1 or _OTHER_COUNT.match(doc.text, deaths[0].span.end):
        return  # none, two, or "6 deaths (cumulative: 71)": two rates are possible
    wholes = [r.whole for r in rel.parts if r.part is deaths[0] and r.kind == "inclusive"]
    # The whole the deaths are included in is the cases they died of, before any other count.
    base = wholes[0] if len(wholes) == 1 else (cases[0] if len(cases) == 1 else None)
    if base is not None and not base.from_words and base.value >= deaths[0].value:
        rel.percents.append(PercentOf(deaths[0], rate, base=base))


def _bullet(block: Block) -> bool:
    return block.kind == "list_item" or (
        block.kind == "paragraph" and block.text.lstrip()[:1] in _BULLETS
    )


def _block_start(doc: Document, span: Span) -> int:
    """Where the block of a sentence begins."""
    sentence = doc.sentence_at(span.start)
    return sentence.block.span.start if sentence else span.start


def _scope(doc: Document, span: Span) -> int:
    """Where the earlier sentences a rate may refer to begin: its paragraph, or the run of
    bullets it closes (no heading or plain paragraph between, all close by)."""
    sentence = doc.sentence_at(span.start)
    if sentence is None:
        return span.start
    block = sentence.block
    if not _bullet(block):
        return block.span.start
    starts = [b.span.start for b in doc.blocks]
    i = bisect.bisect_left(starts, block.span.start)
    start = block.span.start
    while i > 0:
        prev = doc.blocks[i - 1]
        if not _bullet(prev) or span.start - prev.span.start > _NEAR:
            break
        start, i = prev.span.start, i - 1
    return start
