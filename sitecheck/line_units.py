"""Where the lines of a paragraph end units of their own, and where they only wrap.

Text flattened from a PDF or hard-wrapped by hand breaks sentences across lines; key-figure
panels put a figure on one line and its caption on the next. A sentence goes on across a line
break unless the line is a unit of its own (much shorter than its neighbours, not left open, the
next line opening anew).
"""

from __future__ import annotations

import re
from functools import cache

# A line that ends a unit of its own inside a paragraph: much shorter than the paragraph's lines,
# not left open (a comma, a hyphen, a function word), and the next line opens anew (a capital, a
# figure, a currency sign, a bullet): "87 mt of food delivered*" above "USD 614,208 …".
_OPENS = re.compile(r"[ \t]*[A-ZÀ-ÖØ-Þ0-9$€£•●▪·*\-–]")
_LEFT_OPEN = re.compile(r"(?:[,;:\-–—(/&+]|[^\W\d_]+)[ \t]*$")
_SHORT = 0.6  # of the longest line of the paragraph
# A line that opens on a bullet glyph is a new item, whatever the length of the line above:
# "•1 402 confirmed by culture (9.8%)" / "•336 deaths, a fatality rate of 2.3%".
_BULLET_OPENS = re.compile(r"[ \t]*[•●▪]")


def line_ends(text: str, language: str, below: bool = False) -> list[int]:
    """Offsets in ``text`` (a paragraph) of the line breaks that end a unit; ``below``: its key
    figures have their captions below them (see ``captions_below``)."""
    lines = text.split("\n")
    if len(lines) < 3:
        return []
    longest = max(len(ln) for ln in lines)
    words = _continuations(language)
    out = []
    pos = 0
    for i, (line, nxt) in enumerate(zip(lines, lines[1:], strict=False)):
        pos += len(line) + 1
        if not line.strip() or not _OPENS.match(nxt):
            continue
        bullet = bool(_BULLET_OPENS.match(nxt)) or _parallel(line, nxt)
        if len(line.rstrip()) > _SHORT * longest and not bullet:
            continue
        if below and _heads_caption(lines, i, line, nxt):
            continue
        if i and not bullet and _goes_on_from(_above(lines, i), line, longest, words):
            continue  # "… nearly $23 million through / USAID's office": a sentence's tail

        near = (lines[i - 1] if i else "") + line  # a bracket left open a line or two above
        if near.count("(") > near.count(")"):
            continue  # "(968 registered / refugees and 158 unregistered / Iraqis)": still open
        m = _LEFT_OPEN.search(line)
        tail = m.group(0).strip().lower() if m else ""
        if tail and (not tail[-1:].isalpha() or tail in words):
            continue  # "… of\nthe", "…,\nand": the line is left open
        out.append(pos - 1)
    return out


_PAGE_NUMBER = re.compile(r"[ \t]*\d{1,3}[ \t]*")
# A line that opens on a figure and its noun: "487,900 refugees in A and B".
_KEY_OPENS = re.compile(r"[ \t]*\d[\d.,\u00a0\u202f]*[ \t]+([^\W\d_]+)")


def _parallel(line: str, nxt: str) -> bool:
    """Key lines one under the other, each opening on a figure of the same noun ("487,900
    refugees in A and B" / "481,300 refugees verified in …"): the next opens a unit of its own,
    however long the line above, unless that line is left open (tested below)."""
    a, b = _KEY_OPENS.match(line), _KEY_OPENS.match(nxt)
    return a is not None and b is not None and a.group(1).lower() == b.group(1).lower()


def _above(lines: list[str], i: int) -> str:
    """The line above line ``i``, past blank lines and a page number a page break left between
    two lines of a sentence (the reader joins them: readers/markdown.py)."""
    for line in reversed(lines[:i]):
        if line.strip() and not _PAGE_NUMBER.fullmatch(line):
            return line
    return ""


def _goes_on_from(above: str, line: str, longest: int, words: frozenset[str]) -> bool:
    """Whether a short line is the rest of a sentence wrapped from a line of prose length above
    it (it opens in lower case, or the line above ends on a comma or a function word: "… followed
    by the / Southern / Cone (1.9 million)") and it is left open too: then it ends no unit of its
    own, whatever opens the next line. A caption under a figure follows a short line."""
    ends = (".", "!", "?", ":", ";")
    if line.rstrip().endswith(ends) or len(above.rstrip()) <= _SHORT * longest:
        return False
    if above.rstrip().endswith(ends):
        return False
    if line.lstrip()[:1].islower() or above.rstrip().endswith(","):
        return True
    m = _LEFT_OPEN.search(above)
    return m is not None and m.group(0).strip().lower() in words


