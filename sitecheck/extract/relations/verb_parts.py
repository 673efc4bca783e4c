"""Parts that each open a clause of their own after a relative connector: "185,000 displaced, of
whom some 62,000 shelter in sites, 27,000 sleep in the open and 29,000 crowd into schools";
"de las cuales 62.000 se alojan …, 27.000 pernoctan … y 29.000 se amontonan …".

Each part is a bare figure whose verb follows it at once (a reflexive pronoun, or a verb form
the lexicon's endings recognise), so each is a subgroup of the whole the connector names. The
subgroups may overlap (living in sites, receiving food), so only each part against its whole is
read, never their sum.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.patterns import RelationPatterns
from sitecheck.lang import alternation, lexicon

_MAX_PARTS = 12
_MIN_VERB = 5  # a verb form told by its ending is no short word ("en", "dont")
# Between two parts: the first one's clause, then a comma or "and".
_GAP = re.compile(r"[^\d.;:()\[\]]{0,120}")


@cache
def _words(language: str) -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str]]:
    lex = lexicon(language)
    join = re.compile(rf"(?:,|\s(?:{alternation(lex.and_words)}))\s*\Z", re.I)
    return frozenset(lex.reflexives), tuple(lex.plural_verb_endings), join


def verb_led(q: Quantity, language: str) -> bool:
    """Whether a bare figure's verb follows it ("27,000 sleep", "29.000 se amontonan")."""
    if q.kind != "count" or q.is_people or q.is_households or q.scale is not None:
        return False
    reflexives, endings, _ = _words(language)
    head = q.noun.split()[:1]
    if not head:
        return False
    word = head[0]
    return word in reflexives or (len(word) >= _MIN_VERB and word.endswith(endings))


def verb_parts(
    text: str, language: str, p: RelationPatterns, after: list[Quantity]
) -> list[Quantity]:
    """The first part and the parts after it, when each opens on its verb; else []."""
    if not after or not verb_led(after[0], language):
        return []
    join = _words(language)[2]
    parts = [after[0]]
    for nxt in after[1:_MAX_PARTS]:
        gap = text[parts[-1].span.end : nxt.span.start]
        if not _GAP.fullmatch(gap) or not join.search(gap) or not verb_led(nxt, language):
            break
        parts.append(nxt)
    return parts if len(parts) > 1 else []
