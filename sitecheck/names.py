"""Names of organisations as lists write them: folded for comparison, UN agency aliases joined,
and the near-duplicate test that tells a typo from another organisation.

Shared by the rules (duplicate-entry, count-mismatch) and by rule packs (unique lists, roster
against a registry table), so that neither imports the other.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Spanish and English names of the same agencies.
_ALIASES = [
    {"acnur", "unhcr"},
    {"oim", "iom"},
    {"pma", "wfp"},
    {"oit", "ilo"},
    {"pnud", "undp"},
    {"acnudh", "ohchr"},
    {"ficr", "ifrc"},
    {"cicr", "icrc"},
    {"onusida", "unaids"},
    {"ops oms", "paho who"},
    {"ops", "paho"},
    {"onu mujeres", "un women"},
    {"unicef", "fondo de las naciones unidas para la infancia"},
    {"fao", "organizacion de las naciones unidas para la alimentacion y la agricultura"},
    {"oms", "who"},
    {"unesco"},
    {"unfpa"},
    {"ocha"},
]
_CANON = {name: min(group) for group in _ALIASES for name in group}


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
    return _CANON.get(name, name)


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
    from rapidfuzz.distance import Levenshtein

    if Levenshtein.distance(a, b) > (1 if min(len(a), len(b)) < 16 else 2):
        return False
    return all(Levenshtein.distance(x, y) <= 1 for x, y in differing)
