"""A stated difference between two stated amounts: "2,187,330 IDPs, 14,112 persons more than
the last round, which found 2,173,218", "9.842 solicitações, 317 a mais que os 9.525", "an
increase of 318 on the 12,406 of last week (12,724 now)".

The sentence must hold exactly three amounts of one kind and unit (households apart from
people), one of them tied to a word of change ("14,112 more than", "an increase of 318", "down
by 44"); the other two are the amounts compared, whichever came first. The difference is read
as a breakdown: the larger amount is the smaller plus the change.

Between "from A to B" only, a change that ends its clause ("…, that is 955 more.", "soit 950
de plus") or stands alone in signed brackets ("… to 7,050 in July (+850)"), and the one amount
of a sentence opened by a gloss ("In other words, 689 more people", "Ou seja"), when smaller than
both figures of the sentence before, are the difference too; so is a comparative with no
"than" ("2,871 fewer refugees …: 464,062 …, down from 466,933") when a cue after a comma sets
the two other amounts against each other, and a tied change closing the clause after "A, up
from B" ("…, up from 1,980 in March (an increase of 580)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.amounts import same_unit, sure_amounts
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.lang import alternation, lexicon, phrases
from sitecheck.lang.base import Lexicon

_WORD = r"[^\W\d_][\w'’-]*"
_SHORT_LINK = 3  # "que", "a", "ao": links too common to tie a change on their own
_ASIDE = r"(?:\s*\([^()]{1,40}\))?"  # "(+0.4%)", "(less than one per cent)"
_CLOSES = re.compile(r"\s*(?:[).;]|$)")  # the change ends its clause or bracket
_CLOSES_FROM = re.compile(r"\s*(?:[),.;]|$)")  # "… from 4,000, an increase of …"


@dataclass(frozen=True, eq=False)
class _Patterns:
    after: re.Pattern[str]  # " persons more than", " a mais que", " fewer" after the change
    before: re.Pattern[str]  # "an increase of ", "grew by " before the change
    from_: re.Pattern[str]  # "from " before the earlier amount
    to: re.Pattern[str]  # " to " before the later one
    ands: re.Pattern[str]  # "and": another clause, with its own amount
    anaphora: re.Pattern[str]  # "this represents", "ce chiffre": the figure of the sentence before
    cue: re.Pattern[str]  # " since the last report (" between the change and the earlier amount
    average: re.Pattern[str]  # "an average of " before a figure: a rate, no amount compared
    bare: re.Pattern[str]  # " more." ending the clause after the change: "…, that is 1,430 more."
    signed: re.Pattern[str]  # "(+" right before the change, ")" after it
    gloss: re.Pattern[str]  # "In other words, " opening a sentence that restates the one before
    fewer: re.Pattern[str]  # " fewer refugees", " refugiados menos": a comparative, no "than"
    versus: re.Pattern[str]  # ", down from the " between the later amount and the earlier
    only: re.Pattern[str]  # "only " right before the amount of a gloss: "Ou seja, só 689 …"
    of_after: re.Pattern[str]  # " of" after it: "only 300 of them", a part
    word_before: re.Pattern[str]  # "mais " right before the change: "mais 400 do que em maio"
    link_after: re.Pattern[str]  # " do que" after it (a link of more than one short word)


@cache
def _patterns(lex: Lexicon) -> _Patterns:
    words = alternation(lex.change_words)
    # "do que", not "que" alone: a relative pronoun after "mais 400 pessoas"
    long_links = alternation([w for w in lex.change_links if len(w) > _SHORT_LINK])
    links = alternation(lex.change_links)
    shortfall = alternation(lex.shortfall_words)
    # "1,130 short of its 115,000": the larger amount right after (not "short of food, while 300")
    short = rf"|(?:{shortfall})(?=\s+(?:{_WORD}\s+){{0,3}}(?:\S{{1,4}}\s?)?\d)" if shortfall else ""
    return _Patterns(
        # "8,912 more (under 1%) than the 2,062,393": an aside may part the comparative and its link
        after=re.compile(
            rf"\s+(?:{_WORD}\s+){{0,2}}?(?:(?:{words}){_ASIDE}\s+(?:{links}){short})(?![\w])",
            re.I,
        ),
        before=re.compile(
            rf"(?<![\w])(?:{alternation(lex.change_terms)})\s+(?:{alternation(lex.change_by)})"
            rf"\s+(?:{alternation(lex.qualifiers)}\s+)?$",
            re.I,
        ),
        from_=re.compile(rf"(?<![\w])(?:{alternation(lex.change_from)})\s+$", re.I),
        to=re.compile(rf"(?<![\w])(?:{alternation(lex.change_to)})\s+$", re.I),
        anaphora=phrases(lex.figure_anaphora),
        cue=re.compile(
            rf"\s+(?:{_WORD}\s+){{0,3}}?(?:{alternation(lex.change_cues)})(?:\s+{_WORD}){{0,4}}"
            r"\s*\(\s*$",
            re.I,
        ),
        ands=re.compile(rf"(?<![\w])(?:{alternation(lex.and_words)})(?![\w])|;", re.I),
        bare=re.compile(rf"\s+(?:{_WORD}\s+){{0,2}}?(?:{words})\s*(?=[.;]|$)", re.I),
        signed=re.compile(r"\(\s*[-−+]\s*$"),
        fewer=re.compile(
            rf"\s+(?:(?:{words})\s+{_WORD}|{_WORD}\s+(?:{words})(?![\w]))(?!\s+(?:{links}))", re.I
        ),
        versus=re.compile(
            rf",\s*(?:{alternation(lex.change_cues)})\s+(?:(?:{alternation(lex.articles)})\s+)?$",
            re.I,
        ),
        gloss=re.compile(rf"\s*(?:{alternation(lex.gloss_openers)})(?![\w])", re.I),
        only=re.compile(rf"(?<![\w])(?:{alternation(lex.share_only_words)})\s+$", re.I),
        word_before=re.compile(rf"(?<![\w])(?:{words})\s+$", re.I),
        link_after=re.compile(rf"\s+(?:{_WORD}\s+){{0,2}}?(?:{long_links})(?![\w])", re.I),
        of_after=re.compile(
            rf"\s+(?:{alternation((*lex.n_of_w, *lex.part_after_refs))})(?![\w])", re.I
        ),
        average=re.compile(
            rf"(?<![\w])(?:{alternation(lex.table_averages)})(?![\w])[^\d,;:()]*$", re.I
        ),
    )


TIED_AFTER, TIED_BEFORE = 1, 2  # "317 more than", "an increase of 318"


def _than_after(text: str, p: _Patterns, sentence: Sentence, q: Quantity) -> bool:
    """ "317 more than", or "mais 400 do que": the comparative after the change, or before it
    with the link after."""
    if p.after.match(text, q.span.end, sentence.span.end):
        return True
    lo = max(sentence.span.start, q.span.start - 12)
    return bool(
        p.word_before.search(text, lo, q.span.start)
        and p.link_after.match(text, q.span.end, sentence.span.end)
    )


def difference_tie(doc: Document, sentence: Sentence, q: Quantity) -> int:
    """How an amount is tied to a word of change as a difference: the word after it ("317 more
    than"), before it ("an increase of 318"), or not at all (0)."""
    p = _patterns(lexicon(doc.language))
    if _than_after(doc.text, p, sentence, q):
        return TIED_AFTER
    if p.before.search(doc.text, max(sentence.span.start, q.span.start - 40), q.span.start):
        return TIED_BEFORE
    return 0


def differences(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    rel: Relations,
    prev: tuple[Sentence, list[Quantity]] | None = None,
) -> None:
    """A difference between two amounts of a sentence, or, when the sentence names the figure
    before ("This represents 3.4 million more than a year earlier (68.5 million)"), between its
    one amount and the one amount of the sentence before."""
    p = _patterns(lexicon(doc.language))
    text = doc.text
    amounts = sure_amounts(nums) or []
    after = [q for q in amounts if _than_after(text, p, sentence, q)]
    before = [
        q
        for q in amounts
        if p.before.search(text, max(sentence.span.start, q.span.start - 40), q.span.start)
    ]
    if not after and not before:
        glossed(doc, p, sentence, amounts, rel, prev)
        _versus(text, p, sentence, amounts, rel)
        # "from 3,210 to 4,640, that is 1,430 more.", "… to 4,640 (+1,430)": a change that ends
        # its clause, read only between "from A to B" (``_compared``).
        before = [q for q in amounts if _bare(text, p, sentence, q)]
    if len(after) + len(before) != 1:
        return
    change = (after or before)[0]
    others = [q for q in amounts if q is not change and same_unit(q, change)]
    if len(others) == 1 and after and prev is not None:
        last = sure_amounts(prev[1]) or []
        earlier = [q for q in last if same_unit(q, change)]
        head = text[sentence.span.start : change.span.start]
        if len(earlier) == 1 and len(last) <= 3 and p.anaphora.search(head):
            others = [earlier[0], others[0]]
    if len(others) != 2 or others[0].value == others[1].value:
        return
    if any(p.average.search(text, max(sentence.span.start, q.span.start - 30), q.span.start)
           for q in others):  # fmt: skip
        return  # "10,738 new cases, 3,222 more than last week, an average of 1,441 a day"
    if not _compared(text, p, sentence, others, change, bool(after)):
        return
    small, large = sorted(others, key=lambda q: q.value)
    if change.value >= large.value:
        return  # "3,070% more": not a difference of these two
    rel.breakdowns.append(Breakdown(large, [small, change], "difference"))


def glossed(
    doc: Document,
    p: _Patterns,
    sentence: Sentence,
    amounts: list[Quantity],
    rel: Relations,
    prev: tuple[Sentence, list[Quantity]] | None,
) -> None:
    """ "… rose from 8,863 to 9,552. In other words, 689 more people …": a sentence opened by a
    gloss, with one amount tied to a word of change after it, after a sentence of two like it
    marked "from A to B" (same paragraph), or with "only" before it ("Ou seja, só 689 pessoas"
    after "subiu de 8.863 para 9.552"). The amount is read as their difference only when
    smaller than both: a figure larger may restate the later one."""
    if prev is None or len(amounts) != 1:
        return
    if not p.gloss.match(doc.text, sentence.span.start, sentence.span.end):
        return
    # "In other words, 1,400 more cases": a word of change after the amount; a bare count may
    # be a rate or a part ("45 cases per day", "300 of them children").
    q = amounts[0] if amounts else None
    if q is None or not (
        p.fewer.match(doc.text, q.span.end, sentence.span.end)
        or p.bare.match(doc.text, q.span.end, sentence.span.end)
        or (
            p.only.search(doc.text, max(sentence.span.start, q.span.start - 12), q.span.start)
            and not p.of_after.match(doc.text, q.span.end)
        )
    ):
        return
    last = sure_amounts(prev[1]) or []
    change, pair = amounts[0], [q for q in last if same_unit(q, amounts[0])]
    if len(pair) != 2 or len(last) != 2 or change.value >= min(q.value for q in pair):
        return
    a, b = pair
    text = doc.text
    lo = prev[0].span.start
    marked = p.from_.search(text, max(lo, a.span.start - 12), a.span.start) and p.to.search(
        text, max(lo, b.span.start - 12), b.span.start
    )
    if marked and a.value != b.value:
        small, large = sorted(pair, key=lambda q: q.value)
        rel.breakdowns.append(Breakdown(large, [small, change], "difference"))


def _versus(
    text: str, p: _Patterns, sentence: Sentence, amounts: list[Quantity], rel: Relations
) -> None:
    """ "2,871 fewer refugees …: 464,062 were registered by late April, down from 466,933": a
    comparative with no "than", and the two other amounts set against each other by a cue
    after a comma, in one clause."""
    tied = [q for q in amounts if p.fewer.match(text, q.span.end, sentence.span.end)]
    if len(tied) != 1 or len(amounts) != 3:
        return
    change = tied[0]
    a, b = [q for q in amounts if q is not change]
    gap = text[a.span.end : b.span.start]
    if not (same_unit(a, change) and same_unit(b, change)) or a.value == b.value:
        return
    # "5,000 more tents …: 12,400 people, up from 10,100": people against another noun
    units = {(q.is_people, q.is_households) for q in (a, b) if q.is_people or q.is_households}
    if units and (change.is_people, change.is_households) not in units:
        return
    if not p.versus.search(gap) or p.ands.search(gap) or len(gap.split()) > 12:
        return
    # "…, up from 10,100 in March, and 300 more arrived": another clause's count
    ends = sorted((change.span.start, change.span.end, a.span.start, b.span.end))
    if p.ands.search(text, ends[0], ends[-1]):
        return
    # The comparative before the pair is explained by it after a colon ("2,871 fewer refugees
    # …: 464,062 …"); after the pair, it closes the same clause within a few words.
    if change.span.start < a.span.start:
        if ":" not in text[change.span.end : a.span.start]:
            return
    elif len(text[b.span.end : change.span.start].split()) > 6:
        return
    small, large = sorted((a, b), key=lambda q: q.value)
    if change.value < large.value:
        rel.breakdowns.append(Breakdown(large, [small, change], "difference"))


def _bare(text: str, p: _Patterns, sentence: Sentence, q: Quantity) -> bool:
    if q.qualifier is not None:
        return False  # "USD 1.1 million or more.": a bound, not a change
    if p.bare.match(text, q.span.end, sentence.span.end):
        return True
    start = max(sentence.span.start, q.span.start - 4)
    closed = text[q.span.end : q.span.end + 2].lstrip().startswith(")")
    return closed and p.signed.search(text, start, q.span.start) is not None


def _compared(
    text: str,
    p: _Patterns,
    sentence: Sentence,
    pair: list[Quantity],
    change: Quantity,
    than: bool,
) -> bool:
    """Whether the wording compares the two amounts: "A, D more than … B" with B in the same
    clause after "than" (not "…, and 2,000 since January"), or "from A to B"."""
    a, b = pair
    if than:
        if not (a.span.end <= change.span.start < b.span.start):
            return False
        gap = text[change.span.end : b.span.start]
        return not p.ands.search(gap) and len(gap.split()) <= 14
    lo = sentence.span.start
    if a.span.end <= change.span.start and change.span.end < b.span.start:
        # "15,000 cases, an increase of 3,000 since the last report (14,000)": the earlier
        # figure alone in its brackets.
        closed = text[b.span.end : b.span.end + 3].lstrip().startswith(")")
        if closed and p.cue.fullmatch(text, change.span.end, b.span.start):
            return True
    if b.span.end <= change.span.start and _set_against(text, p, a, b, change):
        return True  # "4,640 this week, up from 3,210 the week before (an increase of 1,430)"
    if p.from_.search(text, max(lo, a.span.start - 12), a.span.start) and p.to.search(
        text, max(lo, b.span.start - 12), b.span.start
    ):
        return True
    # "rose to 5,000 from 4,000, an increase of 1,500": the pair the other way round, the earlier
    # figure closing its clause ("to 5,000 from 12 countries" names a source).
    return bool(
        p.to.search(text, max(lo, a.span.start - 12), a.span.start)
        and p.from_.search(text, max(lo, b.span.start - 12), b.span.start)
        and _CLOSES_FROM.match(text, b.span.end)
    )


def _set_against(text: str, p: _Patterns, a: Quantity, b: Quantity, change: Quantity) -> bool:
    """A, then a cue after a comma and B ("…, up from 3,210"), the change after them in the
    same clause, closing it or its bracket, or closing it with its comparative ("…, that is 400
    more.") (not "an increase of 300 in the camps": a part's)."""
    gap = text[a.span.end : b.span.start]
    if not p.versus.search(gap) or len(gap.split()) > 12:
        return False
    if not (_CLOSES.match(text, change.span.end) or p.bare.match(text, change.span.end)):
        return False  # "…, contre 1 200 en mai, soit 400 de plus.": a bare change closes too
    return not p.ands.search(text, a.span.end, change.span.start)
