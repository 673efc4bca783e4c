"""Restatements by a figure heading run into its paragraph: "41.2 MILLION UNDER THE AGENCY'S
CARE At the end of the year, the agency cared for some 41.2 million people"; "9.7 million Some
9.7 million people fled over the year" (a pulled figure before the sentence that opens on it); a
heading block "5.9 million forced to flee" above "Over the year, 5.9 million people were
uprooted by violence".

A heading figure opens its block, its caption in capitals (or the rest of a heading block), and
the first sentence after it (on its line, the next line or the next paragraph) states the
headline in full. Its first figure restates the heading only when nothing makes it another
quantity:

- it is the sentence's first figure (no percentage, no other count before it), of the heading's
  kind, currency and scale word ("million"), outside parentheses;
- the words before it name no comparison ("compared with 59.5 million"), no part ("of these",
  "including"), no other group ("another", "the rest"), no place ("in the delta") and no period
  or scope word the caption lacks ("By June, …", "newly");
- its noun phrase opens on a noun no preposition narrows ("people with shelter kits"), names no
  place ("stateless people in 78 countries" is what was counted where data exist) and no group
  the caption lacks ("children");
- the body names every people noun of the caption ("2.5 MILLION NEW REFUGEES … 1.2 million
  Syrians" is a part), one further word of it at least ("UNDER THE AGENCY'S CARE … the agency
  cared for"), and the same roles ("in need", "targeted", "required", "received");
- the sentence is prose: it ends with a stop.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Span, is_box_block
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.wording import fold
from sitecheck.extract.restated_captions import lead_start
from sitecheck.extract.restated_near import same_stem
from sitecheck.extract.scope import ScopeReader
from sitecheck.lang import lexicon, phrases

_WORD = re.compile(r"\S+")
_TOKEN = re.compile(r"[\w’'-]+")
_LETTER = re.compile(r"[^\W\d_]")
_CAPTION_WORDS = 10  # words of a heading's caption, at most
_MIN_WORDS = 5  # words of the sentence that restates a heading, at least
_SECTION_NUMBERS = 100  # a small figure without a scale word may number a section

# A figure's noun phrase: its folded words, and as written.
Tokens = Callable[[Quantity], "tuple[tuple[str, ...], str] | None"]
Scope = Callable[[], ScopeReader]


@dataclass(frozen=True, eq=False)
class _Words:
    not_alone: re.Pattern[str]  # "compared", "of these", "another": another quantity
    given: re.Pattern[str]  # "of the", "those" right before a figure: one named before
    function: frozenset[str]  # words that name nothing
    places: frozenset[str]  # "in", "across": a place or an extent follows
    narrow: frozenset[str]  # "with", "through", "from": right after the noun, a part of it
    groups: frozenset[str]  # "children", "women": groups a report singles out (folded)
    nouns: frozenset[str]  # "refugees", "families": what a caption may count (folded)
    generic: frozenset[str]  # "people", "persons": say nothing of who is counted (folded)
    roles: tuple[re.Pattern[str], ...]  # "in need", "targeted", "required", "received"
    plain: frozenset[str]  # words a caption may have that say nothing ("the", "million")


@cache
def _words(language: str) -> _Words:
    lex = lexicon(language)
    others = (
        *lex.comparison_words, *lex.part_connectors, *lex.of_these, *lex.other_words,
        *lex.remainder_words, *lex.inclusive_connectors, *lex.partial_words,
    )  # fmt: skip
    function = {
        w.lower()
        for p in (*lex.narrowing_words, *lex.articles, *lex.of_articles, *lex.auxiliaries)
        for w in p.split()
    }
    generic = frozenset(fold(w.lower()) for w in lex.generic_people_nouns)
    nouns = (*lex.people_nouns, *lex.household_nouns, *lex.highlight_nouns)
    return _Words(
        not_alone=phrases(others),
        given=re.compile(rf"(?:{phrases(lex.given_leads).pattern})\s*$", re.I),
        function=frozenset(function | {fold(w) for w in function}),
        places=frozenset(fold(p.lower()) for p in (*lex.place_prepositions, *lex.extent_leads)),
        narrow=frozenset(
            fold(p.lower())
            for p in (*function, *lex.with_connectors, *lex.source_preps, *lex.toward_preps)
        ),
        groups=frozenset(fold(g.lower()) for g in lex.highlight_nouns),
        nouns=frozenset(fold(n.lower()) for n in nouns) - generic,
        generic=generic,
        roles=tuple(phrases(words) for words in (lex.need_words, *lex.funding_labels.values())),
        plain=frozenset(fold(x.lower()) for x in (*function, *lex.stopwords, *lex.scale_words))
        | generic,
    )


def heading_restatements(
    doc: Document, numbers: list[Quantity], tokens: Tokens, scope: Scope
) -> Iterator[tuple[Quantity, Quantity, str, str]]:
    """(heading figure, body figure, caption, body phrase) of figure headings restated by the
    first sentence after them."""
    w = _words(doc.language)
    for i, q in enumerate(numbers):
        if not q.usable or q.kind not in ("count", "money"):
            continue
        if q.scale is None and q.value < _SECTION_NUMBERS:
            continue  # "3 PROVINCES AFFECTED" may be a numbered section's title
        found = _heading(doc, q)
        if found is None:
            continue
        caption, start = found
        b = _first_figure(doc, numbers[i + 1 :], start)
        if b is None or not _alike(q, b):
            continue
        if not doc.text[caption.start : caption.end].strip() and lead_start(b) != start:
            continue  # a figure alone ("9.7 million Some 9.7 million people …") is pulled out
            # of a sentence opening on it; else "3.6 million Syrians and 1.5 million Afghans"
        phrase = tokens(b)
        shown = " ".join(doc.text[caption.start : caption.end].lower().split())
        if phrase is None or not _phrase_fits(shown, phrase[0], w):
            continue
        said = doc.text[start : b.span.end + len(phrase[1])]
        if not _caption_said(shown, said, q, w):
            continue
        if _lead_fits(doc, scope(), caption, Span(start, b.span.start), w):
            yield q, b, shown, " ".join(phrase[1].lower().split())


def _heading(doc: Document, q: Quantity) -> tuple[Span, int] | None:
    """(caption, where its sentence starts) of a figure opening a heading block, or opening a
    block with a caption in capitals and a sentence run in after it, on its line, the next line
    or in the next block."""
    sentence = doc.sentence_at(q.span.start)
    if sentence is None or is_box_block(sentence.block):
        return None
    text, block = doc.text, sentence.block
    head = text[block.span.start : q.span.start]
    if _LETTER.search(head) or re.search(r"\d", head):
        return None  # the figure must open its block: not a line of wrapped prose
    if block.kind not in ("heading", "paragraph", "list_item"):
        return None
    if block.kind != "heading":
        found = _run_in(text, q.span.end, block.span.end)
        if found is None or found[1] < block.span.end:
            return found
    at = doc.blocks.index(block) + 1
    if at >= len(doc.blocks) or doc.blocks[at].kind != "paragraph":
        return None
    start = doc.blocks[at].span.start
    first = _WORD.match(text, start)
    if first is None or not (first.group(0)[0].isupper() and first.group(0)[1:2].islower()):
        return None
    return Span(q.span.end, block.span.end), start


def _run_in(text: str, start: int, end: int) -> tuple[Span, int] | None:
    """(caption, sentence start) of the words in capitals after a figure, up to the first word
    in lower case that opens a sentence; the sentence starts at ``end`` when the capitals run
    to the block's end."""
    before: re.Match[str] | None = None  # the word before, when one capital letter ("À")
    for k, m in enumerate(_WORD.finditer(text, start, end)):
        word = m.group(0)
        if k >= _CAPTION_WORDS or any(c.isdigit() for c in word):
            return None
        if _LETTER.search(word) and not word.isupper():
            if before is not None and word[0].islower():
                return Span(start, before.start()), before.start()  # "À la fin de …"
            if not (word[0].isupper() and word[1:2].islower()):
                return None  # "million displaced worldwide": lower case, no heading
            return Span(start, m.start()), m.start()
        before = m if len(_LETTER.findall(word)) == 1 and word[0].isupper() else None
    return Span(start, end), end


