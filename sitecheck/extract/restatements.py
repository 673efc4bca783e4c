"""Restatements: one quantity stated twice ("23.5K / people displaced" in the key-figure box,
"some 25,300 people displaced" in the body).

Correctness before coverage: two figures state the same quantity only when everything that
could tell them apart agrees.

- Same kind and currency, both quantities read without doubt (no year, age, id, percentage).
- The same noun phrase: the words after the figure up to the end of its clause ("people
  displaced", "personas desplazadas"), plurals folded; a figure alone on a line of a key-figure
  box takes its caption (the line above or below, or "People in need:" before it). A phrase of
  one word ("people") says too little: what is counted depends on the verb. Auxiliaries and
  articles are left out ("people were displaced" is "people displaced").
- The same lead: the word before the figure either leaves the phrase alone ("have left", "there
  are", none) or the whole clause before it is the same in both ("WFP reached … WFP reached").
- The same scope (``scope.py``): places, periods and scope words of the sentence, words that
  make the figure a part ("among them"), a phrase fronted before its clause ("In camps, …"),
  the label before a colon ("Beni: 1,250 people …") and the headings above; a stamp ("By 9
  March, …") may be missing on one side (``restated_scope.py``).
- Where a restatement is written: the summary (a key-figure box, the highlights or overview, the
  part under the title alone) restates the sections, a section restates itself; figures of two
  other sections (one per department, say) are two quantities.
- Not a series: figures of one sentence, one list or one box are never paired, nor figures in
  parentheses (parts, shares) or table rows; when three to six figures share a phrase and a
  scope, at most one may disagree with the others; more than six (or a phrase written more than
  twelve times in the report) make a series.
- A figure presented as given ("Of those 33.2 million, …", "24.7% of the 1.6 million IDPs")
  restates the figure of the sentence before that it names (``restated_refs.py``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache, partial

from sitecheck.document import Document, Sentence, Span, is_box_block
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.wording import fold
from sitecheck.extract.restated_box import MEASURE, box_restatements
from sitecheck.extract.restated_captions import (
    caption,
    is_key_line,
    labelled,
    lead_start,
    line_head,
    phrase_window,
)
from sitecheck.extract.restated_converted import converted_phrase
from sitecheck.extract.restated_heading import heading_restatements
from sitecheck.extract.restated_near import Worded, near_statements
from sitecheck.extract.restated_refs import given_restatements, restated_interval
from sitecheck.extract.restated_scope import fronted_scope, stamp_spans
from sitecheck.extract.restated_swapped import swapped_restatements
from sitecheck.extract.restated_synonyms import canonical, people_head
from sitecheck.extract.restated_wording import Wording, wording
from sitecheck.extract.scope import ScopeReader, qualifier_skip
from sitecheck.lang import lexicon

_TOKEN = re.compile(r"[\w’'-]+")
# A stop or a comma ends a clause unless a digit follows ("12,000 homes" goes on).
_CLAUSE_END = re.compile(r"[():;!?\[\]|\n]|[.,](?!\d)")
_CLAUSE_START = re.compile(r".*(?:[:;(\n]|[.,](?!\d))", re.S)
_LETTER = re.compile(r"[^\W\d_]")
_MARKERS = str.maketrans("", "", "¹²³⁴⁵⁶⁷⁸⁹⁰*")  # footnote markers glued to a phrase
_MAX_PHRASE = 160  # characters: a clause longer than this is not a noun phrase
_MAX_STATEMENTS = 6  # a phrase stated more often than this in one scope is a series
_MAX_PHRASES = 12  # … and more often than this in the whole report (this bounds the work)
_WINDOW = 240  # characters around a figure that its scope is read from (bounds long sentences)


@dataclass(frozen=True, slots=True)
class Restatement:
    """A quantity stated twice: the second statement comes later in the text."""

    first: Quantity
    second: Quantity
    first_words: str  # the noun phrase of each, lower case ("people displaced")
    second_words: str


@dataclass(slots=True)
class _Statement:
    q: Quantity
    words: str
    series: tuple[str, ...]  # what makes figures a series: their sentence, list or box
    section: Span | None  # the heading it sits under
    summary: bool  # in a key-figure box, the highlights or before the first section
    stamp: frozenset[str] = frozenset()  # "as of 9 March": the date of a stock, if stated
    boxed: bool = False  # in a key-figure box under a section of its own
    headed: frozenset[str] = frozenset()  # sectors named by its headings, by its own context:
    said: frozenset[str] = frozenset()  # "## Shelter" and "people reached with shelter kits"


def _may_restate(a: _Statement, b: _Statement) -> bool:
    """A summary restates its sections, a section restates itself; two other sections (one per
    department, say) state two quantities even in the same words, as do two sections' boxes."""
    if a.boxed and b.boxed and a.section != b.section:
        return False
    if any(x.boxed and not x.headed <= y.headed | y.said for x, y in ((a, b), (b, a))):
        return False  # a sector's box ("## Shelter", "People targeted: 6,000"): a part
    return a.summary or b.summary or a.section == b.section


