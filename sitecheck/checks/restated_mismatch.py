"""restated-mismatch: the same quantity stated twice with values no rounding reconciles.

A key-figure box says "23.5K / people displaced" and the body "some 25,300 people displaced"; a
highlight and its section, or the opening sentence and a later "Of the 1.2 million people in
need, …", give one figure two values. Only the same noun phrase with the same scope counts (see
``sitecheck.extract.restatements``): another place, period or lead verb, "new", "since", "this
week", a figure of a list or a series abstains. Each figure stands for the values its rounding
and qualifier allow, and a plain figure ending in zeros ("25,000", "2,500") may be a rounding of
the other; the rule fires only when no value fits both. A sentence that names a table's row and,
by the figure nearest that name, a word of a column's header restates that cell ("In Sofala,
partners reached 48,200 people" against the row "Sofala", column "People reached"). A figure
presented as given ("24.7% of the 1.6 million IDPs", "those 33.2 million") restates the figure
of the sentence before that it names, when both sentences have one scope. A stamp ("By 9
March, …") may be missing on one side, a count of areas ("in 14 districts") leaves a phrase
whole, a conversion in parentheses ("5,812 households (30,874 people) displaced") states its
people, and a population stated twice in two units, swapped ("1,684 people (530 families)" …
"530 families (1,684 people)"), is linked by the figure repeated exactly. A key line ("18,400
people reached in April") restates the one body figure of its noun and verb in one scope ("In
April, WFP reached 18,400 beneficiaries"; ``restated_box.py``). A figure heading run into its
paragraph ("8.4 MILLION UNDER THE AGENCY'S CARE By the end of the year, …") restates the first
figure of the sentence after it, of its kind and scale, when nothing before that figure makes it
another quantity (a comparison, a part, another group, a place or period the caption lacks;
``restated_heading.py``). A demonstrative opening its sentence ("These 3,100 returnees were …")
restates the group the sentence before counted, whatever that sentence's period or place. A
section headed by a sector or a programme component ("## Shelter", "### Strategic Outcome 1")
counts that part of the report's figure: its figures restate only figures of that part. A noun
phrase may be written in other words of one synonym group of the lexicon ("people displaced",
"people forced from their homes"; "IDPs", "internally displaced persons"): one phrase, paired
only where the scope agrees as for the same words.

FAIL:
    KEY FIGURES / 23.5K / people displaced … Floods have left some 25,300 people displaced.
    An estimated 1.2 million people in need … Of the 1.6 million people in need, 40% are children.
    Teams saw 1.6M IDPs and 4.4M returnees across the country. Of the 1.9M IDPs, 25% are in camps.
    By 9 March, drought was affecting some 950,000 people in 14 districts. … 1.25M people affected
    Partners have registered 52,300 internally displaced persons. Of the 58,300 IDPs, 40% are …

PASS:
    KEY FIGURES / 23.5K / people displaced … Floods have left 23,480 people displaced.
    KEY FIGURES / some 25,000 / people displaced … Floods have left 24,800 people displaced.
    KEY FIGURES / 23.5K / people displaced … In Sindh, floods have left 12,100 people displaced.
    Some 60,000 people were targeted in May. Of the 150,000 people targeted, 45% were reached.
    By 9 March, drought was affecting some 950,000 people in 14 districts. … 950K people affected
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from sitecheck.checks.formatting import fmt_like, quoted
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.restatements import Restatement, restated_interval
from sitecheck.facts import Facts
from sitecheck.findings import Found, Related
from sitecheck.lang.messages import say


def _one_sided(q: Quantity) -> bool:
    """ "over 20,000", "up to 500": a bound, from which no single value can be suggested."""
    return math.isinf(q.interval.hi) or (q.interval.lo == 0 and q.value > 0)


def _suggestion(r: Restatement, line: int) -> str | None:
    if _one_sided(r.first) or _one_sided(r.second):
        return None
    here = fmt_like(r.first.value, r.second)
    there = fmt_like(r.second.value, r.first)
    return say("restated.help", here=here, line=line, there=there)


def check(facts: Facts) -> Iterator[Found]:
    for r in facts.restatements:
        if restated_interval(r.first).intersects(restated_interval(r.second)):
            continue
        line = facts.doc.position(r.first.span.start).line
        # A figure restated by a demonstrative ("those 33.2 million") has no words of its own.
        first = f"{quoted(r.first)} {r.first_words}".rstrip()
        second = f"{quoted(r.second)} {r.second_words}".rstrip()
        yield Found(
            message=say("restated", second=second, first=first, line=line),
            span=r.second.span,
            related=[Related(r.first.span, say("label.first_stated"))],
            expected=quoted(r.first),
            stated=quoted(r.second),
            suggestion=_suggestion(r, line),
        )
