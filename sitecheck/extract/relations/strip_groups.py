"""A strip of key figures, one figure a line (or its caption stacked under it), that counts
people and then the groups that make them up, or the groups and then the people:

    485K people reached
    204K children reached
    171K women
    109K men

The whole's caption opens on a noun of people of no group ("people", "personas"); the captions
next to it each name groups of people, and together they name groups that make up a whole
(women and men; women, men and children; girls and boys), each group once. A group caption says
nothing the whole's caption does not ("reached" under "people reached"). Groups may overlap (a
girl among the children and the women) but leave no one out: their figures cannot add up to
less than everyone named… nor, counted once, more. Read one way, as PDF strips are terse: the
groups together are at most the whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from os.path import commonprefix

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.gates import mentions
from sitecheck.extract.relations.item_runs import words as item_words
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.strip_places import strip_runs
from sitecheck.extract.relations.wording import WORD
from sitecheck.lang import lexicon

_MIN_PARTS = 2
_MIN_STEM = 4  # letters two forms of one word share ("alcanzados", "alcanzadas")


@dataclass(frozen=True)
class _Groups:
    generic: frozenset[str]  # "people", "personas"
    wholes: tuple[frozenset[str], ...]  # sets of groups that make up everyone
    named: frozenset[str]  # every group of those sets
    ands: frozenset[str]


@cache
def _groups(language: str) -> _Groups:
    lex = lexicon(language)
    people = {w.lower() for w in (*lex.people_nouns, *lex.highlight_nouns)}
    wholes = tuple(g for g in (*lex.complements, *lex.complete_groups) if g <= people)
    return _Groups(
        generic=frozenset(w.lower() for w in lex.generic_people_nouns),
        wholes=wholes,
        named=frozenset(w for g in wholes for w in g),
        ands=frozenset(w.lower() for w in lex.and_words),
    )


def strip_groups(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    g = _groups(doc.language)
    if not g.wholes or not mentions(doc, g.generic):
        return
    taken = {id(b.total) for b in rel.breakdowns}
    for units in strip_runs(doc, index):
        read = [_read(doc.language, g, q, said) for q, said in units]
        for i, (q, (noun, rest)) in enumerate(zip((u[0] for u in units), read, strict=True)):
            if noun not in g.generic or id(q) in taken:
                continue
            parts = _parts(g, q, rest, units[i + 1 :], read[i + 1 :])
            if len(parts) < _MIN_PARTS:
                # "… 109K men / 485K people reached": the groups before their whole
                parts = _parts(g, q, rest, units[:i][::-1], read[:i][::-1])
            if len(parts) >= _MIN_PARTS:
                rel.breakdowns.append(Breakdown(q, parts, "labels", exhaustive=False, at_most=True))
                taken.add(id(q))


def _read(language: str, g: _Groups, q: Quantity, said: str) -> tuple[str, list[str]]:
    """The caption's first word and its other words; no noun when it counts services ("with
    food"), or what people lack. A measure ("reached") is left to the comparison of words."""
    words = [w.lower() for w in WORD.findall(said)]
    w = item_words(language)
    if not words or set(words) & (w.services | w.without) or q.is_households:
        return "", []
    return words[0], [w for w in words[1:] if w not in g.ands]


def _parts(
    g: _Groups,
    whole: Quantity,
    rest: list[str],
    units: list[tuple[Quantity, str]],
    read: list[tuple[str, list[str]]],
) -> list[Quantity]:
    """The units next to the whole whose captions name groups of its people, until they make
    up a whole set, each group once."""
    named: set[str] = set()
    parts: list[Quantity] = []
    for (q, _), (noun, others) in zip(units, read, strict=True):
        said = [noun, *others]
        groups = [w for w in said if w in g.named]
        extra = [w for w in said if w not in g.named]
        if not groups or named & set(groups) or q.kind != whole.kind:
            return []
        if not all(any(_alike(w, r) for r in rest) for w in extra):
            return []  # "171K women in need" under "485K people reached"
        named.update(groups)
        parts.append(q)
        if frozenset(named) in g.wholes:
            return parts
    return []


def _alike(a: str, b: str) -> bool:
    """One word in two forms ("alcanzados", "alcanzadas")."""
    n = len(commonprefix((a, b)))
    return a == b or (n >= _MIN_STEM and n >= max(len(a), len(b)) - 2)
