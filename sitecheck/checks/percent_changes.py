"""percent-mismatch on changes: "30 per cent less than Y" and "rose from A to B, an increase of
P%" (a shared helper of percent_mismatch)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from sitecheck.checks.formatting import fmt_number, fmt_percent, quoted
from sitecheck.facts import Facts
from sitecheck.findings import Found, Related
from sitecheck.lang import alternation, lexicon
from sitecheck.lang.base import Lexicon
from sitecheck.lang.messages import say, say_count

_THAN_GAP = re.compile(r"\s*(?:[^\W\d]+[\s-]+){0,4}", re.UNICODE)


@dataclass(frozen=True, eq=False)
class _Wording:
    change: re.Pattern[str]  # "30 per cent less than", "30 % de moins que"
    down: frozenset[str]  # the direction words that mean less


@cache
def _wording(lex: Lexicon) -> _Wording:
    return _Wording(
        change=re.compile(
            rf"\s*(?P<dir>{alternation(lex.change_words)})\s+(?:{alternation(lex.change_links)})"
            r"(?![\w])",
            re.IGNORECASE,
        ),
        down=frozenset(w.lower() for w, d in lex.change_words.items() if d == "down"),
    )


def changes(facts: Facts, seen: set[int]) -> Iterator[Found]:
    """ "X is 30 per cent less than Y"; adds the percentages it reads to ``seen``."""
    text = facts.doc.text
    wording = _wording(lexicon(facts.doc.language))
    for _sentence, nums in facts.sentence_numbers():
        usable = [q for q in nums if q.usable]
        for pct in (q for q in usable if q.kind == "percent"):
            m = wording.change.match(text, pct.span.end)
            if not m:
                continue
            before = [
                q for q in usable if q.span.end <= pct.span.start and q.kind in ("money", "count")
            ]
            after = [q for q in usable if q.span.start >= m.end() and q.kind in ("money", "count")]
            if not before or not after:
                continue
            x, y = before[-1], after[0]
            if x.kind != y.kind or x.currency != y.currency or y.value <= 0:
                continue
            # The compared amount follows "than" in the same clause: "less than the $2.38
            # billion", not "more than in 2023), and … USD 10 million".
            gap = text[m.end() : (y.qualifier_span or y.span).start]
            if not _THAN_GAP.fullmatch(gap):
                continue
            seen.add(pct.span.start)
            less = " ".join(m.group("dir").lower().split()) in wording.down
            change = (y.interval - x.interval) if less else (x.interval - y.interval)
            ratio = change / y.interval * 100.0
            if ratio.intersects(pct.interval):
                continue
            actual = abs(x.value - y.value) / y.value * 100.0
            yield Found(
                message=say(
                    "pct.change.less" if less else "pct.change.more",
                    pct=quoted(pct),
                    amount=quoted(x),
                    other=quoted(y),
                    actual=fmt_percent(actual),
                    direction=say("pct.less" if x.value < y.value else "pct.more"),
                ),
                span=pct.span,
                related=[
                    Related(x.span, say("label.amount")),
                    Related(y.span, say("label.compared")),
                ],
                expected=fmt_percent(actual),
                stated=quoted(pct),
            )


def relative_changes(facts: Facts, seen: set[int]) -> Iterator[Found]:
    """ "rose from 1,200 to 1,500, an increase of 35%": a change is measured against the earlier
    figure; where the text leaves doubt about which that is, both readings are tried and the rule
    fires only when neither holds."""
    for ch in facts.relations.changes:
        pct, a, b = ch.percent, ch.first, ch.second
        if pct.span.start in seen:
            continue
        # The rise, against either figure as the earlier; a word of fall or rise keeps one sign.
        rise = b.interval - a.interval
        readings = [rise / a.interval * 100.0, (rise * -1.0) / b.interval * 100.0]
        if ch.first_earlier is not None:
            readings = readings[:1] if ch.first_earlier else readings[1:]
        if ch.points:
            readings.append(rise)  # "6 per cent (25 to 31 per cent)": six points
        signs = {None: (1.0, -1.0), True: (-1.0,), False: (1.0,)}[ch.down]
        if any((r * s).intersects(pct.interval) for r in readings for s in signs):
            continue
        low, high = sorted((a, b), key=lambda q: q.value)
        stated = max(1.0 + pct.value / 100.0, 1.0 / max(1.0 - pct.value / 100.0, 1e-9))
        if high.value / low.value > 10.0 * stated:
            continue  # far from any change the percentage could state: another figure
        up = (high.value - low.value) / low.value * 100.0
        down = (high.value - low.value) / high.value * 100.0
        if ch.points:  # in text order, the earlier first: "25 to 31 per cent"
            low, high, up = a, b, abs(b.value - a.value) / a.value * 100.0
        points = abs(b.value - a.value)
        # "1 point", "1.5 points": the singular only for a whole number the language says so
        unit = say_count("pct.point", int(points) if points.is_integer() else 2)
        yield Found(
            message=say(
                "pct.points" if ch.points else "pct.relative",
                pct=quoted(pct),
                low=quoted(low),
                high=quoted(high),
                up=fmt_percent(up),
                down=fmt_percent(down),
                points=fmt_number(points),
                unit=unit,
            ),
            span=pct.span,
            related=[Related(a.span, say("label.amount")), Related(b.span, say("label.compared"))],
            stated=quoted(pct),
        )
