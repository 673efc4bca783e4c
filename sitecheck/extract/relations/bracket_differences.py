"""A difference restated in brackets right after a percentage of change: "Round 9 counted
412,300 IDPs, a fall of 2% (or 8,410 people) from Round 8, when 420,710 were counted";
"… une baisse de 2 % (soit 8 410 personnes) par rapport au cycle 8, où l'on en comptait 420 710".

The percentage is tied to a word of change before it ("a fall of", "una caída del"); the bracket
holds the one amount, a word for "or" before it ("or", "soit", "es decir") and at most one word
after it. The later figure is the one amount of the change's unit before the percentage, in the
same clause; the earlier one is the one after the bracket, brought in by a word of comparison
after a comma (", when", ", compared with the") or alone in brackets after one ("from Round 8
(420,710)"). The difference is read as a breakdown: the larger amount is the smaller plus it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.amounts import same_unit, sure_amounts
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.lang import alternation, lexicon

_WORD = r"[^\W\d_][\w'’-]*"
_TIE = 40  # characters before the percentage read for its word of change
_GAP_WORDS = 12  # words between the bracket and the earlier amount


@dataclass(frozen=True, eq=False)
class _Patterns:
    tie: re.Pattern[str]  # "a fall of " right before the percentage
    opens: re.Pattern[str]  # " (or " between the percentage and the difference
    closes: re.Pattern[str]  # " people)" after the difference
    versus: re.Pattern[str]  # ", when ", ", cuando se contaron " right before the earlier amount
    bracket: re.Pattern[str]  # " from Round 8 (" right before the earlier amount, alone in brackets
    clause: re.Pattern[str]  # "and", ";": another clause, with figures of its own


@cache
def _patterns(language: str) -> _Patterns | None:
    lex = lexicon(language)
    if not (lex.change_terms and lex.change_by and lex.equals_words and lex.change_cues):
        return None
    cues = alternation(lex.change_cues)
    return _Patterns(
        tie=re.compile(
            rf"(?<![\w])(?:{alternation(lex.change_terms)})\s+(?:{alternation(lex.change_by)})"
            r"\s+$",
            re.I,
        ),
        opens=re.compile(rf"\s*\(\s*(?:{alternation(lex.equals_words)})\s*,?\s+", re.I),
        closes=re.compile(rf"(?:\s+{_WORD})?\s*\)"),
        versus=re.compile(rf",\s*(?:{cues})(?:\s+{_WORD}){{0,3}}\s+$", re.I),
        bracket=re.compile(rf"\s+(?:{cues})(?:\s+[\w'’-]+){{0,4}}\s*\(\s*$", re.I),
        clause=re.compile(rf"(?<![\w])(?:{alternation(lex.and_words)})(?![\w])|;", re.I),
    )


def bracket_differences(
    doc: Document, sentence: Sentence, nums: list[Quantity], rel: Relations
) -> None:
    text, span = doc.text, sentence.span
    if "(" not in text[span.start : span.end]:
        return  # no bracket: the cheap way out
    p = _patterns(doc.language)
    amounts = sure_amounts(nums)
    if p is None or not amounts:
        return
    for pct in (q for q in nums if q.kind == "percent"):
        change = _bracketed(text, p, sentence, pct, amounts)
        if change is None:
            continue
        pair = [q for q in amounts if q is not change and same_unit(q, change)]
        if len(pair) != 2 or not _compared(text, p, pair, pct, change):
            return
        small, large = sorted(pair, key=lambda q: q.value)
        if small.value < large.value and change.value < small.value:
            rel.breakdowns.append(Breakdown(large, [small, change], "difference"))
        return


def _bracketed(
    text: str, p: _Patterns, sentence: Sentence, pct: Quantity, amounts: list[Quantity]
) -> Quantity | None:
    """The amount in brackets right after a percentage tied to a word of change."""
    if not p.tie.search(text, max(sentence.span.start, pct.span.start - _TIE), pct.span.start):
        return None
    m = p.opens.match(text, pct.span.end)
    q = next((q for q in amounts if m and q.span.start == m.end()), None)
    if q is None or q.qualifier is not None or not p.closes.match(text, q.span.end):
        return None
    return q


def _compared(
    text: str, p: _Patterns, pair: list[Quantity], pct: Quantity, change: Quantity
) -> bool:
    """The later amount before the percentage, in its clause; the earlier one after the bracket,
    set against it by a word of comparison."""
    later, earlier = pair
    if not later.span.end <= pct.span.start or not change.span.end < earlier.span.start:
        return False
    if p.clause.search(text, later.span.end, pct.span.start):
        return False
    gap = text[change.span.end : earlier.span.start]
    if p.clause.search(gap) or len(gap.split()) > _GAP_WORDS:
        return False
    if p.versus.search(gap):
        return True
    closed = text[earlier.span.end : earlier.span.end + 3].lstrip().startswith(")")
    return closed and p.bracket.search(gap) is not None
