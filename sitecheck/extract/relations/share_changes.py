"""A change of a share, stated right after it with the earlier share: "61% of households own a
water container, a 5% increase from 58% in May", or, as a line of its own after the share's
sentence, "57% of camp residents are children. 4% increase from 53% since Round 6". The change
may be in points (61 - 58) or relative to the earlier share: the rule tries both readings.

The change must be tied to a word of change and followed by "from" and the earlier percentage
(not "from A to B": ``point_changes.py``); the later share is the one percentage right before
it, a comma and at most an article between (not "…, while open defecation saw a 5% increase
from 12%"), or the one percentage of the sentence before when this one opens on the change.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.changes import change_word
from sitecheck.extract.relations.model import Change, Relations
from sitecheck.extract.relations.wording import DIGIT, lead
from sitecheck.lang import alternation, lexicon

_GAP = 80  # characters between the later share and its change
_ONE = r"[^\W\d_][\w'’-]*"
_FEW = rf"(?:{_ONE}\s+){{0,3}}"  # ", a ", ", an increase of ": words after the comma


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """Between the change and the earlier share (" increase from "); between the later share
    and the change in one sentence (", a ", ", up "); opening the sentence of the change ("A ",
    "This is a "); after the earlier share ("to" and another percentage: a pair of its own)."""
    lex = lexicon(language)
    terms = alternation((*lex.change_terms, *lex.change_words))
    openers = alternation((*lex.existential_openers, *lex.figure_anaphora))
    art = rf"(?:(?:{alternation(lex.articles)})\s+)?"
    return (
        re.compile(rf"\s*(?:(?:{terms})\s+)?(?:{alternation(lex.change_from)})\s+{art}", re.I),
        re.compile(rf"[^\d;()]*,\s*{_FEW}"),
        re.compile(rf"\s*(?:(?:{openers})\s+)?(?:{_ONE}\s+)?", re.I),
        re.compile(rf"\s*(?:{alternation(lex.change_to)})\s+[\d.,]+\s*%", re.I),
    )


def _usable(q: Quantity) -> bool:
    return q.kind == "percent" and q.usable and not q.from_words and q.qualifier is None


def share_changes(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    rel: Relations,
    prev: tuple[Sentence, list[Quantity]] | None,
) -> None:
    """The change of the share before it, from the earlier share after "from"."""
    pcts = [q for q in nums if q.kind == "percent"]
    if len(pcts) < 2 and (prev is None or len(pcts) < 1):
        return
    text = doc.text
    from_gap, _, _, pair = _patterns(doc.language)
    taken = _taken(rel, sentence.span.start)
    for i, q in enumerate(nums):
        if q.kind != "percent" or i + 1 >= len(nums) or id(q) in taken:
            continue
        earlier = nums[i + 1]
        if not (_usable(q) and _usable(earlier)) or not from_gap.fullmatch(
            text, q.span.end, lead(earlier)
        ):
            continue
        if pair.match(text, earlier.span.end):
            continue  # "… from 51% to 53%": the pair's own change (``point_changes.py``)
        later = _later(doc, sentence, nums[:i], q, prev)
        tied, down = change_word(doc, sentence, q)
        if later is None or not tied:
            continue
        if id(later) in taken:
            continue  # "…, up 5% from 40% last year, and 3% from 42%": 40% is an earlier share
        _drop_share(rel, sentence, q)
        rel.changes.append(Change(q, earlier, later, down, first_earlier=True, points=True))
        taken |= {id(q), id(earlier)}


def _taken(rel: Relations, start: int) -> set[int]:
    """The percentages the sentence's changes (the last ones) already hold."""
    out: set[int] = set()
    for c in reversed(rel.changes):
        if c.percent.span.start < start:
            break
        out |= {id(c.percent), id(c.first), id(c.second)}
    return out


def _drop_share(rel: Relations, sentence: Sentence, pct: Quantity) -> None:
    """Drop the reading of ``pct`` as a share (the sentence's readings are the last ones)."""
    for i in range(len(rel.percents) - 1, -1, -1):
        if rel.percents[i].percent.span.start < sentence.span.start:
            break
        if rel.percents[i].percent is pct:
            del rel.percents[i]


def _later(
    doc: Document,
    sentence: Sentence,
    before: list[Quantity],
    change: Quantity,
    prev: tuple[Sentence, list[Quantity]] | None,
) -> Quantity | None:
    """The later share: right before the change in its sentence, or the one of the sentence
    before when this one opens on the change."""
    text = doc.text
    _, comma, opening, _ = _patterns(doc.language)
    if before:
        later = before[-1]
        start = later.span.end
        if later.kind != "percent" or lead(change) - start > _GAP:
            return None
    else:
        if prev is None:
            return None
        shares = [q for q in prev[1] if q.kind == "percent"]
        if len(shares) != 1:
            return None
        later, start = shares[0], sentence.span.start
    gap = text[start : lead(change)]
    if not _usable(later) or DIGIT.search(gap):
        return None
    # "…, while open defecation saw a 5% increase from 12%": another share's change
    return later if (comma if before else opening).fullmatch(gap) else None
