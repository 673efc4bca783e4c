"""The head of a list after a colon: where its items stand, and whether the clause before the
colon is one whole's (no other count, no new item, not too long)."""

from __future__ import annotations

import re

from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.patterns import RelationPatterns
from sitecheck.extract.relations.wording import WORD

MAX_CLAUSE_WORDS = 20
YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\b\d{1,2}\b")
COUNT = re.compile(r"\d")
NEW_ITEM = re.compile(r"\n[ \t]*[•●▪·◦–—*+-]")  # a line break that opens another item


def colon_segments(text: str, p: RelationPatterns, colon: int, end: int) -> list[tuple[int, int]]:
    """Where the items after a colon stand, split at commas, semicolons and "and"."""
    bounds, pos = [], colon + 1
    for m in p.segment_split.finditer(text, colon + 1, end):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, end))
    return bounds


def long_head(text: str, whole: Quantity, colon: int) -> bool:
    """ "122 people are still sheltered in centres of Yoro and Atlántida: 61 women, …": a whole
    whose clause runs on, with no other count before the colon; its parts are taken only when
    they cannot overlap."""
    between = text[whole.span.end : colon]
    return (
        not COUNT.search(YEARS.sub(" ", between))
        and not NEW_ITEM.search(between)
        and len(WORD.findall(between)) <= MAX_CLAUSE_WORDS
    )
