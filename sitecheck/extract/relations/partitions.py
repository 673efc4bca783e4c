"""A whole and its parts across a sentence opening: "Of these, …" and "Of the 4,000 …, …"."""

from __future__ import annotations

import re

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.further_parts import followed_by_more
from sitecheck.extract.relations.model import Breakdown, PartOf, Relations
from sitecheck.extract.relations.month_parts import by_month
from sitecheck.extract.relations.parallel_places import parallel_places
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.wording import (
    WORD,
    complementary,
    disjoint,
    disjoint_labels,
    elided_unit,
    lead,
    lead_noun,
    looks_exhaustive,
    same_word,
    unnumbered_rest,
)
from sitecheck.lang import alternation, lexicon


def of_these(
    doc: Document,
    span: Span,
    figs: list[Quantity],
    prev_figs: list[Quantity],
    rel: Relations,
    index: QuantityIndex | None = None,
) -> None:
    """ "Of these, …" refers to the one headline figure of the sentence before."""
    p = relation_patterns(doc.language)
    m = p.of_these.match(doc.text, span.start, span.end) or _after_label(doc.text, p, span)
    if not m or not prev_figs:
        return
    back = p.back_opening.match(doc.text, span.start, span.end)
    if back and back.group("all"):
        return  # "This figure comprises …": a closed list (carried_wholes)
    figs = [q for q in figs if q.span.start >= m.end()]  # not the note marker of "(3) Of these"
    if not figs:
        return
    # "Of these, 1,200 …"; not "Among those returning on their own, 4,318 …": a group of its own.
    # "Among them are 74 refugees, 28 …": a verb before the first figure, no whole of its own.
    opening = doc.text[m.end() : lead(figs[0])]
    if len(WORD.findall(opening)) > 3:
        return
    arts = {w.lower() for w in lexicon(doc.language).articles}
    verb = any(w.lower() not in arts for w in WORD.findall(opening))
    if not back and not verb and _own_whole(doc.text, p, m, opening, figs):
        return
    # "8,412 …, a 4% decrease on the week before (8,762). Of them, …": not the aside.
    prev_figs = [q for q in prev_figs if not _in_brackets(doc.text, q)] or prev_figs
    prev_figs = _beyond_extent(doc, rel, prev_figs)  # "27 countries in four of the six regions"
    whole, households = _wholes(p, m, prev_figs, opening)
    if whole is None:  # "15,700 minors, 9,100 of them boys …. Of this group,": not a part
        whole, households = _wholes(p, m, _not_parts(rel, prev_figs), opening)
    if whole is None:
        return
    in_homes = [q for q in figs if q.is_households] if households is not None else []
    if households is not None:
        figs = _households_parts(figs, households, rel)
    if whole.is_people and not _named_alike(doc, m.group(0), whole):
        return
    # "Of this amount, $37.6 million ($33 million in euros)": a conversion is no second part.
    figs = [elided_unit(whole, q) for q in figs]  # "De ese monto, … y los 264 millones restantes"
    parts = [q for q in figs if q.kind == whole.kind and q.currency == whole.currency]
    parts, asides = _without_asides(doc.text, parts, in_homes)
    parts = _sub_splits(doc.text, p, parts, asides, rel)
    if not parts:
        return
    for q in parts:
        rel.parts.append(PartOf(whole, q, "of-these", "of these"))
    if len(parts) >= 2:
        exhaustive, at_most = _closes(doc, p, span, parts, index, (m.group(0) + opening, whole))
        b = Breakdown(whole, parts, "of-these", exhaustive=exhaustive, at_most=at_most)
        rel.breakdowns.append(b)
        # "287 people (91 families). Of these, 69 … (24 families) and 218 … (67 families)": the
        # families split as the people do.
        whole_hh = next((q for q in prev_figs if _converts(doc.text, whole, q)), None)
        if whole_hh is not None and len(asides) == len(parts) and (exhaustive or at_most):
            hh = Breakdown(whole_hh, asides, "of-these", exhaustive=exhaustive, at_most=at_most)
            rel.breakdowns.append(hh)


def _closes(
    doc: Document,
    p: RelationPatterns,
    span: Span,
    parts: list[Quantity],
    index: QuantityIndex | None,
    named: tuple[str, Quantity],
) -> tuple[bool, bool]:
    """Whether the parts are all of the whole, or else at most it (groups that cannot overlap).
    Parts all of a group the opening names within the whole ("Among those deported, 1,000 men
    and 900 women") are at most the whole."""
    exhaustive = looks_exhaustive(doc, parts, span)
    if exhaustive and _subgroup(doc, *named):
        return False, True
    if exhaustive and index is not None and followed_by_more(doc, span, index):
        exhaustive = False  # "… 3,000 in Lomi. The remaining 3,000 …": more parts follow
    at_most = not exhaustive and (
        disjoint(doc, parts)
        or disjoint_labels(p, _clauses(doc.text, parts, span))
        or unnumbered_rest(doc, parts, span)
        or by_month(doc, parts, span)  # "2,310 left in January and 2,905 in February"
        or parallel_places(doc.text, doc.language, parts, span.end)  # "at A and 3,871 at B"
    )
    return exhaustive, at_most


