"""Parts set apart by the one place each names, the later ones eliding the first one's words:
"Among those deported, 2,106 people crossed at Tillia and 3,871 at Assamaka"; "de ellos,
1.200 llegaron en Ipiales y 800 en Tumbes".

Each later part is followed right away by the preposition and a capitalised name; the first
part names a place after the same preposition within its first few words. Only a preposition
of place or of a point passed: not a source ("from UNICEF … from WFP": the same people may get
both). One person passes
one point, so the parts cannot overlap: together they are at most their whole. Months
("in March") and other times ("in Q2"), a place named twice or two prepositions leave the
reading out.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.wording import WORD, lead
from sitecheck.lang import alternation, lexicon

_FIRST_WORDS = 4  # "people crossed" between the first part and its place


@cache
def _point(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    # Not "from UNICEF and 2,300 from WFP": a source need not set its people apart.
    preps = alternation((*lex.place_prepositions, *lex.point_preps))
    return re.compile(
        rf"(?<![\w])(?P<prep>(?i:{preps}))\s+(?:(?i:{alternation(lex.articles)})\s+)?"
        r"(?P<place>[A-ZÀ-ÖØ-Þ][\w'’-]+)"
    )


@cache
def _months(language: str) -> frozenset[str]:
    lex = lexicon(language)
    return frozenset(m.lower() for m in (*lex.months, *lex.month_abbreviations))


def parallel_places(text: str, language: str, parts: list[Quantity], end: int) -> bool:
    """Whether each part names a place of its own after one preposition, the later parts
    right after their figure (``end``: where the last part's clause ends)."""
    if len(parts) < 2:
        return False
    point = _point(language)
    first = point.search(text, parts[0].span.end, lead(parts[1]))
    if first is None:
        return False
    between = text[parts[0].span.end : first.start()]
    if len(WORD.findall(between)) > _FIRST_WORDS or re.search(r"[\d,;()]", between):
        return False
    found = [first]
    for q in parts[1:]:
        gap = re.match(r"[ \t]+", text[q.span.end : end])
        m = point.match(text, q.span.end + gap.end()) if gap else None
        if m is None:
            return False
        found.append(m)
    # "at Bado and 3,100 at Bado's annex": one place, whatever is said of it after.
    places = [re.split(r"['’]", m.group("place").lower())[0] for m in found]
    if len({m.group("prep").lower() for m in found}) != 1 or len(set(places)) != len(places):
        return False
    # "in Q1 and 1,500 in Q2", "in March": times, which the same people may span.
    return not set(places) & _months(language) and not any(re.search(r"\d", w) for w in places)
