"""A chart's legend flattened into lines, one share and its label on each:

    Women 58%
    Men 42%

or "58% Women" / "42% Men". The lines follow each other (blank lines may stand between), each
holds one figure, a percentage, and a label of a few words; the labels name the groups of one
complementary set (women and men; girls and boys; women, men and children), each once, the
last line perhaps "Other". Only such labels make the shares all of one whole: a legend of
services or places may overlap or leave some out.
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
from sitecheck.lang import alternation, lexicon, phrases

_MAX_LABEL_WORDS = 3
_MAX_LINES = 8
_MAX_LINE = 80  # characters on either side of a legend's share


@dataclass
class _Entry:
    share: Quantity
    words: list[str]  # the label, lower case
    start: int  # where its line starts
    end: int  # where its line ends


@cache
def _dimension(language: str) -> re.Pattern[str]:
    return phrases(lexicon(language).partition_dimensions)


@cache
def _other(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i:(?:{alternation(lexicon(language).other_words)}))")


def legend_lines(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    """Shares of one whole, one per line, labelled by the groups of a complementary set."""
    read = {id(q) for s in rel.shares for q in s.percents}
    runs: list[list[_Entry]] = []
    for entry in _entries(doc, index):
        if runs and not doc.text[runs[-1][-1].end : entry.start].strip():
            runs[-1].append(entry)
        else:
            runs.append([entry])
    for run in runs:
        if 2 <= len(run) <= _MAX_LINES and not any(id(e.share) in read for e in run):
            if _captioned(doc, run[0]) and _complete(doc.language, run):
                rel.shares.append(Shares([e.share for e in run]))


def _captioned(doc: Document, first: _Entry) -> bool:
    """Whether the line above the legend names the split and, if anything else, people: "Sex",
    "Gender", "Population by sex", "People in need by sex"; not a rate or an indicator
    ("Literacy rate by sex", "Access to water by sex": a rate within each group)."""
    above = doc.text[max(0, first.start - 200) : first.start].rstrip()
    caption = above[above.rfind("\n") + 1 :]
    dimension = _dimension(doc.language)
    if not_one_whole(doc.language).search(caption) or not dimension.search(caption):
        return False
    lex = lexicon(doc.language)
    glue = {w.lower() for w in (*lex.by_words, *lex.articles, *lex.of_articles, *lex.and_words)}
    people = {w.lower() for w in (*lex.people_nouns, *lex.generic_people_nouns, *lex.age_groups)}
    rest = [w for w in WORD.findall(dimension.sub(" ", caption).lower()) if w not in glue]
    return not rest or any(w in people for w in rest)


def _entries(doc: Document, index: QuantityIndex) -> list[_Entry]:
    """The lines that hold one percentage and a short label, and nothing else."""
    text = doc.text
    out: list[_Entry] = []
    for q in index.numbers:
        if q.kind != "percent" or not q.usable or q.from_words:
            continue
        # A legend line is short: look no further (a 1 MB line is no legend).
        start = text.rfind("\n", max(0, lead(q) - _MAX_LINE), lead(q)) + 1
        end = text.find("\n", q.span.end, q.span.end + _MAX_LINE)
        end = len(text) if end < 0 and len(text) - q.span.end < _MAX_LINE else end
        if (start == 0 and lead(q) > _MAX_LINE) or end < 0:
            continue
        if out and out[-1].start == start:
            out.pop()  # two figures on one line: no legend line
            continue
        label = text[start : lead(q)] + " " + text[q.span.end : end]
        words = WORD.findall(label.lower())
        if "|" in label or any(ch.isdigit() for ch in label):
            continue
        if 1 <= len(words) <= _MAX_LABEL_WORDS:
            out.append(_Entry(q, words, start, end))
    return out


def _complete(language: str, run: list[_Entry]) -> bool:
    """Whether the labels name each group of one complementary set once (the last may be the
    rest: "Other")."""
    p = relation_patterns(language)
    labels = [set(e.words) for e in run]
    if _other(language).fullmatch(" ".join(run[-1].words)):
        labels = labels[:-1]
    for group in (*p.complements, *p.complete_groups):
        hits = [label & group for label in labels]
        if len(hits) == len(group) and all(len(h) == 1 for h in hits):
            if len(set().union(*hits)) == len(group):
                return True
    return False
