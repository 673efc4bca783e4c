"""Two shapes of the items after a colon that colon_parts reads when its segments do not
match the figures one to one: items that each open on their figure, whatever clause follows
it; and items that each give a name, a comma, then the name's figure, the items parted by
semicolons ("distributed as follows: Alba, 5,100; Brisa, 4,300; Cora, 3,000"), where the comma
inside an item links a name to its figure.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.item_runs import plain_label, words
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import WORD, lead
from sitecheck.lang import alternation, lexicon

_MAX_LABEL_WORDS = 3
_MAX_CLAUSE_WORDS = 20  # between two figure-led items
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


def figure_led(doc: Document, parts: list[Quantity], colon: int, end: int) -> bool:
    """ "74,903 individuals remain displaced: 70,118 individuals who left after 21 October and
    are still away, and 4,785 who left before": each part opens its item, whatever clause
    follows it; the items are told apart by the separator right before each part."""
    text = doc.text
    split = relation_patterns(doc.language).segment_split
    if text[colon + 1 : lead(parts[0])].strip():
        return False
    if split.search(text, parts[-1].span.end, end):
        return False  # "…, dos en Yoro y una en Colón": an item whose figure was not read
    for a, b in zip(parts, parts[1:], strict=False):
        gap = text[a.span.end : lead(b)]
        if any(c in gap for c in ":()") or len(WORD.findall(gap)) > _MAX_CLAUSE_WORDS:
            return False
        if not any(m.end() == len(gap) for m in split.finditer(gap)) and not _glued_and(gap, doc):
            return False
    return True


def _glued_and(gap: str, doc: Document) -> bool:
    """ "… 29 en Hidalgo y95 en Estado de México": a PDF lost the space after "and"."""
    tokens = gap.split()
    return bool(tokens) and gap[-1].isalpha() and tokens[-1] in relation_patterns(doc.language).ands


@cache
def _as_of(language: str) -> re.Pattern[str]:
    """ "by the end of May", "as of 3 June": a count up to a date."""
    lex = lexicon(language)
    months = alternation((*lex.months, *lex.month_abbreviations))
    return re.compile(
        rf"(?<!\w)(?:{alternation(lex.as_of_leads)})\s+(?:[^\W\d_]+\s+){{0,3}}?(?:\d{{1,2}}\s+)?"
        rf"(?:{months})(?!\w)",
        re.IGNORECASE,
    )


def dated(doc: Document, start: int, end: int) -> bool:
    """Whether the items are counts up to two dates or more ("6,200 by the end of May and
    8,300 by the end of June"): running totals, the later holding the earlier, no parts of one
    stock. Those who fled in May and those who fled in June are parts."""
    return len(_as_of(doc.language).findall(doc.text, start, end)) >= 2
