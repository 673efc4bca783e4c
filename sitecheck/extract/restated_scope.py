"""What may differ between two statements of one quantity without making them two quantities.

- A stamp: "By 9 March, … affecting 950,000 people" dates a stock; a key-figure line "950,000
  people affected" that names no date at all may restate it. Two statements stamped with two
  dates are two quantities (the figure of one date, then of a later one).
- An extent: "affecting 950,000 people in 14 districts", "displaced across 33 villages": a count
  of areas after the noun phrase says how far the figure spreads, not which part of it is meant
  ("people displaced in Sylhet", "in camps" stay parts: a name or another noun).
- A phrase fronted before the figure's clause ("In camps, 12,000 people …") scopes it; a stamp
  or "In total," does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Span
from sitecheck.extract.dates import find_dates
from sitecheck.extract.relations.wording import fold
from sitecheck.lang import alternation, lexicon

_TOKEN = re.compile(r"[\w’'-]+")
_LETTER = re.compile(r"[^\W\d_]")
_LEAD_ROOM = 24  # characters between a stamp's lead and its date, at most


@dataclass(frozen=True, eq=False)
class _Words:
    as_of: re.Pattern[str]  # "as of", "by" right before a date
    any_as_of: re.Pattern[str]  # the same anywhere followed by a digit: worth reading dates
    extent_leads: frozenset[str]
    areas: frozenset[str]  # folded ("district" for "districts")
    numbers: frozenset[str]  # "seven": a count written out


@cache
def _words(language: str) -> _Words:
    lex = lexicon(language)
    leads = alternation(lex.as_of_leads)
    return _Words(
        as_of=re.compile(rf"(?<![\w])(?:{leads})\s+$", re.I),
        any_as_of=re.compile(rf"(?<![\w])(?:{leads})\s[\w\s.]{{0,14}}\d", re.I),
        extent_leads=frozenset(f(w.lower()) for w in lex.extent_leads for f in (str, fold)),
        areas=frozenset(fold(w.lower()) for w in lex.area_nouns),
        numbers=frozenset(w.lower() for w in lex.number_words),
    )


def stamp_spans(text: str, language: str, context: Span) -> list[Span]:
    """The stamps in a stretch of text: "as of 22 June", "By 9 March", "au 28 août" (a day, not
    a month or a range: "in June", "from 3 to 9 May" are periods)."""
    w = _words(language)
    if not lexicon(language).as_of_leads:
        return []
    if not w.any_as_of.search(text, context.start, context.end):
        return []
    out = []
    for d in find_dates(text[context.start : context.end], language, context.start):
        if d.day is None or d.day2 is not None:
            continue
        m = w.as_of.search(text, max(context.start, d.span.start - _LEAD_ROOM), d.span.start)
        if m:
            out.append(Span(m.start(), d.span.end))
    return out


def stamps_agree(a: object, b: object) -> bool:
    """Two statements state one stock when stamped alike, or when one bears no stamp."""
    return a == b or not a or not b


def is_extent(tokens: tuple[str, ...], language: str) -> bool:
    """ "in 14 districts", "across 33 villages": a lead, a count and an area (folded tokens)."""
    w = _words(language)
    if len(tokens) < 3 or tokens[0] not in w.extent_leads:
        return False
    count = tokens[1].isdigit() or tokens[1] in w.numbers
    return count and tokens[2] in w.areas


def fronted_scope(
    head: str, stamps: list[tuple[int, int]], in_total: re.Pattern[str], function: frozenset[str]
) -> set[str]:
    """The scope words of a phrase fronted before a figure's clause (lower case), its stamps
    (offsets in ``head``) and "In total," left out."""
    chars = list(head)
    for s, e in stamps:
        chars[max(0, s) : max(0, e)] = " " * (max(0, e) - max(0, s))
    fronted = in_total.sub(" ", "".join(chars).lower())
    return {
        f"f:{fold(t)}" for t in _TOKEN.findall(fronted) if t not in function and _LETTER.search(t)
    }


def line_spans(text: str, span: Span) -> list[tuple[int, int]]:
    """Where each line of a stretch of text starts and ends."""
    out = []
    pos = span.start
    for line in text[span.start : span.end].split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
