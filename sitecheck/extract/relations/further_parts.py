"""A whole, then its parts one sentence each, the last one opening on "a further" or "the rest":
"Partners reached more than 9,000 families. More than 6,100 families received cash. A further
2,900 families got kits"; "Over 12,000 people fled. Over 9,000 of them went north. The rest went
south, to A (1,800 people) and B (1,200 people)"; "Otras 900 familias …", "2 900 autres familles".

"A further" sets its group beside the one before: the parts cannot overlap, so together they are
at most the whole; a group reached by something else may go unsaid, so they need not add up to
it. "The rest" leaves nothing out: the parts add up to the whole.

The whole is the one figure of its noun in the nearest sentence before the parts that counts
their kind (one sentence of other figures may stand between); after "Of these," it is the one
figure of the sentence before. The reading abstains when a part's sentence dates, compares or
names a month or the future the whole's does not, names another place or others ("from other
partners"), speaks of needs where the whole speaks of results, or when the closing sentence
says again what the whole's sentence says ("A further 2,900 families were displaced": more of
the whole, not a part of it). Others left unnumbered ("The remaining families got vouchers",
"such as") leave only "at most".
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Sentence, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.aims import same_aim
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.wording import WORD, figures, lead, same_word
from sitecheck.lang import alternation, lexicon, phrases

_MAX_PARTS = 3  # sentences of parts before the closing one
_GAP = 1  # sentences without a figure of the parts' kind between the whole and the parts
_CONTENT = 5  # letters of a word that names something ("displaced", not "were")
_REST_WORDS = 10  # words between "The rest" and its first figure
_DATED = frozenset({"date", "year"})
_OPEN = re.compile(r"[\s*•●▪·◦+\-–—]*")
_NEVER = re.compile(r"(?!)")
_TIES = frozenset({"of-the", "inclusive"})  # "Of the 4,500 …, 2,600 …", "5.9 million, including"
_BESIDE, _REST = 1, 2  # how the closing sentence opens: "A further 2,900 …", "The rest …"


@cache
def _closers(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """ "A further " before a figure, " autres" after it, "The rest" opening a sentence."""
    lex = lexicon(language)
    before = (
        re.compile(rf"[\W_]*(?:{alternation(lex.further_leads)})\s+", re.I)
        if lex.further_leads
        else _NEVER
    )
    after = (
        re.compile(rf"\s+(?:{alternation(lex.further_tails)})(?![\w'-])", re.I)
        if lex.further_tails
        else _NEVER
    )
    rest = re.compile(rf"[\W_]*(?:{alternation(lex.remainder_words)})(?![\w'-])", re.I)
    return before, after, rest


@cache
def _rest_after(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "Las 4.000 restantes", "Les 4 000 autres": an article, the figure, then the word for
    the rest."""
    lex = lexicon(language)
    article = re.compile(rf"[\W_]*(?:{alternation(lex.articles)})\s+", re.I)
    words = (*lex.remainder_words, *lex.further_tails)
    return article, re.compile(rf"\s+(?:{alternation(words)})(?![\w'-])", re.I)


@cache
def _back_ref(language: str) -> re.Pattern[str]:
    """ "31.000 destes deslocados", "6,100 of them": a part that names its whole by pointing
    back."""
    return re.compile(rf"[ \t\n]+(?:{alternation(lexicon(language).of_these)})(?![\w'-])", re.I)


@cache
def _periods(language: str) -> re.Pattern[str]:
    return phrases(lexicon(language).period_words)


@cache
def _times(language: str) -> tuple[re.Pattern[str], frozenset[str]]:
    """Month names and words of the future ("will"): a time a sentence names. Months that are
    also words ("May") count only capitalised."""
    lex = lexicon(language)
    return phrases((*lex.months, *lex.future_words)), frozenset(
        m.lower() for m in lex.capitalised_months
    )


def _named_times(language: str, text: str) -> set[str]:
    pattern, capitalised = _times(language)
    return {
        m.group(0).lower()
        for m in pattern.finditer(text)
        if m.group(0).lower() not in capitalised or m.group(0)[0].isupper()
    }


