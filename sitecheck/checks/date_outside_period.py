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

from sitecheck.document import line_start
from sitecheck.facts import Facts
from sitecheck.findings import Found, Related

_EVENT_LEAD = re.compile(r"(?i:\b(?:on|el|between|from|del|entre|during|durante)\s+(?:the\s+)?$)")
_BACKGROUND = re.compile(
    r"(?i:\b(?:as of|since|until|till|by|before|after|dated|of|de fecha|desde|hasta|al|a partir"
    r"|cut-off|corte|updated|actualizado|source|fuente|published|publicado|approved|aprobad[oa]"
    r"|adopted|issued|emitid[oa]|deadline|due|plazo)\b[^.;]{0,20}$)"
)


def check(facts: Facts) -> Iterator[Found]:
    period = facts.period
    if period is None:
        return
    text = facts.doc.text
    for mention in facts.dates:
        if mention.day is None or period.span.start <= mention.span.start < period.span.end:
            continue
        before = text[line_start(text, mention.span.start, 40) : mention.span.start]
        if not _EVENT_LEAD.search(before) or _BACKGROUND.search(before):
            continue
        inside = period.contains(mention)
        if inside is False:
            shown = text[mention.span.start : mention.span.end]
            yield Found(
                message=f"“{shown}” falls outside the reporting period ({period})",
                span=mention.span,
                related=[Related(period.span, "reporting period")],
            )
