"""A stated change of a percentage, with the two percentages it is between: "funding grew by
6 per cent (from 25 to 31 per cent)", "la cobertura creció un 6 por ciento (25 al 31 por
ciento)". The stated change may be in points (31 - 25) or relative to the earlier figure
(24 per cent): the rule tries both readings. The percentage must be tied to a word of change and
followed, in brackets or after a comma, by "[from] A to B", B a percentage and A a percentage
or a bare figure that shares B's sign ("25 to 31 per cent").
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.changes import change_word, compared_in_brackets
from sitecheck.extract.relations.model import Change, Relations
from sitecheck.lang import alternation, lexicon

_CLOSE = re.compile(r"[)(;:.!?\n]|,\s")  # where the clause of the pair ends


@cache
def _gaps(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What stands between the change and A ("(from "), and between A and B (" to ")."""
    lex = lexicon(language)
    return (
        re.compile(rf"\s*[(,]\s*(?:(?:{alternation(lex.change_from)})\s+)?", re.I),
        re.compile(rf"\s*(?:(?:{alternation(lex.change_to)})\s+)", re.I),
    )


def _to_then_before(
    doc: Document, pct: Quantity, nums: list[Quantity]
) -> tuple[Quantity, Quantity] | None:
    """ "dropped by 50% to 2.1% this week (4.6% the week before)": the later percentage after
    "to", the earlier one in brackets with a word of comparison."""
    _lead, link = _gaps(doc.language)
    after = [q for q in nums if q.span.start >= pct.span.end]
    if len(after) < 2 or after[0].kind != "percent" or after[1].kind != "percent":
        return None
    b, a = after[0], after[1]
    if not (a.usable and b.usable) or a.qualifier or b.qualifier:
        return None
    if not link.fullmatch(doc.text, pct.span.end, b.span.start):
        return None
    gap = doc.text[b.span.end : a.span.start]  # " this week ("
    if len(gap) > 30 or "(" not in gap or not compared_in_brackets(doc, a):
        return None
    return a, b


def _between(
    doc: Document, pct: Quantity, nums: list[Quantity]
) -> tuple[Quantity, Quantity] | None:
    """The two percentages right after the change: "(25 to 31 per cent)"."""
    lead, link = _gaps(doc.language)
    after = [q for q in nums if q.span.start >= pct.span.end]
    if len(after) < 2:
        return None
    a, b = after[0], after[1]
    if not (a.usable and b.usable) or b.kind != "percent" or a.qualifier or b.qualifier:
        return None
    if a.kind != "percent" and (a.kind != "count" or a.scale or a.tag is not None):
        return None
    text = doc.text
    if not lead.fullmatch(text, pct.span.end, a.span.start):
        return None
    if not link.fullmatch(text, a.span.end, b.span.start):
        return None
    if not _closes(text, b, bracket=text[pct.span.end : a.span.start].strip().startswith("(")):
        return None  # "(2 to 3 per cent of girls and 45 to 49 per cent overall)": another pair
    return a, b


def _closes(text: str, b: Quantity, bracket: bool) -> bool:
    """Whether the pair ends with B: no other figure before the bracket or clause closes."""
    m = _CLOSE.search(text, b.span.end, b.span.end + 80)
    if m is None or (bracket and m.group() != ")"):
        return False
    return not any(ch.isdigit() for ch in text[b.span.end : m.start()])


def point_changes(doc: Document, sentence: Sentence, nums: list[Quantity], rel: Relations) -> None:
    """A change of a percentage stated with the two percentages it is between."""
    for pct in nums:
        if pct.kind != "percent" or not pct.usable or pct.from_words:
            continue
        tied, down = change_word(doc, sentence, pct)
        pair = (_between(doc, pct, nums) or _to_then_before(doc, pct, nums)) if tied else None
        if pair is None or any(c.percent is pct for c in rel.changes):
            continue
        a, b = pair
        # Not a share of an amount: "6 per cent (25 …" is no part of 25.
        rel.percents[:] = [po for po in rel.percents if po.percent is not pct]
        rel.changes.append(Change(pct, a, b, down, first_earlier=True, points=True))
