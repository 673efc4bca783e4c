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

from array import array
from collections.abc import Iterator
from typing import Any

from sitecheck.facts import Facts
from sitecheck.findings import Found, Related
from sitecheck.lang.messages import say
from sitecheck.names import canonical, near_duplicate, normalise_name

OPTIONS: dict[str, Any] = {"near_duplicates": True, "aliases": {}}


def check(
    facts: Facts, near_duplicates: bool = True, aliases: dict[str, str] | None = None
) -> Iterator[Found]:
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
                how = "" if same else say("dup.same_org", earlier=earlier.text)
                yield Found(
                    message=say("dup.twice", item=item.text, how=how),
                    span=item.span,
                    related=[Related(earlier.span, say("label.first_listed"))],
                    suggestion=say("dup.help", item=item.text),
                )
            else:
                first_seen[key] = k
        if not near_duplicates:
            continue
        # Near-duplicates share their first word (see near_duplicate): compare within those groups.
        by_first: dict[str, list[tuple[str, int]]] = {}
        for key, pos in first_seen.items():
            by_first.setdefault(key.split()[0], []).append((key, pos))
        big = any(len(group) > MAX_GROUP for group in by_first.values())
        flagged: set[int] = set()
        for (a_key, a_pos), (b_key, b_pos) in _pairs(by_first):
            if big and b_pos in flagged:
                continue  # in a huge list, one finding per name is enough
            if near_duplicate(a_key, b_key):
                flagged.add(b_pos)
                a, b = items[a_pos], items[b_pos]
                yield Found(
                    tentative=True,
                    message=say("dup.near", item=b.text, earlier=a.text),
                    span=b.span,
                    related=[Related(a.span, say("label.similar"))],
                )


# Every pair of a group is compared up to this size (a roster has a few hundred names). A larger
# group, such as thousands of "Partner Organisation N", is compared in sorted order with its
# nearest names only, so that the pairs stay linear in the list.
MAX_GROUP = 500
NEIGHBOURS = 10


def _pairs(
    by_first: dict[str, list[tuple[str, int]]],
) -> Iterator[tuple[tuple[str, int], tuple[str, int]]]:
    """(earlier, later) pairs of names to compare, by the later name's place in the list, made
    one name at a time (a roster of 150,000 names has 1.5 million pairs: never held at once).
    Each name's group and rank are kept in two arrays indexed by its place (a tuple a name
    weighed some hundred bytes)."""
    groups = list(by_first.values())
    places = 1 + max((pos for group in groups for _key, pos in group), default=-1)
    group_of, rank_of = array("l", [-1]) * places, array("l", [0]) * places
    for g, group in enumerate(groups):
        if len(group) > MAX_GROUP:
            groups[g] = group = sorted(group)
        for n, (_key, pos) in enumerate(group):
            group_of[pos] = g
            rank_of[pos] = n if len(group) <= MAX_GROUP else -1 - n
    for pos in range(places):
        if group_of[pos] < 0:
            continue
        group, rank = groups[group_of[pos]], rank_of[pos]
        if rank >= 0:  # a small group, in list order: every earlier name
            for a in group[:rank]:
                yield a, group[rank]
            continue
        i = -1 - rank  # a large group, sorted: the nearest names placed earlier in the list
        for a in group[max(0, i - NEIGHBOURS) : i + NEIGHBOURS + 1]:
            if a[1] < pos:
                yield a, group[i]
