"""footnote-missing: a footnote marker used in the text with no definition.

Markers: ``*``, ``**``, ``†``, superscripts (¹²³), ``[^1]``, and digits glued to words ("origin.1")
where the report defines numbered notes. Bold and italics are never markers.

FAIL:
    People assisted directly** 16,290

PASS:
    People assisted directly* … *Includes people in transit.
    The **Executive Branch** asked Congress for powers.
"""

from __future__ import annotations

from collections.abc import Iterator

from sitecheck.extract.footnotes import marker_key
from sitecheck.facts import Facts
from sitecheck.findings import Found
from sitecheck.lang.messages import say


def check(facts: Facts) -> Iterator[Found]:
    defined = {marker_key(d.marker) for d in facts.footnotes.defs}
    cut = stops_early(facts.doc.text)
    for ref in facts.footnotes.refs:
        if marker_key(ref.marker) not in defined:
            yield Found(
                message=say("note.missing", marker=ref.marker),
                span=ref.span,
                suggestion=say("note.missing.help", marker=ref.marker),
                tentative=cut or _ends_a_title(facts, ref.span.end, ref.marker),
            )


def stops_early(text: str) -> bool:
    """A text cut off before its notes: it ends mid-sentence or mid-word, as a page copied in
    part or a PDF extraction that stopped does."""
    tail = text.rstrip()
    return bool(tail) and tail[-1].isalnum() and len(tail.rsplit("\n", 1)[-1].split()) > 6


def _ends_a_title(facts: Facts, end: int, marker: str) -> bool:
    """An asterisk that ends a heading, a list item or a short line ("Flash Update No. 3*"):
    as often part of a document's title as a marker."""
    if set(marker) != {"*"}:
        return False
    text = facts.doc.text
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end >= 0 else len(text)]
    if rest.strip(" :"):
        return False
    sentence = facts.doc.sentence_at(end - 1)
    return sentence is not None and sentence.block.kind in ("heading", "list_item", "table_row")
