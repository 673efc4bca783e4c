"""How one language's lexicon derives from another's, and how two lexicons are merged."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from sitecheck.lang.base import Lexicon


def derive(base: Lexicon, **changes: object) -> Lexicon:
    """A lexicon that is ``base`` except for the fields given."""
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def merge(first: Lexicon, *others: Lexicon) -> Lexicon:
    """One lexicon that knows the words of all: ``first`` wins where a mapping disagrees.

    A report in Spanish still writes "USD" and sometimes "TODO"; the report's language is merged
    with the lingua franca of the field so that both are read.
    """
    values: dict[str, object] = {}
    for f in dataclasses.fields(Lexicon):
        if f.name in ("code", "name") or f.type == "str":
            continue
        mine = getattr(first, f.name)
        for other in others:
            theirs = getattr(other, f.name)
            if isinstance(mine, Mapping):
                merged = {**theirs, **mine}
                for key, words in merged.items():  # word lists per role: the union of both
                    if isinstance(words, tuple) and key in theirs and key in mine:
                        merged[key] = tuple(dict.fromkeys((*mine[key], *theirs[key])))
                mine = merged
            else:
                mine = tuple(dict.fromkeys((*mine, *theirs)))
        values[f.name] = mine
    return dataclasses.replace(first, **values)  # type: ignore[arg-type]
