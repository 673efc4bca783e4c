"""The whole of places named in brackets when the figure right before counts things or places.

"12,460 people stay in 27 transit centres (Alpha 12, Beta 9 and Gamma 6)": the bracket names
districts, and its figures may count the centres or the people; "2,310 cases from 24 wards
across five counties (Alpha – 640, Beta – 95, …)": the count in words counts the names, and the
figures may count the wards or the cases. The wording leaves the unit open, so every figure of
the chain before the bracket is a reading: one the parts add up to is taken (nothing to report);
when none is, the nearest of the parts' scale is the whole, and the rule reports the sum. A
figure ten times off the parts' sum counts something else: no reading. The parts of a bracket,
plain or labelled, are read here too (``series_parts``).
"""

from __future__ import annotations

import re

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import RelationPatterns
from sitecheck.extract.relations.wording import (
    DIGIT,
    WORD,
    highlights_subgroups,
    label_words,
    lead,
    names_some,
)
from sitecheck.interval import Interval

# "(Chibabava 14, Machanga 11 e Muanza 8)", "(Ondo – 412, Edo – 95)": a name before each part.
LABEL = re.compile(r"\s*[^\W\d_](?<=[A-ZÀ-Ý])[^\d():;%]{0,40}?\s*[–—:-]?\s*")
_NAMES = frozenset({"age", "identifier"})  # figures that name a group, not count it
_CHAIN = 3  # figures before the bracket that may be its whole: a figure, its places, theirs
_LINK_WORDS = 8  # words between two figures of the chain ("suspected cases reached … from")
# Between two figures of one clause: no clause mark, bracket, figure or sentence end.
_BREAK = re.compile(r"[;:()\d.!?]")


def named_whole(
    doc: Document,
    p: RelationPatterns,
    before: list[Quantity],
    open_: int,
    close: int,
    parts: list[Quantity],
    rel: Relations,
) -> None:
    """A breakdown of ``parts`` (labelled by names) into the figure of the chain before the
    bracket at ``open_`` that can hold them."""
    text = doc.text
    if len(parts) < 2 or any(q.kind != "count" for q in parts):
        return
    chain = _chain(text, before, open_)
    # A count in words that equals the number of names counts the names ("six counties").
    wholes = [q for q in chain if q.kind == "count" and not q.from_words]
    if not wholes:
        return
    added = parts[0].interval
    for q in parts[1:]:
        added = added + q.interval
    wholes = [q for q in wholes if _same_scale(q.interval, added)]
    whole = next((q for q in wholes if q.interval.intersects(added)), None)
    whole = whole or next(iter(wholes), None)
    if whole is None:
        return
    labels = label_words(text, parts, open_)
    highlight = highlights_subgroups(parts, p, labels) or names_some(p, text, whole.span.end, close)
    # "12,000 people in 3 provinces (Alpha 5,000, Beta 4,000)": fewer names than the places
    # counted right before them; the rest go unnamed, the parts can only fall short.
    near = chain[0]
    highlight = highlight or (whole is not near and near.interval.lo > len(parts))
    rel.breakdowns.append(
        Breakdown(whole, parts, "parenthesis", exhaustive=not highlight, at_most=highlight)
    )


def _chain(text: str, before: list[Quantity], open_: int) -> list[Quantity]:
    """The figures before the bracket, nearest first, each a few words from the next within one
    clause."""
    chain: list[Quantity] = []
    end = open_
    for q in reversed(before[-_CHAIN:]):
        gap = text[q.span.end : end]
        if _BREAK.search(gap) or len(WORD.findall(gap)) > _LINK_WORDS:
            break
        chain.append(q)
        end = q.span.start
    return chain


def _same_scale(whole: Interval, added: Interval) -> bool:
    """Whether the whole is within ten times the parts' sum either way: a planted or real slip
    moves a figure by a half or so, not by a unit of another scale."""
    return whole.hi * 10 >= added.lo and added.hi * 10 >= whole.lo


def series_parts(
    text: str,
    p: RelationPatterns,
    start: int,
    end: int,
    inside: list[Quantity],
    labelled: bool = False,
) -> list[Quantity] | None:
    """Parts of "(15,000 refugees and 4,600 host community members)", or with a name before
    each figure when ``labelled`` ("(Chibabava 14, Machanga 11 e Muanza 8)"); None if not that
    shape."""
    segments: list[tuple[int, int]] = []
    pos = start
    for m in p.segment_split.finditer(text, start, end):
        segments.append((pos, m.start()))
        pos = m.end()
    segments.append((pos, end))
    parts: list[Quantity] = []
    for s, e in segments:
        # An age or a name names the group ("13 children <5"); any other number: no part.
        in_seg = [q for q in inside if s <= lead(q) and q.span.end <= e and q.tag not in _NAMES]
        if not in_seg:
            if (parts or labelled) and not DIGIT.search(text[s:e]):
                continue  # "Trinidad and Tobago": a name that holds "and"
            return None
        q = in_seg[0]
        if not q.usable or q.kind not in ("count", "money") or len(in_seg) > 1:
            return None
        head = text[s : lead(q)]
        if bool(head.strip()) != labelled or (labelled and not LABEL.fullmatch(head)):
            return None
        parts.append(q)
    return parts
