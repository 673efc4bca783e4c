"""A share of a stated base, its amount in brackets after the base: "60% of the 4,000 surveyed
households (2,400) lack water", "el 60% de los 4.000 hogares encuestados (2.400)", "60 % des
4 000 ménages enquêtés (2 400)".

The base is the figure right after "of the"; the bracket right after its noun (a few words)
holds the amount alone, or with the base's own noun ("(2,400 households)"). An amount over the
base is no part of it ("60% of the 4,000 households (20,000 people)" restates the base in
people), nor is an amount of another unit. Without a figure after "of", a bracket may hold the
base itself ("60% of all arrivals (118,402)"): that wording is not read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import PercentOf, Relations
from sitecheck.extract.relations.wording import lead, same_word
from sitecheck.lang import alternation, lexicon

_WORD = r"[^\W\d_][\w'’-]*"
_NOUN_WORDS = 3  # "surveyed households" between the base and the bracket
# "(2)" after "4,000 households" may be a note's marker: a bracketed amount is read when it is
# at least 10 and at least a hundredth of the base.
_MARKER, _MARKER_RATIO = 10, 100


@dataclass(frozen=True, eq=False)
class _Wording:
    of: re.Pattern[str]  # " of the " between the share and its base
    to_bracket: re.Pattern[str]  # " surveyed households (" between the base and the amount
    close: re.Pattern[str]  # ")" or " households)" after the amount


@cache
def _wording(language: str) -> _Wording:
    lex = lexicon(language)
    arts = alternation((*lex.articles, *lex.of_articles, *lex.possessives))
    quals = alternation(lex.qualifiers)
    return _Wording(
        of=re.compile(
            rf"\s*(?:{alternation(lex.share_of)})\s+(?:(?:{arts})\s+)?(?:(?:{quals})\s+)?", re.I
        ),
        to_bracket=re.compile(rf"(?:\s+{_WORD}){{1,{_NOUN_WORDS}}}\s*\(\s*"),
        close=re.compile(rf"\s*(?P<noun>{_WORD})?\s*\)"),
    )


def base_brackets(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """ "P% of the B … (A)": the share of the base B whose amount A is in brackets."""
    text = doc.text
    if text.find("(", span.start, span.end) < 0:
        return  # a cheap exit: no bracket
    usable = [q for q in nums if q.usable]
    if not any(q.kind == "percent" for q in usable):
        return
    w = _wording(doc.language)
    taken = rel.percents_from(span.start)
    for pct, base, amount in zip(usable, usable[1:], usable[2:], strict=False):
        if pct.kind != "percent" or pct.span.start in taken or not _pair(base, amount):
            continue
        if not w.of.fullmatch(text, pct.span.end, lead(base)):
            continue
        if not w.to_bracket.fullmatch(text, base.span.end, lead(amount)):
            continue
        close = w.close.match(text, amount.span.end)
        if close is None or not _own_noun(close.group("noun"), base):
            continue
        rel.percents.append(PercentOf(amount, pct, base=base))
        taken.add(pct.span.start)


def _pair(base: Quantity, amount: Quantity) -> bool:
    """A base and an amount of one kind, the amount within the base and no note's marker."""
    return (
        base.kind in ("count", "money")
        and amount.kind == base.kind
        and amount.currency == base.currency
        and not (base.from_words or amount.from_words)
        and base.value / _MARKER_RATIO <= amount.value < base.value
        and amount.value >= _MARKER
    )


def _own_noun(noun: str | None, base: Quantity) -> bool:
    """No noun in the bracket, or the base's own: "(2,400 households)" after "4,000
    households"; not "(2,400 people)"."""
    if noun is None:
        return True
    head = base.noun.split()[:1]
    return bool(head) and same_word(noun.lower(), head[0].lower())
