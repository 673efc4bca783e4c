"""Two shares of one group split in two sides that leave no one out: "Of them, 62% stayed with
host families, while 38% went to six sites", "83.4 percent of refugees live in host communities,
and 16.6 percent in camps", "el 84,6 % trabaja en la informalidad y el 15,4 % tiene un contrato
formal". The sides come from the lexicon (``split_sides``); the shares should add up to 100,
but a writer may leave a third side unsaid ("58% with host families and 22% in sites", the rest
renting): a sum off 100 is reported as a suspicion.

Only a sentence with these two percentages and no other is read, and only when the wording makes
one split of one base: the second share joined to the first by "and", "while" or a comma, naming
no base of its own ("… and 25% of those in camps" is another base); each side ends its share's
clause ("40% of households in camps lack latrines" is a rate within the camps, not a side); no
rest named after them ("… and the others with relatives"), no rates or survey answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Relations, Shares
from sitecheck.extract.relations.shares import not_one_whole
from sitecheck.extract.relations.wording import DIGIT, WORD, lead
from sitecheck.lang import alternation, lexicon, phrases

_MAX_GAP_WORDS = 14  # "of refugees reside in urban and rural host communities, and"
_AFTER_SIDE = 1  # words after a side in its clause: "host communities", not "camps lack water"
_REST_REACH = 80  # characters after the sentence where "the others …" still names a rest


@dataclass(frozen=True, eq=False)
class _Wording:
    sides: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    join: re.Pattern[str]  # ", while ", " and the ": right before the second share
    own_base: re.Pattern[str]  # " of those", " among": the second share's own base or group
    rest: re.Pattern[str]  # "the others", "el resto": a third side left without its share
    clause_end: re.Pattern[str]
    lead_words: re.Pattern[str]  # "the", "some": all that may open a clause before its share
    of_base: re.Pattern[str]  # " of the ", " de los cerca de ": the first share's base follows
    from_: re.Pattern[str]  # " from " right before the earlier share of a date pair
    to: re.Pattern[str]  # " to ", " al " between the two shares of a date pair
    contrast: re.Pattern[str]  # ", while ", " mientras que ": the other side's pair follows


@cache
def _wording(language: str) -> _Wording:
    lex = lexicon(language)
    joins = alternation((*lex.and_words, *lex.contrast_joins))
    lead_words = alternation((*lex.articles, *lex.qualifiers))
    return _Wording(
        sides=tuple((phrases(a), phrases(b)) for a, b in lex.split_sides),
        join=re.compile(
            rf"(?:[,;]\s*(?:(?:{joins})\s+)?|\s(?:{joins})\s+)(?:(?:{lead_words})\s+)*\Z", re.I
        ),
        own_base=re.compile(
            rf"\s*(?:{alternation((*lex.share_of, *lex.back_refs, *lex.rate_prepositions))})"
            r"(?![\w])",
            re.I,
        ),
        rest=phrases((*lex.remainder_words, *lex.other_words)),
        clause_end=re.compile(r"[,;:()]"),
        lead_words=re.compile(rf"\s*(?:(?:{lead_words})\s+)*", re.I),
        from_=re.compile(rf"(?<![\w])(?:{alternation(lex.change_from)})\s+\Z", re.I),
        to=re.compile(rf"\s*(?:{alternation(lex.change_to)})\s+", re.I),
        contrast=re.compile(rf"[,;]?\s+(?:{alternation(lex.contrast_joins)})\s+", re.I),
        of_base=re.compile(
            rf"\s*(?:{alternation(lex.share_of)})\s+(?:(?:{alternation(lex.articles)})\s+)?"
            rf"(?:(?:{alternation(lex.qualifiers)})\s+)?\Z",
            re.I,
        ),
    )


def two_sides(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """Shares of the two sides of one split, within one sentence (``span``)."""
    percents = [q for q in nums if q.kind == "percent" and q.is_quantity]
    if len(percents) == 4 and all(q.usable for q in percents):
        _two_dates(doc, span, percents, rel)
    if len(percents) != 2 or not all(q.usable for q in percents):
        return
    a, b = percents
    shared = {q.span.start for s in rel.shares for q in s.percents}
    changed = {c.percent.span.start for c in rel.changes}
    if {a.span.start, b.span.start} & (shared | changed):
        return
    text, w = doc.text, _wording(doc.language)
    (_, a_end), (b_start, b_end) = _extent(text, a, nums), _extent(text, b, nums)
    gap = text[a_end:b_start]
    join = w.join.search(gap)
    if join is None or "(" in gap or len(WORD.findall(gap)) > _MAX_GAP_WORDS:
        return
    if DIGIT.search(gap) and not _base_only(w, text, (a_end, b_start), nums):
        return
    if w.own_base.match(text, b_end):
        return  # "… and 25% of those in camps", "… and 30% among men": a base of its own
    if not_one_whole(doc.language).search(text, span.start, span.end) or not _opens(
        w, text, span, a
    ):
        return
    if w.rest.search(text, b_end, min(len(text), span.end + _REST_REACH)):
        return  # "… while 30% went to sites; the others rented": a third side
    clause_b = w.clause_end.search(text, b_end, span.end)
    first = _side(w, text[a_end : a_end + join.start()])
    second = _side(w, text[b_end : clause_b.start() if clause_b else span.end])
    if _opposite(first, second):
        rel.shares.append(Shares([a, b], sure=False))


_DATE_SIDE = 2  # words after a side before its pair: "alojadas con familias anfitrionas bajó"


def _two_dates(doc: Document, span: Span, percents: list[Quantity], rel: Relations) -> None:
    """ "the share with host families fell from 71% to 52%, while that of those in sites rose
    from 29% to 48%": the two sides at two dates, each date's pair a split."""
    text, w = doc.text, _wording(doc.language)
    p1, p2, p3, p4 = percents
    pairs = ((p1, p2), (p3, p4))
    if not all(w.to.fullmatch(text, x.span.end, lead(y)) for x, y in pairs):
        return
    if not all(w.from_.search(text, max(span.start, lead(x) - 20), lead(x)) for x, _ in pairs):
        return
    join = w.contrast.search(text, p2.span.end, lead(p3))
    if join is None or DIGIT.search(text, p2.span.end, lead(p3)):
        return
    if not_one_whole(doc.language).search(text, span.start, span.end):
        return  # "coverage in the camps fell from 60% to 40%, while …": rates within each side
    if {q.span.start for s in rel.shares for q in s.percents} & {q.span.start for q in percents}:
        return
    if w.rest.search(text, p4.span.end, min(len(text), span.end + _REST_REACH)):
        return
    opening = max(span.start, text.rfind(":", span.start, lead(p1)) + 1)
    halves = (text[opening : lead(p1)], text[join.end() : lead(p3)])
    first, second = (_side(w, w.from_.sub("", h), _DATE_SIDE) for h in halves)
    if _opposite(first, second):
        rel.shares.extend([Shares([p1, p3], sure=False), Shares([p2, p4], sure=False)])


