"""Closed intervals of real numbers and the arithmetic the rules need.

A figure in a report stands for every value its rounding and qualifier allow ("13%" is
anything from 12.5 to 13.5). Relations between figures are evaluated on these intervals: an
equation holds when both sides can meet, so a rule only fires when no reading of the figures
is consistent (after XBRL Calculations 1.1 and statcheck).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

INF = math.inf
# Floating point noise in sums of decimals must never turn into a finding.
_EPS = 1e-9


@dataclass(frozen=True, slots=True)
class Interval:
    """The closed interval [lo, hi]; either end may be infinite."""

    lo: float
    hi: float

    def __post_init__(self) -> None:
        if self.lo > self.hi:
            raise ValueError(f"empty interval [{self.lo}, {self.hi}]")

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(value, value)

    @property
    def mid(self) -> float:
        if math.isinf(self.lo) or math.isinf(self.hi):
            return self.lo if math.isinf(self.hi) else self.hi
        return (self.lo + self.hi) / 2

    @property
    def is_point(self) -> bool:
        return self.lo == self.hi

    def _tol(self, other: Interval) -> float:
        scale = max(abs(v) for v in (self.lo, self.hi, other.lo, other.hi) if not math.isinf(v))
        return _EPS * max(1.0, scale)

    def intersects(self, other: Interval) -> bool:
        """True when some value lies in both intervals (the two figures can agree)."""
        tol = self._tol(other) if not self._all_inf(other) else 0.0
        return self.lo <= other.hi + tol and other.lo <= self.hi + tol

    def entirely_above(self, other: Interval) -> bool:
        """True when every value of self exceeds every value of other."""
        return not self.intersects(other) and self.lo > other.hi

    def _all_inf(self, other: Interval) -> bool:
        return all(math.isinf(v) for v in (self.lo, self.hi, other.lo, other.hi))

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: Interval | float) -> Interval:
        if not isinstance(other, Interval):
            other = Interval.point(float(other))
        products = [_mul(a, b) for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval | float) -> Interval:
        if not isinstance(other, Interval):
            other = Interval.point(float(other))
        if other.lo <= 0 <= other.hi:
            # Division by an interval that holds zero can be anything.
            return Interval(-INF, INF)
        return self * Interval(1 / other.hi, 1 / other.lo)

    def __str__(self) -> str:
        return f"[{_fmt(self.lo)}, {_fmt(self.hi)}]"


def _mul(a: float, b: float) -> float:
    # 0 * inf is taken as 0: a zero-width factor bounds the product.
    if a == 0 or b == 0:
        return 0.0
    return a * b


def _fmt(v: float) -> str:
    if math.isinf(v):
        return "∞" if v > 0 else "-∞"
    return f"{v:g}"


def interval_sum(parts: list[Interval]) -> Interval:
    total = Interval.point(0.0)
    for part in parts:
        total = total + part
    return total
