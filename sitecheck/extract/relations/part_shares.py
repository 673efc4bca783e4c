"""A share in brackets that closes the clause of a part tied to its whole: "more than 612,700
refugees, including 41,380 registered refugees who arrived before 2005 (7%)".

The part's clause may run on for a few words after its figure (a relative clause, a date): the
share is still the part's, of the whole its connector names. Read after the connectors, whose
parts it uses.
"""

from __future__ import annotations

import re

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import PercentOf, Relations
from sitecheck.extract.relations.wording import WORD, digit_between, lead

_MAX_WORDS = 8  # words of the part's clause between its figure and the bracket
_BARE_SHARE = re.compile(r"\s*\)")
# The part's own clause: no comma, colon, semicolon or bracket (another clause or aside).
_CLAUSE = re.compile(r"[^,;:()\[\]]*\(\s*")


def part_shares(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """ "including 41,380 refugees who arrived before 2005 (7%)": PercentOf(part, share, whole)
    for the parts of this sentence (``span``, its numbers ``nums``)."""
    text = doc.text
    taken = rel.percents_from(span.start)
    for r in reversed(rel.parts):  # this sentence's parts come last
        if r.part.span.start < span.start:
            break
        if r.kind not in ("inclusive", "relative") or r.part.from_words or r.whole.from_words:
            continue
        pct = _share_after(text, r.part, nums)
        if pct is None or pct.span.start in taken or not _CLAUSE.fullmatch(
            text, r.part.span.end, lead(pct)
        ):
            continue
        gap = text[r.part.span.end : lead(pct)]
        if len(WORD.findall(gap)) > _MAX_WORDS or digit_between(
            text, r.part.span.end, lead(pct), nums
        ):
            continue
        if r.whole.kind == r.part.kind and r.whole.currency == r.part.currency:
            rel.percents.append(PercentOf(r.part, pct, base=r.whole))
            taken.add(pct.span.start)


def _share_after(text: str, part: Quantity, nums: list[Quantity]) -> Quantity | None:
    """The first usable figure after the part, when it is a bare share closing its bracket."""
    nxt = next((q for q in nums if q.span.start >= part.span.end and q.usable), None)
    if nxt is None or nxt.kind != "percent" or not _BARE_SHARE.match(text, nxt.span.end):
        return None
    return nxt
