"""A whole per unit, a colon, then items that each name a place and give one figure per unit:

    the camps hosted 4,386 families and 17,203 individuals:
    Camp A – 612 families, 2,418 individuals;
    Camp B – 905 families, 3,551 individuals.

or, with one unit and bare figures, "1,186 deaths — North: 947; West: 131; Centre: 4". A head
that holds no figure but says it breaks down ("Breakdown by region:") takes its wholes from the
sentence before, one figure per unit. The items name distinct places or groups that are not
people, so they partition the whole, unless the head says the list names only some ("mainly:",
"including:", "the most affected:"): then the parts can only fall short of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.item_runs import (
    Item,
    Words,
    items_after,
    same_units,
    unit,
    words,
)
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.wording import DIGIT, WORD, period_words, same_word

_HEAD = re.compile(r":|\s[\u2013\u2014]\s")  # "…:" or "1,186 deaths — North: 947"
_MAX_UNIT_WORDS = 4  # between a bare whole and its dash: "1,186 deaths —"
_MAX_HEAD_WORDS = 20  # between the last whole and the colon
_MOMENTS = frozenset({"date", "year", "time", "footnote"})
_LOOK_BACK = 3  # sentences between a breakdown head and the one that states its whole


def colon_items(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    """Every head followed by two items or more, with the wholes its units name."""
    text = doc.text
    p = relation_patterns(doc.language)
    w = words(doc.language)
    taken = {id(b.total) for b in rel.breakdowns}
    for m in _HEAD.finditer(text, *doc.extent):
        items = items_after(doc, index, m.end(), p, w)
        if len(items) < 2:
            continue
        units = [unit(q) for q in items[0].values]
        if not all(same_units(units, it.values) for it in items[1:]):
            continue
        labels = [it.label.lower() for it in items]
        if len(set(labels)) != len(labels):
            continue
        subs = [q for it in items for q in it.subs]
        sub_unit = unit(subs[0]) if subs else ""

        def skip(q: Quantity, n: int = len(items), sub: str = sub_unit) -> bool:
            # "4,213 cases, including 39 deaths, in 9 countries:": the sub-parts' whole, and
            # how many items follow, may stand between the whole and the colon.
            return q.value == n or bool(sub and _counts(q, sub, p, w))

        wholes = _wholes(doc, index, m.start(), units, p, w, skip)
        if wholes is None or any(id(q) in taken for q in wholes if q is not None):
            continue
        head = _head(doc, m.start())
        some = bool(
            p.partial.search(head)
            or p.connector_end.search(head)
            or (w.selection.search(head) and not p.partition_head.search(head))
        )
        some = some or _cut(doc, index, items[-1])
        # Sectors overlap: a total of people counted once may fall below the sum.
        sectors = any(w.sectors.search(label) for label in labels)
        if some and sectors:
            continue
        for i, whole in enumerate(wholes):
            if whole is None:
                continue  # "47 deaths / 5 identified": no whole of the identified
            parts = [it.values[i] for it in items]
            rel.breakdowns.append(
                Breakdown(whole, parts, "colon", exhaustive=not some, at_most=some, one_way=sectors)
            )
            taken.add(id(whole))
        _sub_parts(doc, index, m.start(), subs, p, w, rel, taken)


def _sub_parts(
    doc: Document,
    index: QuantityIndex,
    sep: int,
    subs: list[Quantity],
    p: RelationPatterns,
    w: Words,
    rel: Relations,
    taken: set[int],
) -> None:
    """ "4,213 cases, including 39 deaths, in 9 countries: Haiti (1,046 cases, including 4
    deaths), …": the deaths named item by item cannot exceed the deaths of the whole."""
    if len(subs) < 2 or not all(same_word(unit(subs[0]), unit(q)) for q in subs):
        return
    sentence = doc.sentence_at(sep)
    start = max(sentence.span.start if sentence else 0, sep - 300)
    head = [q for q in index.between(start, sep) if q.usable and q.tag is None]
    whole = next((q for q in reversed(head) if _counts(q, unit(subs[0]), p, w)), None)
    if whole is None or id(whole) in taken or whole.kind != "count" or whole.from_words:
        return
    rel.breakdowns.append(Breakdown(whole, subs, "colon", exhaustive=False, at_most=True))
    taken.add(id(whole))


def _cut(doc: Document, index: QuantityIndex, last: Item) -> bool:
    """Whether the items stop short of their sentence's end before more figures: a piece that
    is no item cut the list, and the items read may be only some of it."""
    if last.last:
        return False
    sentence = doc.sentence_at(max(0, last.end - 1))
    return sentence is not None and bool(index.between(last.end, sentence.span.end))


