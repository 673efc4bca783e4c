"""Fuzzing: generated Markdown and number-heavy text never makes sitecheck raise, and every
finding points inside the text.

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


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_DOCS)
def test_generated_reports_never_raise_and_positions_are_valid(text: str) -> None:
    result = check_text(text)
    doc = result.document
    for f in result.findings:
        assert 0 <= f.span.start <= f.span.end <= len(doc.text)
        assert 1 <= f.line <= f.end_line <= doc.line_count
        assert f.column >= 1 and f.end_column >= 1
        for line, col, end_line, end_col, _ in f.related_positions:
            assert 1 <= line <= end_line <= doc.line_count and col >= 1 and end_col >= 1
