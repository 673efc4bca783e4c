"""A verb that splits a whole named before it, its object between: "… more than 581,000 people,
says the note, which divides the target population into 296,000 children and 285,000 adults";
"… que divide a la población objetivo en 296.000 niños y 285.000 adultos".

The whole is the one figure of the parts' kind before the verb in the sentence; the parts are the
figures of that kind after the word "into", up to the end of the clause. Dividing leaves nothing
out: the parts add up to the whole.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import figures, lead
from sitecheck.lang import alternation, lexicon

_OBJECT = 5  # words of the object between the verb and "into" ("the target population")
_NEVER = re.compile(r"(?!)")


@cache
def _split(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    if not lex.split_verbs or not lex.split_into:
        return _NEVER
    return re.compile(
        rf"(?<![\w])(?:{alternation(lex.split_verbs)})(?:\s+[^\W\d_][\w'’-]*){{0,{_OBJECT}}}?"
        rf"\s+(?:{alternation(lex.split_into)})\s+(?=\d)",
        re.I,
    )


def split_verbs(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    text = doc.text
    m = _split(doc.language).search(text, span.start, span.end)
    if m is None:
        return
    figs = figures(nums)
    first = next((q for q in figs if lead(q) == m.end()), None)
    if first is None:
        return
    wholes = [q for q in figs if q.span.end <= m.start() and _alike(q, first)]
    if len(wholes) != 1:
        return
    end = _clause_end(text, m.end(), span.end)
    parts = [q for q in figs if m.end() <= lead(q) < end]
    p = relation_patterns(doc.language)
    if len(parts) < 2 or any(not _alike(q, first) for q in parts):
        return
    if p.partial.search(text, m.start(), end) or p.inside_connector.search(text, m.end(), end):
        return  # "… into 296,000 children, mostly girls, …": some of the parts only
    rel.breakdowns.append(Breakdown(wholes[0], parts, "connector"))


def _alike(q: Quantity, other: Quantity) -> bool:
    """One unit: people with people ("divided into 3 groups of 40 people" counts groups)."""
    unit = (other.kind, other.currency, other.is_households, other.is_people)
    return (q.kind, q.currency, q.is_households, q.is_people) == unit and q.usable


def _clause_end(text: str, start: int, end: int) -> int:
    stop = re.compile(r"[;:()]|\.(?!\d)").search(text, start, end)
    return stop.start() if stop else end



