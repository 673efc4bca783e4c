"""A stated difference whose later figure is in the sentence before: "… 5,120 people at Kobe
Camp. The population of Kobe fell from 5,300 people in May (down by 180 people)." The sentence
holds two amounts: the earlier one right after a word of change and "from", and the difference
tied to "by" ("down by 180", "une baisse de 180"); no figure after "to". The later figure is the
one amount like the earlier in the sentence before (same paragraph), or, of several, the one
followed by the places the sentence names ("Kobe"). The fall or rise the word of change states
must be the one the two figures show: otherwise they are two quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.amounts import sure_amounts
from sitecheck.extract.relations.differences import TIED_BEFORE, difference_tie
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.lang import alternation, lexicon

_WORD = r"[^\W\d_][\w'’-]*"
_TOKEN = re.compile(r"[^\W\d_][\w’'-]*")


@dataclass(frozen=True, eq=False)
class _Patterns:
    from_: re.Pattern[str]  # "decreased slightly from " right before the earlier figure
    down: frozenset[str]  # the words of change that state a fall
    months: frozenset[str]


@cache
def _patterns(language: str) -> _Patterns:
    lex = lexicon(language)
    terms = alternation(lex.change_terms)
    return _Patterns(
        from_=re.compile(
            rf"(?<![\w])(?P<term>{terms})(?:\s+{_WORD})?\s+(?:{alternation(lex.change_from)})\s+$",
            re.I,
        ),
        down=frozenset(w.lower() for w in lex.change_down_terms),
        months=frozenset(m.lower() for m in (*lex.months, *lex.month_abbreviations)),
    )


def _alike(a: Quantity, b: Quantity) -> bool:
    return (a.kind, a.currency, a.is_households, a.is_people) == (
        b.kind, b.currency, b.is_households, b.is_people,
    )  # fmt: skip


def _names(doc: Document, sentence: Sentence, p: _Patterns) -> set[str]:
    """The places a sentence names: words with a capital past its first, months and acronyms
    aside."""
    words = _TOKEN.findall(doc.slice(sentence.span))[1:]
    return {w for w in words if w[0].isupper() and not w.isupper() and w.lower() not in p.months}


def _later(
    doc: Document, p: _Patterns, sentence: Sentence, earlier: Quantity,
    prev: tuple[Sentence, list[Quantity]],
) -> Quantity | None:  # fmt: skip
    """The figure of the sentence before that the change is from ``earlier`` to."""
    before = sure_amounts(prev[1]) or []
    alike = [q for q in before if _alike(q, earlier)]
    names = _names(doc, sentence, p)
    if not names:
        return alike[0] if len(alike) == 1 and len(before) <= 2 else None
    ends = [q.span.start for q in alike[1:]] + [prev[0].span.end]
    named = [
        q
        for q, end in zip(alike, ends, strict=True)
        if names <= set(_TOKEN.findall(doc.text[q.span.end : end]))
    ]
    return named[0] if len(named) == 1 else None


def difference_back(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    rel: Relations,
    prev: tuple[Sentence, list[Quantity]] | None,
) -> None:
    """A difference from a figure of this sentence to one of the sentence before."""
    if prev is None:
        return
    amounts = sure_amounts(nums) or []
    if len(amounts) != 2 or any(q.kind == "percent" for q in nums):
        return
    p = _patterns(doc.language)
    earlier, change = amounts
    lead = (earlier.qualifier_span or earlier.span).start
    m = p.from_.search(doc.text, max(sentence.span.start, lead - 60), lead)
    if m is None or difference_tie(doc, sentence, change) != TIED_BEFORE:
        return
    if earlier.qualifier is not None or change.qualifier is not None:
        return
    later = _later(doc, p, sentence, earlier, prev)
    if later is None or later.value == earlier.value:
        return
    if (later.value < earlier.value) != (m.group("term").lower() in p.down):
        return  # the figures do not move the way the word says: two quantities
    if change.value >= min(later.value, earlier.value):
        return
    small, large = sorted((earlier, later), key=lambda q: q.value)
    rel.breakdowns.append(Breakdown(large, [small, change], "difference"))
