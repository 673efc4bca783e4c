"""Languages: one lexicon per language, a registry, and the guess of a report's language.

Every word sitecheck matches lives in a lexicon (``en.py``, ``es.py``, ``fr.py``, ``pt.py``);
the code that matches only says where a word class goes. A report is read with the lexicon of
its language merged with English, the lingua franca of the field. Adding a language is one module
here and its fixtures.
"""

from __future__ import annotations

import importlib
import re
from functools import cache

from sitecheck.lang.base import Lexicon

LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "pt")
DEFAULT = "en"


@cache
def own_lexicon(code: str) -> Lexicon:
    """The lexicon of one language as written in its module."""
    if code not in LANGUAGES:
        raise ValueError(f"unknown language '{code}' (choose from {', '.join(LANGUAGES)})")
    found: Lexicon = importlib.import_module(f"sitecheck.lang.{code}").LEXICON
    return found


UNDETERMINED = ""  # a text too short to tell: it is read with every lexicon


@cache
def lexicon(code: str = DEFAULT) -> Lexicon:
    """The lexicon a report in this language is read with: its own words and English ones;
    for a text whose language cannot be told, the words of every language."""
    from sitecheck.lang.derivation import merge

    if code == UNDETERMINED:
        return merge(*(own_lexicon(c) for c in LANGUAGES))
    own = own_lexicon(code)
    return own if code == DEFAULT else merge(own, own_lexicon(DEFAULT))


_WORD = re.compile(r"[^\W\d_]+")


@cache
def _stopwords() -> dict[str, tuple[str, ...]]:
    return {code: own_lexicon(code).stopwords for code in LANGUAGES}


def guess_language(text: str, sample: int = 20000) -> str:
    """The language whose function words are most frequent in the report's first pages, or
    UNDETERMINED when too few of them tell one language from the others."""
    counts: dict[str, int] = {}
    for word in _WORD.findall(text[:sample].lower()):
        counts[word] = counts.get(word, 0) + 1
    scores = sorted(
        ((sum(counts.get(w, 0) for w in words), code) for code, words in _stopwords().items()),
        reverse=True,
    )
    (best, code), (second, _) = scores[0], scores[1]
    return code if best > second else UNDETERMINED


def alternation(words: object, space: str = r"\s+") -> str:
    """A regex alternation of phrases, longest first; a space matches ``space``. A word class a
    lexicon leaves empty gives an alternation that matches nothing (not the empty string)."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", space) for w in items) or "(?!)"


def phrases(words: object, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Any of the phrases, as whole words: "in total" in "In total, 2,500", not in "intotal"."""
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?![\w])", flags)
