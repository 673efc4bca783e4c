"""A figure for the whole country, then a place's figure of the same noun in the next sentence:
"Across the country, 58,700 families are affected … The worst is in Sucre, where a first census
counts 41,230 affected families". The place's count is part of the country's: at most it.

The whole's sentence says it covers the country ("across the country", "en el conjunto del
país"); the part's sentence names a place and counts the same thing (the same first two words
of the noun: "affected families", "familias damnificadas"). A sentence that compares, speaks of
another time or covers the country again abstains.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import PartOf, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import figures, period_words, same_word
from sitecheck.lang import alternation, lexicon, phrases

_DATED = frozenset({"date", "year"})
_NOUN_WORDS = 2  # "familias damnificadas": one word ("families") may count another group


@cache
def _nationwide(language: str) -> re.Pattern[str]:
    return phrases(lexicon(language).nationwide_words)


@cache
def _named_place(language: str) -> re.Pattern[str]:
    """ "en Sucre", "in the Far North": a place named after its preposition."""
    lex = lexicon(language)
    return re.compile(
        rf"(?<![\w])(?i:{alternation(lex.place_prepositions)})\s+"
        rf"(?:(?i:{alternation(lex.articles)})\s+)?[A-ZÀ-ÖØ-Þ][\w'-]+"
    )


def national_parts(
    doc: Document,
    span: Span,
    nums: list[Quantity],
    prev: tuple[Span, list[Quantity]] | None,
    rel: Relations,
) -> None:
    text = doc.text
    if prev is None or not lexicon(doc.language).nationwide_words:
        return
    national = _nationwide(doc.language)
    if not national.search(text, prev[0].start, prev[0].end):
        return
    if national.search(text, span.start, span.end) or _other_time(doc, span, prev[0]):
        return
    p = relation_patterns(doc.language)
    if p.comparison.search(text, span.start, span.end):
        return
    placed = _named_place(doc.language)
    if any(q.tag in _DATED for q in nums):
        return  # "In 2019, Sucre counted …": another time
    for part in figures(nums):
        if not placed.search(text, span.start, part.span.end + 40):
            continue
        wholes = [q for q in figures(prev[1]) if _same_noun(q, part)]
        if len(wholes) == 1 and not any(r.part is part for r in rel.parts):
            found = national.search(text, prev[0].start, prev[0].end)
            cue = " ".join(found.group(0).lower().split()) if found else ""
            rel.parts.append(PartOf(wholes[0], part, "of-the", cue))


def _same_noun(whole: Quantity, part: Quantity) -> bool:
    """Whether two figures count one thing: the same kind and the same first two noun words."""
    if whole.kind != part.kind or whole.currency != part.currency or whole.from_words:
        return False
    a, b = whole.noun.split()[:_NOUN_WORDS], part.noun.split()[:_NOUN_WORDS]
    if len(a) < _NOUN_WORDS or len(b) < _NOUN_WORDS:
        return False
    return all(same_word(x.strip(",;."), y.strip(",;.")) for x, y in zip(a, b, strict=True))


@cache
def _month(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation(tuple(lexicon(language).months))})(?![\w])", re.I)


def _other_time(doc: Document, span: Span, prev: Span) -> bool:
    """Whether the sentence speaks of a time the one before does not ("last week", "new", "in
    June")."""
    text = doc.text
    out = False
    for pattern in (period_words(doc.language), _month(doc.language)):
        mine = {m.group(0).lower() for m in pattern.finditer(text, span.start, span.end)}
        theirs = {m.group(0).lower() for m in pattern.finditer(text, prev.start, prev.end)}
        out = out or not mine <= theirs
    return out
