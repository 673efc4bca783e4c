"""A count of people, then a count of the places they are in, then those places by name, each
with its figure: "58 new cases came from 24 health areas across seven health zones (Figure 1),
including: Uvira (21), Fizi (14), …, and Kongolo (1)".

The count before the colon equals the number of names after it, so the names are the places it
counts and the bare figures beside them are the people's own, place by place. The whole is the
one count of people earlier in the clause; other counts there count places ("24 health areas")
and are skipped. The connector ("including") or a note between the count and the colon does not
make the list open: the count says how many places there are. Yet a bare figure beside a place
might count something else of it, so the parts can only exceed their whole, never be checked as
falling short of it.

Also, for counts of organisations by sector ("19 organisations at work in these sectors:
Protection (5), Health (6), …", colon_parts reads them as summing to the whole or more): no
sector holds more organisations than the whole, each is a part of it.
"""

from __future__ import annotations

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.colon_heads import MAX_CLAUSE_WORDS
from sitecheck.extract.relations.model import Breakdown, PartOf, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.positions import Positions
from sitecheck.extract.relations.wording import WORD, digit_between, lead

_MAX_NOTE_WORDS = 6  # after the count of places: "health zones (Figure 1), including"
_JOINED_WORDS = 4  # "420 children and 380 adults": a noun and "and" between
_PARTIAL_REACH = 30  # "…, concentrated mainly in:": the words before the colon
_FAR = 2.0  # parts that add up to more than twice the whole count something else
_CLAUSE_STOPS = ";:."  # "58 cases … across seven zones": one clause


def sector_parts(doc: Document, whole: Quantity, parts: list[Quantity], colon: int) -> list[PartOf]:
    """Each sector's organisations as a part of the organisations at work."""
    cue = " ".join([*doc.text[whole.span.end : colon].split()[-2:], ":"])
    return [PartOf(whole, q, "inclusive", cue) for q in parts]


def joined(doc: Document, first: Quantity, whole: Quantity) -> bool:
    """Whether a figure of the same kind is joined to the whole by "and" or a comma, a few words
    between ("420 children and 380 adults"): the two share the clause, neither is its whole."""
    if first.kind != whole.kind or first.tag is not None:
        return False
    between = doc.text[first.span.end : lead(whole)]
    said = [w.lower() for w in WORD.findall(between)]
    p = relation_patterns(doc.language)
    ends = bool(said and said[-1] in p.ands) or between.rstrip().endswith(",")
    return ends and len(said) <= _JOINED_WORDS and not any(c in between for c in ".;:")


def counted_places(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """Every colon of the sentence after a count of places equal to the names that follow."""
    text = doc.text
    colon = text.find(":", span.start, span.end)
    if colon < 0:
        return
    counts = [q for q in nums if q.usable and q.kind == "count"]
    at = Positions(counts)
    start = span.start
    while colon >= 0:
        nxt = text.find(":", colon + 1, span.end)
        end = nxt if nxt >= 0 else span.end
        parts = at.inside(colon, end)
        places = at.before(colon, 1)
        if len(parts) >= 2 and places and places[0].value == len(parts):
            _read(doc, nums, counts, places[0], parts, (start, colon, end), rel)
        start, colon = colon + 1, nxt


def _read(
    doc: Document,
    nums: list[Quantity],
    counts: list[Quantity],
    places: Quantity,
    parts: list[Quantity],
    bounds: tuple[int, int, int],
    rel: Relations,
) -> None:
    start, colon, end = bounds
    text = doc.text
    p = relation_patterns(doc.language)
    if len(WORD.findall(text, places.span.end, colon)) > _MAX_NOTE_WORDS:
        return
    if digit_between(text, places.span.end, colon, nums):
        return
    if places.is_people or places.is_households or not _named(doc, p, parts, colon, end):
        return
    clause = max(start, *(text.rfind(c, start, lead(places)) + 1 for c in _CLAUSE_STOPS))
    before = [q for q in counts if clause <= lead(q) and q.span.end <= lead(places)]
    # "58 new confirmed cases", "64 casos nuevos": people, or cases of a disease.
    people = [q for q in before if q.is_people or p.cases & set(q.noun.split()[:3])]
    if len(people) != 1 or any(q.is_households for q in before):
        return
    whole = people[0]
    if whole.from_words or len(WORD.findall(text, whole.span.end, colon)) > MAX_CLAUSE_WORDS:
        return
    if any(b.total is whole for b in rel.breakdowns):
        return
    if sum(q.value for q in parts) > _FAR * whole.value:
        return  # "1,200 arrivals in three camps: A (6,000), …": the camps' whole populations
    rel.breakdowns.append(Breakdown(whole, parts, "colon", exhaustive=False, at_most=True))


def place_head(doc: Document, parts: list[Quantity], colon: int, end: int) -> bool:
    """Whether a word that says "most of them" and a place preposition end the head ("…, mainly
    in:", "principalement à :") and each part is a figure after a distinct name: places."""
    p = relation_patterns(doc.language)
    said = WORD.findall(doc.text, max(0, colon - 12), colon)
    if not said or said[-1].lower() not in p.place_preps or not _named(doc, p, parts, colon, end):
        return False
    # "mainly in:", "notably in:": where most of them are; not "took part in:", activities.
    if not p.partial.search(doc.text, max(0, colon - _PARTIAL_REACH), colon):
        return False
    starts = [colon + 1] + [q.span.end for q in parts[:-1]]
    text = doc.text
    names = [text[s : lead(q)].strip(" ,;(").lower() for s, q in zip(starts, parts, strict=True)]
    return len(set(names)) == len(names)


def _named(doc: Document, p: RelationPatterns, parts: list[Quantity], colon: int, end: int) -> bool:
    """Each part a bare figure after a name, in brackets or not ("Uvira (21)", "Fizi 14"), the
    name of a few words starting with a capital, and nothing after the figure but the list's
    punctuation or "and"."""
    text = doc.text
    starts = [colon + 1] + [q.span.end for q in parts[:-1]]
    for s, q in zip(starts, parts, strict=True):
        label = [w for w in WORD.findall(text, s, lead(q)) if w.lower() not in p.ands]
        if not label or not label[0][:1].isupper() or len(label) > 4:
            return False
        if text[s : lead(q)].count("(") > 1 or q.from_words:
            return False
        after = text[q.span.end : min(end, q.span.end + 12)].lstrip(" )")
        if after[:1] not in ("", ",", ";", ".") and after.split(" ")[0].lower() not in p.ands:
            return False
    return True
