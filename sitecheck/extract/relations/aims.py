"""Whether a figure counts an aim ("targeted", "in need", "require") rather than a result: a
whole and its parts read across sentences must count the same (people reached may outnumber
people targeted, money received may fall short of money required)."""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.summed_paragraphs import role
from sitecheck.extract.relations.wording import lead
from sitecheck.lang import lexicon, phrases

_CLAUSE = re.compile(r"[.;:()–—]")
_NEAR = 120  # characters of the figure's clause read on each side


@cache
def _needs(language: str) -> re.Pattern[str]:
    return phrases(lexicon(language).need_words)


def aims(doc: Document, q: Quantity) -> bool:
    text = doc.text
    before = _CLAUSE.split(text[max(0, lead(q) - _NEAR) : lead(q)])[-1]
    after = _CLAUSE.split(text[q.span.end : q.span.end + _NEAR], maxsplit=1)[0]
    return role(doc, q)[1] or bool(_needs(doc.language).search(before + " " + after))


def same_aim(doc: Document, figures: list[Quantity]) -> bool:
    """Whether the figures all count aims or all count results."""
    return len({aims(doc, q) for q in figures}) == 1
