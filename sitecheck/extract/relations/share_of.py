"""A share between the amount it measures and the whole it is of: "reached 3.1 million people,
the 57% of the target of 5.4 million", "1,200 people, 30% of the 4,000 targeted".

Both figures must be the sentence's own and of one unit: a count of people is no share of a count
of places ("12 of 20 districts, 40% of the 3,000 people").
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import PercentOf, Relations
from sitecheck.extract.relations.wording import lead
from sitecheck.lang import alternation, lexicon
from sitecheck.lang.base import Lexicon

_WORD = r"[^\W\d_][\w'’-]*"


@cache
def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    art = rf"(?:(?:{alternation(lex.articles)})\s+)?"
    of = rf"(?:{alternation(lex.share_of)})\s+{art}"
    before = re.compile(rf"(?:\s+{_WORD}){{0,3}}\s*,\s*{art}", re.I)
    after = re.compile(rf"\s+{of}(?:{_WORD}\s+){{0,2}}?(?:{of})?", re.I)
    return before, after


def _same_unit(a: Quantity, b: Quantity) -> bool:
    if a.kind != b.kind or a.currency != b.currency or a.is_households != b.is_households:
        return False
    first_a, first_b = a.noun.split()[:1], b.noun.split()[:1]
    return a.is_people == b.is_people or not first_a or not first_b or first_a == first_b


def share_of(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """ "A, P% of the B" within one sentence (``span``) and its numbers ``nums``."""
    before, after = _patterns(lexicon(doc.language))
    text = doc.text
    taken = {po.percent.span.start for po in rel.percents}
    usable = [q for q in nums if q.usable]
    for a, pct, b in zip(usable, usable[1:], usable[2:], strict=False):
        if pct.kind != "percent" or pct.span.start in taken or a.kind not in ("count", "money"):
            continue
        if a.from_words or b.from_words or not _same_unit(a, b) or a.value > b.value:
            continue
        if before.fullmatch(text, a.span.end, lead(pct)) and after.fullmatch(
            text, pct.span.end, lead(b)
        ):
            rel.percents.append(PercentOf(a, pct, base=b))
