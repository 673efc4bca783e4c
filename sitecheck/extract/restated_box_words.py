"""The words a key line's restatement is read with (``restated_box.py``), from the lexicon of a
report's language, compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import fold
from sitecheck.extract.restated_near import same_stem
from sitecheck.lang import lexicon, phrases

_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, eq=False)
class BoxWords:
    people: frozenset[str]  # folded
    groups: frozenset[str]  # folded
    function: frozenset[str]  # words that name nothing ("in", "of", "the")
    joins: re.Pattern[str]  # "and": a coordinate clause starts after it
    endings: frozenset[str]
    months: frozenset[str]
    of_words: frozenset[str]  # "of": "mt of food" names what a unit measures
    places: frozenset[str]  # "in", "across": a place or an extent follows
    channels: tuple[str, ...]  # "through", "via": one channel of the caption's whole follows
    deaths: frozenset[str]  # "dead", "killed": one verb for a count of deaths
    ands: frozenset[str]  # "and"
    numbers: frozenset[str]  # "six": a figure in words


@cache
def box_words(language: str) -> BoxWords:
    lex = lexicon(language)
    function = {
        w.lower()
        for p in (*lex.narrowing_words, *lex.articles, *lex.of_articles, *lex.auxiliaries)
        for w in p.split()
    }
    return BoxWords(
        people=frozenset(fold(w.lower()) for w in lex.generic_people_nouns),
        groups=frozenset(fold(w.lower()) for w in lex.highlight_nouns),
        function=frozenset(function | {fold(w) for w in function}),
        joins=phrases(tuple(w for w in lex.and_words if _LETTER.search(w))),
        endings=frozenset(e.lower() for e in lex.verb_endings),
        months=frozenset(m.lower() for m in (*lex.months, *lex.month_abbreviations)),
        of_words=relation_patterns(language).of_words,
        places=frozenset(fold(p.lower()) for p in (*lex.place_prepositions, *lex.extent_leads)),
        channels=tuple(f"{fold(p.lower())} " for p in lex.source_preps),
        deaths=frozenset(fold(d.lower()) for d in (*lex.death_nouns, *lex.death_verbs)),
        ands=frozenset(fold(a.lower()) for a in lex.and_words if _LETTER.search(a)),
        numbers=frozenset(fold(n.lower()) for n in lex.number_words),
    )


def same_noun(a: str, b: str, w: BoxWords) -> bool:
    return same_stem(a, b) or (a in w.people and b in w.people)


def same_verb(a: str, b: str, w: BoxWords) -> bool:
    """One verb, or two words of death ("19 people dead", "19 people had been killed")."""
    return same_stem(a, b, w.endings) or (a in w.deaths and b in w.deaths)
