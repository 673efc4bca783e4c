"""A running total after its increment: "2,315 households were sheltered in May, bringing the
total assisted since January to 6,540 households", "repairs benefited 312 households, for 1,766
households assisted so far"; or before it: "1,200 cases in all, an increase of 300 since the
last report". The increment is part of the total (a rise cannot exceed what the figure now is)."""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import PartOf, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import (
    COLUMN_SEAM,
    WORD,
    digit_between,
    figures,
    lead,
    lead_noun,
    same_word,
)
from sitecheck.lang import alternation, lexicon, phrases


@cache
def _increase(language: str) -> re.Pattern[str]:
    """ " cases in all, an increase of " between a total and its increment."""
    words = alternation(lexicon(language).increase_of)
    return re.compile(rf"[^\d.;:()]{{0,40}}?,\s*(?P<cue>{words})\s+", re.I)


_STOCK_REACH = 8  # words after the running total within which "so far" must close its clause


def running_totals(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    p = relation_patterns(doc.language)
    text = doc.text
    figs: list[Quantity] = []
    for m in p.running_total.finditer(text, span.start, span.end):
        figs = figs or figures(nums)
        before = [q for q in figs if q.span.end <= m.start()]
        whole = next((q for q in figs if lead(q) == m.end()), None)
        if not before or whole is None:
            continue
        part = before[-1]
        if part.kind != whole.kind or part.currency != whole.currency:
            continue
        # Only the increment's own clause: no other amount, and no long detour, in between.
        if digit_between(text, part.span.end, m.end(), nums):
            continue
        if len(WORD.findall(text, part.span.end, m.start())) > 16:
            continue
        if COLUMN_SEAM.search(text, part.span.start, whole.span.end):
            continue
        cue = f"{m.group('lead')} … {m.group('to')}"
        rel.parts.append(PartOf(whole, part, "running", cue))
    _for_stock(doc, span, nums, rel)


def _for_stock(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """ "312 households, for 1,766 households assisted so far in 2020": the same noun on both
    figures, the second a stock to date."""
    p = relation_patterns(doc.language)
    text = doc.text
    figs = figures(nums)
    glue, stock, aims = _for_patterns(doc.language)
    for part, whole in zip(figs, figs[1:], strict=False):
        if not glue.fullmatch(text, part.span.end, lead(whole)):
            continue
        if (part.kind, part.currency) != (whole.kind, whole.currency):
            continue
        a, b = lead_noun(part, p), lead_noun(whole, p)
        clause = re.split(r"[.;,:()]", text[whole.span.end : span.end], maxsplit=1)[0]
        near = " ".join(WORD.findall(clause)[:_STOCK_REACH])
        if aims.search(near):
            continue  # "for 180 shelters planned so far": a target, not what was done
        if a and b and same_word(a, b) and stock.search(near):
            rel.parts.append(PartOf(whole, part, "running", "for … so far"))


@cache
def _for_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The ", for " between the figures; the stock words; the words of a target."""
    lex = lexicon(language)
    fors = alternation(lex.running_total_fors)
    glue = re.compile(rf"(?:\s+[^\W\d_][\w-]*){{0,3}}\s*,\s*(?:{fors})\s+", re.I)
    return glue, phrases(lex.stock_words), phrases(lex.table_denominators)


def increase_after(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """ "1,200 cases, an increase of 300 since the last report": the rise is part of the
    figure it brought about (not a share: "an increase of 30%" is a change)."""
    figs = figures(nums)
    pattern = _increase(doc.language)
    for whole, part in zip(figs, figs[1:], strict=False):
        if part.kind != whole.kind or part.currency != whole.currency:
            continue
        if part.is_households != whole.is_households:
            continue  # "1,200 households …, an increase of 3,500 people"
        if whole.qualifier is not None or digit_between(doc.text, whole.span.end, lead(part), nums):
            continue
        m = pattern.fullmatch(doc.text, whole.span.end, lead(part))
        if m and not _after_from(doc, whole) and not _areas_after(doc.language, whole, part, figs):
            rel.parts.append(PartOf(whole, part, "running", " ".join(m.group("cue").split())))


def _after_from(doc: Document, q: Quantity) -> bool:
    """ "rose to 5,000 from 2,000, an increase of 3,000": the figure after "from" is the earlier
    level (or a source, "from 14 districts"), not what the increase brought about."""
    before = doc.text[max(0, lead(q) - 12) : lead(q)]
    return _from_before(doc.language).search(before) is not None


@cache
def _from_before(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation(lexicon(language).change_from)})\s+$", re.I)


def _areas_after(language: str, whole: Quantity, part: Quantity, figs: list[Quantity]) -> bool:
    """ "about 96,000 in 19 provinces and 104 districts, up by about 11,000": a count of areas
    after a figure of the clause says how far it spreads; the rise may be that figure's."""
    areas = {w.lower() for w in lexicon(language).area_nouns}
    words = whole.noun.lower().split()
    if not words or words[0] not in areas or part.noun.lower().startswith(words[0]):
        return False  # "in 104 districts, up by 11 districts": the areas' own rise
    return any(q.span.end <= whole.span.start and q.kind == whole.kind for q in figs)
