"""A sentence that opens by adding up what its paragraph said: "UN troops guard some 19,300 IDPs
at the Roe site. In Bunia, the site hosts 14,600 IDPs. In total, an estimated 61,000 IDPs are
sheltering beside seven UN bases."

The total is the first figure after the opening ("In total,", "Au total,"); its parts are the
figures of the paragraph before it that count the same noun, in at least two places. Nothing
says they are all of it, nor that they cannot overlap: each part only cannot exceed the total;
parts each in a place of its own, no two the same, are together at most the total.
A part compared or dated ("up from 6,500 IDPs", "since January") is another time, not a part.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import Breakdown, PartOf, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import (
    digit_between,
    disjoint,
    figures,
    lead,
    lead_noun,
    period_words,
    same_word,
)
from sitecheck.lang import alternation, lexicon, phrases

_MIN_PARTS = 2  # one earlier figure of the noun may be anything: a stock, a target
_PARAGRAPH = 1200  # characters looked back: a paragraph, not the whole report
_CLAUSE_BEFORE = 40  # characters before a part read for a comparison ("up from")
_SENTENCE = 200  # characters of a figure's sentence read for its date and its role
_STOP = re.compile(r"[.!?](?!\d)|\n[ \t]*\n")
_MOMENTS = frozenset({"date", "year"})
_CLAUSE = re.compile(r"[.;:,()–—]")
_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]*[•●▪·◦*+\-–—]")  # a blank line or a bullet: another block
_SPLIT_AFTER = re.compile(r"(?:[ \t]+[^\W\d_][\w'’-]*){0,4}[ \t]*\(\s*\d")  # "38 homeless (29 …"


@cache
def _opening(language: str) -> re.Pattern[str]:
    words = alternation(lexicon(language).summing_openers)
    return re.compile(rf"\W*(?:{words})\s*,\s*", re.I)


@cache
def _compared(language: str) -> re.Pattern[str]:
    return phrases(lexicon(language).comparison_words)


def summed_paragraph(
    doc: Document, span: Span, figs: list[Quantity], index: QuantityIndex, rel: Relations
) -> None:
    text = doc.text
    m = _opening(doc.language).match(text, span.start, span.end)
    if m is None or not figs:
        return
    total = figs[0]
    nums = index.between(span.start, span.end)
    if digit_between(text, m.end(), lead(total), nums):
        return  # the total is the first figure after the opening
    if _SPLIT_AFTER.match(text, total.span.end, span.end):
        return  # "In total, 38 homeless (29 in A and 9 in B)": it adds up what follows
    p = relation_patterns(doc.language)
    noun = lead_noun(total, p)
    if not noun or noun in lexicon(doc.language).generic_people_nouns:
        return  # "people" is said of the displaced, the injured and those in need alike
    start = block_start(text, span.start)
    before = figures(index.between(start, span.start))
    parts = [q for q in before if _part(doc, q, total, noun, index)]
    if len(parts) < _MIN_PARTS:
        return
    cue = " ".join(m.group().split()).strip(" ,")
    for part in parts:
        rel.parts.append(PartOf(total, part, "inclusive", cue))
    if (disjoint(doc, parts) or _places_apart(doc, parts)) and not _own_time(doc, span):
        # "1,200 cases in Kasa. … 800 cases in Lomi. In total, 2,100 cases": places apart
        # cannot hold one case twice, so together they are at most the total.
        rel.breakdowns.append(Breakdown(total, parts, "in-total", exhaustive=False, at_most=True))


@cache
def _place(language: str) -> re.Pattern[str]:
    """A place after its preposition: "in Kasa", "en San Lucas"."""
    lex = lexicon(language)
    return re.compile(
        rf"(?<![\w])(?i:{alternation(lex.place_prepositions)})\s+"
        rf"(?:(?i:{alternation(lex.articles)})\s+)?([A-ZÀ-ÖØ-Þ][\w'-]+)"
    )


def _own_time(doc: Document, span: Span) -> bool:
    """ "In total, 15,000 refugees were registered this year": a time the parts do not name."""
    return bool(period_words(doc.language).search(doc.text, span.start, span.end))


def _places_apart(doc: Document, parts: list[Quantity]) -> bool:
    """Whether each part has a sentence of its own that names one place, no two the same."""
    sentences = [doc.sentence_at(q.span.start) for q in parts]
    spans = {(s.span.start, s.span.end) for s in sentences if s is not None}
    if len(spans) != len(parts):
        return False
    names = [{m.group(1) for m in _place(doc.language).finditer(doc.text, *at)} for at in spans]
    found = [n for each in names for n in each]
    return all(len(each) == 1 for each in names) and len(set(found)) == len(found)


def block_start(text: str, end: int) -> int:
    """Where the paragraph before ``end`` opens: after a blank line or a bullet, at most
    ``_PARAGRAPH`` characters back."""
    start = max(0, end - _PARAGRAPH)
    breaks = list(_BREAK.finditer(text, start, end))
    return breaks[-1].end() if breaks else start


def _part(
    doc: Document, q: Quantity, total: Quantity, noun: str, index: QuantityIndex
) -> bool:
    """A figure of the same kind and noun, neither compared nor dated in its own clause."""
    if (q.kind, q.currency, q.is_households) != (total.kind, total.currency, total.is_households):
        return False
    p = relation_patterns(doc.language)
    if not same_word(lead_noun(q, p), noun):
        return False
    before = doc.text[max(0, lead(q) - _CLAUSE_BEFORE) : lead(q)]
    before = _CLAUSE.split(before)[-1]
    if _compared(doc.language).search(before):
        return False  # "up from 6,500 IDPs": the earlier figure of a comparison
    clause = _CLAUSE.split(doc.text[q.span.end : q.span.end + 200], maxsplit=1)[0]
    start = _sentence_start(doc.text, lead(q))
    if period_words(doc.language).search(doc.text[start : lead(q)] + " " + clause):
        return False  # "Last week, 8,000 IDPs arrived": a part of another time
    if any(n.tag in _MOMENTS for n in index.between(start, lead(q))):
        return False  # "In March 2024, the site hosted 9,000 IDPs"
    return role(doc, q) == role(doc, total)


def _sentence_start(text: str, end: int) -> int:
    start = max(0, end - _SENTENCE)
    stops = list(_STOP.finditer(text, start, end))
    return stops[-1].end() if stops else start


def role(doc: Document, q: Quantity) -> tuple[bool, bool]:
    """Whether the figure's clause says what was done ("received", "reached") or what was
    aimed at ("targeted", "in need"): a total of aid is no total of the people affected."""
    text = doc.text
    before = _CLAUSE.split(text[max(0, lead(q) - _SENTENCE) : lead(q)])[-1]
    after = _CLAUSE.split(text[q.span.end : q.span.end + _SENTENCE], maxsplit=1)[0]
    near = before + " " + after
    done, aimed = _roles(doc.language)
    return bool(done.search(near)), bool(aimed.search(near))


@cache
def _roles(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon(language)
    return phrases(lex.table_numerators), phrases(lex.table_denominators)
