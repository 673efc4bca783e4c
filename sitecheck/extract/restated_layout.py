"""Where a key line stands against the body it restates.

A key line set right after (or right before) the one paragraph it sums up, nothing between
("… at least 62,000 people have been evacuated to shelters." then "62K people evacuated"), is
that paragraph's caption: a phrase the body adds after its verb ("to shelters") describes the
same people, not a part of them, as a snapshot of one crisis per paragraph writes it. A cause
("killed by landslides", "déplacées à cause de la tempête") may still single out one of several
counts the paragraph gives: not read so.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from sitecheck.document import Block, Document, Span
from sitecheck.lang import lexicon, phrases


@cache
def _causes(language: str) -> re.Pattern[str]:
    return phrases(lexicon(language).cause_preps)


def _index(doc: Document, block: Block) -> int | None:
    """The position of a block among the document's (by its start: blocks are in text order)."""
    starts = [b.span.start for b in doc.blocks]
    i = bisect.bisect_left(starts, block.span.start)
    return i if i < len(starts) and doc.blocks[i] is block else None


def beside(doc: Document, key: Block, body: Block, phrase: Span) -> bool:
    """Whether a key line's block and a body paragraph are next to each other, the body's
    phrase naming no cause."""
    if body.kind != "paragraph" or key is body:
        return False
    if _causes(doc.language).search(doc.text, phrase.start, phrase.end):
        return False
    i, j = _index(doc, key), _index(doc, body)
    return i is not None and j is not None and abs(i - j) == 1
