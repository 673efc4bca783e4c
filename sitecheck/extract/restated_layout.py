"""Where a key line stands against the body it restates.

A key line set right after (or right before) the one paragraph it sums up, nothing between
("… at least 62,000 people have been evacuated to shelters." then "62K people evacuated"), is
that paragraph's caption: a phrase the body adds after its verb ("to shelters") describes the
same people, not a part of them, as a snapshot of one crisis per paragraph writes it. A cause
("killed by landslides", "déplacées à cause de la tempête") may still single out one of several
counts the paragraph gives: not read so.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from sitecheck.document import Block, Document, Span, is_box_block
from sitecheck.extract.quantities import QuantityIndex
from sitecheck.lang import lexicon, phrases


@cache
def _causes(language: str) -> re.Pattern[str]:
    return phrases(lexicon(language).cause_preps)


def _index(doc: Document, block: Block) -> int | None:
    """The position of a block among the document's (by its start: blocks are in text order)."""
    starts = [b.span.start for b in doc.blocks]
    i = bisect.bisect_left(starts, block.span.start)
    return i if i < len(starts) and doc.blocks[i] is block else None


def beside(doc: Document, key: Block, body: Block, phrase: Span) -> bool:
    """Whether a key line's block and a body paragraph are next to each other, the body's
    phrase naming no cause."""
    if body.kind != "paragraph" or key is body:
        return False
    if _causes(doc.language).search(doc.text, phrase.start, phrase.end):
        return False
    i, j = _index(doc, key), _index(doc, body)
    return i is not None and j is not None and abs(i - j) == 1


_RUN_LINES = 12  # lines a loose box holds, at most: a longer run is a list or a roster
_SHORT_CHARS = 60  # a caption or a figure line, as a box's (``document._is_box``)
_SHORT_WORDS = 6


def _short(text: str) -> bool:
    line = text.strip()
    return len(line) <= _SHORT_CHARS and len(line.split()) <= _SHORT_WORDS and not line.endswith(
        (".", ";", ",")
    )


def _line(text: str, start: int) -> tuple[int, int]:
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end


_PERIODS = ("date", "year", "time")  # tags of a figure that is a date (``scope._PERIOD_TAGS``)


def dated(index: QuantityIndex, start: int, end: int) -> bool:
    """A line of a box whose only figures are dates ("Source: OCHA, 2021", "As of 3 May"): no
    key figure and no caption, left out of the box's shape (captions above or below its
    figures), which it would otherwise skew."""
    figures = index.between(start, end)
    return bool(figures) and all(q.tag in _PERIODS for q in figures)


def loose_run(
    doc: Document, pos: int, index: QuantityIndex
) -> tuple[list[tuple[int, int]], int] | None:
    """The lines of a key-figure box that the reader left loose: figures and captions on short
    lines of paragraphs, with blank lines between them ("62K" / "" / "people evacuated"), or after
    a sentence in one paragraph ("… accedieron a ayuda. / Datos principales / 3,8M / Personas
    asistidas"). The short lines around the one at ``pos`` (lines without a letter or a digit
    passed over) and which of them it is; None when a run goes on past a box's length (a list, a
    roster: then no caption is read), holds one line or reads two ways (``_balanced``); a line of
    dates only is passed over, and the box's title ("Key figures") ends it."""
    text = doc.text
    here = _line(text, text.rfind("\n", 0, pos) + 1)
    above: list[tuple[int, int]] = []
    below: list[tuple[int, int]] = []
    for step, out in ((-1, above), (1, below)):
        start, end = here
        while True:
            if step < 0 and start == 0 or step > 0 and end >= len(text):
                break  # the text's edge ends the run
            start, end = _line(text, text.rfind("\n", 0, start - 1) + 1 if step < 0 else end + 1)
            line = text[start:end]
            if not any(c.isalnum() for c in line):
                continue  # a blank line, a bullet glyph alone
            sentence = doc.sentence_at(start)
            if sentence is None or sentence.block.kind != "paragraph" or not _short(line):
                break
            if dated(index, start, end):
                continue  # "Source: OCHA, 2021": no figure, no caption (``dated``)
            if step < 0 and _summary(doc.language).search(line):
                break  # "Key figures": the box's title, above it
            if len(out) == _RUN_LINES:
                return None
            out.append((start, end))
    lines = [*reversed(above), here, *below]
    return (lines, len(above)) if len(lines) > 1 and _balanced(lines, index) else None


def _balanced(lines: list[tuple[int, int]], index: QuantityIndex) -> bool:
    """Whether a loose run reads one way only: as many captions as figures, the run opening on
    one and closing on the other ("62K / people evacuated / 1.2M / people in need"). A title
    the run took in ("PEOPLE DISPLACED / 23.5K / PEOPLE IN NEED / 1.2M / OVERVIEW") would make
    the captions seem to lie below their figures: such a run is not read."""
    figure = [bool(index.between(s, e)) for s, e in lines]
    return 2 * sum(figure) == len(figure) and figure[0] != figure[-1]


@cache
def _summary(language: str) -> re.Pattern[str]:
    return phrases(lexicon(language).summary_headings)


_WRAP_WORDS = 4  # words of a caption's second line, at most


def wrapped_end(doc: Document, line_end: int) -> int | None:
    """Where a key line's caption ends when a box wraps it onto the next line ("62K people" /
    "evacuated"): that line in lower case, a few words and no digit, in the same box block;
    None when the caption ends with its line. Prose wrapped the same way is no box."""
    text = doc.text
    if text[line_end : line_end + 1] != "\n" or not text[line_end + 1 : line_end + 2].islower():
        return None
    sentence = doc.sentence_at(line_end + 1)
    if sentence is None or not is_box_block(sentence.block):
        return None
    end = _line(text, line_end + 1)[1]
    below = text[line_end + 1 : end]
    if len(below.split()) > _WRAP_WORDS or any(c.isdigit() for c in below):
        return None
    return end if end <= sentence.block.span.end else None
