"""A requirement, then its amounts by sector: "The Flash Appeal seeks US$96 million: food
security US$41.5 million, health US$22 million, WASH US$18.5 million and shelter US$14 million".

A dollar of a plan is budgeted to one sector, so the amounts of distinct sectors cannot overlap;
listed after the requirement with no word that says they are only some ("including", "mainly",
read by the caller), they are all of it.
"""

from __future__ import annotations

from sitecheck.document import Document
from sitecheck.extract.funding_prose import funding_patterns
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.item_runs import words
from sitecheck.extract.relations.wording import DIGIT, lead, period_words
from sitecheck.lang import lexicon

_HEAD_REACH = 80  # characters before the whole where its requirement words may stand


def by_sector(doc: Document, whole: Quantity, parts: list[Quantity], start: int) -> bool:
    """Whether ``whole`` is a requirement (its words around it, from ``start`` on) and each
    part's stretch, up to the next part, names one sector of its own."""
    if whole.kind != "money" or any(q.kind != "money" for q in parts):
        return False
    text = doc.text
    p = funding_patterns(lexicon(doc.language))
    before = p.before.search(text, max(start, lead(whole) - _HEAD_REACH), lead(whole))
    after = p.after.match(text[whole.span.end : whole.span.end + 30])
    # "… appeals for US$96 million:", "Requirements: US$96 million", "the US$96 million appeal"
    label = p.labels["required"].search(text, max(start, lead(whole) - _HEAD_REACH), lead(whole))
    label = label or p.labels["required"].match(text, whole.span.end + 1, whole.span.end + 20)
    said = [m.lastgroup for m in (before, after) if m is not None]
    if "required" not in said and label is None:
        return False
    w = words(doc.language)
    tail = (whole.span.end, parts[-1].span.end + 40)
    if period_words(doc.language).search(text, *tail) or w.times.search(text, *tail):
        return False  # "… and WASH US$22 million in the first year": amounts of another time
    if DIGIT.search(_without(text, tail, parts)):
        return False  # a year or another figure among the amounts
    sectors = w.sectors
    # "food security US$41.5 million, …" names each sector before its amount; "US$41.5 million
    # for food security, …" after it.
    ahead = sectors.search(text, whole.span.end, lead(parts[0])) is not None
    named = []
    for k, q in enumerate(parts):
        if ahead:
            s, e = (parts[k - 1].span.end if k else whole.span.end), lead(q)
        else:
            s, e = q.span.end, lead(parts[k + 1]) if k + 1 < len(parts) else q.span.end + 40
        found = {m.group(0).lower() for m in sectors.finditer(text, s, e)}
        if len(found) != 1:
            return False  # none, or two sectors: the amount may be shared
        named.append(found.pop())
    return len(set(named)) == len(named)


def _without(text: str, stretch: tuple[int, int], parts: list[Quantity]) -> str:
    """The text of the stretch with the parts left out."""
    out, pos = [], stretch[0]
    for q in parts:
        out.append(text[pos : q.span.start])
        pos = q.span.end
    out.append(text[pos : stretch[1]])
    return "".join(out)
