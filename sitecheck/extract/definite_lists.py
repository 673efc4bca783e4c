"""Lists that a definite subject names as a whole set: "The five needs most cited by displaced
people are food, water, health, education and livelihoods", or a count, then a sentence whose
definite subject repeats its noun: "Four municipalities were flooded. The municipalities
damaged are Regla, Guanabacoa, Cotorro and Cerro".

The subject opens on a definite article, so the list after its copula is the whole set, not
some of it. Names (capitalised) must end their clause. Common words ("food, water and health")
are taken only when the subject ranks its items ("main", "most cited"): after a copula such
words may be qualities ("the four camps are full, unsafe and closed"). A subject repeated from
the sentence before must not pick some of them out ("the municipalities most affected are").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Sentence, Span
from sitecheck.extract.list_model import ItemList, list_patterns
from sitecheck.extract.lists import _split_series
from sitecheck.extract.name_runs import clause_end, is_name
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.lang import alternation, lexicon, phrases
from sitecheck.lang.base import Lexicon

_MAX_COUNT = 30
_MAX_SUBJECT_WORDS = 20  # "As cinco carências mais mencionadas pelas pessoas deslocadas, …"
_MIN_ITEMS = 3
_MAX_REPEATED_WORDS = 3  # "The municipalities damaged": a noun and its participle, no more
_WORD = re.compile(r"[^\W\d_][\w’'-]*")


@dataclass(frozen=True, eq=False)
class _Patterns:
    opening: re.Pattern[str]  # "• The ", "Los "
    copula: re.Pattern[str]  # " are ", " son "
    ranks: re.Pattern[str]  # "main", "most": the subject ranks what it counts
    narrows: re.Pattern[str]  # "the districts of the north", "in", "that": some of them
    ands: re.Pattern[str]


@cache
def _compile(lex: Lexicon) -> _Patterns:
    return _Patterns(
        opening=re.compile(
            rf"[\s•·▪*-]*(?:{alternation(lex.articles)})[ \t\u00a0]+(?=[^\W_])", re.I
        ),
        copula=re.compile(rf"[ \t\u00a0\n,]+(?:{alternation(lex.list_copulas)})[ \t\u00a0\n]+"),
        ranks=phrases(lex.list_subset_words),
        narrows=phrases(
            (*lex.n_of_w, *lex.place_prepositions, *lex.series_leads, *lex.clause_leads)
        ),
        ands=phrases(lex.and_words),
    )


def definite_lists(doc: Document, numbers: list[Quantity], lists: list[ItemList]) -> list[ItemList]:
    """The lists of ``lists`` with those that definite subjects name added, in text order."""
    p = _compile(lexicon(doc.language))
    index = QuantityIndex(numbers)
    stated = {id(lst.stated) for lst in lists if lst.stated is not None}
    taken = [lst.span for lst in lists]
    out = list(lists)
    previous: Sentence | None = None
    for sentence in doc.sentences:
        lst = _definite(doc, p, index, sentence, previous)
        previous = sentence
        if lst is None or id(lst.stated) in stated:
            continue
        if any(s.start < lst.span.end and lst.span.start < s.end for s in taken):
            continue  # the list is read already, with its own count
        out.append(lst)
    out.sort(key=lambda lst: lst.span.start)
    return out


def _definite(
    doc: Document,
    p: _Patterns,
    index: QuantityIndex,
    sentence: Sentence,
    previous: Sentence | None,
) -> ItemList | None:
    text, span = doc.text, sentence.span
    m = p.opening.match(text, span.start, span.end)
    if m is None or list_patterns(doc.language).partial.search(text, span.start, span.end):
        return None
    copula = p.copula.search(text, m.end(), span.end)
    if copula is None:
        return None
    subject = text[m.end() : copula.start()]
    if ":" in subject or ";" in subject or len(_WORD.findall(subject)) > _MAX_SUBJECT_WORDS:
        return None
    inside = index.between(m.end(), copula.start())
    if inside:
        q = inside[0]
        if len(inside) > 1 or q.span.start != m.end():
            return None  # "The 5 provinces": the count opens the subject, and is its only figure
        ranked = p.ranks.search(subject) is not None
    else:
        # "The municipalities damaged are …": the count is the sentence before's, of that noun.
        noun = _WORD.match(subject)
        if noun is None or previous is None or p.ranks.search(subject) or p.narrows.search(subject):
            return None
        if len(_WORD.findall(subject)) > _MAX_REPEATED_WORDS:
            return None
        found = [
            q
            for q in index.between(previous.span.start, previous.span.end)
            if q.noun.split()[:1] == [noun.group(0).lower()]
        ]
        if len(found) != 1:
            return None
        q, ranked = found[0], False
    if not (q.is_quantity and q.kind == "count" and 2 <= q.value <= _MAX_COUNT) or q.scale:
        return None
    lst = _items(doc, q, copula.end(), span, ranked)
    # "water, health and education, then shelter": an "and" inside an item is no simple series.
    if lst is None or any(p.ands.search(i.text) for i in lst.items):
        return None
    return lst


def _items(doc: Document, q: Quantity, start: int, span: Span, ranked: bool) -> ItemList | None:
    """The series after the copula: names to their clause's end, or (when the subject ranks
    them) short common words to the sentence's end."""
    names = _split_series(doc, start, clause_end(doc, start, span.end))
    if names and len(names[0]) >= _MIN_ITEMS and all(is_name(i.text) for i in names[0]):
        items, extra = names
    elif ranked:
        words = _split_series(doc, start, span.end)
        if not words or len(words[0]) < _MIN_ITEMS:
            return None
        items, extra = words
        if len(items[-1].text.split()) > 6:
            return None  # the last item runs on with the sentence: no list of words
    else:
        return None
    return ItemList(
        "inline",
        items,
        Span(items[0].span.start, items[-1].span.end),
        stated=q,
        extra_readings=extra,
    )
