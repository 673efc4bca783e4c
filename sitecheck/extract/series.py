"""Runs of short names inside a sentence ("in Cameroon, Chad, Niger and Mali"): lists that state
no count, read only for repeats ("Chad, Chad")."""

from __future__ import annotations

import re

from sitecheck.document import Document, Span
from sitecheck.extract.lists import ItemList, ListItem, list_item

_DIGIT = re.compile(r"\d")

_SHORT_ITEM = 4  # words: "Central African Republic", "inspección de vehículos"


def prose_series(doc: Document, found: list[ItemList]) -> list[ItemList]:
    """Runs of three or more short comma-separated names inside a sentence ("in Cameroon,
    Chad, Chad, Niger and Mali"), for repeats only: no count is stated for them."""
    taken = [lst.span for lst in found]
    out: list[ItemList] = []
    for sentence in doc.sentences:
        if sentence.block.kind not in ("paragraph", "list_item"):
            continue
        text = doc.slice(sentence.span)
        if "|" in text or text.count(",") < 2:
            continue
        run: list[ListItem] = []
        pos = sentence.span.start
        for piece in [*text.split(","), ""]:
            start, pos = pos, pos + len(piece) + 1
            item = list_item(doc, start, start + len(piece)) if piece.strip() else None
            if item is not None and _short_name(item.text):
                run.append(item)
                continue
            if len(run) >= 3 and not any(sp.start <= run[0].span.start < sp.end for sp in taken):
                out.append(ItemList("inline", run, Span(run[0].span.start, run[-1].span.end)))
            run = []
    return out


def _short_name(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _SHORT_ITEM or _DIGIT.search(text):
        return False
    return len(words) > 1 or words[0][:1].isupper()
