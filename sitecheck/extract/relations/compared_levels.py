"""An amount that the sentence itself compares with another is not the level a change reaches.

"Arrivals fell 64 per cent from 2020, when 8,420 had been recorded, already far below the 23,900
of 2019": the first amount is the earlier level of the change, and the second is compared with
it ("below the"), so it is an older level still; the level the change reached is not stated.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.wording import lead
from sitecheck.lang import alternation, lexicon

_WORD = r"[^\W\d_][\w'’-]*"
_REACH = 40  # characters before the amount


def compared_after(text: str, language: str, earlier: Quantity, later: Quantity) -> bool:
    """Whether ``later``, after the ``earlier`` level, is itself compared with ("far below
    the 23,900"): then it is no level the change reached."""
    end = lead(later)
    start = max(earlier.span.end, end - _REACH)
    return start < end and _compared(language).search(text, start, end) is not None


@cache
def _compared(language: str) -> re.Pattern[str]:
    words = alternation(lexicon(language).change_words)
    return re.compile(rf"(?<![\w])(?:{words})(?:\s+{_WORD}){{0,2}}\s*$", re.I)
