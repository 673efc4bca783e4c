"""A figure alone in brackets after a comparison is the level compared, not a whole: "reached
184,210 people, 21% more than in 2022 (152,240), of whom 96,380 women" breaks down the 184,210,
never the 152,240 right before the connector ("más que en 2022 (152.240), de los cuales",
"frente al año anterior (152.240), dos quais")."""

from __future__ import annotations

import re
from functools import cache

from sitecheck.extract.quantities import Quantity
from sitecheck.lang import alternation, lexicon

# Words between the comparison and the bracket: "than in 2022", "que el mismo mes de 2022".
_PERIOD = r"(?:[\s,]+(?:[^\W\d_][\w'’-]*|(?:19|20)\d\d)){0,6}"


@cache
def _compared(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    ways = alternation(tuple(lex.change_words))
    links = alternation(lex.change_links)
    cues = alternation(lex.change_cues)
    return re.compile(
        rf"(?<![\w])(?:(?:{ways})\s+(?:{links})|{cues})(?![\w]){_PERIOD}\s*\(\s*$", re.I
    )


def compared_level(text: str, language: str, q: Quantity) -> bool:
    """Whether a figure stands alone in brackets right after a comparison and its period."""
    close = text[q.span.end : q.span.end + 3].lstrip()
    if not close.startswith(")") or "(" not in text[max(0, q.span.start - 3) : q.span.start]:
        return False  # cheap exit: the figure is not alone in its brackets
    return bool(_compared(language).search(text, max(0, q.span.start - 80), q.span.start))
