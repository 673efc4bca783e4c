"""A share glossed right after a part of a stated whole, with no comma: "Of the 3,330 people
targeted, 2,000 or 60 per cent were reached", "De las 3.330 personas, 2.000 o el 60% …",
"Des 3 330 personnes, 2 000 soit 60 % …".

The part is tied to a whole stated before it (``of_the_whole``, connectors); only a share lead
("or", "o el", "soit") stands between the part and the share, and no word of change or other
base follows the share ("2,000 or 60% more", "2,000 or 60% of the 3,400 planned"). The share is
of that whole. A noun between the part and the lead ("2,000 children or 40% girls") makes the
share one of the part: not read here.

Also a share whose amount stands in brackets right after it, its base named after the bracket:
"62% (6,448 people) of the 10,400 targeted", "62 % (6 448 personnes) des 10 400 ciblées".
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

_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"[^()\d]{0,30}\)")
_MIN_PART = 100  # "10 or 20%" is a range, not an amount and its share


@cache
def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    art = rf"(?:(?:{alternation(lex.articles)})\s+)?"
    gap = re.compile(rf"\s*,?\s*(?:{alternation(lex.share_leads)})\s+{art}", re.I)
    other = alternation((*lex.change_words, *lex.change_terms, *lex.share_of))
    return gap, re.compile(rf"\s*(?:{other})(?![\w])", re.I)


def part_or_share(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """ "Of the B …, A or P% …": P% of B, A the part right before the share."""
    parts = []
    for r in reversed(rel.parts):  # this sentence's parts come last: a bounded look back
        if r.part.span.start < span.start:
            break
        if r.whole.span.end <= r.part.span.start and r.part.value >= _MIN_PART:
            parts.append(r)
    if not parts:
        return
    gap, other = _patterns(lexicon(doc.language))
    text = doc.text
    taken = rel.percents_from(span.start)
    usable = [q for q in nums if q.usable]
    after = {a.span.start: b for a, b in zip(usable, usable[1:], strict=False)}
    for r in parts:
        pct = after.get(r.part.span.start)
        if pct is None or pct.kind != "percent" or pct.span.start in taken:
            continue
        if r.part.from_words or r.whole.from_words or r.part.kind != r.whole.kind:
            continue
        if gap.fullmatch(text, r.part.span.end, lead(pct)) and not other.match(text, pct.span.end):
            rel.percents.append(PercentOf(r.part, pct, base=r.whole))
            taken.add(pct.span.start)


@cache
def _of_base(lex: Lexicon) -> re.Pattern[str]:
    arts = alternation((*lex.articles, *lex.of_articles))
    quals = alternation(lex.qualifiers)
    return re.compile(
        rf"\s*(?:{alternation(lex.n_of_w)})\s+(?:(?:{arts})\s+)?(?:(?:{quals})\s+)?", re.I
    )


def bracket_of_base(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """ "P% (A people) of the B …": the share read with its amount and no base takes B."""
    text = doc.text
    if text.find(")", span.start, span.end) < 0:
        return  # a cheap exit: no bracket
    starts = {q.span.start: q for q in nums if q.usable and not q.from_words}
    for po in rel.percents_since(span.start):
        a, pct = po.amount, po.percent
        if po.base is not None or po.bases or po.base_noun == "" or a.span.start < pct.span.end:
            continue
        close = _CLOSE.match(text, a.span.end)
        if not _OPEN.fullmatch(text, pct.span.end, lead(a)) or close is None:
            continue
        m = _of_base(lexicon(doc.language)).match(text, close.end())
        b = starts.get(m.end()) if m else None
        if b is not None and _one_unit(a, b) and b.value >= a.value:
            po.base, po.base_noun = b, None


def _one_unit(a: Quantity, b: Quantity) -> bool:
    """Of one unit: not "62% (6,448 people) of the 120 sites"."""
    if (a.kind, a.currency, a.is_households) != (b.kind, b.currency, b.is_households):
        return False
    return a.is_people == b.is_people or not b.noun.split()
