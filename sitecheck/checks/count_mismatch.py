"""count-mismatch: a stated number of items that disagrees with the items listed.

"109 Partners:" followed by a roster, "in four regions: A, B and C", or "18 regions¹" whose
footnote lists them. Names that contain "and"/"y" (Trinidad and Tobago, Acción y Desarrollo) are
one item; where the last "and" of a comma list could belong to a name, either count is accepted.

FAIL:
    Partners work in four regions: Lima, Tumbes and Arequipa.

PASS:
    Partners work in three regions: Lima, Tumbes and Arequipa.
    The platform has members in three countries: Aruba, Curaçao and Trinidad and Tobago.
"""

from __future__ import annotations

from collections.abc import Iterator

from sitecheck.checks.formatting import quoted
from sitecheck.facts import Facts
from sitecheck.findings import Found, Related
from sitecheck.interval import Interval
from sitecheck.names import normalise_name


def check(facts: Facts) -> Iterator[Found]:
    for lst in facts.lists:
        stated = lst.stated
        if stated is None or not stated.usable:
            continue
        listed = Interval(lst.min_count, lst.max_count)
        if listed.intersects(stated.interval):
            continue
        n = lst.min_count if lst.min_count == lst.max_count else f"{lst.min_count}–{lst.max_count}"
        distinct = len({normalise_name(i.text) for i in lst.items})
        extra = f" ({distinct} distinct)" if distinct != lst.min_count else ""
        noun = stated.noun.split()[0] if stated.noun else "items"
        where = "its footnote lists" if lst.kind == "note" else "the list that follows names"
        yield Found(
            message=f"stated {quoted(stated)} {noun}, but {where} {n}{extra}",
            span=stated.span,
            related=[
                Related(lst.items[0].span, "first item"),
                Related(lst.items[-1].span, f"item {lst.min_count}"),
            ],
            expected=str(n),
            stated=quoted(stated),
            suggestion=f"state {n}, or complete the list",
        )
