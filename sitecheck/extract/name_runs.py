"""Where the last name of a list ends when its clause runs on with a verb: "the five districts
of Chiure, Ancuabe, Metuge and Mecufi were the most affected" ends at "Mecufi". A short
lowercase word between capitalised ones stays in the name ("Madre de Dios"). A noun after the
names ("Bau and Tadamon localities", "Takhar and Panjshir provinces") makes them qualify it:
the clause is left as it was read."""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.list_model import list_patterns
from sitecheck.lang import lexicon

_TOKEN = re.compile(r"[^\s,;:.()]+")
_PARTICLE = 3  # "de", "del", "and": at most this long inside a name


@cache
def _verbs(language: str) -> frozenset[str]:
    """The auxiliaries and copulas that may follow a list of names ("were", "have", "son")."""
    lex = lexicon(language)
    articles = {w.lower() for w in (*lex.articles, *lex.of_articles)}
    return frozenset(w.lower() for w in lex.auxiliaries) - articles


def name_end(language: str, text: str, start: int, limit: int) -> int:
    """The end of the run of capitalised words from ``start`` when a verb follows it; else
    ``limit``."""
    end, pending = -1, False
    for m in _TOKEN.finditer(text, start, limit):
        word = m.group()
        if word[:1].isupper():
            end, pending = m.end(), False
        elif end >= 0 and not pending and len(word) <= _PARTICLE and word.isalpha():
            pending = True
        else:
            return end if end >= 0 and word.lower() in _verbs(language) else limit
        if text[m.end() : m.end() + 1] in (",", ";", ":", "."):
            break
    return limit


def is_name(text: str) -> bool:
    """Whether a list item reads as a name: its first and last words capitalised."""
    return bool(w := text.split()) and w[0][:1].isupper() and w[-1][:1].isupper()


def clause_end(doc: Document, start: int, end: int) -> int:
    """Where a list of names ends: after the name that follows its last "and", at the next
    comma, semicolon or stop ("… Grand Bassa and Margibi, with a population of …")."""
    text = doc.text
    ands = list(list_patterns(doc.language).last_and.finditer(text, start, end))
    if not ands:
        return end
    after = ands[-1].end()
    stops = [i for i in (text.find(c, after, end) for c in ",;.") if i >= 0]
    return name_end(doc.language, text, after, min(stops) if stops else end)  # "…, B were"
