"""footnote-duplicate: one marker defined twice with different texts.

FAIL:
    People assisted* 16,290 … *Includes people in transit. … *Partners include embassies.

PASS:
    *Includes people in transit. … **From 01/08 to 31/08
"""

from __future__ import annotations

from collections.abc import Iterator

from sitecheck.extract.footnotes import FootnoteDef, marker_key
from sitecheck.facts import Facts
from sitecheck.findings import Found, Related


def check(facts: Facts) -> Iterator[Found]:
    first: dict[str, FootnoteDef] = {}
    for note in facts.footnotes.defs:
        key = marker_key(note.marker)
        if key not in first:
            first[key] = note
            continue
        earlier = first[key]
        if earlier.normalised_text == note.normalised_text:
            continue
        line = facts.doc.position(earlier.span.start).line
        yield Found(
            message=(
                f"footnote “{note.marker}” is defined twice with different texts "
                f"(first at line {line})"
            ),
            span=note.span,
            related=[Related(earlier.span, "first definition")],
            suggestion="give one of the notes its own marker",
        )
