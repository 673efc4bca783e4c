"""percent-mismatch: a stated percentage that disagrees with the amounts it is computed from.

Checked: the funded share of a key-figure box (funded / requirement; with no requirement stated,
funded / (funded + gap); with no amount received, (requirement − gap) / requirement), funded and
unfunded shares against the gap, "N (P%)" of a stated base ("of whom 1,200 (30%)", "5,700 (10%)
of the 57,500"), "A, P% of the B", "146 (10%) of them", "30% (1,500) of the total" after a
headline count, a table's percentage column against the two columns its headers name (or that
its rows bear out) and its shares against 100, a table's row of rates against the deaths and
cases rows above it, its row of shares under headers of groups that make one whole (women, men,
girls, boys), a case fatality rate against the deaths and cases of its sentence, "X per cent
less/more than Y" and a percentage change between two stated amounts ("rose from 1,200 to 1,500,
an increase of 25%"), tried against either amount as the earlier one. A whole-number percentage
covers ±0.5 points, one decimal ±0.05. Where a scale or decimal shift of one amount would make
the statement hold, the finding suggests it.

FAIL:
    FUNDING SITUATION / 13% / FUNDED: $427M / REQUIREMENT: $318M
    The appeal of $1.75 billion is 30 per cent less than the $2.38 billion sought in 2022.
    Displacement rose from 1,200 to 1,500 people, an increase of 35 per cent.

PASS:
    FUNDING / 13% / FUNDED: $42.7M / REQUIREMENT: $318M
    Of the 4,000 people reached, 1,200 (30%) were children.
    Displacement rose from 1,200 to 1,500 people, an increase of 25 per cent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from sitecheck.checks.formatting import fmt_like, fmt_percent, quoted
from sitecheck.checks.funding_shares import complement, without_requirement
from sitecheck.checks.implied_bases import implied_bases
from sitecheck.checks.named_bases import named_base, only_count
from sitecheck.checks.percent_changes import changes, relative_changes
from sitecheck.checks.share_groups import referred_whole, shared_base
from sitecheck.checks.vouched_bases import Vouchers, earlier_base
from sitecheck.document import Span
from sitecheck.extract.amount_forms import bare_amount
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations import PercentOf
from sitecheck.extract.relations.wording import DIGIT
from sitecheck.extract.tables import AVERAGE, CHANGE, GAP, SHARE, ratio_holds
from sitecheck.facts import Facts
from sitecheck.findings import Found, Related
from sitecheck.interval import Interval, interval_sum
from sitecheck.lang import alternation, lexicon
from sitecheck.lang.base import Lexicon
from sitecheck.lang.messages import say
from sitecheck.notation import current

_SHIFTS = (10.0, 100.0, 1000.0, 0.1, 0.01, 0.001)
_PLACED = 3  # earlier figures naming a share's place, tried as its base
_OPEN = re.compile(r"\s*\(\s*")  # between a share and its bracketed amount


@dataclass(frozen=True, eq=False)
class _Wording:
    of_base: re.Pattern[str]  # ") of the" between a share and the whole after it
    back_ref: re.Pattern[str]  # ") of them" after "146 (10%)": the whole was named before
    place: re.Pattern[str]  # " from Libya": the place a share's base is of


@cache
def _wording(lex: Lexicon) -> _Wording:
    ofs = alternation((*lex.n_of_w, *lex.whole_after_part))
    arts = alternation((*lex.articles, *lex.of_articles))
    return _Wording(
        back_ref=re.compile(rf"\s*\)\s*(?:{alternation(lex.back_refs)})(?![\w])", re.I),
        place=re.compile(
            rf"(?<![\w])(?:{alternation((*lex.place_prepositions, *lex.change_from))})\s+"
            r"(?P<place>(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*)",
            re.I,
        ),
        of_base=re.compile(rf"\)?\s*(?:{ofs})\s+(?:(?:{arts})\s+)?", re.IGNORECASE),
    )


def _share(part: Quantity, base: Quantity) -> Interval:
    return part.interval / base.interval * 100.0


def _suggest(part: Quantity, base: Quantity, pct: Quantity, base_name: str) -> str | None:
    """One scale or decimal shift of a single amount that makes the share hold."""
    options = []
    for f in _SHIFTS:
        shifted = Interval(part.interval.lo / f, part.interval.hi / f)
        if (shifted / base.interval * 100.0).intersects(pct.interval):
            value = part.value / f
            pct_shown = fmt_percent(value / base.value * 100)
            options.append(say("pct.would_give", value=fmt_like(value, part), pct=pct_shown))
            break
    for f in _SHIFTS:
        shifted = Interval(base.interval.lo * f, base.interval.hi * f)
        if (part.interval / shifted * 100.0).intersects(pct.interval):
            options.append(say(f"pct.or_{base_name}", value=fmt_like(base.value * f, base)))
            break
    return say("semicolon").join(options) or None


def _finding(
    part: Quantity, base: Quantity, pct: Quantity, what: str, base_name: str = "base"
) -> Found:
    """``what``: "" or the role of a funding share ("funded", "gap"); ``base_name``: "base" or
    "requirement", what a suggestion calls the base."""
    actual = part.value / base.value * 100.0
    key = f"pct.share.{what}" if what else "pct.share"
    return Found(
        message=say(
            key, pct=quoted(pct), part=quoted(part), base=quoted(base), actual=fmt_percent(actual)
        ),
        span=pct.span,
        related=[Related(part.span, say("label.amount")), Related(base.span, say("label.base"))],
        expected=fmt_percent(actual),
        stated=quoted(pct),
        suggestion=_suggest(part, base, pct, base_name),
    )


def check(facts: Facts) -> Iterator[Found]:
    done: set[int] = set()
    yield from _funding(facts, done)
    yield from _percents(facts, done)


def _funding(facts: Facts, done: set[int]) -> Iterator[Found]:
    """The funded and unfunded shares of a box or a sentence; adds them to ``done``."""
    for figs in facts.funding:
        req = figs.money.get("required")
        if req is None:
            yield from without_requirement(figs, done)
        for role in ("funded", "gap"):
            amount, pct = figs.money.get(role), figs.percent.get(role)
            if req is None or pct is None or req.value <= 0:
                continue
            if amount is None:
                yield from complement(figs, role, req, pct, done)
                continue
            done.add(pct.span.start)
            if not _share(amount, req).intersects(pct.interval):
                yield _finding(amount, req, pct, role, "requirement")
        got, gap = figs.percent.get("funded"), figs.percent.get("gap")
        if got and gap and not (got.interval + gap.interval).intersects(Interval.point(100.0)):
            yield Found(
                message=say("pct.funded_gap", funded=quoted(got), gap=quoted(gap)),
                span=gap.span,
                related=[Related(got.span, say("label.funded_share"))],
            )


def _percents(facts: Facts, done: set[int]) -> Iterator[Found]:
    """Shares of the relations, against the base the wording names or refers back to."""
    wholes = {rel.part.span.start: rel.whole for rel in facts.relations.parts}
    index = QuantityIndex(facts.quantities)
    unresolved: list[PercentOf] = []
    vouchers = Vouchers(facts.doc.text, facts.relations.percents)
    # "12% (628) of cases and 16% (9) of severe cases", "89,746 IDPs (52%)": the amount of a
    # share is a part, not the base a later share names.
    amounts = {po.amount.span.start for po in facts.relations.percents}
    for po in facts.relations.percents:
        pct, amount = po.percent, po.amount
        if pct.span.start in done:
            continue
        if amount.from_words or (po.base is not None and po.base.from_words):
            continue  # "two out of three (66%)": shares of words are written loosely
        if po.bases:
            yield from earlier_base(po, vouchers, _finding)
            continue
        # base_noun "": a base the text names but does not count ("of its population")
        # "90 (30%) of the 300 adults", "300 (25%) of them": the base the share names right after
        # it comes first, before the whole the amount is a part of ("Of these, …").
        base = po.base or _named_after(facts, index, po) or _referred(facts, po)
        base = base or (wholes.get(amount.span.start) if po.base_noun != "" else None)
        # "40% of the returnees from Chad (1,680)": the counts that name the place come first.
        placed = _placed_bases(facts, po, amounts) if base is None and po.base_noun else []
        named = False
        if base is None and po.base_noun and not placed:
            base = named_base(facts, amount, po.base_noun, amounts)
            named = base is not None
        if base is None:
            base = _referred(facts, po) or referred_whole(facts, po, amounts)
        if base is None and po.base_noun is None:
            unresolved.append(po)
        if placed and base is None:
            # The one earlier count that names the place and can hold the amount: likely its base.
            po = replace(po, bases=placed, sure=False, likely=len(placed) == 1)
            yield from earlier_base(po, vouchers, _finding)
            continue
        if base is None or not base.usable or base.value <= 0 or not _one_unit(amount, base):
            continue
        if base.from_words:
            continue  # "of the six regions, of which 283,840 (54%)": a whole in words is loose
        if not _share(amount, base).intersects(pct.interval):
            found = _finding(amount, base, pct, "")
            # A base found by its noun ("of these countries") is a strong guess, not a certainty;
            # another share that agrees with it, or no other count of the noun, makes it likely.
            found.warn = named and (
                vouchers.count(po, base) > 0 or only_count(facts, amount, base, po.base_noun)
            )
            found.tentative = named and not found.warn
            yield found

    flagged: set[int] = set()
    for found in shared_base(facts, unresolved, _finding, vouchers.count):
        flagged.add(found.span.start)
        yield found
    yield from implied_bases(facts, unresolved, flagged)
    seen = done | {po.percent.span.start for po in facts.relations.percents}
    yield from changes(facts, seen)
    yield from relative_changes(facts, seen)
    yield from _shares(facts)
    yield from _tables(facts)


def _base_after(facts: Facts, index: QuantityIndex, pct: Quantity) -> Quantity | None:
    """ "5,700 (10%) of the 57,500 processed": the figure the share names right after it."""
    after = index.between(pct.span.end, pct.span.end + 80)[:1]
    between = facts.doc.text[pct.span.end : after[0].span.start] if after else ""
    of_base = _wording(lexicon(facts.doc.language)).of_base
    return after[0] if after and of_base.fullmatch(between) else None


def _named_after(facts: Facts, index: QuantityIndex, po: PercentOf) -> Quantity | None:
    """The base named right after the share, or right after the bracketed amount that follows
    it: "62% (6,448) of the 12,400 displaced"."""
    base = _base_after(facts, index, po.percent)
    start, end = po.percent.span.end, (po.amount.qualifier_span or po.amount.span).start
    if base is not None or end < start or not _OPEN.fullmatch(facts.doc.text, start, end):
        return base
    return _base_after(facts, index, po.amount)


def _one_unit(amount: Quantity, base: Quantity) -> bool:
    """Figures of one unit (households are not people); "$764 million, 9% of the 8,300 million
    required": a bare scaled base after money is in the money's currency."""
    if base.kind == amount.kind:
        groups = {q.is_households for q in (amount, base) if q.is_people}
        return base.currency == amount.currency and len(groups) < 2
    # "120 millones de dólares, de los cuales 30 millones (25%)": the part's currency elided,
    # with no noun of its own ("2 million doses" counts something else).
    return (amount.kind == "money" and bare_amount(base)) or (
        base.kind == "money" and bare_amount(amount) and not amount.noun
    )


