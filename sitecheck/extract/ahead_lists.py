"""A count of places that the names after it spell out: "… for five forgotten crises. The
grants will support aid in Chad, Colombia, Mali, Niger and Sudan", "desplazados en siete
departamentos. … hay población desplazada en Canelones, …, Soriano y Tacuarembó".

The count (a small one, of administrative places, countries or crises) comes first; the names
open the places of the next sentence, after a preposition of place ("in", "au", "across"). In
the count's own sentence "four camps in A, B and C" says where the things counted are (a colon
or brackets there are read by ``lists``). Nothing that picks some of them out may stand before
the series ("such as", "including", "for example", "worst in"), nor another place noun or
count of places in between, nor "and" and a name after it (a name that holds "and"). The names
may be fewer than the count for a reason (a selection is written like a full list): the list
is only taken when it names all but one of them at most, and only a count above the names
listed is wrong, as for a count that names a list back (``back_lists``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from sitecheck.document import Document, Span
from sitecheck.extract.list_model import ItemList, ListItem
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.wording import same_word
from sitecheck.lang import alternation, lexicon, phrases
from sitecheck.lang.base import Lexicon

_MAX_COUNT = 30
_MIN_ITEMS = 3
_MISSING = 1  # names a list may lack and still be read as the full set it counts
_CAP = "[A-ZÀ-ÖØ-Þ]"
_WORD = re.compile(r"[^\W\d_][\w-]*")
_NOUN = re.compile(r"[ \t\u00a0\n]+(?:([^\W\d_][\w-]*)[ \t\u00a0\n]+)?([^\W\d_][\w-]*)")
_SOME_REACH = 60  # characters before the series where "such as" picks some out


@dataclass(frozen=True, eq=False)
class _Patterns:
    series: re.Pattern[str]  # "in Chad, Colombia, … and Sudan", "au Cameroun, en Libye, …"
    name: re.Pattern[str]
    before: re.Pattern[str]  # the count's determiner: "the other five", "the top three"
    some: re.Pattern[str]  # "such as", "including", "for example": some of them only
    and_name: re.Pattern[str]  # "and Tobago" right after a series: the last name may hold "and"
    nouns: frozenset[str]
    places: frozenset[str]


@cache
def _compile(lex: Lexicon) -> _Patterns:
    joins = alternation(lex.name_joins)
    word = rf"{_CAP}[\w’'-]*"
    name = rf"{word}(?:[ \t]+(?:(?:{joins})[ \t]+)?{word}){{0,3}}"
    # The names say where, as the count does ("in five provinces"): the first follows a
    # preposition of place; a series that is a clause's subject may be other places.
    first = alternation((*lex.series_leads, *lex.place_prepositions, *lex.named_set_leads))
    lead = rf"(?:(?:{alternation(lex.series_leads)})[ \t\n]+)?"
    ands = alternation(lex.and_words)
    some = (
        *lex.partial_words, *lex.example_words, *lex.inclusive_connectors, *lex.part_connectors,
    )  # fmt: skip
    return _Patterns(
        series=re.compile(
            rf"(?<![\w])(?:{first})[ \t\n]+(?P<names>{name}(?:,[ \t\n]+{lead}{name}){{1,}}"
            rf",?[ \t\n]+(?:{ands})[ \t\n]+{lead}{name})"
        ),
        name=re.compile(name),
        before=phrases(lex.list_subset_words),
        some=phrases(some),
        and_name=re.compile(rf"[ \t\n]+(?:{ands})[ \t\n]+{_CAP}"),
        nouns=frozenset(w.lower() for w in lex.named_set_nouns),
        places=frozenset(w.lower() for w in lex.partition_dimensions),
    )


def ahead_counted(doc: Document, index: QuantityIndex, lists: list[ItemList]) -> list[ItemList]:
    """The lists of names that a count before them announces, not read yet."""
    p = _compile(lexicon(doc.language))
    stated = {id(lst.stated) for lst in lists if lst.stated is not None}
    taken = _Taken([lst.span for lst in lists])
    ends = [s.span.end for s in doc.sentences]
    out: list[ItemList] = []
    for q in index.numbers:
        if not (q.is_quantity and q.kind == "count" and 3 <= q.value <= _MAX_COUNT) or q.scale:
            continue
        noun = _counted_noun(p, doc.text, q)
        if noun is None or id(q) in stated:
            continue
        lst = _list_after(doc, p, index, q, noun, ends)
        if lst is None or taken.overlaps(lst.span) or (out and out[-1].span.end > lst.span.start):
            continue  # read already (the lists found here come in text order)
        out.append(lst)
    return out


class _Taken:
    """The spans of the lists read already, tested for overlap by bisection."""

    def __init__(self, spans: list[Span]) -> None:
        spans = sorted(spans, key=lambda sp: sp.start)
        self.starts = [sp.start for sp in spans]
        self.reach = list(accumulate((sp.end for sp in spans), max))

    def overlaps(self, span: Span) -> bool:
        i = bisect.bisect_left(self.starts, span.end) - 1  # the last list starting before its end
        return i >= 0 and self.reach[i] > span.start


def _counted_noun(p: _Patterns, text: str, q: Quantity) -> re.Match[str] | None:
    """ "five provinces", "five forgotten crises", "seis países": the noun of places or crises
    the count counts, right after it or after one word."""
    m = _NOUN.match(text, q.span.end)
    if m is None:
        return None
    for i in (1, 2):
        if m.group(i) and m.group(i).lower() in p.nouns:
            return _WORD.match(text, m.start(i))
    return None


def _list_after(
    doc: Document,
    p: _Patterns,
    index: QuantityIndex,
    q: Quantity,
    noun: re.Match[str],
    ends: list[int],
) -> ItemList | None:
    text = doc.text
    if p.before.search(text, max(0, q.span.start - 20), q.span.start):
        return None  # "the other five provinces", "the top three": some of a larger set
    here = bisect.bisect_left(ends, q.span.end)
    if here + 1 >= len(ends):
        return None
    # The names open the next sentence's places: in the count's own sentence, "four camps in
    # A, B and C" says where the camps are (a colon or brackets there are read elsewhere).
    m = p.series.search(text, ends[here], ends[here + 1])
    if m is None or _picked(p, text, index, ends[here], m.start("names")):
        return None
    if p.and_name.match(text, m.end()):
        return None  # "… Guyana and Trinidad and Tobago": the last name may hold "and"
    between = text[q.span.end : m.start("names")]
    if p.some.search(between[-_SOME_REACH:]) or p.some.search(text, m.end(), m.end() + 40):
        return None  # "such as A, B and C", "A, B and C, among others"
    own = noun.group(0).lower()
    if any(w.lower() in p.places and not same_word(w.lower(), own) for w in _WORD.findall(between)):
        return None  # "… in four provinces. The camps in A, B and C": other places
    if any(_counted_noun(p, text, r) for r in index.between(noun.end(), m.start())):
        return None  # another count of places comes between: which one is listed?
    items = _items(doc, p, m)
    if len(items) < _MIN_ITEMS or len(items) + _MISSING < q.value or len(items) > q.value:
        return None
    span = Span(items[0].span.start, items[-1].span.end)
    return ItemList("inline", items, span, stated=q, only_above=True)


_QUALIFIER_REACH = 12  # "more than 7 million": a subset word right before a figure qualifies it


def _picked(p: _Patterns, text: str, index: QuantityIndex, start: int, end: int) -> bool:
    """Whether the sentence of the names picks some out before them ("Damage was worst in",
    "the main operations are in"); "more than seven million people in" qualifies a figure."""
    figures = [q.span.start for q in index.between(start, end)]
    return any(
        not any(w.end() <= f < w.end() + _QUALIFIER_REACH for f in figures)
        for w in p.before.finditer(text, start, end)
    )


def _items(doc: Document, p: _Patterns, m: re.Match[str]) -> list[ListItem]:
    ands = {w.lower() for w in lexicon(doc.language).and_words}
    out: list[ListItem] = []
    for n in p.name.finditer(doc.text, m.start("names"), m.end()):
        if n.group(0).lower() not in ands:
            out.append(ListItem(doc.text, Span(n.start(), n.end())))
    return out
