"""Shares of one noun summed by a demonstrative in the next sentence: "31.2% of the IDPs want to
stay, while 18.4% of the IDPs live with host families. … these 49.6% of IDPs are a bridge …",
"ces 49,6 % de PDI", "estos 49,6 % de desplazados".

The shares summed are all those of the sentence before (two at least, in the same paragraph),
each of the noun the demonstrative's share names ("of the IDPs" … "these P% of IDPs"); their
sum is the restated share. A share that some of them may make ("These 16.3% of IDPs" after
"16.3% of the IDPs live with relatives") restates those only: no sum is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.wording import lead, same_word
from sitecheck.interval import interval_sum
from sitecheck.lang import alternation, lexicon

_WORD = r"[^\W\d_][\w’'-]*"


@dataclass(frozen=True, eq=False)
class _Wording:
    these: re.Pattern[str]  # "these " right before the share
    of_noun: re.Pattern[str]  # " of the IDPs", " de PDI" right after a share


@cache
def _wording(language: str) -> _Wording:
    lex = lexicon(language)
    arts = alternation((*lex.articles, *lex.of_articles))
    return _Wording(
        these=re.compile(rf"(?<![\w])(?:{alternation(lex.back_subjects)})\s+\Z", re.I),
        of_noun=re.compile(
            rf"\s*(?:{alternation(lex.share_of)})\s+(?:(?:{arts})\s+)?(?P<noun>{_WORD})", re.I
        ),
    )


def these_shares(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    before: tuple[Sentence, list[Quantity]] | None,
    rel: Relations,
) -> None:
    """ "… these P% of <noun>": the sum of the shares of <noun> in the sentence before."""
    if before is None or before[0].block is not sentence.block:
        return
    shares = [q for q in nums if q.kind == "percent" and q.usable]
    earlier = [q for q in before[1] if q.kind == "percent" and q.usable]
    if not shares or len(earlier) < 2:
        return  # a cheap exit: a share here, two before
    text, w = doc.text, _wording(doc.language)
    for q in shares:
        if not w.these.search(text, max(sentence.span.start, lead(q) - 12), lead(q)):
            continue
        noun = _noun(w, text, q)
        if noun and all(same_word(_noun(w, text, p) or "", noun) for p in earlier):
            if not _some_of(q, earlier):
                rel.breakdowns.append(Breakdown(q, earlier, "of-these"))


_MAX_SHARES = 5  # shares before: their proper subsets are tried (at most 30)


def _some_of(q: Quantity, earlier: list[Quantity]) -> bool:
    """Whether the restated share may be some of the shares before ("… 16.3% live with
    relatives. These 16.3% of IDPs …"), or too many shares to tell."""
    if len(earlier) > _MAX_SHARES:
        return True
    n = len(earlier)
    for mask in range(1, 2**n - 1):
        some = [p.interval for i, p in enumerate(earlier) if mask >> i & 1]
        if interval_sum(some).intersects(q.interval):
            return True
    return False


def _noun(w: _Wording, text: str, q: Quantity) -> str | None:
    m = w.of_noun.match(text, q.span.end)
    return m.group("noun").lower() if m else None
