"""date-outside-period: an event dated outside the report's stated reporting period.

Only when the report states its period ("Reporting period: 1–30 September 2024", "From 01/08 to
31/08"). Only events are checked ("On 29 August, …", "from 21 to 23 August", "El 5 de julio");
snapshot dates ("as of 31 August"), sources' dates and background dates (a decree of 2020, "since
April 2018", "approved in June") are not events of the month. Without a year, day and month are
compared.

FAIL:
    Reporting period: 1–31 August 2023. … On 4 September, partners opened a shelter.

PASS:
    Reporting period: 1–31 August 2023. … On 29 August, the Executive asked for powers.
    Reporting period: 1–31 August 2023. … As of 3 September, 68,300 people had enrolled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from sitecheck.document import line_start
from sitecheck.extract.dates import DateMention, Period
from sitecheck.facts import Facts
from sitecheck.findings import Found, Related
from sitecheck.lang import alternation, lexicon
from sitecheck.lang.base import Lexicon
from sitecheck.lang.messages import say


@cache
def _leads(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(event, background, future): "on 3 May" dates an event; "as of 3 May", "since",
    "updated" date a figure, a source or a document; "the next round will be on 6 August"
    announces a date that the period need not hold."""
    articles = alternation((*lex.date_articles, *lex.articles))
    event = re.compile(
        rf"(?i:\b(?:{alternation(lex.event_leads)})\s+(?:(?:{articles})\s+)?$)"
    )
    # Within the clause: no semicolon and no full stop, though "n.º 12" may hold a dot.
    background = re.compile(
        rf"(?i:\b(?:{alternation(lex.background_leads)})\b(?:[^.;]|\.(?!\s)){{0,20}}$)"
    )
    future = re.compile(rf"(?i:\b(?:{alternation(lex.future_words)})\b[^.;]{{0,60}}$)")
    return event, background, future


@cache
def _range_join(lex: Lexicon) -> re.Pattern[str]:
    """The words between the two ends of a date range: "and", "to", "y el", "au"."""
    joins = alternation(lex.date_range_joins)
    articles = alternation(lex.date_articles)
    # On one line: "… 31 de março de 2024\n\nA 2 de abril" is no range.
    return re.compile(rf"(?i:[ \t]*(?:-|–|—|\b(?:{joins}))[ \t]+(?:(?:{articles})[ \t]+)?)$")


def _range_partner(facts: Facts, mention: DateMention) -> tuple[DateMention, DateMention] | None:
    """The two ends of the range a date belongs to ("between 1 January and 4 June"), if any."""
    join = _range_join(lexicon(facts.doc.language))
    text = facts.doc.text
    later = [d for d in facts.dates if d.span.start >= mention.span.end][:1]
    if later and join.match(text[mention.span.end : later[0].span.start]):
        return mention, later[0]
    earlier = [d for d in facts.dates if d.span.end <= mention.span.start][-1:]
    if earlier and join.match(text[earlier[0].span.end : mention.span.start]):
        return earlier[0], mention
    return None


def _range_meets_period(facts: Facts, period: Period, mention: DateMention) -> bool:
    """"Between 1 January and 4 June 2019" in a May report: a cumulative span that covers the
    period, at either end, is no event outside it; a range wholly before or after still is."""
    ends = _range_partner(facts, mention)
    if ends is None:
        return False
    first, last = ends
    year = last.year or first.year
    if year is not None and period.start[0] is not None and period.end[0] is not None:
        if year < period.start[0] or (first.year or year) > period.end[0]:
            return False
        if year > period.end[0] and (first.year or year) <= period.end[0]:
            return True
    lo, hi = (period.start[1], period.start[2]), (period.end[1], period.end[2])
    return first.first <= hi and last.last >= lo


def check(facts: Facts) -> Iterator[Found]:
    period = facts.period
    if period is None:
        return
    text = facts.doc.text
    event, background, future = _leads(lexicon(facts.doc.language))
    for mention in facts.dates:
        # A month is checked when its year is given ("during August 2024"), not "in August".
        if mention.day is None and mention.year is None:
            continue
        if period.span.start <= mention.span.start < period.span.end:
            continue
        before = text[line_start(text, mention.span.start, 40) : mention.span.start]
        if not event.search(before) or background.search(before):
            continue
        if future.search(text, max(0, mention.span.start - 80), mention.span.start):
            continue
        inside = period.contains(mention)
        if inside is False and not _range_meets_period(facts, period, mention):
            shown = text[mention.span.start : mention.span.end]
            yield Found(
                message=say("date.outside", shown=shown, period=period.said()),
                span=mention.span,
                related=[Related(period.span, say("label.period"))],
            )
