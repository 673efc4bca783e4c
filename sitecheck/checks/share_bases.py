"""The whole a lone share refers back to in its own sentence.

"… the settlement's population reached 203,614, of whom Congolese account for 47% (95,870)",
"más de 6,8 millones de venezolanos …; el 83,7% de ellos (5,69 millones) …", "27,614 people
came back, with 6% of returnees (1,712 people) assisted": a relative connector or "with" after
the whole, or a pronoun right after the share, points back to the figure named before. That
figure is the nearest earlier count or amount of the sentence; only the amounts of other shares
may stand between them ("of whom 57% (992) … and 29% (505) …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations import PercentOf
from sitecheck.facts import Facts
from sitecheck.lang import alternation, lexicon
from sitecheck.lang.base import Lexicon

_GAP = 60  # characters: ", of whom", ", with" in the whole's own clause


@dataclass(frozen=True, eq=False)
class _Wording:
    after_share: re.Pattern[str]  # "% of them (", "% de ellos ("
    after_whole: re.Pattern[str]  # ", of whom ", "… came back, with " after the whole


@cache
def _wording(lex: Lexicon) -> _Wording:
    refs = alternation((*lex.back_refs, *lex.part_after_refs))
    return _Wording(
        after_share=re.compile(rf"\s*\)?\s*(?:{refs})(?![\w])", re.I),
        after_whole=re.compile(
            rf"[^\d;:.]{{0,{_GAP}}}?(?:,\s*(?:{alternation(lex.with_connectors)})"
            rf"|(?<![\w])(?:{alternation(lex.part_connectors)}))(?![\w])",
            re.I,
        ),
    )


def referred_whole(facts: Facts, po: PercentOf, amounts: set[int]) -> Quantity | None:
    """The whole ``po`` refers back to, or None; ``amounts`` are where the amounts of all the
    shares stand."""
    amount, pct = po.amount, po.percent
    first = min(amount.span.start, (pct.qualifier_span or pct.span).start)
    sentence = facts.doc.sentence_at(first)
    if sentence is None:
        return None
    whole = None
    for q in reversed(facts.numbers_in(Span(sentence.span.start, first))):
        if q.kind not in ("count", "money") or not q.is_quantity:
            continue  # dates and percentages are no whole
        if q.span.start in amounts:
            continue  # another share's amount: "of whom 57% (992) … and 29% (505)"
        whole = q
        break
    if whole is None or not whole.usable or whole.from_words:
        return None
    if whole.kind != amount.kind or whole.currency != amount.currency:
        return None
    if _other_unit(whole, amount):
        return None
    if whole.interval.hi < amount.interval.lo:
        return None
    w = _wording(lexicon(facts.doc.language))
    text = facts.doc.text
    if w.after_share.match(text, pct.span.end) or w.after_whole.match(text, whole.span.end, first):
        return whole
    return None


def _other_unit(whole: Quantity, amount: Quantity) -> bool:
    """Households against people: "5,000 people, with 40% (1,200 households)". An amount that
    names no unit of its own ("70% of them (600)") is in the whole's."""
    if amount.is_households:
        return not whole.is_households
    return whole.is_households and amount.is_people
