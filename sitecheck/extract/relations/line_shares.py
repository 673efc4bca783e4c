"""Shares of one whole on lines or bullets of the same wording, one group each:

    • 53% of site residents are women and girls
    • 47% of site residents are men and boys

Each line opens on its share (after a bullet) and holds no other figure; the lines say the same
words but for the groups, which name the groups of one complementary set once each (women and
men; girls and boys; women, men and children). The group must be the line's predicate, right after a
copula ("… are women and girls"): in "62% of women are literate" or "… headed by women report
debt" it is the base of a rate, and the lines are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import Relations, Shares
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.shares import not_one_whole
from sitecheck.extract.relations.wording import WORD, lead
from sitecheck.lang import alternation, lexicon

_MAX_LINES = 8
_MAX_LINE = 160  # characters of a line after its share


@cache
def _opening(language: str) -> re.Pattern[str]:
    """A bullet and an article before the share: "• El 62% son mujeres"."""
    art = alternation(lexicon(language).articles)
    return re.compile(rf"[ \t]*(?:[•●▪·◦*+\-–—][ \t]*)?(?:(?:{art})[ \t]+)?", re.I)


@dataclass
class _Line:
    share: Quantity
    words: list[str]  # after the share, lower case
    start: int
    end: int


def line_shares(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    """Shares of one whole on consecutive lines of one wording, a group on each."""
    read = {id(q) for s in rel.shares for q in s.percents}
    runs: list[list[_Line]] = []
    for line in _lines(doc, index):
        if runs and not doc.text[runs[-1][-1].end : line.start].strip():
            runs[-1].append(line)
        else:
            runs.append([line])
    for run in runs:
        if 2 <= len(run) <= _MAX_LINES and not any(id(x.share) in read for x in run):
            text = doc.text[run[0].start : run[-1].end]
            if not not_one_whole(doc.language).search(text) and _one_set(doc.language, run):
                rel.shares.append(Shares([x.share for x in run]))


def _lines(doc: Document, index: QuantityIndex) -> list[_Line]:
    """The lines that open on a percentage and hold no other figure."""
    text = doc.text
    out: list[_Line] = []
    for q in index.numbers:
        if q.kind != "percent" or not q.usable or q.from_words:
            continue
        start = text.rfind("\n", 0, lead(q)) + 1
        end = text.find("\n", q.span.end, q.span.end + _MAX_LINE)
        end = len(text) if end < 0 and len(text) - q.span.end < _MAX_LINE else end
        if end < 0 or not _opening(doc.language).fullmatch(text, start, lead(q)):
            continue
        if len(index.between(start, end)) != 1:
            continue
        out.append(_Line(q, WORD.findall(text[q.span.end : end].lower()), start, end))
    return out


def _one_set(language: str, run: list[_Line]) -> bool:
    """Whether the lines say the same but for their groups, one of one complementary set each,
    none the base of a rate."""
    p = relation_patterns(language)
    lex = lexicon(language)
    # "… are women and girls", "… son mujeres": the group after a copula; not "headed by women"
    copulas = {w.lower() for w in (*lex.list_copulas, *lex.auxiliaries)}
    for group in (*p.complements, *p.complete_groups):
        if len(group) != len(run):
            continue
        hits = [set(x.words) & group for x in run]
        if not all(len(h) == 1 for h in hits) or len(set().union(*hits)) != len(group):
            continue
        named = {w for g in (*p.complements, *p.complete_groups) for w in g} | set(p.ands)
        frames = [[w for w in x.words if w not in named] for x in run]
        if not frames[0] or any(f != frames[0] for f in frames):
            continue
        if all(_after_copula(x.words, group, copulas) for x in run):
            return True
    return False


def _after_copula(words: list[str], group: frozenset[str], copulas: set[str]) -> bool:
    """The line's group comes first or right after a copula: "62% of women are literate" and
    "… headed by women" name the base of a rate."""
    i = next(i for i, w in enumerate(words) if w in group)
    return i == 0 or words[i - 1] in copulas
