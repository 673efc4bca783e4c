"""What a number is when it is not a quantity: an ordered table of small named tests.

Each test looks at one number mention in its context and returns a tag or None; the first tag
wins. A tagged number is kept (``sitecheck extract`` shows it) but no rule computes with it: when
a number's role is unclear, sitecheck abstains rather than guesses.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sitecheck.document import line_start
from sitecheck.extract.figure_cues import FigureCues

if TYPE_CHECKING:
    from sitecheck.extract.quantities import Quantity

Tag = Literal[
    "date", "phone", "footnote", "identifier", "year", "debris", "time", "ordinal", "age",
    "duration", "measure", "outline", "overlong",
]  # fmt: skip

_SPLIT_FIGURE = re.compile(r"^\s,\d")  # "830 ,000"
_TITLE_AFTER = re.compile(r"^\s+[^\W\d_]")
_OUTLINE_AFTER = re.compile(r"^[.)]\s+\S")


@dataclass(slots=True)
class Mention:
    """One number in its block, with the context every test reads."""

    q: Quantity
    raw: str
    chunk: str  # the block's text
    s: int  # the digits' start and end in ``chunk``
    e: int
    cues: FigureCues
    date_spans: list[tuple[int, int]]
    phone_spans: list[tuple[int, int]]
    # Read once, then by every test: the text around the digits.
    before: str = ""  # every cue before a figure fits in 32 characters
    after: str = ""
    prev: str = " "
    prev2: str = " "
    nxt: str = " "
    last_word: str = ""
    sexed: bool = False  # one of a pair marked by sex ("2,488F/429M"): read by the caller

    def __post_init__(self) -> None:
        chunk, s, e = self.chunk, self.s, self.e
        self.before = chunk[max(0, s - 32) : s]
        self.after = chunk[e : e + 40]
        self.prev = chunk[s - 1] if s > 0 else " "
        self.prev2 = chunk[s - 2] if s > 1 else " "
        self.nxt = chunk[e] if e < len(chunk) else " "
        if self.sexed:
            # "1.100 H" is 1,100 men, not hours; "2,488F" no code: the mark is read as a space.
            self.after = " " + self.after.lstrip()[1:]
            self.nxt = " "
        words = self.before.rsplit(None, 1)
        self.last_word = words[-1].lower().lstrip("([").rstrip(".:") if words else ""


def in_date(m: Mention) -> Tag | None:
    spans, start, end = m.date_spans, m.q.number_span.start, m.q.number_span.end
    i = bisect.bisect_right(spans, (start, math.inf)) - 1
    return "date" if i >= 0 and spans[i][0] <= start and end <= spans[i][1] else None


_ALONE_IN_BRACKETS = re.compile(r"\)(?![ \t.-]*\d)")  # "(11) out of": no number goes on after it


def phone(m: Mention) -> Tag | None:
    start, end = m.q.number_span.start, m.q.number_span.end
    # Phone numbers are found in text order and never overlap: only the last one that starts
    # by this figure can hold it (a scan of all of them was quadratic on a line of phones).
    i = bisect.bisect_right(m.phone_spans, (start, math.inf)) - 1
    if i >= 0 and m.phone_spans[i][0] <= start and end <= m.phone_spans[i][1]:
        # "US$ 98 406 210": an amount grouped by spaces, not a phone number.
        return None if m.q.currency is not None else "phone"
    if m.q.is_people or m.q.is_households:
        return None  # "el mayor número (205.870 casos; …)": a count of people, whatever came before
    if m.prev == "(" and _ALONE_IN_BRACKETS.match(m.after):
        return None  # "the largest number (11) out of 29": a count aside, not an area code
    low = m.before.lower()
    if any(w in low for w in m.cues.phone_hints) and m.cues.phone_cue.search(m.before):
        return "phone"
    return None


def markdown_footnote(m: Mention) -> Tag | None:
    return "footnote" if m.prev == "^" and m.prev2 == "[" else None  # "[^1]"


def glued_to_word(m: Mention) -> Tag | None:
    """Footnote digits glued to words or figures: "origin.1", "million2", "(46,4%)1",
    "fallecidas,1"."""
    glued_currency = m.q.span.start < m.q.number_span.start  # "USD28.2M"
    # "% Funded34.9%": a caption glued to its decimal share by a flattened table cell.
    glued_share = m.q.kind == "percent" and m.q.decimals > 0 and m.prev.islower()
    prev, prev2 = m.prev, m.prev2
    if (
        prev.isalpha()
        and m.q.span.start == m.q.number_span.start
        and m.cues.glued_and.search(m.before)
    ):
        return None  # "… 29 en Hidalgo y95 en Estado de México": no note follows "and"
    if (prev.isalpha() and not glued_currency and not glued_share) or (
        prev in '.,)]%”"’*' and (prev2.isalpha() or prev2 in ")%")
    ):
        if m.raw.isdigit() and len(m.raw) <= 2 and not m.nxt.isalnum():
            return "footnote"
        return "identifier"
    return None


# "| 1932 (25%) |": a cell holding a figure and its share in brackets holds a count, not a year.
_SHARED_CELL = re.compile(r"[ \t]*\([ \t]*\d+(?:[.,]\d+)?[ \t]*%[ \t]*\)[ \t]*\|")


def year(m: Mention) -> Tag | None:
    q = m.q
    if m.raw.isdigit() and len(m.raw) == 4 and 1900 <= int(m.raw) <= 2099:
        if m.before.rstrip(" \t").endswith("|") and _SHARED_CELL.match(m.after):
            return None
        if not (q.currency or q.scale or q.kind == "percent"):
            return "year"
    return None


_TITLE_CASE = re.compile(r"[A-ZÀ-ÖØ-Þ]{2,}[ \t]+[A-ZÀ-ÖØ-Þ]{2,}")  # "FLASH UPDATE": a running title


# A number alone between blank lines inside one block: the reader joins a sentence that a page
# break cut, page number and all (readers/markdown.py); a paragraph holds no blank line else.
_BETWEEN_BLANKS = re.compile(r"\S[ \t]*\n[ \t]*\n[ \t]*$")
_BLANK_AFTER = re.compile(r"[ \t]*\n[ \t]*\n[ \t]*\S")

# Dot leaders of a table of contents that a PDF export ran into the prose ("… the . first .
# .half . of 2019 . 12 decreased"): lone dots set apart by blanks, the page number after one.
_LEADER_DOT = re.compile(r"(?<!\S)\.(?!\S)")
_LEADER_END = re.compile(r"[ \t]\.[ \t]+$")
_LEADER_DOTS = 2


def page_furniture(m: Mention) -> Tag | None:
    """Page numbers of a running header or footer: "3 | FLASH UPDATE No. 4 | MAY 2025",
    "Page 2 of 9"."""
    if m.cues.page_of.search(m.before):
        return "identifier"
    if not m.raw.isdigit() or len(m.raw) > 3:
        return None
    if _BETWEEN_BLANKS.search(m.before) and _BLANK_AFTER.match(m.after):
        return "identifier"  # "… As a\n\n7\n\nresult, …": a page number inside a sentence
    if m.prev2 == "." and _LEADER_END.search(m.before):  # a lone dot right before: cheap first
        if len(_LEADER_DOT.findall(m.before)) >= _LEADER_DOTS:
            return "identifier"  # "… half . of 2019 . 12 decreased …": a page number among leaders
    start = line_start(m.chunk, m.s)
    end = m.chunk.find("\n", m.e)
    line = m.chunk[start : end if end >= 0 else len(m.chunk)]
    before = m.chunk[start : m.s].strip()
    after = m.chunk[m.e : start + len(line)].strip()
    edge = (not before and after.startswith("|")) or (not after and before.endswith("|"))
    return "identifier" if edge and _TITLE_CASE.search(line) else None


def leading_zero(m: Mention) -> Tag | None:
    """ "Zone 03", "Site 007": a figure written with a leading zero is a code."""
    raw = m.raw
    return "identifier" if raw.isdigit() and len(raw) >= 2 and raw[0] == "0" else None


_RATIO_OPEN = re.compile(r"%\s*\(\s*$")  # "26% (" before "33/127)"
_RATIO_DENOMINATOR = re.compile(r"%\s*\(\s*[0-9][0-9,.]*/$")  # "26% (33/" before "127)"
_RATIO_NUMERATOR = re.compile(r"/[0-9][0-9,.]*\s*\)")
_RATIO_CLOSE = re.compile(r"\s*\)")


def _bracket_ratio(m: Mention) -> bool:
    """ "26% (33/127)": a share, then its amount and base in brackets, is no code."""
    after = m.chunk[m.e : m.e + 16]
    if _RATIO_OPEN.search(m.before) and m.nxt == "/":
        return bool(_RATIO_NUMERATOR.match(after))
    return bool(_RATIO_DENOMINATOR.search(m.before) and _RATIO_CLOSE.match(after))


def joined_code(m: Mention) -> Tag | None:
    """ "PL-016", "2024/123": a number joined to letters or digits by a hyphen or slash."""
    if m.sexed or _bracket_ratio(m):
        return None
    if m.prev in "-/" and m.prev2.isalnum():
        return "identifier"
    chunk, e = m.chunk, m.e
    # "a 74-percent increase": the hyphen joins the figure to its own percent word.
    if m.nxt in "-/" and e + 1 < len(chunk) and chunk[e + 1].isalnum() and m.q.kind != "percent":
        rest = chunk[e + 1 :].lower()
        if not (m.nxt == "-" and rest.startswith(m.cues.duration_hyphen)):
            return "identifier"
        old = m.cues.old_word
        return "age" if old and old in m.after[:14] else "duration"
    return None


def split_by_extraction(m: Mention) -> Tag | None:
    """ ", ,812" and "830 ,000": a figure split by PDF extraction."""
    prev, prev2 = m.prev, m.prev2
    if prev in "," and prev2 == " " or (prev in ",." and not prev2.isalnum() and prev2 != "$"):
        return "debris"
    return "debris" if _SPLIT_FIGURE.match(m.after) else None


def clock_time(m: Mention) -> Tag | None:
    return "time" if m.cues.time_after.match(m.after) else None


def ordinal(m: Mention) -> Tag | None:
    return "ordinal" if m.raw.isdigit() and m.cues.ordinal_after.match(m.after) else None


def identifier_cue(m: Mention) -> Tag | None:
    """ "Decree 002", "N° 010", "Km. 980": a set lookup spares most figures the cue regex."""
    word = m.last_word
    if (word in m.cues.id_words or "°" in word or "º" in word or "#" in word) and (
        m.cues.id_cue.search(m.before)
    ):
        return "identifier"
    return None


def compound_number(m: Mention) -> Tag | None:
    """ "duas mil e 720 pessoas", "3 mil 200 familias": a number written half in words, half in
    digits. Neither half is the figure (2,720): both are left alone."""
    head = m.cues.compound_head.match(m.after)
    if head or m.cues.compound_tail.search(m.before):
        return "debris"
    return None


_LAST_WEEK = 53


def period_number(m: Mention) -> Tag | None:
    """ "week 45,", "semana 45 de 2021", "Week 32": the number of a week, not a count ("this
    week 40 people died" is one: a noun follows it)."""
    if m.last_word.rstrip(")") not in m.cues.period_words or not m.raw.isdigit():
        return None
    if not 1 <= int(m.raw) <= _LAST_WEEK or not m.cues.period_cue.search(m.before):
        return None
    return "identifier" if m.cues.period_next.match(m.after) else None


def year_with_note(m: Mention) -> Tag | None:
    """ "December 20191": a year with a footnote digit glued on."""
    raw = m.raw
    if raw.isdigit() and len(raw) == 5 and raw[:2] in ("19", "20"):
        return "date" if m.cues.month_before.search(m.before) else None
    return None


def weekday_date(m: Mention) -> Tag | None:
    """ "Até o final da tarde desta quarta-feira (11), …": the day of the month in brackets."""
    if not (m.raw.isdigit() and len(m.raw) <= 2 and 1 <= int(m.raw) <= 31 and m.nxt == ")"):
        return None
    return "date" if m.cues.weekday_before.search(m.before) else None


def age_or_duration(m: Mention) -> Tag | None:
    q, c = m.q, m.cues
    if q.kind != "count" or q.scale:
        return None
    word, before, after = m.last_word, m.before, m.after
    if (word in c.age_ends and c.age_before.search(before)) or (
        c.age_after.match(after) and not c.years_not_old.match(after)
    ):
        return "age"
    if word in c.age_ends and q.value <= 120 and c.age_group_before.search(before):
        return "age"
    if c.duration_after.match(after):
        return "duration"
    if c.measure_after.match(after) or (word in c.measure_ends and c.measure_before.search(before)):
        return "measure"
    return "age" if c.age_range_after.match(after) else None


def measurement(m: Mention) -> Tag | None:
    q, c, word = m.q, m.cues, m.last_word
    cue_before = word in c.measure_ends and bool(c.measure_before.search(m.before))
    if q.kind == "plain" and (c.measure_after.match(m.after) or cue_before):
        return "measure"
    return "measure" if q.kind == "count" and q.scale and cue_before else None


def code_with_letter(m: Mention) -> Tag | None:
    """ "3G", "2x": a code, not a count."""
    q = m.q
    return "identifier" if m.nxt.isalpha() and not q.scale and q.kind != "percent" else None


def outline(m: Mention) -> Tag | None:
    """Outline numbers open a heading, a table row or a line: "2.1 CERF", "3. Protection"."""
    if m.chunk[line_start(m.chunk, m.s) : m.s].strip(" \t#|*>-"):
        return None
    q = m.q
    if q.kind == "plain" and "." in m.raw and _TITLE_AFTER.match(m.after):
        return "outline"
    return "outline" if _OUTLINE_AFTER.match(m.after) and q.kind != "percent" else None


# In order: the first test that names a tag decides.
TAGGERS: tuple[Callable[[Mention], Tag | None], ...] = (
    in_date,
    phone,
    markdown_footnote,
    glued_to_word,
    year,
    page_furniture,
    leading_zero,
    joined_code,
    split_by_extraction,
    clock_time,
    ordinal,
    identifier_cue,
    period_number,
    compound_number,
    year_with_note,
    weekday_date,
    age_or_duration,
    measurement,
    code_with_letter,
    outline,
)


def tag_of(m: Mention) -> Tag | None:
    for test in TAGGERS:
        found = test(m)
        if found is not None:
            return found
    return None
