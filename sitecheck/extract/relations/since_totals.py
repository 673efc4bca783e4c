"""A paragraph that opens on the count of a period, then gives the count since a start date:
"In the reporting period, 3,518 Syrians crossed the border; arrivals since January now stand at
8,207 individuals"; "… recorded 8,412 returnees from 14 to 20 July. … Returns since 1 January
therefore total 251,377 persons."

The period's count is part of the count since the start (a week is within the year so far): the
paragraph's first figure, of the same unit, when nothing dates it to a start of its own or
compares it. The total since the start is the first figure after "since <date>" that a word of a
stock to date ("now", "total") leads.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import PartOf, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.summed_paragraphs import block_start, role
from sitecheck.extract.relations.wording import WORD, figures, lead, lead_noun, same_word
from sitecheck.lang import alternation, lexicon, phrases

_LEAD_WORDS = 8  # words between "since January" and its figure ("now stand at", "therefore total")
_MOMENTS = frozenset({"date", "year"})


@cache
def _since(language: str) -> re.Pattern[str]:
    """ "since January", "desde el 1 de enero": a start preposition, then a month or a date."""
    lex = lexicon(language)
    months = alternation(tuple(lex.months))
    return re.compile(
        rf"(?<![\w])(?:{alternation(lex.since_preps)})\s+(?:[^\W\d_]{{1,3}}\s+)?"
        rf"(?:\d{{1,2}}\s+(?:[^\W\d_]+\s+)?)?(?:{months})(?![\w])(?:\s+\d{{4}})?",
        re.I,
    )


@cache
def _month(language: str) -> re.Pattern[str]:
    return phrases(tuple(lexicon(language).months))


@cache
def _to_date(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    return phrases((*lex.stock_words, *lex.in_total))


@cache
def _undated(language: str) -> re.Pattern[str]:
    """Words that make the first figure a stock or a comparison of its own."""
    lex = lexicon(language)
    return phrases((*lex.stock_words, *lex.comparison_words, *lex.nationwide_words))


def since_total(doc: Document, span: Span, index: QuantityIndex, rel: Relations) -> None:
    text = doc.text
    for m in _since(doc.language).finditer(text, span.start, span.end):
        whole = _whole_after(doc, m.end(), span, index)
        if whole is None:
            continue
        clause = max(text.rfind(";", span.start, m.start()), text.rfind(".", 0, span.start))
        start = _prose_start(text, block_start(text, span.start), m.start())
        before = figures(index.between(start, max(clause, start)))
        if not before:
            continue
        part = before[0]
        if not _same_unit(part, whole) or _dated_itself(doc, part, start):
            continue
        if not _alike(doc, part, whole) or role(doc, part) != role(doc, whole):
            continue  # "3,000 children vaccinated; cases since January …": another count
        if _placed(doc.language).search(text, max(clause + 1, span.start), lead(whole)):
            continue  # "in Gao, returns since January total …": a place's count, not all of it
        if _other_year(doc, part, m, index):
            continue
        rel.parts.append(PartOf(whole, part, "running", " ".join(m.group().split())))


_CAPTION = 60  # a key figure's line or a heading: short, and no sentence ends it
_OPENS = re.compile(r"[ \t]*[A-ZÀ-ÖØ-Þ\d•●▪]")


def _prose_start(text: str, start: int, end: int) -> int:
    """Where the prose before ``end`` opens, past the key figures and headings a PDF's page runs
    into it ("246,051 refugees" over "A total of 2,964 … arrived …"): after the last line of at
    most 60 characters that no stop ends and whose next line opens on a capital or a figure."""
    opened, pos = start, start
    while (nl := text.find("\n", pos, end)) >= 0:
        line = text[pos:nl].strip()
        caption = line and len(line) <= _CAPTION and line[-1] not in ".,;:!?)"
        if caption and _OPENS.match(text, nl + 1):
            opened = nl + 1
        pos = nl + 1
    return opened


def _whole_after(doc: Document, end: int, span: Span, index: QuantityIndex) -> Quantity | None:
    nums = index.between(end, span.end)
    if not nums:
        return None
    q = nums[0]
    gap = doc.text[end : lead(q)]
    if q not in figures([q]) or re.search(r"[.;:()]", gap):
        return None
    if len(WORD.findall(gap)) > _LEAD_WORDS or not _to_date(doc.language).search(gap):
        return None
    if _month(doc.language).search(gap):
        return None  # "from January to March, a total of …": a closed period, not a start
    return q


def _same_unit(part: Quantity, whole: Quantity) -> bool:
    """The same kind and currency, households with households ("3,518 Syrians" is not known as
    people: a count of people is only not one of households)."""
    return (part.kind, part.currency, part.is_households) == (
        whole.kind, whole.currency, whole.is_households
    )  # fmt: skip


def _alike(doc: Document, part: Quantity, whole: Quantity) -> bool:
    """One noun on both, or a word for people on one ("3,518 Syrians", "8,207 individuals")."""
    p = relation_patterns(doc.language)
    a, b = lead_noun(part, p), lead_noun(whole, p)
    people = lexicon(doc.language).generic_people_nouns
    return not a or not b or same_word(a, b) or a in people or b in people


def _dated_itself(doc: Document, part: Quantity, start: int) -> bool:
    """ "Since March, 9,000 …", "up from 8,000": the first figure is a stock or a comparison."""
    clause = re.split(r"[.;:()]", doc.text[start : lead(part)])[-1]
    after = re.split(r"[.;:()]", doc.text[part.span.end : part.span.end + 120], maxsplit=1)[0]
    words = _undated(doc.language)
    since = _since(doc.language)
    return bool(words.search(clause) or since.search(clause) or since.search(after))


@cache
def _placed(language: str) -> re.Pattern[str]:
    """ "in Gao", "en el Chocó": a place preposition, an article, a capitalised name."""
    lex = lexicon(language)
    preps, articles = alternation(lex.place_prepositions), alternation(lex.articles)
    return re.compile(
        rf"(?<![\w])(?i:{preps})\s+(?:(?i:{articles})\s+)?[A-ZÀ-ÖØ-Þ]", re.UNICODE
    )


def _other_year(doc: Document, part: Quantity, since: re.Match[str], index: QuantityIndex) -> bool:
    """ "In 2023, 9,400 crossed … since January 2024": a year of the part's sentence that the
    start date does not name."""
    sentence = doc.sentence_at(part.span.start)
    if sentence is None:
        return True
    years = {n.value for n in index.between(sentence.span.start, sentence.span.end)
             if n.tag == "year"}  # fmt: skip
    named = {n.value for n in index.between(since.start(), since.end()) if n.tag == "year"}
    return bool(years - named)
