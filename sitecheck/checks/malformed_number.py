"""malformed-number: digit grouping that no locale writes.

"3,0000", "1.234,5,6", groups of two digits ("12,34,567"), mixed marks in an impossible order.
The likely intended readings are offered as suggestions.

FAIL:
    Partners distributed 3,0000 hygiene kits.

PASS:
    Partners distributed 30,000 kits, 3.000 mantas and 23,7 % more meals; 1’718,331 people.
"""

from __future__ import annotations

from collections.abc import Iterator

from sitecheck.checks.formatting import fmt_number
from sitecheck.facts import Facts
from sitecheck.findings import Found
from sitecheck.lang.messages import say


def check(facts: Facts) -> Iterator[Found]:
    for q in facts.numbers:
        if q.malformed is None or q.tag is not None:
            continue
        # The readings are whole numbers ("30,000"): written in the report's notation.
        readings = say("or").join(fmt_number(float(s.replace(",", ""))) for s in q.suggestions)
        yield Found(
            message=say("malformed", text=q.text, why=say(f"malformed.{q.malformed}")),
            span=q.span,
            suggestion=say("malformed.help", readings=readings) if readings else None,
        )
