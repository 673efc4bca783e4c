"""Text hard-wrapped as PDF exports do must give the same findings as the original."""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from pathlib import Path

import pytest

from sitecheck import check_text

from support import SAMPLES


def wrap(text: str, width: int) -> str:
    """Hard-wrap long lines at spaces, but not inside "12 450" (a French figure stays whole,
    as a no-break space keeps it in a real export)."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", "\x00", text)
    wrapped = "\n".join(
        "\n".join(textwrap.wrap(line, width)) if len(line) > width and "|" not in line else line
        for line in text.split("\n")
    )
    return wrapped.replace("\x00", " ")


@pytest.mark.parametrize("width", [50, 60, 75, 90])
@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.md")))
def test_wrapped_samples_give_the_same_findings(name: str, width: int) -> None:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    before = Counter(f.rule for f in check_text(text).findings)
    after = Counter(f.rule for f in check_text(wrap(text, width)).findings)
    assert after == before


def test_wrapped_seed_gives_the_same_findings(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    before = Counter(f.rule for f in check_text(text).findings)
    for width in (60, 80):
        assert Counter(f.rule for f in check_text(wrap(text, width)).findings) == before


def double_spaced(text: str, width: int) -> str:
    """Hard-wrap, then put a blank line between the wrapped lines of each paragraph, as a
    double-spaced PDF export gives them (not inside tables, not before list items or headings)."""
    lines = wrap(text, width).split("\n")
    out = []
    for line, nxt in zip(lines, [*lines[1:], ""], strict=True):
        out.append(line)
        joined = line.strip() and nxt.strip() and "|" not in line + nxt
        if joined and not re.match(r"\s*(?:[-*+•]|\d+[.)]|#)", nxt):
            out.append("")
    return "\n".join(out)


ARITHMETIC = {"sum-mismatch", "part-exceeds-whole", "percent-mismatch"}


def _arithmetic(text: str) -> set[str]:
    return {f"{f.rule}: {f.message}" for f in check_text(text).findings if f.rule in ARITHMETIC}


@pytest.mark.parametrize("width", [60, 75, 90])
@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.md")))
def test_double_spaced_samples_raise_no_finding_of_their_own(name: str, width: int) -> None:
    # A sentence cut by blank lines may be read less (a cut it cannot tell from a new block),
    # never as figures it does not tie together.
    text = (SAMPLES / name).read_text(encoding="utf-8")
    assert _arithmetic(double_spaced(text, width)) <= _arithmetic(text)
