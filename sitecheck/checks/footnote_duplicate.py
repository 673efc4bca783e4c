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
from sitecheck.lang.messages import say


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
            message=say("note.twice", marker=note.marker, line=line),
            span=note.span,
            related=[Related(earlier.span, say("label.first_definition"))],
            suggestion=say("note.twice.help"),
        )
