"""Fuzzing: generated Markdown and number-heavy text never makes sitecheck raise, and every
finding points inside the text. The hostile strategy adds long lines, deep nesting (lists,
quotes, brackets), huge numbers and control characters.

A quick profile runs with the suite. Before a release run the long one:
    SITECHECK_FUZZ_EXAMPLES=10000 python -m pytest tests/test_fuzz.py
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitecheck import check_text

EXAMPLES = int(os.environ.get("SITECHECK_FUZZ_EXAMPLES", "120"))

_NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=10**9).map(lambda n: f"{n:,}"),
    st.integers(min_value=0, max_value=10**9).map(lambda n: f"{n:,}".replace(",", ".")),
    st.floats(min_value=0, max_value=1000, allow_nan=False).map(lambda x: f"{x:.1f}%"),
    st.sampled_from(["1.51M", "$427M", "USD 18,9 M", "3,0000", "1’718,331", "12,34,567", "830 ,000",
                     "20191", "N° 010-2020-IN", "+51 1 234 5678", "2.1", "¹", "²", "*", "**"]),
)
_WORDS = st.sampled_from([
    "people", "of whom", "including", "out of", "(", ")", "and", "y", "Of these,", "In total,",
    "Partners:", "|", "- ", "\n", "\n\n", "# ", "> ", "per cent less than", "FUNDED:", "REQUIREMENT:",
    "funded", "On 4 September,", "Reporting period: 1–31 August 2023", "<!-- sitecheck-disable -->",
    "[link](#)", "`", "```", "de las cuales", "el resto", "the remaining", "unique", ",", ".", ":",
])
_DOCS = st.lists(st.one_of(_NUMBERS, _WORDS, st.text(max_size=8)), max_size=60).map(" ".join)

# Hostile pieces: each is small to generate, but repeated into long lines or deep structures.
_HUGE = st.one_of(
    st.integers(min_value=16, max_value=5000).map(lambda n: "9" * n),
    st.integers(min_value=100, max_value=2500).map(lambda n: "1" + ",000" * n),
    st.integers(min_value=100, max_value=500).map(lambda n: "9" * n + "." + "9" * n),
)
_CONTROL = st.lists(
    st.sampled_from([chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 127)]
                    + ["\u200b", "\u202e", "\x1b[2J", "\x1b]0;x\x07", "\r", "\u2028"]),
    min_size=1, max_size=20,
).map("".join)
_UNIT = st.sampled_from([
    "TODO ", "1,000 people of whom 500 ", "1,234 ", "(12 [", "[a](#) ", "Acme Relief | ", "* ",
    "of which ", "(", ")", "[^1] ", "| 3 ", "12% ", "XX ",
])
_LONG_LINE = st.tuples(_UNIT, st.integers(min_value=200, max_value=4000)).map(lambda t: t[0] * t[1])
_NESTED = st.tuples(
    st.sampled_from(["> ", "- ", "  - ", "(", "[", "1. "]), st.integers(min_value=20, max_value=400)
).map(lambda t: t[0] * t[1] + "120 people (of whom 30 children)")
_HOSTILE = st.lists(
    st.one_of(_NUMBERS, _WORDS, _HUGE, _CONTROL, _LONG_LINE, _NESTED), min_size=1, max_size=12
).map(" ".join)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_DOCS)
def test_generated_reports_never_raise_and_positions_are_valid(text: str) -> None:
    _positions_are_valid(text)


def _positions_are_valid(text: str) -> None:
    result = check_text(text)
    doc = result.document
    for f in result.findings:
        assert 0 <= f.span.start <= f.span.end <= len(doc.text)
        assert 1 <= f.line <= f.end_line <= doc.line_count
        assert f.column >= 1 and f.end_column >= 1
        for line, col, end_line, end_col, _ in f.related_positions:
            assert 1 <= line <= end_line <= doc.line_count and col >= 1 and end_col >= 1


@settings(max_examples=max(10, EXAMPLES // 4), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_HOSTILE)
def test_hostile_reports_never_raise_and_positions_are_valid(text: str) -> None:
    _positions_are_valid(text)
