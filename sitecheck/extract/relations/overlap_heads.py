"""Lists whose items may count one person twice: "Some 4,800 people took part in: Cooking (3,100),
Literacy (2,900) and Tailoring (1,200)". A person may take part in two activities, so the items
may add up to more than the people; a complete list cannot add up to fewer.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.wording import lead
from sitecheck.lang import alternation, lexicon


def overlapping_head(text: str, language: str, whole: Quantity, first: Quantity) -> bool:
    """Whether the words between a whole and its first part say that its people took part
    in, attended or benefited from the items."""
    pattern = _verbs(language)
    return pattern is not None and pattern.search(text, whole.span.end, lead(first)) is not None


@cache
def _verbs(language: str) -> re.Pattern[str] | None:
    verbs = lexicon(language).overlap_verbs
    if not verbs:
        return None
    return re.compile(rf"(?<![\w])(?:{alternation(verbs)})(?![\w])", re.I)
