"""A change from an earlier level that a sentence gives "the figure" of the sentence before:
"… in all, 1.5 million people need aid. Between January and June 2024 the figure had been
804,000 (291,600 … and 512,400 …), so this year's rise reaches 87%." The earlier figure comes
right after the word for a count and a past level ("the figure had been", "la cifra había
sido de"), the percentage after it, tied to a word of change that a word of consequence brings
in ("so", "así que"): "the number was 1.2 million, a fall of 25%" may give that year's own
change. The later figure is the one amount of the earlier one's unit in the sentence before
(same paragraph) that is no part of another there (the total of "A and B, in all C").
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.amounts import same_unit, sure_amounts
from sitecheck.extract.relations.model import Change, Relations
from sitecheck.extract.relations.wording import lead
from sitecheck.lang import alternation, lexicon, phrases

_REACH = 60  # characters before the earlier figure where its words stand
_WORD = r"[^\W\d_][\w'’-]*"


@cache
def _change(language: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """A word of change a few words before the percentage, a year among them ("the rise of
    2025 reaches 87%"), and the words that say a fall."""
    lex = lexicon(language)
    words = alternation((*lex.change_terms, *lex.change_words))
    falls = {w.lower() for w in lex.change_down_terms}
    falls |= {w.lower() for w, d in lex.change_words.items() if d == "down"}
    pattern = re.compile(rf"(?<![\w])(?P<w>{words})(?:[\s,]+(?:{_WORD}|\d{{4}})){{0,4}}\s*$", re.I)
    return pattern, frozenset(falls)


@cache
def _level(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    counts = alternation(lex.count_subjects)
    return re.compile(rf"(?<![\w])(?:{counts})\s+(?:{alternation(lex.past_levels)})\s+$", re.I)


def past_levels(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    rel: Relations,
    prev: tuple[Sentence, list[Quantity]] | None,
) -> None:
    if prev is None or not lexicon(doc.language).past_levels:
        return
    pcts = [q for q in nums if q.kind == "percent" and q.usable and not q.from_words]
    here = sure_amounts(nums)
    if len(pcts) != 1 or not here or here[0].span.end > pcts[0].span.start:
        return
    pct, earlier = pcts[0], here[0]
    start = max(sentence.span.start, lead(earlier) - _REACH)
    if not _level(doc.language).search(doc.text, start, lead(earlier)):
        return  # cheap: "the figure had been" right before the first amount
    if any(c.percent is pct for c in rel.changes) or any(po.percent is pct for po in rel.percents):
        return
    if pct.qualifier is not None or earlier.qualifier is not None:
        return
    change, falls = _change(doc.language)
    tied = change.search(doc.text, earlier.span.end, lead(pct))
    before = sure_amounts(prev[1])
    if tied is None or before is None:
        return
    if not phrases(lexicon(doc.language).so_words).search(doc.text, earlier.span.end, tied.start()):
        return  # "the number was 1.2 million, a fall of 25%": that year's own change
    down = " ".join(tied.group("w").lower().split()) in falls
    heads = _heads(rel, [q for q in before if same_unit(q, earlier)])
    if len(heads) == 1 and heads[0].value != earlier.value:
        rel.changes.append(Change(pct, earlier, heads[0], down, first_earlier=True))


def _heads(rel: Relations, figs: list[Quantity]) -> list[Quantity]:
    """The figures that are no part of another of them."""
    ids = {id(q) for q in figs}
    parts = {id(r.part) for r in rel.parts if id(r.whole) in ids}
    for b in rel.breakdowns:
        if id(b.total) in ids:
            parts |= {id(q) for q in b.parts}
    return [q for q in figs if id(q) not in parts]
