"""A difference over the period before, stated after the later figure, the earlier one in the
sentence before: "The clinic saw 3,120 patients in March. In April it saw 3,410 patients, 290
more than the previous month", "… an increase of 290 since the last report", "… 290 more than
in March".

The sentence holds two amounts: the later figure, then the difference tied to a word of change
("290 more than", "an increase of 290"). The words after the difference must name the period
before (``period_before.py``: "the previous month", "the last report", or the month or year of
the sentence before), and the two figures must be one quantity at two times: the same noun and
the same verb before each ("saw", "saw"), in sentences naming the same places. The earlier is the
one amount like the later in the sentence before (same paragraph).
"""

from __future__ import annotations

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.differences import difference_tie
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.period_before import period_before

_PREV_AMOUNTS = 3  # a sentence of more amounts has no one figure the change is from


def _amounts(nums: list[Quantity]) -> list[Quantity] | None:
    out = [q for q in nums if q.kind in ("count", "money") and not q.from_words and q.tag is None]
    return out if all(q.usable and q.value > 0 for q in out) else None


def _alike(a: Quantity, b: Quantity) -> bool:
    return (a.kind, a.currency, a.is_households) == (b.kind, b.currency, b.is_households)


def period_differences(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    rel: Relations,
    prev: tuple[Sentence, list[Quantity]] | None,
) -> None:
    """The later figure and its difference from the figure of the sentence before."""
    if prev is None or any(q.kind == "percent" for q in nums):
        return
    here = _amounts(nums)
    if here is None or len(here) != 2:
        return
    one, change = here
    if not difference_tie(doc, sentence, change) or not _alike(one, change):
        return
    if one.qualifier is not None or change.qualifier is not None:
        return
    if any(change is q for b in rel.breakdowns[-4:] for q in (b.total, *b.parts)):
        return  # read already within the sentence
    before = _amounts(prev[1])
    if before is None or len(before) > _PREV_AMOUNTS:
        return
    alike = [q for q in before if _alike(q, one)]
    if len(alike) != 1 or alike[0].qualifier is not None or alike[0].value == one.value:
        return
    earlier = alike[0]
    if change.value >= max(one.value, earlier.value):
        return  # no difference of these two
    if not period_before(doc, sentence, change, one, earlier):
        return
    small, large = sorted((one, earlier), key=lambda q: q.value)
    rel.breakdowns.append(Breakdown(large, [small, change], "difference"))