def _first_figure(doc: Document, after: list[Quantity], start: int) -> Quantity | None:
    """The first usable figure of the sentence starting at ``start``, when that sentence is
    prose (words enough, a stop at its end) and the figure is outside parentheses."""
    sentence = doc.sentence_at(start)
    if sentence is None:
        return None
    end = sentence.span.end
    body = doc.text[start:end].rstrip()
    if not body.endswith((".", "!", "?")) or len(body.split()) < _MIN_WORDS:
        return None
    for b in after:
        if b.span.start >= end:
            return None
        if b.span.start >= start and b.usable:
            head = doc.text[start : b.span.start]
            return b if head.count("(") == head.count(")") else None
    return None


def _alike(q: Quantity, b: Quantity) -> bool:
    scale = (q.scale or "").lower(), (b.scale or "").lower()
    return q.kind == b.kind and q.currency == b.currency and scale[0] == scale[1]


def _phrase_fits(caption: str, words: tuple[str, ...], w: _Words) -> bool:
    """The body's phrase opens on a noun that no preposition narrows, names no place and no
    group the caption lacks."""
    if words[0] in w.function or not _LETTER.search(words[0]) or w.places & set(words):
        return False
    if len(words) > 1 and words[1] in w.narrow:
        return False  # "people with food", "people through cash": one sector's part
    said = [fold(t.lower()) for t in _TOKEN.findall(caption)]
    return not any(g not in said for g in w.groups & set(words))


