"""footnote-unused: a footnote definition whose marker appears nowhere in the text.

FAIL:
    Partners work in 18 regions. … ¹ Amazonas, Ancash and Tumbes.

PASS:
    Partners work in three regions¹. … ¹ Amazonas, Ancash and Tumbes.
"""

from __future__ import annotations

from collections.abc import Iterator

from sitecheck.extract.footnotes import marker_key
from sitecheck.facts import Facts
from sitecheck.findings import Found
from sitecheck.lang.messages import say


def check(facts: Facts) -> Iterator[Found]:
    used = {marker_key(r.marker) for r in facts.footnotes.refs}
    for note in facts.footnotes.defs:
        if marker_key(note.marker) not in used:
            preview = note.text if len(note.text) <= 40 else note.text[:39] + "…"
            yield Found(
                message=say("note.unused", marker=note.marker, preview=preview),
                span=note.span,
                suggestion=say("note.unused.help", marker=note.marker),
                # A line opening on "*" is as often a credit, a "read also" link or a disclaimer
                # as a note: a suspicion, not a defect.
                tentative=set(note.marker) == {"*"},
            )
