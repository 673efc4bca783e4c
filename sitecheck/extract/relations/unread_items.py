"""A list of parts that goes on past its last figure: "of whom eight in Balochistan, three in
Punjab, and one in AJK". The word for one is not read as a figure (it is too often a pronoun),
so the parts read miss an item: they are at most their whole, not all of it."""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.lang import alternation, lexicon


@cache
def _one_more(language: str) -> re.Pattern[str] | None:
    lex = lexicon(language)
    if not lex.unread_ones:
        return None
    ands = alternation(lex.and_words)
    return re.compile(
        rf"[^\d.;:()]{{0,40}}?(?:,\s*(?:(?:{ands})\s+)?|\s+(?:{ands})\s+)"
        rf"(?:{alternation(lex.unread_ones)})(?![\w])",
        re.I,
    )


def unread_item_after(doc: Document, parts: list[Quantity], span: Span) -> bool:
    """Whether the list goes on after its last part with an item of one in words."""
    pattern = _one_more(doc.language)
    return bool(parts) and pattern is not None and bool(
        pattern.match(doc.text, parts[-1].span.end, span.end)
    )
