"""Wholes that stand apart from their parts.

A key figure before its caption: "9 482 : Total des personnels déployés (6 871 casques bleus, …)".

Labelled parts whose total is stated in the sentence before: "… and 12 deaths. The deaths
occurred in Quetzaltenango (4), Jalapa (3), Sololá (2) …", "… 5.5 million refugees in the
region. Their distribution is uneven: the Andean countries (2.4 million), the Southern Cone
(1.9 million) …".

The total is the one figure of the sentence before that the series' sentence names: by the same
noun (deaths and "decesos" are one class), or by a possessive opening ("Their", "Sus") when that
sentence holds one count of people only. The parts are places, which cannot overlap but need not
be all of them: the breakdown only says the parts cannot exceed their total.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import RelationPatterns
from sitecheck.extract.relations.wording import digit_between, lead, same_word
from sitecheck.lang import alternation, lexicon, phrases

_MIN_PARTS = 3  # a series of places: two bracketed figures may be anything
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


# "9 482 : Total des personnels déployés (6 871 casques bleus, …)": a key figure, its caption.
# The caption may wrap onto the next line when that line goes on in words.
_CAPTION = re.compile(r"[ \t]*:[ \t]*[^\W\d_](?:[^():;\n]|\n(?=[ \t]*[^\W\d_])){0,120}")


def captioned(
    text: str, span: Span, before: list[Quantity], open_: int, nums: list[Quantity]
) -> Quantity | None:
    """The figure that opens the sentence, before a colon and the caption the parenthesis
    follows, when nothing but dates stands between."""
    if len(before) != 1 or text[span.start : lead(before[0])].strip(" \t*-•"):
        return None
    first = before[0]
    if digit_between(text, first.span.end, open_, nums):
        return None
    return first if _CAPTION.fullmatch(text, first.span.end, open_) else None



@cache
def _possessive(language: str) -> re.Pattern[str]:
    words = lexicon(language).possessives
    return re.compile(rf"\W*(?:{alternation(words)})\s", re.I) if words else re.compile(r"(?!)")


@cache
def _scope(language: str) -> re.Pattern[str]:
    return phrases(lexicon(language).scope_words)


def _same_scope(doc: Document, span: Span, first_open: int, total: Quantity) -> bool:
    """ "12 new cases this week. Since January, cases were reported in A (40), …": a scope word
    one sentence has before its series and the other lacks makes two quantities."""
    before = doc.sentence_at(total.span.start)
    if before is None:
        return False
    scope = _scope(doc.language)
    mine = {m.group(0).lower() for m in scope.finditer(doc.text, span.start, first_open)}
    start, end = before.span.start, before.span.end
    theirs = {m.group(0).lower() for m in scope.finditer(doc.text, start, end)}
    return mine <= theirs


def previous_total(
    doc: Document,
    p: RelationPatterns,
    span: Span,
    parts: list[Quantity],
    prev_figs: list[Quantity],
    first_open: int,
    rel: Relations,
) -> None:
    """The breakdown of a series of places whose sentence states no total of its own."""
    if len(parts) < _MIN_PARTS or not prev_figs:
        return
    if any(q.kind != parts[0].kind for q in parts):
        return
    subject = {w.lower() for w in _WORD.findall(doc.text[span.start : first_open])}
    candidates = [q for q in prev_figs if q.kind == parts[0].kind and q.usable]
    named = [q for q in candidates if _names(p, q, subject)]
    if len(named) != 1 and _possessive(doc.language).match(doc.text, span.start):
        named = [q for q in candidates if q.is_people] if len(candidates) == 1 else []
    if len(named) != 1:
        return
    total = named[0]
    if total.currency != parts[0].currency or not _same_scope(doc, span, first_open, total):
        return
    rel.breakdowns.append(Breakdown(total, parts, "labels", exhaustive=False, at_most=True))


def _names(p: RelationPatterns, q: Quantity, subject: set[str]) -> bool:
    """Whether the series' sentence names the figure's noun: the same head word (plural folded),
    or two words for deaths."""
    head = next(iter(q.noun.split()), "")
    if not head:
        return False
    if head in p.deaths and subject & p.deaths:
        return True
    return any(same_word(w, head) for w in subject if len(w) > 3)
