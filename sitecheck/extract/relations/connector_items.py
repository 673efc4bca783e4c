"""A labelled whole, a connector and a colon, then sub-items that each give a label and its
figure after a colon of their own, as key-figure boxes write them:

    • Total refugees registered in the country: 8,120 of which: o Refugees in camps: 5,200
      o Refugees awaiting transfer: 2,920
    Total displaced: 12,400, including:
      - In sites: 7,100
      - With host families: 5,300

("o" is the sub-bullet PDF transcriptions give.) The connector makes each item a part of the
whole; the items may overlap (women, children), so each is read against the whole, never their
sum. The sub-items share one bullet mark; another mark, a blank line or anything but a further
item ends them.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import PartKind, PartOf, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import DIGIT, WORD, lead
from sitecheck.lang import lexicon

_MARKS = "•●▪·◦*+-–—o"
_MAX_LABEL_WORDS = 14  # "Refugees who approached the office and await registration (mainly in …)"
_MAX_ITEMS = 20
_CONNECTOR_REACH = 30  # "distributed between:", the longest connector, and its spaces
_LABEL_REACH = 160  # characters from a mark to its item's colon
_GAP = re.compile(r"[ \t]*(?:\n[ \t]*)?")  # between items: one line break at most
_LEAD_GAP = re.compile(r"\s*")  # between the head's colon and the first item
_WHOLE_GAP = re.compile(r"[ \t]*,?[ \t]*\Z")  # between the whole and its connector


@cache
def _head(language: str) -> re.Pattern[str]:
    """A connector ending on a colon: "of which:", "including:", "dont :"."""
    c = relation_patterns(language).connector
    return re.compile(c.pattern + r"[ \t]*:\Z", c.flags)


def _heads(doc: Document) -> list[re.Match[str]]:
    """The connectors that end on a colon, found from the colons: a regex of every connector
    run over a long roster's text cost seconds."""
    text = doc.text
    head = _head(doc.language)
    start, end = doc.extent
    out = []
    colon = text.find(":", start, end)
    while colon >= 0:
        m = head.search(text, max(start, colon - _CONNECTOR_REACH), colon + 1)
        if m:
            out.append(m)
        colon = text.find(":", colon + 1, end)
    return out


def connector_items(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    text = doc.text
    p = relation_patterns(doc.language)
    for m in _heads(doc):
        near = index.between(max(0, m.start() - 40), m.start())
        whole = near[-1] if near else None
        if whole is None or not _plain(whole) or p.partial.search(m.group(0)):
            continue
        if not _WHOLE_GAP.match(text[whole.span.end : m.start()]):
            continue  # "8,120 of which:": the figure right before the connector
        items = _items(text, index, m.end())
        unit = (whole.kind, whole.currency)
        if len(items) < 2 or any((q.kind, q.currency) != unit for _label, q in items):
            continue
        reach = max(0, whole.span.start - _LABEL_REACH)
        start = max(text.rfind("\n", reach, whole.span.start), reach - 1)
        if any(_units(doc, text[start + 1 : whole.span.start], label) for label, _q in items):
            continue
        cue = " ".join(m.group("c").split())
        kind: PartKind = "inclusive" if cue.lower() in p.inclusive else "relative"
        rel.parts.extend(PartOf(whole, q, kind, cue) for _label, q in items)


def _plain(q: Quantity) -> bool:
    return q.usable and q.kind in ("count", "money") and not q.from_words


def _units(doc: Document, head: str, label: str) -> bool:
    """Whether the whole's label and an item's name two units: the first word of the whole's
    that names people or households, and the item's first word ("Households registered: 2,400
    of which: - Individuals in them: 11,200"; not "- With host families: 900", a place)."""
    lex = lexicon(doc.language)
    homes = {w.lower() for w in lex.household_nouns}
    people = {w.lower() for w in (*lex.people_nouns, *lex.generic_people_nouns)} - homes

    def unit(word: str) -> str:
        return "homes" if word in homes else ("people" if word in people else "")

    named = [w.lower() for w in WORD.findall(head) if unit(w.lower())]
    first = [w.lower() for w in WORD.findall(label)[:1]]
    a, b = unit(named[0]) if named else "", unit(first[0]) if first else ""
    return bool(a and b and a != b)


def _items(text: str, index: QuantityIndex, start: int) -> list[tuple[str, Quantity]]:
    """The figures of the sub-items from ``start``, each "MARK label: figure", all with the mark
    of the first."""
    pos = _LEAD_GAP.match(text, start).end()  # type: ignore[union-attr]
    mark = text[pos : pos + 1]
    if not mark or mark not in _MARKS:
        return []
    out: list[tuple[str, Quantity]] = []
    while len(out) < _MAX_ITEMS and text.startswith(mark, pos):
        q = _item(text, index, pos, mark)
        if q is None:
            break
        out.append((text[pos + len(mark) : lead(q)], q))
        pos = _GAP.match(text, q.span.end).end()  # type: ignore[union-attr]
    return out


def _item(text: str, index: QuantityIndex, pos: int, mark: str) -> Quantity | None:
    """The figure of the item at ``pos``: the mark, a space, a label of words, a colon, then
    the figure and nothing more on its line but the next item."""
    body = pos + len(mark)
    if text[body : body + 1] not in (" ", "\t"):
        return None
    colon = text.find(":", body, body + _LABEL_REACH)
    if colon < 0:
        return None
    label = text[body:colon]
    if DIGIT.search(label) or not 1 <= len(WORD.findall(label)) <= _MAX_LABEL_WORDS:
        return None
    if mark == "o" and not label.strip()[:1].isupper():
        return None  # "o" as a mark only before a capital: "… o Refugees in camps"
    figs = index.between(colon, colon + 40)
    if not figs or not _plain(figs[0]) or text[colon + 1 : lead(figs[0])].strip():
        return None
    q = figs[0]
    eol = text.find("\n", q.span.end)
    rest = text[q.span.end : eol if eol >= 0 else len(text)].strip()
    if rest and not (rest.startswith(mark + " ") or rest.startswith(mark + "\t")):
        return None  # "Refugees in camps: 5,200 (2023)": more than the figure
    return q