def _beyond_extent(doc: Document, rel: Relations, figs: list[Quantity]) -> list[Quantity]:
    """ "27 countries in four of the six regions. Among them, 11 …": the areas a figure spreads
    over, counted n of m after "in", are not what "them" counts; the one figure before them is."""
    lex = lexicon(doc.language)
    areas = {w.lower() for w in lex.area_nouns}
    extent = re.compile(rf"(?<![\w])(?:{alternation(lex.extent_leads)})\s+$", re.I)
    ids = {id(q) for q in figs}
    out: set[int] = set()
    for r in rel.parts:
        if r.kind != "out-of" or id(r.whole) not in ids or id(r.part) not in ids:
            continue
        if areas & set(r.whole.noun.lower().split()[:3]) and extent.search(
            doc.text, max(0, lead(r.part) - 15), lead(r.part)
        ):
            out |= {id(r.whole), id(r.part)}
    rest = [q for q in figs if id(q) not in out]
    return rest if out and len(rest) == 1 and rest[0].span.end <= lead(figs[1]) else figs


def _wholes(
    p: RelationPatterns, m: re.Match[str], prev_figs: list[Quantity], opening: str = ""
) -> tuple[Quantity | None, Quantity | None]:
    """The one figure "Of these" refers to, and the households counted beside it: "21,640
    people, in 4,812 families. Of that total, …" refers to the people, not their families (a
    part in families, "4,307 people (1,265 families)", is of the 4,812)."""
    if p.amount_nouns.search(m.group(0)):
        candidates = [q for q in prev_figs if q.kind == "money"]  # "Of this amount, …"
    elif len(prev_figs) == 1:
        candidates = prev_figs
    else:
        candidates = [q for q in prev_figs if q.is_people]
    # "3,500 refugees and 1,200 migrants … Of these refugees, …": the one the opening names.
    said = [w.lower() for w in WORD.findall(m.group(0) + opening) if len(w) > 3]
    said = [w for w in said if w not in p.generic_people]  # "people" names no one count
    named = [q for q in candidates if any(same_word(lead_noun(q, p), w) for w in said)]
    candidates = named if len(candidates) > 1 and len(named) == 1 else candidates
    households = None
    if len(candidates) == 2 and candidates[1].is_households != candidates[0].is_households:
        households = next(q for q in candidates if q.is_households)
        candidates = [q for q in candidates if not q.is_households]
    return (candidates[0] if len(candidates) == 1 else None), households


def _not_parts(rel: Relations, figs: list[Quantity]) -> list[Quantity]:
    """The figures of a sentence that are no part of another of its figures ("of whom")."""
    ids = {id(q) for q in figs}
    parts = {id(r.part) for r in rel.parts if id(r.whole) in ids and id(r.part) in ids}
    return [q for q in figs if id(q) not in parts] if parts else []


