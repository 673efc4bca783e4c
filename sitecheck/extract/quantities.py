"""Quantities: every number mention with its kind, currency, scale, qualifier and interval.

Numbers that are not quantities (years, dates, identifiers, phone numbers, ages, durations,
footnote digits, outline numbers, measurements, PDF debris) are kept with a ``tag`` saying what
they are (``tags.py``), so that ``sitecheck extract`` shows them and rules skip them.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Literal

from sitecheck.document import Span
from sitecheck.extract.figure_cues import FigureCues, sex_mark_after
from sitecheck.extract.numbers import iter_tokens, read_number
from sitecheck.extract.tags import Mention, Tag, tag_of
from sitecheck.interval import INF, Interval

QuantityKind = Literal["count", "money", "percent", "plain"]

_GLUED_NOTE = re.compile(r"\d{1,2}(?![\w])")
_CLAUSE_END = re.compile(r"[.(,:;\n\d]")  # the noun stops at the next figure
_NOUN_WORDS = re.compile(r"[^\W\d_][\w’'-]*")
_PHONE_SHAPE = r"\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){1,4}"
_PHONE_GROUPS = r"(?<![\d,.])\d{2,4}(?:[ -]\d{3,4}){2,}(?![\d,.])"
# Both phone shapes in one pass, only over blocks with runs of three or more digit groups.
_PHONES = re.compile(f"{_PHONE_SHAPE}|{_PHONE_GROUPS}")
_PHONE_HINT = re.compile(r"\+\d|\d[ -]\d{3,4}[ -]\d")


@dataclass(slots=True)
class Quantity:
    """One number mention in the text."""

    span: Span  # the figure as written: "$427M", "13%", "1.51M", "4,235"
    text: str
    value: float
    kind: QuantityKind
    interval: Interval
    number_span: Span
    currency: str | None = None
    scale: str | None = None
    qualifier: str | None = None
    qualifier_span: Span | None = None
    tag: Tag | None = None  # what it is when it is not a quantity (see tags.py)
    decimals: int = 0
    ambiguous: bool = False
    malformed: str | None = None
    suggestions: tuple[str, ...] = ()
    noun: str = ""  # the words right after the figure, lower case
    from_words: bool = False
    is_people: bool = False  # the noun after it names people
    is_households: bool = False  # … or families and households, another unit

    @property
    def is_quantity(self) -> bool:
        return self.tag is None and self.malformed is None

    @property
    def usable(self) -> bool:
        """A figure a rule may compute with: a quantity, read without doubt."""
        return self.is_quantity and not self.ambiguous



class QuantityIndex:
    """Number mentions in text order, found by position in logarithmic time."""

    def __init__(self, numbers: list[Quantity]) -> None:
        self.numbers = numbers
        self._starts = [q.span.start for q in numbers]

    def between(self, start: int, end: int) -> list[Quantity]:
        """Mentions that lie wholly inside [start, end)."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.numbers) and self._starts[i] < end:
            if self.numbers[i].span.end <= end:
                out.append(self.numbers[i])
            i += 1
        return out


# ---------------------------------------------------------------------------------------------
# Extraction


_AROUND = 1000  # characters on each side of a figure that its tests may read
# A paragraph holds tens of figures, a table row a few dozen: a block of more (a data dump on one
# line) is read for its first ones only, so that a figure every two characters cannot make a
# 16 MB report take gigabytes (a figure is an object of about 600 bytes).
MAX_BLOCK_FIGURES = 10_000


