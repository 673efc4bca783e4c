"""A share of a whole named by a place, in the whole's sentence, when a list that splits the whole
gives that place's figure:

    812 new cases were reported by 23 countries; 61% of the new cases were in the African Region.
    New cases by region:
    African Region: 498 cases
    Eastern Mediterranean Region: 162 cases …

The list is a breakdown of 812 (read by the list readers); the share names the place whose line
holds 498, so 61% is 498 of 812. The place's words must be the line's label, word for word (the
articles aside), and name one line only.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import PercentOf, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import WORD, lead
from sitecheck.lang import lexicon

_REACH = 400  # characters after the whole that its sentence may run
_END = re.compile(r"[.!?](?=\s|$)|\n")
_MAX_NAME_WORDS = 5
_LINE_REACH = 120  # a label opens the part's line


@cache
def _words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The prepositions that put a share in a place or bring it from one, and the articles."""
    lex = lexicon(language)
    preps = {w.lower() for w in (*lex.place_prepositions, *lex.source_preps) if " " not in w}
    return frozenset(preps), frozenset(w.lower() for w in lex.articles)


def named_part_shares(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    text = doc.text
    taken = {id(x.percent) for x in rel.percents}
    for b in list(rel.breakdowns):
        whole = b.total
        if whole.kind != "count" or len(b.parts) < 2 or not (b.exhaustive or b.at_most):
            continue
        end = _END.search(text, whole.span.end, whole.span.end + _REACH)
        stop = end.start() if end else whole.span.end
        for q in index.between(whole.span.end, stop):
            if q.kind != "percent" or not q.usable or id(q) in taken:
                continue
            part = _named_part(doc, whole, q, b.parts, stop)
            if part is not None:
                rel.percents.append(PercentOf(part, q, whole))
                taken.add(id(q))


def _named_part(
    doc: Document, whole: Quantity, share: Quantity, parts: list[Quantity], stop: int
) -> Quantity | None:
    """The one part whose line's label is the place the share's clause ends on."""
    text = doc.text
    p = relation_patterns(doc.language)
    preps, articles = _words(doc.language)
    noun = share.noun.split()
    # "61% of the new cases": a share of the whole's own noun.
    if not noun or noun[0] not in p.of_words or not _same_noun(noun, whole, parts, articles):
        return None
    said = [w.lower() for w in WORD.findall(text, share.span.end, stop)]
    at = max((i for i, w in enumerate(said) if w in preps), default=-1)
    name = [w for w in said[at + 1 :] if w not in articles]
    if at < 0 or not 1 <= len(name) <= _MAX_NAME_WORDS:
        return None
    found = [q for q in parts if _label(text, q, articles) == name]
    return found[0] if len(found) == 1 else None


def _same_noun(
    noun: list[str], whole: Quantity, parts: list[Quantity], articles: frozenset[str]
) -> bool:
    """ "61% of the new cases": the share counts what the lines count ("498 cases"), or, lines
    of bare figures, two words of the whole's noun ("new … cases"); not "of the new deaths"."""
    own = set(noun[1:4]) - articles
    named = {q.noun.split()[0] for q in parts if q.noun}
    if len(named) == 1:
        return bool(named & own)
    return len(own & set(whole.noun.split())) >= 2


def _label(text: str, q: Quantity, articles: frozenset[str]) -> list[str]:
    """The words before a part on its line: "African Region: 498 cases" gives african, region."""
    start = text.rfind("\n", max(0, lead(q) - _LINE_REACH), lead(q)) + 1
    if not start and lead(q) > _LINE_REACH:
        return []  # no line of its own: no label
    return [w.lower() for w in WORD.findall(text, start, lead(q)) if w.lower() not in articles]
