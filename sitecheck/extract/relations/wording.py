"""What the words around figures say about them: adjacency, subgroups, exhaustive lists."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache
from os.path import commonprefix

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.lang import alternation, lexicon, phrases

DIGIT = re.compile(r"\d")
# Three spaces or more inside a line: the gap between two columns of a PDF page, across which
# two different sentences sit side by side.
COLUMN_SEAM = re.compile(r"\S[ \t\u00a0]{3,}\S")
# A line break that ends an item, not a wrap inside a sentence: a blank line (not one a PDF
# export left inside a sentence that goes on in lower case), or a line that opens on a bullet or
# a list number.
ITEM_BREAK = re.compile(r"\n[ \t]*(?:\n(?![ \t]*[a-zà-öø-ÿ])|[•●▪·◦*+\-–—]|\d{1,2}[.)][ \t])")
WORD = re.compile(r"[^\W\d_][\w’'-]*")


def figures(nums: list[Quantity]) -> list[Quantity]:
    """The counts and amounts a relation may hold."""
    return [q for q in nums if q.usable and q.kind in ("count", "money")]


# Numbers that name a moment or a thing, not an amount: a date between a whole and its connector
# ("184,000 affected by the rains that began on 9 October, of whom …") or a name's digits
# ("cases of COVID-19, including …") do not stand between them.
MOMENTS = frozenset({"date", "year", "time", "footnote", "identifier"})


# … and a measure ("96 mt of commodities") between a whole and the connector of its counted
# parts: no count or amount, so no whole of theirs.
MOMENTS_AND_MEASURES = MOMENTS | {"measure"}


def digit_between(
    text: str, start: int, end: int, nums: list[Quantity], skip: frozenset[str] = MOMENTS
) -> bool:
    """Whether a digit lies in [start, end) outside the dates, years and note markers there
    (the figures tagged ``skip``; ``nums`` in text order: those in the stretch are found by
    bisection)."""
    first = bisect.bisect_left(nums, start, key=lambda q: q.span.start)
    moments = []
    for i in range(first, len(nums)):  # no slice: a copy per call is quadratic on long lines
        q = nums[i]
        if q.span.start >= end:
            break
        if q.tag in skip:
            moments.append(q.span)
    for m in DIGIT.finditer(text, start, end):
        if not any(sp.start <= m.start() < sp.end for sp in moments):
            return True
    return False


def without_notes(text: str, start: int, end: int, nums: list[Quantity]) -> str:
    """The text of [start, end) without the note markers in it ("refugiadas3 y": "refugiadas
    y"), so that a marker does not read as a figure between two parts."""
    first = bisect.bisect_left(nums, start, key=lambda q: q.span.start)
    out, pos = [], start
    for i in range(first, len(nums)):
        q = nums[i]
        if q.span.start >= end:
            break
        if (q.tag == "footnote" or _page_number(text, q)) and q.span.end <= end:
            out.append(text[pos : q.span.start])
            pos = q.span.end
    out.append(text[pos:end])
    return "".join(out)


# A page number between blank lines, left inside a sentence a page break cut (the reader joins
# the two halves: readers/markdown.py; tags.page_furniture makes it no figure).
_BLANK_BEFORE = re.compile(r"\n[ \t]*\n[ \t]*$")
_BLANK_AFTER = re.compile(r"[ \t]*\n[ \t]*\n")
_YEAR_END = re.compile(r"(?<!\d)(?:19|20)\d\d\s*$")  # "$88.6 million for 2021 (…)"


def _page_number(text: str, q: Quantity) -> bool:
    return (
        q.tag == "identifier"
        and bool(_BLANK_BEFORE.search(text, max(0, q.span.start - 8), q.span.start))
        and bool(_BLANK_AFTER.match(text, q.span.end))
    )


def lead(q: Quantity) -> int:
    """Where a figure starts, its qualifier included ("some 4,100")."""
    return (q.qualifier_span or q.span).start


def adjacent(doc: Document, a: Quantity, b_start: int, max_words: int) -> bool:
    """Whether only a few words, and no figure or colon, come between. A line break is a space:
    relations are read within a sentence, and each line of a key-figure box is its own."""
    between = doc.text[a.span.end : b_start]
    return (
        not DIGIT.search(between)
        and len(WORD.findall(between)) <= max_words
        and ":" not in between
        and not COLUMN_SEAM.search(doc.text, a.span.start, b_start + 1)
    )


def matching_paren(text: str, start: int) -> int:
    depth = 0
    for i in range(start, min(len(text), start + 400)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def lead_noun(q: Quantity, p: RelationPatterns) -> str:
    return next((w for w in q.noun.split() if w not in p.auxiliaries), "")


def _group_noun(q: Quantity, p: RelationPatterns) -> str:
    """The lead noun, with the word after it when that word names another group ("adultos
    mayores" are older people: no complement of "niños")."""
    w = lead_noun(q, p)
    words = q.noun.split()
    after = words[words.index(w) + 1 : words.index(w) + 2] if w else []
    return f"{w} {after[0]}" if after and after[0].lower() in p.group_narrowers else w


def highlights_subgroups(
    parts: list[Quantity], p: RelationPatterns, labels: list[str] | None = None
) -> bool:
    """Whether parts single out groups (children, older persons) rather than split the total;
    ``labels`` are the words naming "(n)" parts, when the parts carry no noun of their own."""
    nouns = set(labels) if labels else {w for q in parts if (w := lead_noun(q, p))}
    if any(group <= nouns for group in (*p.complements, *p.complete_groups)):
        return False  # women and men (and children): the whole population
    return bool(nouns & p.highlights)


def label_words(text: str, parts: list[Quantity], start: int) -> list[str]:
    """The word naming each figure of a labelled series, the last before it ("(Women: 320;
    Children: 410)" gives women, children)."""
    labels = []
    for q in parts:
        words = WORD.findall(text[start : lead(q)])
        labels.append(words[-1].lower() if words else "")
        start = q.span.end
    return labels


def looks_exhaustive(doc: Document, parts: list[Quantity], span: Span) -> bool:
    """Whether listed parts partition their whole: by place, by complementary groups, or with a
    remainder ("the remaining 535")."""
    p = relation_patterns(doc.language)
    text = doc.text
    if p.remainder.search(text[parts[0].span.start : span.end]):
        return not unnumbered_rest(doc, parts, span)
    if _other_label(doc.language).match(text, parts[-1].span.end, span.end):
        return True  # "…, 800 from B and 600 from other nationalities": the last part is the rest
    places = [m.group("place") for q in parts if (m := p.place_after.match(text, q.span.end))]
    if len(places) == len(parts):
        return len(set(places)) == len(places)
    nouns = {w for q in parts if (w := _group_noun(q, p))}
    if len(nouns) == len(parts):
        if complementary(nouns, p):
            return True
        # "women, men and children", but not "women and girls, men and boys and children".
        return nouns in p.complete_groups and not any(_two_groups(q, p) for q in parts)
    return False


def complementary(nouns: set[str], p: RelationPatterns) -> bool:
    """ "women and men", or "women, men, girls and boys": complementary groups, or two sets of
    them together."""
    pairs = [a | b for a in p.complements for b in p.complements if not a & b]
    return any(nouns == g for g in p.complements) or nouns in pairs


@cache
def _other_label(language: str) -> re.Pattern[str]:
    """ " from other nationalities", " d'autres régions" right after the last part (not "800
    others", which may be any 800 more)."""
    lex = lexicon(language)
    preps = alternation((*lex.source_preps, *lex.place_prepositions, *lex.toward_preps))
    others = alternation(lex.other_words)
    return re.compile(rf"\s+(?:(?:{preps})\s+|[^\W\d_]['’])(?:{others})(?![\w])", re.I)


@cache
def rest_place(language: str) -> re.Pattern[str]:
    """ " in the 4 other provinces", " en las provincias restantes": the last part of a split by
    place holds the places not named."""
    lex = lexicon(language)
    preps = alternation(lex.place_prepositions)
    arts = alternation(lex.articles)
    others = alternation(lex.other_words)
    return re.compile(
        rf"\s+(?:{preps})\s+(?:(?:{arts})\s+)?(?:\d+\s+)?"
        rf"(?:(?:{others})|[^\W\d_]+\s+(?:{others}))(?![\w])",
        re.I,
    )


def _two_groups(q: Quantity, p: RelationPatterns) -> bool:
    """Whether a part's noun names two groups at once ("women and girls")."""
    named = {w for g in (*p.complements, *p.complete_groups) for w in g}
    return len(named & set(q.noun.split()[:4])) > 1


def whole_of(doc: Document, p: RelationPatterns, whole: Quantity, open_: int) -> bool:
    """Whether a figure can be the whole of the parenthesis at ``open_``: not itself inside a
    closed parenthesis ("Koukou (96 000 people) and Goz-Amir (17 000)"), not compared with
    what follows ("3.4 million more than last year (68.5 million)"), not a count in words of
    places or things ("the two enclaves (3,127)")."""
    between = doc.text[whole.span.end : open_]
    return not (")" in between or p.comparison.search(between) or whole.from_words)


def located_whole(
    doc: Document, p: RelationPatterns, figs: list[Quantity], open_: int
) -> Quantity | None:
    """The whole of the parenthesis at ``open_``: the figure right before it (or before the year
    it is for), unless that figure counts the places the whole is in ("1,200 people in 3
    provinces (500 in A, …)": the total is 1,200, the figure whose unit the parts share)."""
    before = [q for q in figs if q.span.end <= open_]
    year = _YEAR_END.search(doc.text, before[-1].span.end, open_) if before else None
    if not before or not adjacent(doc, before[-1], year.start() if year else open_, 6):
        return None
    near = before[-1]
    if not p.place_lead.search(doc.text, max(0, lead(near) - 12), lead(near)):
        return None if _aside_part(doc, p, near, open_) else near
    if len(before) < 2:
        return None
    far = before[-2]
    gap = doc.text[far.span.end : lead(near)]
    if DIGIT.search(gap) or len(WORD.findall(gap)) > 5 or not adjacent(doc, near, open_, 3):
        return None
    return None if _aside_part(doc, p, far, open_) else far


def _aside_part(doc: Document, p: RelationPatterns, q: Quantity, open_: int) -> bool:
    """ "1,200 people, including 300 children, stay in three centres (…)": a part set off by
    commas after its connector is no whole of the bracket after the clause goes on."""
    text = doc.text
    return bool(p.connector_end.search(text, max(0, lead(q) - 20), lead(q))) and (
        "," in text[q.span.end : open_]
    )


def disjoint(doc: Document, parts: list[Quantity], unit_word: bool = False) -> bool:
    """Whether parts count groups that cannot overlap, so that together they cannot exceed
    their whole: distinct places ("91,260 in Assosa and 6,148 in Gambella") or complementary
    groups (women and men; women, men, girls and boys). Groups of two kinds may overlap
    (women and children, refugees and children), and so may services ("800 with food and 700
    with cash"). With ``unit_word``, a unit may stand between a figure and its place ("612,000
    acres in Bihar"): only where nothing else closes the list on that ground."""
    p = relation_patterns(doc.language)
    text = doc.text
    found = [at for q in parts if (at := _place_after(p, text, q, unit_word))]
    # One unit for all ("acres in Bihar", "acres in Assam"): not "2,000 born in Syria and 1,500
    # registered in Lebanon", which may be the same people.
    if len(found) == len(parts) and len({unit for _, unit in found}) == 1:
        return len({place for place, _ in found}) == len(found)
    nouns = [lead_noun(q, p) for q in parts]
    if len(set(nouns)) != len(nouns):
        return False
    pairs = [a | b for a in p.complements for b in p.complements if not a & b]
    groups = (*p.complements, *p.disjoint_groups)
    heads = [set(q.noun.split()[:4]) for q in parts]

    def apart(group: frozenset[str]) -> bool:
        # "6,100 refugees or IDPs …, 4,800 IDPs": a part that names two groups overlaps.
        return set(nouns) <= group and all(len(h & group) <= 1 for h in heads)

    whole = () if any(_two_groups(q, p) for q in parts) else p.complete_groups  # "women and girls"
    return any(apart(group) for group in groups) or any(
        set(nouns) == pair and apart(pair) for pair in (*pairs, *whole)
    )


_UNIT_WORD = re.compile(r"\s+[^\W\d_][\w'’-]*")  # "612,000 acres" before " in Bihar"


def _place_after(
    p: RelationPatterns, text: str, q: Quantity, unit_word: bool
) -> tuple[str, str] | None:
    """The place right after a figure, or after its one unit word ("612,000 acres in Bihar"),
    with that word ("" when none)."""
    m = p.place_after.match(text, q.span.end)
    if m is not None:
        return m.group("place"), ""
    w = _UNIT_WORD.match(text, q.span.end) if unit_word else None
    if w is None or (m := p.place_after.match(text, w.end())) is None:
        return None
    return m.group("place"), w.group(0).strip().lower()


def elided_unit(whole: Quantity, part: Quantity, listed: bool = False) -> Quantity:
    """ "61 millones de euros, de los que 24 millones …": a part with a scale but no unit of its
    own counts in the currency of its whole (not "2 millones de personas"); ``listed`` for the
    parts after a first one that did."""
    if (
        whole.kind == "money"
        and part.kind == "count"
        and part.scale is not None
        and part.currency is None
        and (listed or not (part.is_people or part.is_households))
    ):
        return replace(part, kind="money", currency=whole.currency)
    return part


def is_unique_total(doc: Document, q: Quantity) -> bool:
    """ "21 unique organisations": a deduplicated total is smaller than the sum by design."""
    window = doc.text[max(0, q.span.start - 40) : q.span.end + 40]
    return bool(relation_patterns(doc.language).unique.search(window))


def partition_total(
    p: RelationPatterns,
    total: Quantity,
    parts: list[Quantity],
    labels: list[str],
    head: str = "",
    by_unit: bool = True,
) -> Breakdown:
    """A total after the items that add up to it. It is checked both ways when the items
    partition it (a heading "by nationality", an item for the others, or things and money, which
    nobody deduplicates: ``by_unit`` when the figures' own words tell things from people), and
    one way otherwise: people reached by several sectors are counted once in a smaller total."""
    partition = (
        bool(p.partition_head.search(head))
        or any(p.remainder_tail.search(label) or p.remainder.search(label) for label in labels)
        or (by_unit and not any(q.is_people or q.is_households for q in (total, *parts)))
        or disjoint_labels(p, labels)
    )
    return Breakdown(total, parts, "in-total", one_way=not partition)


def disjoint_labels(p: RelationPatterns, labels: list[str]) -> bool:
    """Whether each label names groups of a set that cannot overlap, other groups than every
    other label ("IDPs: …" / "Returnees: …"): nobody is counted twice."""
    for group in p.disjoint_groups:
        named = [group & {w.lower() for w in WORD.findall(label)} for label in labels]
        if all(named) and len(set().union(*named)) == sum(len(n) for n in named):
            return True
    return False


def fold(token: str) -> str:
    """A lemma-ish form: "refugees" and "refugee" alike, accents kept."""
    return token[:-1] if len(token) > 3 and token.endswith("s") and token.isalpha() else token


def same_word(a: str, b: str) -> bool:
    """ "family" and "families", "albergue" and "albergues": one noun, singular or plural."""
    if a == b:
        return True
    n = len(commonprefix((a, b)))
    return n >= 4 and n >= min(len(a), len(b)) - 1


@cache
def period_words(language: str) -> re.Pattern[str]:
    """Words that date a clause ("this week", "since January"): another time than a stock."""
    return phrases(lexicon(language).period_words)


def names_some(p: RelationPatterns, text: str, start: int, end: int) -> bool:
    """Whether the words after a whole say that the parts are only some of it: "mostly", or a
    connector such as "including" or "of whom" (not "consists of", which names all of it)."""
    if p.partial.search(text, start, end):
        return True
    return any(
        m.group("c").lower() not in p.composition for m in p.connector.finditer(text, start, end)
    )


_REST_REACH = 2  # words between a part and its remainder word: "264 millones restantes"


def unnumbered_rest(doc: Document, parts: list[Quantity], span: Span) -> bool:
    """Whether the list ends on a remainder that has no figure ("2,600 from A, 800 from B and
    the rest from other countries"): the parts are then only some of the whole."""
    p = relation_patterns(doc.language)
    text = doc.text
    last = parts[-1].span.end
    rest = p.remainder.search(text, last, span.end)
    if rest is None or p.remainder.search(text, parts[0].span.start, lead(parts[-1])):
        return False
    between = text[last : rest.start()]
    return "," in between or len(WORD.findall(between)) > _REST_REACH
