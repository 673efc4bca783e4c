"""A key-figure strip stacked one figure a line, each figure's caption on the line under it, the
last caption the total word alone:

    23
    Landslides
    61
    Floods
    84
    Total

The captions above the total are its parts. The caption must be the total word and nothing
else: "Total population" under a box of people in need and people targeted is another
quantity. A figure alone under the total word is the total's own (each label stands over its
figure: ``stacked_totals``), and nothing is read here. Nothing says the parts cannot overlap,
so the total is checked one way (not above their sum) unless the head says it is split ("by
province"), an item is the others, or the captions name groups that cannot overlap.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import Breakdown
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import WORD, partition_total, period_words
from sitecheck.lang import alternation, lexicon, phrases

_LINE = re.compile(r"^[^\n]*", re.M)
_DIGIT = re.compile(r"\d")
_MAX_CAPTION_WORDS = 6
_MIN_PARTS = 2


@cache
def _bare_total(language: str) -> re.Pattern[str]:
    return re.compile(rf"\W*(?:{alternation(lexicon(language).in_total)})\W*", re.I)


def caption_totals(doc: Document, index: QuantityIndex) -> list[Breakdown]:
    text = doc.text
    if not phrases(lexicon(doc.language).in_total).search(text, *doc.extent):
        return []  # no total word in the report: nothing to read (rosters leave here)
    bare = _bare_total(doc.language)
    p = relation_patterns(doc.language)
    lines = [m for m in _LINE.finditer(text, *doc.extent) if m.group(0).strip()]
    out: list[Breakdown] = []
    pairs: list[tuple[Quantity, str]] = []
    head = ""
    i = 0
    while i + 1 < len(lines):
        figure = _alone(index, lines[i])
        caption = lines[i + 1].group(0).strip()
        if figure is None or _DIGIT.search(caption) or not WORD.search(caption):
            pairs, i = [], i + 1
            continue
        if bare.fullmatch(caption):
            # A figure alone under "Total" is its own: the labels stand over their figures.
            below = i + 2 < len(lines) and _alone(index, lines[i + 2]) is not None
            if (
                len(pairs) >= _MIN_PARTS
                and not below
                and not _restates(pairs, figure, head, doc.language)
            ):
                labels = [c for _, c in pairs]
                parts = [q for q, _ in pairs]
                if all(q.kind == figure.kind and q.currency == figure.currency for q in parts):
                    out.append(partition_total(p, figure, parts, labels, head, by_unit=False))
            pairs = []
        elif len(WORD.findall(caption)) <= _MAX_CAPTION_WORDS:
            if not pairs:
                head = lines[i - 1].group(0) if i else ""
            pairs.append((figure, caption))
        else:
            pairs = []
        i += 2
    return out


def _restates(pairs: list[tuple[Quantity, str]], total: Quantity, head: str, lang: str) -> bool:
    """A total equal to one caption's figure restates it; a head that names only some ("The
    main hazards") leaves the rest out of the strip; captions of periods ("This week") may fall
    short of a running total."""
    return (
        any(q.value == total.value for q, _ in pairs)
        or _selection(lang).search(head) is not None
        or any(period_words(lang).search(c) for _, c in pairs)
    )


@cache
def _selection(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    return phrases((*lex.table_selection, *lex.partial_words))


def _alone(index: QuantityIndex, line: re.Match[str]) -> Quantity | None:
    """The figure that is all of its line, a plain count or amount."""
    figs = list(index.between(line.start(), line.end()))
    if len(figs) != 1:
        return None
    q = figs[0]
    if not q.usable or q.tag is not None or q.from_words or line.group(0).strip() != q.text:
        return None
    return q
