"""The later of two figures a change is between, marked as the current one: "some 12,000 in
2018, and the current number (384,060) shows a rise of over 3,100%", "o número atual
(384.060)". The word must stand right before the figure (two words at most between, a bracket
or a colon), the figure alone in its brackets or of the other's noun, and the other figure,
before it, must not be marked so.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.lang import alternation, lexicon

_WORD = r"[^\W\d_][\w'’-]*"
_WINDOW = 40


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    words = lexicon(language).current_words
    if not words:
        return None
    return re.compile(
        rf"(?<![\w])(?:{alternation(words)})(?:\s+{_WORD}){{0,2}}[\s(:]*$", re.I
    )


def _current(doc: Document, sentence: Sentence, q: Quantity) -> bool:
    p = _pattern(doc.language)
    lead = (q.qualifier_span or q.span).start
    start = max(sentence.span.start, lead - _WINDOW)
    return p is not None and p.search(doc.text, start, lead) is not None


def now_marked(
    doc: Document, sentence: Sentence, pair: tuple[Quantity, Quantity] | None
) -> Quantity | None:
    """The earlier of two figures in text order: ``a``, when only ``b`` is marked current."""
    if pair is None:
        return None
    a, b = pair
    if a.span.end > b.span.start or not _current(doc, sentence, b):
        return None
    # "(384,060)" alone, or a figure of the earlier one's noun: not "its current capacity of
    # 5,000 places", another quantity
    alone = doc.text[b.span.end :].lstrip()[:1] == ")"
    if not (alone or b.noun.split()[:1] == a.noun.split()[:1]):
        return None
    return None if _current(doc, sentence, a) else a
