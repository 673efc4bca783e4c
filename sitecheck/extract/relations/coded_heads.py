"""A two-level list flattened into lines, a label then its figure, where the heads are places
written with their region's code and the items under each head are not:

    Belém (PA)
    392
    Shelter North
    41
    Shelter South
    351

or one pair a line ("Belém (PA): 392" / "Shelter North: 41").
Each head's figure is the sum of the items' figures up to the next head. The code in brackets
("(PA)", capitals only) is what tells a head from an item: no word of any language is read.
Taken only when every line of the run is a label of a few words without digits or a line that
is one count, the run opens on a head, a head has at least two items, and another head of the
run is exactly the sum of its own items (bare figures under a head may measure other things:
"Shelters open", "Beds available"); a total's label ends the run.
"""

from __future__ import annotations

import math
import re

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import Breakdown
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import DIGIT, WORD

_LINE = re.compile(r"^[^\n]*", re.M)
# A place and its region's code: "Goiânia (GO)". Capitals only: "(gerido por …)" is no code.
_CODE = re.compile(r"[^\W\d_][^()\n]*\(\s*[A-Z]{2,3}\s*\)\s*")
_MAX_LABEL_WORDS = 10
_BULLET = re.compile(r"^[\s•●▪·◦*+–-]*")
_LINK = re.compile(r"[\s:–-]*$")  # between a label and its figure on one line

_Pair = tuple[bool, Quantity]  # (is a head, its figure)


def coded_heads(doc: Document, index: QuantityIndex) -> list[Breakdown]:
    out: list[Breakdown] = []
    for run in _runs(doc, index):
        if not run or not run[0][0]:
            continue
        heads = [i for i, (head, _q) in enumerate(run) if head]
        groups = []
        for k, i in enumerate(heads):
            end = heads[k + 1] if k + 1 < len(heads) else len(run)
            groups.append((run[i][1], [q for _h, q in run[i + 1 : end]]))
        # Bare figures under a head may measure other things ("Shelters open", "Beds"): the
        # layout is read as heads and their parts only when another head of the run is
        # exactly the sum of its own items.
        adds_up = [
            bool(items) and math.isclose(head.value, sum(q.value for q in items))
            for head, items in groups
        ]
        for g, (head, items) in enumerate(groups):
            if len(items) >= 2 and any(a for h, a in enumerate(adds_up) if h != g):
                out.append(Breakdown(head, items, "labels"))
    return out


def _runs(doc: Document, index: QuantityIndex) -> list[list[_Pair]]:
    """Runs of (label line, figure line) pairs, in text order."""
    p = relation_patterns(doc.language)
    text = doc.text
    lines = [m for m in _LINE.finditer(text, *doc.extent) if m.group(0).strip()]
    runs: list[list[_Pair]] = [[]]
    i = 0
    while i < len(lines):
        # "Belém (PA): 392" on one line, or "Belém (PA)" then "392" on the next.
        label, q = _inline(text, index, lines[i])
        step = 1
        if q is None:
            label = _BULLET.sub("", lines[i].group(0)).strip()
            q = _figure(text, index, lines[i + 1]) if i + 1 < len(lines) else None
            step = 2
        if (
            q is None
            or DIGIT.search(label)
            or p.in_total.match(label)
            or not 1 <= len(WORD.findall(label)) <= _MAX_LABEL_WORDS
        ):
            runs.append([])
            i += 1
            continue
        runs[-1].append((bool(_CODE.fullmatch(label)), q))
        i += step
    return runs


def _inline(text: str, index: QuantityIndex, line: re.Match[str]) -> tuple[str, Quantity | None]:
    """A label, then a colon or a dash perhaps, then the one plain count that ends the line."""
    figs = index.between(line.start(), line.end())
    if len(figs) != 1 or text[figs[0].span.end : line.end()].strip():
        return "", None
    q = figs[0]
    head = _BULLET.sub("", text[line.start() : q.span.start])
    label = _LINK.sub("", head).strip()
    return (label, q) if label and _plain(q) else ("", None)


def _plain(q: Quantity) -> bool:
    return q.usable and q.kind == "count" and not (q.currency or q.scale or q.qualifier)


def _figure(text: str, index: QuantityIndex, line: re.Match[str]) -> Quantity | None:
    """The one plain count a line is made of, if it is that."""
    figs = index.between(line.start(), line.end())
    if len(figs) != 1:
        return None
    q = figs[0]
    if not _plain(q):
        return None
    bare = text[line.start() : line.end()].strip() == text[q.span.start : q.span.end]
    return q if bare else None
