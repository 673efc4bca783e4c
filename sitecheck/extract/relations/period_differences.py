"""A difference over the period before, stated after the later figure, the earlier one in the
sentence before: "The clinic saw 3,120 patients in March. In April it saw 3,410 patients, 290
more than the previous month", "… an increase of 290 since the last report", "… 290 more than
in March".

The sentence holds two amounts: the later figure, then the difference tied to a word of change
("290 more than", "an increase of 290"), or the other way round after a subject naming the
figure before ("This figure grew by 290 to 3,410"). The words after the difference must name
the period before (``period_before.py``: "the previous month", "the last report", or the month
or year of the sentence before), the two figures one quantity at two times (the same noun and
the same verb before each: "saw", "saw"); or the subject must name the figure before ("this
figure", "the number", not "the number of returnees"). The sentences must name the same places;
the earlier figure is the one amount like the later in the sentence before (same paragraph).
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.amounts import same_unit, sure_amounts
from sitecheck.extract.relations.differences import difference_tie
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.period_before import period_before, same_places
from sitecheck.lang import alternation, lexicon

_PREV_AMOUNTS = 3  # a sentence of more amounts has no one figure the change is from


@cache
def _subject(language: str) -> re.Pattern[str]:
    """ "This figure", "the number" (not "the number of returnees"): a subject naming the figure
    of the sentence before."""
    lex = lexicon(language)
    counts = alternation(lex.count_subjects)
    of = alternation(lex.n_of_w)
    return re.compile(
        rf"(?<![\w])(?:(?:{alternation(lex.figure_anaphora)})(?![\w])"
        rf"|(?:{counts})(?![\w])(?!\s+(?:{of})(?![\w])))",
        re.I,
    )


def _named(doc: Document, sentence: Sentence, first: Quantity, there: Sentence) -> bool:
    """Whether the subject before the sentence's first amount names the figure before, in
    sentences naming the same places."""
    head = _subject(doc.language).search(doc.text, sentence.span.start, first.span.start)
    return head is not None and same_places(doc, sentence, there)


def _head(q: Quantity) -> str:
    return q.noun.split(" ", 1)[0] if q.noun else ""


@cache
def _not_units(language: str) -> frozenset[str]:
    """Words after a difference that name no unit: "900 more than", "900 people"."""
    lex = lexicon(language)
    words = (*lex.change_words, *lex.change_terms, *lex.change_links, *lex.stopwords)
    words += (*lex.narrowing_words, *lex.articles)  # "an increase of 390 since …"
    return frozenset(w.lower() for w in words)


def _other_unit(doc: Document, change: Quantity, figures: tuple[Quantity, Quantity]) -> bool:
    """Whether the difference names a unit of its own that neither figure names ("an increase
    of 12 sites" between counts of people)."""
    head = _head(change)
    if not head or head in _not_units(doc.language):
        return False
    if change.is_people and all(q.is_people for q in figures):
        return False
    return all(_head(q) != head for q in figures)


def period_differences(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    rel: Relations,
    prev: tuple[Sentence, list[Quantity]] | None,
) -> None:
    """The later figure and its difference from the figure of the sentence before."""
    if prev is None or any(q.kind == "percent" for q in nums):
        return
    here = sure_amounts(nums)
    if here is None or len(here) != 2:
        return
    ties = [bool(difference_tie(doc, sentence, q)) for q in here]
    if ties.count(True) != 1 or not same_unit(*here):
        return
    change, one = (here[0], here[1]) if ties[0] else (here[1], here[0])
    if one.qualifier is not None or change.qualifier is not None:
        return
    if any(change is q for b in rel.breakdowns[-4:] for q in (b.total, *b.parts)):
        return  # read already within the sentence
    before = sure_amounts(prev[1])
    if before is None or len(before) > _PREV_AMOUNTS:
        return
    alike = [q for q in before if same_unit(q, one)]
    if len(alike) != 1 or alike[0].qualifier is not None or alike[0].value == one.value:
        return
    earlier = alike[0]
    if _other_unit(doc, change, (one, earlier)):
        return  # "the total reached 5,400, an increase of 12 sites": another unit
    if change.value >= max(one.value, earlier.value):
        return  # no difference of these two
    if not (
        period_before(doc, sentence, change, one, earlier)
        or _named(doc, sentence, here[0], prev[0])
    ):
        return
    small, large = sorted((one, earlier), key=lambda q: q.value)
    rel.breakdowns.append(Breakdown(large, [small, change], "difference"))
