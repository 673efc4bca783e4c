"""duplicate-entry: the same item twice in one list.

Names are compared after folding case, accents, punctuation and spaces ("Cáritas del Perú" =
"Caritas del Peru"), and the Spanish and English names of one UN agency count as one
(ACNUR/UNHCR, OIM/IOM). A near-duplicate (a likely typo, "Save the Children" / "Save the
Chidren") is a separate, lower-severity finding. Different organisations that merely look alike
("Cáritas Chiclayo" / "Cáritas Madre de Dios", "Embassy of Sweden" / "Embassy of Switzerland") are
not duplicates.

FAIL:
    Partners: IDL | INPET | INPPARES | IDL
    Partners: ACNUR | OIM | UNHCR

PASS:
    Partners: Cáritas Chiclayo | Cáritas del Perú | Cáritas Madre de Dios
    Partners: Embassy of Sweden | Embassy of Switzerland | OIM | OIT

Options (in a rule pack's ``overrides``):
    near_duplicates: true     report likely misspelt repeats (info)
    aliases: {}               more names of one organisation, e.g. {"Unión Europea": "ECHO"}
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from sitecheck.checks import RuleInfo
from sitecheck.facts import Facts
from sitecheck.findings import Finding, Related, Severity

RULE = RuleInfo("duplicate-entry", Severity.WARNING, "the same item listed twice")
OPTIONS: dict[str, Any] = {"near_duplicates": True, "aliases": {}}

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
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = re.sub(r"[^\w\s]|_", " ", folded)
    return " ".join(folded.split())


def canonical(text: str) -> str:
    name = normalise_name(text)
    return _CANON.get(name, name)


def _near(a: str, b: str) -> bool:
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


def check(
    facts: Facts, near_duplicates: bool = True, aliases: dict[str, str] | None = None
) -> Iterator[Finding]:
    extra = {normalise_name(a): canonical(b) for a, b in (aliases or {}).items()}
    for lst in facts.lists:
        items = [i for i in lst.items if len(i.text.split()) <= 10]
        first_seen: dict[str, int] = {}
        for k, item in enumerate(items):
            key = canonical(item.text)
            key = extra.get(normalise_name(item.text), key)
            if not key:
                continue
            if key in first_seen:
                earlier = items[first_seen[key]]
                same = normalise_name(earlier.text) == normalise_name(item.text)
                how = "" if same else f" (same organisation as “{earlier.text}”)"
                yield Finding(
                    rule=RULE.id,
                    severity=RULE.severity,
                    message=f"“{item.text}” is listed twice in this list{how}",
                    span=item.span,
                    related=[Related(earlier.span, "first listed here")],
                    suggestion=f"remove the second “{item.text}”",
                )
            else:
                first_seen[key] = k
        if not near_duplicates:
            continue
        # Near-duplicates share their first word (see _near): compare within those groups only.
        by_first: dict[str, list[tuple[str, int]]] = {}
        for key, pos in first_seen.items():
            by_first.setdefault(key.split()[0], []).append((key, pos))
        pairs = [
            (a, b)
            for group in by_first.values()
            for n, a in enumerate(group)
            for b in group[n + 1 :]
        ]
        for (a_key, a_pos), (b_key, b_pos) in sorted(pairs, key=lambda ab: ab[1][1]):
            if _near(a_key, b_key):
                a, b = items[a_pos], items[b_pos]
                yield Finding(
                    rule=RULE.id,
                    severity=Severity.INFO,
                    message=f"“{b.text}” looks like a misspelt repeat of “{a.text}”",
                    span=b.span,
                    related=[Related(a.span, "similar item")],
                )
