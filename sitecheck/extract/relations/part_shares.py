"""A share whose base the wording ties to a whole: the bracket that closes the clause of a part
("more than 612,700 refugees, including 41,380 registered refugees who arrived before 2005
(7%)"), or a sentence that opens on a whole named before ("Of all people affected, …").

The part's clause may run on for a few words after its figure (a relative clause, a date): the
share is still the part's, of the whole its connector names. Read after the connectors, whose
parts it uses.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import PercentOf, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import WORD, digit_between, lead
from sitecheck.lang import alternation, lexicon
from sitecheck.lang.base import Lexicon

_LOOK = 3  # number mentions looked at after a part (tagged ones such as years may come first)
_MAX_WORDS = 8  # words of the part's clause between its figure and the bracket
_BARE_SHARE = re.compile(r"\s*\)")
# The part's own clause: no comma, colon, semicolon or bracket (another clause or aside).
_CLAUSE = re.compile(r"[^,;:()\[\]]*\(\s*")


def part_shares(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """ "including 41,380 refugees who arrived before 2005 (7%)": PercentOf(part, share, whole)
    for the parts of this sentence (``span``, its numbers ``nums``)."""
    text = doc.text
    taken = rel.percents_from(span.start)
    for r in reversed(rel.parts):  # this sentence's parts come last
        if r.part.span.start < span.start:
            break
        if r.kind not in ("inclusive", "relative") or r.part.from_words or r.whole.from_words:
            continue
        pct = _share_after(text, r.part, nums)
        if (
            pct is None
            or pct.span.start in taken
            or not _CLAUSE.fullmatch(text, r.part.span.end, lead(pct))
        ):
            continue
        gap = text[r.part.span.end : lead(pct)]
        if len(WORD.findall(gap)) > _MAX_WORDS or digit_between(
            text, r.part.span.end, lead(pct), nums
        ):
            continue
        if r.whole.kind == r.part.kind and r.whole.currency == r.part.currency:
            rel.percents.append(PercentOf(r.part, pct, base=r.whole))
            taken.add(pct.span.start)


def _share_after(text: str, part: Quantity, nums: list[Quantity]) -> Quantity | None:
    """The first usable figure after the part, when it is a bare share closing its bracket."""
    i = bisect.bisect_left(nums, part.span.end, key=lambda q: q.span.start)
    nxt = next((q for q in nums[i : i + _LOOK] if q.usable), None)
    if nxt is None or nxt.kind != "percent" or not _BARE_SHARE.match(text, nxt.span.end):
        return None
    return nxt


_AFTER_CAPTION = re.compile(r"\s*:?[^\d;:()]*\(\s*")  # "1,4 million : Personnes … ("
_SHUT = re.compile(r"\s*[),;]")  # "(84% of the total, 181,022 of them new)": an aside may follow


def named_shares(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """ "1,4 million : Personnes en insécurité alimentaire (30 pour cent des habitants)": a
    bracket that holds only a share of a named group, after the caption of the figure before;
    the rule looks for the group's count among the figures before."""
    text = doc.text
    usable = [q for q in nums if q.usable]
    taken = rel.percents_from(span.start)
    share_base = relation_patterns(doc.language).share_base
    for a, pct in zip(usable, usable[1:], strict=False):
        if pct.kind != "percent" or pct.span.start in taken or a.kind not in ("count", "money"):
            continue
        gap = (a.span.end, lead(pct))
        if a.from_words or not _AFTER_CAPTION.fullmatch(text, *gap):
            continue
        if len(WORD.findall(text, *gap)) > _MAX_WORDS or digit_between(text, *gap, nums):
            continue
        m = share_base.match(text, pct.span.end)
        if m is None or not m.group("noun") or not _SHUT.match(text, m.end()):
            continue
        rel.percents.append(PercentOf(a, pct, base_noun=m.group("noun").lower()))
        taken.add(pct.span.start)


_CLAUSE_WORDS = 30  # words of the share's clause before it is restated


