"""Dates, date ranges and the reporting period, in the words of the report's lexicon.

Day-first numeric dates ("01/08") are the norm in the reports we read; a first number above 12
flips the reading. A period is only taken from explicit wording ("Reporting period: …",
"From 01/08 to 31/08" on its own line, "covers the period from 1 to 31 July"); "as of 31 August"
is a snapshot, not a period.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Span
from sitecheck.lang import alternation, lexicon
from sitecheck.lang.base import Lexicon


@dataclass(frozen=True, eq=False)
class DatePatterns:
    months: dict[str, int]
    abbreviations: frozenset[str]  # count only when capitalised: "Mar", "Sept."
    capitalised: frozenset[str]  # full names that are also words: only "May" or "MAY"
    month: str  # a month name with the case rules, as a pattern to embed
    month_lower: re.Pattern[str]  # the same, for a scan of lower-cased text
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    month_year: re.Pattern[str]
    period_cue: re.Pattern[str]
    period_cue_lower: re.Pattern[str]
    line_from: re.Pattern[str]
    between: re.Pattern[str]
    month_range: re.Pattern[str]  # "January to June 2024", "janvier–juin 2024"


@cache
def date_patterns(lex: Lexicon) -> DatePatterns:
    """The date shapes of one (merged) lexicon, compiled once."""
    full = [m for m in lex.months if m not in lex.capitalised_months]
    # A short form of one language may be a full name of another ("mai"): the full name wins.
    abbr = [a for a in lex.month_abbreviations if a not in lex.months]
    caps = [m.capitalize() for m in lex.capitalised_months]
    caps += [m.upper() for m in lex.capitalised_months]
    # Full names in any case; short forms and "May" only capitalised ("may" is a verb).
    month = (
        rf"(?<![\w])(?:(?i:{alternation(full)})|{alternation(caps)}"
        rf"|(?:{alternation(a.capitalize() for a in abbr)})\.?)(?![\w])"
    )
    lower = rf"(?<![\w])(?:{alternation(full)}|{alternation(lex.capitalised_months)}"
    lower += rf"|(?:{alternation(abbr)})\.?)(?![\w])"
    suffix = rf"(?:{alternation(lex.day_suffixes)})?" if lex.day_suffixes else ""
    joins = rf"\s*(?:-|–|—|{alternation(lex.date_range_joins)})\s*"
    joins += rf"(?:(?:{alternation(lex.date_articles)})\s+)?" if lex.date_articles else ""
    links = rf"(?:(?:{alternation(lex.date_links)})\s+)?" if lex.date_links else ""
    year = r"(?P<y>(?:19|20)\d\d)(?!\d)"
    cue = (
        rf"(?i:{alternation(lex.period_cues)})\s*[:\-–]?\s*"
        rf"(?i:{alternation((*lex.period_from, *lex.date_links))})?\s*"
    )
    return DatePatterns(
        months={**{k.lower(): v for k, v in lex.months.items()}, **lex.month_abbreviations},
        abbreviations=frozenset(abbr),
        capitalised=frozenset(lex.capitalised_months),
        month=month,
        month_lower=re.compile(lower),
        day_month=re.compile(
            rf"(?<![\d.,/])(?P<d1>[0-3]?\d){suffix}(?:{joins}(?P<d2>[0-3]?\d))?{suffix}"
            rf"\s+{links}(?P<m>{month})(?:,?\s+{links}{year})?"
        ),
        month_day=re.compile(
            rf"(?P<m>{month})\s+(?P<d1>[0-3]?\d){suffix}"
            rf"(?:\s*(?:-|–|{alternation(lex.range_words)})\s*(?P<d2>[0-3]?\d))?"
            rf"(?![\d.,])(?:,?\s+{year})?"
        ),
        month_year=re.compile(rf"(?P<m>{month}),?\s+{links}{year}"),
        period_cue=re.compile(cue),
        # The same cue, case-sensitive, for lower-cased text (much faster than a case-blind scan).
        period_cue_lower=re.compile(cue.replace("(?i:", "(?:")),
        line_from=re.compile(
            rf"^[^\w\n]{{0,3}}(?i:{alternation(lex.period_from)})[ \t]+", re.MULTILINE
        ),
        between=re.compile(rf"^\s*(?:-|–|—|{alternation(lex.date_range_joins)})\s*$", re.I),
        month_range=re.compile(
            rf"\s*(?P<m1>{month})(?:,?\s+{links}(?P<y1>(?:19|20)\d\d))?{joins}"
            rf"(?P<m2>{month}),?\s+{links}(?P<y2>(?:19|20)\d\d)(?!\d)"
        ),
    )


_NUMERIC = re.compile(
    r"(?<![\d/.,])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)(?:(?P=sep)(?P<y>(?:19|20)?\d\d))?"
    r"(?![\d/]|\.\d)"
)
_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
_LINE_REST = re.compile(r"[\s.,;:*)]*(?:(?:19|20)\d\d)?[\s.,;:*)]*(?:\n|$)")


@dataclass(frozen=True, slots=True)
class DateMention:
    span: Span
    month: int
    day: int | None = None
    day2: int | None = None  # last day of a range "21 to 23 August"
    year: int | None = None

    @property
    def first(self) -> tuple[int, int]:
        return (self.month, self.day or 1)

    @property
    def last(self) -> tuple[int, int]:
        day = self.day2 or self.day or calendar.monthrange(self.year or 2001, self.month)[1]
        return (self.month, day)


@dataclass(frozen=True, slots=True)
class Period:
    span: Span
    start: tuple[int | None, int, int]  # (year, month, day)
    end: tuple[int | None, int, int]

    def __str__(self) -> str:
        return f"{_fmt(self.start)} to {_fmt(self.end)}"

    def said(self) -> str:
        """The period in the language of the messages, as a report writes it ("1 al 31 de
        marzo de 2024")."""
        from sitecheck.lang.messages import say_period

        return say_period(self.start, self.end)

    def contains(self, mention: DateMention) -> bool | None:
        """Whether a dated event lies in the period; None when it cannot be told."""
        years = {y for y in (self.start[0], self.end[0]) if y is not None}
        if mention.year is not None and years and (mention.year < min(years)):
            return False
        if mention.year is not None and years and mention.year > max(years):
            return False
        if self.start[0] is not None and self.end[0] is not None and self.start[0] != self.end[0]:
            return None  # a period across new year: compare day and month only with full dates
        lo = (self.start[1], self.start[2])
        hi = (self.end[1], self.end[2])
        if lo > hi:
            return None
        if mention.day is None:  # "during August 2024": outside only if no day of it is inside
            return not (mention.last < lo or hi < mention.first)
        return lo <= mention.first and mention.last <= hi


def _fmt(date: tuple[int | None, int, int]) -> str:
    y, m, d = date
    text = f"{d} {calendar.month_name[m]}"
    return f"{text} {y}" if y else text


def find_dates(text: str, language: str = "en", base: int = 0) -> list[DateMention]:
    """Every date, date range and month-year in text; spans are offset by ``base``."""
    p = date_patterns(lexicon(language))
    found: list[DateMention] = []
    taken = bytearray(len(text))  # characters already inside a date: the first pattern wins

    def add(
        m: re.Match[str], month: int | None, day: int | None, day2: int | None, year: int | None
    ) -> None:
        if month is None or not 1 <= month <= 12:
            return
        if day is not None and not 1 <= day <= 31:
            return
        if day2 is not None and not (1 <= day2 <= 31 and (day is None or day2 >= day)):
            return
        s, e = m.span()
        if any(taken[s:e]):
            return
        taken[s:e] = b"\x01" * (e - s)
        found.append(DateMention(Span(base + s, base + e), month, day, day2, year))

    for m in _ISO.finditer(text):
        add(m, int(m["m"]), int(m["d"]), None, int(m["y"]))
    # Month names are rare: find them in one pass, then try the date shapes around each one
    # instead of running every shape over the whole text.
    months = _month_spans(text, p)
    for shape in (p.day_month, p.month_day, p.month_year):
        for ms, me in months:
            lo = ms - 24 if shape is p.day_month else ms
            for m in shape.finditer(text, max(0, lo), min(len(text), me + 14)):
                if m.start("m") != ms:
                    continue
                day = int(m["d1"]) if "d1" in m.groupdict() else None
                day2 = _int(m["d2"]) if "d2" in m.groupdict() else None
                add(m, p.months.get(m["m"].lower().rstrip(".")), day, day2, _int(m["y"]))
                break
    for m in _NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if m["sep"] == "." and m["y"] is None:
            continue  # "2.1" is a decimal or an outline number, not a date
        day, month = (a, b) if b <= 12 else (b, a)
        year = _int(m["y"])
        if year is not None and year < 100:
            year += 2000
        add(m, month, day, None, year)
    found.sort(key=lambda d: d.span.start)
    return found


def _month_spans(text: str, p: DatePatterns) -> list[tuple[int, int]]:
    """Where month names stand: a case-sensitive scan of the lower-cased text, then the case
    rules of MONTH ("May" and short forms capitalised) checked on the original."""
    low = text.lower()
    if len(low) != len(text):  # a rare letter changed length when lower-cased
        return [m.span() for m in re.finditer(p.month, text)]
    out = []
    for m in p.month_lower.finditer(low):
        word = text[m.start() : m.end()]
        bare = word.rstrip(".").lower()
        if bare in p.capitalised and word not in (bare.capitalize(), bare.upper()):
            continue
        if bare in p.abbreviations and not (word[0].isupper() and word[1:].rstrip(".").islower()):
            continue
        out.append(m.span())
    return out


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def find_period(text: str, dates: list[DateMention], language: str = "en") -> Period | None:
    """The reporting period the report states explicitly, if any."""
    p = date_patterns(lexicon(language))
    low = text.lower()
    lowered = len(low) == len(text)
    cues = p.period_cue_lower.finditer(low) if lowered else p.period_cue.finditer(text)
    starts: list[int] = [m.end() for m in cues]
    alone: set[int] = set()  # "From 01/08 to 31/08" must be the whole line to be a period
    for m in p.line_from.finditer(text):
        line_end = text.find("\n", m.start())
        if (line_end if line_end >= 0 else len(text)) - m.start() <= 80:
            starts.append(m.end())
            alone.add(m.end())
    for pos in sorted(starts):
        months = p.month_range.match(text, pos)
        if months:
            return _month_range(p, months)
        after = [d for d in dates if pos <= d.span.start <= pos + 6]
        if not after:
            continue
        first = after[0]
        if first.day2 is not None or (first.day is None and first.year is not None):
            return Period(first.span, (first.year, *first.first), (first.year, *first.last))
        following = [d for d in dates if d.span.start > first.span.end][:1]
        if following and p.between.match(text[first.span.end : following[0].span.start]):
            second = following[0]
            if pos in alone and not _LINE_REST.match(text, second.span.end):
                continue  # "From 3 to 5 May, partners trained…": an event, not the period
            year_a = first.year or second.year
            year_b = second.year or first.year
            return Period(
                Span(first.span.start, second.span.end),
                (year_a, *first.first),
                (year_b, *second.last),
            )
        # "Reporting period: August 2023" — a whole month.
        if first.day is None:
            return Period(first.span, (first.year, *first.first), (first.year, *first.last))
    return _title_month(text, dates)


def _month_range(p: DatePatterns, m: re.Match[str]) -> Period | None:
    """ "Reporting period: January to June 2024": from the first day of one month to the
    last of the other."""
    first = p.months.get(m["m1"].lower().rstrip("."))
    last = p.months.get(m["m2"].lower().rstrip("."))
    if first is None or last is None:
        return None
    y2 = int(m["y2"])
    y1 = int(m["y1"]) if m["y1"] else (y2 if first <= last else y2 - 1)
    days = calendar.monthrange(y2, last)[1]
    return Period(Span(m.start("m1"), m.end("y2")), (y1, first, 1), (y2, last, days))


_TITLE_WORDS = 14


def _title_month(text: str, dates: list[DateMention]) -> Period | None:
    """A report titled with its month ("# Situation report — October 2024") covers that month:
    the first line holds one month and year, and no day."""
    first_line = text.lstrip("\n").split("\n", 1)[0]
    if len(first_line.split()) > _TITLE_WORDS:
        return None  # "Since January 2018, 2,914 people have returned …": a sentence, no title
    offset = len(text) - len(text.lstrip("\n"))
    on_line = [d for d in dates if d.span.start < offset + len(first_line)]
    if len(on_line) != 1:
        return None
    d = on_line[0]
    if d.day is not None or d.year is None:
        return None
    return Period(d.span, (d.year, *d.first), (d.year, *d.last))
