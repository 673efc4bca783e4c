"""A total after the figures it adds up, within one sentence: "132 in Lima, 87 in Tumbes and 51 in
Piura, for a total of 270 people"; "214 evacuados y 1.127 autoevacuados, totalizando 1.341"."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.wording import (
    COLUMN_SEAM,
    ITEM_BREAK,
    WORD,
    lead,
    lead_noun,
    same_word,
)
from sitecheck.lang import alternation, lexicon


@cache
def _opens_aside(language: str) -> re.Pattern[str]:
    """A bracket opened after the last part, on a word that joins them ("(en conjunto, un total
    de 33,7 millones)"); not "(since January, a total of …)", another count."""
    words = lexicon(language).together_words
    return re.compile(rf"\s*\(\s*(?:(?:{alternation(words)})\s*,?\s*)?", re.I)


@cache
def _together(language: str) -> re.Pattern[str]:
    words = alternation(lexicon(language).together_words)
    return re.compile(rf"(?<![\w])(?:{words})(?![\w])", re.I)


def says_together(language: str, text: str) -> bool:
    """Whether words say a figure is the others together: "(33.7 million in all)"."""
    return bool(lexicon(language).together_words) and bool(_together(language).search(text))


@cache
def _and_join(language: str) -> re.Pattern[str]:
    """Words up to an "and" that joins a second figure: " travellers going out and "."""
    ands = alternation(lexicon(language).and_words)
    return re.compile(rf"[^\d.;:()]{{0,40}}?(?<![\w])(?:{ands})\s+", re.I)


def _paired_total(language: str, text: str, total: Quantity, nxt: Quantity) -> bool:
    """Whether the total is one of a pair of totals joined by "and", in the same unit."""
    if (nxt.kind, nxt.currency, nxt.is_households) != (
        total.kind, total.currency, total.is_households
    ):
        return False
    return _and_join(language).fullmatch(text, total.span.end, lead(nxt)) is not None


_BLANK = re.compile(r"\n[ \t]*\n")
_MAX_LABEL_WORDS = 8  # "… 87 in the department of Santa Rosa, …": words between two parts


def sentence_totals(doc: Document, span: Span, figs: list[Quantity], rel: Relations) -> None:
    p = relation_patterns(doc.language)
    text = doc.text
    low = text[span.start : span.end].lower()
    if not any(h in low for h in p.total_hints):
        return  # no word of "a total of", "totalizando": spare the sentence the regex
    # Figures in order: the one after each total word, and those before it, by bisection
    # (a line of thousands of "in total" strips is read in n log n, not n squared).
    leads = [lead(q) for q in figs]
    ends = [q.span.end for q in figs]
    for m in p.total_after.finditer(text, span.start, span.end):
        i = bisect_left(leads, m.end())
        if i == len(figs) or leads[i] != m.end():
            continue
        total = figs[i]
        earlier = figs[: bisect_right(ends, m.start())]
        if _caption_tail(p, text, earlier, m, total):
            continue
        if i + 1 < len(figs) and _paired_total(doc.language, text, total, figs[i + 1]):
            continue  # "a total of 284,512 outgoing and 97,406 incoming": totals of each
        add_total(doc, p, rel, earlier, m.start(), total)


def add_total(
    doc: Document,
    p: RelationPatterns,
    rel: Relations,
    earlier: list[Quantity],
    end: int,
    total: Quantity,
) -> None:
    """The parts that run back from ``end`` (where the total's words open) before a total, read
    as its breakdown when two or more."""
    text = doc.text
    parts = _walk(doc, p, earlier, end, total)
    if parts and _counts_places(p, text, parts[0], total):
        parts = _past_places(p, text, parts)  # "… an outbreak in 74 districts, a total of"
    if len(parts) < 2 or any(b.total is total for b in rel.breakdowns):
        return
    if _other_kinds(doc.language, p, parts, total):
        return
    dedup = bool(p.unique.search(text[parts[0].span.start : total.span.end + 40]))
    rel.breakdowns.append(Breakdown(total, parts, "in-total", one_way=dedup))