@dataclass(slots=True)
class _Phrase:
    """A figure with a noun phrase: what is read of every figure, before any scope."""

    q: Quantity
    sentence: Sentence
    words: str  # as written
    span: Span
    label: Span | None  # the caption before a colon, when that is the phrase
    tokens: tuple[str, ...]
    outer: Quantity | None = None  # "5,812 households (30,874 people)": where its clause leads
    bare: bool = False  # a noun alone ("950,000 people."), read only with the verb before it

    @property
    def anchor(self) -> Quantity:
        return self.outer or self.q


def find_restatements(doc: Document, numbers: list[Quantity]) -> list[Restatement]:
    """Pairs of figures that state the same quantity, in text order within each pair."""
    index = QuantityIndex(numbers)
    w = wording(lexicon(doc.language), doc.language)
    scope = cache(lambda: ScopeReader(doc, index))  # read once, when some figure needs it
    # "Of those 33.2 million": a figure presented as given (``restated_refs.py``).
    given = given_restatements(doc, numbers, lambda q: _tokens_of(doc, q, index, w), scope)
    refs = [Restatement(a, b, s, s) for a, b, s in given]
    # "1,684 people (530 families)" … "530 families (1,684 people)" (``restated_swapped.py``)
    swapped = swapped_restatements(doc, numbers, index, scope)
    refs += [Restatement(a, b, s, s) for a, b, s in swapped]
    # "41.2 MILLION UNDER … At the end of the year, … 41.2 million people" (``restated_heading``)
    phrased = partial(_written_of, doc, index=index, w=w)
    refs += [Restatement(*r) for r in heading_restatements(doc, numbers, phrased, scope)]
    alike: dict[tuple[object, ...], list[_Phrase]] = defaultdict(list)  # few share a phrase
    for q in numbers:
        if q.usable and q.kind in ("count", "money"):
            found = _phrase_of(doc, q, index, w)
            if found is not None:
                alike[(q.kind, q.currency, found.tokens, found.bare)].append(found)
    items = [(p, _worded(doc, p, w)) for g in alike.values() for p in g]
    items += _measures(doc, numbers, index, w)
    boxed = box_restatements(doc, scope, items, numbers)
    refs += [Restatement(*r) for r in boxed]
    shared = [p for g in alike.values() if 1 < len(g) <= _MAX_PHRASES for p in g if not p.bare]
    # A bare noun ("affecting 950,000 people") is only read with its verb, in a near match.
    singles = [p for g in alike.values() for p in g if len(g) == 1 or p.bare]
    if not shared and len(singles) < 2:
        return refs
    groups: dict[tuple[object, ...], list[_Statement]] = defaultdict(list)
    for p in shared:
        key, statement = _statement(doc, p, scope(), w)
        groups[key[:-1]].append(statement)  # the stamp is compared in _pairs
    out = [r for members in groups.values() for r in _pairs(members)]
    near = near_statements(
        doc.language, scope(), singles,
        lambda p: _worded(doc, p, w),
        lambda p: _statement(doc, p, scope(), w),
    )  # fmt: skip
    apart = [sorted(ab, key=lambda s: s.q.span.start) for ab in near]  # in text order
    out += [_restatement(a, b) for a, b in apart if _may_restate(a, b) and not _same_series(a, b)]
    seen = {(r.first.span, r.second.span) for r in out}
    out += [r for r in refs if (r.first.span, r.second.span) not in seen]
    out.sort(key=lambda r: (r.second.span.start, r.first.span.start))
    return out


