"""Forms of an amount that the readings of shares and of funding both need to tell apart: a
scaled figure without a unit, an amount restated in brackets in another currency.

Kept outside the relations package so that funding prose, which the relations import, can use
them without importing the relations.
"""

from __future__ import annotations

import re

from sitecheck.extract.quantities import Quantity


def bare_amount(q: Quantity) -> bool:
    """A scaled figure without a unit of its own: "the 8,300 million required" after money."""
    return q.kind == "count" and q.scale is not None and not (q.is_people or q.is_households)


_CONVERSION_OPEN = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*\(\s*")  # " in Angola ("
_CONVERSION_CLOSE = re.compile(r"\s*[),;]")


def conversion(text: str, prev: Quantity, q: Quantity) -> bool:
    """ "5,9 milhões de dólares (5,37 milhões de euros)": an amount restated in brackets in
    another currency, a few words after it at most."""
    lead = (q.qualifier_span or q.span).start  # the figure with its qualifier
    return (
        q.kind == "money"
        and q.currency != prev.currency
        and (prev.currency is not None or bare_amount(prev))
        and bool(_CONVERSION_OPEN.fullmatch(text, prev.span.end, lead))
        and bool(_CONVERSION_CLOSE.match(text, q.span.end))
    )
