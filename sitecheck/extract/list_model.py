"""The lists' model: a list of named items, the count a report states for it, and the
wording (per language) that tells a list from a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.footnotes import FootnoteDef
from sitecheck.extract.quantities import Quantity
from sitecheck.lang import alternation, lexicon, phrases
from sitecheck.lang.base import Lexicon


@dataclass(frozen=True, slots=True)
class ListItem:
    """One item of a list, as its span in the report's text: the text is sliced on demand, like
    a Block's, so that a roster of 100,000 names is not held twice."""

    source: str = field(repr=False)
    span: Span

    @property
    def text(self) -> str:
        return self.source[self.span.start : self.span.end]


@dataclass
class ItemList:
    kind: str  # pipe | bullet | inline | note
    items: list[ListItem]
    span: Span
    stated: Quantity | None = None
    extra_readings: int = 0  # how many more items an "and" inside the last name could add
    note: FootnoteDef | None = None
    refs: list[Span] = field(default_factory=list)
    # A count that names the list back from afar ("… in the four departments") may count what
    # holds the items (two provinces for four towns): only a count above the items is wrong.
    only_above: bool = False

    @property
    def min_count(self) -> int:
        return len(self.items)

    @property
    def max_count(self) -> int:
        return len(self.items) + self.extra_readings


_BLANK = r"(?:[ \t\u00a0]+\n?|\n)[ \t\u00a0]*"  # between words; a line break there wraps


@dataclass(frozen=True, eq=False)
class ListPatterns:
    last_and: re.Pattern[str]  # ", and " before the last item
    and_lead: re.Pattern[str]  # an item that opens on "and"
    participle: re.Pattern[str]  # "350 households surveyed:" counts households, not the list
    n_of_m: re.Pattern[str]  # "six of the eight"
    named_intro: re.Pattern[str]  # " provinces of ", " countries are ": a count's noun, a link
    named_aside: re.Pattern[str]  # " provinces (": the names in brackets after the count
    partial: re.Pattern[str]  # "among them", "com destaque para": only some are listed
    # "812,306, of which:", "including:": the items break the figure down, they are not what
    # it counts
    breakdown: re.Pattern[str]
    clause: re.Pattern[str]  # "who will get …": an item that is a clause
    places: frozenset[str]  # "regions", "départements": what a list of names most often counts
    figure_word: re.Pattern[str]  # "eight in Balochistan", "one in AJK": an item led by a figure


@cache
def _compile(lex: Lexicon) -> ListPatterns:
    ands = alternation(lex.and_words)
    return ListPatterns(
        last_and=re.compile(rf",?\s+(?:{ands})\s+", re.IGNORECASE),
        and_lead=re.compile(rf"\s*(?:{ands})\s"),
        participle=re.compile(rf"(?:{alternation(lex.list_participle_endings)})$", re.I),
        named_intro=re.compile(
            rf"{_BLANK}(?:(?:[^\W\d_][\w-]*{_BLANK}){{1,5}}?"
            rf"(?:{alternation(lex.list_links)})"
            rf"|(?:[^\W\d_][\w-]*,?[ \t\u00a0\n]+){{1,8}}?(?:{alternation(lex.list_namely)}))"
            r"(?:[ \t\u00a0:]+\n?|\n)[ \t\u00a0]*(?=[A-ZÀ-ÖØ-Þ])"
        ),
        named_aside=re.compile(
            rf"{_BLANK}(?:[^\W\d_][\w-]*{_BLANK}){{0,3}}?[^\W\d_][\w-]*"
            r"[ \t\u00a0]*\((?=[A-ZÀ-ÖØ-Þ])"
        ),
        n_of_m=re.compile(
            rf"\s+(?:{alternation(lex.n_of_w)})\s+(?:(?:{alternation(lex.articles)})\s+)?", re.I
        ),
        partial=phrases(lex.partial_words),
        breakdown=phrases((*lex.part_connectors, *lex.inclusive_connectors)),
        clause=re.compile(rf"(?:{alternation(lex.clause_leads)})(?![\w])", re.I),
        places=frozenset(w.lower() for w in lex.partition_dimensions),
        figure_word=re.compile(
            rf"(?:{alternation((*lex.number_words, *lex.unread_ones))})\s+[^\W\d_]", re.I
        ),
    )


def list_patterns(language: str) -> ListPatterns:
    return _compile(lexicon(language))


def list_item(doc: Document, start: int, end: int) -> ListItem | None:
    text = doc.text
    while start < end and (text[start].isspace() or text[start] in "•·-–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;,:"):
        end -= 1
    if start >= end:
        return None
    return ListItem(text, Span(start, end))


_DIGITS = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]")


def table_rows(text: str) -> bool:
    """ "Roads flooded | 4 |" line after line: rows of a table without its rule (their cells
    repeat by chance), not a list of names wrapped after its pipes ("ACNUR | OIM |")."""
    rows = [line for line in text.splitlines() if line.rstrip().endswith("|")]
    if len(rows) >= 2 and sum(1 for line in rows if _DIGITS.search(line)) * 2 >= len(rows):
        return True
    # A table flattened one cell a line ("1 |" / "Lajes |" / "Floods |" / "11/05 |"): cells of
    # bare figures or dates (row numbers, dates) name nothing; a roster of names holds none.
    bare = [c for c in text.split("|") if _DIGITS.search(c) and not _LETTERS.search(c)]
    return len(bare) >= 2
