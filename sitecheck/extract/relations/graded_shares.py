"""Shares of one base by grade, the last of a grade below those named: "38% of the aid went to
areas with catastrophic needs; 47% to areas with severe needs; and 15% reached less severe
areas". The last grade is the rest of the scale, so the shares add up to 100.

The first share names the base ("of the aid") and no later one names its own; brackets that hold
a share of another base ("(hosting 44% of people in need)") are asides, left out. The last share
opens its clause on "less", "lower" before a word an earlier share's clause used ("severe").
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
from sitecheck.lang import alternation, lexicon

_MAX_CLAUSE_WORDS = 16  # "of the assistance went to areas with catastrophic needs; and"
_LESSER_REACH = 4  # words before "less" in the last clause: "reached less severe areas"
_BRACKET = re.compile(r"\([^()]*\)")


@dataclass(frozen=True, eq=False)
class _Wording:
    of_base: re.Pattern[str]  # ") of the ": the first share names its base
    own_base: re.Pattern[str]  # " of people in need": a share of a base of its own
    lesser: re.Pattern[str]  # "less severe", "other areas": a grade below, or the others
    lead_words: re.Pattern[str]  # "around", "the": all that may open a clause before its share


@cache
def _wording(language: str) -> _Wording:
    lex = lexicon(language)
    ofs = alternation(lex.share_of)
    return _Wording(
        of_base=re.compile(
            rf"\s*\)?\s*(?:{ofs})\s+(?:(?:{alternation(lex.articles)})\s+)?[^\W\d_]", re.I
        ),
        own_base=re.compile(
            rf"\s*(?:{alternation((*lex.share_of, *lex.back_refs, *lex.rate_prepositions))})"
            r"(?![\w])",
            re.I,
        ),
        lead_words=re.compile(
            rf"[\s•●▪·◦*+\-–—]*(?:(?:{alternation((*lex.articles, *lex.qualifiers))})\s+)*", re.I
        ),
        lesser=re.compile(
            rf"(?<![\w])(?:{alternation((*lex.lesser_words, *lex.other_words))})[\s-]+"
            r"(?P<grade>[^\W\d_][\w'’]*)",
            re.I,
        ),
    )


def graded_shares(
    doc: Document,
    span: Span,
    nums: list[Quantity],
    rel: Relations,
    before: tuple[Span, list[Quantity]] | None = None,
) -> None:
    """The shares of one sentence (``span``) by grade, closed by a lesser or other grade; or
    those of the sentence ``before`` closed by this one's only share ("• 41% of the aid went to
    areas with catastrophic needs; 34% to areas with severe needs. • In addition, 25% went to
    other areas")."""
    text, w = doc.text, _wording(doc.language)
    shares = _outside_asides(text, w, span, nums)
    if not shares:
        return
    taken = {q.span.start for s in rel.shares for q in s.percents}
    if any(q.span.start in taken for q in shares) or not all(q.usable for q in shares):
        return
    clauses = _clauses(doc, w, span, shares)
    if len(shares) >= 2 and clauses and _closes(w, clauses[-1], clauses[:-1]):
        rel.shares.append(Shares(shares))
        return
    if before is None or len(shares) != 1 or w.own_base.match(text, shares[0].span.end):
        return
    earlier = _outside_asides(text, w, *before)
    if len(earlier) < 2 or any(q.span.start in taken for q in earlier):
        return
    # Only a short lead-in ("In addition,") and a bullet between the two.
    if len(WORD.findall(text, before[0].end, lead(shares[0]))) > _LESSER_REACH:
        return
    prior = _clauses(doc, w, before[0], earlier)
    if prior and _closes(w, text[shares[0].span.end : span.end], prior):
        rel.shares.append(Shares([*earlier, shares[0]]))


def _outside_asides(text: str, w: _Wording, span: Span, nums: list[Quantity]) -> list[Quantity]:
    """The percentages of the sentence, those in brackets of a base of their own left out."""
    asides = [
        m.span()
        for m in _BRACKET.finditer(text, span.start, span.end)
        if any(_other_base(w, text, q, m.end()) for q in nums if m.start() < q.span.start < m.end())
    ]
    percents = [q for q in nums if q.kind == "percent" and q.is_quantity]
    return [q for q in percents if not any(s < q.span.start < e for s, e in asides)]


def _clauses(doc: Document, w: _Wording, span: Span, shares: list[Quantity]) -> list[str] | None:
    """Each share's words up to the next (the last's to the sentence end), asides left out;
    None unless the first names the base and no other names its own."""
    text = doc.text
    if not w.of_base.match(text, shares[0].span.end):
        return None
    if any(w.own_base.match(text, q.span.end) for q in shares[1:]):
        return None
    if not_one_whole(doc.language).search(text, span.start, lead(shares[0])):
        return None
    if not _opens(w, text, span, shares[0]):
        return None
    ends = [lead(q) for q in shares[1:]] + [span.end]
    clauses = [_BRACKET.sub(" ", text[q.span.end : e]) for q, e in zip(shares, ends, strict=True)]
    if any(DIGIT.search(c) or len(WORD.findall(c)) > _MAX_CLAUSE_WORDS for c in clauses[:-1]):
        return None
    return clauses


_WORDED = re.compile(r"[\s•●▪·◦*+\-–—]*(?:\s*[^\W\d_]+){1,3}\s*\(\s*")  # "Over a third (35.4%)"


def _opens(w: _Wording, text: str, span: Span, first: Quantity) -> bool:
    """The first share opens its clause, its subject ("• 38% of the aid went …", "Over a third
    (35.4%) of the aid …"); not the object of a verb ("partners reached 60% of the people in
    severely affected areas and 40% in less affected areas": a rate within each)."""
    start = max(span.start, *(text.rfind(c, span.start, lead(first)) + 1 for c in ",;:"))
    return bool(
        w.lead_words.fullmatch(text, start, lead(first))
        or (_WORDED.fullmatch(text, start, lead(first)) and text.startswith(")", first.span.end))
    )


def _closes(w: _Wording, last: str, clauses: list[str]) -> bool:
    """A last clause that opens on a grade below, or on the others, of a word an earlier
    clause used: "reached less severe areas", "went to other areas"."""
    m = w.lesser.search(last)
    if m is None or len(WORD.findall(last, 0, m.start())) > _LESSER_REACH or DIGIT.search(last):
        return False
    if not m.group(0)[0].islower():
        return False  # "Lower Shabelle": a name, no grade
    grade = m.group("grade").lower()
    return any(grade in WORD.findall(c.lower()) for c in clauses)


def _other_base(w: _Wording, text: str, q: Quantity, close: int) -> bool:
    """A bracket's share of a base of its own: "(hosting 44% of people in need)"."""
    return q.kind == "percent" and bool(w.own_base.match(text, q.span.end, close))
