"""A whole, a colon, then its parts: "a total of 46,159 persons: 40,447 IDPs, 4,803 returnees
and 909 foreign nationals"; or the parts as the items of the list that follows the colon.

Parts that count groups which cannot overlap (distinct places, complementary or distinct groups
of people) make the breakdown exhaustive; otherwise the parts can only be checked for exceeding
their whole, and only when they count the whole's unit.
"""

from __future__ import annotations

import re

from sitecheck.document import Block, Document, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.change_colon import levels_after_change
from sitecheck.extract.relations.colon_heads import (
    COUNT,
    MAX_CLAUSE_WORDS,
    NEW_ITEM,
    YEARS,
    colon_segments,
    long_head,
)
from sitecheck.extract.relations.comma_labels import comma_labelled, dated, figure_led
from sitecheck.extract.relations.counted_places import place_head, sector_parts
from sitecheck.extract.relations.item_runs import Words, plain_label, words
from sitecheck.extract.relations.model import Breakdown, PartOf, Relations
from sitecheck.extract.relations.overlap_heads import overlapping_head
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.positions import Positions
from sitecheck.extract.relations.sector_amounts import by_sector
from sitecheck.extract.relations.wording import (
    DIGIT,
    WORD,
    disjoint,
    elided_unit,
    lead,
    lead_noun,
    looks_exhaustive,
    names_some,
)
from sitecheck.lang import lexicon

_MAX_LABEL_WORDS = 3  # "Lima 500", "Al Salam 1 – 612": a label before a part
_MAX_UNIT_WORDS = 5  # "46,159 persons:" "… 37,452 individuals were still displaced:"
_PAREN_REACH = 1000
# Parts that add up to more than twice their whole are likely another unit's figures.
_FAR = 2.0
_BULLET_LINE = re.compile(r"[ \t]*[•●▪·◦–—]\s+\S")


def colon_parts(doc: Document, span: Span, figs: list[Quantity], rel: Relations) -> None:
    """Parts after a colon in the same sentence."""
    text = doc.text
    p = relation_patterns(doc.language)
    colon = text.find(":", span.start, span.end)
    if colon < 0:
        return
    at = Positions(figs)
    while colon >= 0:
        nxt = text.find(":", colon + 1, span.end)
        end = _region_end(text, span, colon, nxt)
        if end == nxt:
            # "…; 18,444 IDPs out of camps, including: …": the next list is a part's own.
            cue = p.connector_end.search(text, colon, end)
            end = cue.start() if cue else end
        before = at.before(colon, 2)
        after = at.inside(colon, end)
        # "fled to the two towns: 2,000 in A and 2,400 in B": a count in words of the items that
        # follow counts them, it is no whole of their figures (counted_items reads the head).
        if before and before[-1].from_words and before[-1].value == len(after):
            before = []
        if before and levels_after_change(doc, before[-1], colon, end):
            before = []  # "grew by CHF 5.6M: it stood at …": levels, no parts (change_colon)
        if before and len(after) >= 2:
            whole = before[-1]
            if whole.from_words and len(before) >= 2 and _heads(text, before[-2], colon):
                whole = before[-2]  # "19,000 refugees to three camps: A (15,000), …"
            short = (
                _heads(text, whole, colon)
                or _of_these_colon(doc, whole, colon)
                or _says_breakdown(doc, whole, colon)
            )
            if _by_sector(doc, whole, after, colon, end):
                rel.breakdowns.append(
                    Breakdown(whole, after, "colon", exhaustive=True, one_way=True)
                )
                rel.parts.extend(sector_parts(doc, whole, after, colon))
            elif (short or long_head(text, whole, colon)) and _segments(doc, after, colon, end):
                # "the 142 events break down as follows: …": the head says the list is all.
                said = words(doc.language).breakdown.search(text, whole.span.end, colon)
                stated = short and bool(said)
                # "12,400 people: for example 7,000 in A and …": only some of them; not the
                # words that say it breaks down ("se répartissent comme suit").
                cut = (said.start(), said.end()) if said else (colon, colon)
                head = text[whole.span.end : cut[0]] + " " + text[cut[1] : colon]
                some = names_some(p, text, colon, lead(after[0])) or bool(p.partial.search(head))
                if not dated(doc, colon, end):  # "9,100 by March and 12,400 by April"
                    # "…, mainly in: A (7,100), B (3,900)": named places, distinct, so their
                    # figures can only fall short of the whole, however long its head.
                    closed_only = not short and not place_head(doc, after, colon, end)
                    _add(doc, whole, after, span, rel, closed_only, stated and not some, some)
        elif before and len(after) == 1:
            _one_and_rest(doc, before[-1], after[0], colon, end, rel)
        colon = nxt


