"""The scope of a figure: the places, periods and scope words around it and in the headings above.

Two statements of one quantity share their scope. A place named in one and not in the other,
a month or a year, "new", "since", "this week", "in the north" mark another quantity, and
"of these", "including" before a figure make it a part of another. A place is
a name of the report: a word written with a capital inside a sentence and never in lower case
(Sindh, Artibonite), or an acronym in mixed-case text (UNHCR). Words that open a sentence or a
heading are only names when the report shows them to be, so "Displacement" heading a section is
no place, and "Beni" heading one is, when the report writes "in Beni" somewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Block, Document, Span, is_box_block
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.lang import alternation, lexicon, phrases
from sitecheck.lang.base import Lexicon

_WORD = re.compile(r"(?<![\w.,])[^\W\d_](?:[^\W\d_]|-)*")  # not the "M" of "1.2M"
_LOWER = re.compile(r"[^\W\d_]")
_HASHES = re.compile(r"#+[ \t]*$")
_TITLE_LEVEL = 7  # a short line standing alone ("Sindh", "KEY FIGURES"): a title below the rest
_TITLE_WORDS = 5
_DATED_TITLE_WORDS = 10
_DATED = re.compile(r"[^\W\d_]\D*(?:(?<![\d.,])\d{1,4}(?![\d.,%])\D*)+")
# Numbers that date a statement: a figure in another year or month is another quantity.
_PERIOD_TAGS = ("date", "year", "time")


@dataclass(frozen=True, eq=False)
class ScopeWording:
    scope: re.Pattern[str]  # "new", "since", "this week" as whole words
    parts: re.Pattern[str]  # "of these", "including": before a figure, it is a part
    months: dict[str, int]  # month names and abbreviations, lower case
    capitalised_months: frozenset[str]  # "may": a month only when written "May"
    summary: re.Pattern[str]  # "Key figures", "Highlights": headings of a report's summary
    sectors: re.Pattern[str]  # "Shelter", "Health": a heading naming the part of a response
    components: re.Pattern[str]  # "Strategic Outcome 1", "Pillar 2": and the name after it


@cache
def scope_wording(lex: Lexicon) -> ScopeWording:
    # "Among them", "of whom", "including", "the remaining": a part of another figure.
    parts = (*lex.of_these, *lex.part_connectors, *lex.inclusive_connectors, *lex.remainder_words)
    return ScopeWording(
        scope=phrases(lex.scope_words),
        parts=phrases(parts),
        months={k.lower(): v for k, v in {**lex.months, **lex.month_abbreviations}.items()},
        capitalised_months=frozenset(m.lower() for m in lex.capitalised_months),
        summary=phrases(lex.summary_headings),
        sectors=phrases(lex.sector_names),
        components=re.compile(
            rf"(?<![\w])(?:{alternation(lex.component_headings)})(?![\w])[ \t]*[\w.]*", re.I
        )
        if lex.component_headings
        else re.compile(r"(?!)"),
    )


def _inside(pos: int, spans: list[Span]) -> bool:
    return any(s.start <= pos < s.end for s in spans)


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _level(block: Block, scope: re.Pattern[str]) -> int | None:
    """The level of a heading, or of a short line standing alone as a title in plain text; None
    for any other block."""
    text = block.source
    if block.kind == "heading":
        start = text.rfind("\n", 0, block.span.start) + 1
        m = _HASHES.search(text, start, block.span.start)
        return len(m.group(0).strip()) if m else 1
    line = block.text.strip(" *_#")
    if block.kind != "paragraph" or not line[:1].isupper() or "\n" in line:
        return None
    if any(c in ".:;,!?" for c in line):
        return None
    if len(line.split()) <= _TITLE_WORDS and not any(c.isdigit() for c in line):
        return _TITLE_LEVEL
    # "New cases for week 32", "Cumulative cases (since week 1 of 2022)": a title that dates
    # its section, its numbers a week's or a year's (no figure with separators).
    if len(line.split()) <= _DATED_TITLE_WORDS and scope.search(line) and _DATED.fullmatch(line):
        return _TITLE_LEVEL
    return None


class ScopeReader:
    """Reads the scope of any stretch of one document (names, headings, words, periods)."""

    def __init__(self, doc: Document, index: QuantityIndex) -> None:
        self.doc = doc
        self.index = index
        self.wording = scope_wording(lexicon(doc.language))
        self.lower = {w for w in _WORD.findall(doc.text) if w.islower()}
        self.names = self._names()
        self.title: Span | None = None
        self.headings = self._headings()

    def _names(self) -> set[str]:
        """Words the report writes with a capital inside its sentences and never in lower case."""
        names: set[str] = set()
        for sentence in self.doc.sentences:
            block = sentence.block
            if block.kind not in ("paragraph", "list_item") or is_box_block(block):
                continue
            text = self.doc.slice(sentence.span)
            if not any(c.islower() for c in text):
                continue  # a line in capitals says nothing of names
            for word in _WORD.findall(text)[1:]:
                if word[0].isupper() and word.lower() not in self.lower:
                    names.add(word.lower())
        return names

    def _headings(self) -> dict[int, tuple[Span, ...]]:
        """Each block's headings: the last heading of every level above it (itself included)."""
        out: dict[int, tuple[Span, ...]] = {}
        stack: list[tuple[int, Span]] = []
        levels: list[tuple[int, Span]] = []
        for block in self.doc.blocks:
            level = _level(block, self.wording.scope)
            if level is not None:
                levels.append((level, block.span))
                while stack and stack[-1][0] >= level:
                    stack.pop()
                stack.append((level, block.span))
            out[block.span.start] = tuple(span for _, span in stack)
        # The title: a first heading above all others, the only one of its level.
        if levels and all(level > levels[0][0] for level, _ in levels[1:]):
            self.title = levels[0][1]
        return out

    def section(self, block: Block) -> Span | None:
        """The heading a block sits under (its nearest), None before the first."""
        chain = [s for s in self.headings.get(block.span.start, ()) if s != block.span]
        return chain[-1] if chain else None

    def in_summary(self, block: Block) -> bool:
        """Whether a block belongs to the report's summary: a key-figure box, the part before
        any section (under the title alone), or a section headed "Key figures", "Highlights"."""
        chain = [s for s in self.headings.get(block.span.start, ()) if s != block.span]
        if is_box_block(block) or not chain or chain == [self.title]:
            return True
        return any(self.wording.summary.search(self.doc.slice(s)) for s in chain)

    def section_box(self, block: Block) -> bool:
        """A key-figure box under a section of its own ("## Shelter", then "Budget: …",
        "People targeted: …") or captioned by its first line ("Shelter" over "Budget: …"),
        not under the title or a "Key figures" heading."""
        if self.box_caption(block) is not None:
            return True
        chain = [s for s in self.headings.get(block.span.start, ()) if s != block.span]
        if not is_box_block(block) or not chain or chain == [self.title]:
            return False
        return not any(self.wording.summary.search(self.doc.slice(s)) for s in chain)

    def box_caption(self, block: Block) -> Span | None:
        """The first line of a key-figure box when it names the box: no figure, no colon, no
        summary word ("Shelter" over "Budget: …", not "Key figures")."""
        if not is_box_block(block):
            return None
        first = block.text.split("\n", 1)[0]
        if any(c.isdigit() for c in first) or ":" in first or self.wording.summary.search(first):
            return None
        return Span(block.span.start, block.span.start + len(first))

    def heading_tokens(self, block: Block) -> set[str]:
        """The scope of the headings above a block (the block itself excluded)."""
        spans = [s for s in self.headings.get(block.span.start, ()) if s != block.span]
        return self.tokens(spans)

    def sectors(self, block: Block, context: Span) -> tuple[frozenset[str], frozenset[str]]:
        """The sectors the headings above a block name ("## Shelter") and the programme
        components ("### Strategic Outcome 1"), and the sectors its context names itself
        ("reached 241,500 people with food")."""
        spans = [s for s in self.headings.get(block.span.start, ()) if s != block.span]
        heads = " | ".join(self.doc.slice(s) for s in spans)
        headed = self._sectors(heads) | self.components(block)
        return headed, self._sectors(self.doc.slice(context))

    def components(self, block: Block) -> frozenset[str]:
        """The programme components the headings above a block name ("c:strategic outcome 1")."""
        spans = [s for s in self.headings.get(block.span.start, ()) if s != block.span]
        heads = " | ".join(self.doc.slice(s) for s in spans)
        found = self.wording.components.finditer(heads)
        return frozenset("c:" + " ".join(m.group(0).lower().split()) for m in found)

    def boxed(self, block: Block) -> bool:
        """A key-figure box of a section of its own, or any block under a heading naming a
        programme component: its figures are that section's part of the report's."""
        return self.section_box(block) or bool(self.components(block))

    def _sectors(self, text: str) -> frozenset[str]:
        found = self.wording.sectors.finditer(text)
        return frozenset(" ".join(m.group(0).lower().split()) for m in found)

    def tokens(self, spans: Iterable[Span], skip: Iterable[Span] = ()) -> set[str]:
        """Names, periods and scope words in some stretches of text, ``skip`` left out."""
        text = self.doc.text
        skipped = sorted(skip)
        found: set[str] = set()
        for span in spans:
            chunk = list(text[span.start : span.end])
            for s in skipped:
                for i in range(max(s.start, span.start), min(s.end, span.end)):
                    chunk[i - span.start] = " "
            found |= self._words("".join(chunk))
            for q in self.index.between(span.start, span.end):
                if q.tag in _PERIOD_TAGS and not _inside(q.span.start, skipped):
                    found.add(f"t:{q.text}")
        return found

    def _words(self, chunk: str) -> set[str]:
        found: set[str] = set()
        mixed = bool(_LOWER.search(chunk)) and not chunk.isupper()
        for word in _WORD.findall(chunk):
            low = word.lower()
            month = self.wording.months.get(low)
            if month and (low not in self.wording.capitalised_months or word[0].isupper()):
                found.add(f"m:{month}")
            elif low in self.names or (mixed and _is_acronym(word) and low not in self.lower):
                found.add(f"n:{low}")
        for m in self.wording.scope.finditer(chunk):
            found.add("s:" + " ".join(m.group(0).lower().split()))
        return found

    def part_tokens(self, span: Span) -> set[str]:
        """ "Among them, 600,000 …": words before a figure that make it a part of another."""
        found = self.wording.parts.finditer(self.doc.text, span.start, span.end)
        return {"p:" + " ".join(m.group(0).lower().split()) for m in found}


def qualifier_skip(q: Quantity) -> list[Span]:
    """The figure and its qualifier: what a statement's own wording adds to its context."""
    return [q.span] + ([q.qualifier_span] if q.qualifier_span else [])
