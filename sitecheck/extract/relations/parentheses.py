"""Figures in parentheses after a figure: parts, a share, the whole, or labelled parts.

"368 people (156 women and 212 men)", "1,215 (30%)", "85% (1,700 of 2,000 schools)",
"5,700 cards (of the 57,500 processed)", "368 Venezuelans (156) and Peruvians (212)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.amounts import sizes_not_parts
from sitecheck.extract.relations.bare_brackets import bare_part, worded_part_after
from sitecheck.extract.relations.changes import compared_in_brackets
from sitecheck.extract.relations.counted_places import joined
from sitecheck.extract.relations.distant_wholes import captioned, previous_total
from sitecheck.extract.relations.model import Breakdown, PartOf, PercentOf, Relations
from sitecheck.extract.relations.named_wholes import LABEL, named_whole, series_parts
from sitecheck.extract.relations.overlap_heads import overlapping_head
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.place_counts import beyond_places, names_places, places_split
from sitecheck.extract.relations.positions import KEEP, Positions
from sitecheck.extract.relations.sentence_totals import says_together
from sitecheck.extract.relations.share_of import of_total, restricted_noun, signed
from sitecheck.extract.relations.unread_items import unread_item_after
from sitecheck.extract.relations.wording import (
    DIGIT,
    WORD,
    adjacent,
    elided_unit,
    figures,
    highlights_subgroups,
    label_words,
    lead,
    lead_noun,
    located_whole,
    looks_exhaustive,
    matching_paren,
    names_some,
    whole_of,
)

# "42 per cent of funding (31.5 of 75)": a few words between a share and its brackets.
_SHORT_GAP = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}\s*")


@dataclass
class Paren:
    """One parenthesis of a sentence with the figures around it."""

    open_: int
    close: int
    inside: list[Quantity]  # every number mention inside
    before: list[Quantity]  # the last counts and amounts before it in the sentence
    earlier: list[Quantity]  # the last usable figures before it (percentages too)

    @property
    def first(self) -> Quantity:
        return self.inside[0]


def parentheses(
    doc: Document,
    span: Span,
    nums: list[Quantity],
    rel: Relations,
    prev_figs: list[Quantity] | None = None,
) -> None:
    p = relation_patterns(doc.language)
    text = doc.text
    figs = figures(nums)
    if text.find("(", span.start, span.end) < 0:
        return  # no bracket (and no series of bracketed parts)
    at_nums, at_figs = Positions(nums), Positions(figs)
    at_usable = Positions([q for q in nums if q.usable])
    series: list[tuple[int, int, Quantity]] = []  # bare "(156)" parts with their label start
    pos = span.start
    while True:
        open_ = text.find("(", pos, span.end)
        if open_ < 0:
            break
        close = matching_paren(text, open_)
        if close < 0 or close > span.end:
            break
        pos = open_ + 1
        inside = at_nums.inside(open_, close)
        if not inside:
            continue
        # Only the last few figures before a bracket can be its whole or its share.
        par = Paren(open_, close, inside, at_figs.before(open_), at_usable.before(open_))
        if _share_right_before(p, text, par) and _amount_after_share(doc, p, par, rel):
            continue  # "57% (992)": the amount of the share before it, not a labelled part
        if _amount_and_share_inside(text, par, rel):
            continue
        if bare_part(text, par.open_, par.close, par.inside):
            series.append((open_, close, par.first))
            continue
        if _share(doc, p, par, rel) or _share_before(doc, p, par, rel):
            continue
        if _amount_after_share(doc, p, par, rel):
            continue
        if _whole_inside(doc, p, par, rel):
            continue
        _parts(doc, p, par, span, rel, nums)
    label_series(doc, span, at_figs, series, rel, prev_figs or [])


def _share_right_before(p: RelationPatterns, text: str, par: Paren) -> bool:
    """ "57% (992)", "91 per cent of the refugees (203,740)": a share, then its amount."""
    last = par.earlier[-1] if par.earlier else None
    if last is None or last.kind != "percent":
        return False
    return p.share_base.fullmatch(text, last.span.end, par.open_) is not None


_AMOUNT_THEN_SHARE = re.compile(r"\s*(?:[^\W\d_][\w-]*\s*)?[;,]\s*")


def _amount_and_share_inside(text: str, par: Paren, rel: Relations) -> bool:
    """ "(205,870 cases; 78.1%)": an amount and its share, of a whole named elsewhere."""
    inside = [q for q in par.inside if q.usable]
    if len(inside) != 2 or len(par.inside) != 2:
        return False
    amount, pct = inside
    if amount.kind not in ("count", "money") or pct.kind != "percent" or amount.from_words:
        return False
    if text[par.open_ + 1 : lead(amount)].strip() or text[pct.span.end : par.close].strip():
        return False
    if not _AMOUNT_THEN_SHARE.fullmatch(text, amount.span.end, lead(pct)):
        return False
    rel.percents.append(PercentOf(amount, pct))
    return True


def _share(doc: Document, p: RelationPatterns, par: Paren, rel: Relations) -> bool:
    """ "1,215 (30%)", "1,700 of 2,000 schools (85%)"; not "(40% more than in May)"."""
    text, first, before = doc.text, par.first, par.before
    if not (
        first.usable
        and first.kind == "percent"
        and len(par.inside) == 1
        and p.share_lead.fullmatch(text[par.open_ + 1 : lead(first)])
        and p.share_tail.fullmatch(text[first.span.end : par.close])
    ):
        return False
    amount = before[-1] if before and adjacent(doc, before[-1], par.open_, 3) else None
    if amount is not None:
        # "1,700 of 2,000 schools (85%)": the share is of the first figure.
        if len(before) >= 2 and p.n_of_w.fullmatch(text[before[-2].span.end : lead(amount)]):
            rel.percents.append(PercentOf(before[-2], first, base=amount))
        else:
            rel.percents.append(PercentOf(amount, first))
    return True


def _share_before(doc: Document, p: RelationPatterns, par: Paren, rel: Relations) -> bool:
    """ "85% (1,700 of 2,000 targeted schools)": the share stated before its two figures."""
    text = doc.text
    inside = [q for q in par.inside if q.usable]
    pct = par.earlier[-1] if par.earlier else None
    if (
        len(inside) == 2
        and pct is not None
        and pct.kind == "percent"
        and _SHORT_GAP.fullmatch(text[pct.span.end : par.open_])
        and not text[par.open_ + 1 : lead(par.first)].strip()
        and p.n_of_w.fullmatch(text[inside[0].span.end : lead(inside[1])])
    ):
        rel.percents.append(PercentOf(inside[0], pct, base=inside[1]))
        return True
    return False


def _amount_after_share(doc: Document, p: RelationPatterns, par: Paren, rel: Relations) -> bool:
    """ "77% (992) were women", "40% of these countries (18 countries)": the amount in brackets
    after its share; the base is the whole the sentence names, found by the rule."""
    text, first = doc.text, par.first
    inside = [q for q in par.inside if q.usable]
    pct = next((q for q in reversed(par.earlier) if q.kind == "percent"), None)
    if pct is None or len(inside) != 1 or inside[0] is not first or first.kind != "count":
        return False
    # "a fall of -14% (298,027)": a signed change, the amount in brackets is the new level
    if signed(text, pct) or text[par.open_ + 1 : lead(first)].strip():
        return False
    if compared_in_brackets(doc, first):
        return False  # "60% of them from Gao (2,000 last year)": an earlier level, not the amount
    if DIGIT.search(text[pct.span.end : par.open_]):
        return False
    named = p.share_base.fullmatch(text, pct.span.end, par.open_)
    if named is None:
        return False
    noun = named.group("noun")
    if noun is None:
        # "91% (1,802) of these refugees": the base's noun after the brackets.
        after = p.share_base.match(text, par.close + 1)
        noun = (after.group("adj") or after.group("noun")) if after else None
        noun = noun or of_total(doc, par.close + 1)  # "(1.500) del total"
        noun_at = "adj" if after and after.group("adj") else "noun"
        if (
            after
            and after.group("noun")
            and restricted_noun(text, after.start(noun_at), p.place_preps)
        ):
            noun = ""  # "of the cases in young women": a subset the text does not count
    rel.percents.append(PercentOf(first, pct, base_noun=None if noun is None else noun.lower()))
    return True


def _whole_inside(doc: Document, p: RelationPatterns, par: Paren, rel: Relations) -> bool:
    """ "5,700 cards (of the 57,500 processed)": the parenthesis holds the whole."""
    inside = [q for q in par.inside if q.usable]
    content = doc.text[par.open_ + 1 : par.close]
    if not (p.whole_inside.match(content) and len(inside) == 1 and par.first.usable):
        return False
    before = par.before
    part = before[-1] if before and adjacent(doc, before[-1], par.open_, 4) else None
    if part is not None:
        rel.parts.append(PartOf(par.first, part, "of-the", "of-the"))
    return True


def _parts(
    doc: Document,
    p: RelationPatterns,
    par: Paren,
    span: Span,
    rel: Relations,
    nums: list[Quantity],
) -> None:
    """ "368 people (156 women and 212 men)": parts of the figure before the parenthesis."""
    text = doc.text
    near = par.before[-1] if par.before and adjacent(doc, par.before[-1], par.open_, 6) else None
    whole = (near if near and places_split(doc, p, near, par.first) else None) or located_whole(
        doc, p, par.before, par.open_
    )
    whole = whole or captioned(text, span, par.before, par.open_, nums)
    content = text[par.open_ + 1 : par.close]
    lead_words = text[par.open_ + 1 : lead(par.first)]
    labelled = not p.qualifier_words.match(lead_words)
    if labelled and not LABEL.fullmatch(lead_words):
        return
    if p.not_a_part.match(content) or p.inside_connector.search(content):
        return
    # "in 27 centres (Alpha 12, Beta 9)": the centres or the people before them, by place
    far = whole is not None and any(whole is q for q in par.before[:-1])
    if labelled and (whole is None or whole.from_words or far):
        named = series_parts(text, p, par.open_ + 1, par.close, par.inside, True) or []
        return named_whole(doc, p, par.before, par.open_, par.close, named, rel)
    if whole is None or not whole_of(doc, p, whole, par.open_):
        return
    parts = series_parts(text, p, par.open_ + 1, par.close, par.inside, labelled)
    parts = parts and [elided_unit(whole, q, listed=k > 0) for k, q in enumerate(parts)]
    if parts is None or (labelled and len(parts) < 2):
        return
    if any(p.compared_part.match(text, q.span.end) for q in parts):
        return  # "800 this week (1,000 the week before, 900 in May)": figures compared with
    if len(parts) == 1:
        # An amount in brackets after an amount is mostly another figure ("USD 5 million
        # (USD 7 million requested)", a conversion): only counts are taken as a subgroup, and
        # not "540 households (3,780 people)", the same group in another unit.
        if says_together(doc.language, content):
            return  # "… and El Salvador 6.3 million (33.7 million in all)": the total
        if p.compared.search(text, parts[0].span.end, par.close):
            return  # "800 this week (1,000 the week before)": the figure compared with
        if parts[0].kind == "count" and lead_noun(parts[0], p) not in p.generic_people:
            rel.parts.append(PartOf(whole, parts[0], "parenthesis", "parenthesis"))
    elif all(q.kind == whole.kind for q in parts):
        # "5,000 people (1,200 children and 300 older persons)" highlights subgroups; only
        # parts that cannot all fit in the total are then an error. Amounts by sector are
        # treated the same way unless the wording closes the list ("the rest for …").
        labels = label_words(text, parts, par.open_) if labelled else None
        highlight = (
            highlights_subgroups(parts, p, labels)
            or (whole.kind == "money" and not looks_exhaustive(doc, parts, span))
            or bool(p.partial.search(text, whole.span.end, par.close))
            or unread_item_after(doc, parts, Span(parts[-1].span.end, par.close))
        )
        rel.breakdowns.append(
            Breakdown(whole, parts, "parenthesis", exhaustive=not highlight, at_most=highlight)
        )


def label_series(
    doc: Document,
    span: Span,
    figs: Positions,
    series: list[tuple[int, int, Quantity]],
    rel: Relations,
    prev_figs: list[Quantity],
) -> None:
    """ "368 Venezuelans (156) and Peruvians (212)": labelled parts after a stated total (or in
    the sentence before, ``prev_figs``)."""
    p = relation_patterns(doc.language)
    text = doc.text
    groups: list[list[tuple[int, int, Quantity]]] = []
    for item in series:
        if groups:
            gap = text[groups[-1][-1][1] + 1 : item[0]]
            if p.label_gap.fullmatch(gap) and len(WORD.findall(gap)) <= 8:
                groups[-1].append(item)
                continue
        groups.append([item])
    for group in groups:
        _label_group(doc, p, span, figs, group, rel, prev_figs)


def _label_group(
    doc: Document,
    p: RelationPatterns,
    span: Span,
    figs: Positions,
    group: list[tuple[int, int, Quantity]],
    rel: Relations,
    prev_figs: list[Quantity],
) -> None:
    text = doc.text
    first_open = group[0][0]
    if len(group) < 2:
        wholes = figs.before(first_open, 1)
        whole = wholes[-1] if wholes else None
        # "96.284 pessoas deslocadas, na sua maioria provenientes de Cabo Delgado (93.517)": a
        # word that says most of them come from the place lets the label run longer.
        near = 12 if whole and p.partial.search(text, whole.span.end, first_open) else 6
        if whole and adjacent(doc, whole, first_open, near) and whole_of(doc, p, whole, first_open):
            rel.parts.append(PartOf(whole, group[0][2], "parenthesis", "parenthesis"))
        return
    parts = [g[2] for g in group]
    # "Lima (450), Tumbes (300) and Piura (200), a total of 950 people": the total after.
    start = figs.first_after(group[-1][1] + 1)
    after = [q for q in figs.figs[start : start + KEEP] if q.kind == "count"][:1]
    if after:
        found = p.total_after.match(text, group[-1][1] + 1, lead(after[0]))
        if found and found.end() == lead(after[0]):
            rel.breakdowns.append(Breakdown(after[0], parts, "labels"))
            return
    before = figs.last_before(first_open, lambda q: q.kind == "count", 2)
    if not before:
        previous_total(doc, p, span, parts, prev_figs, first_open, rel)
        return
    total = before[-1]
    between = text[total.span.end : first_open]
    far = beyond_places(doc, p, before, first_open)
    if far is None and names_places(doc, total, first_open):
        return  # "in 5 regions, namely Morogoro (45), Iringa (18) …": it counts the places
    if far is not None:
        # "86,400 people in four districts: Nsanje (31,200), …": the total is the figure whose
        # unit the parts share, before the count of the places they are in.
        total, between = far, text[far.span.end : lead(before[-1])]
        prior = figs.last_before(lead(far), lambda q: q.kind == "count", 1)
        if prior and joined(doc, prior[-1], far):
            return  # "420 children and 380 adults in three clinics: A (300), …": two wholes
    # "… se reparten así: deslizamientos, con 79 casos, inundaciones (26)": a figure that is
    # itself an item of a list after a colon is no total.
    item = ":" in text[max(span.start, total.span.start - 40) : total.span.start]
    if DIGIT.search(between) or ":" in between or ";" in between or item:
        return
    if not whole_of(doc, p, total, first_open):
        return
    if not 1 <= len(WORD.findall(between)) <= 12:
        return
    _add_labels(doc, p, total, group, rel)


def _add_labels(
    doc: Document,
    p: RelationPatterns,
    total: Quantity,
    group: list[tuple[int, int, Quantity]],
    rel: Relations,
) -> None:
    """The breakdown of a total into its labelled parts, bounded as the wording allows."""
    text = doc.text
    parts = [g[2] for g in group]
    if sizes_not_parts(total, parts):
        return
    # The word before each "(n)" names the part: "Venezuelans (156) and Peruvians (212)".
    labels = [(WORD.findall(text[max(0, o - 40) : o]) or [""])[-1].lower() for o, _, _ in group]
    some = names_some(p, text, total.span.end, group[-1][1]) or worded_part_after(doc, group[-1][1])
    highlight = highlights_subgroups(parts, p, labels) or some
    if overlapping_head(text, doc.language, total, parts[0]):
        if not highlight:  # "took part in three activities: A (3,100), …": at least the whole
            rel.breakdowns.append(Breakdown(total, parts, "labels", one_way=True))
        return
    rel.breakdowns.append(
        Breakdown(total, parts, "labels", exhaustive=not highlight, at_most=highlight)
    )