def _by_sector(doc: Document, whole: Quantity, parts: list[Quantity], colon: int, end: int) -> bool:
    """ "19 organisations are at work in these sectors: Protection (5), Health (6), …": each
    organisation works in one sector at least, so the counts by sector add up to the whole or
    more (one organisation in several sectors), never less."""
    text = doc.text
    p = relation_patterns(doc.language)
    w = words(doc.language)
    if whole.kind != "count" or whole.from_words:
        return False
    if not p.organizations & set(whole.noun.split()[:2]):
        return False
    head = text[whole.span.end : colon]
    if p.partial.search(head) or p.connector_end.search(head) or not long_head(text, whole, colon):
        return False  # "…, mainly in:", "including:": only some sectors
    if any(q.kind != "count" or q.from_words or set(q.noun.split()[:1]) - p.ands for q in parts):
        return False  # "Health (6)": bare counts of the whole's organisations
    if not _segments(doc, parts, colon, end):
        return False
    starts = [colon + 1] + [q.span.end for q in parts[:-1]]
    return all(w.sectors.search(text, s, lead(q)) for s, q in zip(starts, parts, strict=True))


def _one_and_rest(
    doc: Document, whole: Quantity, part: Quantity, colon: int, end: int, rel: Relations
) -> None:
    """ "84 buildings, broken down as: 27 flooded houses and the rest with lesser damage": a
    head that says it breaks down, one figure, then the rest unnumbered; a part of the whole."""
    text = doc.text
    if part.kind != whole.kind or part.currency != whole.currency or whole.from_words:
        return
    if (part.is_people, part.is_households) != (whole.is_people, whole.is_households):
        return  # "the 12 sites break down as: 3,400 people in camps and the rest …"
    stated = words(doc.language).breakdown.search(text, whole.span.end, colon)
    if stated is None or not _heads(text, whole, colon) or text[colon + 1 : lead(part)].strip():
        return
    if relation_patterns(doc.language).remainder.search(text, part.span.end, end):
        cue = " ".join(stated.group(0).split())
        rel.parts.append(PartOf(whole, part, "of-these", cue))  # the head refers to the whole


def _region_end(text: str, span: Span, colon: int, nxt: int) -> int:
    """Where the parts after a colon end: the next colon, the end of the parenthesis the colon
    stands in ("(214 in centres: 121 adults and 93 children)"), or the sentence's end."""
    end = nxt if nxt >= 0 else span.end
    # A bracket opened further back than _PAREN_REACH holds no colon of its own (and looking
    # back to the sentence's start from every colon was quadratic on a long line).
    opened = text.rfind("(", max(span.start, colon - _PAREN_REACH), colon)
    if opened >= 0 and text.rfind(")", opened, colon) < 0:
        close = text.find(")", colon, end)
        end = close if close >= 0 else end
    return end