def _without_asides(
    text: str, parts: list[Quantity], in_homes: list[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """The parts, and each part's families in its brackets apart ("69 evacuated (24 families)
    and 218 …": no part of the people), households taken out before included."""
    asides = [b for a, b in zip(parts, parts[1:], strict=False) if _converts(text, a, b)]
    parts = [q for q in parts if q not in asides]
    return parts, asides or [b for a in parts for b in in_homes if _converts(text, a, b)]


_SUB_GAP = re.compile(r"[\s)]*")  # "69 evacuated (24 families) 35 adults": only the bracket's end


def _sub_splits(
    text: str, p: RelationPatterns, parts: list[Quantity], asides: list[Quantity], rel: Relations
) -> list[Quantity]:
    """ "69 evacuated (24 families) 35 adults and 34 children and 218 …": two complementary
    groups joined by "and" right after a part (or its families in brackets) split that part;
    they are no parts of the whole. The parts left."""
    out: list[Quantity] = []
    i = 0
    while i < len(parts):
        group, out = parts[i], [*out, parts[i]]
        if i + 2 < len(parts) and _splits(text, p, group, parts[i + 1], parts[i + 2], asides):
            rel.breakdowns.append(Breakdown(group, parts[i + 1 : i + 3], "of-these"))
            i += 3
        else:
            i += 1
    return out


def _splits(
    text: str,
    p: RelationPatterns,
    group: Quantity,
    a: Quantity,
    b: Quantity,
    asides: list[Quantity],
) -> bool:
    nouns = {w for q in (a, b) if (w := lead_noun(q, p))}
    if len(nouns) != 2 or not complementary(nouns, p):
        return False
    start = next((h.span.end for h in asides if lead(h) > group.span.end), group.span.end)
    if start > group.span.end:
        start = text.find(")", start, lead(a)) + 1 or start  # past "(24 families)"
    gap = _SUB_GAP.match(text, start)
    if start > lead(a) or gap is None or gap.end() != lead(a):
        return False
    joint = text[a.span.end : lead(b)].split()
    return len(joint) == 2 and joint[1].lower() in p.ands


_CONVERSION = re.compile(r"(?:\s+[^\W\d_][\w'-]*){0,3}\s*\(\s*")  # "69 evacuated ("


def _converts(text: str, a: Quantity, b: Quantity) -> bool:
    """Whether ``b`` opens the brackets right after ``a`` and counts its people as households
    (or its households as people): "287 people (91 families)"."""
    m = _CONVERSION.match(text, a.span.end)
    if m is None or m.end() != lead(b):
        return False
    return (a.is_households and b.is_people and not b.is_households) or (
        b.is_households and not a.is_households
    )


def _own_whole(
    text: str, p: RelationPatterns, m: re.Match[str], opening: str, figs: list[Quantity]
) -> bool:
    """ "Of these 12,400 people affected, 7,000 …": the opening states its own whole, a figure
    right after it and closed by a comma before the parts; not "Of these, 1,200 …" nor "Of
    these 11 were health partners, while 16 …" (the figure is the first part)."""
    if "," in opening or ":" in opening or m.group(0).rstrip().endswith(",") or len(figs) < 2:
        return False  # "Of these: 90 …": a colon opens the list of parts
    head = text[figs[0].span.end : lead(figs[1])]
    named = [w.lower() for w in WORD.findall(head.split(",")[0])]
    return "," in head and len(named) <= 4 and not p.auxiliaries & set(named)


def _households_parts(
    figs: list[Quantity], households: Quantity, rel: Relations
) -> list[Quantity]:
    """The figures that count people, once those in households are taken as parts of the
    households of the sentence before."""
    for q in figs:
        if q.is_households and q.kind == households.kind:
            rel.parts.append(PartOf(households, q, "of-these", "of these"))
    return [q for q in figs if not q.is_households]


def _named_alike(doc: Document, opening: str, whole: Quantity) -> bool:
    """Whether the sentence of the whole says what "Of all people affected," names: each word
    of the opening besides its demonstrative and the word for people (by its first five letters:
    "affected", "affecting"), when it names more than a noun. "Teams assessed 6,000 people" is
    another group."""
    lex = lexicon(doc.language)
    known = set(lex.generic_people_nouns)
    demonstrative = {w for phrase in (*lex.of_this_noun, *lex.of_these) for w in phrase.split()}
    words = [w.lower() for w in WORD.findall(opening) if w.lower() not in demonstrative]
    if len(words) < 2:
        return True  # "Of this group,", "De ese grupo,": a noun that only points back
    named = [w[:5] for w in words if len(w) > 3]
    named = [w for w in named if not any(k.startswith(w) for k in known)]
    sentence = doc.sentence_at(whole.span.start)
    said = (doc.text[sentence.span.start : sentence.span.end] if sentence else "").lower()
    return all(w in said for w in named)


def _subgroup(doc: Document, opening: str, whole: Quantity) -> bool:
    """Whether the opening names a group within the whole ("Among those deported,"), not the
    whole's own noun ("Of these refugees,"): its parts are all of that group, some of the whole."""
    lex = lexicon(doc.language)
    p = relation_patterns(doc.language)
    plain = {w for phrase in (*lex.of_this_noun, *lex.of_these) for w in phrase.lower().split()}
    plain |= {w.lower() for w in (*lex.articles, *lex.generic_people_nouns)}
    words = [w.lower() for w in WORD.findall(opening) if len(w) > 3 and w.lower() not in plain]
    noun = lead_noun(whole, p)
    return any(not same_word(w, noun) for w in words)


def _clauses(text: str, parts: list[Quantity], span: Span) -> list[str]:
    """What each part's clause says, up to the next part: "2.3 million have crossed a border as
    refugees, while 6.3 million are IDPs" names groups that cannot overlap."""
    ends = [lead(q) for q in parts[1:]] + [span.end]
    return [text[q.span.end : end] for q, end in zip(parts, ends, strict=True)]


_CHART_LABEL = re.compile(r"[^\W\d_]{0,3}\d[\d.,]*[^\W\d_]{0,2}[ \t]+(?=[A-ZÀ-ÖØ-Þ])")


def _after_label(text: str, p: RelationPatterns, span: Span) -> re.Match[str] | None:
    """ "2.6m Of all those uprooted, …": a chart's label run into the sentence (a PDF's layout);
    the capital of the opening word marks where the sentence starts."""
    label = _CHART_LABEL.match(text, span.start, span.end)
    return p.of_these.match(text, label.end(), span.end) if label else None


def _in_brackets(text: str, q: Quantity) -> bool:
    """Whether a figure stands alone in brackets, with no noun: "(8,762)" (not "(47,236
    individuals)", the same group in another unit)."""
    before = text[max(0, lead(q) - 2) : lead(q)].rstrip()
    return before.endswith("(") and text[q.span.end : q.span.end + 2].lstrip().startswith(")")