def _tables(facts: Facts) -> Iterator[Found]:
    for table in facts.tables:
        flagged: set[int] = set()  # a share wrong against its amount is not reported twice
        for r in table.ratios:
            if ratio_holds(r):
                continue
            amount_v, base_v, how = r.readings[0]
            pct, amount, base = r.percent.quantity, amount_v.quantity, base_v.quantity
            if pct is None or amount is None or base is None or base_v.value <= 0:
                continue
            flagged.add(pct.span.start)
            ratio = amount_v.value / base_v.value  # in the header's units
            if how == AVERAGE:
                actual, form = current().number(ratio, 2), "average"
            else:
                value = {GAP: 100.0 - ratio * 100, CHANGE: abs(ratio * 100 - 100.0)}.get(
                    how, ratio * 100
                )
                actual = fmt_percent(value)
                form = {GAP: "gap", CHANGE: "change"}.get(how, "share")
            shown = say(
                f"pct.table.{form}", amount=quoted(amount), base=quoted(base), actual=actual
            )
            yield Found(
                message=say("pct.table", pct=quoted(pct), where=r.where, shown=shown),
                span=pct.span,
                related=[
                    Related(amount.span, say("label.amount")),
                    Related(base.span, say("label.base")),
                ],
                expected=actual,
                stated=quoted(pct),
                suggestion=_suggest(amount, base, pct, "base")
                if how == SHARE and amount_v.scale == base_v.scale
                else None,
            )
        for group in table.shares:
            qs = [v.quantity for v in group.percents if v.quantity is not None]
            if not any(q.span.start in flagged for q in qs):
                yield from _not_whole(qs, "pct.table_shares", group.where)


