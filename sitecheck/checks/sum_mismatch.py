"""sum-mismatch: a stated total whose exhaustive parts do not add up.

Only breakdowns the wording makes exhaustive are checked: a total followed by parenthesised parts
joined by "and"; "Name (n) and Name (n)" after a total; "Of these …, the remaining …"; funded +
unmet = required in a key-figure box; "In total N" after a bulleted list (there only when the
parts fall short, since a deduplicated total may be smaller than its parts); a headline figure
split by place in the next sentence (there only when the places exceed it); a stated change
between two stated amounts ("2,187,330 IDPs, 14,112 more than the last round, which found
2,173,218"); amounts whose stated shares add up to 100 ("704 (12%) …, while 5,163 (88%)
…"); a table's Total row or column against the rows or columns it closes (sub-totals,
bold region rows and "of which" rows read every way they can be; a total of people counted
once only when above the sum). Every figure stands for the interval its rounding and qualifier
allow; the rule fires only when no reading adds up.

FAIL:
    The campaign reached 715 people (175 children and 535 adults).
    The fair gathered 368 Venezuelans (156) and Peruvians (221).

    | Province | People |
    |---|---:|
    | Sofala | 1,210 |
    | Manica | 640 |
    | Total | 1,950 |

PASS:
    The fair gathered 368 Venezuelans (156) and Peruvians (212).
    | Province | People |
    |---|---:|
    | Sofala | 1,210 |
    | Manica | 640 |
    | Total | 1,850 |
    Some 19,600 people (15,000 refugees and 4,600 host community members) were reached.
    Partners reached 148,171 cases and 12,235 deaths (7,991 confirmed and 4,244 probable).
"""

from __future__ import annotations

from collections.abc import Iterator

from sitecheck.checks.formatting import fmt_like, fmt_number, quoted
from sitecheck.extract.relations import Breakdown, is_unique_total
from sitecheck.extract.tables import TableProduct, TableSum, Value, sum_holds
from sitecheck.facts import Facts
from sitecheck.findings import Found, Related
from sitecheck.interval import interval_sum
from sitecheck.lang.messages import say, say_count


def check(facts: Facts) -> Iterator[Found]:
    for b in facts.relations.breakdowns:
        if (not b.exhaustive and not b.at_most) or is_unique_total(facts.doc, b.total):
            continue
        if any(p.kind != b.total.kind or p.currency != b.total.currency for p in b.parts):
            continue
        if _other_unit(b):
            continue
        total = interval_sum([p.interval for p in b.parts])
        if total.intersects(b.total.interval):
            continue
        if b.one_way and total.lo >= b.total.interval.lo:
            continue  # a deduplicated total may be smaller than the sum of its parts
        if b.at_most and total.hi <= b.total.interval.hi:
            continue  # highlighted subgroups may leave part of the total unnamed
        if b.kind == "difference":
            yield _difference(b)
            continue
        expr = " + ".join(quoted(p) for p in b.parts)
        added = fmt_like(sum(p.value for p in b.parts), b.total)
        yield Found(
            message=say("sum.total", stated=quoted(b.total), added=added, expr=expr),
            span=b.total.span,
            related=[Related(p.span, say("label.part")) for p in b.parts],
            expected=added,
            stated=quoted(b.total),
            suggestion=say("sum.total.help", added=added, stated=quoted(b.total)),
        )

    for table in facts.tables:
        wrong: set[int] = set()  # a total cell wrong both across and down is reported once
        for s in table.sums:
            start = s.total.quantity.span.start if s.total.quantity else -1
            if not sum_holds(s) and start not in wrong:
                wrong.add(start)
                yield _table_total(s)

        for p in table.products:
            yield from _product(p)

    totals = {
        (b.total.span.start, *(p.span.start for p in b.parts)) for b in facts.relations.breakdowns
    }
    for figs in facts.funding:
        req, got, gap = (figs.money.get(k) for k in ("required", "funded", "gap"))
        if req is None or got is None or gap is None:
            continue
        if (req.span.start, got.span.start, gap.span.start) in totals:
            continue  # read as a breakdown too ("US$120m total / … received / … gap")
        if (got.interval + gap.interval).intersects(req.interval):
            continue
        added = fmt_like(got.value + gap.value, req)
        shown = {"funded": quoted(got), "gap": quoted(gap), "required": quoted(req)}
        yield Found(
            message=say("sum.funding", added=added, **shown),
            span=req.span,
            related=[Related(got.span, say("label.funded")), Related(gap.span, say("label.gap"))],
            expected=added,
            stated=quoted(req),
        )


def _other_unit(b: Breakdown) -> bool:
    """ "300 people relocated (110 families … and 24 families …)": families split a count of
    people only as a headcount would, not as a sum; every part counts the other unit."""
    t = b.total
    if not t.is_people or not b.parts:
        return False
    return all(p.is_households != t.is_households and p.is_people for p in b.parts)


def _difference(b: Breakdown) -> Found:
    """ "14,112 more than the last round": the change between two amounts, as stated."""
    earlier, change = b.parts
    actual = fmt_like(b.total.value - earlier.value, change)
    return Found(
        message=say(
            "sum.change",
            change=quoted(change),
            amount=quoted(b.total),
            earlier=quoted(earlier),
            actual=actual,
        ),
        span=change.span,
        related=[
            Related(b.total.span, say("label.amount")),
            Related(earlier.span, say("label.amount")),
        ],
        expected=actual,
        stated=quoted(change),
    )


def _table_total(s: TableSum) -> Found:
    """A table's total cell against the first reading of the cells it closes."""
    total = s.total.quantity
    assert total is not None
    parts = s.readings[0]
    stated = [p for p in parts if p.quantity is not None]
    value = sum(p.quantity.value for p in stated if p.quantity)
    added = fmt_like(value, total) if not total.decimals else fmt_number(value, total.decimals)
    expr = _cells(stated)
    empty = len(parts) - len(stated)
    blank = say_count("sum.table.blank", empty) if empty else ""
    part = say("label.part")
    return Found(
        message=say(
            "sum.table", stated=quoted(total), where=s.where, added=added, expr=expr, blank=blank
        ),
        span=total.span,
        related=[Related(p.quantity.span, part) for p in stated if p.quantity is not None],
        expected=added,
        stated=quoted(total),
        suggestion=say("sum.table.help", added=added, stated=quoted(total)),
    )


def _cells(values: list[Value]) -> str:
    shown = [quoted(v.quantity) for v in values if v.quantity is not None]
    if len(shown) > 8:
        shown = [*shown[:3], "…", *shown[-2:]]
    return " + ".join(shown)


def _product(p: TableProduct) -> Iterator[Found]:
    """ "People (5 per household)": the households times the stated size."""
    result, amount = p.result.quantity, p.amount.quantity
    if result is None or amount is None:
        return
    if (p.amount.interval * p.factor).intersects(p.result.interval):
        return
    expected = fmt_like(amount.value * p.factor, result)
    yield Found(
        message=say(
            "sum.product",
            result=quoted(result),
            where=p.where,
            amount=quoted(amount),
            factor=f"{p.factor:g}",
            expected=expected,
        ),
        span=result.span,
        related=[Related(amount.span, say("label.multiplied"))],
        expected=expected,
        stated=quoted(result),
    )