def _caption_said(caption: str, said: str, q: Quantity, w: _Words) -> bool:
    """The body says what the caption names: every people noun of it, one of its words at least
    (a caption-less figure has a scale word: "9.7 million Some 9.7 million people …"), and the
    same roles ("people in need" is not "people reached"; "required" is not "received")."""
    if any(bool(r.search(caption)) != bool(r.search(said)) for r in w.roles):
        return False
    words = [fold(t) for t in _TOKEN.findall(caption)]
    body = [fold(t) for t in _TOKEN.findall(said.lower())]
    if any(not any(same_stem(t, x) for x in body) for t in words if t in w.nouns):
        return False  # "2.5 MILLION NEW REFUGEES … 1.2 million Syrians": who is counted
    # A people noun is looked for above; one more word says the body counts the same.
    wanted = [t for t in words if t not in w.plain | w.nouns | w.groups and _LETTER.search(t)]
    if not wanted:
        return q.scale is not None and not words
    return any(same_stem(t, x) for t in wanted for x in body)


def _lead_fits(doc: Document, scope: ScopeReader, caption: Span, lead: Span, w: _Words) -> bool:
    """The words before the body figure name no other quantity, and no place, period or scope
    word the caption lacks (a name the caption writes, "the AGENCY'S", is no new place)."""
    text = doc.text[lead.start : lead.end]
    if w.not_alone.search(text) or w.given.search(text) or scope.part_tokens(lead):
        return False
    if w.places & {fold(t) for t in _TOKEN.findall(text.lower())}:
        return False  # "In the delta, …": a place, maybe unnamed, narrows the heading's
    shown = doc.text[caption.start : caption.end].lower()
    # The sentence's first word has its capital by position: no name ("Over the year, …").
    first = _WORD.match(doc.text, lead.start)
    skip = [Span(lead.start, first.end())] if first else []
    said = scope.tokens([lead], skip=skip) | {t for t in scope.tokens([lead]) if t[:2] != "n:"}
    added = said - scope.tokens([caption])
    return all(t.startswith("n:") and t[2:] in shown for t in added)
