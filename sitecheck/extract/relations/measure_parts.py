"""A measured amount (tonnes, litres) and its parts: "287 tonnes of food: 168 to Nippes and 119
to the South-East"; "… 361.80 tonnes. Of that amount, 337.45 tonnes came from its stores and
24.35 tonnes from private donors"; "… 38.64 tonnes of food. Breakdown by department: Sofala 19.42
tonnes, Manica 11.08, …".

A measure is no count (``figures`` leaves it out), so the wordings of counts do not read it.
Here its parts are the figures in its own unit or in none ("168 to Nippes": the ellipsis counts
what the whole counts); each is at most the whole, and parts under a heading that splits by a
dimension ("by department") add up to it. Parts after a colon in the whole's own sentence must
all be elliptical and named by distinct places: "200 tonnes: 500 tonnes are needed" is no split.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, PartOf, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import DIGIT, WORD, same_word
from sitecheck.lang import alternation, lexicon

_HEAD_WORDS = 6  # "287 tonnes métriques de nourriture :": the whole's noun, then the colon
_SKIPPED = frozenset({"date", "year", "footnote"})
_CAPITAL = re.compile(r"(?<![\w'-])[A-ZÀ-ÖØ-Þ][\w'-]+")
_LABEL = re.compile(r"[\s,;:]*(?:[^\W\d_]+\s+)?([A-ZÀ-ÖØ-Þ][\w'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'-]+)?)\s*$")


@cache
def _leads(language: str) -> re.Pattern[str]:
    """The words an elliptical part's noun may open on: "and", "in", "to", "from"."""
    lex = lexicon(language)
    words = (*lex.and_words, *lex.place_prepositions, *lex.toward_preps, *lex.source_preps)
    return re.compile(rf"(?:{alternation(words)})(?![\w])", re.I)


def _unit(q: Quantity) -> str:
    return q.noun.split()[0] if q.noun else ""


@cache
def _additive(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon(language).additive_units)


def _measure(q: Quantity, language: str) -> bool:
    """A measured amount whose parts add up: tonnes, litres; not millimetres of rain."""
    return q.tag == "measure" and q.kind in ("count", "plain") and _unit(q) in _additive(language)


def measure_parts(
    doc: Document,
    span: Span,
    nums: list[Quantity],
    before: tuple[Span, list[Quantity]] | None,
    rel: Relations,
) -> None:
    text = doc.text
    for whole in (q for q in nums if _measure(q, doc.language)):
        _joined(doc, span, nums, whole, rel)
        colon = text.find(":", whole.span.end, span.end)
        head = text[whole.span.end : colon]
        if colon < 0 or DIGIT.search(head) or len(WORD.findall(head)) > _HEAD_WORDS:
            continue
        parts = _parts(doc, whole, nums, colon + 1, span.end, elliptic=True)
        if len(parts) >= 2 and _named(text, parts, colon, span.end):
            cue = " ".join(text[whole.span.start : colon + 1].split())  # "287 tonnes of food:"
            _add(doc, whole, parts, text[span.start : colon], cue, rel)
    if before is not None:
        _after(doc, span, nums, before, rel)


def _joined(
    doc: Document, span: Span, nums: list[Quantity], whole: Quantity, rel: Relations
) -> None:
    """ "5,400 tonnes of food, of which 3,200 tonnes in Gao": a connector after the whole's noun,
    then parts of its unit (the first one naming it)."""
    p = relation_patterns(doc.language)
    text = doc.text
    m = p.connector.search(text, whole.span.end, span.end)
    if m is None or DIGIT.search(text, whole.span.end, m.start()):
        return
    if len(WORD.findall(text, whole.span.end, m.start())) > _HEAD_WORDS:
        return
    parts = _parts(doc, whole, nums, m.end(), span.end, elliptic=False)
    if parts and same_word(_unit(parts[0]), _unit(whole)):
        cue = " ".join(m.group("c").lower().split())
        for q in parts:
            rel.parts.append(PartOf(whole, q, "relative", cue))


def _after(
    doc: Document,
    span: Span,
    nums: list[Quantity],
    before: tuple[Span, list[Quantity]],
    rel: Relations,
) -> None:
    """Parts in the sentence after the whole's: one that opens on "Of that amount," or on a
    heading that splits by a dimension, then a colon. The sentence before holds one measure and
    no count or amount (of which "Of these" might speak)."""
    p = relation_patterns(doc.language)
    text = doc.text
    wholes = [q for q in before[1] if _measure(q, doc.language)]
    others = [q for q in before[1] if q.usable and q.kind in ("count", "money")]
    if len(wholes) != 1 or others:
        return
    whole = wholes[0]
    m = p.of_these.match(text, span.start, span.end)
    colon = text.find(":", span.start, span.end)
    if m is not None:
        parts = _parts(doc, whole, nums, m.end(), span.end, elliptic=False)
        cue = " ".join(m.group(0).strip(" ,").split()).lower()
        head = ""
    elif colon >= 0 and not DIGIT.search(text, span.start, colon):
        head = text[span.start : colon]
        if not p.partition_head.search(head):
            return
        parts = _parts(doc, whole, nums, colon + 1, span.end, elliptic=False)
        cue = " ".join(text[span.start : colon + 1].split())  # "Breakdown by department:"
    else:
        return
    # The first part names the whole's unit, or nothing ties it to the tonnes before.
    if parts and same_word(_unit(parts[0]), _unit(whole)):
        _add(doc, whole, parts, head, cue, rel)


def _parts(
    doc: Document, whole: Quantity, nums: list[Quantity], start: int, end: int, elliptic: bool
) -> list[Quantity]:
    """The figures from ``start`` in the whole's unit or in none, up to the first of another;
    with ``elliptic``, only those with no unit of their own."""
    leads = _leads(doc.language)
    out: list[Quantity] = []
    for q in nums:
        if q.span.start < start or q.tag in _SKIPPED:
            continue
        if q.span.start >= end or q.from_words or q.kind not in ("count", "plain"):
            break
        if q.tag == "measure" and not elliptic and same_word(_unit(q), _unit(whole)):
            out.append(q)
        elif q.tag is None and q.usable and (not q.noun or leads.match(q.noun)):
            out.append(q)
        else:
            break
    return [q if q.kind == whole.kind else replace(q, kind=whole.kind) for q in out]


def _named(text: str, parts: list[Quantity], start: int, end: int) -> bool:
    """Whether each part is named by a place of its own, in the words before it ("Sofala 19.42")
    or after it ("168 to Nippes"), no two alike."""
    names = []
    bounds = [start] + [q.span.end for q in parts[:-1]]
    ends = [q.span.start for q in parts[1:]] + [end]
    for q, lo, hi in zip(parts, bounds, ends, strict=True):
        label = _LABEL.search(text, lo, q.span.start)
        after = _CAPITAL.search(text, q.span.end, hi)
        found = label.group(1) if label else after.group(0) if after else None
        if found is None:
            return False
        names.append(found)
    return len(set(names)) == len(names)


def _add(
    doc: Document, whole: Quantity, parts: list[Quantity], head: str, cue: str, rel: Relations
) -> None:
    p = relation_patterns(doc.language)
    for q in parts:
        rel.parts.append(PartOf(whole, q, "of-these", cue))
    if len(parts) >= 2 and head and p.partition_head.search(head):
        rel.breakdowns.append(Breakdown(whole, parts, "colon"))
