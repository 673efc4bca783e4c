"""``--statistics``: how many findings each rule gave, most first, instead of the findings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from sitecheck.result import Result


def render(results: Sequence[Result]) -> list[str]:
    counts = Counter((f.rule, f.severity.value) for r in results for f in r.findings)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    width = max((len(str(n)) for n in counts.values()), default=1)
    return [f"{n:>{width}}  {rule:<22} {severity}" for (rule, severity), n in ranked]


def write(results: Sequence[Result], stream: TextIO) -> None:
    stream.write("".join(line + "\n" for line in render(results)))
