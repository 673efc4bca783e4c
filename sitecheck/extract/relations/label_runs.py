"""A key-figure strip run into one line, as PDF transcriptions give it: a headline figure and its
label, then figures whose labels repeat the headline's and narrow it:

    131,604 TO EUROPE 123,363 TO EUROPE BY SEA 8,241 TO EUROPE BY LAND

Each narrower label names a part of the headline. The strip need not list every part, so the
parts can only fall short of it. Labels that measure another way ("reached", "in need"), name
another period ("new", a month) or carry figures of their own are no such split: lines of
services count one person twice.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.item_runs import words
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.wording import WORD, lead
from sitecheck.lang import lexicon, phrases

# The gap between two figures of the strip: words only, on one line, or a label ending its line
# and the next figure opening the next (a blank line between, as PDF boxes give them).
_LABEL = r"[ \t]+((?:[^\W\d_][\w’'-]*[ \t]+)*[^\W\d_][\w’'-]*)"
_GAP = re.compile(_LABEL + r"(?:[ \t]+|[ \t]*\n(?:[ \t]*\n)?[ \t]*)")
_TAIL = re.compile(_LABEL)
_MAX_HEAD_WORDS = 5
_MAX_EXTRA_WORDS = 4  # the words that narrow a part's label: "BY SEA", "in camps"


@cache
def _stops(language: str) -> re.Pattern[str]:
    """Words that make a label measure or date its figure otherwise than the headline
    ("in need", "reached", "new", a month)."""
    lex = lexicon(language)
    return phrases(
        (*lex.period_words, *lex.months, *lex.month_abbreviations, *lex.share_base_people)
    )


@cache
def _preps(language: str) -> tuple[frozenset[str], re.Pattern[str]]:
    """The words a narrower label may open on: where ("in camps"), whence ("from Syria"), or
    the way people came ("overland", "by sea"). Not "for": "for food", "for shelter" overlap."""
    lex = lexicon(language)
    said = (*lex.place_prepositions, *lex.source_preps)
    return frozenset(x.lower() for x in said if " " not in x), phrases(lex.route_words)


def label_runs(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    taken = {id(b.total) for b in rel.breakdowns}
    nums = index.numbers
    for i, whole in enumerate(nums[:-2]):
        if id(whole) in taken or not _plain(whole):
            continue
        head = _gap(doc, whole, nums[i + 1])
        if head is None or not 0 < len(head) <= _MAX_HEAD_WORDS or not _bare(doc, head):
            continue
        lines = "\n" in doc.text[whole.span.end : lead(nums[i + 1])]
        if lines and doc.text[doc.text.rfind("\n", 0, lead(whole)) + 1 : lead(whole)].strip():
            continue  # a strip of lines: each figure opens its own
        if not lines and head[0].lower() in _before(doc, nums[i - 1] if i else None, whole):
            continue  # "REFUGEES 6,200 REFUGEES IN CAMPS 4,800": labels may stand before figures
        parts, extras = _parts(doc, nums[i + 1 :], whole, head, lines)
        if len(parts) >= 2 and len(set(extras)) == len(extras) and (lines or _ends(doc, parts)):
            rel.breakdowns.append(Breakdown(whole, parts, "labels", exhaustive=False, at_most=True))
            taken.add(id(whole))


def _parts(
    doc: Document, after: list[Quantity], whole: Quantity, head: list[str], lines: bool
) -> tuple[list[Quantity], list[tuple[str, ...]]]:
    """The figures right after the headline whose labels repeat its label and add to it."""
    parts: list[Quantity] = []
    extras: list[tuple[str, ...]] = []
    lower = [x.lower() for x in head]
    for j, q in enumerate(after):
        if q.kind != whole.kind or not _plain(q):
            break
        label = _gap(doc, q, after[j + 1], lines) if j + 1 < len(after) else None
        if label is None:
            label = _tail(doc, q, lines)[: len(head) + _MAX_EXTRA_WORDS]
        extra = label[len(head) :]
        if [x.lower() for x in label[: len(head)]] != lower or not extra:
            break
        if len(extra) > _MAX_EXTRA_WORDS or not _bare(doc, extra):
            break
        preps, routes = _preps(doc.language)
        if extra[0].lower() not in preps and not routes.match(" ".join(extra)):
            break  # "registered", "verified": statuses that may count one person twice
        parts.append(q)
        extras.append(tuple(x.lower() for x in extra))
        if j + 1 >= len(after) or _gap(doc, q, after[j + 1], lines) is None:
            break  # the strip ends with this part's label
    return parts, extras


def _ends(doc: Document, parts: list[Quantity]) -> bool:
    """Whether the last part's label ends the strip, not the words before a figure: after
    "A 6,200 B 4,800 C 3,900 D 900" the labels may as well stand before their figures."""
    match = _TAIL.match(doc.text, parts[-1].span.end)
    return match is None or not re.match(r"[ \t]*\d", doc.text[match.end() : match.end() + 8])


def _before(doc: Document, prev: Quantity | None, q: Quantity) -> set[str]:
    """The words before a figure on its line, back to the figure before."""
    start = doc.text.rfind("\n", 0, lead(q)) + 1
    if prev is not None:
        start = max(start, prev.span.end)
    return {x.lower() for x in WORD.findall(doc.text, start, lead(q))}


def _plain(q: Quantity) -> bool:
    return q.usable and q.kind == "count" and not q.from_words and q.tag is None


def _gap(doc: Document, a: Quantity, b: Quantity, lines: bool | None = None) -> list[str] | None:
    """The words between two figures, when only words come between (then a line break, when
    the strip is one of lines)."""
    match = _GAP.fullmatch(doc.text, a.span.end, lead(b))
    if match is None or (lines is not None and ("\n" in match.group(0)) != lines):
        return None
    return WORD.findall(match.group(1))


def _tail(doc: Document, q: Quantity, lines: bool) -> list[str]:
    """The label after the strip's last figure: in a strip of lines, the whole rest of its line."""
    match = _TAIL.match(doc.text, q.span.end)
    if match is None:
        return []
    end = doc.text.find("\n", match.end())
    if lines and doc.text[match.end() : None if end < 0 else end].strip():
        return []
    return WORD.findall(match.group(1))


def _bare(doc: Document, label: list[str]) -> bool:
    """A label that only names whom it counts: no service, attribute or period."""
    text = " ".join(label)
    w = words(doc.language)
    said = {x.lower() for x in label}
    if said & (w.services | w.without) or w.times.search(text):
        return False  # "children with disabilities", "under five": groups that overlap
    return not (w.attributes.search(text) or _stops(doc.language).search(text))