_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"[^\d()]{0,30}\)")  # "1,620 people)"


def _extent(text: str, q: Quantity, nums: list[Quantity]) -> tuple[int, int]:
    """Where a share stands with the amount bracketed with it: "1,620 (62%)", "62% (1,620)"."""
    i = next(k for k, n in enumerate(nums) if n is q)
    before, after = nums[i - 1 : i], nums[i + 1 : i + 2]
    if before and before[0].kind == "count" and _OPEN.fullmatch(text, before[0].span.end, lead(q)):
        close = _CLOSE.match(text, q.span.end)
        if close:
            return lead(before[0]), close.end()
    if after and after[0].kind == "count" and _OPEN.fullmatch(text, q.span.end, lead(after[0])):
        close = _CLOSE.match(text, after[0].span.end)
        if close:
            return lead(q), close.end()
    return lead(q), q.span.end


def _opens(w: _Wording, text: str, span: Span, a: Quantity) -> bool:
    """The first share opens its clause, its subject ("Of them, 62% stayed …"); not the object
    of a verb ("Partners reached 65% of the people in host communities and 45% in camps": a
    rate within each side)."""
    start = max(span.start, *(text.rfind(c, span.start, lead(a)) + 1 for c in ",;:"))
    return w.lead_words.fullmatch(text, start, lead(a)) is not None


def _base_only(w: _Wording, text: str, gap: tuple[int, int], nums: list[Quantity]) -> bool:
    """Whether the one figure between the shares is the base the first names: "el 84,6 % de
    los cerca de 2.100 encuestados … y el 15,4 %"."""
    between = [q for q in nums if gap[0] <= q.span.start and q.span.end <= gap[1]]
    if len(between) != 1 or between[0].kind != "count":
        return False
    base = between[0]
    return not DIGIT.search(text, base.span.end, gap[1]) and bool(
        w.of_base.match(text[gap[0] : lead(base)])
    )


def _side(w: _Wording, clause: str, reach: int = _AFTER_SIDE) -> set[tuple[int, int]] | None:
    """The sides (split, side) a share's clause ends on; None when a side stands inside it
    ("40% of households in camps lack latrines": the camps are the base, not a side)."""
    found: set[tuple[int, int]] = set()
    inside: set[tuple[int, int]] = set()
    for i, pair in enumerate(w.sides):
        for j, side in enumerate(pair):
            for m in side.finditer(clause):
                far = len(WORD.findall(clause, m.end())) > reach
                (inside if far else found).add((i, j))
    # "hosted by relatives or friends": words of one side, the last ending the clause.
    return found if inside <= found else None


def _opposite(first: set[tuple[int, int]] | None, second: set[tuple[int, int]] | None) -> bool:
    """Each clause on one side only, and the two on the two sides of one split."""
    if not first or not second:
        return False
    if any((i, 1 - j) in hits for hits in (first, second) for i, j in hits):
        return False  # one clause on both sides
    return not first & second and any((i, 1 - j) in second for i, j in first)
