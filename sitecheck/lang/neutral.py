"""What every language shares: currency signs and codes, unit symbols, scale letters."""

from __future__ import annotations

from sitecheck.lang.base import Lexicon

_CODES = ("USD", "EUR", "GBP", "MXN", "COP", "PEN", "CLP", "BRL", "ARS", "CAD", "CHF")

NEUTRAL = Lexicon(
    code="neutral",
    name="signs and codes",
    currency_prefixes={
        **{c: c for c in _CODES},
        "US$": "USD", "US $": "USD", "USD$": "USD", "USD $": "USD", "U$S": "USD", "$": "USD",
        "\\$": "USD", "€": "EUR", "£": "GBP", "R$": "BRL", "S/": "PEN", "S/.": "PEN",
        "₱": "PHP", "PHP": "PHP", "₹": "INR", "INR": "INR", "₦": "NGN", "NGN": "NGN", "¥": "JPY",
        "JPY": "JPY", "SDG": "SDG", "ETB": "ETB", "KES": "KES", "XOF": "XOF", "XAF": "XAF",
        "HTG": "HTG",
    },
    currency_suffixes={
        c: c for c in ("USD", "EUR", "PEN", "MXN", "COP", "CLP", "BRL", "CHF", "GBP")
    },
    # Single letters are scales only in the cases the figure reader allows ("$5M", "12K").
    scale_words={"K": 1e3, "k": 1e3, "M": 1e6, "B": 1e9, "MM": 1e6},
    scale_symbols=("M", "K", "B", "k", "MM"),
    ligatures=("ffi", "ffl", "ff", "fi", "fl", "ft", "ti", "tt"),
    money_only_scales=("mm",),  # millimetres unless money; "MM" is a scale symbol
    link_placeholders=(
        "", "#", "http://", "https://", "about:blank", "javascript:void(0)", "xxx", "url",
    ),  # fmt: skip
    true_words=("1", "x"),
    false_words=("0",),
    table_empty=("-", "–", "—", "--", "..", "...", "…", "n/a", "N/A", "n.a.", "NA", "x", "*"),
    table_scales={
        "'000": 1e3, "’000": 1e3, "000s": 1e3, "(000)": 1e3, "M": 1e6, "MM": 1e6, "K": 1e3,
        "k": 1e3,
    },  # fmt: skip
    measure_units=(
        "km", "km2", "m", "m2", "m²", "m3", "m³", "cm", "mm", "kg", "MT", "mt", "t", "g", "l", "L",
        "lt", "lts", "ml", "ha", "°C", "ºC", "°", "º", "kWh", "MW", "kW", "Mbps", "GB", "MB", "mph",
        "km/h", "kcal", "hz",
    ),  # fmt: skip
)