def _measures(
    doc: Document, numbers: list[Quantity], index: QuantityIndex, w: Wording
) -> list[tuple[_Phrase, Worded]]:
    """ "87 mt of food": measures, read only by a key line's restatement, of the same unit."""
    out = []
    for q in numbers:
        if q.tag == MEASURE and q.malformed is None and not q.ambiguous:
            p = _phrase_of(doc, q, index, w)
            if p is not None and not p.bare:
                out.append((p, replace(_worded(doc, p, w), kind=MEASURE)))
    return out


def _tokens_of(
    doc: Document, q: Quantity, index: QuantityIndex, w: Wording
) -> tuple[tuple[str, ...], bool] | None:
    found = _phrase_of(doc, q, index, w)
    return (found.tokens, found.bare) if found else None


def _written_of(
    doc: Document, q: Quantity, index: QuantityIndex, w: Wording
) -> tuple[tuple[str, ...], str] | None:
    found = _phrase_of(doc, q, index, w)
    return (found.tokens, found.words) if found else None


def _phrase_of(doc: Document, q: Quantity, index: QuantityIndex, w: Wording) -> _Phrase | None:
    sentence = doc.sentence_at(q.span.start)
    if sentence is None or sentence.block.kind not in ("paragraph", "list_item", "heading"):
        return None
    head = doc.text[max(sentence.span.start, q.span.start - _WINDOW) : q.span.start]
    outer = None
    if head.count("(") > head.count(")"):
        # Inside a parenthesis: a part, a share or a conversion, of which only a conversion
        # ("5,812 households (30,874 people) displaced") has a phrase.
        converted = converted_phrase(doc.text, q, doc.language, sentence.span.end, index)
        if converted is None:
            return None
        outer = converted[2]
        phrase: tuple[str, Span, Span | None] | None = (*converted[:2], None)
    else:
        phrase = _phrase(doc, q, sentence, index)
    if phrase is None:
        return None
    words, span, label = phrase
    tokens = _tokens(words, q, w)
    if tokens is None and label is None:
        tokens = _bare(words, q, w)
        return _Phrase(q, sentence, words, span, label, tokens, outer, True) if tokens else None
    return _Phrase(q, sentence, words, span, label, tokens, outer) if tokens else None


def _statement(
    doc: Document, p: _Phrase, scope: ScopeReader, w: Wording
) -> tuple[tuple[object, ...], _Statement]:
    """What must agree between two statements of a quantity (its key), and the statement."""
    q, sentence = p.q, p.sentence
    # The sentence around the figure; its own phrase is compared word for word instead.
    context = Span(
        max(sentence.span.start, q.span.start - _WINDOW),
        min(sentence.span.end, q.span.end + _WINDOW),
    )
    stamps = stamp_spans(doc.text, doc.language, context)
    where = scope.tokens([context], skip=[*qualifier_skip(q), p.span, *stamps])
    anchor = p.anchor  # a conversion in parentheses is led as the figure outside
    begin = lead_start(anchor)
    where |= scope.part_tokens(Span(min(context.start, begin), begin))
    where |= scope.heading_tokens(sentence.block)
    if p.label is None:
        where |= _label_tokens(doc, anchor, sentence)
        where |= _fronted_tokens(doc, anchor, sentence, w, stamps)
    stamp = frozenset(scope.tokens(stamps))
    lead = _lead(doc, anchor, sentence, w)
    key = (q.kind, q.currency, p.tokens, lead, frozenset(where), stamp)
    block = sentence.block
    series: tuple[str, ...] = (f"s{sentence.span.start}",)
    if block.kind == "list_item":
        series += (f"l{block.list_id}",)
    if is_box_block(block):
        series += (f"b{block.span.start}",)
    shown = " ".join(p.words.lower().translate(_MARKERS).split())
    summary = scope.in_summary(block)
    section = scope.box_caption(block) or scope.section(block)
    boxed, (headed, said) = scope.boxed(block), scope.sectors(block, context)
    return key, _Statement(q, shown, series, section, summary, stamp, boxed, headed, said)


