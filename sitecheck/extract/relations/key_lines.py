"""A headline caption, then sentences that each open on a part of it:

    612,385 refugees in the two districts
    - 588,942 refugees verified in the settlements by October.
    Another 23,443 refugees are on record in the older settlements.

The caption is a figure and its noun, with no full stop; the sentences after it open on a figure
of the same noun (after a bullet, or "another") and end with a full stop: they tell where the
headline's people are. They may leave some out, so together they can only fall short of it.
A caption or a sentence that measures the headline another way ("in need", "targeted",
"reached") or names another period ("new", "this week") is no such split.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.item_runs import Words, words
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.wording import WORD, lead, lead_noun, same_word
from sitecheck.lang import lexicon, phrases

_BULLET = re.compile(r"[\s•●▪·◦*+–-]*")
_MAX_CAPTION_WORDS = 12
_MAX_LEAD_WORDS = 2  # "Another", "A further": the words a part's sentence may open on


@cache
def _cues(language: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """Another period ("new", "this week"), and the words a part may open on ("another")."""
    lex = lexicon(language)
    leads = frozenset(w.lower() for w in (*lex.scope_words, *lex.articles) if " " not in w)
    return phrases(lex.period_words), leads


def key_lines(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    sentences = doc.sentences
    p = relation_patterns(doc.language)
    w = words(doc.language)
    taken = {id(b.total) for b in rel.breakdowns}
    for i, sentence in enumerate(sentences[:-2]):
        whole = _caption(doc, index, sentence, p, w)
        if whole is None or id(whole) in taken:
            continue
        parts: list[Quantity] = []
        for after in sentences[i + 1 :]:
            part = _opening(doc, index, after, whole, p, w)
            if part is None:
                break
            parts.append(part)
        if len(parts) < 2 or sum(_dated(doc, index, w, q) for q in parts) > 1:
            continue  # "3,000 relocated in May. 2,500 returned in June.": flows by period
        if any(_set_apart(doc, p, w, q) for q in parts):
            rel.breakdowns.append(Breakdown(whole, parts, "labels", exhaustive=False, at_most=True))
            taken.add(id(whole))


def _caption(
    doc: Document, index: QuantityIndex, sentence: Sentence, p: RelationPatterns, w: Words
) -> Quantity | None:
    """The figure of a caption line: a figure first, then a few words and no full stop."""
    text = doc.text
    span = sentence.span
    body = text[span.start : span.end].rstrip()
    figs = [
        q for q in index.between(span.start, span.end) if q.tag != "footnote" and not q.from_words
    ]
    if len(figs) != 1 or body.endswith((".", ":", ";")) or "\n" in body.strip():
        return None
    q = figs[0]
    if not q.usable or q.kind != "count" or q.from_words or not lead_noun(q, p):
        return None
    if _BULLET.fullmatch(text, span.start, lead(q)) is None:
        return None
    rest = text[q.span.end : span.start + len(body)]
    if len(WORD.findall(rest)) > _MAX_CAPTION_WORDS or w.attributes.search(rest):
        return None
    return None if _cues(doc.language)[0].search(rest) else q


def _opening(
    doc: Document,
    index: QuantityIndex,
    sentence: Sentence,
    whole: Quantity,
    p: RelationPatterns,
    w: Words,
) -> Quantity | None:
    """The figure a full sentence opens on, when it counts the caption's noun."""
    text = doc.text
    span = sentence.span
    body = text[span.start : span.end].rstrip()
    figs = [q for q in index.between(span.start, span.end) if q.usable]
    if not figs or not body.endswith("."):
        return None
    q = figs[0]
    if q.kind != whole.kind or q.from_words or not same_word(lead_noun(q, p), lead_noun(whole, p)):
        return None
    period, leads = _cues(doc.language)
    opening = text[_BULLET.match(text, span.start).end() : lead(q)]  # type: ignore[union-attr]
    said = WORD.findall(opening)
    if len(said) > _MAX_LEAD_WORDS or any(x.lower() not in leads for x in said):
        return None
    if len(said) != len(opening.split()) or w.attributes.search(body):
        return None
    if period.search(text, q.span.end, span.end) or p.comparison.search(body):
        return None
    return q


def _set_apart(doc: Document, p: RelationPatterns, w: Words, q: Quantity) -> bool:
    """Whether a part's sentence says where its people are ("in the settlements", not "in
    May") or opens on a word that sets it apart from the part before ("Another"): lines of
    services ("9,000 were given food", "8,000 were given kits") may count one person twice."""
    sentence = doc.sentence_at(q.span.start)
    if sentence is None:
        return False
    said = [x.lower() for x in WORD.findall(doc.text, sentence.span.start, sentence.span.end)]
    placed = any(
        x in p.place_preps and y not in w.months for x, y in zip(said, said[1:], strict=False)
    )
    return placed or lead(q) > sentence.span.start + len(
        _BULLET.match(doc.text, sentence.span.start).group(0)  # type: ignore[union-attr]
    )


def _dated(doc: Document, index: QuantityIndex, w: Words, q: Quantity) -> bool:
    """Whether a part's sentence names a month or a year."""
    sentence = doc.sentence_at(q.span.start)
    if sentence is None:
        return False
    start, end = sentence.span.start, sentence.span.end
    if any(f.tag in ("date", "year") for f in index.between(start, end)):
        return True
    return any(x.lower() in w.months for x in WORD.findall(doc.text, start, end))
