"""placeholder-text: unfinished draft text left in the report.

TODO, TBD, TBC, XX or XXX where a figure belongs, "[insert …]", bracketed template instructions
("[Summary 3] In five lines maximum…"), lorem ipsum, "{{name}}".

FAIL:
    Partners reached XX people in Tumbes.
    [Summary 3] In five lines maximum, describe the response.

PASS:
    The XXI Ibero-American Summit met in Lima.
    Partners reached 1,200 people in Tumbes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from sitecheck.document import Span
from sitecheck.facts import Facts
from sitecheck.findings import Found

_PATTERNS = [
    (
        re.compile(r"\b(?:TODO|TBD|TBC|FIXME|PENDIENTE POR DEFINIR|POR DEFINIR)\b"),
        "draft marker",
        ("todo", "tbd", "tbc", "fixme", "definir"),
    ),
    (
        # "XX people", "USD XX", "XX%"; not the Roman numeral of "the XX Summit".
        re.compile(
            r"(?<![\w.,])(?:(?:\$\s?|USD\s?)X{2,3}(?:,X{3})*|X{2,3}(?:,X{3})*"
            r"(?:%|\s?[MK]\b|(?=\s+[a-záéíóúñ])|(?=\s*[.,;:)]|\s*$)))(?![\w])"
        ),
        "a figure left as XX",
        ("xx",),
    ),
    (
        re.compile(r"\[(?:insert|insertar|add|agregar|fill in|completar)\b[^\]\n]*\]", re.I),
        "an insertion placeholder",
        ("[",),
    ),
    (
        re.compile(
            r"\[(?:summary|title|headline|resumen|t[ií]tulo|subtitle|date|fecha|name|nombre|figure"
            r"|cifra|section|secci[oó]n|text|texto|placeholder|describe|include)\b[^\]\n]{0,40}\]"
            r"(?!\()",
            re.I,
        ),
        "a template instruction",
        ("[",),
    ),
    (
        re.compile(
            r"\b(?:in|en) (?:\w+ )?(?:lines?|words?|l[ií]neas|palabras) (?:maximum|max\.?|"
            r"m[aá]ximo)\b",
            re.I,
        ),
        "a template instruction",
        ("maxim", "máxim", "max."),
    ),
    (re.compile(r"\blorem ipsum\b", re.I), "lorem ipsum", ("lorem",)),
    (
        re.compile(r"\{\{[^{}\n]{1,40}\}\}|<(?:insert|add)[^<>\n]{0,40}>", re.I),
        "a template field",
        ("{{", "<insert", "<add"),
    ),
]


def check(facts: Facts) -> Iterator[Found]:
    doc = facts.doc
    blocks = [b for b in doc.blocks if b.kind not in ("code", "html")]
    starts = [b.span.start for b in blocks]
    found: list[tuple[int, int, str]] = []
    if not blocks:
        return
    lo, hi = blocks[0].span.start, blocks[-1].span.end  # a piece of a large report: its range
    low = doc.text[lo:hi].lower()
    for rx, what, guards in _PATTERNS:
        if not any(g in low for g in guards):
            continue  # a plain substring test spares the text a regex scan
        for m in rx.finditer(doc.text, lo, hi):
            s, e = m.span()
            i = bisect.bisect_right(starts, s) - 1
            if i < 0 or e > blocks[i].span.end:
                continue  # in a code block, a comment, or across blocks
            if not any(s < fe and fs < e for fs, fe, _ in found):
                found.append((s, e, what))
    found.sort()
    merged: list[tuple[int, int, str]] = []
    for s, e, what in found:
        # "[Summary 3] In five lines maximum": one piece of template, one finding.
        if merged and s >= merged[-1][1] and not doc.text[merged[-1][1] : s].strip(" ,.;:"):
            merged[-1] = (merged[-1][0], e, merged[-1][2])
        else:
            merged.append((s, e, what))
    for s, e, what in merged:
        shown = doc.text[s:e]
        yield Found(
            message=f"“{shown}” looks like {what} left in the draft",
            span=Span(s, e),
            suggestion="replace it with the final text before publishing",
        )
