"""Cheap tests that spare a pass over every line of a report its reading when what it needs is
absent."""

from __future__ import annotations

from collections.abc import Iterable

from sitecheck.document import Document


def mentions(doc: Document, words: Iterable[str]) -> bool:
    """Whether one of the words occurs in the lines of ``doc`` (any case, anywhere in a word).
    It may say yes too often, never no wrongly. A substring test of the lowered text: a
    case-blind pattern of many words took up to a second on a 2 MB roster."""
    low = doc.lowered
    # Lowering changes the length of a rare letter ("İ"): then offsets differ, read it all.
    lo, hi = doc.extent if len(low) == len(doc.text) else (0, len(low))
    return any(low.find(w.lower(), lo, hi) >= 0 for w in words)
