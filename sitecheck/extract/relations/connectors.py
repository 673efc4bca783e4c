"""Parts joined to their whole by words: "of whom", "including", "out of", "de los cuales"."""

from __future__ import annotations

import bisect
import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.bracket_levels import compared_level
from sitecheck.extract.relations.connector_clauses import clause_parts, join_at
from sitecheck.extract.relations.death_causes import by_cause, outcome_pair
from sitecheck.extract.relations.model import Breakdown, PartKind, PartOf, Relations
from sitecheck.extract.relations.parallel_places import parallel_places
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.place_counts import other_unit
from sitecheck.extract.relations.positions import Positions
from sitecheck.extract.relations.unread_items import unread_item_after
from sitecheck.extract.relations.verb_parts import verb_led, verb_parts
from sitecheck.extract.relations.whole_after import whole_after
from sitecheck.extract.relations.wording import (
    COLUMN_SEAM,
    DIGIT,
    MOMENTS,
    MOMENTS_AND_MEASURES,
    WORD,
    digit_between,
    disjoint,
    elided_unit,
    figures,
    lead,
    looks_exhaustive,
    rest_place,
)
from sitecheck.lang import lexicon

# Figures before a whole that may be an outer whole of its part ("others"); nesting is read
# within a clause or two, never across fifty figures.
_OTHERS = 50
_MAX_PARTS = 200  # parts joined in one clause ("of whom 3,120 were girls and 2,750 boys")


@cache
def _hints(hints: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, hints)))


