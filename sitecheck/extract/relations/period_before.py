"""A change over the period before, stated after the later figure, the earlier one in the
sentence before: "WFP assisted 3.9 million beneficiaries in April. … in May, the round assisted
over 4.3 million beneficiaries, 10 percent more than during the previous month."

The words after the percentage must name the period before ("the previous month", "la semana
anterior"), not a year before ("the same month last year"), and the two figures must be one
quantity at two times: the same noun and the same verb right before each figure ("assist",
"assisted"). Another noun or verb ("3.9 million people in need … assisted 4.3 million people")
is another quantity: not read.

Also here, for changes across two sentences (``changes.py``): the new figure alone in brackets
after the change ("cases fell 14% (74,314)"), and whether two sentences name the same places.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.wording import fold
from sitecheck.extract.restated_near import same_stem
from sitecheck.lang import alternation, lexicon, phrases
from sitecheck.lang.base import Lexicon

_TOKEN = re.compile(r"[^\W\d_][\w’'-]*")
_CLAUSE_END = re.compile(r"[;:()]|[.,](?!\d)")
_AFTER = 60  # characters after the percentage its period is looked for in
_BEFORE = 40  # characters before a figure its verb is looked for in
_BRACKET = re.compile(r"\s*\(\s*")  # "fell 14% (74,314)": the new figure right after the change


def against_gap(lex: Lexicon) -> str:
    """ "on the 5,000 of July", "on July's 5,000", "sobre los 5.000": a word of comparison, then
    an article or a possessive right before the earlier figure (not "on 5,000 sites": where)."""
    if not lex.change_against:
        return "(?!)"
    arts, word = alternation(lex.articles), _TOKEN.pattern
    return rf"(?:{alternation(lex.change_against)})\s+(?:(?:{arts})|(?:{word}\s+)?{word}['’]s)\s+"


@cache
def _words(language: str) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    lex = lexicon(language)
    skip = frozenset(w.lower() for w in (*lex.articles, *lex.of_articles, *lex.auxiliaries))
    # "the same month", "the previous year": a change over a year, not over the period before.
    other = phrases(lex.year_comparison)
    return phrases(lex.previous_period), other, skip


def _lead(q: Quantity) -> int:
    return (q.qualifier_span or q.span).start


def _verb(doc: Document, q: Quantity, skip: frozenset[str]) -> str | None:
    words = _TOKEN.findall(doc.text[max(0, _lead(q) - _BEFORE) : _lead(q)].lower())
    while words and words[-1] in skip:
        words.pop()
    return words[-1] if words else None


def period_before(
    doc: Document, sentence: Sentence, pct: Quantity, one: Quantity, before: Quantity
) -> bool:
    """Whether ``one`` changed by ``pct`` from ``before`` (the figure of the sentence before),
    the period before named after the percentage."""
    if pct.span.start < one.span.end or not (one.noun and before.noun):
        return False
    previous, other, skip = _words(doc.language)
    end = min(sentence.span.end, pct.span.end + _AFTER)
    stop = _CLAUSE_END.search(doc.text, pct.span.end, end)
    end = stop.start() if stop else end
    named = previous.search(doc.text, pct.span.end, end) or _named_before(
        doc, sentence, (pct.span.end, end), before
    )
    if not named or other.search(doc.text, pct.span.end, end):
        return False
    if fold(one.noun.split()[0]) != fold(before.noun.split()[0]):
        return False
    a, b = _verb(doc, one, skip), _verb(doc, before, skip)
    there = doc.sentence_at(before.span.start)
    if there is None or not same_places(doc, sentence, there):
        return False
    return a is not None and b is not None and same_stem(a, b)


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_TO_PERIOD = 3  # words between the change and the period it names: "more than in", "since"


def _named_before(
    doc: Document, sentence: Sentence, after: tuple[int, int], before: Quantity
) -> bool:
    """ "… 5,400 people, 25% more than in May": the months and years after the change are all
    named in the sentence of the figure before, and none in this one before the change."""
    text, months = doc.text, _months(doc.language)
    there = doc.sentence_at(before.span.start)
    if there is None:
        return False

    def marks(start: int, end: int) -> set[str]:
        words = {w.lower() for w in _TOKEN.findall(text, start, end)} & months
        return words | set(_YEAR.findall(text, start, end))

    named = marks(*after)
    window = text[after[0] : after[1]].lower()  # the clause after the change, not the document
    first = min((window.find(m) for m in named), default=-1)
    own = set(before.noun.lower().split()[:1])  # "390 patients more than in March"
    between = [w for w in _TOKEN.findall(window, 0, first) if w not in own]
    if first < 0 or len(between) > _TO_PERIOD:
        return False  # "900 more than planned in May": a plan, not May's figure
    return (
        bool(named)
        and named <= marks(there.span.start, there.span.end)
        and not named & marks(sentence.span.start, after[0])
    )


def same_noun(doc: Document, sentence: Sentence, one: Quantity, before: Quantity) -> bool:
    """ "… 301,552 probable cases. In May, they fell 12% (265,364 probable cases)": the two
    figures count one noun (not a word every figure takes), in sentences naming the same places."""
    lex = lexicon(doc.language)
    skip = _words(doc.language)[2] | {w.lower() for w in lex.change_from}  # "(265,364) of cases"
    heads = []
    for q in (one, before):
        words = _TOKEN.findall(q.noun.lower())
        while words and words[0] in skip:
            words.pop(0)
        heads.append(fold(words[0]) if words else "")
    generic = {w.lower() for w in lex.stopwords}
    if len(heads[0]) < 3 or heads[0] != heads[1] or heads[0] in generic:
        return False
    there = doc.sentence_at(before.span.start)
    return there is not None and same_places(doc, sentence, there)


def same_places(doc: Document, here: Sentence, there: Sentence) -> bool:
    """Whether two sentences name the same places: words written with a capital past a
    sentence's first, months and acronyms (an agency) aside ("arrivals in Gao … arrivals in
    Mopti" are two quantities)."""
    months = _months(doc.language)
    names = [
        {w for w in _TOKEN.findall(doc.slice(s.span))[1:] if w[0].isupper() and not w.isupper()}
        for s in (here, there)
    ]
    return {w for w in names[0] if w.lower() not in months} == {
        w for w in names[1] if w.lower() not in months
    }


@cache
def _months(language: str) -> frozenset[str]:
    lex = lexicon(language)
    return frozenset(m.lower() for m in (*lex.months, *lex.month_abbreviations))


def bracketed(text: str, pct: Quantity, one: Quantity, before: Quantity) -> bool:
    """ "fell 14% (74,314)": the new figure alone in brackets right after the change. A figure
    under half or over twice the one before may be the difference ("rose 10% (300)"): not read."""
    if not _BRACKET.fullmatch(text, pct.span.end, _lead(one)):
        return False
    if not re.match(r"\s*\)", text[one.span.end : one.span.end + 3]):
        return False
    return 0.5 < one.value / before.value < 2.0
