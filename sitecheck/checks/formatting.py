"""How rules write figures in messages: like the report does ("$42.7M", "134.3%", "16,290" in an
English report; "USD 42,7 M", "134,3 %", "16.290" in a Spanish one). The report's notation comes
from sitecheck.notation, set by the runner around each rule."""

from __future__ import annotations

import math

from sitecheck.extract.quantities import Quantity
from sitecheck.notation import current

_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "PEN": "S/ "}


def fmt_number(value: float, decimals: int | None = None) -> str:
    if math.isinf(value):
        return "∞"
    if decimals is None:
        decimals = 0 if abs(value - round(value)) < 1e-9 else 1
    return current().number(value, decimals)


def fmt_percent(value: float) -> str:
    return current().percent(value)


def fmt_money(value: float, currency: str | None, like: Quantity | None = None) -> str:
    """Write an amount with the scale letter the report used, if any."""
    prefix = _SYMBOL.get(currency or "", f"{currency} " if currency else "")
    scales = [(1e9, "B"), (1e6, "M"), (1e3, "K")]
    if like is not None and like.scale:
        for size, letter in scales:
            if value >= size:
                digits = _short(value / size)
                return _like_text(like, digits, size) or f"{prefix}{digits}{letter}"
    return f"{prefix}{fmt_number(value)}"


def _short(value: float) -> str:
    """At most two decimals, none shown when they are zeros: 42.7, 3.18, 318."""
    text = current().number(value, 2)
    mark = current().decimal_mark
    return text.rstrip("0").rstrip(mark) if mark in text else text


def _like_text(like: Quantity, digits: str, size: float) -> str | None:
    """The figure written as ``like`` is ("USD 18,9 M" for 42.7 million: "USD 42,7 M"), when
    ``like`` is in the same scale; None otherwise."""
    start = like.number_span.start - like.span.start
    end = like.number_span.end - like.span.start
    if not 0 <= start < end <= len(like.text):
        return None
    shown = like.text[start:end].replace(current().group, "").replace(current().decimal_mark, ".")
    try:
        factor = like.value / float(shown)
    except (ValueError, ZeroDivisionError):
        return None
    if not math.isclose(factor, size, rel_tol=1e-6):
        return None
    return quoted_text(like.text[:start]) + digits + quoted_text(like.text[end:])


def quoted_text(text: str) -> str:
    return text.replace("\\$", "$")


def fmt_like(value: float, like: Quantity) -> str:
    if like.kind == "money":
        return fmt_money(value, like.currency, like)
    if like.kind == "percent":
        return fmt_percent(value)
    if like.scale:
        return fmt_money(value, None, like)
    return fmt_number(value)


def quoted(q: Quantity) -> str:
    return quoted_text(q.text)