def list_after_colon(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    """Parts as the items of a list right after a block that ends with its whole and a colon."""
    blocks = [b for b in doc.blocks if b.kind not in ("code", "html")]
    for i, block in enumerate(blocks[:-1]):
        if not block.text.rstrip().endswith(":") or not _item_spans(doc, blocks, i + 1):
            continue
        colon = block.span.start + len(block.text.rstrip()) - 1
        wholes = [q for q in index.between(block.span.start, colon) if q.usable]
        # "12,400 people were displaced, broken down as follows:": a longer head that says so.
        said = bool(wholes) and _says_breakdown(doc, wholes[-1], colon)
        if not wholes or not (said or _heads(doc.text, wholes[-1], colon)):
            continue
        if relation_patterns(doc.language).partial.search(block.text):
            continue  # "742 cities, among them:" names only some
        spans = _item_spans(doc, blocks, i + 1)
        parts: list[Quantity] = []
        for start, end in spans:
            figs = [q for q in index.between(start, end) if q.usable]
            if len(figs) != 1:
                parts = []
                break
            parts.append(figs[0])
        if len(parts) >= 2:
            _add(doc, wholes[-1], parts, Span(block.span.start, spans[-1][1]), rel, stated=said)


def _item_spans(doc: Document, blocks: list[Block], first: int) -> list[tuple[int, int]]:
    """The items of the list at ``first``: Markdown list items, or the lines of a paragraph
    that each open on a bullet ("• 36.4 million refugees"), as web pages and PDFs give them."""
    block = blocks[first]
    if block.kind == "list_item":
        return [(b.span.start, b.span.end) for b in _items(blocks, first)]
    if block.kind != "paragraph":
        return []
    spans, pos = [], block.span.start
    for line in block.text.split("\n"):
        if not _BULLET_LINE.match(line):
            return []
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _items(blocks: list[Block], first: int) -> list[Block]:
    out = []
    for block in blocks[first:]:
        if block.kind != "list_item" or block.list_id != blocks[first].list_id:
            break
        out.append(block)
    return out


def _heads(text: str, whole: Quantity, colon: int) -> bool:
    """The whole ends its clause: only its unit stands between it and the colon."""
    between = text[whole.span.end : colon]
    return (
        not DIGIT.search(between)
        and not NEW_ITEM.search(between)
        and len(WORD.findall(between)) <= _MAX_UNIT_WORDS
    )


def _says_breakdown(doc: Document, whole: Quantity, colon: int) -> bool:
    """ "12,400 people were affected, distributed as follows: …": a longer head whose last
    words say that the list splits the whole, with no other count between."""
    text = doc.text
    between = text[whole.span.end : colon]
    # "broken down as follows": the last of the words that say it ends the head.
    last = next(reversed(list(words(doc.language).breakdown.finditer(between))), None)
    if last is None or between[last.end() :].strip(" ,"):
        return False
    return long_head(text, whole, colon)


def _of_these_colon(doc: Document, whole: Quantity, colon: int) -> bool:
    """ "24,158 IDPs displaced since January 2017 were traced, of these: 14,800 …": the whole
    is the figure before "of these", however long its clause, with no other count between."""
    text = doc.text
    between = text[whole.span.end : colon]
    m = relation_patterns(doc.language).of_these_end.search(between)
    if m is None or NEW_ITEM.search(between) or len(WORD.findall(between)) > MAX_CLAUSE_WORDS:
        return False
    # Only years and dates may stand between ("since January 2017").
    return not COUNT.search(YEARS.sub(" ", between[: m.start()]))


def _segments(doc: Document, parts: list[Quantity], colon: int, end: int) -> bool:
    """Each segment after the colon holds one part, a short label at most before it: "40,447
    IDPs, 4,803 returnees and 909 foreign nationals", "Lima 500, Piura 700". A segment without
    a part ("… dos en Yoro y una en Colón") leaves the list open."""
    p = relation_patterns(doc.language)
    text = doc.text
    bounds = colon_segments(text, p, colon, end)
    w = words(doc.language)
    segments = _with_merged([(s, e) for s, e in bounds if text[s:e].strip(" .;,\n")], doc, w)
    if len(segments) != len(parts):
        return figure_led(doc, parts, colon, end) or comma_labelled(doc, parts, colon, end)
    for (s, e), q in zip(segments, parts, strict=True):
        if not (s <= lead(q) and q.span.end <= e):
            return False
        label = text[s : lead(q)]
        if label.rstrip().endswith("(") and text[q.span.end : e].strip().startswith(")"):
            label = label.rstrip()[:-1]  # "Milé (13 000)": a name and its figure in brackets
        if len(WORD.findall(label)) > _MAX_LABEL_WORDS or any(c in label for c in "(."):
            return False
        if label.strip() and not plain_label(label, [], p, w):
            return False  # "5,000 people: target 6,000, reached 4,800": measures, not parts
    return True


def _with_merged(segments: list[tuple[int, int]], doc: Document, w: Words) -> list[tuple[int, int]]:
    """ "landslides, with 79 cases, floods (26)": a name, then its figure after "with", is one
    segment."""
    out: list[tuple[int, int]] = []
    for s, e in segments:
        first = WORD.match(doc.text, s + len(doc.text[s:e]) - len(doc.text[s:e].lstrip()))
        if out and first and first.group(0).lower() in w.services:
            if not DIGIT.search(doc.text, out[-1][0], out[-1][1]):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


def _same_unit(p: RelationPatterns, whole: Quantity, parts: list[Quantity], w: Words) -> bool:
    """Parts count people when the whole does (a bare figure is taken as the whole's unit);
    otherwise they repeat the whole's noun ("12 sites: 5 sites in A …"). A whole whose noun
    came before it ("the number of displaced people stood at 110 million. These include:")
    takes the parts' unit when they count people."""
    own = whole.noun.split()[:1]
    if not own or own[0] in p.demonstratives or p.place_lead.search(own[0] + " "):
        # "214 in shelters: 121 adults and 93 minors": a whole named by where it is.
        nouns = {lead_noun(q, p) for q in parts}
        return all(q.is_people for q in parts) or nouns in p.complements
    # "3,412 people: 2,096 evacuated and 3,025 self-evacuated", "846 casualties: 231 killed and
    # 615 injured": groups that cannot overlap count the people of the whole.
    named = {lead_noun(q, p) for q in parts}
    groups = (*p.disjoint_groups, *p.complements)
    apart = len(named) == len(parts) and any(named <= g for g in groups)
    if whole.is_people:
        return apart or all(q.is_people or _no_unit(q, p, w) for q in parts)
    head = whole.noun.split()[:1]
    # "286 municipalities: 104 in Chiapas, 21 in Tabasco": a part named by its place only; a
    # bare figure is not taken as counting places ("people in 3 provinces: Lima 500, …").
    return bool(head) and all(
        q.noun.split()[:1] == head or bool(q.noun and p.place_lead.search(q.noun.split()[0] + " "))
        for q in parts
    )


def _bracketed(doc: Document, p: RelationPatterns, whole: Quantity, parts: list[Quantity]) -> bool:
    """ "ran 14 centres: Lima (5), Piura (6) and Tumbes (3)" or "Lima 5, Piura 6 and Tumbes 3":
    bare figures after names count the whole's unit by place or kind; not when the whole counts
    places or organisations ("in 3 countries: Colombia (6), …": the names are what it counts,
    the figures another unit), nor when they add up to far more than it ("14 schools: Lima
    (500), …")."""
    text = doc.text
    head = set(whole.noun.lower().split()[:3])
    if not head or head & (p.organizations | p.dimensions) or whole.from_words:
        return False
    for q in parts:
        after = text[q.span.end : q.span.end + 12].lstrip()
        closed = after[:1] in ("", ",", ";", ".", ")") or after.split(" ")[0].lower() in p.ands
        label = text[max(0, lead(q) - 3) : lead(q)].rstrip()
        if not closed or not label or label[-1].isdigit():
            return False  # "Lima (5)", "Lima 5,": nothing but the figure after its name
    return sum(q.value for q in parts) <= _FAR * whole.value


def _kinds(doc: Document, p: RelationPatterns, whole: Quantity, parts: list[Quantity]) -> bool:
    """ "12,400 houses: 5,100 destroyed and 7,300 damaged": bare parts named by kinds of the
    whole that cannot overlap; not after "40 villages:", places, whose parts would count
    something else (the houses in them)."""
    named = {lead_noun(q, p) for q in parts}
    if whole.is_people or len(named) != len(parts):
        return False
    if not any(named <= g for g in p.disjoint_groups):
        return False
    head = {w.lower() for w in whole.noun.split()[:1]}
    areas = {w.lower() for w in lexicon(doc.language).area_nouns}
    return bool(head) and not head & (p.dimensions | areas)


def _no_unit(q: Quantity, p: RelationPatterns, w: Words) -> bool:
    """Whether a part has no noun of its own and counts its whole's unit: a bare figure, one
    whose words are the next item's ("Milé (13 000) et Kounoungou"), or one named by where it
    is, what it has or lacks ("104 in Chiapas", "742,108 with papers and 556,638 without")."""
    first = lead_noun(q, p)  # "7,100 are in Alba": past the verb
    return (
        not first
        or first in p.ands
        or first in w.services
        or first in w.without
        or bool(p.place_lead.search(first + " "))
    )


def _add(
    doc: Document,
    whole: Quantity,
    parts: list[Quantity],
    span: Span,
    rel: Relations,
    closed_only: bool = False,
    stated: bool = False,
    some: bool = False,
) -> None:
    parts = [elided_unit(whole, q) for q in parts]  # "120 millones de dólares: 50 millones …"
    if any(q.kind != whole.kind or q.currency != whole.currency for q in parts):
        return
    p = relation_patterns(doc.language)
    if (
        whole.kind == "count"
        and not stated
        and not _same_unit(p, whole, parts, words(doc.language))
        and not _bracketed(doc, p, whole, parts)
        and not _kinds(doc, p, whole, parts)
    ):
        return  # "in 9 countries: Colombia (6 cases) …": another unit
    if any(b.total is whole for b in rel.breakdowns):
        return
    w = words(doc.language)
    firsts = {q.noun.split()[0] if q.noun else "" for q in parts}
    # "742,108 with papers and 556,638 without": those with and those without, all of them.
    with_without = len(parts) == 2 and bool(firsts & w.services) and bool(firsts & w.without)
    apart = with_without or disjoint(doc, parts) or looks_exhaustive(doc, parts, span)
    apart = apart or by_sector(doc, whole, parts, span.start)  # a requirement by sector
    if not apart and any(w.services & set(q.noun.split()[:3]) for q in parts):
        return  # "12,000 people: 7,000 people with food and 6,500 with cash": one person, both
    closed = (stated or apart) and not some
    if closed_only and not closed and not (some and apart):
        return  # "…, mainly in: A (7,100), B (3,900)": distinct places, only some of them
    if overlapping_head(doc.text, doc.language, whole, parts[0]):
        if closed:  # "took part in: …": one person in two items; all of them add up to more
            rel.breakdowns.append(Breakdown(whole, parts, "colon", exhaustive=True, one_way=True))
        return
    rel.breakdowns.append(Breakdown(whole, parts, "colon", exhaustive=closed, at_most=not closed))
