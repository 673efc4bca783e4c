"""Amounts in brackets after the names they go to or come from, after an amount of the same
currency: "received US$12.4 million from ECHO (US$5.1 million), CERF (US$4.3 million) and Japan
(US$3.0 million)", "the $9M appeal covers health ($4M), WASH ($3M) and shelter ($2M)".

parentheses.label_series reads bare counts in brackets; an amount in brackets right after an
amount is mostly the same money in another currency, so amounts are read here, and only after
a name. The names may leave some sources out: the amounts can only fall short of the whole,
unless they are a requirement's amounts by sector (sector_amounts), all of it.
"""

from __future__ import annotations

import re

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.sector_amounts import by_sector
from sitecheck.extract.relations.wording import DIGIT, WORD, lead, whole_of

_OPEN = re.compile(r"[ \t]*\(\s*$")
_CLOSE = re.compile(r"\s*\)")
_MAX_HEAD_WORDS = 6  # between the whole and the first name: "from", "appeal covers"
_MAX_GAP_WORDS = 8  # between two items: ", the Central Emergency Response Fund"

_Item = tuple[int, int, Quantity]  # the bracket's opening, its closing, the amount inside


def amount_labels(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """Every run of two named amounts in brackets or more, with its whole."""
    text = doc.text
    money = [q for q in nums if q.usable and q.kind == "money"]
    if len(money) < 3 or text.find("(", span.start, span.end) < 0:
        return
    p = relation_patterns(doc.language)
    items = [item for k, q in enumerate(money) if (item := _item(text, money, k))]
    run: list[_Item] = []
    for item in items:
        if run and not _joined(text, p, run[-1], item):
            _group(doc, p, money, run, rel, span.start)
            run = []
        run.append(item)
    _group(doc, p, money, run, rel, span.start)


def _item(text: str, money: list[Quantity], k: int) -> _Item | None:
    """ "ECHO (US$5.1 million)": an amount alone in brackets after a name, not right after
    another amount ("US$5 million (€4.6 million)": a conversion)."""
    q = money[k]
    opened = _OPEN.search(text, max(0, lead(q) - 20), lead(q))
    close = _CLOSE.match(text, q.span.end)
    if opened is None or close is None:
        return None
    before = text[money[k - 1].span.end if k else max(0, opened.start() - 40) : opened.start()]
    if not WORD.search(before) or before.rstrip()[-1:] in ")":
        return None  # no name right before the bracket
    return opened.start(), close.end() - 1, q


def _joined(text: str, p: RelationPatterns, a: _Item, b: _Item) -> bool:
    """Whether two items follow each other in one list: ", CERF " or " and Japan "."""
    gap = text[a[1] + 1 : b[0]]
    return bool(p.label_gap.fullmatch(gap)) and len(WORD.findall(gap)) <= _MAX_GAP_WORDS


def _group(
    doc: Document,
    p: RelationPatterns,
    money: list[Quantity],
    run: list[_Item],
    rel: Relations,
    start: int,
) -> None:
    """The breakdown of one run: the amount before its first name, in the parts' currency,
    with only a few words between (no figure, no comma or clause end, no comparison)."""
    if len(run) < 2:
        return
    parts = [q for _, _, q in run]
    first_open = run[0][0]
    wholes = [q for q in money if q.span.end <= first_open]
    if not wholes or any(b.total is wholes[-1] for b in rel.breakdowns):
        return
    whole = wholes[-1]
    between = doc.text[whole.span.end : first_open]
    if DIGIT.search(between) or any(c in between for c in ":;,.()"):
        return  # "US$6.2 million, as in Niger (…)": a clause after the whole may compare
    if len(WORD.findall(between)) > _MAX_HEAD_WORDS or p.compared.search(between):
        return
    if any(q.currency != whole.currency for q in parts) or not whole_of(doc, p, whole, first_open):
        return
    closed = by_sector(doc, whole, parts, start)
    rel.breakdowns.append(Breakdown(whole, parts, "labels", exhaustive=closed, at_most=not closed))
