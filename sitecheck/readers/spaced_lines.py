"""Lines of one paragraph that a double-spaced PDF export set apart with blank lines, told by
their measure: a line that runs to the full width of the lines around it was wrapped there, so
its sentence goes on in the next paragraph whatever opens it ("… 1,280 refugees registered by 14
/ (blank) / March, bringing the total …", "… reached an estimated 6 448 / (blank) / AWD cases").

A line is full when it is of prose length and as long as the longest lines near it (the lines
of the blocks around it, at least one other of them as long: a paragraph's measure, not one long
caption among short ones). A line that closes a sentence or a clause ends there; a heading, a
line in capitals, and two key-figure lines ("4,500 people reached …" above "27 partners …")
stand apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitecheck.document import Block
from sitecheck.line_units import left_open

_MIN_PROSE_LINE = 30  # a narrow column of a two-column page
_FULL = 0.8  # of the longest line near it
_NEAR = 4  # blocks either side whose lines give the measure
_CLOSED = re.compile(r"[.!?:;…]['\"”’)\]*]*[ \t]*$")
_LOWER_WORDS = re.compile(r"(?<![\w'’-])[a-zà-öø-ÿ]{2,}")
_LIST_COMMA = re.compile(r",(?!\d)")  # not a thousands separator
_WORDS = re.compile(r"[^\W\d_]{2,}")
_FIGURE = r"[ \t]*(?:[A-Z]{0,3}\$|[€£])?[ \t]?\d(?:[\d.,\u00a0\u202f ]*\d)?[ \t]?%?[ \t]+"
_KEY_LINE = re.compile(_FIGURE + r"[^\W\d_]")  # "27 partners served …"


def measures(blocks: Sequence[Block]) -> list[int]:
    """For each block, the longest line of the blocks near it when two lines at least reach
    that measure (a paragraph's), else 0."""
    lengths = [[len(ln.rstrip()) for ln in b.text.split("\n")] for b in blocks]
    out = []
    for i in range(len(blocks)):
        near = [n for ls in lengths[max(0, i - _NEAR) : i + _NEAR + 1] for n in ls]
        width = max(near, default=0)
        full = sum(1 for n in near if n >= _FULL * width)
        out.append(width if full >= 2 and width >= _MIN_PROSE_LINE else 0)
    return out


def runs_on(last_line: str, text: str, width: int) -> bool:
    """Whether ``last_line`` (a paragraph's last) fills the measure ``width`` and its sentence
    goes on in ``text``, the next paragraph."""
    line = last_line.strip()
    if not width or len(line) < max(_MIN_PROSE_LINE, _FULL * width) or _CLOSED.search(line):
        return False
    lower = len(_LOWER_WORDS.findall(line))
    # "… Kanzala (15), Kitangwa": a list of names, not a heading.
    listed = bool(_LIST_COMMA.search(line)) or left_open(line)
    if not listed and (lower < 2 or lower < 0.4 * len(_WORDS.findall(line))):
        return False  # a heading, in capitals or title case
    first = text.split("\n", 1)[0].strip()
    if not any(c.islower() for c in first):
        return False  # "KEY FIGURES", "2,400": a heading or a figure of its own
    # Key-figure captions end on no comma or function word: "… 22% men, / (blank) / 26% boys".
    return left_open(line) or not (_KEY_LINE.match(line) and _KEY_LINE.match(first))
