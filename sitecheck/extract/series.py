"""Runs of short names inside a sentence ("in Cameroon, Chad, Niger and Mali"): lists that state
no count, read only for repeats ("Chad, Chad")."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from itertools import accumulate

from sitecheck.document import Document, Span
from sitecheck.extract.lists import ItemList, ListItem, list_item
from sitecheck.lang import alternation, lexicon

_DIGIT = re.compile(r"\d")

_SHORT_ITEM = 4  # words: "Central African Republic", "inspección de vehículos"


def prose_series(doc: Document, found: list[ItemList]) -> list[ItemList]:
    """Runs of three or more short comma-separated names inside a sentence ("in Cameroon,
    Chad, Chad, Niger and Mali"), for repeats only: no count is stated for them."""
    spans = sorted((lst.span.start, lst.span.end) for lst in found)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end up to each start

    def taken(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and reach[i] > pos

    out: list[ItemList] = []
    for sentence in doc.sentences:
        if sentence.block.kind not in ("paragraph", "list_item"):
            continue
        text = doc.slice(sentence.span)
        if "|" in text or text.count(",") < 2:
            continue
        p = _patterns(doc.language)
        run: list[ListItem] = []
        pos = sentence.span.start
        for piece in [*text.split(","), ""]:
            start, pos = pos, pos + len(piece) + 1
            item = list_item(doc, start, start + len(piece)) if piece.strip() else None
            item = _without_lead(doc, item, p.lead) if item is not None else None
            if item is not None and _short_name(item.text):
                run.append(item)
                continue
            if len(run) >= 3 and not taken(run[0].span.start):
                run[-1:] = _split_last(doc, run[-1], p)
                out.append(ItemList("inline", run, Span(run[0].span.start, run[-1].span.end)))
            run = []
    return out


@dataclass(frozen=True, eq=False)
class _Patterns:
    lead: re.Pattern[str]  # "en " before "Libye"
    last_and: re.Pattern[str]  # " et " in "en Zambie et en Érythrée"


@cache
def _patterns(language: str) -> _Patterns:
    lex = lexicon(language)
    return _Patterns(
        lead=re.compile(rf"(?:{alternation(lex.series_leads)})[ \t\n]+(?=[A-ZÀ-ÖØ-Þ])"),
        last_and=re.compile(rf"[ \t\n]+(?:{alternation(lex.and_words)})[ \t\n]+"),
    )


def _without_lead(doc: Document, item: ListItem, lead: re.Pattern[str]) -> ListItem:
    """ "en Libye" is the name "Libye": the preposition of a series of places goes."""
    m = lead.match(item.text)
    if m is None:
        return item
    return ListItem(item.source, Span(item.span.start + m.end(), item.span.end))


def _split_last(doc: Document, item: ListItem, p: _Patterns) -> list[ListItem]:
    """ "Somalia and Syria", "en Zambie et en Érythrée": two names, when both are capitalised."""
    m = p.last_and.search(item.text)
    if m is None:
        return [item]
    first = ListItem(item.source, Span(item.span.start, item.span.start + m.start()))
    second = _without_lead(
        doc, ListItem(item.source, Span(item.span.start + m.end(), item.span.end)), p.lead
    )
    if not (first.text[:1].isupper() and second.text[:1].isupper()):
        return [item]
    return [first, second]


def _short_name(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _SHORT_ITEM or _DIGIT.search(text):
        return False
    return len(words) > 1 or words[0][:1].isupper()