def _shares(facts: Facts) -> Iterator[Found]:
    """ "47% male and 53% female": shares of one whole add up to 100, within rounding."""
    for group in facts.relations.shares:
        yield from _not_whole(group.percents, "pct.shares", sure=group.sure)


def _not_whole(
    percents: list[Quantity], key: str, where: str = "", sure: bool = True
) -> Iterator[Found]:
    """Shares that, within their rounding, cannot add up to 100; unless ``sure``, a sum short of
    it is a suspicion (a side may be unsaid; sides that cannot overlap never pass 100)."""
    total = interval_sum([q.interval for q in percents])
    if total.intersects(Interval.point(100.0)):
        return
    added = fmt_percent(sum(q.value for q in percents))
    shown = " + ".join(quoted(q) for q in percents)
    yield Found(
        message=say(key, where=where, added=added, shown=shown),
        span=percents[-1].span,
        related=[Related(q.span, say("label.share")) for q in percents[:-1]],
        expected=say("pct.hundred"),
        stated=added,
        tentative=not sure and total.hi < 100.0,
    )


def _referred(facts: Facts, po: PercentOf) -> Quantity | None:
    """ "1,412 cases were reported; 146 (10.3%) of them were children": the whole "of them"
    refers to is the figure of the sentence named right before the part."""
    amount, pct = po.amount, po.percent
    wording = _wording(lexicon(facts.doc.language))
    if amount.span.end > pct.span.start or not wording.back_ref.match(facts.doc.text, pct.span.end):
        return None
    sentence = facts.doc.sentence_at(amount.span.start)
    if sentence is None:
        return None
    before = facts.numbers_in(Span(sentence.span.start, amount.span.start))
    whole = next((q for q in reversed(before) if q.kind in ("count", "money")), None)
    if whole is None or not whole.usable or whole.value < amount.value:
        return None
    return whole


def _placed_bases(facts: Facts, po: PercentOf, parts: set[int]) -> list[Quantity]:
    """ "1,086 Nigeriens returned from Libya … 91% of returnees from Libya (988)": a base named
    by a noun the earlier figures do not repeat, and a place they do. The earlier counts of the
    paragraph that name the place, nearest first: the share is checked against them all."""
    text, amount = facts.doc.text, po.amount
    if po.percent.span.end > amount.span.start:
        return []
    between = text[po.percent.span.end : amount.span.start]
    m = _wording(lexicon(facts.doc.language)).place.search(between)
    sentence = facts.doc.sentence_at(amount.span.start)
    if m is None or DIGIT.search(between) or sentence is None:
        return []
    place = m.group("place").lower()
    before = facts.numbers_in(Span(sentence.block.span.start, po.percent.span.start))
    return [
        q
        for q in reversed(before)
        if q.usable
        and q.kind == "count"
        and not q.from_words
        and q.value >= amount.value
        and q.span.start not in parts  # "89,746 IDPs (52%)": a part with its own share
        and place in q.noun.replace(",", " ").split()
    ][:_PLACED]
