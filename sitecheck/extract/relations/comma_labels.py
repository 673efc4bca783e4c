"""Items after a colon that each give a name, a comma, then the name's figure, the items split
by semicolons: "distributed as follows: Alba, 5,100; Brisa, 4,300; Cora, 3,000".

The comma inside an item links a name to its figure; only semicolons part the items, so the
list is read item by item on them when no other reading of its commas fits.
"""

from __future__ import annotations

import re

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.item_runs import plain_label, words
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import WORD, lead

_MAX_LABEL_WORDS = 3
# A name, then a comma and the figure: "Alba, " or "Alto Paraná, ".
_LABEL = re.compile(r"\s*[^\W\d_][^\d,;:()]*,\s*")
_TAIL = re.compile(r"[\s.]*")


def comma_labelled(doc: Document, parts: list[Quantity], colon: int, end: int) -> bool:
    """Whether each semicolon-parted item after the colon is a short name, a comma, and one
    of the parts, with nothing after it."""
    text = doc.text
    if ";" not in text[colon:end]:
        return False
    p = relation_patterns(doc.language)
    w = words(doc.language)
    bounds, pos = [], colon + 1
    for m in re.finditer(";", text[colon + 1 : end]):
        bounds.append((pos, colon + 1 + m.start()))
        pos = colon + 1 + m.end()
    bounds.append((pos, end))
    if len(bounds) != len(parts):
        return False
    for (s, e), q in zip(bounds, parts, strict=True):
        if not (s <= lead(q) and q.span.end <= e) or not _TAIL.fullmatch(text, q.span.end, e):
            return False
        label = _LABEL.fullmatch(text, s, lead(q))
        if label is None or len(WORD.findall(label.group(0))) > _MAX_LABEL_WORDS:
            return False
        if not plain_label(label.group(0), [], p, w):
            return False  # "Target, 6,000; reached, 4,800": measures, not parts
    return True
