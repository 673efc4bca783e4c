"""Relations between figures that the wording states: totals with parts, parts of a whole.

Only what the text says is taken. A breakdown is *exhaustive* (its parts must add up) when the
wording makes it so: a total followed by parenthesised parts joined by "and"; "Name (n) and Name
(n)" after a total; "Of these, …, the remaining …"; "In total N" after a bulleted list (checked one
way only: a deduplicated total may be smaller than its parts). "Of whom", "including", "out of",
"among them" and a parenthesised subgroup make a *part of a whole* (part ≤ whole only).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sitecheck.document import Document, Sentence, Span
from sitecheck.extract.quantities import Quantity

_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_CONNECTOR = re.compile(
    r"(?<![\w])(?P<c>of whom|of which|out of which|among them|among whom|amongst them|including"
    r"|includes|included|of those|of them|de los cuales|de las cuales|de ellos|de ellas"
    r"|entre ellos|entre ellas|incluyendo|incluidos|incluidas|incluye|que incluyen?)(?![\w])",
    re.IGNORECASE,
)
# Every connector contains one of these; "total de" is for "de un total de".
_CONNECTOR_HINTS = (
    "of wh", "includ", "among", "of th", "de l", "de ell", "entre", "incluy", "incluid",
    "out of", "total de",
)  # fmt: skip
_OF_THESE = re.compile(
    r"^\W*(?:of (?:these|those|them|this total|the total)|among (?:these|them|those)"
    r"|de (?:estos|estas|ellos|ellas|este total|los cuales|las cuales)|entre (?:ellos|ellas))\b",
    re.IGNORECASE,
)
_REMAINDER = re.compile(
    r"(?i:the (?:rest|remaining|remainder|others?)|remaining|while the other|el resto|los demás"
    r"|las demás|restantes|otros|otras)"
)
# "(of the 57,500 processed)": the parenthesis holds the whole, a figure right after "of".
_WHOLE_INSIDE = re.compile(
    r"^\s*(?:of|out of|from|de|del|de un total de|of a total of)\s+"
    r"(?:the\s+|a\s+total\s+of\s+|los\s+|las\s+)?(?:some\s+|about\s+|over\s+)?[$€£]?\s?\d",
    re.IGNORECASE,
)
_NOT_A_PART = re.compile(
    r"^\s*(?:up from|down from|compared|vs\.?|versus|against|previous|last|in\b|during|equivalent"
    r"|equal|i\.e\.?|e\.g\.?|or\b|o\b|per\b|each|every|about|approx|roughly|around|aprox|frente"
    r"|respecto|en\b|a\b|con\b|with\b|at\b|by\b|since|until|to\b|para|for\b|on\b|representing"
    r"|which|que|against|target|meta|goal)",
    re.IGNORECASE,
)
# Between two parts of one clause: "girls and", "in Beni, ", "women, 1,800 men and".
_PART_JOIN = re.compile(r"[^\d.;:()]{0,40}?(?:,|\band\b|\by\b|\be\b)\s*(?:the\s+)?", re.IGNORECASE)
_TOTAL_AFTER = re.compile(
    r"[\s,;]*(?:(?:for|with|reaching|para|con)\s+)?(?:a total of|in total|totall?ing|"
    r"en total|un total de|por un total de|sumando)[\s:,]*",
    re.IGNORECASE,
)
_N_OF_W = re.compile(r"\s+(?:of|out of|de|sobre)\s+(?:the\s+|los\s+|las\s+)?", re.IGNORECASE)
_SHARE_TAIL = re.compile(
    r"\s*(?:(?:of (?:them|those|the total|all|the \w+)|del total|de ellos|de ellas)\s*)?",
    re.IGNORECASE,
)
_SEGMENT_SPLIT = re.compile(r",\s+(?:and\s+|y\s+)?|;\s*|\s+(?:and|y|e|plus|más)\s+", re.IGNORECASE)
_IN_TOTAL = re.compile(
    r"^\W*(?:in total|a total of|total|overall|en total|un total de|total de)\b[\s:,]*",
    re.IGNORECASE,
)
_UNIQUE = re.compile(
    r"(?i:unique|deduplicated|de-duplicated|without double|not double|únic[oa]s|sin duplica"
    r"|distinct)"
)
QUALIFIER_WORDS = re.compile(
    r"^\s*(?:(?:more than|over|some|about|around|almost|nearly|approximately|at least|up to|an"
    r"|estimated|más de|cerca de|unos|unas|casi|alrededor de|aproximadamente)\s+)*$",
    re.IGNORECASE,
)


@dataclass
class Breakdown:
    total: Quantity
    parts: list[Quantity]
    how: str  # parenthesis | labels | of-these | in-total | funding
    exhaustive: bool = True
    one_way: bool = False  # only "parts fall short of the total" is an error
    at_most: bool = False  # only "parts exceed the total" is an error (highlighted subgroups)


@dataclass
class PartOf:
    whole: Quantity
    part: Quantity
    how: str
    others: list[Quantity] = field(default_factory=list)  # earlier candidate wholes (nesting)


@dataclass
class PercentOf:
    amount: Quantity
    percent: Quantity
    base: Quantity | None = None


@dataclass
class Relations:
    breakdowns: list[Breakdown] = field(default_factory=list)
    parts: list[PartOf] = field(default_factory=list)
    percents: list[PercentOf] = field(default_factory=list)


def _figures(nums: list[Quantity]) -> list[Quantity]:
    return [q for q in nums if q.usable and q.kind in ("count", "money")]


def _adjacent(doc: Document, a: Quantity, b_start: int, max_words: int) -> bool:
    between = doc.text[a.span.end : b_start]
    return (
        not _DIGIT.search(between)
        and len(_WORD.findall(between)) <= max_words
        and ":" not in between
        and "\n" not in between.strip()
    )


def _matching_paren(text: str, start: int) -> int:
    depth = 0
    for i in range(start, min(len(text), start + 400)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def find_relations(
    doc: Document,
    sentences: Sequence[tuple[Sentence, list[Quantity]]],
) -> Relations:
    rel = Relations()
    prev_figs: list[Quantity] = []
    for sentence, nums in sentences:
        span = sentence.span
        figs = _figures(nums)
        _parentheses(doc, span, nums, rel)
        _connectors(doc, span, figs, rel)
        _of_these(doc, span, figs, prev_figs, rel)
        _of_the_whole(doc, span, figs, rel)
        prev_figs = figs
    return rel


def _parentheses(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    text = doc.text
    figs = _figures(nums)
    series: list[tuple[int, int, Quantity]] = []  # bare "(156)" parts with their label start
    pos = span.start
    while True:
        open_ = text.find("(", pos, span.end)
        if open_ < 0:
            break
        close = _matching_paren(text, open_)
        if close < 0 or close > span.end:
            break
        pos = open_ + 1
        inside = [q for q in nums if open_ < q.span.start and q.span.end <= close]
        inside_figs = [q for q in inside if q.usable]
        before = [q for q in figs if q.span.end <= open_]
        content = text[open_ + 1 : close]
        if not inside:
            continue
        first = inside[0]
        lead = text[open_ + 1 : (first.qualifier_span or first.span).start]
        whole_before = before[-1] if before and _adjacent(doc, before[-1], open_, 6) else None
        # "(156)": a bare part that a label names.
        if (
            len(inside) == 1
            and first.usable
            and first.kind == "count"
            and not lead.strip()
            and not text[first.span.end : close].strip()
        ):
            series.append((open_, close, first))
            continue
        tail = text[first.span.end : close]
        if (
            first.usable
            and first.kind == "percent"
            and len(inside) == 1
            and not lead.strip()
            and _SHARE_TAIL.fullmatch(tail)  # "(40%)", not "(40% more than in May)"
        ):
            amount = before[-1] if before and _adjacent(doc, before[-1], open_, 3) else None
            if amount is not None:
                # "1,700 of 2,000 schools (85%)": the share is of the first figure.
                if len(before) >= 2 and _N_OF_W.fullmatch(
                    text[before[-2].span.end : (amount.qualifier_span or amount.span).start]
                ):
                    rel.percents.append(PercentOf(before[-2], first, base=amount))
                else:
                    rel.percents.append(PercentOf(amount, first))
            continue
        # "85% (1,700 of 2,000 targeted schools)": the share stated before its two figures.
        pct_before = [q for q in nums if q.span.end <= open_ and q.usable]
        if (
            len(inside_figs) == 2
            and pct_before
            and pct_before[-1].kind == "percent"
            and not text[pct_before[-1].span.end : open_].strip()
            and not lead.strip()
            and _N_OF_W.fullmatch(
                text[
                    inside_figs[0].span.end : (
                        inside_figs[1].qualifier_span or inside_figs[1].span
                    ).start
                ]
            )
        ):
            rel.percents.append(PercentOf(inside_figs[0], pct_before[-1], base=inside_figs[1]))
            continue
        if _WHOLE_INSIDE.match(content) and len(inside_figs) == 1 and first.usable:
            part = before[-1] if before and _adjacent(doc, before[-1], open_, 4) else None
            if part is not None:
                rel.parts.append(PartOf(whole=first, part=part, how="of-the"))
            continue
        if whole_before is None or not QUALIFIER_WORDS.match(lead) or _NOT_A_PART.match(content):
            continue
        if re.search(r"(?i:\b(?:of whom|of which|including|among|de los cuales|incluy))", content):
            continue
        parts = _series_parts(text, open_ + 1, close, inside)
        if parts is None:
            continue
        if len(parts) == 1:
            # An amount in brackets after an amount is mostly another figure ("USD 5 million
            # (USD 7 million requested)", a conversion): only counts are taken as a subgroup.
            if parts[0].kind == "count":
                rel.parts.append(PartOf(whole=whole_before, part=parts[0], how="parenthesis"))
        elif all(p.kind == whole_before.kind for p in parts):
            # "5,000 people (1,200 children and 300 older persons)" highlights subgroups; only
            # parts that cannot all fit in the total are then an error. Amounts by sector are
            # treated the same way unless the wording closes the list ("the rest for …").
            highlight = _highlights_subgroups(parts) or (
                whole_before.kind == "money" and not looks_exhaustive(doc, parts, span)
            )
            rel.breakdowns.append(
                Breakdown(
                    whole_before, parts, "parenthesis", exhaustive=not highlight, at_most=highlight
                )
            )
    _label_series(doc, span, figs, series, rel)


def _series_parts(text: str, start: int, end: int, inside: list[Quantity]) -> list[Quantity] | None:
    """Parts of "(15,000 refugees and 4,600 host community members)"; None if not that shape."""
    segments: list[tuple[int, int]] = []
    pos = start
    for m in _SEGMENT_SPLIT.finditer(text, start, end):
        segments.append((pos, m.start()))
        pos = m.end()
    segments.append((pos, end))
    parts: list[Quantity] = []
    for s, e in segments:
        in_seg = [q for q in inside if s <= (q.qualifier_span or q.span).start and q.span.end <= e]
        if not in_seg:
            if parts and not _DIGIT.search(text[s:e]):
                continue  # "Trinidad and Tobago": a name that holds "and"
            return None
        q = in_seg[0]
        if not q.usable or q.kind not in ("count", "money") or len(in_seg) > 1:
            return None
        if text[s : (q.qualifier_span or q.span).start].strip():
            return None
        parts.append(q)
    return parts


def _label_series(
    doc: Document,
    span: Span,
    figs: list[Quantity],
    series: list[tuple[int, int, Quantity]],
    rel: Relations,
) -> None:
    """ "368 Venezuelans (156) and Peruvians (212)": labelled parts after a stated total."""
    text = doc.text
    groups: list[list[tuple[int, int, Quantity]]] = []
    for item in series:
        if groups:
            prev_close = groups[-1][-1][1]
            gap = text[prev_close + 1 : item[0]]
            if (
                re.fullmatch(r"\s*(?:,|;)?\s*(?:(?:and|y|e|&)\s+)?[^\d():;.]{1,60}", gap)
                and len(_WORD.findall(gap)) <= 8
            ):
                groups[-1].append(item)
                continue
        groups.append([item])
    for group in groups:
        first_open = group[0][0]
        if len(group) < 2:
            whole = [q for q in figs if q.span.end <= first_open]
            if whole and _adjacent(doc, whole[-1], first_open, 6):
                rel.parts.append(PartOf(whole[-1], group[0][2], "parenthesis"))
            continue
        parts = [g[2] for g in group]
        # "Lima (450), Tumbes (300) and Piura (200), a total of 950 people": the total after.
        after = [q for q in figs if q.span.start > group[-1][1] and q.kind == "count"]
        if after:
            lead = _TOTAL_AFTER.match(
                text, group[-1][1] + 1, (after[0].qualifier_span or after[0].span).start
            )
            if lead and lead.end() == (after[0].qualifier_span or after[0].span).start:
                rel.breakdowns.append(Breakdown(after[0], parts, "labels"))
                continue
        before = [q for q in figs if q.span.end <= first_open and q.kind == "count"]
        if not before:
            continue
        total = before[-1]
        between = text[total.span.end : first_open]
        if re.search(r"[\d:;]", between) or not 1 <= len(_WORD.findall(between)) <= 8:
            continue
        # The word before each "(n)" names the part: "Venezuelans (156) and Peruvians (212)".
        labels = []
        for open_, _close, _q in group:
            words = _WORD.findall(text[max(0, open_ - 40) : open_])
            labels.append(words[-1].lower() if words else "")
        highlight = _highlights_subgroups(parts, labels)
        rel.breakdowns.append(
            Breakdown(total, parts, "labels", exhaustive=not highlight, at_most=highlight)
        )


def _connectors(doc: Document, span: Span, figs: list[Quantity], rel: Relations) -> None:
    text = doc.text
    low = text[span.start : span.end].lower()
    if not any(k in low for k in _CONNECTOR_HINTS):
        return  # no connector word: spare the sentence the regex
    for m in _CONNECTOR.finditer(text, span.start, span.end):
        c_start, c_end = m.span()
        before = [q for q in figs if q.span.end <= c_start]
        after = [q for q in figs if (q.qualifier_span or q.span).start >= c_end]
        if not before or not after:
            continue
        whole = before[-1]
        part = after[0]
        gap_before = text[whole.span.end : c_start]
        gap_after = text[c_end : (part.qualifier_span or part.span).start]
        if _DIGIT.search(gap_before + gap_after) or len(_WORD.findall(gap_before)) > 12:
            continue
        if len(_WORD.findall(gap_after)) > 4:
            continue
        connector = m.group("c").lower()
        rel.parts.append(PartOf(whole, part, connector, others=before[:-1]))
        if connector.startswith("includ") or connector.startswith("incluy"):
            continue  # "including" is sometimes exhaustive, sometimes not: never demand a sum
        # "of whom 3,120 were girls and 2,750 boys": more parts in the same clause.
        parts = [part]
        for nxt in after[1:]:
            gap = text[parts[-1].span.end : (nxt.qualifier_span or nxt.span).start]
            if nxt.kind != part.kind or not _PART_JOIN.fullmatch(gap):
                break
            parts.append(nxt)
        if len(parts) >= 2 and not _UNIQUE.search(text[whole.span.start : parts[-1].span.end]):
            for p in parts[1:]:
                rel.parts.append(PartOf(whole, p, connector, others=before[:-1]))
            rel.breakdowns.append(
                Breakdown(whole, parts, connector, exhaustive=looks_exhaustive(doc, parts, span))
            )
    for m in re.finditer(
        r"(?i:\bout of\b(?!\s+(?:which|whom|these|those|them))|\bde un total de\b)",
        text[span.start : span.end],
    ):
        c_start, c_end = span.start + m.start(), span.start + m.end()
        before = [q for q in figs if q.span.end <= c_start]
        after = [q for q in figs if (q.qualifier_span or q.span).start >= c_end]
        if before and after and _adjacent(doc, before[-1], c_start, 4):
            whole = after[0]
            gap = text[c_end : (whole.qualifier_span or whole.span).start]
            if len(_WORD.findall(gap)) <= 2 and not _DIGIT.search(gap):
                rel.parts.append(PartOf(whole, before[-1], "out of"))


def _of_these(
    doc: Document, span: Span, figs: list[Quantity], prev_figs: list[Quantity], rel: Relations
) -> None:
    """ "Of these, …" refers to the one headline figure of the sentence before."""
    text = doc.text[span.start : span.end]
    if not _OF_THESE.match(text) or not figs or not prev_figs:
        return
    candidates = prev_figs if len(prev_figs) == 1 else [q for q in prev_figs if q.is_people]
    if len(candidates) != 1:
        return
    whole = candidates[0]
    parts = [q for q in figs if q.kind == whole.kind]
    if not parts:
        return
    for p in parts:
        rel.parts.append(PartOf(whole, p, "of these"))
    if len(parts) >= 2:
        exhaustive = looks_exhaustive(doc, parts, span)
        rel.breakdowns.append(Breakdown(whole, parts, "of-these", exhaustive=exhaustive))


_PLACE_AFTER = re.compile(
    r"\s+(?:(?:are|were|is|was|live|lived|están|estaban|viven)\s+)?(?:in|en)\s+"
    r"(?P<place>[A-ZÁÉÍÓÚ][\w-]*)"
)
# Groups a report singles out within a total without listing the rest.
_HIGHLIGHTS = frozenset(
    """children child girls boys women older elderly persons adolescents youth infants pregnant
    lactating survivors unaccompanied separated disabled niños niñas mujeres adolescentes
    mayores embarazadas lactantes sobrevivientes""".split()
)


def _highlights_subgroups(parts: list[Quantity], labels: list[str] | None = None) -> bool:
    """Whether parts single out groups (children, older persons) rather than split the total;
    ``labels`` are the words naming "(n)" parts, when the parts carry no noun of their own."""
    nouns = set(labels) if labels else {w for p in parts if (w := _lead_noun(p))}
    if any(group <= nouns for group in _COMPLEMENTS):
        return False  # women and men (and children): the whole population
    return bool(nouns & _HIGHLIGHTS)


_COMPLEMENTS = [
    {"women", "men"},
    {"girls", "boys"},
    {"female", "male"},
    {"females", "males"},
    {"mujeres", "hombres"},
    {"niñas", "niños"},
    {"urban", "rural"},
    {"urbano", "rural"},
    {"adults", "children"},
    {"adultos", "niños"},
    {"adultos", "niñas"},
    {"children", "caregivers"},
]


_AUX = {
    "are",
    "were",
    "is",
    "was",
    "be",
    "been",
    "son",
    "eran",
    "fueron",
    "es",
    "the",
    "los",
    "las",
}


def _lead_noun(q: Quantity) -> str:
    return next((w for w in q.noun.split() if w not in _AUX), "")


def looks_exhaustive(doc: Document, parts: list[Quantity], span: Span) -> bool:
    """Whether listed parts partition their whole: by place, by complementary groups, or with a
    remainder ("the remaining 535")."""
    text = doc.text
    if _REMAINDER.search(text[parts[0].span.start : span.end]):
        return True
    places = [m.group("place") for p in parts if (m := _PLACE_AFTER.match(text, p.span.end))]
    if len(places) == len(parts):
        return len(set(places)) == len(places)
    nouns = {w for p in parts if (w := _lead_noun(p))}
    if len(nouns) == len(parts):
        return any(nouns == group for group in _COMPLEMENTS)
    return False


_OF_THE = re.compile(
    r"\W*(?:of|out of|among|amongst|from|de|del|entre)\s+"
    r"(?:the\s+|los\s+|las\s+|all\s+|a total of\s+)?",
    re.IGNORECASE,
)


def _of_the_whole(doc: Document, span: Span, figs: list[Quantity], rel: Relations) -> None:
    """A sentence that opens on its whole: "Of the 4,000 people reached, 1,200 were children"."""
    text = doc.text
    m = _OF_THE.match(text, span.start, span.end)
    if not m or not figs:
        return
    whole = figs[0]
    if (whole.qualifier_span or whole.span).start != m.end():
        return
    comma = text.find(",", whole.span.end, span.end)
    if comma < 0 or _DIGIT.search(text[whole.span.end : comma]):
        return
    parts = [q for q in figs if q.span.start > comma and q.kind == whole.kind]
    for p in parts:
        rel.parts.append(PartOf(whole, p, "of the"))
    if len(parts) >= 2 and looks_exhaustive(doc, parts, span):
        rel.breakdowns.append(Breakdown(whole, parts, "of-the"))


def in_total_breakdowns(doc: Document, numbers: list[Quantity]) -> list[Breakdown]:
    """ "In total, N …" right after a bulleted list whose items each state one figure."""
    out: list[Breakdown] = []
    blocks = [b for b in doc.blocks if b.kind not in ("code", "html")]
    starts = [q.span.start for q in numbers]
    import bisect

    def figs_in(span: Span) -> list[Quantity]:
        i = bisect.bisect_left(starts, span.start)
        res = []
        while i < len(numbers) and numbers[i].span.start < span.end:
            res.append(numbers[i])
            i += 1
        return res

    i = 0
    while i < len(blocks):
        if blocks[i].kind != "list_item":
            i += 1
            continue
        j = i
        while (
            j + 1 < len(blocks)
            and blocks[j + 1].kind == "list_item"
            and blocks[j + 1].list_id == blocks[i].list_id
        ):
            j += 1
        items = blocks[i : j + 1]
        after = blocks[j + 1] if j + 1 < len(blocks) else None
        i = j + 1
        if after is None or len(items) < 2:
            continue
        m = _IN_TOTAL.match(after.text)
        if not m:
            continue
        tail = figs_in(after.span)
        total = next((q for q in tail if q.usable), None)
        if total is None or total.span.start - after.span.start > m.end() + 30:
            continue
        if _UNIQUE.search(after.text[: total.span.start - after.span.start + 60]):
            continue
        parts: list[Quantity] = []
        for item in items:
            figs = [q for q in figs_in(item.span) if q.tag is None]
            usable = [q for q in figs if q.usable and q.kind == total.kind]
            if len(usable) != 1 or len(figs) != 1:
                parts = []
                break
            parts.append(usable[0])
        if parts:
            out.append(Breakdown(total, parts, "in-total", one_way=True))
    return out


def is_unique_total(doc: Document, q: Quantity) -> bool:
    """ "21 unique organisations": a deduplicated total is smaller than the sum by design."""
    window = doc.text[max(0, q.span.start - 40) : q.span.end + 40]
    return bool(_UNIQUE.search(window))
