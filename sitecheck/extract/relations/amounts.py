"""Figures compared as amounts of one thing: the readings of changes, differences and balances
share what makes two figures comparable and which figures of a sentence are sure amounts."""

from __future__ import annotations

from sitecheck.extract.quantities import Quantity


def same_unit(a: Quantity, b: Quantity) -> bool:
    """Counts of the same unit, or amounts of the same currency (households apart)."""
    return (a.kind, a.currency, a.is_households) == (b.kind, b.currency, b.is_households)


def sure_amounts(nums: list[Quantity]) -> list[Quantity] | None:
    """The counts and amounts of a sentence written in figures (no dates, codes or number
    words); None when one of them was read with doubt: no reading of the sentence is sure."""
    out = [q for q in nums if q.kind in ("count", "money") and not q.from_words and q.tag is None]
    return out if all(q.usable and q.value > 0 for q in out) else None
