"""Rule ids as users type them: comma-separated lists, and the nearest id to a mistyped one."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def split_ids(values: Iterable[str] | None) -> list[str] | None:
    """``["a,b", "c"]`` as ``["a", "b", "c"]`` (``--select a,b`` and repeated options alike)."""
    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def nearest(name: str, known: Iterable[str]) -> str | None:
    """The known id nearest to a mistyped one, when one is near enough."""
    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """`` (did you mean 'sum-mismatch'?)`` for a near id, or nothing."""
    close = nearest(name, known)
    return f" (did you mean '{close}'?)" if close else ""


def unknown_rule(name: str, known: Iterable[str]) -> str:
    """The message for an unknown rule id, with the nearest known id when there is one."""
    hint = did_you_mean(name, known)
    return f"unknown rule '{name}'" + (hint or " (see 'sitecheck rules')")
