"""Restatements by a given figure: "… reached some US$ 33.2 million. Of those 33.2 million, the
clusters report 41% used"; "IOM recorded 1.6 million IDPs … 24.7% of the 1.6 million IDPs are
in camps".

A definite article after "of" or a plural demonstrative right before a figure ("of the",
"those", "esos", "dos", "parmi les") presents it as stated before. It may also point at a group
the text never counted ("most have returned; of these 2 million, …") or at a sum of figures
("12,000 in A and 8,000 in B; of the 20,000 people, …"), so only two plain forms are read:

- a bare amount, a clause ending right after it ("those 33.2 million,"): its antecedent is the
  figure right before it, in its sentence or the one before, with no other figure between (a
  percentage between may have derived it: "40% was received; these 20 million …"), an amount
  too (money, or a count without a noun) of the same currency and scale word;
- a figure with a noun phrase up to a verb or a clause end ("the 1.6 million IDPs are …"): its
  antecedent is the one earlier figure, in its sentence or the one before, whose phrase opens
  on the same noun (people, persons, individuals are one) and holds every further word of it.
  Any other figure of the same kind there that names no noun, one that agrees, or a run of
  them that adds up to it makes it silent; so do sets a report may never count ("of the 25
  provinces"), and any place, period or scope word that one of the two sentences names and the
  other does not (the given figure's sentence read up to its noun phrase): after "60,000
  people targeted in May", "the 150,000 people targeted" may be the year's.

A demonstrative opening its sentence ("These 12 countries are …", "Estas 3.100 personas son …")
points at a group just counted, never at a set the text left uncounted: its noun may follow an
adjective of the earlier phrase ("12 industrialized countries"), a set of places counts, and
only a place, period or scope word its own sentence adds (read up to its verb) sets it apart.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import dropwhile

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.wording import fold
from sitecheck.extract.restated_near import same_stem
from sitecheck.extract.restated_synonyms import canonical
from sitecheck.extract.scope import ScopeReader
from sitecheck.interval import Interval
from sitecheck.lang import lexicon

# A line break ends the phrase unless the sentence goes on below in lower case (hard-wrapped
# prose: "of the 765,000 people in\nacute hunger" names more than "people in"), past a blank
# line a double-spaced export left inside the sentence.
_WRAP = r"(?![ \t]*(?:\n[ \t]*)?[a-zà-öø-ÿ])"
_CLAUSE_END = re.compile(rf"[ \t]*(?:[,;:.!?)]|\s*$|\n{_WRAP})")
_NP_END = re.compile(rf"[,;:.!?()\[\]]|\n{_WRAP}")
_TOKEN = re.compile(r"[\w’'-]+")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W_]")  # a letter or a digit
_LOOK_BACK = 60  # characters before a figure its given lead is looked for in
_MAX_FIGURES = 40  # figures looked back at: a paragraph or two
_PEOPLE = "\x00people"  # the one token generic people nouns fold to
_SCOPE_KINDS = ("n:", "m:", "t:", "s:")  # places, months, dates, scope words

# The folded words of a figure's noun phrase, and whether it is a noun alone ("196 localities")
Tokens = Callable[[Quantity], "tuple[tuple[str, ...], bool] | None"]
Scope = Callable[[], ScopeReader]  # the scope reader, built when first needed


@dataclass(frozen=True, eq=False)
class _Given:
    leads: frozenset[tuple[str, ...]]  # "of the" as ("of", "the"), lower case
    scales: dict[str, float]
    stops: frozenset[str]  # "are", "were": the noun phrase ends before the verb
    articles: frozenset[str]  # "the": left out of a noun phrase, as in the earlier one's
    people: frozenset[str]  # "people", "persons": one noun (folded)
    dimensions: frozenset[str]  # "provinces", "countries": a set the report may never count
    pointing: frozenset[str]  # "these", "those": a demonstrative names a group just counted


@cache
def _given(language: str) -> _Given:
    lex = lexicon(language)
    # "the", "des": articles some lexicons list among the auxiliaries; a noun phrase goes on.
    not_verbs = {w.lower() for w in (*lex.articles, *lex.of_articles, *lex.of_the, *lex.share_of)}
    return _Given(
        leads=frozenset(tuple(w.lower().split()) for w in lex.given_leads),
        scales={k.lower(): v for k, v in lex.scale_words.items()},
        stops=frozenset(w.lower() for w in (*lex.auxiliaries, *lex.place_verbs)) - not_verbs,
        articles=frozenset(w.lower() for w in (*lex.articles, *lex.of_articles)),
        people=frozenset(fold(w.lower()) for w in lex.generic_people_nouns),
        dimensions=frozenset(fold(w.lower()) for w in lex.partition_dimensions),
        pointing=frozenset(w.lower() for w in lex.given_leads if w in lex.demonstratives),
    )


def restated_interval(q: Quantity) -> Interval:
    """The values a restated figure may stand for: its interval, and for a plain round figure
    ("25,000", "1,200") any value that rounds to it at its last non-zero digit."""
    if q.qualifier or q.scale or q.decimals or q.value <= 0 or q.value != int(q.value):
        return q.interval
    value, unit = int(q.value), 1
    while value % 10 == 0:
        value //= 10
        unit *= 10
    if unit < 100:
        return q.interval
    return Interval(min(q.interval.lo, q.value - unit / 2), max(q.interval.hi, q.value + unit / 2))


def _lead_start(q: Quantity) -> int:
    return min(q.span.start, q.qualifier_span.start) if q.qualifier_span else q.span.start


def given_restatements(
    doc: Document,
    numbers: list[Quantity],
    tokens: Tokens,
    scope: Scope,
) -> Iterator[tuple[Quantity, Quantity, str]]:
    """(antecedent, figure, noun phrase) of a figure presented as given and the figure it names
    (the noun phrase of the given figure, empty for a bare amount)."""
    g = _given(doc.language)
    text = doc.text
    # A line of a dash or a bullet alone is no sentence between a figure and the one it names.
    starts = [s.span.start for s in doc.sentences if _WORD.search(text, s.span.start, s.span.end)]
    for i, q in enumerate(numbers):
        if i == 0 or not q.usable or q.kind not in ("count", "money"):
            continue
        start = _lead_start(q)
        if not _given_lead(text, start, g.leads):
            continue
        if _CLAUSE_END.match(text, q.span.end):
            a = numbers[i - 1]
            if _antecedent_near(doc, a, q) and _amount_alike(a, q, g.scales):
                yield a, q, ""
            continue
        pointing = _pointing(doc, start, g)
        found = _named(doc, numbers, i, tokens, g, starts, pointing)
        if found is not None and _same_scope(scope(), found, q, pointing, g):
            yield found, q, _written(doc, q, g)


def _pointing(doc: Document, start: int, g: _Given) -> bool:
    """A demonstrative opening its sentence right before the figure ("These 12 countries are
    …"); a phrase fronted before it ("In the hill villages, these …") may narrow the group."""
    sentence = doc.sentence_at(start)
    if sentence is None:
        return False
    words = [w for w in doc.text[sentence.span.start : start].split() if _LETTER.search(w)]
    return len(words) == 1 and words[0].lower() in g.pointing


def _given_lead(text: str, start: int, leads: frozenset[tuple[str, ...]]) -> bool:
    """Whether the words right before a figure are a given lead (a word or three, read from the
    end: a figure costs a split of a few characters, not a search)."""
    head = text[max(0, start - _LOOK_BACK) : start]
    if not head[-1:].isspace():
        return False
    words = tuple(w.lower() for w in head.split()[-3:])
    return any(words[-n:] in leads for n in range(1, len(words) + 1))


def _scale(q: Quantity, scales: dict[str, float]) -> float | None:
    return None if q.scale is None else scales.get(q.scale.lower(), 0.0) or None


def _amount_alike(a: Quantity, q: Quantity, scales: dict[str, float]) -> bool:
    """Whether the antecedent is an amount a bare figure can name again."""
    if not (a.usable and a.kind in ("money", "count")):
        return False
    if a.kind == "count" and (a.noun or q.kind != "count"):
        return False  # "1,200 people": a count with a noun is no bare amount
    if q.currency is not None and q.currency != a.currency:
        return False
    return (a.scale is None) == (q.scale is None) and _scale(a, scales) == _scale(q, scales)


def _antecedent_near(doc: Document, a: Quantity, q: Quantity) -> bool:
    """The antecedent lies in the figure's sentence or the one before, outside parentheses."""
    here = doc.sentence_at(q.span.start)
    there = doc.sentence_at(a.span.start)
    if here is None or there is None:
        return False
    if there is not here:
        i = doc.sentences.index(here)
        if i == 0 or doc.sentences[i - 1] is not there:
            return False
    return _outside_brackets(doc, a)


def _outside_brackets(doc: Document, q: Quantity) -> bool:
    sentence = doc.sentence_at(q.span.start)
    if sentence is None:
        return False
    head = doc.text[sentence.span.start : q.span.start]
    return head.count("(") <= head.count(")")


def _noun_phrase(doc: Document, q: Quantity, g: _Given) -> tuple[str, ...]:
    """The folded words after a given figure up to a clause end or a verb ("IDPs are …")."""
    words = [w for w in _written(doc, q, g).split() if w not in g.articles]
    said = canonical(tuple(map(fold, words)), doc.language)  # "the 1.6 million IDPs"
    return tuple(_PEOPLE if w in g.people else w for w in said)


def _written(doc: Document, q: Quantity, g: _Given) -> str:
    """The words after a given figure up to a clause end or a verb, lower case."""
    return " ".join(m.group(0).lower() for m in _phrase_words(doc, q, g))


def _phrase_words(doc: Document, q: Quantity, g: _Given) -> list[re.Match[str]]:
    rest = doc.text[q.span.end : q.span.end + _LOOK_BACK * 2]
    m = _NP_END.search(rest)
    words = []
    for word in _TOKEN.finditer(rest[: m.start()] if m else rest):
        if word.group(0).lower() in g.stops:
            break
        words.append(word)
    return words


def _named(
    doc: Document,
    numbers: list[Quantity],
    i: int,
    tokens: Tokens,
    g: _Given,
    starts: list[int],
    pointing: bool = False,
) -> Quantity | None:
    """The one earlier figure whose phrase opens on the given figure's noun and holds its other
    words, when no other figure of the kind nearby could be meant. A demonstrative ("these 12
    countries") points at a group just counted: its noun may follow one word of the earlier
    phrase ("12 industrialized countries"), and a set of places is no longer unknown."""
    q = numbers[i]
    phrase = _noun_phrase(doc, q, g)
    if not phrase or (phrase[0] in g.dimensions and not pointing):
        return None  # "of the 25 provinces": maybe all of the country's, never counted before
    # Its sentence and the one before: further back, a group the text names without counting
    # it may come between ("3 million displaced. Most have returned. Of these 2 million …").
    # A demonstrative relies on no period of its own: one sentence more is read, where a group
    # of its noun ("In May, 3,100 … In June, 4,200 … These 3,100 …") makes it silent.
    at = bisect.bisect_right(starts, q.span.start)
    lo = starts[max(0, at - 2)] if starts else 0
    far = starts[max(0, at - 3)] if starts and pointing else lo
    known: list[Quantity] = []
    near: list[Quantity] = []  # every figure of the kind in reach, for sums
    for a in reversed(numbers[max(0, i - _MAX_FIGURES) : i]):
        if a.span.start < far:
            break
        if not (a.usable and a.kind == q.kind and a.currency == q.currency):
            continue
        if not _outside_brackets(doc, a):
            continue
        near.append(a)
        found = tokens(a)
        if found is None:
            return None  # a figure naming no noun ("8,000 in B") may be the one meant
        words = tuple(_PEOPLE if w in g.people else w for w in found[0])
        if q.kind == "money":  # "CHF 187,650 was allocated": an amount's phrase is its verb
            words = tuple(dropwhile(lambda w: w in g.stops, words)) or words
        if found[1]:
            if words[0] == phrase[0]:
                return None  # "affecting 950,000 people": what is counted is the verb's
            continue  # a noun alone, another ("across 196 localities"): another set
        if words[0] != phrase[0] and pointing and words[1:2] == phrase[:1]:
            words = words[1:]  # "12 industrialized countries" … "these 12 countries"
        if words[0] != phrase[0]:
            continue
        if a.span.start < lo or restated_interval(a).intersects(restated_interval(q)):
            return None  # one reading agrees, or an earlier group may be meant
        if not all(any(same_stem(w, x) for x in words[1:]) for w in phrase[1:]):
            return None  # the given phrase says more ("the 800 people in need"): maybe a part
        known.append(a)
    if len(known) != 1 or _a_sum(near, restated_interval(q)):
        return None
    return known[0]


def _a_sum(figures: list[Quantity], target: Interval) -> bool:
    """Whether figures in a row add up to the given one ("12,000 in A, 8,000 families in B; of
    the 20,000 people …"): then it names their total."""
    for start in range(len(figures)):
        total = Interval(0, 0)
        for q in figures[start:]:
            total = Interval(total.lo + q.interval.lo, total.hi + q.interval.hi)
            if q is not figures[start] and total.intersects(target):
                return True
    return False


def _same_scope(
    scope: ScopeReader, a: Quantity, q: Quantity, pointing: bool = False, g: _Given | None = None
) -> bool:
    """The given figure's sentence up to its noun phrase and the antecedent's sentence name the
    same places, periods and scope words: "In Sindh, of the 1,200 people …" is Sindh's share,
    and "60,000 people targeted in May. Of the 150,000 people targeted, …" may name the year's
    people, never stated before. A demonstrative ("These 12 countries are …", read up to its
    verb) takes the scope of the group it points at: only what it adds counts."""
    here = scope.doc.sentence_at(q.span.start)
    there = scope.doc.sentence_at(a.span.start)
    if here is None or there is None:
        return False
    end = _NP_END.search(scope.doc.text, q.span.end, here.span.end)
    stop = end.start() if end else here.span.end
    if pointing and g is not None:
        words = _phrase_words(scope.doc, q, g)
        stop = q.span.end + words[-1].end() if words else q.span.end
    # A currency written with the figure ("US$") is no place on either side.
    given = scope.tokens([Span(here.span.start, stop)], skip=[q.span]) - _head_name(scope.doc, q)
    around = scope.tokens([there.span], skip=[a.span]) - _head_name(scope.doc, a)
    differ = given - around if pointing else given ^ around
    return not {t for t in differ if t.startswith(_SCOPE_KINDS)}


def _head_name(doc: Document, q: Quantity) -> set[str]:
    """The noun right after a figure read as a name ("of the 58,300 IDPs"): what is counted,
    compared with the other figure's noun already (a synonym maybe), not a place."""
    if doc.text[q.span.end : q.span.end + 1] != " ":
        return set()
    m = _TOKEN.match(doc.text, q.span.end + 1)
    return {f"n:{m.group(0).lower()}"} if m else set()
