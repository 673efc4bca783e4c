"""Amounts of a change's sentence that are no level the change reached.

"Arrivals fell 64 per cent from 2020, when 8,420 had been recorded, already far below the 23,900
of 2019": the first amount is the earlier level of the change, and the second is compared with
it ("below the"), so it is an older level still; the level the change reached is not stated.
"Arrivals went up 12% (1,150) compared with the 9,600 of April": the bracket right after the
percentage may be the difference, and read so it agrees; no reading is certain to be wrong.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.wording import WORD, lead
from sitecheck.lang import alternation, lexicon

_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")
_REACH = 40  # characters before the amount


def no_level(
    text: str, language: str, pct: Quantity, earlier: Quantity, a: Quantity, b: Quantity
) -> bool:
    """Whether the pair (a, b) of a change, ``earlier`` marked as its earlier level, holds no
    level the change reached: the later is compared with too, or is a bracketed difference."""
    if earlier is a:
        return compared_after(text, language, a, b)
    return earlier is b and _difference(text, pct, a, b)


def _difference(text: str, pct: Quantity, a: Quantity, b: Quantity) -> bool:
    """ "up 12% (1,150) compared with the 9,600": the bracket may be the difference."""
    if not _OPEN.fullmatch(text, pct.span.end, lead(a)) or not _CLOSE.match(text, a.span.end):
        return False
    if b.interval.lo <= 0:
        return False
    return pct.interval.intersects(a.interval / b.interval * 100.0)


def compared_after(text: str, language: str, earlier: Quantity, later: Quantity) -> bool:
    """Whether ``later``, after the ``earlier`` level, is itself compared with ("far below
    the 23,900"): then it is no level the change reached."""
    end = lead(later)
    start = max(earlier.span.end, end - _REACH)
    return start < end and _compared(language).search(text, start, end) is not None


@cache
def _compared(language: str) -> re.Pattern[str]:
    words = alternation(lexicon(language).change_words)
    return re.compile(rf"(?<![\w])(?:{words})(?:\s+{WORD.pattern}){{0,2}}\s*$", re.I)