# A key figure alone on its line, its caption on the next: "1,422 / Deaths since the siege began,
# including at least 1,039 civilians." The caption is read with its figure.
_BARE_FIGURE = re.compile(
    r"[ \t]*[$€£]?[ \t]?\d[\d.,\u00a0\u202f ]*(?:%|[ \t]?[^\W\d_]{1,8})?[ \t]*"
)
_CAPTION_OPENS = re.compile(r"[ \t]*[A-ZÀ-ÖØ-Þ][^\W\d_]")


def captions_below(text: str, before: str) -> bool:
    """Whether a paragraph's key figures have their captions below them: it opens on a figure
    alone on its line, and the line above the paragraph is no caption waiting for a figure
    ("Children reached / (blank) / 1,200 / Teachers trained …": captions above)."""
    if not _BARE_FIGURE.fullmatch(text.split("\n", 1)[0]):
        return False
    above = before.rstrip().rsplit("\n", 1)[-1].strip()
    ends = (".", "!", "?", ":")
    return not above or above.endswith(ends) or above[0] == "#" or bool(re.search(r"\d", above))


def _heads_caption(lines: list[str], i: int, line: str, nxt: str) -> bool:
    """Whether ``line`` is a figure that opens its caption below: it stands first or after a
    finished caption, and the next line opens on a word."""
    if not _BARE_FIGURE.fullmatch(line) or not _CAPTION_OPENS.match(nxt):
        return False
    return i == 0 or lines[i - 1].rstrip().endswith((".", "!", "?"))


@cache
def _continuations(language: str) -> frozenset[str]:
    """Words after which a line goes on: articles, prepositions, conjunctions, auxiliaries, and
    the connectors before a part ("… confirmed cases, including / 1,245 deaths") and the
    qualifiers before a figure ("… – over / 87,000 more")."""
    from sitecheck.lang import lexicon

    lex = lexicon(language)
    return frozenset(
        w.lower()
        for phrase in (
            *lex.articles, *lex.of_articles, *lex.and_words, *lex.place_prepositions,
            *lex.n_of_w, *lex.auxiliaries, *lex.stopwords, *lex.relative_pronouns,
            *lex.neutral_leads, *lex.part_connectors, *lex.inclusive_connectors,
            *lex.composition_connectors, *lex.qualifiers, *lex.by_words, *lex.total_after_leads,
        )
        for w in phrase.split()[-1:]  # "distributed between": the line goes on after "between"
    )


@cache
def function_words() -> frozenset[str]:
    """Words no sentence ends on, in any language read: articles, "of", "and", "in" ("… in the
    camps of\n\nEd Damazin …"). Text is read before its language is known."""
    from sitecheck.lang import LANGUAGES, own_lexicon

    return frozenset(
        w.lower()
        for code in LANGUAGES
        for lex in (own_lexicon(code),)
        for phrase in (
            *lex.articles, *lex.of_articles, *lex.and_words, *lex.place_prepositions, *lex.by_words
        )
        for w in phrase.split()
    )


_TAIL_WORD = re.compile(r"(?:,|(?<![\w'’-])([^\W\d_]+))[ \t]*$")


def left_open(line: str) -> bool:
    """A line that ends on a comma or a function word ("… the camps hosted 4,386 families and"):
    its sentence goes on below, whatever opens the next line."""
    m = _TAIL_WORD.search(line)
    if m is None:
        return False
    return m.group(1) is None or m.group(1).lower() in function_words()


# A line of a narrow column (a PDF's two-column page wraps prose at 30 to 45 characters).
_COLUMN_LINE = 28


def _runs_into(line: str, nxt: str) -> bool:
    return len(line.strip()) >= _COLUMN_LINE and (nxt.lstrip()[:1].islower() or left_open(line))


def wrapped_prose(lines: list[str]) -> bool:
    """Whether the lines of a block are prose wrapped in a narrow column, not a box of captions:
    most of them run on into the next (in lower case, or left open), at least two. A box's
    caption may wrap once or twice ("People staying in schools / and other shelters"); its
    figures and other captions stand alone."""
    runs = sum(_runs_into(a, b) for a, b in zip(lines, lines[1:], strict=False))
    return runs >= 2 and 2 * runs >= len(lines) - 1


def box_units(text: str) -> list[tuple[int, int]]:
    """The units of a key-figure box: each line, with the line after it when it is left open
    ("612,385 refugees in Isingiro and / Kyegegwa districts": one caption)."""
    out: list[tuple[int, int]] = []
    pos = 0
    joined = False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start, end = pos + lead, pos + lead + len(stripped)
            if joined and out:
                start = out.pop()[0]
            out.append((start, end))
            joined = left_open(stripped)
        pos += len(line) + 1
    return out
