"""Key figures restated by a body sentence in other words: "241,539 people reached in February"
(a line opened by its figure) and "In February, WFP reached 241,539 beneficiaries"; "62K people
evacuated" and "at least 62,000 people have been evacuated to shelters".

A key line is short: a figure, then its caption (on the line, or the line next to a figure alone)
of a few words and no sentence. Its caption names a noun and a participle ("people reached"),
or for an amount a participle ("USD 614,208 transferred as cash"). A body figure states the
same quantity only when

- its noun is the caption's (people, persons, beneficiaries are one) and its verb is the
  caption's participle, in any form, after the noun ("people have been evacuated") or leading
  the figure ("WFP reached 241,539 beneficiaries", "transferring USD 614,208 in cash");
- every further word of the caption is in the body clause (a month, a year aside: those are
  scope), and the body names none of the groups a report singles out, nor a part ("of whom");
- both have one scope: the places, periods and scope words of the caption's line and of the
  body's clause, with a phrase fronted before the sentence ("In February, …") and the headings
  above each, agree; a year may be left out beside the same month, a stamp ("as of 9 March")
  on one side, and an agency naming itself as the subject ("WFP reached") is no place;
- the pairing is unique: one body figure for one caption, one caption for one body figure.

A body that says more than the caption (a verb leading its figure, "WFP reached 12,000
people"; a phrase after its verb, "reached with food") may state a part: it pairs only when both
name the month, its subject being an agency or none. A word of the caption twice in the body's
sentence ("displaced by landslides, while floods displaced …") makes its figure one of two: not
read. Another figure of the caption's noun in the body's sentence leaves which one is meant
unclear, unless it counts deaths the caption does not ("31 people have died and 14,000 people
have been evacuated"). The caption's scope is its line, up to its clause when a comma ends it
and another figure follows ("12,000 displaced in May, up from 9,000"). Noun phrases are read
with the lexicon's synonyms (``restated_synonyms.py``).

A measure ("87 mt of food delivered") pairs only with a measure of the same unit and of the
same thing ("delivering 87 mt of food"). A caption that names no month takes the month of its
box, when the box's lines that name one month all name the same ("241,539 people reached in
February" beside it).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Protocol

from sitecheck.document import Document, Sentence, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.wording import fold
from sitecheck.extract.restated_box_words import BoxWords, box_words, same_noun, same_verb
from sitecheck.extract.restated_captions import is_key_line, key_line_span, lead_start
from sitecheck.extract.restated_layout import beside
from sitecheck.extract.restated_near import Worded, same_stem
from sitecheck.extract.restated_scope import is_extent, stamp_spans, stamps_agree
from sitecheck.extract.scope import ScopeReader, qualifier_skip

_LETTER = re.compile(r"[^\W\d_]")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_PUNCT = re.compile(r"[:;(\n]|[.,](?!\d)")
_STOP = re.compile(r"[:;(\n]|\.(?!\d)")
_TOKEN = re.compile(r"[\w’'-]+")
_MAX_KEYS = 60  # key lines of one report, at most (this bounds the pairing's work)
_NOUN_WORDS = 4  # "mt of food assistance": a noun and what it is of, at most
MEASURE = "measure"  # the kind a measure ("87 mt") is read with: one unit pairs with itself
_YEAR = re.compile(r"t:\d{4}$")


class Phrase(Protocol):
    @property
    def q(self) -> Quantity: ...
    @property
    def sentence(self) -> Sentence: ...
    @property
    def span(self) -> Span: ...
    @property
    def tokens(self) -> tuple[str, ...]: ...
    @property
    def anchor(self) -> Quantity: ...


def _verb_at(verb: str, body: Worded, w: BoxWords, at: int) -> tuple[int, bool] | None:
    """Where the body's tail starts after the caption's participle, and whether the verb leads:
    after the body's word that follows its noun (``at`` words), or after the noun when the verb
    leads ("WFP reached 241,539 people"; not when the subject is a count: "the number of
    displaced reached 950,000 people")."""
    if body.tokens[at:] and same_verb(verb, body.tokens[at], w):
        return at + 1, False
    leads = [*body.lead[-1:], *([body.verb] if body.verb else [])]
    if body.copula or not any(same_stem(verb, x, w.endings) for x in leads):
        return None
    return at, True


def _noun_lengths(cap: Worded, body: Worded, w: BoxWords) -> list[int]:
    """How many words of the caption may name what is counted, the body opening on the same:
    none for an amount ("USD 614,208 transferred"), a noun ("people reached"), or a noun and
    what it is of ("87 mt of food assistance delivered": a unit, "mt", on both sides)."""
    t = cap.tokens
    if cap.kind == "money":
        return [0]
    if cap.kind == MEASURE and t[0] != body.tokens[0]:
        return []
    out = []
    for n in range(1, min(len(t), len(body.tokens) + 1, _NOUN_WORDS + 1)):
        if not same_noun(t[n - 1], body.tokens[n - 1], w):
            break
        if (n == 1 and cap.kind != MEASURE) or (n >= 3 and t[1] in w.of_words):
            out.append(n)
    return out


def _matches(cap: Worded, body: Worded, w: BoxWords, names: set[str], language: str) -> int | None:
    """Whether a caption and a body figure's wording state one quantity: None if not, else how
    much more the body says: nothing (0), a phrase after its verb ("evacuated to shelters", 1),
    a verb leading its figure ("WFP reached 12,000 people", 2)."""
    if cap.kind != body.kind or cap.currency != body.currency or cap.lead:
        return None
    for n in _noun_lengths(cap, body, w):
        verb, rest = cap.tokens[n], cap.tokens[n + 1 :]
        if verb not in w.function and _LETTER.search(verb):
            found = _verb_at(verb, body, w, n)
            if found is not None:
                return _said(body, rest, found, w, names, language)
    return None


def _said(
    body: Worded,
    rest: tuple[str, ...],
    found: tuple[int, bool],
    w: BoxWords,
    names: set[str],
    language: str,
) -> int | None:
    """What the caption says after its verb, the body after its own: the caption's words in the
    body, the body's added words no place or group."""
    at, led = found
    said = (*body.tokens, *body.lead)
    # A month or a place is scope, compared with the body's sentence (``_one_scope``).
    scoped = w.months | names
    wanted = [x for x in rest if x not in w.function | scoped and _LETTER.search(x)]
    if not all(any(same_stem(x, y, w.endings) for y in said) for x in wanted):
        return None  # a further word of the caption the body lacks
    # "25 health facilities damaged" against "the storm damaged 40 health facilities": a word
    # of the caption found only before the body's figure is a verb leading it.
    led = led or any(not any(same_stem(x, y, w.endings) for y in body.tokens) for x in wanted)
    adjunct = _adjunct(body.tokens[at:], rest, w, language)
    if w.groups & set(body.tokens) or adjunct is None:
        return None
    return 2 if led else int(adjunct)


def _adjunct(
    tail: tuple[str, ...], rest: tuple[str, ...], w: BoxWords, language: str
) -> bool | None:
    """What the body adds after its noun and verb: None when it narrows the noun to a place the
    caption does not name ("12,000 people displaced in 14 camps": a part) or to a channel
    ("through food distributions"), True for another phrase it opens with a preposition
    ("reached with food assistance": maybe one sector's part), False for nothing, an extent
    ("across 33 villages"), a month or the caption's words."""
    if len(tail) < 2 or tail[0] not in w.function or is_extent(tail, language):
        return False
    if tail[1] in w.months or any(same_stem(tail[1], x) for x in rest):
        return False
    if tail[0] in w.ands and (tail[1] in w.numbers or tail[1][:1].isdigit()):
        return False  # "killed and six injured": another count, in a clause of its own
    # "217,500 people through general food distributions": one channel, maybe not the whole.
    channel = f"{' '.join(tail[:4])} ".startswith(w.channels)
    return None if tail[0] in w.places or channel else True


def _clause_spans(doc: Document, p: Phrase, w: BoxWords) -> list[Span]:
    """The body figure's clause (from the last stop or "and" before it to its phrase's end: a
    comma may close a phrase fronted before it, "and in Punjab, 12,000 people …") and the phrase
    fronted before the sentence's first comma."""
    text = doc.text
    s0, begin = p.sentence.span.start, lead_start(p.anchor)
    head = text[s0:begin]
    cut = 0
    for m in (*_STOP.finditer(head), *w.joins.finditer(head)):
        cut = max(cut, m.end())
    spans = [Span(s0 + cut, max(p.span.end, p.q.span.end))]
    first = _PUNCT.search(head)
    if first:
        spans.append(Span(s0, s0 + first.start()))
    return spans


def _scope(
    doc: Document, scope: ScopeReader, p: Phrase, spans: list[Span]
) -> tuple[frozenset[str], frozenset[str]]:
    """(scope, stamp) of a statement."""
    stamps = [s for span in spans for s in stamp_spans(doc.text, doc.language, span)]
    found = scope.tokens(spans, skip=[*qualifier_skip(p.q), *stamps])
    found |= scope.heading_tokens(p.sentence.block)
    found |= scope.part_tokens(Span(spans[0].start, lead_start(p.anchor)))
    return frozenset(found), frozenset(scope.tokens(stamps))


def _agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """One scope: the same tokens, a year left out on one side beside the same month."""
    if a == b:
        return True
    months = {t for t in a & b if t.startswith("m:")}
    diff = a ^ b
    return bool(months) and all(_YEAR.match(t) for t in diff)


def box_restatements(
    doc: Document,
    reader: Callable[[], ScopeReader],
    items: Sequence[tuple[Phrase, Worded]],
    numbers: Sequence[Quantity],
) -> list[tuple[Quantity, Quantity, str, str]]:
    """(first, second, first words, second words) of key lines restated by body figures."""
    w = box_words(doc.language)
    keys = [(p, x) for p, x in items if is_key_line(doc, p.anchor) and p.anchor is p.q]
    body = [
        (p, x)
        for p, x in items
        if p.sentence.block.kind in ("paragraph", "list_item") and not is_key_line(doc, p.anchor)
    ]
    if not keys or not body or len(keys) > _MAX_KEYS:
        return []  # more key lines than a box holds: a list or a table, not its summary
    scope = reader()  # read only when a key line and a body figure may pair
    # The noun of each figure; none for a figure whose phrase opens on a preposition
    # ("and 25,000 through cash"), which counts what the figure before it counts.
    heads = {p.q.span: x.tokens[0] if x.tokens[0] not in w.function else None for p, x in items}
    worded = {p.q.span: x for p, x in items}
    found: dict[int, list[tuple[int, int]]] = defaultdict(list)
    taken: dict[int, int] = defaultdict(int)
    for i, (kp, kx) in enumerate(keys):
        for j, (bp, bx) in enumerate(body):
            led = None
            if bp.sentence is not kp.sentence:
                led = _matches(kx, bx, w, scope.names, doc.language)
            if led is not None and _places_said(doc, scope, kp, bp):
                found[i].append((j, led))
                taken[j] += 1
    out = []
    for i, js in found.items():
        if len(js) != 1 or taken[js[0][0]] != 1:
            continue
        (kp, _), (bp, _) = keys[i], body[js[0][0]]
        # A caption of one place ("… from Algeria") is not made ambiguous by another place's.
        alike = [k for k in keys if _places_said(doc, scope, k[0], bp)]
        alike = alike if _places(doc, scope, kp) else keys
        if _split(keys[i][1], alike, body[js[0][0]], numbers, heads, worded, w):
            continue
        if _repeated(doc, keys[i][1], bp, w):
            continue
        month = _box_month(doc, scope, keys, kp)
        if _one_scope(doc, scope, (kp, month), bp, w, js[0][1]):
            a, b = sorted((kp, bp), key=lambda p: p.q.span.start)
            out.append((a.q, b.q, _shown(doc, a), _shown(doc, b)))
    return out


def _box_month(
    doc: Document, scope: ScopeReader, keys: Sequence[tuple[Phrase, Worded]], kp: Phrase
) -> frozenset[str]:
    """The month of a box's key lines, when those naming one month all name the same ("241,539
    people reached in February" dates "87 mt of food delivered" beside it; a range, "March –
    August", dates nothing)."""
    months: set[str] = set()
    for p, _ in keys:
        if p.sentence.block is kp.sentence.block:
            named = {t for t in scope.tokens([key_line_span(doc, p.q)]) if t.startswith("m:")}
            months |= named if len(named) == 1 else set()
    return frozenset(months) if len(months) == 1 else frozenset()


def _one_scope(
    doc: Document,
    scope: ScopeReader,
    key: tuple[Phrase, frozenset[str]],
    bp: Phrase,
    w: BoxWords,
    more: int,
) -> bool:
    kp, month = key
    kb, bb = kp.sentence.block, bp.sentence.block
    if not scope.in_summary(kb) and scope.section(kb) != scope.section(bb):
        return False  # a key line of another section: another place, maybe unnamed
    if scope.components(bb) - scope.components(kb):
        return False  # "### Strategic Outcome 1": that component's part of the box's figure
    line = _own_clause(doc, key_line_span(doc, kp.q), kp.span)
    caption = [line] if kp.span.start >= line.start and kp.span.end <= line.end else [line, kp.span]
    k_scope, k_stamp = _scope(doc, scope, kp, caption)
    if not any(t.startswith("m:") for t in k_scope):
        k_scope |= month  # the box's month, when the caption names none
    clause = _clause_spans(doc, bp, w)
    b_scope, b_stamp = _scope(doc, scope, bp, clause)
    # An agency is no place: as the source of a clause whose verb follows the figure ("IOM
    # reports 5,812 households displaced"), or in a clause of the caption's month ("In
    # February, WFP reached …"). A body that says more ("health partners reached", "reached
    # with food") may state one sector's part: only the caption's month on both sides, and a
    # subject that is an agency or none, keep it to the caption's quantity ("displaced by the
    # floods" may be a part of "people displaced").
    lead = doc.text[clause[0].start : lead_start(bp.anchor)]
    lead = lead[max((m.end() for m in _PUNCT.finditer(lead)), default=0) :]  # "WFP reached"
    whole = " ".join(doc.text[c.start : c.end] for c in clause)
    if any(t.startswith("m:") for t in k_scope & b_scope):
        b_scope -= {f"n:{m.group(0).lower()}" for m in _ACRONYM.finditer(whole)}
        if more and not _agency(lead, w):
            return False
    elif more and not (more == 1 and _agency(lead, w) and beside(doc, kb, bb, bp.span)):
        return False
    else:
        b_scope -= {f"n:{m.group(0).lower()}" for m in _ACRONYM.finditer(lead)}
    return _agree(k_scope, b_scope) and stamps_agree(k_stamp, b_stamp)


def _split(
    key: Worded,
    keys: Sequence[tuple[Phrase, Worded]],
    b: tuple[Phrase, Worded],
    numbers: Sequence[Quantity],
    heads: dict[Span, str | None],
    worded: dict[Span, Worded],
    w: BoxWords,
) -> bool:
    """A box that states the caption twice ("48,000 people evacuated / 9,000 people evacuated
    in Sandor"; captions of two places split one only where the body names both), or a body
    figure its sentence splits ("reached 3,100 people with cash and
    2,200 with food"): which figure is meant is not shown. A figure of another noun in the
    sentence ("across 33 villages"), or of the same noun and a verb of its own ("47 people
    have died and 62,000 people have been evacuated"), splits nothing."""
    head = key.tokens[:2]
    if sum(x.tokens[:2] == head and x.kind == key.kind for _, x in keys) > 1:
        return True
    p, x = b
    span = p.sentence.span
    return any(
        span.start <= q.span.start < span.end
        and (q.usable or q.tag == MEASURE)
        and q not in (p.q, p.anchor)
        and (MEASURE if q.tag else q.kind, q.currency) == (x.kind, x.currency)
        and (x.kind == "money" or heads.get(q.span, x.tokens[0]) in (x.tokens[0], None))
        and not _own_verb(key, worded.get(q.span), w)
        for q in numbers
    )


def _own_verb(key: Worded, other: Worded | None, w: BoxWords) -> bool:
    """Whether a figure of the caption's noun counts deaths right after its noun ("47 people
    have died") where the caption counts no deaths: another quantity, not a share of the
    caption's (any other verb, "2,200 people received food", may name a share of "people
    assisted")."""
    if other is None or other.kind == "money" or len(other.tokens) < 2 or len(key.tokens) < 2:
        return False
    return other.tokens[1] in w.deaths and key.tokens[1] not in w.deaths


def _repeated(doc: Document, key: Worded, bp: Phrase, w: BoxWords) -> bool:
    """ "9,300 people have been displaced by landslides, while floods displaced thousands
    more": a word of the caption after its noun twice in the body's sentence, in two clauses,
    makes the figure one of two."""
    said = [fold(t) for t in _TOKEN.findall(doc.slice(bp.sentence.span).lower())]
    words = {t for t in key.tokens[1:] if t not in w.function | w.months and _LETTER.search(t)}
    return any(sum(same_stem(t, x, w.endings) for x in said) > 1 for t in words)


def _agency(lead: str, w: BoxWords) -> bool:
    """A lead of an agency and a verb ("WFP reached"), or of function words and a verb."""
    words = _TOKEN.findall(lead)
    while words and words[-1].lower() in w.function:
        words.pop()  # "el PMA atendió a": the verb before a neutral word
    words = words[:-1]
    return all(_ACRONYM.fullmatch(x) or x.lower() in w.function for x in words)


def _shown(doc: Document, p: Phrase) -> str:
    return " ".join(doc.text[p.span.start : p.span.end].lower().strip(" *").split())


def _own_clause(doc: Document, line: Span, phrase: Span) -> Span:
    """A key line up to its caption's clause when a comma ends it and another figure follows
    ("48 incidents in May, compared with 63 in April"): the rest scopes that other figure."""
    if not line.start <= phrase.start < phrase.end <= line.end:
        return line
    rest = doc.text[phrase.end : line.end]
    if rest.startswith(",") and any(c.isdigit() for c in rest):
        return Span(line.start, phrase.end)
    return line


def _places_said(doc: Document, scope: ScopeReader, kp: Phrase, bp: Phrase) -> bool:
    """Whether the body's sentence or its headings name every place of the caption ("returned
    from Libya" against "… returned from Algeria" is no candidate, nor makes another caption
    of the box ambiguous)."""
    named = _places(doc, scope, kp)
    if not named:
        return True
    said = {t.lower() for t in _TOKEN.findall(doc.slice(bp.sentence.span))}
    said |= {t[2:] for t in scope.heading_tokens(bp.sentence.block) if t.startswith("n:")}
    return named <= said


def _places(doc: Document, scope: ScopeReader, kp: Phrase) -> set[str]:
    return {t.lower() for t in _TOKEN.findall(doc.slice(kp.span))} & scope.names
