"""Whether a total stated after its parts totals those parts: the same measure (not "In total,
5,000 people are in need" after lines of people reached) and the same time (not "2,500 since
January" after the lines of one month); and all of them (not lines that end "among others")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.extract.relations.model import Breakdown
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.lang import lexicon, phrases


@dataclass(frozen=True)
class _Scope:
    measure: re.Pattern[str]  # "in need", "targeted": another measure than results
    stock: re.Pattern[str]  # "to date", "since", "so far": a running total
    broad: re.Pattern[str]  # "affected": everyone hit, more than the groups listed


@cache
def _scope(language: str) -> _Scope:
    lex = lexicon(language)
    cases = {c.lower() for c in lex.case_nouns}
    measure = tuple(w for w in (*lex.table_denominators, *lex.need_words) if w.lower() not in cases)
    marks = {w.lower() for w in (*lex.in_total, *lex.summing_openers)}
    stock = tuple(w for w in lex.stock_words if w.lower() not in marks)
    return _Scope(phrases(measure), phrases(stock), phrases(lex.broad_groups))


def scoped(language: str, b: Breakdown, total_text: str, labels: list[str]) -> Breakdown | None:
    """The breakdown as its total's words allow it: none when the total counts another
    measure; checked at most the total when it runs over a longer time, counts a wider group
    ("Total affected" after injured and dead) or the lines name only some (none of it when the
    total may also be deduplicated)."""
    scope = _scope(language)
    if _total_only(scope.measure, total_text, labels):
        return None
    some = any(relation_patterns(language).partial.search(label) for label in labels)
    wider = (_total_only(x, total_text, labels) for x in (scope.stock, scope.broad))
    if some or any(wider):
        if b.one_way:
            return None  # below the sum if deduplicated, above it if running: no bound holds
        return Breakdown(b.total, b.parts, b.kind, exhaustive=False, at_most=True)
    return b


def _total_only(pattern: re.Pattern[str], total_text: str, labels: list[str]) -> bool:
    """Whether the total's words say it and no line does."""
    return bool(pattern.search(total_text)) and not any(pattern.search(x) for x in labels)
