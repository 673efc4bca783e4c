"""A stated percentage change between two stated amounts.

"rose from 1,200 to 1,500, an increase of 25 per cent", "9,316 returned, 15% fewer than in the
previous week (10,960)", "une baisse de 29% par rapport aux 200 000". The percentage must be tied
to a word of change ("increase", "a 22% drop", "une hausse de") and the sentence must hold exactly
two amounts of one kind, one of them marked as the earlier figure ("from … to", "compared with",
"the previous week (…)"). A sentence with one amount may compare it with the one amount of
the sentence before: "… supported 231,604 people. This is a 9% decrease compared to the 254,510
in May" (the amount marked as the earlier figure), or "… 1,810,446 IDPs on 31 January. By
February, their number reached 1,866,901, a 3.1% rise" (a subject naming the figure before,
and the amount before the percentage: "…, up 10%, or 300 people" is a difference), or of the
same noun and verb ("…, 10% more than the previous month": ``period_before.py``). Changes
between percentages (points or relative) are not read, nor a percentage that a qualifier the
figure did not take bounds ("más de un 60%").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.figure_cues import figure_cues
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.amounts import changeable, same_unit
from sitecheck.extract.relations.compared_levels import no_level
from sitecheck.extract.relations.differences import TIED_AFTER, difference_tie
from sitecheck.extract.relations.model import Change, Relations
from sitecheck.extract.relations.now_marks import now_marked
from sitecheck.extract.relations.period_before import (
    against_gap,
    bracketed,
    period_before,
    same_noun,
    same_places,
)  # fmt: skip
from sitecheck.interval import Interval
from sitecheck.lang import alternation, lexicon, phrases
from sitecheck.lang.base import Lexicon

_WORD = r"[^\W\d_][\w'’-]*"
_WINDOW = 80
_YEAR = r"(?:19|20)\d\d"  # "than in 2016 (776,876)": a year between the cue and the figure
_LETTER = re.compile(r"[^\W\d_]")
_SIGNED = re.compile(r"\(\s*[-−+]\s*$")


@dataclass(frozen=True, eq=False)
class _Patterns:
    before_pct: re.Pattern[str]  # "an increase of ", "decreased markedly (" right before "P%"
    after_pct: re.Pattern[str]  # " increase", " de aumento", " fewer" right after "P%"
    cue: re.Pattern[str]  # "compared with the ", "previous week (" right before the earlier figure
    cue_after: re.Pattern[str]  # " the week before)" after the earlier figure, in brackets
    pct_from: re.Pattern[str]  # " from " between "up 40%" and the earlier figure
    from_: re.Pattern[str]  # "from " right before the earlier figure
    to: re.Pattern[str]  # "… to " right before the later one
    anaphora: re.Pattern[str]  # "this figure", "leur nombre": the figure of the sentence before
    generic: frozenset[str]  # "people": a noun too common to name the figure before
    than: re.Pattern[str]  # " below the annual budget of " between "P%" and the amount compared
    loose: re.Pattern[str]  # "más de un " before "60%": a qualifier the figure did not take
    to_gap: re.Pattern[str]  # " to " between "from 6.7" and "7.3 billion"
    down: re.Pattern[str]  # "decrease", "fewer": a word of change that says a fall
    up: re.Pattern[str]  # "increase", "more": one that says a rise


@cache
def _patterns(lex: Lexicon) -> _Patterns:
    terms = alternation(lex.change_terms)
    after = alternation((*lex.change_terms, *lex.change_words))
    falls = {w.lower() for w in lex.change_down_terms}
    falls |= {w.lower() for w, d in lex.change_words.items() if d == "down"}
    rises = {w.lower() for w in (*lex.change_terms, *lex.change_words)} - falls
    return _Patterns(
        before_pct=re.compile(
            rf"(?<![\w])(?:{terms})(?:[\s(]+{_WORD}){{0,3}}[\s(]*[-−+]?$", re.I
        ),
        after_pct=re.compile(rf"[\s)]*(?:{_WORD}\s+){{0,2}}?(?:{after})(?![\w])", re.I),
        cue=re.compile(
            rf"(?<![\w])(?:{alternation(lex.change_cues)})(?:[\s(:,]+(?:{_WORD}|{_YEAR})){{0,5}}"
            rf"[\s(:]*(?:(?<=\()n\s?=\s?)?$",  # "(n=56,352)": a sample size, as counts go
            re.I,
        ),
        pct_from=re.compile(  # "up 40% from", "a 25% drop from July's", "down 30% on the"
            rf"\s*(?:(?:{terms})\s+)?(?:(?:{alternation(lex.change_from)})\s+(?:(?:"
            rf"{alternation(lex.articles)})\s+)?(?:{_WORD}['’]s?\s+)?|{against_gap(lex)})", re.I,
        ),
        cue_after=re.compile(
            rf"(?:\s+{_WORD}){{0,3}}?\s+(?:{alternation(lex.change_cues)})(?![\w])[^()]{{0,30}}\)",
            re.I,
        ),
        from_=re.compile(
            rf"(?<![\w])(?:{alternation(lex.change_from)})(?:\s+{_WORD}){{0,4}}\s+$", re.I
        ),
        loose=re.compile(
            rf"(?<![\w])(?:{alternation(lex.qualifiers)})(?:\s+{_WORD})?\s+$", re.I
        ),
        to=re.compile(rf"(?<![\w])(?:{alternation(lex.change_to)})(?:\s+{_WORD}){{0,3}}\s+$", re.I),
        to_gap=re.compile(rf"\s+(?:{alternation(lex.change_to)})\s+", re.I),
        anaphora=phrases(lex.figure_anaphora),
        generic=frozenset(w.lower() for w in lex.stopwords),
        down=re.compile(rf"(?<![\w])(?:{alternation(sorted(falls))})(?![\w])", re.I),
        up=re.compile(rf"(?<![\w])(?:{alternation(sorted(rises))})(?![\w])", re.I),
        than=re.compile(
            rf"[\s)]*(?:{_WORD}\s+){{0,2}}?(?:{alternation(lex.change_words)})"
            rf"(?:[\s(:,]+{_WORD}){{0,5}}[\s(:]*(?:n\s*=\s*)?",
            re.I,
        ),
    )


def _lead(q: Quantity) -> int:
    return (q.qualifier_span or q.span).start


def _tie(text: str, p: _Patterns, sentence: Sentence, pct: Quantity) -> str | None:
    """The words of change that stand right before or after the percentage, if any."""
    m = p.before_pct.search(text[max(sentence.span.start, _lead(pct) - 40) : _lead(pct)])
    if m:
        return m.group()
    m = p.after_pct.match(text, pct.span.end, min(sentence.span.end, pct.span.end + 40))
    m = m or _SIGNED.search(text, max(sentence.span.start, _lead(pct) - 4), _lead(pct))
    return m.group() if m else None  # "… up from 4,500 (+50%)": a signed share in brackets


def _tied(text: str, p: _Patterns, sentence: Sentence, pct: Quantity) -> bool:
    return _tie(text, p, sentence, pct) is not None  # a word of change before or after it


def _compared_in_brackets(text: str, p: _Patterns, q: Quantity) -> bool:
    """ "(1,000 the week before)": a figure in brackets that a word of comparison follows."""
    opened = text[max(0, _lead(q) - 3) : _lead(q)].rstrip().endswith("(")
    return opened and p.cue_after.match(text, q.span.end) is not None


def compared_in_brackets(doc: Document, q: Quantity) -> bool:
    return _compared_in_brackets(doc.text, _patterns(lexicon(doc.language)), q)


def change_word(doc: Document, sentence: Sentence, pct: Quantity) -> tuple[bool, bool | None]:
    """Whether a word of change is tied to the percentage, and whether it says a fall."""
    p = _patterns(lexicon(doc.language))
    return _tied(doc.text, p, sentence, pct), _down(doc.text, p, sentence, pct)


def _down(text: str, p: _Patterns, sentence: Sentence, pct: Quantity) -> bool | None:
    """Whether the words of change say a fall or a rise; None when they say neither or both, or
    the percentage carries its own sign ("-14%")."""
    tie = _tie(text, p, sentence, pct) or ""
    falls, rises = bool(p.down.search(tie)), bool(p.up.search(tie))
    if falls == rises or pct.value < 0:
        return None
    return falls


def _amount_list(nums: list[Quantity], text: str) -> list[Quantity] | None:
    """The amounts of a sentence, a restatement ("Twelve (12)") counted once; None when one is
    read with doubt (no reading is sure)."""
    amounts: list[Quantity] = []
    for q in nums:
        if q.kind not in ("count", "money") or q.from_words or q.tag is not None:
            continue  # a year, a date, "three"
        if not q.usable or q.value <= 0:
            return None
        if amounts and _restates(text, amounts[-1], q):
            amounts[-1] = q  # "more than 16,000 migrants reached … (16,842)": the exact figure
        elif not any(a.value == q.value for a in amounts):
            amounts.append(q)
    return amounts


def _restates(text: str, bound: Quantity, q: Quantity) -> bool:
    """Whether ``q``, alone in brackets, gives the exact value of a bounded figure before it
    ("more than 16,000 … (16,842)"): within its bound and its first digits."""
    if bound.qualifier is None or bound.kind != q.kind or bound.currency != q.currency:
        return False
    opened = text[max(0, _lead(q) - 2) : _lead(q)].rstrip().endswith("(")
    closed = text[q.span.end : q.span.end + 2].lstrip().startswith(")")
    near = abs(q.value - bound.value) <= 0.1 * bound.value
    return opened and closed and near and bound.interval.intersects(Interval.point(q.value))


def _amounts(nums: list[Quantity], text: str) -> tuple[Quantity, Quantity] | None:
    """The two amounts of the sentence, of one kind."""
    amounts = _amount_list(nums, text)
    if amounts is None or len(amounts) != 2 or not same_unit(*amounts):
        return None
    return amounts[0], amounts[1]


def _head(q: Quantity) -> str:
    return q.noun.split(" ", 1)[0]


def _narrowed(
    doc: Document, p: _Patterns, sentence: Sentence, nums: list[Quantity]
) -> tuple[Quantity, Quantity] | None:
    """The two amounts compared in a sentence of more: a difference left out ("9,842, 317 more
    than the 9,525": its "than" marks the amount after it as the earlier), the one pair "from A
    to B", or the amount marked as the earlier figure and the one other of its noun ("412,687
    cases in 52 countries, … compared with the year before (245,393 cases)")."""
    text = doc.text
    amounts = _amount_list(nums, text) or []
    if len(amounts) < 3:
        return None
    ties = [difference_tie(doc, sentence, q) for q in amounts]
    rest = [q for q, tie in zip(amounts, ties, strict=True) if not tie]
    if ties.count(TIED_AFTER) == 1 and len(rest) == 2 and len(amounts) == 3 and same_unit(*rest):
        if amounts[ties.index(TIED_AFTER)].span.end < rest[1].span.start:
            return rest[0], rest[1]
    lo = sentence.span.start
    spans = [
        (a, b)
        for a, b in zip(amounts, amounts[1:], strict=False)
        if same_unit(a, b)
        and p.from_.search(text[max(lo, _lead(a) - _WINDOW) : _lead(a)])
        and p.to.search(text[a.span.end : _lead(b)])
    ]
    if len(spans) == 1:
        return spans[0]
    marked = [q for q in amounts if p.cue.search(text[max(lo, _lead(q) - _WINDOW) : _lead(q)])]
    if len(marked) != 1 or not _head(marked[0]):
        return None
    same = [q for q in amounts if q is not marked[0] and _head(q) == _head(marked[0])]
    if len(same) != 1 or not same_unit(same[0], marked[0]):
        return None
    return tuple(sorted((same[0], marked[0]), key=lambda q: q.span.start))  # type: ignore[return-value]


def _marked(
    text: str, p: _Patterns, sentence: Sentence, pct: Quantity, a: Quantity, b: Quantity
) -> Quantity | None:
    """The one of two amounts the wording marks as the earlier figure: "compared with B",
    "from A to B", "fell to B … from A", "P% below the budget of B"; None when none is."""
    before = {}
    for q, prev in ((a, None), (b, a)):
        start = max(sentence.span.start, prev.span.end if prev else 0, _lead(q) - _WINDOW)
        before[id(q)] = text[start : _lead(q)]
    # "from 3,210 last week to 4,640": "from … to" first, a cue word ("last") may be the
    # earlier figure's own period.
    for x, y in ((a, b), (b, a)):
        if p.from_.search(before[id(x)]) and p.to.search(before[id(y)]):
            return x
    for q in (a, b):
        if p.cue.search(before[id(q)]):
            return q
    if pct.span.end <= _lead(b) and p.than.fullmatch(text, pct.span.end, _lead(b)):
        return b  # "18.4 per cent below the annual budget of 749,100"
    if pct.span.end <= _lead(b) and p.pct_from.fullmatch(text, pct.span.end, _lead(b)):
        return b  # "up 40% from 10,000 in July"
    for q in (a, b):  # "to 800 this week (1,000 the week before)"
        if _compared_in_brackets(text, p, q):
            return q
    return None


def _across(
    doc: Document,
    text: str,
    p: _Patterns,
    sentence: Sentence,
    nums: list[Quantity],
    pct: Quantity,
    prev: tuple[Sentence, list[Quantity]] | None,
) -> tuple[Quantity, Quantity] | None:
    """The one amount of the sentence and the one like it in the sentence before (same
    paragraph), when the wording compares them: the amount marked as the earlier figure, or a
    subject that names the figure before ("their number") and the amount before the change."""
    here = _amount_list(nums, text)
    if prev is None or here is None or len(here) != 1:
        return None
    one = here[0]
    before = _amount_list(prev[1], text) or []
    alike = [q for q in before if same_unit(q, one)]
    if one.noun and len(alike) > 1:
        alike = [q for q in alike if q.is_people == one.is_people]
    if len(alike) != 1 or len(before) > 3:
        return None
    start = max(sentence.span.start, _lead(one) - _WINDOW)
    head = text[sentence.span.start : min(_lead(one), _lead(pct))]
    named = bool(p.anaphora.search(head))
    # The changed figure is the one before when the sentence names it: "this represents", or its
    # noun ("… 1,227,391 cases. The number of cases was 58% higher than …").
    noun = _head(alike[0])
    named_or_noun = named or (
        len(noun) > 2 and noun not in p.generic and noun in head.lower().split()
    ) or same_noun(doc, sentence, one, alike[0])  # "cases fell 14% (74,314 cases)"
    if p.cue.search(text[start : _lead(one)]):
        if named_or_noun:
            return alike[0], one
    elif one.span.end <= _lead(pct) and named:
        return alike[0], one
    elif named_or_noun and bracketed(text, pct, one, alike[0]):
        return alike[0], one  # "… 86,412 cases. In May, cases fell 14% (74,314)."
    elif named_or_noun and p.to_gap.fullmatch(text, pct.span.end, _lead(one)) and same_places(
        doc, sentence, prev[0]
    ):
        return alike[0], one  # "… 4,500 arrivals. In August, arrivals rose by 50% to 6,000."
    elif period_before(doc, sentence, pct, one, alike[0]):
        return alike[0], one  # "… assisted 4.3 million people, 10% more than the month before"
    return None


def _stated_before(
    doc: Document, p: _Patterns, sentence: Sentence, nums: list[Quantity], pct: Quantity,
    prev: tuple[Sentence, list[Quantity]] | None,
) -> tuple[tuple[Quantity, Quantity], Quantity] | None:  # fmt: skip
    """ "… rose from 1.2 million to 1.5 million. This represents an increase of 25 per cent.": a
    sentence of no amount naming the change before, and the two amounts of the sentence before
    (same paragraph, no percentage) marked as earlier and later. The pair and the earlier one."""
    text = doc.text
    if prev is None or _amount_list(nums, text) != []:
        return None
    tie = p.after_pct.match(text, pct.span.end, sentence.span.end)
    rest = text[tie.end() if tie else pct.span.end : sentence.span.end]
    if not p.anaphora.search(text, sentence.span.start, _lead(pct)) or _LETTER.search(rest):
        return None  # "… an increase of 15% on the same month last year": another comparison
    pair = None if any(q.kind == "percent" for q in prev[1]) else _amounts(prev[1], text)
    earlier = None if pair is None else _marked(text, p, prev[0], pct, *pair)
    return None if pair is None or earlier is None else (pair, earlier)


def changes(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    rel: Relations,
    prev: tuple[Sentence, list[Quantity]] | None = None,
) -> None:
    """A percentage change stated between the two amounts of a sentence, or between the one
    amount of a sentence and the one of the sentence before."""
    text = doc.text
    p = _patterns(lexicon(doc.language))
    # "fell 14% (74,314)" is read as a share of no named base; a word of change makes it a change.
    shares = rel.percents_from(sentence.span.start) - _baseless(rel, sentence)
    pcts = [q for q in nums if changeable(doc, q)]
    tied = [q for q in pcts if q.span.start not in shares and _tied(text, p, sentence, q)]
    if len(tied) != 1:
        return
    pair = _amounts(nums, text)
    earlier = None if pair is None else _marked(text, p, sentence, tied[0], *pair)
    if pair and earlier is not None and no_level(text, doc.language, tied[0], earlier, *pair):
        return  # an older level still, or the difference in brackets (compared_levels)
    earlier = earlier or now_marked(doc, sentence, pair)  # "the current number (B)"
    if earlier is None:
        pair = None
    # Of more amounts, the narrowed pair is marked as compared by how it was chosen.
    pair = pair or _narrowed(doc, p, sentence, nums)
    pair = pair or _across(doc, text, p, sentence, nums, tied[0], prev)
    if pair is None:
        pair, earlier = _stated_before(doc, p, sentence, nums, tied[0], prev) or (None, None)
    if pair is None:
        return
    pct, (a, b) = tied[0], pair
    if any(r.kind == "out-of" and {id(r.whole), id(r.part)} == {id(a), id(b)} for r in rel.parts):
        return  # "120 of the 300 municipalities, 15% more than …": a part and its whole
    ends = (pct.span.start, pct.span.end, a.span.start, b.span.end)
    if ";" in text[min(ends) : max(ends)]:
        return  # another clause
    if p.loose.search(text[max(sentence.span.start, _lead(pct) - 30) : _lead(pct)]):
        return
    # A change, not a share of no base: "fell 14% (74,314)".
    for i in range(len(rel.percents) - 1, -1, -1):  # the sentence's are the last ones
        if rel.percents[i].percent.span.start < sentence.span.start:
            break
        if rel.percents[i].percent is pct:
            del rel.percents[i]
    down = _down(text, p, sentence, pct)
    first = _scaled_like(doc, p, a, b)
    rel.changes.append(Change(pct, first, b, down, earlier is a if earlier is not None else None))


def _baseless(rel: Relations, sentence: Sentence) -> set[int]:
    """The percentages of the sentence read as shares of no base, the amount after them."""
    out = set()
    for po in reversed(rel.percents):  # the sentence's are the last ones: a bounded look back
        if po.percent.span.start < sentence.span.start:
            break
        if po.base is None and not po.bases and po.base_noun is None:
            if po.amount.span.start > po.percent.span.end:
                out.add(po.percent.span.start)
    return out


def _scaled_like(doc: Document, p: _Patterns, a: Quantity, b: Quantity) -> Quantity:
    """ "from US$6.7 to US$7.3 billion": the earlier figure, right before "to", takes the
    scale word of the later one."""
    if a.scale is not None or b.scale is None or a.kind != b.kind or a.currency != b.currency:
        return a
    text = doc.text
    if not p.to_gap.fullmatch(text, a.span.end, _lead(b)):
        return a
    if not p.from_.search(text, max(0, _lead(a) - _WINDOW), _lead(a)):
        return a
    key = " ".join(b.scale.lower().split())
    mult = figure_cues(lexicon(doc.language)).scale_values.get(key)
    if mult is None:
        return a
    lo, hi = a.interval.lo * mult, a.interval.hi * mult
    return replace(a, value=a.value * mult, interval=Interval(lo, hi), scale=b.scale)