def _tokens(words: str, q: Quantity, w: Wording) -> tuple[str, ...] | None:
    """The folded words of a noun phrase, auxiliaries and articles left out ("people were
    displaced" is "people displaced"); none when they name no noun ("37,595 in Beni", "25 of the
    30 districts") or one word only ("people": the verb tells what is counted)."""
    raw = _TOKEN.findall(words.lower().translate(_MARKERS))
    if q.scale and raw and raw[0] in w.scale_links:
        raw = raw[1:]  # "1,2 millones de personas"
    elif q.scale and raw and any(raw[0].startswith(e) for e in w.elisions):
        raw[0] = raw[0].split("'", 1)[-1].split("’", 1)[-1]  # "1,2 million d'enfants"
    if len(raw) < 2 or raw[0] in w.of_words:
        return None
    # An amount has no noun of its own: "US$ 4.2 million for six months" is its phrase.
    if q.kind != "money" and raw[0] in w.not_a_head:
        return None
    kept = people_head((fold(raw[0]), *(fold(t) for t in raw[1:] if t not in w.fillers)), w.people)
    return canonical(kept, w.language) if len(kept) >= 2 else None


def _bare(words: str, q: Quantity, w: Wording) -> tuple[str, ...] | None:
    """A noun phrase of one noun ("were affecting 950,000 people."), folded."""
    raw = _TOKEN.findall(words.lower().translate(_MARKERS))
    if q.scale and raw and raw[0] in w.scale_links:
        raw = raw[1:]  # "950 000 de personnes"
    if len(raw) != 1 or raw[0] in w.not_a_head or raw[0] in w.of_words:
        return None
    return canonical(people_head((fold(raw[0]),), w.people), w.language)


def _phrase(
    doc: Document, q: Quantity, sentence: Sentence, index: QuantityIndex
) -> tuple[str, Span, Span | None] | None:
    """The noun phrase of a figure as written, where it is, and the label used as its phrase
    (when the phrase is a caption before the figure, that caption's span)."""
    text = doc.text
    end = q.span.end
    if q.qualifier_span and q.qualifier_span.start >= q.span.end:
        end = q.qualifier_span.end  # "200 or more people"
    box = is_box_block(sentence.block) or is_key_line(doc, q)  # a caption ends with its line
    stop = min(sentence.span.end, end + _MAX_PHRASE)  # a phrase ends with its sentence
    rest = text[end:stop]
    line_rest = rest.split("\n", 1)[0]
    if (_LETTER.search(line_rest) or not box) and not labelled(doc, q, sentence, end):
        window = phrase_window(doc, end, rest, box)
        m = _CLAUSE_END.search(window)
        if m is None and stop < sentence.span.end:
            return None  # a clause too long to be a noun phrase
        clause = window[: m.start()] if m else window
        if not _LETTER.search(clause):
            return None
        return clause, Span(end, end + len(clause)), None
    return caption(doc, q, sentence, index)


def _lead(doc: Document, q: Quantity, sentence: Sentence, w: Wording) -> tuple[str, ...]:
    """What comes before a figure in its clause: nothing when the word right before it leaves
    the noun phrase alone ("have left", "there are"); else every word, subject and verb
    ("partners reached"), since they say what is counted."""
    words = _clause_words(doc, q, sentence, w)
    if not words or words[-1] in w.neutral:
        return ()
    return canonical(tuple(fold(t) for t in words), w.language)  # "partners assisted"


