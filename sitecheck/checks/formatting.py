"""How rules write figures in messages: like the report does ("$42.7M", "134.3%", "16,290")."""

from __future__ import annotations

import math

from sitecheck.extract.quantities import Quantity

_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "PEN": "S/ "}


def fmt_number(value: float, decimals: int | None = None) -> str:
    if math.isinf(value):
        return "∞"
    if decimals is None:
        decimals = 0 if abs(value - round(value)) < 1e-9 else 1
    return f"{value:,.{decimals}f}"


def fmt_percent(value: float) -> str:
    return f"{value:,.1f}%"


def fmt_money(value: float, currency: str | None, like: Quantity | None = None) -> str:
    """Write an amount with the scale letter the report used, if any."""
    prefix = _SYMBOL.get(currency or "", f"{currency} " if currency else "")
    scales = [(1e9, "B"), (1e6, "M"), (1e3, "K")]
    if like is not None and like.scale:
        for size, letter in scales:
            if value >= size:
                digits = f"{value / size:,.2f}".rstrip("0").rstrip(".")
                return f"{prefix}{digits}{letter}"
    return f"{prefix}{fmt_number(value)}"


def fmt_like(value: float, like: Quantity) -> str:
    if like.kind == "money":
        return fmt_money(value, like.currency, like)
    if like.kind == "percent":
        return fmt_percent(value)
    if like.scale:
        return fmt_money(value, None, like)
    return fmt_number(value)


def quoted(q: Quantity) -> str:
    return q.text.replace("\\$", "$")
