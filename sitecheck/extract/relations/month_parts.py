"""Parts told by month: "Of these, 2,310 left in January and 2,905 in February". Months do not
overlap, so what moved in one month is not what moved in another: the parts together are at
most their whole (other months may go unsaid).

Each part's stretch names one month, all on the same side of their figures, no two the same. A
stock word ("so far", "since") makes the reading abstain: a count standing at a month ("5,000 by
January, 6,000 by February") may hold the same people twice.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.wording import lead
from sitecheck.lang import alternation, lexicon, phrases

_LOOK = 25  # characters before a month where a word that stamps a stock may stand


@cache
def _months(language: str) -> tuple[re.Pattern[str], frozenset[str]]:
    lex = lexicon(language)
    return phrases(tuple(lex.months)), frozenset(m.lower() for m in lex.capitalised_months)


@cache
def _stock(language: str) -> re.Pattern[str]:
    return phrases(lexicon(language).stock_words)


@cache
def _stamp(language: str) -> re.Pattern[str]:
    """ "by January", "hasta marzo", "as of February": a month that stamps a count standing
    then, not a month's flow ("in" is no stamp, though "em" stamps a stock in Portuguese)."""
    lex = lexicon(language)
    ins = {w.lower() for w in lex.place_prepositions}
    leads = [w for w in (*lex.background_leads, *lex.as_of_leads) if w.lower() not in ins]
    return re.compile(rf"(?<![\w'’-])(?:{alternation(leads)})\s+$", re.I)


def _named(doc: Document, start: int, end: int) -> list[int]:
    """The months named between ``start`` and ``end``, by number; "May" only capitalised."""
    pattern, capitalised = _months(doc.language)
    numbers, stamp, text = lexicon(doc.language).months, _stamp(doc.language), doc.text
    out = []
    for m in pattern.finditer(text, start, end):
        word = m.group(0).lower()
        if word in capitalised and not m.group(0)[0].isupper():
            continue
        if stamp.search(text[max(0, m.start() - _LOOK) : m.start()]):
            return [0, 0]  # a stamped month: no month's own part
        out.append(numbers.get(word, numbers.get(m.group(0), 0)))
    return out


def by_month(doc: Document, parts: list[Quantity], span: Span) -> bool:
    """Whether each part's stretch of the sentence names one month, no two the same."""
    if len(parts) < 2 or _stock(doc.language).search(doc.text, span.start, span.end):
        return False
    ends = [lead(q) for q in parts[1:]] + [span.end]
    after = [_named(doc, q.span.end, e) for q, e in zip(parts, ends, strict=True)]
    starts = [span.start] + [q.span.end for q in parts[:-1]]
    before = [_named(doc, s, lead(q)) for s, q in zip(starts, parts, strict=True)]
    for found in (after, before):
        if all(len(f) == 1 for f in found):
            months = [f[0] for f in found]
            return len(set(months)) == len(months)
    return False