def block_quantities(
    text: str,
    block: Span,
    cues: FigureCues,
    date_spans: list[tuple[int, int]],
    decimal_mark: str | None,
    box: bool = False,
    scale_mark: str | None = None,
) -> list[Quantity]:
    chunk = text[block.start : block.end]
    base = block.start
    phone_spans = (
        [(base + m.start(), base + m.end()) for m in _PHONES.finditer(chunk)]
        if _PHONE_HINT.search(chunk)
        else []
    )
    out: list[Quantity] = []
    whole, whole_base = chunk, base
    for s, e in iter_tokens(whole):
        if len(out) >= MAX_BLOCK_FIGURES:
            break
        # Every test reads a few dozen characters around a figure (a line at most): a window
        # keeps a block written on one enormous line from being sliced whole for each figure.
        lo = max(0, s - _AROUND) if len(whole) > 2 * _AROUND else 0
        chunk = whole[lo : e + _AROUND] if len(whole) > 2 * _AROUND else whole
        s, e, base = s - lo, e - lo, whole_base + lo
        start, end = base + s, base + e
        raw = chunk[s:e]
        sexed = sex_mark_after(chunk, s, e, cues)  # "1.488 M / 1.429 H": no million
        reading = read_number(raw, "" if sexed else chunk[e : e + 40], decimal_mark, scale_mark)
        q = Quantity(
            span=Span(start, end),
            text=raw,
            value=reading.value,
            kind="plain",
            interval=Interval.point(reading.value),
            number_span=Span(start, end),
            decimals=reading.decimals,
            ambiguous=reading.ambiguous,
            malformed=reading.malformed,
            suggestions=reading.suggestions,
        )
        _read_units(q, chunk, s, e, base, cues, box, sexed)
        # Too many digits to be a quantity: tagged, so that no rule computes with it.
        q.tag = (
            "overlong"
            if reading.overlong
            else tag_of(Mention(q, raw, chunk, s, e, cues, date_spans, phone_spans, sexed=sexed))
        )
        if q.tag is None:
            read_qualifier(q, chunk, base, cues)
            q.interval = interval_of(q, cues)
        if q.tag is not None or q.malformed:
            q.interval = Interval.point(q.value)
        q.text = text[q.span.start : q.span.end]
        out.append(q)
    return out


def _read_units(
    q: Quantity,
    chunk: str,
    s: int,
    e: int,
    base: int,
    cues: FigureCues,
    box: bool = False,
    sexed: bool = False,
) -> None:
    """Currency, scale and percent sign around the digits; widen the span to cover them (a
    letter that marks a sex, ``sexed``, is no scale: "429M" in "2,488F/429M")."""
    start, end = s, e
    head = chunk[max(0, s - 14) : s]
    tail = head.rstrip()[-1:]
    cur = cues.currency_before.search(head) if tail and tail in cues.currency_last else None
    if cur:
        q.currency = cues.currency_codes.get(" ".join(cur.group("cur").split()), "USD")
        start = s - (len(cur.group(0)))
    rest = chunk[e:]
    end = e if sexed else _read_scale(q, rest, e, cues)
    rest = chunk[end:]
    pct = cues.percent.match(rest)
    if pct and q.currency is None:
        q.kind = "percent"
        end = end + pct.end()
        rest = chunk[end:]
    else:
        after_cur = cues.currency_after.match(rest)
        if after_cur and q.currency is None:
            name = " ".join(after_cur.group("cur").split())
            q.currency = cues.currency_codes.get(name, name.upper())
            end = end + after_cur.end()
            rest = chunk[end:]
    if q.kind != "percent":
        if q.currency:
            q.kind = "money"
        elif q.value == int(q.value) or q.scale:
            q.kind = "count"
    q.span = Span(base + start, base + end)
    # In a key-figure box the next line is another caption; in prose a line break is a space.
    if q.scale and (note := _GLUED_NOTE.match(rest)):
        rest = rest[note.end() :]  # "79,5 millones5 de personas": the note is not the noun
    window = rest[:80] if box else _HYPHENATED.sub("", rest[:80]).replace("\n", " ")
    words = [w.lower() for w in _NOUN_WORDS.findall(_CLAUSE_END.split(window)[0])[:6]]
    set_noun(q, words, cues)


# A word hyphenated across a line break in prose is one word ("chil-\ndren", "pes-\nsoas"),
# also when a double-spaced PDF export set a blank line between its halves ("chil-\n\ndren").
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=[a-zà-öø-ÿ])")


def set_noun(q: Quantity, words: list[str], cues: FigureCues) -> None:
    """The words after a figure, and whether they name people or households."""
    if len(words) > 1 and cues.mended:
        words = _mend(words, cues.mended)
    q.noun = " ".join(words)
    q.is_people = any(w in cues.people for w in words[:4])
    q.is_households = any(w in cues.households for w in words[:3])


