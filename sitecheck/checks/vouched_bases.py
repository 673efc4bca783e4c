"""Bases that other shares bear out: a share whose base is only a guess (named by a noun, given by
the bullet or sentence before, or shared by a list) is likelier wrong when it disagrees with a
figure that a nearby share agrees with as its own base.

"• 244 new cases • 161 (66%) with severe dehydration • 129 (53%) children under five • 4 deaths
(CFR 1.6%)": 161 and 129 are 66% and 53% of 244, so the rate's base, 244, is the list's; a rate
of 21.6% there disagrees with the one base the list bears out. "Access worsened in 20% of these
countries (18 countries) and improved in 14% (13 countries)": 18 is 20% of the 90 countries
named before, which bears out the 90 as the base of the 14%.

A share vouches for a figure when it stands after it, close to the share at hand, is of the
figure's unit, names no other base, and agrees with it within rounding.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations import PercentOf
from sitecheck.findings import Found
from sitecheck.interval import Interval

_NEAR = 400  # characters between two shares of one list or paragraph

Finding = Callable[[Quantity, Quantity, Quantity, str], Found]


_OPENED = re.compile(r"\([^()\n]{0,40}$")  # "(CFR " before a rate in brackets
_SCOPE = re.compile(r"[^()\n]{0,60}?[^\W\d_][^()\n]{0,60}?\)")  # " since January)" after it


class Vouchers:
    """The shares of a document, by where their percentage stands, to find those near one."""

    def __init__(self, text: str, percents: list[PercentOf]) -> None:
        self.text = text
        self.shares = sorted(percents, key=lambda po: po.percent.span.start)
        self.starts = [po.percent.span.start for po in self.shares]

    def count(self, po: PercentOf, base: Quantity, besides: tuple[PercentOf, ...] = ()) -> int:
        """How many other shares near ``po`` (not ``besides``) agree with ``base`` as theirs;
        none for a share that names a scope of its own in its bracket ("(CFR 0.4% since
        January)": not the list's)."""
        start = po.percent.span.start
        if _OPENED.search(self.text, max(0, start - 41), start) and _SCOPE.match(
            self.text, po.percent.span.end
        ):
            return 0
        i = bisect.bisect_left(self.starts, start - _NEAR)
        j = bisect.bisect_right(self.starts, start + _NEAR)
        skip = {id(po), *(id(x) for x in besides)}
        return sum(
            1 for other in self.shares[i:j] if id(other) not in skip and _vouches(other, base)
        )


def _vouches(other: PercentOf, base: Quantity) -> bool:
    amount, pct = other.amount, other.percent
    if amount is base or amount.from_words or not amount.usable or not pct.usable:
        return False
    if other.base is not None and other.base is not base:
        return False  # a share of its own stated base
    if other.bases and all(b is not base for b in other.bases):
        return False
    if not 0 < pct.value < 100 or pct.span.start < base.span.end:
        return False
    if amount.kind != base.kind or amount.currency != base.currency:
        return False
    return (amount.interval / base.interval * 100.0).intersects(pct.interval)


def agrees(po: PercentOf, base: Quantity) -> bool:
    share: Interval = po.amount.interval / base.interval * 100.0
    return share.intersects(po.percent.interval)


def earlier_base(po: PercentOf, vouchers: Vouchers, finding: Finding) -> Iterator[Found]:
    """A share whose base is one of the earlier figures the wording names by their noun: it
    holds if it agrees with any; else it is reported against the nearest, as a certainty when
    it is the one sure base, as a warning when another share bears the base out, and as a
    suspicion when another base could have been meant or the extraction is unsure of it."""
    if any(agrees(po, b) for b in po.bases):
        return
    if po.sure and len(po.bases) == 1:
        yield finding(po.amount, po.bases[0], po.percent, "")
        return
    vouched = [b for b in po.bases if vouchers.count(po, b)]
    found = finding(po.amount, (vouched or po.bases)[0], po.percent, "")
    found.warn = bool(vouched) or (po.likely and len(po.bases) == 1)
    found.tentative = not found.warn
    yield found
