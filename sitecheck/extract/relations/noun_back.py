"""A sentence that opens on the noun of the sentence before's figure, its part right after:
"The rains killed 17 people. The deaths, 12 of which in Tete, …", "As mortes, 12 das quais …",
"Les décès, dont 12 à Tete, …": the part is of that figure, named again by its noun.

The noun must be the head of exactly one count of the sentence before (the nearest is no guess
when two share it; any of the lexicon's words for deaths names deaths), and the opening holds no
figure of its own.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import PartOf, Relations
from sitecheck.lang import alternation, lexicon

_NUM = r"\d(?:[\d.,\s]*\d)?"


@cache
def _opening(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    art = alternation(lex.articles)
    conn = alternation((*lex.part_connectors, *lex.inclusive_connectors))
    return re.compile(
        rf"\s*(?:{art})\s*(?P<noun>[^\W\d_][\w-]*)\s*,\s*"
        rf"(?:(?P<n1>{_NUM})\s+(?P<c1>{conn})|(?P<c2>{conn})\s+(?P<n2>{_NUM}))(?![\w])",
        re.I,
    )


def _head(q: Quantity) -> str:
    words = q.noun.lower().split()
    return words[0] if words else ""


def noun_back(
    doc: Document, span: Span, figs: list[Quantity], prev_figs: list[Quantity], rel: Relations
) -> None:
    if not figs or not prev_figs:
        return
    m = _opening(doc.language).match(doc.text, span.start, span.end)
    if m is None:
        return
    at = m.start("n1") if m.group("n1") else m.start("n2")
    part = next((q for q in figs if q.span.start == at), None)
    noun = m.group("noun").lower()
    # "17 óbitos. As mortes, 12 das quais …": two words for deaths name one count
    deaths = {w.lower() for w in lexicon(doc.language).death_nouns}
    heads = deaths if noun in deaths else {noun}
    named = [q for q in prev_figs if q.kind == "count" and q.usable and _head(q) in heads]
    if part is None or part.kind != "count" or len(named) != 1:
        return
    cue = " ".join((m.group("c1") or m.group("c2")).lower().split())
    inclusive = cue in {w.lower() for w in lexicon(doc.language).inclusive_connectors}
    rel.parts.append(PartOf(named[0], part, "inclusive" if inclusive else "relative", cue))
