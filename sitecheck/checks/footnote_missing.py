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


def check(facts: Facts) -> Iterator[Found]:
    defined = {marker_key(d.marker) for d in facts.footnotes.defs}
    for ref in facts.footnotes.refs:
        if marker_key(ref.marker) not in defined:
            yield Found(
                message=f"footnote marker “{ref.marker}” has no definition",
                span=ref.span,
                suggestion=f"add a note starting with “{ref.marker}”, or remove the marker",
            )
