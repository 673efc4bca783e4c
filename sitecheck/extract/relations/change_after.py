"""A change stated in the sentence after its two figures, by a sentence with no subject of its
own: "… 2,940 people lived in the camp in March, and the number fell steadily to 2,900 in June.
There was a decrease of 1.4%, that is 40 people." The sentence before (same paragraph, no
percentage) holds exactly two amounts of one kind, the later after a word of change and "to"
("fell steadily to", "descendió … hasta") or the pair "from A to B"; this one opens on words
that state a change without naming what changed ("There was", "Hubo", "Il y a eu", "Houve"),
and holds one percentage, with at most one amount that restates it ("that is 40 people"),
read as the difference of the two. A word of change that says the other way than the figures
go is another quantity: not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.amounts import sure_amounts
from sitecheck.extract.relations.changes import change_word
from sitecheck.extract.relations.model import Breakdown, Change, Relations
from sitecheck.lang import alternation, lexicon

_WORD = r"[^\W\d_][\w'’-]*"
_OPENING_WORDS = 3  # words between the opener and the percentage ("una disminución del")


@dataclass(frozen=True, eq=False)
class _Patterns:
    opener: re.Pattern[str]  # '"Hubo ' opening the sentence
    equals: re.Pattern[str]  # ", que equivale a " between the percentage and its amount
    to: re.Pattern[str]  # "fell steadily to " right before the later figure
    from_: re.Pattern[str]  # "from " right before the earlier figure
    to_gap: re.Pattern[str]  # " to " between "from A" and B
    down: frozenset[str]  # the words of change that say a fall
    terms: frozenset[str]  # every word of change ("a 2% decrease" may end the sentence)
    cues: re.Pattern[str]  # "compared with", "the same month last year": another comparison


@cache
def _patterns(language: str) -> _Patterns | None:
    lex = lexicon(language)
    if not lex.existential_openers or not lex.equals_words:
        return None
    terms = alternation(lex.change_terms)
    return _Patterns(
        opener=re.compile(rf"[\s\"“«'‘]*(?:{alternation(lex.existential_openers)})\s+", re.I),
        equals=re.compile(rf"\s*,?\s*(?:{alternation(lex.equals_words)})\s+", re.I),
        to=re.compile(
            rf"(?<![\w])(?P<term>{terms})(?:\s+{_WORD}){{0,3}}\s+(?:{alternation(lex.change_to)})"
            r"\s+$",
            re.I,
        ),
        from_=re.compile(rf"(?<![\w])(?:{alternation(lex.change_from)})\s+$", re.I),
        to_gap=re.compile(rf"(?:\s+{_WORD}){{0,3}}\s+(?:{alternation(lex.change_to)})\s+", re.I),
        down=frozenset(w.lower() for w in lex.change_down_terms),
        terms=frozenset(w.lower() for w in lex.change_terms),
        cues=re.compile(
            rf"(?<![\w])(?:{alternation((*lex.change_cues, *lex.year_comparison))})(?![\w])", re.I
        ),
    )


def _pair(
    doc: Document, p: _Patterns, prev: tuple[Sentence, list[Quantity]]
) -> tuple[Quantity, Quantity, bool | None] | None:
    """The earlier and the later figure of the sentence before, and whether its word of change
    says a fall (None: "from A to B" says neither)."""
    amounts = sure_amounts(prev[1])
    if amounts is None or len(amounts) != 2 or any(q.kind == "percent" for q in prev[1]):
        return None
    a, b = amounts
    if (a.kind, a.currency, a.is_households) != (b.kind, b.currency, b.is_households):
        return None
    if a.value == b.value or a.qualifier is not None:
        return None
    text, lo = doc.text, max(prev[0].span.start, a.span.end)
    m = p.to.search(text, max(lo, b.span.start - 60), b.span.start)
    if m is not None:
        return a, b, m.group("term").lower() in p.down
    marked = p.from_.search(text, max(prev[0].span.start, a.span.start - 12), a.span.start)
    if marked and p.to_gap.fullmatch(text, a.span.end, b.span.start):
        return a, b, None  # "rose from 1,200 to 1,500"
    return None


def _elsewhere(doc: Document, p: _Patterns, sentence: Sentence, last: Quantity) -> bool:
    """Whether the words after the change (or the amount restating it) name something it is
    of or compared with: after the percentage, a word of change at most; after the amount, its
    noun and who said it, no comparison."""
    rest = doc.text[last.span.end : sentence.span.end]
    if last.kind == "percent":
        return any(w.lower() not in p.terms for w in re.findall(_WORD, rest))
    return p.cues.search(rest) is not None


def change_after(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    rel: Relations,
    prev: tuple[Sentence, list[Quantity]] | None,
) -> None:
    """The change of the two figures of the sentence before, stated by this one."""
    p = _patterns(doc.language)
    if p is None or prev is None:
        return
    pcts = [q for q in nums if q.kind == "percent" and q.usable and not q.from_words]
    if len(pcts) != 1 or any(c.percent is pcts[0] for c in rel.changes):
        return
    pct, text = pcts[0], doc.text
    opener = p.opener.match(text, sentence.span.start, pct.span.start)
    lead = (pct.qualifier_span or pct.span).start
    if opener is None or len(re.findall(_WORD, text[opener.end() : lead])) > _OPENING_WORDS:
        return
    tied, down = change_word(doc, sentence, pct)
    amounts = sure_amounts(nums)
    if not tied or amounts is None or len(amounts) > 1 or pct.qualifier is not None:
        return
    diff = amounts[0] if amounts else None
    if diff is not None and not p.equals.fullmatch(text, pct.span.end, diff.span.start):
        return  # an amount of its own, not the change restated
    if _elsewhere(doc, p, sentence, diff or pct):
        return  # "… an increase of 20% compared with the same month last year": another pair
    pair = _pair(doc, p, prev)
    if pair is None:
        return
    a, b, said = pair
    falls = b.value < a.value
    if (said is not None and said != falls) or (down is not None and down != falls):
        return  # the words and the figures go two ways: two quantities
    rel.percents[:] = [po for po in rel.percents if po.percent is not pct]
    rel.changes.append(Change(pct, a, b, down, first_earlier=True))
    if diff is not None and diff.value < min(a.value, b.value):
        small, large = sorted((a, b), key=lambda q: q.value)
        rel.breakdowns.append(Breakdown(large, [small, diff], "difference"))
