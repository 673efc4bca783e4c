"""A share of a whole whose count comes in a later sentence: "The storm left 9 million people
displaced, of whom only 6% are housed in shelters. … More than 541,000 people already fill the
1,214 shelters opened." The share ends its sentence, right after a connector of parts ("of
whom", "de los cuales") and the whole; the count is the one count of people, smaller than the
whole, in the nearest of the next sentences of the paragraph whose words around it say again a
word of the share's own ("shelters"), in a sentence with no share or date of its own.

The tie is a guess from a shared word: a share that disagrees with the count is reported as
likely wrong (a warning), never as sure.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import PercentOf, Relations
from sitecheck.extract.relations.wording import WORD, figures, lead
from sitecheck.lang import alternation, lexicon

_AHEAD = 4  # sentences after the share where its count may come
_DATED = frozenset({"date", "year"})
_STEM = 5  # letters of a word that name something ("shelters", "menores"), compared as a stem


@cache
def _connector(language: str) -> re.Pattern[str]:
    """ "… people displaced, of whom only ": the whole's words, a connector, two words at most."""
    conn = alternation(lexicon(language).part_connectors)
    return re.compile(
        rf"(?:\s+[^\W\d_][\w'’-]*){{0,5}}\s*[,;]\s*(?:{conn})(?:\s+[^\W\d_][\w'’-]*){{0,2}}\s+",
        re.I,
    )


@cache
def _plain(language: str) -> frozenset[str]:
    """Words too common to tie a count to a share ("people", "were")."""
    lex = lexicon(language)
    return frozenset(w.lower() for w in (*lex.generic_people_nouns, *lex.stopwords))


def _stems(language: str, text: str) -> set[str]:
    plain = _plain(language)
    return {
        w.lower()[:_STEM] for w in WORD.findall(text) if len(w) >= _STEM and w.lower() not in plain
    }


def later_counts(
    doc: Document, span: Span, nums: list[Quantity], rel: Relations, index: QuantityIndex
) -> None:
    usable = [q for q in nums if q.usable]
    if len(usable) < 2 or usable[-1].kind != "percent":
        return  # cheap: the share ends its sentence's figures
    pct, whole = usable[-1], usable[-2]
    if whole.kind != "count" or not whole.is_people or whole.is_households:
        return
    m = _connector(doc.language).fullmatch(doc.text, whole.span.end, lead(pct))
    if m is None or any(po.percent is pct for po in rel.percents_since(span.start)):
        return
    said = _stems(doc.language, doc.text[pct.span.end : span.end])
    if not said:
        return
    count = _count_ahead(doc, span, index, whole, said)
    if count is not None:
        rel.percents.append(PercentOf(count, pct, bases=[whole], sure=False, likely=True))


def _count_ahead(
    doc: Document, span: Span, index: QuantityIndex, whole: Quantity, said: set[str]
) -> Quantity | None:
    """The one count of people, below the whole, whose words say a word the share says, in the
    nearest sentence after that has one; None when that sentence has two."""
    here = doc.sentence_at(span.start)
    at = span.end
    for _ in range(_AHEAD):
        while at < len(doc.text) and doc.text[at].isspace():
            at += 1
        s = doc.sentence_at(at)
        if s is None or here is None or s.block is not here.block:
            return None
        nums = index.between(s.span.start, s.span.end)
        if any(q.kind == "percent" or q.tag in _DATED for q in nums):
            return None  # a share of its own, or a date: its count is its own
        # A count's words run back to the figure before it and on to the next count of people
        # ("9,600 people … in 42 schools").
        figs = figures(nums)
        people = [q for q in figs if q.kind == "count" and q.is_people and not q.is_households]
        found = []
        start, k = s.span.start, 0
        for q in figs:
            if k < len(people) and q is people[k]:
                k += 1
                end = lead(people[k]) if k < len(people) else s.span.end
                words = doc.text[start : lead(q)] + " " + doc.text[q.span.end : end]
                if _stems(doc.language, words) & said:
                    found.append(q)
            start = q.span.end
        if found:
            ok = len(found) == 1 and found[0].value < whole.value and not found[0].from_words
            return found[0] if ok else None
        at = s.span.end
    return None
