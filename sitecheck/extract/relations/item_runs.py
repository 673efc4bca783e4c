"""The items of a list after a colon, as reports lay them out: a name, a colon or a dash, and
one figure per unit ("Camp A – 612 families, 2,418 individuals;", "North: 947"), or a name and
its figures in brackets ("Haiti (1,046 cases, including 4 deaths),"), one item a line or several
a line set apart by semicolons, commas and "and".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.patterns import RelationPatterns
from sitecheck.extract.relations.wording import DIGIT, WORD, lead, same_word
from sitecheck.lang import alternation, lexicon, phrases

# A line break ends an item unless the item wraps: after a comma, or before lower case, blank
# lines between or not (a sentence a PDF export cut by blank lines: readers/rejoin.py).
# An item's piece ends at a semicolon or a line break, not one a wrap left after a comma or
# after its label's colon ("Nord-Ouest :\n947 ;").
_PIECE_END = re.compile(r";|(?<![,:\s])[ \t]*\n(?![ \t]*(?:\n[ \t]*)*[a-zà-öø-ÿ])")
_BULLET = re.compile(r"[\s\u00a0]*(?:[•●▪·◦*+]|-(?=\s))?[\s\u00a0]*")
_ITEM_SEP = re.compile(
    r"[ \t\u00a0]*(?::|[ \t\u00a0][\u2013\u2014-](?=[ \t\u00a0]))[ \t\u00a0]*(?:\n[ \t\u00a0]*)?"
)
_PAREN_LABEL = re.compile(r"[^\W\d_][^\d():;.]{0,79}?[ \t]*\(")  # "the Dominican Republic ("
_MAX_PIECE = 200  # characters of one item: a name, a separator and a few figures
_MAX_LABEL_WORDS = 6
_MAX_UNIT_WORDS = 4  # "612 families", "34 albergues habilitados"
_MAX_ITEMS = 60
_MOMENTS = frozenset({"date", "year", "time", "age", "duration"})


@dataclass
class Item:
    label: str
    values: list[Quantity]  # one figure per unit
    end: int  # where the next item may start
    subs: list[Quantity] = field(default_factory=list)  # "(1,046 cases, including 4 deaths)"
    last: bool = False  # the sentence ends with it


@dataclass(frozen=True)
class Words:
    breakdown: re.Pattern[str]  # "Breakdown of people reached:", "Desglose departamental:"
    selection: re.Pattern[str]  # "the most affected districts:": only some
    people: frozenset[str]
    sectors: re.Pattern[str]  # "Health: 3,000 people; WASH: …": one person in several sectors
    months: frozenset[str]  # "March: 4,000; April: 5,000" may be stocks, not flows
    deaths: frozenset[str]  # "74 dead … 47 deaths": one unit, two words
    # "Target: 6,000 people; Reached: 4,800 people": measures of one thing, not its parts.
    attributes: re.Pattern[str]
    times: re.Pattern[str]  # "Week 18:", "Last month:"
    services: frozenset[str]  # "7,000 people with food and 6,500 with cash" may overlap
    without: frozenset[str]  # "556,638 without papers": a part named by what it lacks
    # After an item in brackets: the sentence's end, or a comma or semicolon, breaks, "and".
    after_paren: re.Pattern[str]


@cache
def words(language: str) -> Words:
    lex = lexicon(language)
    return Words(
        breakdown=phrases(lex.breakdown_heads),
        selection=phrases(lex.table_selection),
        people=frozenset(w.lower() for w in (*lex.people_nouns, *lex.highlight_nouns)),
        sectors=phrases(lex.sector_names),
        months=frozenset(m.lower() for m in (*lex.months, *lex.month_abbreviations)),
        deaths=frozenset(d.lower() for d in lex.death_nouns),
        attributes=phrases(
            (
                *lex.table_numerators,
                *lex.table_denominators,
                *lex.table_averages,
                *lex.table_rates,
                *lex.table_variation,
                *lex.table_before,
                *lex.table_after,
                *lex.table_increase,
                *(w for ws in lex.funding_labels.values() for w in ws),
            )
        ),  # fmt: skip
        services=frozenset(x.lower() for x in lex.with_connectors),
        without=frozenset(x.lower() for x in lex.without_words),
        times=phrases((*lex.duration_units, *lex.age_before, *lex.age_comparators)),
        after_paren=re.compile(
            r"[ \t]*(?:(?P<stop>\.)|(?P<sep>[,;])?\s*"
            rf"(?P<and>(?i:{alternation(lex.and_words)})\s+)?)"
        ),
    )


def items_after(
    doc: Document, index: QuantityIndex, start: int, p: RelationPatterns, w: Words
) -> list[Item]:
    """The items after a head, up to the first piece that is no item."""
    out: list[Item] = []
    pos = start
    while len(out) < _MAX_ITEMS:
        item = _item(doc, index, pos, p, w)
        if item is None:
            break
        out.append(item)
        if item.last:
            break
        pos = item.end
    return out


def _item(
    doc: Document, index: QuantityIndex, pos: int, p: RelationPatterns, w: Words
) -> Item | None:
    """ "Camp A – 612 families, 2,418 individuals;" "In 86 ECs: 3,649 families": a short name,
    a colon or a dash, then figures with at most their unit after each."""
    text = doc.text
    while True:  # blank lines and a break right after the head's colon
        bullet = _BULLET.match(text, pos)
        s = bullet.end() if bullet else pos
        if s >= len(text) or text[s] not in ";\n":
            break
        pos = s + 1
    sentence = doc.sentence_at(s)
    if sentence is None:
        return None
    paren = _PAREN_LABEL.match(text, s)
    item = _paren_item(doc, index, s, paren.end() - 1, p, w) if paren else None
    if item is not None:
        return item
    end = min(sentence.span.end, s + _MAX_PIECE)
    stop = _PIECE_END.search(text, s, end)
    if stop is not None and stop.group(0) != ";" and not _ITEM_SEP.search(text, s, stop.start()):
        stop = _PIECE_END.search(text, stop.end(), end)  # a label wrapped: "Santa\nRosa: 1 …"
    end = stop.start() if stop else end
    sep = _ITEM_SEP.search(text, s, end)
    if sep is None:
        return None
    label = text[s : sep.start()].strip()
    if not _label(label, index.between(s, sep.start()), p, w):
        return None
    values = _values(doc, index, sep.end(), end)
    if values is None:
        return None
    return Item(label, values, end + 1 if stop else end)


def _label(label: str, figs: list[Quantity], p: RelationPatterns, w: Words) -> bool:
    """A short name, that names no group of people and no total, and no measure or time."""
    words = WORD.findall(label)
    if not words or len(words) > _MAX_LABEL_WORDS or p.in_total.match(label):
        return False
    if any(x.lower() in w.people for x in words):
        return False  # "Women: 300; Children: 250": groups of people may overlap
    return plain_label(label, figs, p, w)


def plain_label(label: str, figs: list[Quantity], p: RelationPatterns, w: Words) -> bool:
    """Whether a label before a part names a place or a kind, not a measure ("Target:",
    "Reached –"), a time ("Week 18:", "March:", "2019:", "last week") or an age ("Under 5
    years:"): items of those may be cumulative, or measures of one group, not its parts."""
    if w.attributes.search(label) or w.times.search(label) or p.comparison.search(label):
        return False
    if any(x.lower() in w.months for x in WORD.findall(label)):
        return False
    return not any(q.tag in _MOMENTS for q in figs)


def _paren_item(
    doc: Document, index: QuantityIndex, s: int, opened: int, p: RelationPatterns, w: Words
) -> Item | None:
    """ "Haiti (1,046 cases, including 4 deaths)," "the Dominican Republic (1,109 cases), and":
    a name, then in brackets a figure with its unit and, after "including", a figure of a part
    of another unit."""
    text = doc.text
    close = text.find(")", opened, opened + _MAX_PIECE)
    if close < 0 or "(" in text[opened + 1 : close]:
        return None
    if not _label(" ".join(text[s:opened].split()), index.between(s, opened), p, w):
        return None
    figs = index.between(opened + 1, close)
    if not figs or len(figs) > 2 or text[opened + 1 : lead(figs[0])].strip():
        return None
    if any(not q.usable or q.kind != "count" or q.from_words for q in figs):
        return None
    if not unit(figs[0]) or len(figs) == 2 and not unit(figs[1]):
        return None  # "Lima (500)": bare figures are the plain colon lists' (colon_parts)
    tail = text[figs[0].span.end : lead(figs[1]) if len(figs) == 2 else close]
    if DIGIT.search(tail) or len(WORD.findall(tail)) > _MAX_UNIT_WORDS + 1:
        return None
    if len(figs) == 2 and not p.inside_connector.search(tail):
        return None
    after = w.after_paren.match(text, close + 1)
    if after is None:
        return None
    last = after.group("stop") == "."
    if not last and not (after.group("sep") or after.group("and") or "\n" in after.group(0)):
        return None  # "Colombia (6 cases) reported …": no list
    return Item(text[s:opened].strip(), figs[:1], after.end(), subs=figs[1:], last=last)


def _values(doc: Document, index: QuantityIndex, start: int, end: int) -> list[Quantity] | None:
    """The figures of an item: counts in digits, each followed by a few words at most."""
    text = doc.text
    figs = index.between(start, end)
    if not figs or len(figs) > 3 or lead(figs[0]) != start:
        return None
    for i, q in enumerate(figs):
        if not q.usable or q.kind != "count" or q.from_words:
            return None
        gap_end = lead(figs[i + 1]) if i + 1 < len(figs) else end
        gap = text[q.span.end : gap_end]
        if DIGIT.search(gap) or len(WORD.findall(gap)) > _MAX_UNIT_WORDS:
            return None
    return figs


def unit(q: Quantity) -> str:
    return q.noun.split()[0] if q.noun else ""


def same_units(units: list[str], values: list[Quantity]) -> bool:
    return len(units) == len(values) and all(
        same_word(u, unit(q)) for u, q in zip(units, values, strict=True)
    )
