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
from sitecheck.lang import lexicon
from sitecheck.lang.messages import say


def check(facts: Facts) -> Iterator[Found]:
    lex = lexicon(facts.doc.language)
    empty = {w.lower() for w in lex.link_placeholders}
    for link in facts.links:
        target = link.target.strip().strip("<>")
        if target.lower() in empty:
            yield Found(
                message=say("link.target", text=link.text, target=target)
                if target
                else say("link.nothing", text=link.text),
                span=link.span,
                suggestion=say("link.help"),
            )
