"""A total that closes a list of figures in its own sentence, as the list's last item or in a
bracket after it: "Kibera 1,200; Mathare 850; Kawangware 400; total 2,950.", "… (total:
2,950)", "… and 400 in Kawangware (2,950 in total).", "…, or 2,950 in total.", "…, soit 2 950
au total".

Two shapes: a separator (";", ",", "(" or a dash) and a bare total word right before the figure
("total", "grand total"); or a bracket, a dash or a gloss ("or", "soit") before the figure and a
word of togetherness after it ("in total", "in all", "au total"). Either way the total ends its
clause, a unit of two words at most after it; a period or a stock word there or among the
parts ("; total 2,950 since January", "120 new cases …") may set the total apart from them. Only
counts and amounts: a total rate is no sum. The parts are read back from the separator as
before "a total of" (``sentence_totals.add_total``); parts of people that are not places or
complementary groups may overlap, so the total is then checked one way (not above them).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.sentence_totals import add_total
from sitecheck.extract.relations.wording import (
    disjoint,
    highlights_subgroups,
    label_words,
    lead,
)
from sitecheck.lang import alternation, lexicon

_UNIT = r"(?P<unit>(?:\s+[^\W\d_][\w'’-]*){0,2})"  # "2,950 houses", "2,950 personas afectadas"


class _Patterns(NamedTuple):
    cheap: re.Pattern[str]  # a total or togetherness word anywhere in the sentence
    before: re.Pattern[str]  # "; total: " right before the figure
    glossed: re.Pattern[str]  # "(", ", or " right before the figure
    after: re.Pattern[str]  # " in total)" after it
    closes: re.Pattern[str]  # a unit at most, then the clause's end
    scope: re.Pattern[str]  # "since January", "this week": a period of the total's own
    own: re.Pattern[str]  # "(year total: 16,210)": an earlier figure's own total in brackets


@cache
def _patterns(language: str) -> _Patterns:
    lex = lexicon(language)
    totals = alternation(lex.in_total)
    together = alternation(lex.together_words)
    glosses = alternation(lex.share_leads)
    return _Patterns(
        cheap=re.compile(rf"(?<![\w])(?:{totals}|{together})(?![\w])", re.I),
        before=re.compile(rf"(?:[;,(]|\s[–—])\s*(?:{totals})\s*:?\s*$", re.I),
        glossed=re.compile(rf"(?:\(|[,;]\s*(?:{glosses})|\s[–—])\s*$", re.I),
        after=re.compile(rf"{_UNIT}\s+(?:{together})\s*(?:[.;)]|$)", re.I),
        closes=re.compile(rf"{_UNIT}\s*(?:[.;)]|$)"),
        scope=re.compile(
            rf"(?<![\w])(?:{alternation((*lex.period_words, *lex.stock_words))})(?![\w])", re.I
        ),
        own=re.compile(rf"\([^()]*(?<![\w])(?:{totals})(?![\w])[^()]*\d[^()]*\)", re.I),
    )


_REACH = 30  # characters before a figure where its separator and total word stand


def trailing_totals(doc: Document, span: Span, figs: list[Quantity], rel: Relations) -> None:
    if len(figs) < 3:
        return
    t = _patterns(doc.language)
    text = doc.text
    if not t.cheap.search(text, span.start, span.end):
        return  # no total word: the cheap test first
    p = relation_patterns(doc.language)
    for i, total in enumerate(figs[2:], start=2):
        if total.kind not in ("count", "money"):
            continue  # "Kibera 40%, Mathare 35%, total 38%": a rate of all, no sum
        lo = max(span.start, figs[i - 1].span.end, lead(total) - _REACH)
        m = t.before.search(text, lo, lead(total))
        if m is not None:
            tail = t.closes.match(text, total.span.end, span.end)
        else:
            m = t.glossed.search(text, lo, lead(total))
            tail = t.after.match(text, total.span.end, span.end) if m else None
        if m is None or tail is None:
            continue
        # "; total 2,950 since January", "120 new cases …; total 2,950": a period of the total's
        # own, or parts of a period, may not add up to it.
        if t.scope.search(tail.group("unit")) or t.scope.search(text, lead(figs[0]), m.start()):
            continue
        if t.own.search(text, span.start, m.start()):
            continue  # "1,730 cases (year total: 16,210) and 9 deaths (total: 84)": each its own
        known = len(rel.breakdowns)
        add_total(doc, p, rel, figs[:i], m.start(), total)
        b = rel.breakdowns[-1] if len(rel.breakdowns) > known else None  # read here, not before
        if b and not b.one_way and _may_overlap(doc, b, span.start):
            # "children 1,200, women 850, total 2,000": girls are both; only a total above the
            # parts is then wrong.
            rel.breakdowns[-1] = Breakdown(total, b.parts, b.kind, one_way=True)


def _may_overlap(doc: Document, b: Breakdown, start: int) -> bool:
    """People in groups that are not places or complements may be counted in two of them;
    groups named before their figures ("children 1,200, women 850") single some out."""
    labels = label_words(doc.text, b.parts, start)
    if highlights_subgroups(b.parts, relation_patterns(doc.language), labels):
        return True
    people = any(q.is_people or q.is_households for q in (b.total, *b.parts))
    return people and not disjoint(doc, b.parts, unit_word=True)
