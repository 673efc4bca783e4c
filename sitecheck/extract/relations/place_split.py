"""A headline figure, then a sentence that splits it by place: "Refugees in neighbouring
countries now number 186,418. They stood at 71,236 in Chad, 58,904 in South Sudan and 50,377 in
Egypt." Places cannot overlap, so the parts together cannot exceed the headline figure; they may
leave places out (the breakdown is checked one way: at most the whole).

The whole is the one figure of the sentence before that counts what the parts count: the same
kind and currency, and the first part's noun when it has one ("19 countries in …" goes with "44
countries", not with "148,310 cases"). The sentence of the parts abstains when a figure of that
unit has no place of its own, when two parts name one place, when it compares or dates
("than", "2023": another time, not a split of the headline).
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.wording import WORD, figures, lead, lead_noun, period_words
from sitecheck.lang import alternation, lexicon, phrases

_DATED = frozenset({"date", "year"})
# Parts that add up to more than twice the headline are most likely not its split: the headline
# is read across sentences, and a wrong part of a true split is seldom that far off.
_FAR = 2.0
_CONTENT = 5  # letters of a word that names something
_MAX_FIGS = 24  # figures of a sentence of prose: the search for the whole is bounded
_NOUN_WORDS = 2  # words of a part's noun before its place
_NAME = re.compile(r"\W*([A-ZÀ-ÖØ-Þ][\w'-]+)")  # a clause that opens on a name
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_][\w'-]*(?=\s)")


@cache
def _stock(language: str) -> re.Pattern[str]:
    return phrases(lexicon(language).stock_words)


@cache
def _dimension(language: str) -> re.Pattern[str]:
    return phrases(lexicon(language).partition_dimensions)


def _content(text: str, language: str) -> set[str]:
    """Words long enough to name something ("refugees"), not "were" or "from", nor a longer
    auxiliary ("foram", "étaient"): "500 pessoas foram retiradas" and "talhões foram atribuídos"
    share no noun."""
    aux = _auxiliaries(language)
    return {w.lower() for w in WORD.findall(text) if len(w) >= _CONTENT} - aux


@cache
def _auxiliaries(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon(language).auxiliaries)


def _shared_words(doc: Document, span: Span, first: Quantity, prev: Span, whole: Quantity) -> bool:
    """Whether the clause before an elliptical first part ("… registered refugees stood at
    71,236 in Chad") and the whole's clause ("Sudanese refugees … has doubled to 186,418")
    share a word."""
    text = doc.text
    clause = max(prev.start, *(text.rfind(c, prev.start, lead(whole)) + 1 for c in ",;:"))
    lang = doc.language
    named = _content(text[clause : lead(whole)], lang) | _content(whole.noun, lang)
    return bool(named & _content(text[span.start : lead(first)], lang))


@cache
def _risen_to(language: str) -> re.Pattern[str]:
    """A change to a new level: "rose to", "subió a", "aumentou para"."""
    lex = lexicon(language)
    return re.compile(
        rf"(?<![\w])(?:{alternation(lex.change_terms)})\s+(?:{alternation(lex.change_to)})\s", re.I
    )


@cache
def _clause_place(language: str) -> re.Pattern[str]:
    """A clause that opens on its place: "En Nicaragua, …", "; in Honduras, …"."""
    lex = lexicon(language)
    arts = alternation(lex.articles)
    return re.compile(
        rf"\W*(?i:{alternation(lex.place_prepositions)})\s+(?:(?i:{arts})\s+)?"
        r"(?P<place>[A-ZÀ-ÖØ-Þ][\w'-]*)"
    )


@cache
def _compass(language: str) -> re.Pattern[str]:
    """A part of the country named by a point of the compass, in lower case: "in the north",
    "dans les régions méridionales" (one word may come before it)."""
    lex = lexicon(language)
    return re.compile(
        rf"\s+(?:(?:{alternation(lex.place_prepositions)})\s+)(?:(?:{alternation(lex.articles)})"
        rf"\s*)?(?:[^\W\d_]+\s+)?(?P<place>{alternation(lex.compass_words)})(?![\w'-])",
        re.I,
    )


def place_split(
    doc: Document,
    span: Span,
    nums: list[Quantity],
    prev: tuple[Span, list[Quantity]] | None,
    rel: Relations,
) -> None:
    p = relation_patterns(doc.language)
    text = doc.text
    figs = figures(nums)
    if prev is None or not 2 <= len(figs) <= _MAX_FIGS or len(prev[1]) > _MAX_FIGS:
        return  # a split by place is a clause or two of prose, not a table's row
    if any(q.tag in _DATED for q in nums):
        return
    if p.comparison.search(text, span.start, span.end):
        return
    if _risen_to(doc.language).search(text, span.start, span.end):
        return  # "the toll rose to 11, with 3 in A, 2 in B": the new figure's split, or the rise's
    if p.back_opening.match(text, span.start, span.end):
        return  # "This figure comprises 5,200 in the south and …": read by carried_wholes
    stock = _stock(doc.language)
    if stock.search(text, span.start, span.end) and not stock.search(
        text, prev[0].start, prev[0].end
    ):
        return  # "… arrived this week. The camps now hold 45,000 in A and …": a stock
    period = period_words(doc.language)
    mine = {m.group(0).lower() for m in period.finditer(text, span.start, span.end)}
    if not mine <= {m.group(0).lower() for m in period.finditer(text, prev[0].start, prev[0].end)}:
        return  # "… displaced last week. This week, 4,000 new arrivals in A and …": another time
    # The whole: the headline figure that the first figure with a unit of its own ("860.000
    # personas", after "148 millones de dólares") or else the first of its kind counts.
    whole = next((w for q in figs if (w := _whole(doc, p, prev[1], q)) is not None), None)
    if whole is None:
        return
    parts = _in_unit(p, whole, [q for q in figs if _alike(q, whole)])
    if len(parts) < 2 or any(_placed(rel, q) for q in parts):
        return
    places = [_place(doc, p, span, q, parts, prev[0]) for q in parts]
    if any(pl is None for pl in places) and not _listed(
        text, doc.language, span, parts, (prev[0], whole)
    ):
        return
    if any(pl is not None for pl in places) and len(set(places)) != len(places):
        return
    if not _noun(p, parts[0]) and not _shared_words(doc, span, parts[0], prev[0], whole):
        return  # "71,236 in Chad": the words before it must name what the whole counts
    if sum(q.value for q in parts) > _FAR * whole.value:
        return  # "… Baradères … 388 houses. 712 in Nippes, 1,104 in …": that place's own figure
    rel.breakdowns.append(Breakdown(whole, parts, "place-split", exhaustive=False, at_most=True))
    converted = [_conversion(text, [*prev[1], *nums], q) for q in (whole, *parts)]
    if all(c is not None for c in converted):
        # "24,118 individuals (4,905 households)" split into "6,210 individuals (1,284
        # households)", …: the households split as the people do.
        hh = [c for c in converted if c is not None]
        rel.breakdowns.append(Breakdown(hh[0], hh[1:], "place-split", False, at_most=True))


_OPEN = re.compile(r"(?:\s+[^\W\d_][\w'-]*){0,2}\s*\(\s*")  # "6,210 individuals ("
_CAPITAL = re.compile(r"(?<![\w'-])[A-ZÀ-ÖØ-Þ][\w'-]+")


def _conversion(text: str, nums: list[Quantity], q: Quantity) -> Quantity | None:
    """The figure in brackets right after ``q`` that counts its people as households (or its
    households as people): "6,210 individuals (1,284 households)"."""
    opened = _OPEN.match(text, q.span.end)
    if opened is None:
        return None
    inner = next((f for f in nums if lead(f) == opened.end()), None)
    return inner if inner is not None and _other_unit(q, inner) else None


def _converted(text: str, figs: list[Quantity], q: Quantity) -> bool:
    """Whether a figure in brackets counts the figure before it in another unit: "21,384
    households (108,652 people)" states the people as a headline too."""
    return any(_conversion(text, figs, f) is q for f in figs if f is not q)


def _listed(
    text: str,
    language: str,
    span: Span,
    parts: list[Quantity],
    prev: tuple[Span, Quantity],
) -> bool:
    """Whether each part's stretch names places the headline's sentence lists after it, no two
    parts the same ("… across the localities of Ed Damazin, Roseires and Geissan. 6,210 … of Ed
    Damazin locality, 5,477 … of Roseires locality, …")."""
    # The list follows a word that names places ("localities"): not "with MSF and WFP".
    (prev_span, whole) = prev
    places = _dimension(language).search(text, whole.span.end, prev_span.end)
    if places is None:
        return False
    listed = {m.group(0) for m in _CAPITAL.finditer(text, places.end(), prev_span.end)}
    seen: set[str] = set()
    ends = [lead(q) for q in parts[1:]] + [span.end]
    for q, end in zip(parts, ends, strict=True):
        named = {m.group(0) for m in _CAPITAL.finditer(text, q.span.end, end)} & listed
        if not named or named & seen:
            return False
        seen |= named
    return True


def _in_unit(p: RelationPatterns, whole: Quantity, figs: list[Quantity]) -> list[Quantity]:
    """The figures that count what the whole counts: "63 núcleos familiares, 230 personas": the
    people; a figure with no noun ("131 dans le Sud") counts what the figure before it counts."""
    out = []
    same = True
    for q in figs:
        if _noun(p, q):
            same = _same_unit(p, whole, q) and not _other_unit(whole, q)
        if same:
            out.append(q)
    return out


def _whole(
    doc: Document, p: RelationPatterns, prev_figs: list[Quantity], first: Quantity
) -> Quantity | None:
    """The one figure of the sentence before that the first part is a share of."""
    text = doc.text
    out = []
    for q in prev_figs:
        if not _alike(q, first) or q.from_words:
            continue
        aside = text[max(0, lead(q) - 1) : lead(q)] == "(" and not _converted(text, prev_figs, q)
        if aside or p.comparison.search(q.noun[:24]):
            continue  # an aside in brackets, "87,000 more than in August": not the headline
        if _noun(p, first) and not _same_unit(p, q, first):
            continue
        out.append(q)
    return out[0] if len(out) == 1 else None


def _alike(a: Quantity, b: Quantity) -> bool:
    return a.kind == b.kind and a.currency == b.currency


def _noun(p: RelationPatterns, q: Quantity) -> str:
    """The part's own noun: none for "131 dans le Sud", the place right after the figure."""
    noun = lead_noun(q, p)
    return "" if not noun or p.place_lead.fullmatch(noun + " ") else noun


def _same_unit(p: RelationPatterns, whole: Quantity, part: Quantity) -> bool:
    if not _noun(p, part):
        return True  # "11 in Europe": the whole's unit, by ellipsis
    if whole.is_households or part.is_households:
        return whole.is_households == part.is_households
    if whole.is_people and (part.is_people or lead_noun(part, p) in p.deaths):
        return True  # "la vie à 64 personnes. … 21 décès à Tillabéri": the dead are people
    if part.is_people and lead_noun(whole, p) in p.deaths:
        return True  # "fait 1 186 morts. … 947 victimes dans la Grand'Anse": the dead, by place
    return lead_noun(whole, p) == lead_noun(part, p)


def _other_unit(whole: Quantity, q: Quantity) -> bool:
    """Households beside people ("6,210 individuals (1,284 households)"): another count."""
    return (whole.is_people and q.is_households) or (whole.is_households and q.is_people)


def _placed(rel: Relations, q: Quantity) -> bool:
    """Whether a figure is already a part of a whole in its own sentence."""
    return any(q is r.part for r in rel.parts) or any(q in b.parts for b in rel.breakdowns)


def _place(
    doc: Document,
    p: RelationPatterns,
    span: Span,
    q: Quantity,
    parts: list[Quantity],
    prev: Span,
) -> str | None:
    """The place a part counts: "71,236 in Chad", "700 sinistrés à Dosso", or its clause's:
    "En Nicaragua, … 860.000", "Pamplona reportó … 230 personas" (a place the sentence before
    names: "… arribaron a Pamplona y Ábrego")."""
    text = doc.text
    at = q.span.end
    compass = _compass(doc.language)
    for _ in range(_NOUN_WORDS + 1):  # "700 sinistrés à Dosso": the noun, then the place
        m = p.place_after.match(text, at) or compass.match(text, at)
        if m:
            return m.group("place")
        w = _WORD_AFTER.match(text, at)
        if w is None:
            break
        at = w.end()
    i = parts.index(q)
    start = max(text.rfind(";", span.start, lead(q)) + 1, span.start)
    if i and parts[i - 1].span.end > start:
        return None  # the clause's place belongs to the part before
    c = _clause_place(doc.language).match(text, start, lead(q))
    if c:
        return c.group("place")
    named = _NAME.match(text, start, lead(q))
    if named is None:
        return None
    # Named inside the sentence before, not as its first word ("The …" opens both).
    name = re.compile(rf"(?<=[\w,] ){re.escape(named.group(1))}(?![\w])")
    return named.group(1) if name.search(text, prev.start, prev.end) else None