def _head(doc: Document, sep: int) -> str:
    sentence = doc.sentence_at(sep)
    start = sentence.span.start if sentence else max(0, sep - 300)
    return doc.text[max(start, sep - 300) : sep]


def _counts(q: Quantity, unit: str, p: RelationPatterns, w: Words) -> bool:
    """Whether a whole counts the items' unit: "4,386 families and", "812 new confirmed cases"."""
    words = []
    for word in q.noun.split()[:4]:
        if word in p.ands:
            break
        words.append(word)
    return any(same_word(unit, x) or {unit, x} <= w.deaths for x in words)


def _wholes(
    doc: Document,
    index: QuantityIndex,
    sep: int,
    units: list[str],
    p: RelationPatterns,
    w: Words,
    skip: Callable[[Quantity], bool],
) -> list[Quantity | None] | None:
    """The whole of each unit: the last figure of the head that counts it, or, after a head
    that says it breaks down and holds no figure, the one figure of the sentence before."""
    sentence = doc.sentence_at(sep)
    if sentence is None:
        return None
    start = max(sentence.span.start, sep - 300)
    head = [q for q in index.between(start, sep) if q.usable and q.tag is None]
    if units == [""]:
        return _bare_whole(doc, head, sep, p)
    if not all(units):
        return None
    if head:
        wholes = [next((q for q in reversed(head) if _counts(q, u, p, w)), None) for u in units]
        return _in_order(doc, index, wholes, sep, skip)
    text = doc.text[start:sep]
    if not (w.breakdown.search(text) or p.partition_head.search(text)):
        return None
    return _before(doc, index, sentence.span.start, units, p, w)


def _bare_whole(
    doc: Document, head: list[Quantity], sep: int, p: RelationPatterns
) -> list[Quantity | None] | None:
    """ "1,186 deaths — North: 947; …": bare parts count what the figure right before counts."""
    if not head or head[-1].kind != "count" or head[-1].from_words:
        return None
    between = doc.text[head[-1].span.end : sep]
    # "12,400 cases were reported, as follows:": a longer head whose last words say it splits.
    said = words(doc.language).breakdown.search(between)
    longest = _MAX_HEAD_WORDS if said and not between[said.end() :].strip() else _MAX_UNIT_WORDS
    if DIGIT.search(between) or len(WORD.findall(between)) > longest or ";" in between:
        return None
    return [head[-1]]


def _in_order(
    doc: Document,
    index: QuantityIndex,
    wholes: list[Quantity | None],
    sep: int,
    skip: Callable[[Quantity], bool],
) -> list[Quantity | None] | None:
    """Wholes in the items' order, the last one closing the head's clause: no other figure
    after it but dates and those ``skip`` allows."""
    found = [q for q in wholes if q is not None]
    if len(found) != len(wholes) or any(q.kind != "count" or q.from_words for q in found):
        return None
    if any(a.span.start >= b.span.start for a, b in zip(found, found[1:], strict=False)):
        return None
    last = found[-1]
    between = doc.text[last.span.end : sep]
    if len(WORD.findall(between)) > _MAX_HEAD_WORDS or ";" in between:
        return None  # "12,000 were displaced in 2023; as of June:": another clause
    others = index.between(last.span.end, sep)
    fine = [q.span for q in others if q.tag in _MOMENTS or (q.usable and skip(q))]
    for d in DIGIT.finditer(doc.text, last.span.end, sep):
        if not any(sp.start <= d.start() < sp.end for sp in fine):
            return None
    return wholes


def _before(
    doc: Document,
    index: QuantityIndex,
    start: int,
    units: list[str],
    p: RelationPatterns,
    w: Words,
) -> list[Quantity | None] | None:
    """The one figure per unit in the sentence that ends right before ``start``; a unit the
    sentence does not count has no whole. A sentence that counts none of the units is passed
    over ("Toll rises to 74 dead. 1.4 million people affected, 2,986 evacuated. Breakdown: …"),
    a few sentences back at most."""
    for _ in range(_LOOK_BACK):
        pos = start - 1
        while pos > max(0, start - 200) and doc.text[pos].isspace():
            pos -= 1
        prev = doc.sentence_at(pos) if pos >= 0 else None
        if prev is None or start - prev.span.end > 200:
            return None
        figs = [q for q in index.between(prev.span.start, prev.span.end) if q.usable]
        wholes: list[Quantity | None] = []
        for u in units:
            found = [q for q in figs if q.kind == "count" and _counts(q, u, p, w)]
            if len(found) > 1 or any(q.from_words for q in found):
                return None
            wholes.append(found[0] if found else None)
        if any(wholes):
            return wholes
        if period_words(doc.language).search(doc.text, prev.span.start, prev.span.end):
            return None  # "… 3,000 new arrivals this week.": the list may be about that time
        start = prev.span.start
    return None
