"""A stated percentage change between two stated amounts.

"rose from 1,200 to 1,500, an increase of 25 per cent", "9,316 returned, 15% fewer than in the
previous week (10,960)", "une baisse de 29% par rapport aux 200 000". The percentage must be tied
to a word of change ("increase", "a 22% drop", "une hausse de") and the sentence must hold exactly
two amounts of one kind, one of them marked as the earlier figure ("from … to", "compared with",
"the previous week (…)"). Changes between percentages (points or
relative) are not read, nor a percentage that a qualifier the figure did not take bounds ("más de
un 60%").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Change, Relations
from sitecheck.lang import alternation, lexicon
from sitecheck.lang.base import Lexicon

_WORD = r"[^\W\d_][\w'’-]*"
_WINDOW = 80


@dataclass(frozen=True, eq=False)
class _Patterns:
    before_pct: re.Pattern[str]  # "an increase of ", "decreased markedly (" right before "P%"
    after_pct: re.Pattern[str]  # " increase", " de aumento", " fewer" right after "P%"
    cue: re.Pattern[str]  # "compared with the ", "previous week (" right before the earlier figure
    from_: re.Pattern[str]  # "from " right before the earlier figure
    to: re.Pattern[str]  # "… to " right before the later one
    loose: re.Pattern[str]  # "más de un " before "60%": a qualifier the figure did not take


@cache
def _patterns(lex: Lexicon) -> _Patterns:
    terms = alternation(lex.change_terms)
    after = alternation((*lex.change_terms, *lex.change_words))
    return _Patterns(
        before_pct=re.compile(rf"(?<![\w])(?:{terms})(?:[\s(]+{_WORD}){{0,3}}[\s(]*$", re.I),
        after_pct=re.compile(rf"[\s)]*(?:{_WORD}\s+){{0,2}}?(?:{after})(?![\w])", re.I),
        cue=re.compile(
            rf"(?<![\w])(?:{alternation(lex.change_cues)})(?:[\s(:,]+{_WORD}){{0,5}}[\s(:]*$",
            re.I,
        ),
        from_=re.compile(
            rf"(?<![\w])(?:{alternation(lex.change_from)})(?:\s+{_WORD}){{0,4}}\s+$", re.I
        ),
        loose=re.compile(
            rf"(?<![\w])(?:{alternation(lex.qualifiers)})(?:\s+{_WORD})?\s+$",
            re.I,
        ),
        to=re.compile(rf"(?<![\w])(?:{alternation(lex.change_to)})(?:\s+{_WORD}){{0,3}}\s+$", re.I),
    )


def _lead(q: Quantity) -> int:
    return (q.qualifier_span or q.span).start


def _tied(text: str, p: _Patterns, sentence: Sentence, pct: Quantity) -> bool:
    """Whether a word of change stands right before or after the percentage."""
    start = max(sentence.span.start, _lead(pct) - 40)
    if p.before_pct.search(text[start : _lead(pct)]):
        return True
    return bool(p.after_pct.match(text, pct.span.end, min(sentence.span.end, pct.span.end + 40)))


def _amounts(nums: list[Quantity]) -> tuple[Quantity, Quantity] | None:
    """The two amounts of the sentence, a restatement ("Twelve (12)") counted once."""
    amounts: list[Quantity] = []
    for q in nums:
        if q.kind not in ("count", "money") or q.from_words or q.tag is not None:
            continue  # a year, a date, "three"
        if not q.usable or q.value <= 0:
            return None  # a figure read with doubt: no reading is sure
        if not any(a.value == q.value for a in amounts):
            amounts.append(q)
    if len(amounts) != 2:
        return None
    a, b = amounts
    if a.kind != b.kind or a.currency != b.currency or a.is_households != b.is_households:
        return None
    return a, b


def _marked(text: str, p: _Patterns, sentence: Sentence, a: Quantity, b: Quantity) -> bool:
    """Whether the wording marks one of two amounts as the earlier figure: "compared with B",
    "from A to B", "fell to B … from A"."""
    before = {}
    for q, prev in ((a, None), (b, a)):
        start = max(sentence.span.start, prev.span.end if prev else 0, _lead(q) - _WINDOW)
        before[id(q)] = text[start : _lead(q)]
        if p.cue.search(before[id(q)]):
            return True
    return any(
        p.from_.search(before[id(x)]) and p.to.search(before[id(y)]) for x, y in ((a, b), (b, a))
    )


def changes(doc: Document, sentence: Sentence, nums: list[Quantity], rel: Relations) -> None:
    """A percentage change stated between the two amounts of a sentence."""
    text = doc.text
    p = _patterns(lexicon(doc.language))
    shares = rel.percents_from(sentence.span.start)
    pcts = [q for q in nums if q.kind == "percent" and q.usable and not q.from_words]
    tied = [q for q in pcts if q.span.start not in shares and _tied(text, p, sentence, q)]
    if len(tied) != 1:
        return
    pair = _amounts(nums)
    if pair is None or not _marked(text, p, sentence, *pair):
        return
    pct, (a, b) = tied[0], pair
    ends = (pct.span.start, pct.span.end, a.span.start, b.span.end)
    if ";" in text[min(ends) : max(ends)]:
        return  # another clause
    if p.loose.search(text[max(sentence.span.start, _lead(pct) - 30) : _lead(pct)]):
        return
    rel.changes.append(Change(pct, a, b))
