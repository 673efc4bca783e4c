"""A count that names back a list of places given just before it: "… expelled through Cesar,
Boyacá, Arauca and Guainía. … crossings stay closed in the four departments", "Chiapas,
Tabasco, Veracruz, Hidalgo y Puebla fueron los cinco estados".

The count must follow a determiner ("the", "los", "les") and precede a noun of places; the list
must be the nearest series of names before it (three or more), with no other place named in
between. A count of some of them ("the two most affected countries", "the other three") is
left alone, and only a count above the names listed is wrong: "Goma, Beni, Butembo and Bunia
… the two provinces" counts what holds the towns.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.list_model import ItemList, ListItem, list_patterns
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.lang import alternation, lexicon, phrases
from sitecheck.lang.base import Lexicon

_REACH = 400  # characters back from the count to the list's end: a sentence or two, at most
_MAX_COUNT = 30
# Sentences back from the count to the list: key points often put one bullet between the
# names and the count that names them back (no other place may be named there).
_SENTENCES_BACK = 2
_CAP = "[A-ZÀ-ÖØ-Þ]"
# The names go on from a comma list of other items: ", shelter, " before "Water, Sanitation …".
_CONTINUED = re.compile(r",[ \t\n]*[^\W\d_][\w’'-]*(?:[ \t]+[^\W\d_][\w’'-]*){0,2},[ \t\n]*$")


@dataclass(frozen=True, eq=False)
class _Patterns:
    series: re.Pattern[str]  # "Cesar, Boyacá, Arauca y Guainía"
    and_name: re.Pattern[str]  # "and Tobago" right after a series: the last name may hold "and"
    and_before: re.Pattern[str]  # "Bosnia and " right before a series
    determiner: re.Pattern[str]  # "the " right before the count
    subset: re.Pattern[str]  # "most", "other": some of the places, not all
    copula: re.Pattern[str]  # "fueron": the list is the count's subject
    name: re.Pattern[str]
    # " of the country", " where WFP works" after the noun: a set of its own (a date is none:
    # " du 10 au 12 octobre").
    scope: re.Pattern[str]


@cache
def _compile(lex: Lexicon) -> _Patterns:
    joins = alternation(lex.name_joins)
    word = rf"{_CAP}[\w’'-]*"
    name = rf"{word}(?:[ \t]+(?:(?:{joins})[ \t]+)?{word}){{0,3}}"
    ands = alternation(lex.and_words)
    return _Patterns(
        series=re.compile(
            rf"(?<![\w])(?P<first>{name})(?:,[ \t\n]+{name}){{1,}}"
            rf",?[ \t\n]+(?:{ands})[ \t\n]+{name}"
        ),
        and_name=re.compile(rf"[ \t\n]+(?:{ands})[ \t\n]+{_CAP}"),
        and_before=re.compile(rf"(?<![\w])(?:{ands})[ \t\n]+$"),
        determiner=re.compile(
            rf"(?<![\w])(?:{alternation(lex.list_back_determiners)})[ \t\n]+$", re.I
        ),
        subset=phrases(lex.list_subset_words),
        copula=re.compile(rf"[\s,]*(?:{alternation(lex.auxiliaries)})[ \t\n]+$", re.I),
        name=re.compile(name),
        scope=re.compile(
            rf"[ \t\n]+(?:{alternation((*lex.n_of_w, *lex.place_prepositions, *lex.name_joins))}"
            rf"|{alternation(lex.clause_leads)})"
            r"[ \t\n]+(?!\d)",
            re.I,
        ),
    )


def back_counted(doc: Document, index: QuantityIndex, lists: list[ItemList]) -> list[ItemList]:
    p = _compile(lexicon(doc.language))
    places = list_patterns(doc.language).places
    stated = {id(lst.stated) for lst in lists if lst.stated is not None}
    text = doc.text
    starts = [s.span.start for s in doc.sentences]
    out: list[ItemList] = []
    for q in index.numbers:
        if not (q.is_quantity and q.kind == "count" and 2 <= q.value <= _MAX_COUNT) or q.scale:
            continue
        det = p.determiner.search(text, max(0, q.span.start - 16), q.span.start)
        noun = re.match(r"[ \t\n]+([^\W\d_][\w-]*)", text[q.span.end : q.span.end + 30])
        if det is None or noun is None or noun.group(1).lower() not in places or id(q) in stated:
            continue
        if p.scope.match(text, q.span.end + noun.end()):
            continue  # "the 12 provinces of the country": a set of its own, not the list
        lst = _list_before(doc, p, q, det.start(), starts)
        if lst is not None:
            out.append(lst)
    return out


def _list_before(
    doc: Document, p: _Patterns, q: Quantity, det: int, starts: list[int]
) -> ItemList | None:
    text = doc.text
    lo = max(0, det - _REACH)
    found = [m for m in p.series.finditer(text, lo, det) if _nearby(starts, m.end(), det)]
    if not found:
        return None
    m = found[-1]
    between = text[m.end() : det]
    if p.and_name.match(text, m.end()) or p.and_before.search(
        text, max(0, m.start() - 8), m.start()
    ):
        return None  # "… and Trinidad and Tobago": the last (or first) name may hold "and"
    if _CONTINUED.search(text, max(0, m.start() - 60), m.start()):
        return None  # "food, shelter, Water, Sanitation and Hygiene": the tail of a longer list
    partial = list_patterns(doc.language).partial
    if partial.search(text, max(0, m.start() - 30), m.start()) or partial.search(between):
        return None  # "such as A, B and C", "A, B and C among others": only some are named
    after = text[q.span.end : q.span.end + 40]
    if not p.copula.fullmatch(between) and (
        p.subset.search(text, det, q.span.start) or p.subset.search(after.split(".")[0])
    ):
        return None
    if _names_between(p, between):
        return None  # "… and D. Rains also reached E. The five provinces": which five?
    items = _items(doc, p, m)
    if len(items) < 3:
        return None
    span = Span(items[0].span.start, items[-1].span.end)
    return ItemList("inline", items, span, stated=q, only_above=True)


def _nearby(starts: list[int], end: int, det: int) -> bool:
    """The list's sentence is the count's, or one of the two before (a bullet counts as one)."""
    here = bisect.bisect_right(starts, det) - 1
    there = bisect.bisect_right(starts, max(0, end - 1)) - 1
    return here - there <= _SENTENCES_BACK


def _names_between(p: _Patterns, between: str) -> bool:
    """A capitalised word that opens no sentence, stands in no bracket and is no acronym."""
    plain = re.sub(r"\([^()]*\)", " ", between)
    for w in re.finditer(rf"{_CAP}[\w’'-]*", plain):
        lead = plain[: w.start()].rstrip(" \t")
        if not lead or lead[-1] in ".!?:\n•" or w.group(0).isupper():
            continue
        return True
    return False


def _items(doc: Document, p: _Patterns, m: re.Match[str]) -> list[ListItem]:
    out: list[ListItem] = []
    for n in p.name.finditer(doc.text, m.start(), m.end()):
        if n.group(0).lower() in {w.lower() for w in lexicon(doc.language).and_words}:
            continue
        out.append(ListItem(doc.text, Span(n.start(), n.end())))
    return out
