"""Parts that name their whole after the figure: "51,337 of them", "621 de ellas", "506 of the 335".

The whole of "N of them" is the figure the pronoun refers back to: the nearest figure before it
of the same kind (or of the noun a demonstrative repeats: "21,460 exits, 32,193 of these
exits"). Figures inside a parenthesis ("412 people (96 families)"), places a figure is in ("in 3
provinces") and counts in words are never that whole. Every earlier candidate is kept as an
outer whole, so that a part is flagged only when no reading of the pronoun can hold it.
"""

from __future__ import annotations

import re

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, PartOf, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.wording import (
    COLUMN_SEAM,
    lead,
    lead_noun,
    same_word,
)

_LOOK_BACK = 50  # figures: the whole of "N of them" is a clause or two back, never fifty figures
_ASIDE = 400  # characters looked back for an open bracket
_NEW_ITEM = re.compile(r"\n[ \t]*[•●▪·◦*+]")  # a line break that opens another bullet item
_BULLET = re.compile(r"[ \t]*[•●▪·◦*+]")


def back_refs(
    doc: Document, span: Span, figs: list[Quantity], prev_figs: list[Quantity], rel: Relations
) -> None:
    p = relation_patterns(doc.language)
    text = doc.text
    for i, part in enumerate(figs):
        m = p.part_after.match(text, part.span.end, span.end)
        if m is None:
            continue
        near = figs[max(0, i - _LOOK_BACK) : i]
        earlier = [q for q in near if _may_be_whole(doc, p, span, q, part)]
        noun = (m.group("noun") or "").lower()
        if earlier and noun:
            # "32,193 of these exits": the whole is the figure of that noun.
            earlier = [q for q in earlier if lead_noun(q, p) == noun]
        elif not earlier and not figs[:i]:
            # "Some 32,103 of them were given kits": the sentence before names the whole; "27 of
            # these incidents": the one figure there of that noun.
            earlier = _named_before(text, p, prev_figs, part, noun)
        if not earlier:
            continue
        whole = earlier[-1]
        cue = " ".join(m.group(0).split())
        rel.parts.append(PartOf(whole, part, "relative", cue, others=earlier[:-1]))
        more = _followers(doc, p, figs[i:], span)
        for q in more:
            rel.parts.append(PartOf(whole, q, "relative", cue, others=earlier[:-1]))
        if more and not earlier[:-1] and _apart(text, p, m.end(), more):
            # "7,000 of them live in Sofala and 5,400 in Manica": places cannot overlap.
            rel.breakdowns.append(Breakdown(whole, [part, *more], "connector", False, at_most=True))


def _followers(
    doc: Document, p: RelationPatterns, figs: list[Quantity], span: Span
) -> list[Quantity]:
    """The figures after "N of them" that the same clause joins to it, each counting its unit
    by ellipsis: "…, 5,400 in Manica and 1,100 in Tete" (a place, or no noun of its own)."""
    text = doc.text
    out: list[Quantity] = []
    for a, b in zip(figs, figs[1:], strict=False):
        gap = p.part_join.fullmatch(text, a.span.end, lead(b))
        words = b.noun.split()[:1]
        if gap is None or b.kind != a.kind or b.currency != a.currency or b.from_words:
            break
        if words and words[0] not in p.place_preps | p.ands:
            break
        out.append(b)
    return out


def _apart(text: str, p: RelationPatterns, first: int, more: list[Quantity]) -> bool:
    """Whether each part names a place of its own, the first after its "of them"."""
    found = [p.place_after.match(text, at) for at in (first, *(q.span.end for q in more))]
    places = [f.group("place") for f in found if f]
    return len(places) == len(found) and len(set(places)) == len(places)


def _may_be_whole(
    doc: Document, p: RelationPatterns, span: Span, q: Quantity, part: Quantity
) -> bool:
    text = doc.text
    if q.kind != part.kind or q.currency != part.currency or q.from_words:
        return False
    lo = max(span.start, q.span.start - _ASIDE)
    if text.count("(", lo, q.span.start) > text.count(")", lo, q.span.start):
        return False  # "412 people (96 families)": an aside, not what the pronoun refers to
    if p.place_lead.search(text, max(span.start, lead(q) - 12), lead(q)):
        return False  # "in 3 provinces"
    line = text.rfind("\n", lo, q.span.start)
    line = line + 1 if line >= 0 else span.start
    if _NEW_ITEM.search(text, q.span.end, lead(part)) and _BULLET.match(text, line):
        return False  # "▪ 401,227 …\n▪ 139,586 …; 62,210 of which": a pronoun stays in its item
    return not COLUMN_SEAM.search(text, q.span.start, part.span.end)


def n_of_m(doc: Document, figs: list[Quantity], rel: Relations) -> None:
    """ "506 of the 335 municipalities", "406.503 de 271.000": a part, then its whole."""
    p = relation_patterns(doc.language)
    text = doc.text
    for part, whole in zip(figs, figs[1:], strict=False):
        if part.kind != whole.kind or part.currency != whole.currency:
            continue
        m = p.n_of_m.match(text, part.span.end, lead(whole))
        if m is None or m.end() != lead(whole):
            continue
        rel.parts.append(PartOf(whole, part, "out-of", " ".join(m.group(0).split())))


def _named_before(
    text: str, p: RelationPatterns, prev_figs: list[Quantity], part: Quantity, noun: str
) -> list[Quantity]:
    """The one figure of the sentence before that "N of them" (people) or "N of these
    incidents" (that noun, among a figure's first words, or of an amount the two words before
    it: "Advances of CHF 4,105,000") refers to."""
    alike = [q for q in prev_figs if q.kind == part.kind and q.currency == part.currency]
    if noun:
        found = [q for q in alike if any(same_word(w, noun) for w in _names_of(text, q))]
    else:
        found = [q for q in alike if q.is_people]
        later = [q for q in alike if found and q.span.start > found[-1].span.start]
        if any(q.usable and q.tag is None for q in later):
            # "12 people go on to A, and 21 will travel to B. Fourteen of them …": "them" may
            # be the later group, though it names no people of its own.
            return []
    return found if len(found) == 1 and not found[0].from_words else []


_WORDS = re.compile(r"[^\W\d_]+")


def _names_of(text: str, q: Quantity) -> list[str]:
    """The words that may name a figure: its noun's first three; an amount's noun may stand
    before it instead ("Advances of CHF 4,105,000")."""
    words = q.noun.split()[:3]
    if q.kind == "money":
        words += [w.lower() for w in _WORDS.findall(text, max(0, lead(q) - 30), lead(q))[-2:]]
    return words
