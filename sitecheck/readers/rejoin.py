"""Paragraphs that the Markdown parser cut where a PDF export left blank lines inside a sentence:
joined again when the first leaves its sentence open and the second goes on with it.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Block, Document, Span
from sitecheck.line_units import function_words
from sitecheck.readers.spaced_lines import measures, runs_on

# A paragraph that stops mid-sentence: no closing punctuation, and the next paragraph goes on in
# lower case. PDF extraction leaves such blank lines inside a sentence ("Some 5.6 million people
# are\n\n\nbelieved to have been uprooted").
_OPEN_END = re.compile(r"[^\W\d_,]\s*$|,\s*$")
_GOES_ON = re.compile(r"\s*[a-zà-öø-ÿ]")


# A wrapped line of prose that ends on a word (not a caption: long enough to be prose), after
# which the sentence goes on with a year that the parser read as the number of an ordered list
# ("amounted to $10.2 billion in\n\n2022. As of …"). A figure that opens the next paragraph
# is not taken as such a continuation: key-figure lines open on their figures.
_PROSE_TAIL = re.compile(r"[^\W\d_]{2,}[ \t]*$")
_MIN_PROSE_LINE = 40
_MIN_COLUMN_LINE = 25  # a line of a narrow column
_YEAR_MARKER = re.compile(r"\d{3,9}[.)]")
_LOWER_TAIL = re.compile(r"[a-zà-öø-ÿ]{2,}[ \t]*$")
_FIGURE = r"[ \t]*(?:[A-Z]{0,3}\$|[€£])?[ \t]?\d(?:[\d.,]*\d)?(?:[ \t]?%)?[ \t]+"
_KEY_LINE = re.compile(_FIGURE + r"[^\W\d_]")  # "27 Partners served …", not "2022. As of …"
_FIGURE_OPENS = re.compile(_FIGURE + r"[a-zà-öø-ÿ]")


def rejoin_broken_paragraphs(doc: Document) -> None:
    kept: list[Block] = []
    skip = 0
    widths = measures(doc.blocks)
    for i, block in enumerate(doc.blocks):
        if skip:
            skip -= 1
            continue
        prev = kept[-1] if kept else None
        if prev is None or prev.kind != "paragraph":
            kept.append(block)
            continue
        if _adjacent(doc, prev, block) and (
            _goes_on(prev, block) or _fills_measure(prev, block, widths[i])
        ):
            prev.span = Span(prev.span.start, block.span.end)
            continue
        # A page number between two lines of one sentence ("As a\n\n7\n\nresult, …").
        nxt = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
        if (
            nxt is not None
            and _PAGE_NUMBER.fullmatch(block.text)
            and _adjacent(doc, prev, block)
            and _adjacent(doc, block, nxt)
            and _goes_on(prev, nxt)
        ):
            prev.span = Span(prev.span.start, nxt.span.end)
            skip = 1
            continue
        kept.append(block)
    doc.blocks[:] = kept


_PAGE_NUMBER = re.compile(r"[ \t]*\d{1,3}[ \t]*")


def _fills_measure(prev: Block, block: Block, width: int) -> bool:
    """A double-spaced paragraph: the line above fills the measure of its neighbours."""
    if block.kind != "paragraph" or _scale_cut(prev.text, block.text) is not None:
        return False  # a scale word opening the next line: only those read across (above)
    name = _NAME_OPENS.match(block.text)
    opener = name.group(1) if name else ""
    if opener[:1].isupper() and opener.lower() in function_words():
        return False  # a sentence opening anew on an article ("… 146 of\n\nThe 120 wells …")
    return runs_on(prev.text.rsplit("\n", 1)[-1], block.text, width)


def _adjacent(doc: Document, prev: Block, block: Block) -> bool:
    """Nothing but blank space between two blocks (and the next one's bullet)."""
    return not doc.text[prev.span.end : block.span.start].strip(" \t\n" + block.bullet)


def _goes_on(prev: Block, block: Block) -> bool:
    """Whether ``block`` is the rest of the sentence ``prev`` leaves open."""
    if block.kind == "paragraph" and _OPEN_END.search(prev.text) and _GOES_ON.match(block.text):
        return True
    last_line = prev.text.rsplit("\n", 1)[-1]
    scale = _scale_cut(last_line, block.text)
    if (
        block.kind == "paragraph"
        and scale in _scales(wrapped=True)
        and _WORD_FIGURE.search(last_line)
    ):
        return True  # "… funding to nearly $2.3\n\nbillion": words, then the figure cut off
    if block.kind == "paragraph" and _GOES_ON.match(block.text) and _WORD_FIGURE.search(last_line):
        # "… de 12 viviendas colapsadas, 604\n\ninhabitables y …": a line of words that ends on
        # a figure, its noun in lower case below (a figure alone on its line is a key figure).
        return len(last_line.strip()) >= _MIN_COLUMN_LINE
    if block.kind == "paragraph" and _cut_prose(last_line, block.text):
        return True
    if block.kind == "paragraph" and _lone_figure_between(prev.text, last_line, block.text):
        return True
    if len(last_line) < _MIN_PROSE_LINE or not _PROSE_TAIL.search(last_line):
        return False
    if block.kind == "paragraph" and _LOWER_TAIL.search(last_line):
        # "… available funding reached\n\n$4.697 billion, or …": a figure and lower-case words
        # go on with the sentence a line of prose leaves open. Key-figure lines open on their
        # figures ("1,240 tons of cargo moved\n\n27 partners served"); captions are capitalised.
        return bool(_FIGURE_OPENS.match(block.text)) and not _KEY_LINE.match(last_line)
    return block.kind == "list_item" and bool(_YEAR_MARKER.fullmatch(block.bullet))


# A line of prose cut by a blank line, as a double-spaced PDF export gives every line ("… school
# feeding\n\n(96,500) and …", "… supported 231,604\n\npeople across …", "… sites of\n\nEd
# Damazin …"): a line of prose length, not a key-figure line, that no stop, colon or semicolon
# closes; then a paragraph that goes on in lower case, with a bracket (not a list's "(a) "), with
# a figure and lower-case words, or with anything after a function word. A short line is a
# caption or a heading.
_CLOSED = re.compile(r"[.!?:;…]['\"”’)\]*]*[ \t]*$")
_GOES_ON_BRACKET = re.compile(r"[ \t]*\((?![ \t]*\w{1,3}\)[ \t])")
_NAME_OPENS = re.compile(r"[ \t]*([^\W\d_][\w'’-]*)")
_LAST_WORD = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \t]*$")


