"""placeholder-text: unfinished draft text left in the report.

TODO, TBD, TBC, XX or XXX where a figure belongs, "[insert …]", bracketed template instructions
("[Summary 3] In five lines maximum…"), lorem ipsum, "{{name}}".

FAIL:
    Partners reached XX people in Tumbes.
    [Summary 3] In five lines maximum, describe the response.

PASS:
    The XXI Ibero-American Summit met in Lima.
    Partners reached 1,200 people in Tumbes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache

from sitecheck.document import Span
from sitecheck.facts import Facts
from sitecheck.findings import Found
from sitecheck.lang import alternation, lexicon, phrases
from sitecheck.lang.base import Lexicon
from sitecheck.lang.messages import say

_MAX_SHOWN = 200


def _guards(words: object) -> tuple[str, ...]:
    """One lower-case word of each phrase: a plain substring test before the regex scan."""
    return tuple(max(str(w).lower().split(), key=len) for w in words)  # type: ignore[attr-defined]


@cache
def _patterns(lex: Lexicon) -> list[tuple[re.Pattern[str], str, tuple[str, ...]]]:
    """(pattern, what it is (a key of the messages), guards) for one lexicon."""
    money = alternation(lex.currency_prefixes)
    units = alternation(lex.currency_suffixes)
    insert = alternation(lex.placeholder_insert)
    maxima = alternation(lex.placeholder_maximum)
    return [
        (
            phrases(lex.placeholder_markers, flags=0),
            "marker",
            _guards(lex.placeholder_markers),
        ),
        (
            # "XX people", "USD XX", "XX%"; not the Roman numeral of "the XX Summit".
            re.compile(
                rf"(?<![\w.,])(?:(?:{money})\s?X{{2,3}}(?:,X{{3}})*|X{{2,3}}(?:,X{{3}})*"
                rf"(?:\s?%|\s?[MK]\b|\s(?:{units})(?![\w])|(?=\s+[a-zß-ÿ])|(?=\s*[.,;:)]|\s*$)))"
                r"(?![\w])"
            ),
            "xx",
            ("xx",),
        ),
        (
            re.compile(rf"\[(?:{insert})\b[^\]\n]*\]", re.I),
            "insert",
            ("[",),
        ),
        (
            re.compile(
                rf"\[(?:{alternation(lex.placeholder_template)})\b[^\]\n]{{0,40}}\](?!\()", re.I
            ),
            "template",
            ("[",),
        ),
        (
            re.compile(
                rf"\b(?:{alternation(lex.place_prepositions)}) (?:\w+ )?"
                rf"(?:{alternation(lex.placeholder_length_units)}) (?:{maxima})(?![\w])",
                re.I,
            ),
            "template",
            _guards(lex.placeholder_maximum),
        ),
        (
            re.compile(rf"\b(?:{alternation(lex.placeholder_filler)})\b", re.I),
            "lorem",
            _guards(lex.placeholder_filler),
        ),
        (
            re.compile(rf"\{{\{{[^{{}}\n]{{1,40}}\}}\}}|<(?:{insert})[^<>\n]{{0,40}}>", re.I),
            "field",
            ("{{", "<"),
        ),
    ]


def _overlaps(found: list[tuple[int, int, str]], starts: list[int], s: int, e: int) -> bool:
    """Whether [s, e) overlaps one of ``found`` (disjoint spans; ``starts`` their starts)."""
    i = bisect.bisect_left(starts, e) - 1  # the last span that starts before e
    return i >= 0 and found[i][1] > s


def check(facts: Facts) -> Iterator[Found]:
    doc = facts.doc
    blocks = [b for b in doc.blocks if b.kind not in ("code", "html")]
    starts = [b.span.start for b in blocks]
    found: list[tuple[int, int, str]] = []  # disjoint, sorted by start
    if not blocks:
        return
    lo, hi = blocks[0].span.start, blocks[-1].span.end  # a piece of a large report: its range
    low = doc.text[lo:hi].lower()
    for rx, what, guards in _patterns(lexicon(doc.language)):
        if not any(g in low for g in guards):
            continue  # a plain substring test spares the text a regex scan
        taken_starts = [fs for fs, _, _ in found]
        new: list[tuple[int, int, str]] = []
        for m in rx.finditer(doc.text, lo, hi):
            s, e = m.span()
            i = bisect.bisect_right(starts, s) - 1
            if i < 0 or e > blocks[i].span.end:
                continue  # in a code block, a comment, or across blocks
            if _overlaps(found, taken_starts, s, e):
                continue
            if new and s >= new[-1][1] and not doc.text[new[-1][1] : s].strip(" ,.;:"):
                new[-1] = (new[-1][0], e, what)  # a run of TODOs is held as one span
            else:
                new.append((s, e, what))
        # A pattern's own matches never overlap: those of earlier patterns are all it must
        # avoid. Merging once per pattern keeps this linear (a line of TODOs was quadratic).
        found = sorted(found + new)
    merged: list[tuple[int, int, str]] = []
    for s, e, what in found:
        # "[Summary 3] In five lines maximum": one piece of template, one finding.
        if merged and s >= merged[-1][1] and not doc.text[merged[-1][1] : s].strip(" ,.;:"):
            merged[-1] = (merged[-1][0], e, merged[-1][2])
        else:
            merged.append((s, e, what))
    for s, e, what in merged:
        shown = doc.text[s:e]
        if len(shown) > _MAX_SHOWN:  # a line of a million TODOs is one finding, not a 1 MB message
            shown = shown[:_MAX_SHOWN] + "…"
        yield Found(
            message=say("placeholder", shown=shown, what=say(f"placeholder.{what}")),
            span=Span(s, e),
            suggestion=say("placeholder.help"),
        )