def _walk(
    doc: Document, p: RelationPatterns, earlier: list[Quantity], end: int, total: Quantity
) -> list[Quantity]:
    text = doc.text
    parts: list[Quantity] = []
    closed = 0  # parts after the last ")" seen walking back
    for q in reversed(earlier):
        gap = text[q.span.end : end]
        if not parts and _opens_aside(doc.language).fullmatch(gap):
            gap = ""  # "… y 6,3 millones (en conjunto, un total de 33,7 millones)"
        same = q.kind == total.kind and q.currency == total.currency
        if same and _BLANK.search(gap) and ITEM_BREAK.search(gap):
            return []  # a blank line a PDF export left: the parts above it may belong elsewhere
        if not same or not _part_gap(gap):
            if closed and len(parts) - closed >= 2 and "(" in gap:
                # "240 pessoas (sendo 200 adultos e 40 crianças) e 20 famílias": figures
                # bracketed together split a figure that is not a part ("(38,9 millones)"
                # alone is a part)
                parts = parts[len(parts) - closed :]
                head = gap.split("(")[0]
                if _split_part(p, text, q, total, parts, head):
                    parts.insert(0, q)  # the figure the bracket split is the part
            break
        if ")" in gap and parts:
            closed = len(parts)
        if parts and p.place_lead.search(gap):
            # "… e 339 desalojadas em 12 municípios, totalizando": a place count
            parts[:] = _past_places(p, text, parts)
            closed = min(closed, len(parts))
        if p.inside_connector.search(gap) or p.range_gap.fullmatch(gap):
            break  # "34.8 million cases, including 1.03 million deaths"; "weeks 14 to 17"
        parts.insert(0, q)
        end = lead(q)
    return parts


def _caption_tail(
    p: RelationPatterns, text: str, earlier: list[Quantity], m: re.Match[str], total: Quantity
) -> bool:
    """ "5,900 Burundians in total 3,410 Burundians in Nduta Camp": a key-figure strip run into
    one line, where "in total" ends the caption of the figure before and the next figure opens
    another of the same noun."""
    if not earlier or re.search(r"[,;:()]", text[earlier[-1].span.end : m.end()]):
        return False
    noun = lead_noun(total, p)
    return bool(noun) and lead_noun(earlier[-1], p) == noun


def _other_kinds(
    language: str, p: RelationPatterns, parts: list[Quantity], total: Quantity
) -> bool:
    """ "2,118 cases, 1,406 recoveries and 17 deaths, making a total of 6,402 deaths": parts
    that each name another kind of thing, none but the last the total's (a running total of the
    last kind), add up to nothing it counts. A total of people, or of no named thing, may still
    hold them all, and a first part that names the total's noun lends it to the others ("399
    famílias desabrigadas e 339 desalojadas, totalizando 738 famílias")."""
    noun = lead_noun(total, p)
    if not noun or noun in lexicon(language).generic_people_nouns:
        return False
    nouns = [lead_noun(q, p) for q in parts]
    if not all(nouns) or any(same_word(n, noun) for n in nouns[:-1]):
        return False
    return all(not same_word(a, b) for i, a in enumerate(nouns) for b in nouns[i + 1 :])


def _counts_places(p: RelationPatterns, text: str, q: Quantity, total: Quantity) -> bool:
    """ "in 74 districts": a figure after a place preposition counts places, unless the total
    counts them too ("en 132 albergues …, para un total de 270 albergues")."""
    if not p.place_lead.search(text, max(0, lead(q) - 12), lead(q)):
        return False
    return not same_word(lead_noun(q, p), lead_noun(total, p))


def _past_places(p: RelationPatterns, text: str, parts: list[Quantity]) -> list[Quantity]:
    """The parts after a place count that opens them ("in 48 districts"), and past the counts
    that name its places in turn with no comma or "and" between ("in 48 districts across 7
    provinces": both count places)."""
    rest = parts[1:]
    place = parts[0]
    while rest:
        gap = text[place.span.end : lead(rest[0])]
        if "," in gap or any(w.lower() in p.ands for w in WORD.findall(gap)):
            break
        place, rest = rest[0], rest[1:]
    return rest


def _split_part(
    p: RelationPatterns, text: str, q: Quantity, total: Quantity, parts: list[Quantity], head: str
) -> bool:
    """Whether the figure before a bracket that split it is a part of the total after the list:
    the same unit as every other part, and no total of an earlier "totalizando" itself."""
    same = all(x.is_households == total.is_households for x in (q, *parts))
    led = any(m.end() == lead(q) for m in p.total_after.finditer(text, max(0, lead(q) - 40)))
    return (
        q.kind == total.kind
        and q.currency == total.currency
        and same
        and not led
        and (_part_gap(head))
    )


def _part_gap(gap: str) -> bool:
    """What may stand between two parts (or the last part and "a total of"): a label, a
    separator, the end of a parenthesis that held a part; no sentence or clause break."""
    return (
        not any(c in gap for c in ".:(")
        and not ITEM_BREAK.search(gap)
        and len(WORD.findall(gap)) <= _MAX_LABEL_WORDS
        and not COLUMN_SEAM.search(gap)
    )
