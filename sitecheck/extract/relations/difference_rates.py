"""The percentage that restates a stated difference: "an increase of 600 (12.5%)", "a decrease
of 1,644 people or 15%", "una disminución de 1.644 personas (15%)". It is the change relative to
the earlier figure, not a share of the figure before the difference (600 of 5,400 is 11.1%, and
12.5% is right of 4,800): the reading as a share is dropped, and when the sentence states the two
figures the difference is between (a difference read by ``differences.py``), the percentage is
read as their change, against either of them (the wording need not say which is earlier).

The difference must be tied to a word of change ("an increase of 600", "600 more than"), the
percentage right after it, alone in brackets or after "or" / "that is" (``equals_words``).
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.differences import difference_tie
from sitecheck.extract.relations.model import Change, Relations
from sitecheck.lang import alternation, lexicon

_WORDS = r"(?:\s+[^\W\d_][\w'’-]*){0,2}"  # "1,644 people (15%)": the difference's own noun
_LOOK_BACK = 4  # breakdowns read back: the sentence's are the last ones


@cache
def _after(language: str) -> re.Pattern[str]:
    """Between the difference and its percentage: " (", " people or "."""
    equals = alternation(lexicon(language).equals_words)
    return re.compile(rf"{_WORDS}(?:\s*\(\s*|,?\s+(?:{equals})\s+)", re.I)


def _closed(text: str, pct: Quantity, bracket: bool) -> bool:
    """The bracket closes right after the percentage; after "or", the clause ends there."""
    rest = text[pct.span.end : pct.span.end + 2].lstrip()
    return rest.startswith(")") if bracket else (rest[:1] in ("", ".", ",", ";", ")"))


def difference_rates(
    doc: Document, sentence: Sentence, nums: list[Quantity], rel: Relations
) -> None:
    """Each percentage right after a stated difference, as that difference's rate."""
    if not any(q.kind == "percent" for q in nums):
        return
    text, pattern = doc.text, _after(doc.language)
    for q, pct in zip(nums, nums[1:], strict=False):
        if pct.kind != "percent" or q.kind not in ("count", "money") or not pct.usable:
            continue
        m = pattern.fullmatch(text, q.span.end, pct.span.start)
        if m is None or not _closed(text, pct, "(" in m.group()):
            continue
        if any(c.percent is pct for c in rel.changes) or not difference_tie(doc, sentence, q):
            continue
        _drop_share(rel, sentence, pct)
        for b in rel.breakdowns[-_LOOK_BACK:]:
            if b.kind == "difference" and len(b.parts) == 2 and b.parts[1] is q:
                first, second = sorted((b.total, b.parts[0]), key=lambda x: x.span.start)
                rel.changes.append(Change(pct, first, second))
                break


def _drop_share(rel: Relations, sentence: Sentence, pct: Quantity) -> None:
    """Drop the reading of ``pct`` as a share (the sentence's readings are the last ones)."""
    for i in range(len(rel.percents) - 1, -1, -1):
        if rel.percents[i].percent.span.start < sentence.span.start:
            break
        if rel.percents[i].percent is pct:
            del rel.percents[i]
