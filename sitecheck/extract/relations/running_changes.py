"""A running total that names the total it moved from: "1,500 new cases were confirmed this
week, bringing the total from 4,000 to 5,000", "…, bringing the cumulative total to 5,000, up
from 4,000.", "…, lo que eleva el total de 4.000 a 5.000".

The increment is the figure before the running-total lead ("bringing", "lo que eleva"), in the
same clause (``running_totals.py`` reads it as a part of the total); the earlier total is the
figure right after a word of origin ("from", "up from"), either "from A to B" in the lead or
after the new total. The new total is then the earlier one plus the increment, read as a
difference: the larger of the two totals is the smaller plus the increment (a total that
"brings" a count down works the same way). The earlier figure must close its clause or
be followed by "to": "to 5,000, up from 1,200 in March" may compare with an older baseline than
the increment's, "to 5,000 from 12 countries" names a source. A lead that names what it totals
("the number of cases") must name what the increment counts.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.amounts import same_unit, sure_amounts
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.wording import COLUMN_SEAM, WORD, lead, same_word
from sitecheck.lang import alternation, lexicon

# An earlier total after the new one ("…, up from 4,000.") only where it closes the clause: "up
# from 1,200 in March" may be a baseline older than the increment.
_CLOSES = re.compile(r"\s*(?:[.;)]|$)")
# The new total ends its clause, a few words of its own at most: "…, after 4 cases were
# reclassified" explains a step that is not the increment alone.
_TOTAL_CLOSES = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,4}\s*(?:[.;)]|$)")
_CLAUSE_BREAK = re.compile(r"[.;:]\s")
_MAX_WORDS = 24  # words between the increment and its earlier total: one clause only


class _Patterns(NamedTuple):
    cheap: re.Pattern[str]  # a running-total lead anywhere in the sentence ("bringing")
    lead: re.Pattern[str]  # from the increment to "from" before the earlier total, or "to"
    after: re.Pattern[str]  # between the new total and an earlier one after it: ", up from "
    to: re.Pattern[str]  # " to " between the earlier total and the new one
    of: re.Pattern[str]  # "of" in the words naming the total ("the number of …")
    average: re.Pattern[str]  # "an average of " before the increment: a rate, no step
    from_: frozenset[str]


@cache
def _patterns(language: str) -> _Patterns:
    lex = lexicon(language)
    leads = alternation(lex.running_total_leads)
    from_ = alternation(lex.change_from)
    to = alternation(lex.change_to)
    cues = alternation((*lex.change_cues, *lex.change_from))
    return _Patterns(
        cheap=re.compile(rf"(?<![\w])(?:{leads})\s", re.I),
        lead=re.compile(
            rf"[^\d;:()]*?[,;–—-]\s*(?:(?:{alternation(lex.running_total_joins)})\s+)?"
            rf"(?P<lead>{leads})\s[^\d;:()]{{0,90}}?(?<![\w])(?P<w>{from_}|{to})\s+",
            re.I,
        ),
        after=re.compile(
            rf"\s*[,(]?\s*(?:{cues})\s+(?:(?:{alternation(lex.articles)})\s+)?", re.I
        ),
        to=re.compile(rf"\s+(?:{to})\s+", re.I),
        of=re.compile(rf"(?<![\w])(?:{alternation(lex.n_of_w)})(?![\w])", re.I),
        average=re.compile(
            rf"(?<![\w])(?:{alternation(lex.table_averages)})(?![\w])[^\d,;:()]*$", re.I
        ),
        from_=frozenset(w.lower() for w in lex.change_from),
    )


def running_changes(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    if len(nums) < 3 or not lexicon(doc.language).running_total_leads:
        return  # an increment and two totals at least
    p = _patterns(doc.language)
    text = doc.text
    if not p.cheap.search(text, span.start, span.end):
        return  # no "bringing": the cheap test first
    amounts = sure_amounts(nums) or []
    for i, (inc, a, b) in enumerate(zip(amounts, amounts[1:], amounts[2:], strict=False)):
        m = p.lead.fullmatch(text, inc.span.end, lead(a))
        if m is None or len(WORD.findall(m.group(0))) > _MAX_WORDS:
            continue
        # "1,000 new cases and 200 deaths were reported, bringing …": which one is the step?
        if i and not _CLAUSE_BREAK.search(text, amounts[i - 1].span.end, inc.span.start):
            continue
        if p.average.search(text, max(span.start, inc.span.start - 30), inc.span.start):
            continue
        named = text[m.end("lead") : m.start("w")]
        if p.of.search(named) and not _names(named, inc):
            continue  # "150 people were screened, bringing the number of cases from …"
        if m.group("w").lower() in p.from_:
            # "bringing the total from 4,000 to 5,000"
            if not p.to.fullmatch(text, a.span.end, lead(b)) or not _TOTAL_CLOSES.match(
                text, b.span.end
            ):
                continue
            earlier, total = a, b
        else:
            # "bringing the total to 5,000, up from 4,000."
            if not p.after.fullmatch(text, a.span.end, lead(b)) or not _CLOSES.match(
                text, b.span.end
            ):
                continue
            earlier, total = b, a
        _add(text, inc, earlier, total, rel)


def _names(named: str, inc: Quantity) -> bool:
    """Whether the words naming the total name what the increment counts ("the number of
    cases" after "1,500 new cases")."""
    own = inc.noun.split()[:4]
    return any(same_word(w.lower(), o) for w in WORD.findall(named) for o in own)


def _add(text: str, inc: Quantity, earlier: Quantity, total: Quantity, rel: Relations) -> None:
    if not same_unit(earlier, total) or earlier.value == total.value:
        return
    # "410 families returned, which brings the total to 2,890": a total with no noun of its own
    # counts what its increment counts.
    bare = (inc.kind, inc.currency) == (total.kind, total.currency) and not total.noun.strip()
    if not same_unit(inc, total) and not bare:
        return
    if COLUMN_SEAM.search(text, inc.span.start, max(earlier.span.end, total.span.end)):
        return
    small, large = sorted((earlier, total), key=lambda q: q.value)
    if inc.value >= large.value:
        return  # not the step between the two totals
    rel.breakdowns.append(Breakdown(large, [small, inc], "difference"))
