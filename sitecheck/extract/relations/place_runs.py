"""A figure for an area of many places, then one sentence per place: "By Monday the state
counted 480 flooded homes across the Lowlands region. Most of the damage is in Riverton, with
260 homes under water. … In Millbrook, 95 homes were damaged. In Ashford there were 75 homes
hit." Places cannot overlap, so the places' figures together cannot exceed the area's (some
places may go unsaid): the breakdown is checked one way, at most the whole.

The whole is the one figure of its sentence that has a noun, in a sentence that names a word
for many places ("region", "provincias"). Each later sentence of the paragraph that counts that
noun counts it once and names a place of its own, a capitalised name that neither the whole's
sentence nor another part's names; one sentence without that noun may stand between. The
first place is named as the largest share ("most of the damage", "la mayor parte"): that ties
the places to the area, where a district's own figure and then its peers' is no whole. The
run stops at a sentence that counts the noun twice, compares, dates or names another time
than the whole's; three parts at least make it (two are read by place_split).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.aims import same_aim
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.wording import figures, lead_noun, period_words, same_word
from sitecheck.lang import lexicon, phrases

_MIN_PARTS = 3
_MAX_AHEAD = 9  # sentences read after the whole's
_GAP = 1  # sentences in a row without the noun inside the run
_FAR = 2.0  # parts adding up to more than twice the whole are no split of it
_DATED = frozenset({"date", "year"})
_NOUN_WORDS = 2  # words of a figure's noun read for the whole's ("flooded homes")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]+")


@cache
def _areas(language: str) -> re.Pattern[str]:
    return phrases(lexicon(language).partition_dimensions)


@cache
def _most(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    return phrases((*lex.majority_words, *lex.largest_words))


@cache
def _times(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    return phrases((*lex.months, *lex.future_words))


def place_runs(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    sentences = doc.sentences
    nums: list[list[Quantity] | None] = [None] * len(sentences)

    def nums_of(k: int) -> list[Quantity]:
        found = nums[k]
        if found is None:
            s = sentences[k].span
            found = nums[k] = index.between(s.start, s.end)
        return found

    p = relation_patterns(doc.language)
    for i, s in enumerate(sentences):
        if i + _MIN_PARTS >= len(sentences) or sentences[i + 1].block is not s.block:
            continue  # cheap: a run needs the sentences after it, in its paragraph
        figs = figures(nums_of(i))
        counted = [q for q in figs if q.kind == "count" and q.usable and lead_noun(q, p)]
        if len(counted) != 1 or counted[0].from_words:
            continue
        if not _areas(doc.language).search(doc.text, s.span.start, s.span.end):
            continue
        if _opening(doc.text, s) in p.place_preps:
            continue  # "In Lomi district, 500 houses …": one place, the peer of those after it
        _read_run(doc, p, sentences, i, counted[0], nums_of, rel)


def _read_run(
    doc: Document,
    p: RelationPatterns,
    sentences: list[Sentence],
    i: int,
    whole: Quantity,
    nums_of: Callable[[int], list[Quantity]],
    rel: Relations,
) -> None:
    """The parts of the sentences after the whole's, one per sentence, up to the run's end."""
    text, head = doc.text, sentences[i]
    opening = _opening(text, head)
    areas = {m.group(0).lower() for m in _areas(doc.language).finditer(text, *_at(head))}
    seen = _names(text, head, skip_first=False)
    times = _time_words(doc, head)
    parts: list[Quantity] = []
    gap = 0
    for k in range(i + 1, min(len(sentences), i + 1 + _MAX_AHEAD)):
        s = sentences[k]
        if s.block is not head.block:
            break
        nums = nums_of(k)
        alike = [q for q in figures(nums) if q.kind == whole.kind and _same_noun(p, whole, q)]
        if not alike:
            gap += 1
            if gap > _GAP:
                break
            continue
        gap = 0
        if _opening(text, s) == opening or areas & _area_words(doc, s):
            return  # "Lomi district: 500 … In Kasa district, 300 …": a peer, not the area
        if len(alike) != 1 or not _same_time(doc, p, s, times, nums):
            break
        # "Riverton bears most of the damage": the first place may open its sentence (the
        # word for most ties it); a later sentence's first word is capitalised by position.
        names = _names(text, s, skip_first=bool(parts)) - seen
        if not names:
            break  # no place of its own: more of the whole, or the same place again
        if not parts and not _most(doc.language).search(text, *_at(s)):
            return  # the first place is named as most of the whole: "Most damage is in A, …"
        seen |= names
        parts.append(alike[0])
    if len(parts) < _MIN_PARTS or any(q.from_words or not q.usable for q in parts):
        return
    if sum(q.value for q in parts) > _FAR * whole.value or not same_aim(doc, [whole, *parts]):
        return
    rel.breakdowns.append(Breakdown(whole, parts, "place-split", exhaustive=False, at_most=True))


def _same_noun(p: RelationPatterns, whole: Quantity, q: Quantity) -> bool:
    """ "480 flooded homes" and "95 homes": the one noun, an adjective before it aside."""
    a, b = lead_noun(whole, p), lead_noun(q, p)
    if not a or not b:
        return False
    return any(same_word(b, w) for w in whole.noun.split()[:_NOUN_WORDS]) or any(
        same_word(a, w) for w in q.noun.split()[:_NOUN_WORDS]
    )


def _area_words(doc: Document, s: Sentence) -> set[str]:
    return {m.group(0).lower() for m in _areas(doc.language).finditer(doc.text, *_at(s))}


def _opening(text: str, s: Sentence) -> str:
    m = _WORD.search(text, s.span.start, s.span.end)
    return m.group(0).lower() if m else ""


def _names(text: str, s: Sentence, skip_first: bool) -> set[str]:
    """The capitalised words of a sentence, its first word aside (capitalised by position)."""
    found = [m for m in _NAME.finditer(text, s.span.start, s.span.end)]
    if skip_first and found and not text[s.span.start : found[0].start()].strip():
        found = found[1:]
    return {m.group(0) for m in found}


def _time_words(doc: Document, s: Sentence) -> set[str]:
    text = doc.text
    found = {m.group(0).lower() for m in period_words(doc.language).finditer(text, *_at(s))}
    return found | {m.group(0).lower() for m in _times(doc.language).finditer(text, *_at(s))}


def _at(s: Sentence) -> tuple[int, int]:
    return s.span.start, s.span.end


def _same_time(
    doc: Document, p: RelationPatterns, s: Sentence, times: set[str], nums: list[Quantity]
) -> bool:
    """No comparison, date or time word the whole's sentence does not say."""
    if p.comparison.search(doc.text, *_at(s)):
        return False
    return not any(q.tag in _DATED for q in nums) and _time_words(doc, s) <= times
