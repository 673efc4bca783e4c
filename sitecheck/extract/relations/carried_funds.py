"""Funds brought from the year before and the year's own, together all that is available:
"US$138.2 million available (US$12.1 million carried over and US$126.1 million in new
contributions)".

Other readings take two amounts after an amount as a bounded breakdown (the names may leave
some out). When one amount is said to be carried over and the other new, the two sides leave
nothing out: the breakdown is closed, unless the words before them say they are only some
("including").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.relations.model import Breakdown
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import lead, names_some
from sitecheck.lang import lexicon, phrases

_REACH = 40  # characters after an amount where its words stand


@cache
def _sides(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon(language)
    return phrases(lex.carried_over_words), phrases(lex.new_funds_words)


def carried_funds(doc: Document, breakdowns: list[Breakdown]) -> list[Breakdown]:
    """The breakdowns, those of funds carried over and new ones closed."""
    if not lexicon(doc.language).carried_over_words or not _sides(doc.language)[0].search(doc.text):
        return breakdowns  # no word of funds carried over: nothing to close
    return [replace(b, exhaustive=True, at_most=False) if _split(doc, b) else b for b in breakdowns]


def _split(doc: Document, b: Breakdown) -> bool:
    if b.exhaustive or b.total.kind != "money" or len(b.parts) != 2:
        return False
    if any(q.kind != "money" or q.currency != b.total.currency for q in b.parts):
        return False
    first, second = b.parts
    if names_some(relation_patterns(doc.language), doc.text, b.total.span.end, lead(first)):
        return False  # "…, including US$1.6 million carried over and …": only some of it
    # "US$12.1 million carried over and US$126.1 million new": the words after each amount;
    # "carry-over (US$12.1 million) and new funds (US$126.1 million)": those before.
    after = [(first.span.end, lead(second)), (second.span.end, second.span.end + _REACH)]
    before = [(b.total.span.end, lead(first)), (first.span.end, lead(second))]
    return any(_sides_of(doc, stretches) for stretches in (after, before))


def _sides_of(doc: Document, stretches: list[tuple[int, int]]) -> bool:
    """Whether one stretch says carried over (and not new) and the other new (and not
    carried over)."""
    carried, new = _sides(doc.language)
    marks = [
        (bool(carried.search(doc.text, s, e)), bool(new.search(doc.text, s, e)))
        for s, e in stretches
    ]
    return sorted(marks) == [(False, True), (True, False)]
