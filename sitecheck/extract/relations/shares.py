"""Shares of one whole that must add up to 100: "47% male and 53% female", "86% Syrians,
9.6% Iraqis and 4.4% other nationalities". Only shares of complementary groups, or a list
closed by "other" or "the rest", are taken: shares of services or places may overlap or leave
a remainder unsaid."""

from __future__ import annotations

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Relations, Shares
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import DIGIT, WORD

_MAX_GAP_WORDS = 8  # "… were hosted by relatives or friends, while" between two shares
_MAX_ITEM_WORDS = 3  # "percent Iraqis, 2.3": between two items of a list


def shares(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    text = doc.text
    percents = [q for q in nums if q.usable and q.kind == "percent"]
    runs: list[list[Quantity]] = []
    for q in percents:
        gap = text[runs[-1][-1].span.end : q.span.start] if runs else ""
        if runs and not DIGIT.search(gap) and len(WORD.findall(gap)) <= _MAX_GAP_WORDS:
            runs[-1].append(q)
        else:
            runs.append([q])
    p = relation_patterns(doc.language)
    for run in runs:
        # "49% of men and 88% of women": each share of its own whole.
        if any(p.n_of_w.match(text, q.span.end) for q in run):
            continue
        if len(run) >= 2 and _closed(doc, run, span):
            rel.shares.append(Shares(run))


def _closed(doc: Document, run: list[Quantity], span: Span) -> bool:
    """Whether the shares cover the whole: one share per complementary group, or a last share
    of "other …" / "the rest"."""
    p = relation_patterns(doc.language)
    labels = [set(q.noun.split()) for q in run]
    for group in p.complements:
        hits = [lab & group for lab in labels]
        if len(run) == len(group) and all(len(h) == 1 for h in hits):
            if len(set().union(*hits)) == len(group):
                return True
    text = doc.text
    # A list closed by "other …": its items close together ("A (41%), B (22%) and other").
    gaps = [text[a.span.end : b.span.start] for a, b in zip(run, run[1:], strict=False)]
    if any(len(WORD.findall(g)) > _MAX_ITEM_WORDS for g in gaps):
        return False
    tail = text[run[-1].span.end : min(span.end, run[-1].span.end + 30)]
    # "… and 2.1% other nationalities" closes the list; "… Guinea (9%) and other countries"
    # names one more item, without its share.
    if p.segment_split.match(tail.lstrip(")]")):
        return False
    return bool(p.remainder.match(tail.strip()) or p.remainder_tail.match(tail))
