"""Inline links ``[text](target)``, with Markdown escapes inside the text understood."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitecheck.document import Document, Span

_LINK = re.compile(
    r"(?<![\\!])\[(?P<text>(?:\\.|[^\]\\]){0,300})\]\((?P<target>(?:\\.|[^()\s\\]|\([^()\s]*\))*)(?:\s+\"[^\"]*\")?\)"
)


# A backslash before punctuation is Markdown's escape: "Permit \(CPP\)" reads "Permit (CPP)".
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$|<>~])")


@dataclass(frozen=True, slots=True)
class Link:
    span: Span  # the whole link, brackets included
    text: str
    target: str


def extract_links(doc: Document) -> list[Link]:
    links: list[Link] = []
    for block in doc.blocks:
        if block.kind in ("code", "html") or "](" not in block.text:
            continue  # every link holds "](": a line of brackets is spared the regex
        base = block.span.start
        for m in _LINK.finditer(block.text):
            links.append(
                Link(
                    span=Span(base + m.start(), base + m.end()),
                    text=_ESCAPED.sub(r"\1", m.group("text")),
                    target=m.group("target"),
                )
            )
    return links
