"""A breakdown head that holds no figure, then bullet lines that each open on a part:

    602,318 people were given household items.
    Breakdown of people reached:
    ▪ 401,227 residents of camps got household items; …
    ▪ 139,586 returnees got household items; …

The head says the lines split a whole stated before it: the one figure, a few sentences back,
that counts what the parts count and is no part of another figure of its sentence ("…; 98,420
of which also received shelter" is the headline's part, not a second headline).
"""

from __future__ import annotations

import re

from sitecheck.document import Document, Sentence, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.item_runs import Words, words
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.wording import WORD, lead, lead_noun, period_words, same_word

# A line of words with no figure that ends with a colon: "Breakdown of people reached:".
_HEAD = re.compile(r"^[ \t]*([^\W\d][^\n\d:]{2,100}):[ \t]*$", re.M)
_BULLET = re.compile(r"[ \t]*[•●▪·◦*+–-][ \t]+")
# A line that goes on in lower case, or on a figure then lower case ("62,210 of which …").
_WRAPPED = re.compile(r"[ \t]*(?:\d[\d.,\u00a0\u202f]*[ \t]+)?[a-zà-öø-ÿ]")
_LOOK_BACK = 3  # sentences between the head and the one that states the whole
_MAX_ITEMS = 40


def head_lists(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    if ":" not in doc.text:
        return
    p = relation_patterns(doc.language)
    w = words(doc.language)
    for m in _HEAD.finditer(doc.text, *doc.extent):
        head = m.group(1)
        if not (w.breakdown.search(head) or p.partition_head.search(head)):
            continue
        parts = _parts(doc, index, m.end())
        if len(parts) < 2 or not _one_unit(p, parts):
            continue
        found = _whole(doc, index, p, m.start(), parts, rel)
        if found is None or any(b.total is found[0] for b in rel.breakdowns):
            continue
        whole, sure = found
        some = bool(p.partial.search(head)) or not sure
        # Sectors and services overlap: one person reached by two of them is counted twice.
        overlap = any(_serves(w, q) for q in parts)
        rel.breakdowns.append(
            Breakdown(whole, parts, "colon", exhaustive=not some, at_most=some, one_way=overlap)
        )


def _parts(doc: Document, index: QuantityIndex, start: int) -> list[Quantity]:
    """The first figure of each bullet line after the head, up to the first line that is no
    such item (blank lines between items are passed over)."""
    text = doc.text
    out: list[Quantity] = []
    pos = start + 1
    while pos < len(text) and len(out) < _MAX_ITEMS:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if not text[pos:end].strip():
            pos = end + 1
            continue
        bullet = _BULLET.match(text, pos, end)
        if bullet is None and out and _WRAPPED.match(text, pos, end):
            pos = end + 1  # the item's sentence wrapped onto this line ("… got\nhousehold …")
            continue
        if bullet is None:
            break
        figs = index.between(bullet.end(), end)
        if not figs or lead(figs[0]) != bullet.end() or not figs[0].usable or figs[0].from_words:
            break
        out.append(figs[0])
        pos = end + 1
    return out


def _one_unit(p: RelationPatterns, parts: list[Quantity]) -> bool:
    first = parts[0]
    if first.kind not in ("count", "money"):
        return False
    if any(q.kind != first.kind or q.currency != first.currency for q in parts):
        return False
    if first.kind == "money":
        return True
    if all(q.is_people and not q.is_households for q in parts):
        return True
    return all(same_word(lead_noun(q, p), lead_noun(first, p)) for q in parts)


def _serves(w: Words, q: Quantity) -> bool:
    """ "7,000 people with food", "5,000 people in Health": a part named by a service or a
    sector another part may share."""
    first = q.noun.split()[:4]
    return bool(w.services & set(first[:3])) or bool(w.sectors.search(" ".join(first)))


def _counts(p: RelationPatterns, q: Quantity, first: Quantity) -> bool:
    """Whether a figure counts what the parts count."""
    if q.kind != first.kind or q.currency != first.currency or q.from_words or not q.usable:
        return False
    if first.kind == "money":
        return True
    if first.is_people:
        return q.is_people and not q.is_households
    return same_word(lead_noun(q, p), lead_noun(first, p))


def _whole(
    doc: Document,
    index: QuantityIndex,
    p: RelationPatterns,
    head: int,
    parts: list[Quantity],
    rel: Relations,
) -> tuple[Quantity, bool] | None:
    """The one figure of the nearest sentence before the head that counts the parts' unit and
    is no part of another; sentences passed over must count none and name no other period.
    Whether it is sure: no part of it counts that unit too ("$10 million, of which $4 million
    received. Breakdown of funding received: …" may split the part)."""
    text = doc.text
    tied = {id(r.part) for r in rel.parts}
    sentence = _sentence_before(doc, head)
    for _ in range(_LOOK_BACK):
        if sentence is None:
            return None
        span = sentence.span
        alike = [
            q
            for q in index.between(span.start, min(span.end, head))
            if _counts(p, q, parts[0]) and text[lead(q) - 1 : lead(q)] != "("
        ]
        found = [q for q in alike if id(q) not in tied]
        if alike:
            return (found[0], len(found) == len(alike)) if len(found) == 1 else None
        if period_words(doc.language).search(text, span.start, span.end):
            return None
        sentence = _sentence_before(doc, span.start)
    return None


def _sentence_before(doc: Document, start: int) -> Sentence | None:
    """The sentence that ends right before ``start`` (white space between)."""
    pos = start - 1
    while pos > max(0, start - 200) and doc.text[pos].isspace():
        pos -= 1
    return doc.sentence_at(pos) if pos >= 0 else None


# "According to the breakdown," or "Breakdown by province:" before the parts.
_OPENING = re.compile(r"\W*([^\d,.;:]{1,60}?)[,:]")
_OPENING_WORDS = 5
_BARE = re.compile(r"[ \t]*(?:[,;.)]|$)")  # "Sofala 7,000; …": a figure after its label


def breakdown_opening(
    doc: Document,
    span: Span,
    figs: list[Quantity],
    prev: tuple[Span, list[Quantity]] | None,
    rel: Relations,
) -> None:
    """ "About 284 people fled. According to the breakdown, 103 people left A (38 families) and
    131 people left B": a sentence that opens by saying it breaks down splits, unit by unit
    (people, households), the one figure of that unit in the sentence before. It may leave
    some out: the parts can only fall short of it. "Breakdown by province: Sofala 7,000;
    Manica 5,400": figures after their labels count the whole's unit."""
    text = doc.text
    p = relation_patterns(doc.language)
    m = _OPENING.match(text, span.start, span.end)
    if prev is None or m is None or len(WORD.findall(m.group(1))) > _OPENING_WORDS:
        return
    if not (
        words(doc.language).breakdown.search(m.group(1)) or p.partition_head.search(m.group(1))
    ):
        return
    if text[m.end() - 1] == ":" and ":" in text[m.end() : span.end]:
        return  # "Desglose: Escuintla: 34 albergues, …": labelled items (colon_items)
    after = [q for q in figs if q.span.start > m.end()]
    bare = bool(after) and all(_BARE.match(text, q.span.end, span.end) for q in after)
    if text[m.end() - 1] == ":" and not bare:
        return  # "Breakdown of people reached:" over lines of services (head_lists)
    for unit in ("people", "households"):
        parts = after if bare else [q for q in after if _unit(q) == unit]
        wholes = [q for q in prev[1] if _unit(q) == unit and not q.from_words]
        if len(parts) < 2 or len(wholes) != 1 or any(q.from_words for q in parts):
            continue
        nouns = [lead_noun(q, p) for q in parts]
        if not bare and not all(same_word(n, nouns[0]) for n in nouns):
            continue  # "1,200 women and 900 children": groups that may overlap
        whole = wholes[0]
        if bare and _other_counts(prev[1], whole):
            return  # "1,200 people and 3,000 houses. By province: A 2,000, …": which one?
        if not any(b.total is whole for b in rel.breakdowns):
            rel.breakdowns.append(Breakdown(whole, parts, "labels", False, at_most=True))
        if bare:
            return  # bare figures count one unit: the first whole found


def _other_counts(figs: list[Quantity], whole: Quantity) -> bool:
    """Whether the sentence of the whole counts something else too (its families aside)."""
    return any(
        q is not whole and q.kind == "count" and not (q.is_households and whole.is_people)
        for q in figs
    )


def _unit(q: Quantity) -> str:
    if q.kind != "count" or not q.usable:
        return ""
    return "households" if q.is_households else "people" if q.is_people else ""
