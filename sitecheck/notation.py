"""Figures computed by sitecheck, written in the report's notation: "12.280" and "17,4 %" in a
Spanish report, "12,280" and "17.4%" in an English one.

A check runs inside ``use(notation_for(mark, language))``; the formatting functions of the rules
(sitecheck.checks.formatting) read the notation from here, so that no rule passes it along. Only
the standard library is used: Babel would format per locale too, but importing it costs more than
the whole start-up budget of a Markdown check (measured in the report of issue 16), and a
report's notation is its decimal mark, its thousands separator and its percent sign.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from sitecheck.lang.notations import NOTATIONS


@dataclass(frozen=True, slots=True)
class Notation:
    decimal_mark: str = "."
    group: str = ","
    percent_space: str = ""

    def number(self, value: float, decimals: int) -> str:
        """``value`` with ``decimals`` decimals, grouped by thousands."""
        text = f"{value:,.{decimals}f}"
        if (self.decimal_mark, self.group) == (".", ","):
            return text
        return text.replace(",", "\0").replace(".", self.decimal_mark).replace("\0", self.group)

    def percent(self, value: float, decimals: int = 1) -> str:
        return f"{self.number(value, decimals)}{self.percent_space}%"


    def read(self, text: str | None) -> float | None:
        """The first figure of ``text`` written in this notation ("17,4 %": 17.4), or None."""
        if not text:
            return None
        found = _FIGURE.search(text.replace(self.group, "") if self.group else text)
        if found is None:
            return None
        digits = found.group(1).replace(",", "") if self.decimal_mark == "." else found.group(1)
        try:
            value = float(digits.replace(self.decimal_mark, "."))
        except ValueError:
            return None
        return value * _SCALES.get(found.group(2) or "", 1.0)


# A figure, and the scale letter sitecheck writes after money ("$42.7M", "USD 42,7 M").
_FIGURE = re.compile(r"(-?\d[\d.,]*\d|\d)(?:\s?([KMB])\b)?")
_SCALES = {"K": 1e3, "M": 1e6, "B": 1e9}
ENGLISH = Notation()
_CURRENT: ContextVar[Notation] = ContextVar("notation", default=ENGLISH)


def notation_for(decimal_mark: str | None, language: str | None) -> Notation:
    """The notation of a report that writes ``decimal_mark`` in ``language``."""
    mark = decimal_mark or "."
    point_group, comma_group, percent = NOTATIONS.get(language or "en", NOTATIONS["en"])
    group = point_group if mark == "." else comma_group
    return Notation(mark, group, percent)


def current() -> Notation:
    """The notation of the report being checked (English outside a check)."""
    return _CURRENT.get()


@contextmanager
def use(notation: Notation) -> Iterator[None]:
    """Write computed figures in ``notation`` while the block runs."""
    token = _CURRENT.set(notation)
    try:
        yield
    finally:
        _CURRENT.reset(token)