def connectors(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    p = relation_patterns(doc.language)
    figs = figures(nums)
    low = doc.text[span.start : span.end].lower()
    if not _hints(p.connector_hints).search(low):
        return  # no connector word: spare the sentence the regexes
    run = Positions(figs)
    for m in p.connector.finditer(doc.text, span.start, span.end):
        _connector(doc, p, m, span, nums, run, rel)
    whole_after(doc, span, run, rel)


def _connector(
    doc: Document,
    p: RelationPatterns,
    m: re.Match[str],
    span: Span,
    nums: list[Quantity],
    figs: Positions,
    rel: Relations,
) -> None:
    """The whole before one connector and the parts after it."""
    text = doc.text
    c_start, c_end = m.span()
    before = figs.before(c_start, _OTHERS + 1)
    j = figs.first_after(c_end)
    if not before or j == len(figs.figs):
        return
    part = figs.figs[j]
    words = " ".join(m.group("c").lower().split())
    found = _whole(text, p, m, before, part, nums)
    if found is None or compared_level(text, doc.language, found[0]):
        return  # no whole, or the level compared ("than in 2022 (152,240), of whom")
    whole, before = found
    if words in p.people_only and not _people_pair(p, doc.language, whole, part):
        return  # "3 attacks in which 45 people were killed": events, not people
    if words in p.composition and _over_places(doc.language, whole, part):
        return  # "4 teams distributed between 6 districts": the places, not parts of the teams
    part = elided_unit(whole, part)
    cue = " ".join(m.group("c").lower().split())  # "of\nwhich" wrapped across lines
    inclusive = words in p.inclusive
    kind: PartKind = "inclusive" if inclusive else "relative"
    unit_whole = _of_part_unit(text, before, part)
    if unit_whole is not None and unit_whole is not whole:
        _paired(text, figs.figs, unit_whole, whole, part, PartOf(whole, part, kind, cue), rel)
        before = before[: before.index(unit_whole) + 1]
        whole = unit_whole
    if _aside(text, p, whole, part, figs.figs[j + 1 : j + 2]):
        before = [whole]  # an aside between two parts of a "with" list: the part's whole is near
    rel.parts.append(PartOf(whole, part, kind, cue, others=before[:-1]))
    # "of whom 3,120 were girls and 2,750 boys": more parts in the same clause.
    after = figs.figs[j : j + 1 + _MAX_PARTS]
    parts = clause_parts(text, p, after, nums, part.kind == "money", doc.language)
    parts = _rest_part(text, doc.language, p, parts, figs.figs[j + len(parts) :])
    if part is not parts[0]:
        # The first part took the whole's currency: so do the others of its list, whatever
        # follows them ("12 millones a rehabilitación de hogares").
        parts = [part, *(elided_unit(whole, q, listed=True) for q in parts[1:])]
    if len(parts) < 2 and not inclusive and words not in p.composition:
        # "of whom 62,000 shelter in sites, 27,000 sleep outside": each part against its whole.
        for q in verb_parts(text, doc.language, p, after)[1:]:
            rel.parts.append(PartOf(whole, q, kind, cue, others=before[:-1]))
    if len(parts) < 2 or p.unique.search(text[whole.span.start : parts[-1].span.end]):
        return
    for q in parts[1:]:
        rel.parts.append(PartOf(whole, q, kind, cue, others=before[:-1]))
    rel.breakdowns.extend(_breakdown(doc, p, span, words, whole, parts))


def _people_pair(p: RelationPatterns, language: str, whole: Quantity, part: Quantity) -> bool:
    """Whether a whole counts people and its part people too, or is a bare figure and its verb."""
    if not whole.is_people or whole.is_households or part.is_households:
        return False
    head = part.noun.split()[:1]
    return part.is_people or bool(head and head[0] in p.auxiliaries) or verb_led(part, language)


def _breakdown(
    doc: Document,
    p: RelationPatterns,
    span: Span,
    words: str,
    whole: Quantity,
    parts: list[Quantity],
) -> list[Breakdown]:
    """The breakdown a connector's parts make of their whole, if any."""
    if words in p.inclusive:
        # "including" never closes the list, but groups that cannot overlap cannot add up to
        # more than their whole.
        if disjoint(doc, parts, unit_word=True) or _parallel(doc, parts, span):
            return [Breakdown(whole, parts, "connector", False, at_most=True)]
        return []
    exhaustive = (
        words in p.composition or looks_exhaustive(doc, parts, span) or outcome_pair(p, parts)
    ) and not unread_item_after(doc, parts, span)
    # "of whom 98,417 refugees, 87,925 IDPs and 3,362 asylum-seekers": groups that cannot
    # overlap cannot add up to more than their whole, even when others go unnamed.
    at_most = not exhaustive and (
        disjoint(doc, parts, unit_word=True)
        or by_cause(doc.text, doc.language, p, whole, parts)
        or _parallel(doc, parts, span)
    )
    return [Breakdown(whole, parts, "connector", exhaustive=exhaustive, at_most=at_most)]


def _parallel(doc: Document, parts: list[Quantity], span: Span) -> bool:
    """ "including 2,106 who crossed at Tillia and 3,871 at Assamaka": one place each."""
    return parallel_places(doc.text, doc.language, parts, span.end)


def _over_places(language: str, whole: Quantity, part: Quantity) -> bool:
    """Whether the figure after "distributed in" counts the places the whole is spread over
    ("6,174 communities distributed in the 9 departments"), not a share of the whole."""
    places = {w.lower() for w in lexicon(language).named_set_nouns}
    first = part.noun.split()[:1]
    own = whole.noun.split()[:1]
    return bool(first) and first[0] in places and first != own


def _aside(
    text: str, p: RelationPatterns, whole: Quantity, part: Quantity, nxt: list[Quantity]
) -> bool:
    """ "9,874 casualties, with 4,123 killed, including 281 children, and 5,751 wounded": the
    aside after a part of a "with" list, closed by the next part, counts that part alone."""
    if not nxt or not p.comma_and.fullmatch(text, part.span.end, lead(nxt[0])):
        return False
    start = max(0, lead(whole) - 20)
    return any(m.end() == lead(whole) for m in p.with_connector.finditer(text, start, lead(whole)))


def _whole(
    text: str,
    p: RelationPatterns,
    m: re.Match[str],
    before: list[Quantity],
    part: Quantity,
    nums: list[Quantity],
) -> tuple[Quantity, list[Quantity]] | None:
    """The whole a connector ties its part to, with the figures before it that may be outer
    wholes; None when the words between say the figure is no whole."""
    c_start, c_end = m.span()
    inner = before[-1]
    before = _past_conversion(text, before, c_start, part)
    whole = before[-1]
    # Past a conversion in brackets, the words between are read from its closing bracket.
    after_whole = whole.span.end if whole is inner else text.index(")", inner.span.end) + 1
    # "CHF 17.4 million (107 per cent of the target), of which …": the whole's share, left out.
    cut = _share_bracket(text, after_whole, c_start, nums, whole is inner)
    gap_before = text[after_whole : cut[0]] + text[cut[1] : c_start]
    if (
        len(before) > 1
        and part.interval.lo > whole.interval.hi
        and p.place_lead.search(text, max(0, lead(whole) - 12), lead(whole))
    ) or other_unit(p, before, whole, part):
        # "45,000 people in 6 provinces, including 12,000 in Maradi": 6 counts places, and
        # 12,000 is none of them; the parts split the figure before it (the words are still
        # read from "provinces"). "… in 20 districts, of which 15 in Nampula" keeps the 20.
        before = before[:-1]
        whole = before[-1]
    outer_whole = _split_whole(text, before, whole, gap_before)
    if outer_whole is not None:
        before = before[: before.index(outer_whole) + 1]
        whole = outer_whole
        after_whole = text.index(")", after_whole) + 1
        gap_before, cut = text[after_whole:c_start], (c_start, c_start)
    words = " ".join(m.group("c").lower().split())
    if not gap_before.strip() and words not in p.inclusive and words not in p.composition:
        return None  # "17 of them, of 45 seats": the figure right before "of them" is a part
    gap_after = text[c_end : lead(part)]
    # A measure between ("… 96 mt of food, a figure that includes 71,455 children") hides no
    # whole of people; before a bare part ("… et 392 mm, dont 275") it is the part's whole.
    skipped = MOMENTS_AND_MEASURES if part.is_people and whole.is_people else MOMENTS
    if (
        digit_between(text, after_whole, cut[0], nums, skipped)
        or digit_between(text, cut[1], c_start, nums, skipped)
        or DIGIT.search(gap_after)
        or len(WORD.findall(gap_before)) > _gap_words(gap_before)
        or len(WORD.findall(gap_after)) > (6 if part.kind == "money" else 4)
    ):
        return None
    if COLUMN_SEAM.search(text[whole.span.start : part.span.end]):
        return None  # two columns of a PDF page side by side
    return whole, [*_outer(text, p, before, whole, part), whole]


def _outer(
    text: str, p: RelationPatterns, before: list[Quantity], whole: Quantity, part: Quantity
) -> list[Quantity]:
    """The figures before a whole that may be outer wholes of its part."""
    # An outer whole is read within the clause: "…, including 1,245 deaths; 14,106 more cases,
    # including 252 deaths" nests nothing across the semicolon, nor past "a total of 14,106".
    if p.total_lead.search(text, max(0, lead(whole) - 20), lead(whole)):
        return []
    outer = [q for q in before[:-1] if text.find(";", q.span.end, whole.span.start) < 0]
    # "… in 97 States of the five subregions, of which 210,273": a count of places in words is
    # no whole of things that could keep the people figure out.
    things = not (whole.is_people or part.is_people or whole.from_words)
    if whole.kind == "count" and whole.noun and things:
        # "18,300 people affected and 2,900 houses destroyed, of which 1,300 …": houses are
        # no part of people, so the people figure is no outer whole.
        outer = [q for q in outer if not q.is_people]
    return outer


def _rest_part(
    text: str, language: str, p: RelationPatterns, parts: list[Quantity], after: list[Quantity]
) -> list[Quantity]:
    """ "12,000 in Maradi, 9,000 in Zinder and 24,000 in the 4 other provinces": the part for
    the places not named closes a split by place (it names no place of its own)."""
    if not after or len(parts) < 2 or after[0].kind != parts[-1].kind:
        return parts
    if not all(p.place_after.match(text, q.span.end) for q in parts):
        return parts
    gap = text[parts[-1].span.end : lead(after[0])]
    if join_at(p, gap, False) is None or not rest_place(language).match(text, after[0].span.end):
        return parts
    return [*parts, after[0]]


def _split_whole(
    text: str, before: list[Quantity], whole: Quantity, gap_before: str
) -> Quantity | None:
    """ "5,400 people (2,600 men and 2,800 women), of whom …": the bracket split the figure
    before it; the connector after the bracket ties to that figure, not to the last inside."""
    if ")" not in gap_before.split("(")[0]:
        return None
    opened = text.rfind("(", 0, whole.span.start)
    inside = [q for q in before if opened < q.span.start < whole.span.end]
    outside = [q for q in before if q.span.end <= opened]
    if opened < 0 or len(inside) < 2 or not outside:
        return None
    return outside[-1]


def _unit(q: Quantity) -> tuple[str, str | None, bool, bool]:
    return q.kind, q.currency, q.is_people, q.is_households


# "familias de ", "people in ": a figure, its noun and a word that says where they are
_HOLDS = re.compile(r"\s*[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}\s+")


def _of_part_unit(text: str, before: list[Quantity], part: Quantity) -> Quantity | None:
    """ "2.850 familias de 41 campamentos …; entre ellas, 1.240 familias": the connector refers
    back to the figure of the part's unit, past one that counts where they are; None when the
    figure right before is of that unit, or when no figure before is (people in brackets,
    "12 camps, of which 3 were closed")."""
    if not (part.is_people or part.is_households) or _unit(before[-1]) == _unit(part):
        return None
    if before[-1].is_people or before[-1].is_households:
        return None  # people and households: another unit of the same group, not a place
    found = next((q for q in reversed(before[:-1]) if _unit(q) == _unit(part)), None)
    if found is None or not _HOLDS.fullmatch(text, found.span.end, lead(before[-1])):
        return None  # "243 personas, de las cuales 184 …, entre ellos 23 niños": nested parts
    return found


def _paired(
    text: str,
    figs: list[Quantity],
    whole: Quantity,
    skipped: Quantity,
    part: Quantity,
    like: PartOf,
    rel: Relations,
) -> None:
    """ "2.850 familias de 41 campamentos …; entre ellas, 1.240 familias de 19 campamentos": the
    figure after the part, linked to it as the skipped figure is to the whole, is part of it."""
    after = next((q for q in figs if q.span.start >= part.span.end), None)
    if after is None or after.kind != skipped.kind or after.currency != skipped.currency:
        return
    link, mirror = text[whole.span.end : lead(skipped)], text[part.span.end : lead(after)]
    if link.split() != mirror.split() or DIGIT.search(link):
        return
    if skipped.noun.split()[:1] != after.noun.split()[:1] or not skipped.noun:
        return
    rel.parts.append(PartOf(skipped, after, like.kind, like.cue))


def _gap_words(gap_before: str) -> int:
    """How many words may stand between a whole and its connector: a clause after a semicolon
    ("…; entre ellas, 26 millones …") refers back to the figure that opens the clause before,
    however long its wording."""
    return 20 if gap_before.rstrip().endswith(";") else 12


def _share_bracket(
    text: str, start: int, end: int, nums: list[Quantity], right_after: bool
) -> tuple[int, int]:
    """The first bracket in [start, end), from its opening to past its closing bracket, when it
    holds a share alone ("(30 per cent)") and the whole is right before the stretch; else the
    empty stretch at ``end``."""
    none = (end, end)
    open_ = text.find("(", start, end) if right_after else -1
    close = text.find(")", open_, end) if open_ >= 0 else -1
    if close < 0:
        return none
    i = bisect.bisect_left(nums, open_, key=lambda q: q.span.start)
    share = nums[i] if i < len(nums) else None
    if share is None or share.kind != "percent" or share.span.end > close:
        return none
    if DIGIT.search(text, open_, lead(share)) or DIGIT.search(text, share.span.end, close):
        return none  # another figure in the bracket
    return open_, close + 1


_CONVERSION = re.compile(r"[^()\d]{0,60}\(\s*")  # "96,417 persons (" before "22,806 HHs), …"


def _past_conversion(
    text: str, before: list[Quantity], c_start: int, part: Quantity
) -> list[Quantity]:
    """ "96,417 persons (22,806 HHs), including 71,925 …": the figure in brackets restates the
    whole in another unit; the whole is the figure before it, in the unit of the part."""
    if len(before) < 2:
        return before
    inner, outer = before[-1], before[-2]
    if not re.fullmatch(r"[^()\d]*\)[\s,;]*", text[inner.span.end : c_start]):
        return before
    if not _CONVERSION.fullmatch(text, outer.span.end, lead(inner)):
        return before
    if inner.is_households == part.is_households or outer.is_households != part.is_households:
        return before
    return before[:-1]