def _worded(doc: Document, p: _Phrase, w: Wording) -> Worded:
    """What a near match reads of a figure: its phrase, its lead and the verb before a neutral
    word ("las lluvias afectaban a 148.300 personas"), unless the subject is a count ("the
    number of displaced reached …")."""
    words = _clause_words(doc, p.anchor, p.sentence, w)
    lead = _lead(doc, p.anchor, p.sentence, w)
    verb = None
    if len(words) >= 2 and words[-1] in w.neutral and words[-2] not in w.neutral:
        verb = canonical((fold(words[-2]),), w.language)[-1]
    copula = any(t in w.count_subjects for t in words)
    return Worded(p.q.kind, p.q.currency, p.tokens, lead, verb, copula)


def _clause_words(doc: Document, q: Quantity, sentence: Sentence, w: Wording) -> list[str]:
    """The words of a figure's clause before it, articles right before it left out; none for
    "Of the 1.2 million people in need, …", which restates the figure as a whole."""
    text = doc.text
    start = lead_start(q)
    m = w.of_the.match(text, sentence.span.start, start)
    if m and m.end() == start:
        return []
    head = text[max(sentence.span.start, start - _WINDOW) : start]
    clause = _CLAUSE_START.match(head)
    head = head[clause.end() :] if clause else head
    head = w.trailing_articles.sub("", " " + head)
    return _TOKEN.findall(head.lower())


def _fronted_tokens(
    doc: Document, q: Quantity, sentence: Sentence, w: Wording, stamps: list[Span]
) -> set[str]:
    """ "In camps, 12,000 people displaced": what is fronted before the figure's clause scopes
    it; "In total, …" and a stamp ("By 9 March, …") do not."""
    start = lead_start(q)
    begin = max(sentence.span.start, start - _WINDOW)
    clause = _CLAUSE_START.match(doc.text[begin:start])
    if clause is None:
        return set()
    at = [(s.start - begin, s.end - begin) for s in stamps]
    return fronted_scope(doc.text[begin : begin + clause.end()], at, w.in_total, w.function_words)


def _label_tokens(doc: Document, q: Quantity, sentence: Sentence) -> set[str]:
    """ "Beni: 1,250 people received filters": the label before a colon scopes the figure."""
    label, colon, _ = line_head(doc, q, sentence)[1].rpartition(":")
    if not colon:
        return set()
    return {f"l:{t}" for t in _TOKEN.findall(label.lower()) if _LETTER.search(t)}


def _pairs(members: list[_Statement]) -> list[Restatement]:
    """Each statement of a group against the first; with three or more statements, at most one
    may disagree with the others, which must all agree. None when the group looks like a series:
    two figures of one sentence, one list or one box, or more statements than a report repeats."""
    n = len(members)
    marks = [mark for m in members for mark in m.series]
    if not 2 <= n <= _MAX_STATEMENTS or len(marks) != len(set(marks)):
        return []
    if len({m.stamp for m in members if m.stamp}) > 1:
        return []  # stamped with two dates: a stock and its update
    iv = [restated_interval(m.q) for m in members]
    odd = [i for i in range(n) if all(i == j or not iv[i].intersects(iv[j]) for j in range(n))]
    rest = [i for i in range(n) if i not in odd]
    agreeing = all(iv[a].intersects(iv[b]) for a in rest for b in rest)
    if n == 2 or (not odd and agreeing):
        found = [(members[0], m) for m in members[1:]]
    elif len(odd) != 1 or not agreeing:
        return []  # several values: figures of a series, not one quantity stated twice
    else:
        anchor, other = sorted((rest[0], odd[0]))
        found = [(members[anchor], members[other])]
    return [_restatement(a, b) for a, b in found if _may_restate(a, b)]


def _same_series(a: _Statement, b: _Statement) -> bool:
    return bool(set(a.series) & set(b.series))


def _restatement(a: _Statement, b: _Statement) -> Restatement:
    return Restatement(a.q, b.q, a.words, b.words)
