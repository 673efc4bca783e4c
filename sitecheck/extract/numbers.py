"""Number tokens: digits with their grouping and decimal marks, read per token from context.

Reports mix conventions, sometimes in one sentence ("62.2% male and 37,4% female"), so each token is
read on its own: a separator followed by three digits groups thousands unless a "%" or a scale
(M, million, mil…) follows; one or two digits after it make a decimal. A per-document guess of the
decimal mark only marks the truly ambiguous tokens ("1,234" in a comma-decimal report) as such.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from sitecheck.lang import UNDETERMINED, alternation, lexicon

# Digits with separators that may group or split them. Spaces group only "1 234"-style thousands.
TOKEN_RE = re.compile(r"(?<![0-9])[0-9]+(?:[.,’'][0-9]+|[ \u00a0\u202f][0-9]{3}(?![0-9]))*")
_NON_DIGIT = re.compile(r"[^0-9]")
_SPACE_CHARS = " \u00a0\u202f"
_GROUP_ONLY = "’'" + _SPACE_CHARS
_PART = re.compile(f"[^{_SPACE_CHARS}]+")  # a piece of a space-grouped digit run


@cache
def _scale_or_percent() -> re.Pattern[str]:
    """What follows a figure and makes a separator before three digits a decimal mark: a scale
    or a percent, in any language (the decimal mark is read before the language is known)."""
    lex = lexicon(UNDETERMINED)
    symbols = alternation(w for w in lex.scale_words if w.isupper() or len(w) == 2)
    words = alternation(w for w in lex.scale_words if not (w.isupper() or len(w) <= 2))
    percent = alternation(lex.percent_words, r"\s?")
    return re.compile(
        rf"(?:[ \u00a0\u202f]?(?:(?:{symbols})\b|%)|\s?(?i:(?:{words})(?![^\W\d_])|{percent}))"
    )


def _scaled_or_percent(after: str) -> bool:
    return bool(_scale_or_percent().match(after))


@dataclass(frozen=True, slots=True)
class NumberReading:
    """How a digit string reads: its value, decimals shown, and what is doubtful about it."""

    value: float
    decimals: int
    decimal_mark: str | None  # the mark used as decimal point, if any
    ambiguous: bool = False  # "1,234" where the report also writes "," as a decimal mark
    malformed: str | None = None  # why no locale writes it this way: a key of the messages
    suggestions: tuple[str, ...] = ()
    overlong: bool = False  # more digits than any quantity has: not read at all


# A quantity has at most 15 significant digits; 24 leaves room for long exact integers. Past it
# a digit run is a code or debris, and reading it would overflow a float (309 digits) or pass
# Python's limit on converting digits to an integer (4,300).
MAX_DIGITS = 24


def iter_tokens(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every digit run, with space grouping cut where it is not thousands;
    yielded one by one, so that a reader may stop early (a line of "8 8 8 …" is one match of
    millions of figures, never split into a list)."""
    for m in TOKEN_RE.finditer(text):
        start, end = m.span()
        raw = m.group(0)
        if any(c in raw for c in _SPACE_CHARS):
            # "2023 150" is two numbers; "1 234 567" is one.
            parts = (m.group(0) for m in _PART.finditer(raw))
            head = next(parts)
            first = re.split(r"[.,’']", head)
            # Inside a run of numbers ("87 70 157", a flattened table) single spaces separate
            # figures; a column seam of two spaces or more ("1,0  1 240  100,0") does not.
            in_run = re.search(r"[0-9][ \t]$", text[max(0, start - 12) : start]) or re.match(
                r"[ \t][0-9]", text[end : end + 3]
            )
            if (
                in_run
                or len(first) != 1
                or len(first[0]) > 3
                or any(len(p) != 3 for p in _parts_after(raw))
            ):
                for part in _PART.finditer(raw):
                    yield start + part.start(), start + part.end()
                continue
        yield start, end


def _parts_after(raw: str) -> Iterator[str]:
    parts = (m.group(0) for m in _PART.finditer(raw))
    next(parts)
    return parts


