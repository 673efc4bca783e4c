"""Names of organisations as lists write them: folded for comparison, UN agency aliases joined,
and the near-duplicate test that tells a typo from another organisation.

Shared by the rules (duplicate-entry, count-mismatch) and by rule packs (unique lists, roster
against a registry table), so that neither imports the other.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache


@lru_cache(maxsize=4096)
def normalise_name(text: str) -> str:
    """Case, accents, punctuation and spacing folded: "Cáritas del Perú" → "caritas del peru"."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = re.sub(r"[^\w\s]|_", " ", folded)
    return " ".join(folded.split())


def canonical(text: str) -> str:
    """The folded name, with the Spanish and English names of one UN agency made one."""
    name = normalise_name(text)
    return _aliases().get(name, name)


@cache
def _aliases() -> dict[str, str]:
    """Each name of an agency, in every language, mapped to one of them ("unhcr" for ACNUR,
    HCR and UNHCR). Groups of the lexicons that share a name are joined."""
    from sitecheck.lang import UNDETERMINED, lexicon

    groups: list[set[str]] = []
    for group in lexicon(UNDETERMINED).agency_aliases:
        names = {normalise_name(n) for n in group}
        joined = [g for g in groups if g & names]
        for g in joined:
            names |= g
            groups.remove(g)
        groups.append(names)
    return {name: min(group) for group in groups for name in group}


def near_duplicate(a: str, b: str) -> bool:
    """A typo, not another organisation: a tiny edit that changes no whole word."""
    wa, wb = a.split(), b.split()
    if min(len(a), len(b)) < 10 or len(wa) != len(wb) or wa[0] != wb[0]:
        return False
    # Words that differ must be spelled alike: "Sweden"/"Switzerland" are not a typo. Cheap
    # tests first, so that most pairs never need the edit distance.
    differing = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if any(len(x) <= 3 or abs(len(x) - len(y)) > 1 or x[0] != y[0] for x, y in differing):
        return False
    if any(c.isdigit() for x, y in differing for c in x + y):
        return False  # "Shelter 2014" / "Shelter 2015": numbered, not misspelt
    from rapidfuzz.distance import Levenshtein

    if Levenshtein.distance(a, b) > (1 if min(len(a), len(b)) < 16 else 2):
        return False
    return all(Levenshtein.distance(x, y) <= 1 for x, y in differing)
