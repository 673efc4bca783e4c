"""Shares whose groups follow a copula: "58 % des déplacés sont des femmes et 42 % des hommes",
"58% of the displaced are women and 42% men".

Two shares each followed by "of …" are usually shares of two wholes ("49% of men and 88% of
women"); but when the first one's "of" names no group (the whole: "des déplacés") and its
clause goes on with a copula and a group ("sont des femmes"), the "des" of the next share is an
article, and the shares split one whole by group. ``shares.py`` then checks the groups close.
"""

from __future__ import annotations

from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import WORD
from sitecheck.lang import lexicon


@cache
def _words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    p = relation_patterns(language)
    groups = frozenset().union(*p.complements, *p.complete_groups)
    return frozenset(w.lower() for w in lexicon(language).list_copulas), groups


def _plain(word: str) -> str:
    return word.lower().replace("’", "'").split("'")[-1]  # "d'hommes" is "hommes"


def copula_groups(doc: Document, run: list[Quantity]) -> bool:
    """Whether the first share's "of" names the whole, not a group, a copula then a group
    follow it before the next share, and each next share names its group right after it."""
    if len(run) < 2:
        return False
    text = doc.text
    m = relation_patterns(doc.language).n_of_w.match(text, run[0].span.end)
    if m is None:
        return False
    copulas, groups = _words(doc.language)
    words = [_plain(w) for w in WORD.findall(text, m.end(), run[1].span.start)]
    if not words or words[0] in groups:
        return False  # "49% of men and …": a share of a group, its own whole
    at = next((i for i, w in enumerate(words) if w in copulas), None)
    if at is None or not any(w in groups for w in words[at + 1 :]):
        return False
    return all(_group_next(doc, q, groups) for q in run[1:])


def _group_next(doc: Document, q: Quantity, groups: frozenset[str]) -> bool:
    """ "42 % des hommes": the next share names its group right after it (an article at most),
    not a whole of its own ("30 % des ménages sont dirigés par des hommes")."""
    m = relation_patterns(doc.language).n_of_w.match(doc.text, q.span.end)
    word = WORD.search(doc.text, m.end() if m else q.span.end)
    return word is not None and _plain(word.group()) in groups
