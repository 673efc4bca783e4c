"""Synonyms of a restatement: phrases a report uses interchangeably for one group or one act in
a figure's noun phrase ("people displaced", "people forced from their homes"; "IDPs",
"internally displaced persons"; "refugees and migrants", "migrants and refugees").

Each phrase of a group (``restated_synonyms`` of the lexicon) is read as the group's first, in
the folded words of a noun phrase and of the lead before a figure; everything else a
restatement needs (the same scope, lead, kind, stamp) is compared as before, so two statements
in other words pair only where two statements in the same words would. Articles, auxiliaries
and possessives are left out on both sides ("have been forced from their homes" is "forced
from homes"), and a phrase of one word is read in any form of its verb ("atendió", "atendidas").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.extract.relations.wording import fold
from sitecheck.extract.restated_near import same_stem
from sitecheck.lang import lexicon

_TOKEN = re.compile(r"[\w’'-]+")
_STEM = 5  # letters two forms of one verb share at least (as ``same_stem`` reads them)


@dataclass(frozen=True, eq=False)
class _Synonyms:
    # (folded words, the group's first phrase), longest first
    phrases: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    first: frozenset[str]  # how each phrase opens (5 letters): a phrase is tried only there
    skip: frozenset[str]  # articles, auxiliaries, possessives: no word of a phrase
    endings: frozenset[str]  # a phrase of one word is read in any of its verb's forms


@cache
def _synonyms(language: str) -> _Synonyms:
    lex = lexicon(language)
    skip = {w.lower() for w in (*lex.auxiliaries, *lex.articles, *lex.possessives)}
    skip |= {fold(w) for w in skip}
    found = []
    for group in lex.restated_synonyms:
        first = _words(group[0], skip)
        found += [(_words(phrase, skip), first) for phrase in group[1:]]
    found.sort(key=lambda p: -len(p[0]))
    opening = frozenset(p[0][0][:_STEM] for p in found if p[0])
    endings = frozenset(e.lower() for e in lex.verb_endings)
    return _Synonyms(tuple(found), opening, frozenset(skip), endings)


def _words(phrase: str, skip: set[str]) -> tuple[str, ...]:
    return tuple(fold(t) for t in _TOKEN.findall(phrase.lower()) if t not in skip)


def canonical(tokens: tuple[str, ...], language: str) -> tuple[str, ...]:
    """Folded words with each phrase of a synonym group written as the group's first phrase."""
    s = _synonyms(language)
    if not any(t[:_STEM] in s.first for t in tokens):
        return tokens  # most phrases hold none: a set test, not a walk
    out: list[str] = []  # "forced from homes" is "displaced", as a word of one verb's forms
    i = 0
    while i < len(tokens):
        for words, first in s.phrases:
            end = _match(tokens, i, words, s)
            if end:
                out += first
                i = end
                break
        else:
            out.append(tokens[i])
            i += 1
    return tuple(out)


def _match(tokens: tuple[str, ...], i: int, words: tuple[str, ...], s: _Synonyms) -> int:
    """Where a phrase that opens at ``i`` ends (0 if it does not), skipped words passed over; a
    phrase of one word in any form of its verb ("atendió", "atendidas")."""
    if len(words) == 1:
        return i + 1 if same_stem(tokens[i], words[0], s.endings) else 0
    if not words or tokens[i] != words[0]:
        return 0
    at = i + 1
    for word in words[1:]:
        while at < len(tokens) and tokens[at] in s.skip:
            at += 1
        if at >= len(tokens) or tokens[at] != word:
            return 0
        at += 1
    return at


def people_head(tokens: tuple[str, ...], people: tuple[str, ...]) -> tuple[str, ...]:
    """ "persons displaced", "individuals displaced": a generic noun of people (folded, the
    first of ``people`` standing for all) heads one phrase."""
    return (people[0], *tokens[1:]) if tokens and tokens[0] in people else tokens