def further_parts(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    sentences = doc.sentences
    nums = [index.between(s.span.start, s.span.end) for s in sentences]
    figs = [figures(n) for n in nums]
    dated = [any(q.tag in _DATED for q in n) for n in nums]
    of_the = _of_the(doc, rel)
    for i, s in enumerate(sentences):
        closing = _closing(doc, s.span, figs[i])
        if closing is None:
            continue
        if i + 1 < len(sentences) and _closing(doc, sentences[i + 1].span, figs[i + 1]):
            continue  # "A further … Another …": the last closing sentence reads them all
        _read_back(doc, sentences, figs, i, closing, rel, dated, of_the)


def followed_by_more(doc: Document, span: Span, index: QuantityIndex) -> bool:
    """Whether the next sentence of the paragraph adds parts to this one's ("… 3,000 in Lomi.
    The remaining 3,000 are in Tumu", "A further 2,900 …"): this one's list is not all of it."""
    here = doc.sentence_at(span.start)
    at = span.end
    while at < len(doc.text) and doc.text[at].isspace():
        at += 1
    after = doc.sentence_at(at)
    if here is None or after is None or after.block is not here.block:
        return False
    nums = figures(index.between(after.span.start, after.span.end))
    return _closing(doc, after.span, nums) is not None


def _closing(doc: Document, span: Span, figs: list[Quantity]) -> tuple[int, list[Quantity]] | None:
    """The closing parts: the figure after "A further" (or before "autres"), or every figure
    of a sentence that opens on "The rest"."""
    if not figs:
        return None
    text = doc.text
    before, after, rest = _closers(doc.language)
    first = figs[0]
    article, rest_after = _rest_after(doc.language)
    m = article.match(text, span.start, span.end)
    if m and m.end() == lead(first) and rest_after.match(text, first.span.end, span.end):
        return _REST, [first]  # "The remaining 4,000 …" reads below; "Las 4.000 restantes …"
    m = before.match(text, span.start, span.end)
    if m and m.end() in (lead(first), first.span.start):
        if len(figs) == 2 and (
            rest.search(text, first.span.end, lead(figs[1]))
            or rest_after.match(text, figs[1].span.end, span.end)  # "y las 2.000 restantes"
        ):
            return _REST, figs  # "Another 3,000 are in Lomi, and the remaining 3,000 in Tumu"
        return _BESIDE, [first]
    if _opens_on(text, span, first) and after.match(text, first.span.end, span.end):
        return _BESIDE, [first]
    m = rest.match(text, span.start, span.end)
    p = relation_patterns(doc.language)
    if m and len(WORD.findall(text, m.end(), lead(first))) <= _REST_WORDS:
        if not p.partial.search(text, span.start, span.end):
            return _REST, figs
    return None


@cache
def _place(language: str) -> re.Pattern[str]:
    """A place named after its preposition: "in Lomi", "en San Lucas"."""
    lex = lexicon(language)
    arts = alternation(lex.articles)
    return re.compile(
        rf"(?<![\w])(?i:{alternation(lex.place_prepositions)})\s+(?:(?i:{arts})\s+)?"
        r"([A-ZÀ-ÖØ-Þ][\w'-]+)"
    )


def _elsewhere(doc: Document, whole: Span, spans: list[Span], how: int, parts: int = 0) -> bool:
    """Whether a sentence of the parts names a place (or speaks of others: "from other
    partners") the whole's sentence does not; "Os restantes" is itself the word for others.
    Parts of a whole that names no place, each in a place of its own ("7,000 are in Kasa and
    3,000 in Lomi. The remaining 3,000 are in Tumu"), split it by place."""
    text, place = doc.text, _place(doc.language)
    named = {m.group(1) for m in place.finditer(text, whole.start, whole.end)}
    others = phrases(lexicon(doc.language).other_words)
    if not named and parts >= 2:
        each = [[m.group(1) for m in place.finditer(text, s.start, s.end)] for s in spans]
        found = [n for e in each for n in e]
        if all(each) and len(found) == len(set(found)) == parts:
            return False
    for s in spans:
        first = WORD.search(text, s.start, s.end)  # the closing "Otras", "Another" aside
        start = first.end() if first else s.start
        if others.search(text, start, s.end) and not (how == _REST and s is spans[-1]):
            return True
        if {m.group(1) for m in place.finditer(text, s.start, s.end)} - named:
            return True
    return False


def _opens_on(text: str, span: Span, q: Quantity) -> bool:
    m = _OPEN.match(text, span.start, span.end)
    return m is not None and m.end() == lead(q)


def _alike(q: Quantity, other: Quantity) -> bool:
    """Figures of one kind and unit ("7,000 went north" elides the people of its whole)."""
    unit = (other.kind, other.currency, other.is_households)
    return (q.kind, q.currency, q.is_households) == unit and q.usable


def _thing(doc: Document, p: RelationPatterns, q: Quantity) -> bool:
    """A count of places or bodies ("45 sites", "in 3 camps", "12 partners"), not of a group."""
    noun = _noun(q, p)
    before = doc.text[max(0, lead(q) - 30) : lead(q)]
    return noun in p.dimensions or noun in p.organizations or bool(p.place_lead.search(before))


def _noun(q: Quantity, p: RelationPatterns, tails: frozenset[str] = frozenset()) -> str:
    """The figure's noun, past "autres" in "2 900 autres familles"."""
    return next((w for w in q.noun.split() if w not in p.auxiliaries and w not in tails), "")


def _read_back(
    doc: Document,
    sentences: list[Sentence],
    figs: list[list[Quantity]],
    i: int,
    closing: tuple[int, list[Quantity]],
    rel: Relations,
    dated: list[bool],
    of_the: dict[int, list[tuple[Quantity, Quantity]]],
) -> None:
    """The parts the sentences before the closing one open on, then their whole."""
    p = relation_patterns(doc.language)
    how, last = closing
    parts: list[Quantity] = []
    j = i - 1
    while j >= 0 and i - j <= _MAX_PARTS:
        found = _opening_part(doc, p, sentences[j].span, figs[j], last[0], how)
        if not found:
            break
        parts[0:0] = found
        j -= 1
        if _refers_back(doc, p, found[0]):
            break  # "Of these, 7,000 …": the whole is in the sentence before
    if parts:
        back = _refers_back(doc, p, parts[0])
        groups = [[q for q in f if not _thing(doc, p, q)] for f in figs[: j + 1]]
        whole = _whole(p, groups, j, parts[0], back)
    else:
        tied = of_the.get(sentences[i - 1].span.start, []) if how == _REST and i else []
        if len(tied) != 1 or _names_part(doc, p, tied[0][1], sentences[i].span):
            return
        whole, parts, j = tied[0][0], [tied[0][1]], i - 1
    if whole is None or any(dated[j + 1 : i + 1]):
        return  # "In June, 2,900 …": a part of another time
    if any(_thing(doc, p, q) for q in last):
        return  # "The remaining 45 sites …": places, not the rest of the group
    last = [q for q in last if _alike(q, whole)]
    if how == _BESIDE and not last:
        return
    if how == _REST and (not last or len(last) != len(figs[i])):
        return  # "The rest …" with a figure of another kind: no split of the whole
    spans = [sentences[k].span for k in range(j + 1, i + 1)]
    whole_span = _span_of(sentences, whole)
    quals = [q.qualifier_span for q in (*parts, *last) if q.qualifier_span is not None]
    if whole_span is None or not _same_time(doc, p, whole_span, spans, how, quals):
        return
    if how == _BESIDE and _restates(doc, whole_span, spans, last[0]):
        return
    if _elsewhere(doc, whole_span, spans, how, len(parts) + len(last)):
        return  # "… in Kasa. … A further 4,900 received kits in Lomi": another place's people
    if not same_aim(doc, [whole, *parts, *last]):
        return  # "A further 2,900 families need kits": a need beside a result
    # "A further" may leave a third group unsaid (families reached by something else): only
    # "the rest" closes the list.
    exhaustive = how == _REST
    b = Breakdown(whole, [*parts, *last], "connector", exhaustive, at_most=not exhaustive)
    rel.breakdowns.append(b)


def _of_the(doc: Document, rel: Relations) -> dict[int, list[tuple[Quantity, Quantity]]]:
    """ "Of the 4,500 children vaccinated, 2,600 were girls. The rest were boys": the wholes
    and parts that "Of the N" ties within one sentence, by where that sentence starts (read
    once for the document)."""
    out: dict[int, list[tuple[Quantity, Quantity]]] = {}
    # "Of these, 7,000 went north, including 3,000 children. The remaining …": a whole that is
    # itself a part leaves the rest to the whole above it.
    nested = {id(r.part) for r in rel.parts} | {id(q) for b in rel.breakdowns for q in b.parts}
    for r in rel.parts:
        if r.kind == "inclusive" and id(r.whole) in nested:
            continue
        home = doc.sentence_at(r.part.span.start) if r.kind in _TIES else None
        if home is not None and home.span.start <= r.whole.span.start < home.span.end:
            out.setdefault(home.span.start, []).append((r.whole, r.part))
    return out


def _names_part(doc: Document, p: RelationPatterns, part: Quantity, span: Span) -> bool:
    """ "The rest of the children …" after "including 14,000 children": the rest of the part's
    group, not of the whole."""
    noun = _noun(part, p).lower()
    words = WORD.findall(doc.text, span.start, span.end)
    return bool(noun) and any(same_word(w.lower(), noun) for w in words)


def _opening_part(
    doc: Document,
    p: RelationPatterns,
    span: Span,
    figs: list[Quantity],
    last: Quantity,
    how: int,
) -> list[Quantity]:
    """The figure a sentence of parts opens on ("More than 6,100 families received …"), alone
    of its kind in it, counting what the closing part counts or referring back ("31.000
    destes deslocados"); or every figure of the kind after "Of these," ("Of these, 7,000 went
    north and 3,000 east"), none of them a part of another ("including")."""
    if not figs:
        return []
    q = figs[0]
    of_these = p.of_these.match(doc.text, span.start, span.end)
    if of_these and not WORD.search(doc.text, of_these.end(), lead(q)):
        alike = [o for o in figs if _alike(o, last) and not _thing(doc, p, o)]
        gaps = [doc.text[a.span.end : lead(b)] for a, b in zip(alike, alike[1:], strict=False)]
        nested = any("(" in g or p.inside_connector.search(g) for g in gaps)
        return alike if alike and alike[0] is q and not nested else []
    if not _opens_on(doc.text, span, q):
        return []
    if not _alike(q, last) or any(_alike(o, q) for o in figs[1:]):
        return []
    if how == _REST or _refers_back(doc, p, q):
        return [q]
    tails = frozenset(lexicon(doc.language).further_tails)
    return [q] if same_word(_noun(q, p), _noun(last, p, tails)) and _noun(q, p) else []


def _refers_back(doc: Document, p: RelationPatterns, q: Quantity) -> bool:
    """ "6,100 of them", "31.000 destes deslocados", "Of these, 6,100 …"."""
    sentence = doc.sentence_at(q.span.start)
    m = sentence and p.of_these.match(doc.text, sentence.span.start, sentence.span.end)
    if m and not WORD.search(doc.text, m.end(), lead(q)):
        return True
    end = q.span.end
    return bool(p.part_after.match(doc.text, end) or _back_ref(doc.language).match(doc.text, end))


def _whole(
    p: RelationPatterns, figs: list[list[Quantity]], j: int, first: Quantity, back: bool
) -> Quantity | None:
    """The one figure of the first part's kind and noun in the nearest sentence that has one."""
    for k in range(j, max(-1, j - 1 - _GAP), -1):
        alike = [q for q in figs[k] if _alike(q, first)]
        if not alike:
            continue
        noun = _noun(first, p)
        named = [q for q in alike if noun and same_word(_noun(q, p), noun)]
        if back:
            named = alike  # "31.000 destes deslocados": the part names no noun of its own
        return named[0] if len(named) == 1 and len(alike) <= 2 else None
    return None


def _span_of(sentences: list[Sentence], q: Quantity) -> Span | None:
    return next((s.span for s in sentences if s.span.start <= q.span.start < s.span.end), None)


def _same_time(
    doc: Document, p: RelationPatterns, whole: Span, spans: list[Span], how: int, quals: list[Span]
) -> bool:
    """Whether the parts' sentences speak of the whole's time: no date, period word or
    comparison of their own (the closing words themselves aside)."""
    text = doc.text
    periods = _periods(doc.language)
    theirs = {m.group(0).lower() for m in periods.finditer(text, whole.start, whole.end)}
    theirs |= _named_times(doc.language, text[whole.start : whole.end])
    before, after, _ = _closers(doc.language)
    for s in spans:
        start = s.start
        m = before.match(text, s.start, s.end)
        if m and how == _BESIDE:
            start = m.end()
        mine = {m.group(0).lower() for m in periods.finditer(text, start, s.end)}
        mine |= _named_times(doc.language, text[start : s.end])
        if not mine <= theirs or any(
            not any(q.start <= c.start() < q.end for q in quals)
            for c in p.comparison.finditer(text, s.start, s.end)
        ):
            return False  # "than" in "more than 6,100" is the figure's qualifier, no comparison
    return True


def _content(text: str) -> set[str]:
    return {w.lower()[:_CONTENT] for w in WORD.findall(text) if len(w) >= _CONTENT}


def _restates(doc: Document, whole: Span, spans: list[Span], last: Quantity) -> bool:
    """Whether the closing sentence says again what the whole's sentence says and the parts'
    sentences do not: "A further 2,900 families were displaced" adds to the whole."""
    text = doc.text
    closing = spans[-1]
    said = _content(text[closing.start : closing.end]) - _content(last.noun.split(" ")[0])
    parts = set().union(*(_content(text[s.start : s.end]) for s in spans[:-1]))
    return bool((said & _content(text[whole.start : whole.end])) - parts)
