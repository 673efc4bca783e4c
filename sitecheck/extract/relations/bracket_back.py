"""A change whose earlier figure stands alone in brackets after a comparison, and whose later
figure is the headline figure stated before: "In June, 7,410 people crossed the border. Of
them, 3,020 went to Tarn and 4,390 to Lorn. Crossings rose by 8% on May (6,861), but fell by
40% on June (12,350) a year earlier.", "… 52,918 people crossed, including … . That is a 9%
rise on the same months a year earlier (48,549)."

Each percentage is tied to a word of change and followed by a word of comparison ("on", "over",
"compared with", "than") and the period compared, then the earlier figure alone in brackets;
the sentence holds no other amount but the later figure, in the change's clause ("In June,
7,410 people crossed, an 8% rise on May (6,861)"). Failing that, the later figure is the one
amount of the sentence before
(same paragraph) or, when that sentence lists parts, the total they are parts of (in it or the
sentence before it). The subject must name that figure: "That is", "This represents", a count
("the total") or a word of the headline's clause in another form ("Crossings", "crossed"); and
the sentence may name no place the headline's clause does not ("In Tarn, crossings rose …" is
one place's figure).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from os.path import commonprefix

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.amounts import same_unit, sure_amounts
from sitecheck.extract.relations.changes import change_word
from sitecheck.extract.relations.model import Change, Relations
from sitecheck.extract.relations.wording import WORD, lead
from sitecheck.lang import alternation, lexicon, phrases

_WORDS = r"(?:\s+(?:[^\W\d_][\w'’-]*|(?:19|20)\d\d)){0,6}"  # "the same months a year earlier"
_STEM = 4  # letters a word and its other form share at least ("land-ings", "land-ed")
_ENDING = 4  # letters an ending may have beyond the shared stem
_CLAUSE = 60  # characters of the headline's clause read for its words
_LOOK_BACK = 12  # breakdowns read back from the last one (the sentence before's are the last)
_CLAUSE_END = re.compile(r"[,;:(]")


@dataclass(frozen=True, eq=False)
class _Patterns:
    gap: re.Pattern[str]  # " on April (", " rise on the same months a year earlier ("
    close: re.Pattern[str]  # " arrivals)" after the earlier figure
    period: re.Pattern[str]  # "April", "a year earlier", "previous": the period compared
    opener: re.Pattern[str]  # "That is", "This represents": the figure before, unnamed
    counts: re.Pattern[str]  # "the total", "displacement": a subject that is a count
    skip: frozenset[str]  # words of change and months: no word of the figure's own
    own_gap: re.Pattern[str]  # " people landed, a ": the later figure's clause, then the change


@cache
def _patterns(language: str) -> _Patterns | None:
    lex = lexicon(language)
    if not lex.change_against:
        return None
    terms = alternation((*lex.change_terms, *lex.change_words))
    cues = alternation((*lex.change_against, *lex.change_cues))
    skip = {w.lower() for w in (*lex.change_terms, *lex.change_words, *lex.stopwords)}
    months = [m.lower() for m in (*lex.months, *lex.month_abbreviations)]
    skip |= set(months)
    periods = (*lex.change_cues, *lex.previous_period, *lex.year_comparison)
    return _Patterns(
        # "(6,861)", or a sample size as statisticians write it: "(n=6,861)"
        gap=re.compile(
            rf"\s*(?:(?:{terms})\s+)?(?:{cues})(?![\w]){_WORDS}\s*\(\s*(?:n\s?=\s?)?", re.I
        ),
        period=re.compile(
            rf"(?<![\w])(?:(?:19|20)\d\d|{alternation((*months, *periods))})(?![\w])", re.I
        ),
        close=re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,2}\s*\)"),
        opener=re.compile(
            rf"[\s\"“«'‘]*(?:{alternation((*lex.figure_anaphora, *lex.existential_openers))})"
            r"(?![\w])",
            re.I,
        ),
        counts=phrases(lex.count_subjects),
        skip=frozenset(skip),
        own_gap=re.compile(r"[^\d;()]*,(?:\s+[^\W\d_][\w'’-]*){0,3}\s*"),
    )


def _paired(
    doc: Document, p: _Patterns, nums: list[Quantity], rel: Relations
) -> tuple[Quantity | None, list[tuple[Quantity, Quantity]]] | None:
    """The sentence's own later figure, if it states one before the first percentage, and each
    percentage with the earlier figure bracketed after it; None unless every other amount of
    the sentence is one of these and every percentage has one."""
    text, out = doc.text, []
    amounts = sure_amounts(nums)
    pcts = [q for q in nums if q.kind == "percent"]
    if not amounts or not pcts:
        return None
    own = amounts.pop(0) if len(amounts) == len(pcts) + 1 else None
    if len(amounts) != len(pcts) or (own is not None and not _own(p, text, own, pcts[0])):
        return None
    taken = _taken(rel, pcts[0].span.start)
    for pct, q in zip(pcts, amounts, strict=True):
        if not pct.usable or pct.from_words or pct.qualifier is not None or pct.span.start in taken:
            return None
        if q.qualifier is not None or not p.gap.fullmatch(text, pct.span.end, q.span.start):
            return None
        if not p.close.match(text, q.span.end):
            return None
        if not p.period.search(text, pct.span.end, q.span.start):
            return None  # "rose by 8% on average (6,861 a month)": no period compared
        out.append((pct, q))
    return own, out


def _taken(rel: Relations, start: int) -> set[int]:
    """Where the percentages already read in the sentence stand (its readings are the last)."""
    out = rel.percents_from(start)
    for c in reversed(rel.changes):
        if c.percent.span.start < start:
            break
        out.add(c.percent.span.start)
    return out


def _own(p: _Patterns, text: str, own: Quantity, pct: Quantity) -> bool:
    """ "In May, 18,906 people landed, a 6% rise on April (…)": the later figure before the
    change, in its clause: the change after a comma and at most three words (not "…, while
    deaths rose by 6% …": another quantity's)."""
    if own.qualifier is not None or own.span.end > pct.span.start:
        return False
    return p.own_gap.fullmatch(text, own.span.end, lead(pct)) is not None


def _wholes(rel: Relations, start: int) -> dict[int, tuple[Quantity, set[int]]]:
    """The wholes read last that stand from ``start`` on, with the parts read of each."""
    out: dict[int, tuple[Quantity, set[int]]] = {}
    pairs = [(b.total, q) for b in rel.breakdowns[-_LOOK_BACK:] for q in b.parts]
    pairs += [(po.whole, po.part) for po in rel.parts[-_LOOK_BACK:]]
    for whole, part in pairs:
        if whole.span.start >= start:
            out.setdefault(id(whole), (whole, set()))[1].add(id(part))
    return out


def _headline(
    doc: Document, rel: Relations, prev: tuple[Sentence, list[Quantity]]
) -> Quantity | None:
    """The one amount of the sentence before, or the whole its other amounts are parts of
    ("181,204 …, including 112,806, …"; "18,906 landed. Of these, 1,412 …, 17,150 … and 344")."""
    before = sure_amounts(prev[1])
    if not before:
        return None
    if len(before) == 1:
        return before[0]
    wholes = _wholes(rel, prev[0].block.span.start)
    if id(before[0]) in wholes and {id(q) for q in before[1:]} <= wholes[id(before[0])][1]:
        return before[0]
    ids = {id(q) for q in before}
    found = [
        w for w, parts in wholes.values() if w.span.start < before[0].span.start and ids <= parts
    ]
    return found[0] if len(found) == 1 else None


def _kin(a: str, b: str) -> bool:
    """One word in two forms: "landings", "landed"."""
    n = len(commonprefix((a, b)))
    return n >= _STEM and len(a) - n <= _ENDING and len(b) - n <= _ENDING


def _names(text: str, months: frozenset[str]) -> set[str]:
    """Places: words with a capital past the first, months and acronyms aside."""
    words = WORD.findall(text)[1:]
    return {w for w in words if w[0].isupper() and not w.isupper() and w.lower() not in months}


def _named(doc: Document, p: _Patterns, sentence: Sentence, first: Quantity, q: Quantity) -> bool:
    """Whether the subject names the headline figure ``q`` and the sentence no other place."""
    text = doc.text
    there = doc.sentence_at(q.span.start)
    if there is None or there.block is not sentence.block:
        return False
    # The headline's own clause: "During May, 18,906 people landed on the shores", not the
    # places of its parts after a comma.
    end = _CLAUSE_END.search(text, q.span.end, there.span.end)
    stop = end.start() if end else there.span.end
    clause = text[max(there.span.start, q.span.start - _CLAUSE) : stop]
    if not _names(doc.slice(sentence.span), p.skip) <= _names(clause, p.skip):
        return False
    head = text[sentence.span.start : lead(first)]
    if p.opener.match(head) or p.counts.search(head):
        return True
    own = [w.lower() for w in WORD.findall(head) if w.lower() not in p.skip]
    theirs = [w.lower() for w in WORD.findall(clause) if w.lower() not in p.skip]
    return any(_kin(a, b) for a in own for b in theirs)


def bracket_back(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    rel: Relations,
    prev: tuple[Sentence, list[Quantity]] | None,
) -> None:
    """The changes from the bracketed figures of this sentence to its own figure before them
    or to the headline figure before."""
    if not any(q.kind == "percent" for q in nums):
        return
    p = _patterns(doc.language)
    if p is None or "(" not in doc.slice(sentence.span):
        return
    paired = _paired(doc, p, nums, rel)
    if paired is None:
        return
    own, pairs = paired
    later = own or (_headline(doc, rel, prev) if prev is not None else None)
    if later is None or not all(same_unit(later, q) for _, q in pairs):
        return
    if own is None and not _named(doc, p, sentence, pairs[0][0], later):
        return
    for pct, earlier in pairs:
        tied, down = change_word(doc, sentence, pct)
        if tied and earlier.value != later.value:
            rel.changes.append(Change(pct, later, earlier, down, first_earlier=False))
