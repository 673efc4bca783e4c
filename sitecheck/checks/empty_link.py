"""empty-link: a link with no real target: ``[text](#)``, ``[text]()``, ``[text](TODO)``.

FAIL:
    The Executive [requested](#) special powers.

PASS:
    Source: [Financial Tracking System](https://fts.unocha.org)
"""

from __future__ import annotations

from collections.abc import Iterator

from sitecheck.facts import Facts
from sitecheck.findings import Found

_EMPTY = {
    "",
    "#",
    "todo",
    "tbd",
    "url",
    "link",
    "http://",
    "https://",
    "insert-link",
    "xxx",
    "about:blank",
    "javascript:void(0)",
    "enlace",
}


def check(facts: Facts) -> Iterator[Found]:
    for link in facts.links:
        target = link.target.strip().strip("<>")
        if target.lower() in _EMPTY:
            shown = target or "nothing"
            yield Found(
                message=f"link “{link.text}” points to {shown}",
                span=link.span,
                suggestion="add the address, or remove the link",
            )
