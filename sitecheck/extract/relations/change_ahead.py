"""A percentage change stated before the two amounts it is between, in the sentence before them:
"The number of refugees fell by 0.6 percent. The agency records 2,871 fewer refugees since
January: 464,062 are registered now, down from 466,933." The change's sentence holds no amount;
the next (same paragraph, no percentage) restates the change as a difference, a comparative
whose noun the change's sentence names ("fewer refugees", "the number of refugees"), between
the two amounts it sets against each other (``differences.py``). Another noun ("2,000 new
arrivals, up from 1,500") may be another quantity: not read.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.changes import change_word
from sitecheck.extract.relations.model import Change, Relations
from sitecheck.extract.relations.wording import fold
from sitecheck.extract.restated_near import same_stem
from sitecheck.lang import alternation, lexicon

_TOKEN = re.compile(r"[^\W\d_][\w’'-]*")
_NOUN_WORDS = 3  # words of the comparative's noun looked at ("fewer refugees from …")


@cache
def _generic(language: str) -> frozenset[str]:
    lex = lexicon(language)
    words = (*lex.stopwords, *lex.articles, *lex.of_articles, *lex.change_words, *lex.change_terms)
    return frozenset(fold(w.lower()) for w in words)


def _amounts(nums: list[Quantity]) -> list[Quantity]:
    return [
        q for q in nums if q.kind in ("count", "money") and not q.from_words and q.tag is None
    ]


def _named(doc: Document, head: str, change: Quantity) -> bool:
    """Whether a word of the comparative's noun ("fewer refugees") stands in ``head``, the words
    of the change's sentence before its percentage."""
    generic = _generic(doc.language)
    said = {fold(w.lower()) for w in _TOKEN.findall(head)} - generic
    noun = [fold(w.lower()) for w in _TOKEN.findall(change.noun)[:_NOUN_WORDS]]
    return any(
        len(w) > 3 and w not in generic and any(same_stem(w, s) for s in said) for w in noun
    )


@cache
def _place_lead(language: str) -> re.Pattern[str]:
    preps = alternation(lexicon(language).place_prepositions)
    return re.compile(rf"(?<![\w])(?:{preps})\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]*)")


def _new_place(doc: Document, sentence: Sentence, before: Sentence) -> bool:
    """Whether the sentence names a place ("in Kakuma") the sentence before does not: the
    figures are then one place's."""
    said = doc.slice(before.span)
    months = {m.lower() for m in lexicon(doc.language).months}
    for m in _place_lead(doc.language).finditer(doc.text, sentence.span.start, sentence.span.end):
        name = m.group("name")
        if name.lower() not in months and name not in said:
            return True
    return False


def _comparative(doc: Document, change: Quantity) -> bool | None:
    """Whether the comparative after the difference says a fall ("fewer"), a rise, or none."""
    words = lexicon(doc.language).change_words
    for w in _TOKEN.findall(doc.text[change.span.end : change.span.end + 30])[:2]:
        if w.lower() in words:
            return words[w.lower()] == "down"
    return None


def change_ahead(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    rel: Relations,
    prev: tuple[Sentence, list[Quantity]] | None,
) -> None:
    """The change of the sentence before, between the two amounts of this one that a stated
    difference sets against each other."""
    if prev is None or _amounts(prev[1]):
        return
    if any(q.kind == "percent" for q in nums):
        return
    pcts = [q for q in prev[1] if q.kind == "percent" and q.usable and not q.from_words]
    if len(pcts) != 1 or pcts[0].qualifier is not None:
        return
    pct = pcts[0]
    read = rel.percents_since(prev[0].span.start)  # the shares of the two sentences, not all
    if any(c.percent is pct for c in rel.changes) or any(po.percent is pct for po in read):
        return  # already read, as a change or a share
    tied, down = change_word(doc, prev[0], pct)
    if not tied:
        return
    lo, hi = sentence.span.start, sentence.span.end
    diffs = [b for b in rel.breakdowns if b.kind == "difference" and lo <= b.total.span.start < hi]
    if len(diffs) != 1 or len(diffs[0].parts) != 2:
        return
    large, (small, change) = diffs[0].total, diffs[0].parts
    if not _named(doc, doc.text[prev[0].span.start : pct.span.start], change):
        return
    if down is not None and _comparative(doc, change) not in (None, down):
        return  # "fell by 3%. … 500 more refugees …": another quantity's rise
    if _new_place(doc, sentence, prev[0]):
        return  # "… 300 more refugees in Kakuma": one place's change, not the whole's
    a, b = sorted((large, small), key=lambda q: q.span.start)
    rel.changes.append(Change(pct, a, b, down))
