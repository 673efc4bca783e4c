"""A change whose subject is a count naming the figure of the sentence before: "The survey
confirmed 281,930 people uprooted this year. Year to date, displacement is 31.2 per cent below
the same period a year earlier (409,780)." The subject before the percentage is a word that is
itself a count ("displacement", "the total", "el número"), not narrowed by "of" ("the number of
returnees" counts something else); the earlier figure stands alone in brackets after words of
comparison ("a year earlier ("); the later one is the one amount like it in the sentence
before (same paragraph).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.amounts import same_unit, sure_amounts
from sitecheck.extract.relations.changes import change_word
from sitecheck.extract.relations.model import Change, Relations
from sitecheck.extract.relations.period_before import same_places
from sitecheck.extract.restated_near import same_stem
from sitecheck.lang import alternation, lexicon

_WORD = r"[^\W\d_][\w'’-]*"
_PREV_AMOUNTS = 3  # a sentence of more amounts has no one headline figure
_SHORT = 3  # words this short name nothing ("in", "the")


@dataclass(frozen=True, eq=False)
class _Patterns:
    subject: re.Pattern[str]  # "displacement is " before the percentage, no "of" after it
    compared: re.Pattern[str]  # " below the same period a year earlier (" before the bracket


@cache
def _patterns(language: str) -> _Patterns:
    lex = lexicon(language)
    counts = alternation(lex.count_subjects)
    of = alternation(lex.n_of_w)
    words = alternation(lex.change_words)
    cues = alternation((*lex.change_cues, *lex.previous_period, *lex.year_comparison))
    return _Patterns(
        subject=re.compile(rf"(?<![\w])(?:{counts})(?![\w])(?!\s+(?:{of})(?![\w]))", re.I),
        compared=re.compile(
            rf"[\s)]*(?:{_WORD}\s+){{0,2}}?(?:{words})(?![\w])[^\d()]{{0,60}}?"
            rf"(?<![\w])(?:{cues})(?![\w])[^\d()]{{0,20}}\(\s*$",
            re.I,
        ),
    )


def subject_changes(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    rel: Relations,
    prev: tuple[Sentence, list[Quantity]] | None,
) -> None:
    """The change from the bracketed figure of this sentence to the one of the sentence before,
    which this sentence's subject names."""
    if prev is None:
        return
    pcts = [q for q in nums if q.kind == "percent" and q.usable and not q.from_words]
    here = sure_amounts(nums)
    if len(pcts) != 1 or here is None or len(here) != 1:
        return
    pct, one, text = pcts[0], here[0], doc.text
    if any(c.percent is pct for c in rel.changes) or _read(rel, sentence, pct):
        return
    if pct.qualifier is not None or one.qualifier is not None:
        return
    if not (pct.span.end <= one.span.start and text[one.span.end :].lstrip().startswith(")")):
        return
    if not _patterns(doc.language).compared.fullmatch(text, pct.span.end, one.span.start):
        return
    lead = (pct.qualifier_span or pct.span).start
    if not _patterns(doc.language).subject.search(text, sentence.span.start, lead):
        return
    tied, down = change_word(doc, sentence, pct)
    before = sure_amounts(prev[1])
    if not tied or before is None or len(before) > _PREV_AMOUNTS:
        return
    alike = [q for q in before if same_unit(q, one)]
    if len(alike) != 1 or not 0.5 < one.value / alike[0].value < 2.0 or alike[0].value == one.value:
        return  # far apart, the figures may count two things ("the toll" and the displaced)
    if same_places(doc, sentence, prev[0]):  # not "In Gao, displacement is …": one place's
        rel.changes.append(Change(pct, alike[0], one, down, first_earlier=False))


@cache
def _rose_to(language: str) -> re.Pattern[str]:
    """ "rose to ", "subieron hasta ": a word of change and "to" right before the new figure;
    the word opens the group."""
    lex = lexicon(language)
    # "rose by 25% to ": the change may stand between the word and "to"
    pct = rf"\d[\d.,]*\s?(?:%|(?:{alternation(lex.percent_words)})(?![\w]))"
    return re.compile(
        rf"(?<![\w])({alternation(lex.change_terms)})(?:\s+(?:{_WORD}|{pct})){{0,3}}\s+"
        rf"(?P<to>{alternation(lex.change_to)})\s+$",
        re.I,
    )


def _stems(text: str) -> set[str]:
    return {w.lower() for w in re.findall(_WORD, text) if len(w) > _SHORT}


def reached_changes(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    rel: Relations,
    prev: tuple[Sentence, list[Quantity]] | None,
) -> None:
    """ "In May 1,200 people arrived. In June, arrivals rose to 1,500, an increase of 25%": the
    new figure after "rose to", the change after it (or before "to": "rose by 25% to 1,500"),
    the earlier figure the one like it in the sentence before, whose noun or verb the subject
    repeats ("arrivals", "arrived") or a subject that is a count ("the number"), in sentences
    that name the same places."""
    if prev is None:
        return
    pcts = [q for q in nums if q.kind == "percent" and q.usable and not q.from_words]
    here, before = sure_amounts(nums), sure_amounts(prev[1])
    if len(pcts) != 1 or here is None or len(here) != 1 or before is None:
        return
    pct, one, text = pcts[0], here[0], doc.text
    if any(c.percent is pct for c in rel.changes) or _read(rel, sentence, pct):
        return
    m = _rose_to(doc.language).search(
        text, max(sentence.span.start, one.span.start - 50), one.span.start
    )
    # "rose to 1,500, an increase of 25%", or "rose by 25% to 1,500"
    inside = m is not None and m.start() < pct.span.start < one.span.start
    if not inside and (
        one.span.end > pct.span.start
        or len(re.findall(_WORD, text[one.span.end : pct.span.start])) > 4
    ):
        return
    tied, down = change_word(doc, sentence, pct)
    alike = [q for q in before if same_unit(q, one)]
    if m is None or not tied or len(alike) != 1 or len(before) > _PREV_AMOUNTS:
        return
    # "subieron hasta 1.500": the "to" of the change, read as a bound, is no qualifier of its own
    own = one.qualifier_span is not None and one.qualifier_span.start < m.start("to")
    if pct.qualifier is not None or own or alike[0].value == one.value:
        return
    subject = _stems(text[sentence.span.start : m.start()])
    q, lo, hi = alike[0], prev[0].span.start, prev[0].span.end
    noun = _stems(
        text[max(lo, q.span.start - 30) : q.span.start]
        + " "
        + text[q.span.end : min(hi, q.span.end + 30)]
    )
    # "In June, the number rose to 1,500": a subject that is itself a count names the figure too
    counted = _patterns(doc.language).subject.search(text, sentence.span.start, m.start())
    if not counted and not any(same_stem(a, b) for a in subject for b in noun):
        return
    if same_places(doc, sentence, prev[0]):
        rel.changes.append(Change(pct, alike[0], one, down, first_earlier=True))


def _read(rel: Relations, sentence: Sentence, pct: Quantity) -> bool:
    """Whether a share already reads the percentage (this sentence's shares come last)."""
    return any(po.percent is pct for po in rel.percents_since(sentence.span.start))
