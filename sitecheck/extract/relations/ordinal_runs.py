"""A count of people over a stated number of events, then one sentence per event opening on
an ordinal: "The survey found 1,310 people displaced in three events. The first, in Kelo, drove
out 700 villagers. The next struck Dambi on 9 May. 410 people fled. The last, in Mora, displaced
200 people." The events are all of them when the sentences number as many as the whole's
sentence counts: the people of each add up to the whole.

Only happenings that strike people once are read ("attacks", "incidents"): the same people may
attend two distributions or sessions. The first event's sentence opens on "The first", each
later one on "The second", "The next" or "The last" (none on a figure: "The first 300
families" is no event); an event's figure is the one count of people in its sentence
(households aside), or else in the one sentence after it (a place and a date first, the people
then). The whole is the one other count of people in the sentence just before, beside the count
of events ("in three events", "four distinct attacks"). An event with no count of people or
with two, or a number of events that is not the number stated make the reading abstain.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.wording import figures
from sitecheck.lang import alternation, lexicon

_FIRST, _NEXT, _LAST = 0, 1, 2
_MAX_EVENTS = 8


@cache
def _event_count(language: str) -> re.Pattern[str]:
    """ "four events", "tres ataques distintos": what follows the count of events."""
    words = alternation(lexicon(language).harm_events)
    return re.compile(rf"\s+(?:[^\W\d_]+\s+)?(?:{words})(?![\w])", re.I)


@cache
def _openings(language: str) -> tuple[re.Pattern[str], ...]:
    """An ordinal opening a sentence, not before a figure ("The first 300 families")."""
    lex = lexicon(language)
    return tuple(
        re.compile(rf"[\s*•\-–—]*(?:{alternation(words)})(?![\w])(?!\s*\d)", re.I)
        for words in (lex.ordinal_firsts, lex.ordinal_nexts, lex.ordinal_lasts)
    )


def _opens(doc: Document, s: Sentence) -> int | None:
    """Which ordinal the sentence opens on, if any."""
    for how, pattern in enumerate(_openings(doc.language)):
        if pattern.match(doc.text, s.span.start, s.span.end):
            return how
    return None


def _people(nums: list[Quantity]) -> list[Quantity]:
    """Counts of people, not of their households ("188 people of 51 families")."""
    return [q for q in figures(nums) if q.kind == "count" and q.is_people and not q.is_households]


def ordinal_runs(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    sentences = doc.sentences
    first = _openings(doc.language)[_FIRST]
    for i, s in enumerate(sentences):
        if i == 0 or not first.match(doc.text, s.span.start, s.span.end):
            continue  # cheap: the run starts on a sentence that opens on "The first"
        head = sentences[i - 1]
        if head.block is not s.block:
            continue

        def nums_of(k: int) -> list[Quantity]:
            return index.between(sentences[k].span.start, sentences[k].span.end)

        parts = _events(doc, sentences, i, nums_of)
        if parts is None or len(parts) < 2:
            continue
        whole = _whole(doc, figures(nums_of(i - 1)), len(parts))
        if whole is None:
            continue
        rel.breakdowns.append(Breakdown(whole, parts, "connector"))


def _events(
    doc: Document,
    sentences: list[Sentence],
    i: int,
    nums_of: Callable[[int], list[Quantity]],
) -> list[Quantity] | None:
    """The one count of people of each event, the first event's sentence at ``i``; None when
    an event has none or two."""
    parts: list[Quantity] = []
    k = i
    while k < len(sentences) and len(parts) < _MAX_EVENTS:
        how = _opens(doc, sentences[k]) if sentences[k].block is sentences[i].block else None
        if how is None or (how == _FIRST) != (k == i):
            return parts
        found = _people(nums_of(k))
        extra = k + 1 < len(sentences) and sentences[k + 1].block is sentences[k].block
        if not found and extra and _opens(doc, sentences[k + 1]) is None:
            k += 1  # "The next struck Dambi on 9 May. 410 people fled."
            found = _people(nums_of(k))
        if len(found) != 1:
            return None
        parts.append(found[0])
        k += 1
        if how == _LAST:
            break
    return parts


def _whole(doc: Document, figs: list[Quantity], events: int) -> Quantity | None:
    """The one count of people of the sentence before the events, beside a count of events
    that numbers them as the sentences do."""
    after = _event_count(doc.language)
    counted = [
        q
        for q in figs
        if q.kind == "count" and q.value == events and after.match(doc.text, q.span.end)
    ]
    if len(counted) != 1:
        return None
    people = [q for q in _people(figs) if q is not counted[0]]
    return people[0] if len(people) == 1 and people[0].usable else None
