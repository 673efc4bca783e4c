"""A figure for a stretch of time, then its parts by period in the next sentence: "38,500 people
crossed in 2024. January counted 20,900 and February 17,600"; "about 910,000 for the two years
together. … about 430,000 in 2019 and 480,000 in 2020".

Each part carries its own period, a month or a year, on the same side of every figure; no two
the same. Months of the year the whole's sentence names cannot overlap and lie inside it: the
parts are at most the whole (the year may go on after them). When the whole's sentence counts
its years ("the two years") and the parts name as many years, they are all of it: they add up.
A clause of another year ("; in the same months of 2023, …") is left aside; a comparison, an
unlabelled figure of the kind, or a part that counts another noun makes the reading abstain.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.aims import same_aim
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.wording import WORD, figures, lead, lead_noun, same_word
from sitecheck.lang import lexicon, phrases

_YEAR, _DURATION = "year", "duration"
_MAX_PARTS = 12  # the months of a year
_NEAR = 6  # words between the whole and the count of its years


@cache
def _months(language: str) -> tuple[re.Pattern[str], frozenset[str]]:
    lex = lexicon(language)
    return phrases(tuple(lex.months)), frozenset(m.lower() for m in lex.capitalised_months)


@cache
def _stock(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    return phrases((*lex.stock_words, *lex.background_leads))


def _labels(doc: Document, nums: list[Quantity], start: int, end: int) -> list[str]:
    """The months and years named between ``start`` and ``end``."""
    pattern, capitalised = _months(doc.language)
    found = [
        m.group(0).lower()
        for m in pattern.finditer(doc.text, start, end)
        if m.group(0).lower() not in capitalised or m.group(0)[0].isupper()
    ]
    years = [q.text for q in nums if q.tag == _YEAR and start <= q.span.start < end]
    return found + years


def period_parts(
    doc: Document,
    span: Span,
    nums: list[Quantity],
    before: tuple[Span, list[Quantity]] | None,
    rel: Relations,
) -> None:
    if before is None or len(figures(nums)) < 2:
        return  # two periods' figures at least
    p = relation_patterns(doc.language)
    wholes = figures(before[1])
    if len(wholes) != 1:
        return
    whole = wholes[0]
    years = {q.text for q in before[1] if q.tag == _YEAR}
    series = _series(doc, p, span, nums, whole, years)
    if series is None:
        return
    parts, labels = series
    text = doc.text
    scope = phrases(lexicon(doc.language).scope_words)
    theirs = {m.group(0).lower() for m in scope.finditer(text, before[0].start, before[0].end)}
    semi = text.find(";", parts[-1].span.end, span.end)
    end = span.end if semi < 0 else semi
    if any(m.group(0).lower() not in theirs for m in scope.finditer(text, lead(parts[0]), end)):
        return  # "… February 19,600 a week", "new": a rate or another scope than the whole's
    if not same_aim(doc, [whole, *parts]):
        return  # "The plan targets 38,500 … January reached 20,900": results beside an aim
    if all(label in years for label in labels) or len(set(labels)) != len(labels):
        return
    counted = _counted_years(doc, before[1], whole)
    if counted is not None and counted == len(parts) and not set(labels) & _month_names(doc):
        rel.breakdowns.append(Breakdown(whole, parts, "labels"))
        return
    if _labels(doc, [], before[0].start, before[0].end):
        return  # "In March 2024, 5,000 …": a month's figure, not the year's
    if len(years) == 1 and set(labels) <= _month_names(doc) and _same_noun(p, whole, parts):
        rel.breakdowns.append(Breakdown(whole, parts, "labels", exhaustive=False, at_most=True))


def _month_names(doc: Document) -> frozenset[str]:
    return frozenset(m.lower() for m in lexicon(doc.language).months)


def _counted_years(doc: Document, nums: list[Quantity], whole: Quantity) -> int | None:
    """ "910,000 for the two years together", "Over the two years, 910,000": a count of years
    right beside the whole, after an article ("opened two years ago, hosts" counts no period
    of the whole)."""
    lex = lexicon(doc.language)
    units = {w.lower() for w in lex.year_units}
    leads = {w.lower() for w in (*lex.articles, *lex.demonstratives)}
    text = doc.text
    counts = []
    for q in nums:
        if q.tag != _DURATION or next(iter(q.noun.split()), "") not in units:
            continue
        words = WORD.findall(text, max(0, lead(q) - 20), lead(q))
        after = lead(q) > whole.span.end
        lo, hi = (whole.span.end, lead(q)) if after else (q.span.end, lead(whole))
        if words and words[-1].lower() in leads and len(WORD.findall(text, lo, hi)) <= _NEAR:
            counts.append(q)
    if len(counts) != 1 or counts[0].value != int(counts[0].value):
        return None
    return int(counts[0].value)


def _same_noun(p: RelationPatterns, whole: Quantity, parts: list[Quantity]) -> bool:
    """Every part counts the whole's noun, or names none ("… y febrero 17.569", "17,600 in
    February")."""
    noun = lead_noun(whole, p)
    for q in parts:
        own = lead_noun(q, p)
        if own and own not in p.place_preps and own not in p.ands and not same_word(own, noun):
            return False
    return True