def _mend(words: list[str], mended: dict[tuple[str, str], str]) -> list[str]:
    """The words with a noun that a lost ligature split in two made whole ("bene ciaries")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        whole = mended.get((words[i], words[i + 1])) if i + 1 < len(words) else None
        out.append(whole or words[i])
        i += 2 if whole else 1
    return out


def _read_scale(q: Quantity, rest: str, e: int, cues: FigureCues) -> int:
    """Apply a scale word right after the digits; return where the figure now ends."""
    sc = cues.scale.match(rest)
    if not sc:
        return e
    word = sc.group("s")
    key = " ".join(word.lower().split())
    # "M", "K", "B" are scales; "m" alone is metres and "mm" millimetres unless money.
    if word in cues.scale_symbols:
        ok = True
    elif len(word) == 1 or key in cues.money_only_scales:
        ok = q.currency is not None
    else:
        ok = True
    if not ok or key not in cues.scale_values:
        return e
    q.scale = word
    q.value *= cues.scale_values[key]
    return e + sc.end()


def read_qualifier(q: Quantity, chunk: str, base: int, cues: FigureCues) -> None:
    """"over 80", "some 19,600", "200 or more": the qualifier and its span."""
    head_end = q.span.start - base
    window = chunk[max(0, head_end - 30) : head_end]
    words = window.split()
    last = words[-1].lower().lstrip("([\"'“¿¡") if words else ""
    # "d'environ 3 %": the elided article glued to the qualifier.
    elided = last.replace("’", "'").rsplit("'", 1)[-1]
    m = (
        cues.qualifier_before.search(window)
        if last in cues.qualifier_ends or elided in cues.qualifier_ends or last[-1:] in "~±"
        else None
    )
    if m:
        offset = max(0, head_end - 30)
        q.qualifier = re.sub(r"\s+", " ", m.group("q").lower())
        q.qualifier_span = Span(base + offset + m.start("q"), base + offset + m.end("q"))
        return
    rest = chunk[q.span.end - base :]
    a = cues.qualifier_after.match(rest)
    if a:
        q.qualifier = re.sub(r"\s+", " ", (a.group("a") or "+").lower())
        q.qualifier_span = Span(q.span.end + a.start(), q.span.end + a.end())


def _multiplier(q: Quantity, cues: FigureCues) -> float:
    return cues.scale_values.get(" ".join((q.scale or "").lower().split()), 1.0)


def _rounding_half_width(q: Quantity, cues: FigureCues) -> float:
    if q.kind == "percent" or q.scale or q.decimals:
        return 0.5 * 10.0 ** (-q.decimals) * _multiplier(q, cues)
    return 0.0


def _trailing_unit(q: Quantity, cues: FigureCues) -> float:
    """The place of the last non-zero digit: "19,600" is rounded to hundreds."""
    mult = _multiplier(q, cues)
    if q.decimals or q.kind == "percent" or q.scale:
        base_value = round(q.value / mult * 10**q.decimals)
        unit = 10.0 ** (-q.decimals)
    else:
        base_value = round(q.value)
        unit = 1.0
    while base_value and base_value % 10 == 0:
        base_value //= 10
        unit *= 10
    return unit * mult


def interval_of(q: Quantity, cues: FigureCues) -> Interval:
    """The values a figure can stand for, given its rounding and its qualifier."""
    half = _rounding_half_width(q, cues)
    lo, hi = q.value - half, q.value + half
    if q.qualifier is None:
        return Interval(lo, hi)
    bound = cues.qualifier_bounds.get(q.qualifier, "about")
    if bound == "lower":  # Bound: lower | upper | below | about
        return Interval(lo, INF)
    if bound == "upper":
        return Interval(0.0, hi)
    if bound == "below":
        return Interval(max(0.0, q.value - _trailing_unit(q, cues)), hi)
    # Approximation: the figure is rounded at its last non-zero digit.
    unit = _trailing_unit(q, cues)
    return Interval(max(0.0, min(lo, q.value - unit / 2)), max(hi, q.value + unit / 2))
