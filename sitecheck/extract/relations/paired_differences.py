"""Differences listed in a row, then the pairs they are between in the same order: "the report
counts an increase of 9 schools closed, 310 damaged and 845 affected; that is, from 21 closed
schools to 30, from 512 damaged to 822 and from 1,630 affected to 2,475".

The differences follow one word of change and "of" / "by" ("an increase of", "grew by"), each
with at most three words of its own, joined by commas or "and"; after them, and nothing else, as
many pairs "from A to B" (a few words between, "to" right before B). Each difference is read
with its pair, in order: the larger figure is the smaller plus the difference.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.lang import alternation, lexicon

_WORD = r"[^\W\d_][\w'’-]*"
_LOOK = 40  # characters before the first difference its word of change is looked for in


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """The word of change before the first difference; what joins two differences; "from"
    before A; the words and "to" between A and B."""
    lex = lexicon(language)
    ands = alternation(lex.and_words)
    return (
        re.compile(
            rf"(?<![\w])(?:{alternation(lex.change_terms)})\s+"
            rf"(?:{alternation(lex.change_by)})\s+$",
            re.I,
        ),
        re.compile(rf"(?:\s+{_WORD}){{0,3}}\s*(?:,\s*(?:(?:{ands})\s+)?|\s+(?:{ands})\s+)", re.I),
        re.compile(rf"(?<![\w])(?:{alternation(lex.change_from)})\s+$", re.I),
        re.compile(rf"(?:\s+{_WORD}){{0,4}}\s+(?:{alternation(lex.change_to)})\s+", re.I),
    )


def _amounts(nums: list[Quantity]) -> list[Quantity] | None:
    out = [q for q in nums if q.kind in ("count", "money") and not q.from_words and q.tag is None]
    return out if all(q.usable and q.value > 0 and q.qualifier is None for q in out) else None


def paired_differences(
    doc: Document, sentence: Sentence, nums: list[Quantity], rel: Relations
) -> None:
    """Each difference of a row with the pair "from A to B" of the same rank after it."""
    amounts = _amounts(nums)
    if amounts is None or len(amounts) < 6 or len(amounts) % 3:
        return
    k = len(amounts) // 3
    diffs, rest = amounts[:k], amounts[k:]
    text = doc.text
    change, joined, from_, to = _patterns(doc.language)
    first = diffs[0]
    if not change.search(
        text, max(sentence.span.start, first.span.start - _LOOK), first.span.start
    ):
        return
    if not all(
        joined.fullmatch(text, a.span.end, b.span.start)
        for a, b in zip(diffs, diffs[1:], strict=False)
    ):
        return
    pairs = list(zip(rest[::2], rest[1::2], strict=True))
    for a, b in pairs:
        if not from_.search(text, max(sentence.span.start, a.span.start - 12), a.span.start):
            return
        if not to.fullmatch(text, a.span.end, b.span.start):
            return
    for d, (a, b) in zip(diffs, pairs, strict=True):
        if a.kind != b.kind or a.kind != d.kind or a.currency != b.currency or a.value == b.value:
            return
        if d.value >= max(a.value, b.value):
            return
    for d, (a, b) in zip(diffs, pairs, strict=True):
        small, large = sorted((a, b), key=lambda q: q.value)
        rel.breakdowns.append(Breakdown(large, [small, d], "difference"))
