"""The words a restatement is read with, from the lexicon of a report's language, compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import fold
from sitecheck.lang import alternation, phrases
from sitecheck.lang.base import Lexicon


@dataclass(frozen=True, eq=False)
class Wording:
    neutral: frozenset[str]
    not_a_head: frozenset[str]  # "37,595 in Beni": a phrase that opens on these names no noun
    scale_links: frozenset[str]  # "de" in "1,2 millones de personas"
    elisions: tuple[str, ...]  # "d'" in "1,2 million d'enfants"
    fillers: frozenset[str]  # "were", "the": left out ("25,300 people were displaced")
    trailing_articles: re.Pattern[str]  # "the", "a total of" right before a figure
    of_the: re.Pattern[str]  # "Of the 1.2 million …" opening a sentence
    of_words: frozenset[str]  # "25 of the 30 districts": a share, not a noun phrase
    in_total: re.Pattern[str]  # "In total, …" opens a restatement rather than scoping it
    function_words: frozenset[str]  # "in", "the", "are": no scope in a fronted phrase
    count_subjects: frozenset[str]  # "number", "total": a subject that makes a verb a copula
    language: str = ""  # whose synonyms a noun phrase is read with (``restated_synonyms.py``)
    people: tuple[str, ...] = ()  # "people", "persons", "beneficiaries" (folded): one head noun


@cache
def wording(lex: Lexicon, language: str) -> Wording:
    articles = alternation((*lex.articles, *lex.of_articles))
    heads = (
        *lex.place_prepositions, *lex.not_a_part_leads, *lex.n_of_w, *lex.and_words,
        *lex.articles, *lex.of_the,
    )  # fmt: skip
    return Wording(
        neutral=frozenset(w.lower() for w in lex.neutral_leads),
        not_a_head=frozenset(w.lower().split()[0] for w in heads),
        scale_links=frozenset(w.lower() for w in lex.currency_links),
        elisions=tuple(w.lower() for w in lex.currency_links if w.endswith(("'", "’"))),
        fillers=frozenset(w.lower() for w in (*lex.auxiliaries, *lex.articles)),
        trailing_articles=re.compile(rf"(?:\s+(?:{articles}))+\s*$", re.I),
        of_the=relation_patterns(language).of_the,
        of_words=relation_patterns(language).of_words,
        in_total=phrases(lex.in_total),
        count_subjects=frozenset(w.lower() for w in lex.count_subjects),
        language=language,
        people=tuple(dict.fromkeys(fold(w.lower()) for w in lex.generic_people_nouns)),
        function_words=frozenset(
            word.lower()
            for phrase in (
                *heads,
                *lex.stopwords,
                *lex.of_articles,
                *lex.auxiliaries,
                *lex.neutral_leads,
                *lex.relative_pronouns,
            )
            for word in phrase.split()
        ),
    )