def read_number(
    raw: str, after: str = "", decimal_mark: str | None = None, scale_mark: str | None = None
) -> NumberReading:
    """Read a digit string; ``after`` is the text that follows it (for "%" and scales);
    ``scale_mark``, the report's mark as far as told, reads "8.300 millones"."""
    if sum(c.isdigit() for c in raw) > MAX_DIGITS:
        return NumberReading(0.0, 0, None, overlong=True)
    groups = _NON_DIGIT.split(raw)
    seps = [c for c in raw if not c.isdigit()]
    if not seps:
        return NumberReading(float(int(raw)), 0, None)
    punct = [c for c in seps if c in ",."]
    distinct = list(dict.fromkeys(punct))
    scaled_or_pct = _scaled_or_percent(after)

    if len(distinct) == 2:
        dec = punct[-1]
        if punct.count(dec) > 1 or punct.index(dec) != len(punct) - 1:
            return _malformed(raw, "mixed")
        if not _valid_grouping(groups[:-1]):
            return _malformed(raw, "groups")
        return _decimal(groups[:-1], groups[-1], dec)

    if not distinct:  # only apostrophes or spaces: pure grouping
        if not _valid_grouping(groups):
            return _malformed(raw, "groups")
        return NumberReading(float(int("".join(groups))), 0, None)

    mark = distinct[0]
    if len(punct) >= 2:
        if _valid_grouping(groups) or (mark == "," and _lakh_grouping(groups)):
            # "5,48,210": South Asian reports group lakhs and crores in twos.
            return NumberReading(float(int("".join(groups))), 0, None)
        if _glued_digit(groups):
            # "6,104,5271": a footnote digit glued on by PDF extraction (see below).
            return NumberReading(float(int("".join(groups)[:-1])), 0, None, ambiguous=True)
        if mark == "." and (
            all(len(g) <= 2 for g in groups[1:]) or (len(groups) == 3 and len(groups[1]) <= 2)
        ):
            # "2.1.3" is an outline or version number, "12.2.215" a date with a typo: not a
            # malformed figure, and no quantity either.
            return NumberReading(float(groups[0]), 0, None, ambiguous=True)
        return _malformed(raw, "groups")

    head, tail = "".join(groups[:-1]), groups[-1]
    lead_zero = groups[-2] == "0" if len(groups) >= 2 else False
    if len(tail) == 3 and not lead_zero:
        # "1.515M" is a decimal, but "2.400 millones" in a comma-decimal report is 2,400 million.
        if scaled_or_pct and mark == (decimal_mark or scale_mark or mark):
            return _decimal(groups[:-1], tail, mark)
        # An apostrophe or space already groups thousands: the mark groups them too.
        ambiguous = decimal_mark == mark and not any(c in _GROUP_ONLY for c in seps)
        return NumberReading(float(int(head + tail)), 0, None, ambiguous=ambiguous)
    if _glued_digit(groups):
        # "286,4151": a figure with a footnote digit glued on by PDF extraction. Doubtful, so
        # no rule computes with it, but not certainly malformed either.
        return NumberReading(float(int(head + tail[:3])), 0, None, ambiguous=True)
    if len(tail) >= 4 and mark == "," and not lead_zero:
        return _malformed(raw, "long")
    if any(c in _GROUP_ONLY for c in seps) and not _valid_grouping(groups[:-1]):
        return _malformed(raw, "groups")
    return _decimal(groups[:-1], tail, mark)


def _glued_digit(groups: list[str]) -> bool:
    """ "286,4151", "6,104,5271": well-formed thousands and one more digit (not a zero), as a
    footnote marker glued on by PDF extraction leaves them."""
    last = groups[-1]
    return len(last) == 4 and last[-1] != "0" and _valid_grouping([*groups[:-1], last[:3]])


def _lakh_grouping(groups: list[str]) -> bool:
    """ "5,48,210", "1,20,00,000": thousands, then pairs (lakhs, crores)."""
    return (
        len(groups) >= 3
        and 1 <= len(groups[0]) <= 2
        and all(len(g) == 2 for g in groups[1:-1])
        and len(groups[-1]) == 3
    )


def _valid_grouping(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _decimal(int_groups: list[str], frac: str, mark: str) -> NumberReading:
    value = float(f"{int(''.join(int_groups))}.{frac}")
    return NumberReading(value, len(frac), mark)


def _malformed(raw: str, why: str) -> NumberReading:
    digits = _NON_DIGIT.sub("", raw)
    suggestions: list[str] = []
    value = float(int(digits)) if digits else 0.0
    # Likely intended readings: the digits regrouped, and the figure without a stray digit.
    regrouped = f"{int(digits):,}" if digits else raw
    if regrouped != raw:
        suggestions.append(regrouped)
    if digits.endswith("0") and len(digits) > 1:
        trimmed = f"{int(digits[:-1]):,}"
        if trimmed not in suggestions:
            suggestions.append(trimmed)
    return NumberReading(value, 0, None, malformed=why, suggestions=tuple(suggestions))


# A figure grouped with "," and the words after it, up to the end of its clause.
_GROUPED_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d]|[.,]\d)([^.(,:;\n\d]{0,60})")


def groups_with_comma(text: str, people: frozenset[str], scales: frozenset[str]) -> bool:
    """ "198,460 migrantes": a count of people cannot be 198.46, so a report that writes one
    groups thousands with "," however it writes its decimals ("7,7%"), and its other "15,210"
    are whole numbers too."""
    for m in _GROUPED_FIGURE.finditer(text):
        words = m.group(1).lower().split()[:4]
        if words and words[0] not in scales and any(w in people for w in words):
            return True
    return False


_EVIDENCE_RE = re.compile(r"(?<![0-9.,])[0-9]{1,3}([.,])[0-9]{1,2}(?![0-9])")


def guess_decimal_mark(text: str, default: str = ".") -> str:
    """The decimal mark most of the report's unambiguous decimals use; ``default`` (the mark of
    the report's language) when none tells, "." on a tie."""
    votes: Counter[str] = Counter()
    for m in _EVIDENCE_RE.finditer(text):
        after = text[m.end() : m.end() + 14]
        if _scaled_or_percent(after):
            votes[m.group(1)] += 1
    for m in re.finditer(r"[0-9]([.,])[0-9]{3}([.,])[0-9]{3}(?![0-9])", text):
        if m.group(1) == m.group(2):
            votes["." if m.group(1) == "," else ","] += (
                1  # the grouping mark is not the decimal one
            )
    if not votes:
        return default
    if votes[","] > votes["."]:
        return ","
    return "."