@cache
def _restating(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """ ", isto é, " right before the amount that restates a share; " more", " increase"
    right after a percentage, or "rose by ", "an increase of " right before it: a change."""
    return (
        re.compile(
            rf"[^\d;:()]*,\s*(?:{alternation(lex.share_verbs)})\s*,?\s+"
            rf"(?:(?:{alternation(lex.qualifiers)})\s+)?",
            re.I,
        ),
        re.compile(
            rf"\s*(?:{alternation((*lex.change_words, *lex.change_terms))})(?![\w])", re.I
        ),
        re.compile(
            rf"(?<![\w])(?:{alternation(lex.change_terms)})\s+"
            rf"(?:(?:{alternation(lex.change_by)})\s+)?$",
            re.I,
        ),
    )


def restated_out_of(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """ "perto de 1,3% da população vive deslocada …, isto é, 389.615 pessoas num total de 29
    milhões": a share, its clause, then the amount and the whole it is out of."""
    text = doc.text
    taken = rel.percents_from(span.start)
    usable = [q for q in nums if q.usable]
    for r in reversed(rel.parts):  # this sentence's parts come last
        if r.part.span.start < span.start:
            break
        if r.kind != "out-of" or r.part.span.end > r.whole.span.start or r.part.from_words:
            continue
        i = bisect.bisect_left(usable, lead(r.part), key=lambda q: q.span.start)
        pct = usable[i - 1] if i else None
        if pct is None or pct.kind != "percent" or pct.span.start in taken:
            continue
        gap = (pct.span.end, lead(r.part))
        if len(WORD.findall(text, *gap)) > _CLAUSE_WORDS or digit_between(text, *gap, nums):
            continue
        restating, change, change_by = _restating(lexicon(doc.language))
        if change.match(text, pct.span.end) or change_by.search(text, span.start, lead(pct)):
            continue
        if restating.fullmatch(text, *gap):
            rel.percents.append(PercentOf(r.part, pct, base=r.whole))
            taken.add(pct.span.start)


_CANDIDATES = 4  # earlier figures tried as the base, nearest first
_OPENING = 80  # characters: where "Five of those loans" opens a sentence
_STEM = 5  # letters that make two forms of one word ("displaced", "displacement")


def opening_shares(doc: Document, span: Span, rel: Relations, index: QuantityIndex) -> None:
    """ "24,118 people were affected … Of all people affected, some 41% (9,888) have been
    displaced", "Nine loans worth CHF 2.1M … Five of those loans, together CHF 1.4M, or 68
    per cent, …": a sentence that names a whole stated before, with one share and no base of
    its own. Its base is one of the paragraph's earlier figures of the amount's unit, at least
    the amount, whose sentence uses a word the name uses; the share is checked against them
    all, a suspicion when it agrees with none (a warning when only one can hold it)."""
    mine = []
    for po in reversed(rel.percents):  # this sentence's shares come last
        if po.percent.span.start < span.start:
            break
        mine.append(po)
    if len(mine) != 1:
        return
    po, a = mine[0], mine[0].amount
    if po.base is not None or po.base_noun or po.bases or a.from_words:
        return
    for r in reversed(rel.parts):  # this sentence's parts come last
        if r.part.span.start < span.start:
            break
        if r.part is a:
            return  # a part of a stated whole: the rule takes that whole
    named = _naming(doc, span)
    if not named:
        return
    sentence = doc.sentence_at(span.start)
    if sentence is None:
        return
    earlier = [
        q
        for q in reversed(index.between(sentence.block.span.start, span.start))
        if q.usable
        and not q.from_words
        and q.kind == a.kind
        and q.currency == a.currency
        and q.is_households == a.is_households
        and q.is_people == a.is_people
        and q.value >= a.value
        and named & _stems(doc, q)
    ]
    if earlier and _of_all(doc, span):
        earlier = _wholes_only(rel, earlier)
    earlier = earlier[:_CANDIDATES]
    if earlier:
        po.bases, po.sure, po.likely = earlier, False, len(earlier) == 1


def _of_all(doc: Document, span: Span) -> bool:
    """Whether the opening names all of a whole: "Of all people affected,"."""
    opening = relation_patterns(doc.language).of_these.match(doc.text, span.start, span.end)
    words = {w.lower() for w in lexicon(doc.language).all_words}
    return opening is not None and any(w.lower() in words for w in WORD.findall(opening.group(0)))


def _wholes_only(rel: Relations, candidates: list[Quantity]) -> list[Quantity]:
    """The candidates less those that are parts of another one ("24,118 affected … 6,210 in
    Ed Damazin, 5,477 in Roseires": all of them is the 24,118)."""
    starts = {q.span.start for q in candidates}
    parts = {
        p.span.start
        for b in rel.breakdowns
        if b.total.span.start in starts
        for p in b.parts
    }
    return [q for q in candidates if q.span.start not in parts]


def _naming(doc: Document, span: Span) -> set[str]:
    """The stems of the words that name a whole stated before: "Of all people affected,",
    "Five of those loans"; none when the sentence names none."""
    p = relation_patterns(doc.language)
    lex = lexicon(doc.language)
    opening = p.of_these.match(doc.text, span.start, span.end)
    if opening:
        words = opening.group(0)
    else:
        # "Five of those loans, …": a count (in figures or words) opens the sentence.
        m = _back_noun(lex).search(doc.text, span.start, min(span.end, span.start + _OPENING))
        opens = m is not None and len(WORD.findall(doc.text, span.start, m.start())) <= 2
        words = m.group("noun") if m and opens else ""
    return _stem_set(words) - _common(lex)


@cache
def _common(lex: Lexicon) -> frozenset[str]:
    """The words of an opening itself ("of all those") and generic nouns: they name nothing."""
    return frozenset(
        _stem_set(" ".join((*lex.of_this_noun, *lex.of_these, *lex.generic_people_nouns)))
    )


@cache
def _back_noun(lex: Lexicon) -> re.Pattern[str]:
    """ " of those loans" after the count that opens a sentence: the noun names a whole stated
    before."""
    return re.compile(
        rf"\s+(?:{alternation(lex.n_of_w)})\s+(?:{alternation(lex.demonstratives)})\s+"
        r"(?P<noun>[^\W\d_][\w-]*)",
        re.I,
    )


def _stem_set(text: str) -> set[str]:
    return {w[:_STEM] for w in WORD.findall(text.lower()) if len(w) >= _STEM}


def _stems(doc: Document, q: Quantity) -> set[str]:
    """The stems of the words of the sentence a figure stands in."""
    home = doc.sentence_at(q.span.start)
    return _stem_set(doc.text[home.span.start : home.span.end] if home else q.noun)
