"""Dates, date ranges and the reporting period, in English and Spanish.

Day-first numeric dates ("01/08") are the norm in the reports we read; a first number above 12
flips the reading. A period is only taken from explicit wording ("Reporting period: …",
"From 01/08 to 31/08" on its own line, "covers the period from 1 to 31 July"); "as of 31 August"
is a snapshot, not a period.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from sitecheck.document import Span

_MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("january", "jan", "enero", "ene"),
        ("february", "feb", "febrero"),
        ("march", "mar", "marzo"),
        ("april", "apr", "abril", "abr"),
        ("may", "mayo"),
        ("june", "jun", "junio"),
        ("july", "jul", "julio"),
        ("august", "aug", "agosto", "ago"),
        ("september", "sep", "sept", "septiembre", "setiembre", "set"),
        ("october", "oct", "octubre"),
        ("november", "nov", "noviembre"),
        ("december", "dec", "diciembre", "dic"),
    ],
    start=1,
):
    for _n in _names:
        _MONTHS[_n] = _i

# Full names in any case; short forms and "May" only capitalised ("may" is a verb, "mar" a sea).
MONTH = (
    r"(?<![\w])(?:(?i:january|february|march|april|june|july|august|september|october|november|december"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
    r"|diciembre)|May|MAY|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|Ene|Abr|Ago|Dic)\.?)"
    r"(?![\w])"
)
_RANGE_JOIN = r"\s*(?:-|–|—|to|and|al|a|y|until|till|through|hasta)\s*(?:el\s+|the\s+)?"
_DAY_MONTH = re.compile(
    rf"(?<![\d.,/])(?P<d1>[0-3]?\d)(?:{_RANGE_JOIN}(?P<d2>[0-3]?\d))?(?:st|nd|rd|th)?"
    rf"\s+(?:de\s+|of\s+)?(?P<m>{MONTH})(?:,?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)(?!\d))?"
)
_MONTH_DAY = re.compile(
    rf"(?P<m>{MONTH})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*(?:-|–|to)\s*(?P<d2>[0-3]?\d))?"
    rf"(?![\d.,])(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?"
)
_MONTH_YEAR = re.compile(rf"(?P<m>{MONTH}),?\s+(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)(?!\d)")
_NUMERIC = re.compile(
    r"(?<![\d/.,])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[01]?\d)(?:(?P=sep)(?P<y>(?:19|20)?\d\d))?"
    r"(?![\d/]|\.\d)"
)
_ISO = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")


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
        return lo <= mention.first and mention.last <= hi


def _fmt(date: tuple[int | None, int, int]) -> str:
    y, m, d = date
    text = f"{d} {calendar.month_name[m]}"
    return f"{text} {y}" if y else text


def month_number(name: str) -> int | None:
    return _MONTHS.get(name.lower().rstrip("."))


def find_dates(text: str, base: int = 0) -> list[DateMention]:
    """Every date, date range and month-year in text; spans are offset by ``base``."""
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
    months = _month_spans(text)
    for shape in (_DAY_MONTH, _MONTH_DAY, _MONTH_YEAR):
        for ms, me in months:
            lo = ms - 24 if shape is _DAY_MONTH else ms
            for m in shape.finditer(text, max(0, lo), min(len(text), me + 14)):
                if m.start("m") != ms:
                    continue
                day = int(m["d1"]) if "d1" in m.groupdict() else None
                day2 = _int(m["d2"]) if "d2" in m.groupdict() else None
                add(m, month_number(m["m"]), day, day2, _int(m["y"]))
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


_FULL_MONTHS = (
    "january february march april june july august september october november december "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre"
).split()
_SHORT_MONTHS = "jan feb mar apr jun jul aug sept sep oct nov dec ene abr ago dic".split()
_MONTH_LOWER = re.compile(
    r"(?<![\w])(?:"
    + "|".join(sorted(_FULL_MONTHS, key=len, reverse=True))
    + r"|may|(?:"
    + "|".join(_SHORT_MONTHS)
    + r")\.?)(?![\w])"
)


def _month_spans(text: str) -> list[tuple[int, int]]:
    """Where month names stand: a case-sensitive scan of the lower-cased text, then the case
    rules of MONTH ("May" and short forms capitalised) checked on the original."""
    low = text.lower()
    if len(low) != len(text):  # a rare letter changed length when lower-cased
        return [m.span() for m in re.finditer(MONTH, text)]
    out = []
    for m in _MONTH_LOWER.finditer(low):
        word = text[m.start() : m.end()]
        bare = word.rstrip(".").lower()
        if bare == "may" and word not in ("May", "MAY"):
            continue
        if bare in _SHORT_MONTHS and not (word[0].isupper() and word[1:].rstrip(".").islower()):
            continue
        out.append(m.span())
    return out


def _int(s: str | None) -> int | None:
    return int(s) if s else None


_PERIOD_CUE = re.compile(
    r"(?i:reporting period|period covered|period of reporting|this report covers(?: the period)?"
    r"|covers the period|for the period|per[ií]odo(?: de reporte| del reporte| del informe"
    r"| reportado| cubierto| de la actualizaci[oó]n)?)"
    r"\s*[:\-–]?\s*(?i:from|del|de|desde)?\s*"
)
# The same cue, case-sensitive, for lower-cased text (much faster than a case-blind scan).
_PERIOD_CUE_LOWER = re.compile(_PERIOD_CUE.pattern.replace("(?i:", "(?:"))
_LINE_FROM = re.compile(r"^[^\w\n]{0,3}(?i:from|del|desde)[ \t]+", re.MULTILINE)
_LINE_REST = re.compile(r"[\s.,;:*)]*(?:(?:19|20)\d\d)?[\s.,;:*)]*(?:\n|$)")
_BETWEEN = re.compile(r"^\s*(?:-|–|—|to|al|a|hasta|until|through|y|and)\s*$", re.I)


def find_period(text: str, dates: list[DateMention]) -> Period | None:
    """The reporting period the report states explicitly, if any."""
    low = text.lower()
    cues = _PERIOD_CUE_LOWER.finditer(low) if len(low) == len(text) else _PERIOD_CUE.finditer(text)
    starts: list[int] = [m.end() for m in cues]
    alone: set[int] = set()  # "From 01/08 to 31/08" must be the whole line to be a period
    for m in _LINE_FROM.finditer(text):
        line_end = text.find("\n", m.start())
        if (line_end if line_end >= 0 else len(text)) - m.start() <= 80:
            starts.append(m.end())
            alone.add(m.end())
    for pos in sorted(starts):
        after = [d for d in dates if pos <= d.span.start <= pos + 6]
        if not after:
            continue
        first = after[0]
        if first.day2 is not None or (first.day is None and first.year is not None):
            return Period(first.span, (first.year, *first.first), (first.year, *first.last))
        following = [d for d in dates if d.span.start > first.span.end][:1]
        if following and _BETWEEN.match(text[first.span.end : following[0].span.start]):
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
    return None