def _cut_prose(last_line: str, text: str) -> bool:
    if len(last_line.strip()) < _MIN_PROSE_LINE:
        return False
    if _CLOSED.search(last_line) and not (last_line.rstrip()[-1] == ";" and _GOES_ON.match(text)):
        return False  # "…(1,064);\n\nindividual case management (973); …": a list goes on
    scale = _scale_cut(last_line, text)
    if scale is not None:
        # "$276.4\n\nmillion": joined, the figure is read with its scale across the blank line
        # (a scale word a line may open on); another scale word would be read apart from it.
        return scale in _scales(wrapped=True)
    if _GOES_ON.match(text) or _GOES_ON_BRACKET.match(text):
        return not _KEY_LINE.match(last_line) or bool(_GOES_ON.match(text))
    if _KEY_LINE.match(last_line):
        return False  # "4,500 people reached with cash in the north" above another such line
    word = _LAST_WORD.search(last_line)
    comma = last_line.rstrip().endswith(",")
    if not comma and (word is None or not word.group(1).islower()):
        return False
    if _FIGURE_OPENS.match(text):
        return True
    # After a comma or a function word, a name ("Ed Damazin"), not a page number left between
    # the lines, nor a sentence that opens anew on an article ("… 46 of\n\nThe 120 wells …").
    name = _NAME_OPENS.match(text)
    words = function_words()
    if name is None or name.group(1).lower() in words:
        return False
    return comma or (word is not None and word.group(1) in words)


_FIGURE_END = re.compile(r"\d[ \t]*$")
# A line of words that ends on a figure: "… humanitarian funding to nearly $2.3", "Benue – 17".
_WORD_FIGURE = re.compile(
    r"[^\W\d_]{2,}[^\w\n]{0,3}[ \t]+(?:[A-Z]{0,3}\$|[€£])?[ \t]?\d[\d.,]*[ \t]*$"
)
_FIRST_WORD = re.compile(r"[ \t]*([^\W\d_]+)")


def _scale_cut(last_line: str, text: str) -> str | None:
    """A figure at the end of the line and its scale word opening the next paragraph: the word."""
    first = _FIRST_WORD.match(text)
    if not _FIGURE_END.search(last_line) or first is None:
        return None
    word = first.group(1).lower()
    return word if word in _scales() else None


@cache
def _scales(wrapped: bool = False) -> frozenset[str]:
    """Scale words of every language read; ``wrapped``: those a line may open on."""
    from sitecheck.lang import LANGUAGES, own_lexicon

    return frozenset(
        w.lower()
        for c in LANGUAGES
        for w in (own_lexicon(c).wrapped_scale_words if wrapped else own_lexicon(c).scale_words)
    )


# A figure alone between two lines of one sentence ("Among those returning on their own,\n\n
# 4,318\n\ncame through …"): grouped or of four digits, or a percentage. A page number has
# three digits at most and is left apart ("As a\n\n7\n\nresult").
_LONE_FIGURE = re.compile(r"[ \t]*(?:[$€£][ \t]?)?\d[\d.,\u00a0\u202f]*(?:[ \t]?%)?[ \t]*")


def _lone_figure_between(prev: str, last_line: str, text: str) -> bool:
    if _LONE_FIGURE.fullmatch(text.split("\n", 1)[0]) and "\n" not in text.strip():
        if not (sum(c.isdigit() for c in text) >= 4 or "%" in text):
            return False
        word = _LAST_WORD.search(last_line)
        left_open = last_line.rstrip().endswith(",") or (
            word is not None and word.group(1) in function_words()
        )
        return left_open and len(last_line.strip()) >= _MIN_PROSE_LINE
    # The figure so joined, then the rest of its sentence in lower case.
    return "\n" in prev and bool(_LONE_FIGURE.fullmatch(last_line)) and bool(_GOES_ON.match(text))
