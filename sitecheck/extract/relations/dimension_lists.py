"""A figure, then a sentence that splits it by a named dimension, each part after its name: "The
agency held 41,600 people in the first quarter. By country of origin, Ruritania counted 12,300;
Freedonia reached 9,800 and Elbonia 7,100." The places of one dimension do not overlap, so the
parts together are at most the whole (other places may go unsaid).

The dimension is named by "by" and a word for places ("por país de origen", "par
département") before the first part; each part has one capitalised name of its own between it
and the part (or the dimension) before, and no other figure. The whole is the one figure of its
kind in the sentence before (one paragraph), in the part's unit; a comparison, a date, a time
the whole's sentence does not name, or parts that add up to more than twice the whole (the
split of something else) make the reading abstain.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import (
    DIGIT,
    figures,
    lead,
    lead_noun,
    period_words,
    same_word,
)
from sitecheck.lang import alternation, lexicon

_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_NAME = re.compile(rf"(?<![\w'’-]){_CAP}(?:[ \t]+{_CAP})*")  # "San Lucas": one name
_DATED = frozenset({"date", "year"})
_FAR = 2.0
_MAX_PARTS = 12


@cache
def _by_dimension(language: str) -> re.Pattern[str]:
    """ "por país de origen,", "by district:": the dimension, then its list."""
    lex = lexicon(language)
    art = rf"(?:(?:{alternation(lex.articles)})\s+)?"
    return re.compile(
        rf"(?<![\w])(?:{alternation(lex.by_words)})\s+{art}"
        rf"(?:{alternation(lex.partition_dimensions)})(?![\w])[\s,:]*",
        re.I,
    )


def _unit(q: Quantity) -> tuple[str, str | None, bool]:
    return q.kind, q.currency, q.is_households


def dimension_lists(
    doc: Document,
    span: Span,
    nums: list[Quantity],
    prev: tuple[Span, list[Quantity]] | None,
    rel: Relations,
) -> None:
    text = doc.text
    m = _by_dimension(doc.language).search(text, span.start, span.end)
    if m is None or prev is None:
        return
    wholes = [q for q in prev[1] if q.kind in ("count", "money") and q.usable]
    if len(wholes) != 1 or wholes[0].from_words:
        return
    whole = wholes[0]
    figs = [q for q in figures(nums) if q.span.start >= m.end()]
    parts = [q for q in figs if _unit(q) == _unit(whole)]
    if not 2 <= len(parts) <= _MAX_PARTS or len(parts) != len(figs):
        return  # another figure among them: not a plain list
    if any(q.from_words or not q.usable for q in parts) or not _same_unit(doc, whole, parts[0]):
        return
    if not _same_time(doc, span, nums, prev[0]):
        return
    names: set[str] = set()
    start = m.end()
    for q in parts:
        gap = text[start : lead(q)]
        found = set(_NAME.findall(gap))
        if len(found) != 1 or DIGIT.search(gap) or found & names:
            return
        names |= found
        start = q.span.end
    if sum(q.value for q in parts) > _FAR * whole.value:
        return
    rel.breakdowns.append(Breakdown(whole, parts, "place-split", exhaustive=False, at_most=True))


def _same_unit(doc: Document, whole: Quantity, first: Quantity) -> bool:
    """The first part counts the whole's noun, people as people, or elides it ("Kasa 300")."""
    p = relation_patterns(doc.language)
    noun = lead_noun(first, p)
    if not noun or not first.noun.startswith(noun):
        return True
    if first.is_people != whole.is_people:
        return False
    # "2,500 IDPs" after "3,000 people reached": another group; "19.402 personas" is anyone.
    return noun in p.generic_people or same_word(noun, lead_noun(whole, p))


def _same_time(doc: Document, span: Span, nums: list[Quantity], prev: Span) -> bool:
    p = relation_patterns(doc.language)
    text = doc.text
    if p.comparison.search(text, span.start, span.end) or any(q.tag in _DATED for q in nums):
        return False
    period = period_words(doc.language)
    mine = {x.group(0).lower() for x in period.finditer(text, span.start, span.end)}
    return mine <= {x.group(0).lower() for x in period.finditer(text, prev.start, prev.end)}
