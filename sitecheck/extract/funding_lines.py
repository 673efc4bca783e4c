"""Key-figure lines that put each caption after its figure: "Funding: $120M required, $30M
received, 25% funded", "FUNDING US$ 80M required | US$ 20M received | 25% funded".

Read the other way (each caption before its figure), the head word would caption the first
amount as funds received and "required" the second: a requirement four times what was received
would read as received four times the requirement.
"""

from __future__ import annotations

import re

from sitecheck.extract.funding_prose import FundingPatterns
from sitecheck.extract.quantities import Quantity

_LETTER = re.compile(r"[^\W\d_]")
# " required, " between two figures: the caption of the figure before, then a separator.
_TRAILING = re.compile(r"\s*[^\W\d_][^\d,;:()|]*[,;|]\s*")
# "Funding ($)", "FUNDING (US$):": the head word alone, with its currency in brackets perhaps.
CAPTION_MARKS = re.compile(r"\([^()\d]{0,8}\)|[\s:|–-]+")  # "| Funding " between cells too


def trailing(text: str, on_line: list[Quantity], end: int) -> bool:
    """ "Funding: $120M required, $30M received, 25% funded": each caption after its figure,
    up to a comma (or a bar), the line's head caption aside."""
    gaps = [text[a.span.end : b.span.start] for a, b in zip(on_line, on_line[1:], strict=False)]
    return (
        len(on_line) > 1
        and all(_TRAILING.fullmatch(g) for g in gaps)
        and bool(_LETTER.search(text[on_line[-1].span.end : end]))
    )


def headed(text: str, on_line: list[Quantity], start: int, end: int, p: FundingPatterns) -> bool:
    """ "FUNDING US$ 80M required US$ 20M received 25% funded": the head word alone before the
    first figure, and a role's caption after every figure up to the next one (or the line's
    end)."""
    if len(on_line) < 2:
        return False
    if not p.head.fullmatch(CAPTION_MARKS.sub("", text[start : on_line[0].span.start])):
        return False
    stops = [q.span.start for q in on_line[1:]] + [end]
    return all(
        any(rx.search(text, q.span.end, stop) for rx in p.labels.values())
        for q, stop in zip(on_line, stops, strict=True)
    )
