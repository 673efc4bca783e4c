"""A sentence's figures found by position in logarithmic time.

Relations look at the figures just before or after a word or a bracket. Scanning every figure of
the sentence each time was quadratic: a report written as one line of thousands of "of whom"
clauses or brackets took minutes. Wording relates figures within a clause or two, so the figures
looked back at are the last ``KEEP`` only, a bound no sentence of a real report comes near.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.wording import lead

KEEP = 50


class Positions:
    """Figures in text order, with their ends and leads ("some 4,100": the qualifier's start)."""

    def __init__(self, figs: list[Quantity]) -> None:
        self.figs = figs
        self.starts = [q.span.start for q in figs]
        self.ends = [q.span.end for q in figs]
        self.leads = [lead(q) for q in figs]
        # Figures never overlap, so starts and ends are sorted; a qualifier could reach back
        # past the figure before. Each is checked: an unsorted one is scanned instead.
        self.ordered = self.starts == sorted(self.starts) and self.ends == sorted(self.ends)
        self.leads_ordered = self.leads == sorted(self.leads)

    def end_index(self, pos: int) -> int:
        """How many figures end by ``pos``."""
        if self.ordered:
            return bisect.bisect_right(self.ends, pos)
        return sum(1 for e in self.ends if e <= pos)

    def before(self, pos: int, keep: int = KEEP) -> list[Quantity]:
        """The last ``keep`` figures that end by ``pos``, in text order."""
        if not self.ordered:
            return [q for q in self.figs if q.span.end <= pos][-keep:]
        i = self.end_index(pos)
        return self.figs[max(0, i - keep) : i]

    def last_before(
        self, pos: int, test: Callable[[Quantity], bool], count: int, keep: int = KEEP
    ) -> list[Quantity]:
        """The last ``count`` figures ending by ``pos`` that pass ``test``, looking back at most
        ``keep`` figures."""
        found = [q for q in reversed(self.before(pos, keep)) if test(q)][:count]
        return found[::-1]

    def first_after(self, pos: int) -> int:
        """The index of the first figure that starts (qualifier included) at ``pos`` or later."""
        if not self.leads_ordered:
            return next((i for i, p in enumerate(self.leads) if p >= pos), len(self.figs))
        return bisect.bisect_left(self.leads, pos)

    def inside(self, open_: int, close: int) -> list[Quantity]:
        """The figures that start after ``open_`` and end by ``close``."""
        if not self.ordered:
            return [q for q in self.figs if open_ < q.span.start and q.span.end <= close]
        i = bisect.bisect_right(self.starts, open_)
        j = bisect.bisect_right(self.ends, close)
        return self.figs[i:j] if j > i else []
