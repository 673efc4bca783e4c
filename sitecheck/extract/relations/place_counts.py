"""Counts of places or households next to a count of people: "45,000 people in 4 districts: A
(12,000), …" names the districts, and "148,000 people in 36,900 households, including 109,000
IDPs" splits the people; neither the 4 nor the 36,900 is the parts' whole."""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.patterns import RelationPatterns
from sitecheck.extract.relations.wording import DIGIT, WORD, lead
from sitecheck.lang import alternation, lexicon


def beyond_places(
    doc: Document, p: RelationPatterns, before: list[Quantity], first_open: int
) -> Quantity | None:
    """The figure before a count of places ("in four districts:") that introduces labels."""
    text = doc.text
    near = before[-1]
    if len(before) < 2 or not p.place_lead.search(text, max(0, lead(near) - 12), lead(near)):
        return None
    far = before[-2]
    gap, rest = text[far.span.end : lead(near)], text[near.span.end : first_open]
    if DIGIT.search(gap + rest) or len(WORD.findall(gap)) > 5 or len(WORD.findall(rest)) > 4:
        return None
    return far if ";" not in rest else None


def names_places(doc: Document, q: Quantity, upto: int) -> bool:
    """Whether a figure counts places ("5 regions", "4 Counties"): the labels after it name
    them, and their figures are no parts of it. So is a figure in a clause that describes a
    place and closes before the labels (``upto``) and counts no people: "At the border, where
    there are 13 informal settlements, most were in public spaces (1,488), …"."""
    words = WORD.findall(doc.text, q.span.end, q.span.end + 30)
    dims = {w.lower() for w in lexicon(doc.language).partition_dimensions}
    if words and words[0].lower() in dims:
        return True
    where = _where_clause(doc.language)
    if where is None or q.is_people or "," not in doc.text[q.span.end : upto]:
        return False  # "where 2,113 people stay, most were in …": a whole of people stays
    return where.search(doc.text, max(0, lead(q) - 60), lead(q)) is not None


@cache
def _where_clause(language: str) -> re.Pattern[str] | None:
    """A "where" word opening the clause that a figure ends ("onde há ", "où se trouvent ")."""
    words = lexicon(language).where_words
    if not words:
        return None
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?![\w])[^,.;:()\d]{{0,40}}$", re.I)


def places_split(doc: Document, p: RelationPatterns, near: Quantity, first: Quantity) -> bool:
    """ "in 167 localities (118 sites and 49 host villages)": the figures in the bracket count
    places of their own, not people located somewhere; the count of places is their whole."""
    text = doc.text
    if near.is_people or first.is_people or first.is_households or first.kind != "count":
        return False
    if not p.place_lead.search(text, max(0, lead(near) - 12), lead(near)):
        return False
    return bool(first.noun) and not p.place_after.match(text, first.span.end)


def other_unit(
    p: RelationPatterns, before: list[Quantity], whole: Quantity, part: Quantity
) -> bool:
    """ "148,000 people in 36,900 households, including 109,000 IDPs", "69,800 people spread over
    802 municipalities, 11,394 of them …": the figure before the connector counts households or
    places, its part and the figure before it people; the parts split the people figure."""
    if len(before) < 2 or part.is_households:
        return False
    prior = before[-2]
    if not prior.is_people or prior.is_households or prior.kind != "count":
        return False
    # A count of places ("802 municipalities") the part outgrows: the part is of the people.
    head = whole.noun.lower().split()[:1]
    places = bool(head) and head[0] in p.dimensions and part.interval.lo > whole.interval.hi
    return (whole.is_households and part.is_people) or places