def _series(
    doc: Document,
    p: RelationPatterns,
    span: Span,
    nums: list[Quantity],
    whole: Quantity,
    years: set[str],
) -> tuple[list[Quantity], list[str]] | None:
    """The parts of the one clause whose figures each carry a period, and their periods; the
    other clauses may only speak of another year."""
    text = doc.text
    found: tuple[list[Quantity], list[str]] | None = None
    start = span.start
    for end in [*(m.start() for m in re.finditer(";", text[span.start : span.end])), None]:
        stop = span.end if end is None else span.start + end
        clause = Span(start, stop)
        start = stop + 1
        figs = [q for q in figures(nums) if clause.start <= q.span.start < clause.end]
        alike = [q for q in figs if (q.kind, q.currency) == (whole.kind, whole.currency)]
        inside = [q for q in nums if clause.start <= q.span.start < clause.end]
        other = {q.text for q in inside if q.tag == _YEAR}
        if not alike or (found is not None and other - years):
            continue  # "…; in the same months of 2023, 3,985 and 3,610": another year
        if found is not None or not 2 <= len(alike) <= _MAX_PARTS:
            return None
        if p.comparison.search(text, clause.start, clause.end) or _stock(doc.language).search(
            text, clause.start, clause.end
        ):
            return None  # "as of February, 37,600": a running count, not the month's
        if _dated(doc, inside):
            return None  # "on 1 January … was 9,120 and on 31 December … 16,012": two stocks
        labels = _oriented(doc, nums, clause, alike)
        if labels is None:
            return None
        found = (alike, labels)
    return found


def _dated(doc: Document, nums: list[Quantity]) -> bool:
    """A day of a month ("31 December") dates a stock at a moment, not a month's flow."""
    months = _month_names(doc)
    return any(q.tag == "date" and next(iter(q.noun.split()), "") in months for q in nums)


def _oriented(
    doc: Document, nums: list[Quantity], clause: Span, parts: list[Quantity]
) -> list[str] | None:
    """One period beside each part, all after their figures or all before them."""
    ends = [lead(q) for q in parts[1:]] + [clause.end]
    after = [_labels(doc, nums, q.span.end, e) for q, e in zip(parts, ends, strict=True)]
    if all(len(a) == 1 for a in after):
        return [a[0] for a in after]
    starts = [clause.start] + [q.span.end for q in parts[:-1]]
    before = [_labels(doc, nums, s, lead(q)) for s, q in zip(starts, parts, strict=True)]
    if all(len(b) == 1 for b in before):
        return [b[0] for b in before]
    return None
