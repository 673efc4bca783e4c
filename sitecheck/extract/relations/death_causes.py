"""Deaths split by their cause: "64 deaths, of which 28 by drowning and 36 under fallen walls";
casualties split by outcome: "846 casualties, in which 231 civilians were killed, while 615
suffered injuries".

One death has one cause, so such parts cannot add up to more than their whole, even when other
causes go unnamed. Only a death count's parts are read, each a bare figure (no group of people
of its own: "28 children" may overlap the drowned) whose words open on a cause ("by", "from",
"par", "por"), or on "under" and a word that is no age ("under rubble", not "under five"); a
part placed somewhere ("36 in Kasai") may be drowned too, and keeps the list open; a month near
the parts ("28 by March and 70 by June") makes "by" a date, counts that overlap.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.patterns import RelationPatterns
from sitecheck.lang import alternation, lexicon

_REACH = 60  # characters after the last part where a month still dates it


@cache
def _months(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    names = alternation((*lex.months, *lex.month_abbreviations))
    return re.compile(rf"(?<![\w])(?:{names})(?![\w])", re.I)


@cache
def _cause(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    ages = alternation(tuple(lex.number_words))
    return re.compile(
        rf"\s+(?:(?:{alternation(lex.cause_preps)})|"
        rf"(?:{alternation(lex.under_preps)})(?!\s+(?:\d|(?:{ages})(?![\w]))))\s+[^\W\d_]",
        re.I,
    )


def by_cause(
    text: str, language: str, p: RelationPatterns, whole: Quantity, parts: list[Quantity]
) -> bool:
    """Whether ``parts`` split the deaths ``whole`` counts by cause."""
    head = whole.noun.split()[:1]
    deaths = {w.lower() for w in lexicon(language).death_nouns}
    if not head or head[0] not in deaths or whole.kind != "count":
        return False
    if any(q.kind != "count" or q.is_people or q.is_households for q in parts):
        return False
    if any(p.place_after.match(text, q.span.end) for q in parts):
        return False
    cause = _cause(language)
    if not all(cause.match(text, q.span.end) for q in parts):
        return False
    end = min(len(text), parts[-1].span.end + _REACH)
    return _months(language).search(text, parts[0].span.end, end) is None


_SIDE_WORDS = 4  # "civilians were killed": the outcome within a part's first words


def outcome_pair(p: RelationPatterns, parts: list[Quantity]) -> bool:
    """ "231 civilians were killed, while 615 suffered injuries": two parts, each naming one side
    of a complementary pair (killed, injured) in its first words and no other: all of the whole."""
    if len(parts) != 2:
        return False
    sides = [
        [w for w in q.noun.split()[:_SIDE_WORDS] if any(w in g for g in p.complements)]
        for q in parts
    ]
    if any(len(s) != 1 for s in sides):
        return False
    return frozenset((sides[0][0], sides[1][0])) in p.complements
