"""Funding shares checked against a whole the box or sentence leaves unsaid (percent-mismatch).

"Coverage: CHF 2.2M (64% funded) Funding gap: CHF 1.2M": with no requirement, received and
lacking make it up. "The $80M appeal is 35% funded, leaving a gap of $60M": with no amount
received, the requirement less the gap is.
"""

from __future__ import annotations

from collections.abc import Iterator

from sitecheck.checks.formatting import fmt_percent, quoted
from sitecheck.extract.keyfigures import FundingFigures
from sitecheck.extract.quantities import Quantity
from sitecheck.findings import Found, Related
from sitecheck.interval import Interval
from sitecheck.lang.messages import say


def _share(part: Quantity, base: Quantity) -> Interval:
    return part.interval / base.interval * 100.0


def complement(
    figs: FundingFigures, role: str, req: Quantity, pct: Quantity, done: set[int]
) -> Iterator[Found]:
    """ "The $80M appeal is 35% funded, leaving a gap of $60M": the share of one side from the
    amount of the other, what the requirement leaves of it."""
    side = "gap" if role == "funded" else "funded"
    other = figs.money.get(side)
    # "$20M received (25%) and $15M pledged, leaving $45M": received is stated, twice over.
    if other is None or role in figs.unclear or other.value > req.value:
        return
    done.add(pct.span.start)
    if (Interval.point(100.0) - _share(other, req)).intersects(pct.interval):
        return
    actual = fmt_percent(100.0 - other.value / req.value * 100.0)
    yield Found(
        message=say(
            f"pct.share.{role}",
            pct=quoted(pct),
            part=f"({quoted(req)} − {quoted(other)})",
            base=quoted(req),
            actual=actual,
        ),
        span=pct.span,
        related=[Related(req.span, say("label.base")), Related(other.span, say("label.amount"))],
        expected=actual,
        stated=quoted(pct),
    )


def without_requirement(figs: FundingFigures, done: set[int]) -> Iterator[Found]:
    """ "Coverage: CHF 2.2M (64% funded) Funding gap: CHF 1.2M": with no requirement stated, what
    is received and what is lacking make it up, and the share is of their sum."""
    got, gap = figs.money.get("funded"), figs.money.get("gap")
    if got is None or gap is None or "required" in figs.unclear:
        return  # two requirements stated ("revised from $60M to $80M"): received and gap of which?
    if None not in (got.currency, gap.currency) and got.currency != gap.currency:
        return  # a bare scaled amount of a box is in the box's currency
    whole = got.interval + gap.interval
    if whole.lo <= 0:
        return
    for role, amount in (("funded", got), ("gap", gap)):
        pct = figs.percent.get(role)
        if pct is None:
            continue
        done.add(pct.span.start)
        if (amount.interval / whole * 100.0).intersects(pct.interval):
            continue
        actual = fmt_percent(amount.value / (got.value + gap.value) * 100.0)
        base = f"({quoted(got)} + {quoted(gap)})"
        yield Found(
            message=say(
                f"pct.share.{role}", pct=quoted(pct), part=quoted(amount), base=base, actual=actual
            ),
            span=pct.span,
            related=[Related(got.span, say("label.funded")), Related(gap.span, say("label.gap"))],
            expected=actual,
            stated=quoted(pct),
        )
