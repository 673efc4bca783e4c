"""A change by an amount, a colon, then the two levels it lies between: "the fund's balance
grew by CHF 5.6 million over the year: it stood on 1 January at CHF 9.1 million and on
31 December at CHF 14.7 million". The larger level is the smaller one plus the change; the
change is no whole of the levels, as a colon's head would be of its parts.

Only when the words after the colon say they give levels ("stood at", "se situaba en"): "rose
by 1,200: 800 in January and 400 in February" splits the change itself. Exactly two figures
of the change's unit follow the colon, in its sentence, before any other colon.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.wording import DIGIT, MOMENTS, WORD, figures, lead
from sitecheck.lang import alternation, lexicon

_HEAD_WORDS = 6  # "over the year", "since last month": words between the change and its colon
_REACH = 30  # characters before an amount where its change words stand ("grew by CHF ")
_LEVELS = 2


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    lex = lexicon(language)
    if not lex.level_words or not lex.change_by:
        return None
    by = re.compile(
        rf"(?<![\w])(?:{alternation(lex.change_terms)})\s+(?:{alternation(lex.change_by)})\s+$",
        re.I,
    )
    return by, re.compile(rf"(?<![\w])(?:{alternation(lex.level_words)})(?![\w])", re.I)


def levels_after_change(doc: Document, whole: Quantity, colon: int, end: int) -> bool:
    """Whether a figure before a colon is a change ("grew by CHF 5.6M … :") and the words after
    the colon give levels ("it stood at"): the figures after it are no parts of the change."""
    found = _patterns(doc.language)
    if found is None or whole.span.end > colon:
        return False
    by, level = found
    text = doc.text
    if by.search(text, max(0, lead(whole) - _REACH), lead(whole)) is None:
        return False
    return level.search(text, colon, end) is not None


def _alike(a: Quantity, b: Quantity) -> bool:
    return (a.kind, a.currency, a.is_households) == (b.kind, b.currency, b.is_households)


def change_colon(doc: Document, sentence: Sentence, nums: list[Quantity], rel: Relations) -> None:
    text, span = doc.text, sentence.span
    colon = text.find(":", span.start, span.end)
    if colon < 0 or _patterns(doc.language) is None:
        return  # no colon: the sentence states no change before one
    figs = figures(nums)
    head = [q for q in figs if q.span.end <= colon]
    if not head:
        return
    change = head[-1]
    between = text[change.span.end : colon]
    if DIGIT.search(between) or len(WORD.findall(between)) > _HEAD_WORDS or change.from_words:
        return
    nxt = text.find(":", colon + 1, span.end)
    end = span.end if nxt < 0 else nxt
    if not levels_after_change(doc, change, colon, end):
        return
    # "on 1 January at CHF 9.1M": the dates of the levels are passed over.
    after = [q for q in figs if colon < q.span.start <= end and q.tag not in MOMENTS]
    if len(after) != _LEVELS or not all(_alike(q, change) and not q.from_words for q in after):
        return
    small, large = sorted(after, key=lambda q: q.value)
    rel.breakdowns.append(Breakdown(large, [small, change], "difference"))
