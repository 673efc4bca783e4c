"""A share of the whole named before, its group, then its amount in brackets: "4,000 people
arrived, 60% of whom are children (2,400)", "el 60% de ellas niños (2.400)", "4 000 personnes,
parmi lesquelles 60 % d'enfants (2 400)".

The share refers back to the whole by the words right after it ("of whom", "de ellas") or by a
relative connector right before it ("parmi lesquelles", "de las cuales"); a few words name the
group, and the bracket holds the amount alone. The whole is found by the rule (the figure the
connector points back to). A bracket that holds more than the amount ("(2,400 in camps)") or
comes after a figure is not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import PercentOf, Relations
from sitecheck.extract.relations.wording import lead
from sitecheck.lang import alternation, lexicon

_WORD = r"[^\W\d_][\w’-]*"
_GROUP_WORDS = 3  # "are children", "niños", "d'enfants": the group between share and bracket


@dataclass(frozen=True, eq=False)
class _Wording:
    ref_after: re.Pattern[str]  # " of whom are children (" after the share
    ref_before: re.Pattern[str]  # ", parmi lesquelles " right before the share
    of_group: re.Pattern[str]  # " d'enfants (", " son niños (" after the share
    close: re.Pattern[str]  # ")" right after the amount


@cache
def _wording(language: str) -> _Wording:
    lex = lexicon(language)
    refs = alternation((*lex.back_refs, *lex.part_after_refs))
    arts = alternation(lex.articles)
    group = rf"(?:\s+{_WORD}){{1,{_GROUP_WORDS}}}\s*\(\s*"
    return _Wording(
        ref_after=re.compile(rf"\s*(?:{refs}){group}", re.I),
        ref_before=re.compile(
            rf"(?<![\w])(?:{alternation(lex.part_connectors)})\s+(?:(?:{arts})\s+)?\Z", re.I
        ),
        of_group=re.compile(
            rf"\s*(?:(?:{alternation(lex.share_of)})\s+|[^\W\d_]['’]|\s)"
            rf"{_WORD}(?:\s+{_WORD}){{0,{_GROUP_WORDS - 1}}}\s*\(\s*",
            re.I,
        ),
        close=re.compile(r"\s*\)"),
    )


def group_brackets(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """ "P% of whom <group> (N)", "<connector> P% of <group> (N)": the share and its amount."""
    text = doc.text
    if text.find("(", span.start, span.end) < 0:
        return  # a cheap exit: no bracket
    usable = [q for q in nums if q.usable]
    w = _wording(doc.language)
    taken = rel.percents_from(span.start)
    for pct, amount in zip(usable, usable[1:], strict=False):
        if pct.kind != "percent" or pct.span.start in taken or not _amount(amount):
            continue
        if not w.close.match(text, amount.span.end):
            continue
        gap = (pct.span.end, lead(amount))
        after = w.ref_after.fullmatch(text, *gap)
        before = w.ref_before.search(text, max(span.start, lead(pct) - 40), lead(pct))
        if after or (before and w.of_group.fullmatch(text, *gap)):
            rel.percents.append(PercentOf(amount, pct))
            taken.add(pct.span.start)


def _amount(q: Quantity) -> bool:
    return q.kind == "count" and not q.from_words and q.qualifier_span is None
