"""Where a figure's noun phrase is a caption: "People in need: 1.2 M" (a label before a colon), or
in a key-figure box a line above or below a figure alone on its line ("23.5K / people
displaced", "PEOPLE DISPLACED / 23.5K")."""

from __future__ import annotations

import re

from sitecheck.document import Document, Sentence, Span, is_box_block, line_start
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.restated_layout import dated, loose_run, wrapped_end
from sitecheck.extract.restated_scope import line_spans, stamp_spans

_TOKEN = re.compile(r"[\w’'-]+")
_CLAUSE_END = re.compile(r"[():;!?\[\]|\n]|[.,](?!\d)")
_LETTER = re.compile(r"[^\W\d_]")
_ALNUM = re.compile(r"[^\W_]")
_SEPARATOR = re.compile(r"^[ \t]*[-–—:|][ \t]+(?=[^\W\d_])")
_CAPTION_WORDS = 6
_WINDOW = 240  # characters after a figure read for a caption line's end
_KEY_WORDS = 8  # words of a caption after its figure, at most
_LABEL_WORDS = 6  # words of a label before a colon and a figure, at most
_KEY_CHARS = 80  # characters of a key line, at most
_STAMP_CHARS = 40  # "(as of 31 July 2020)": a stamp after a labelled figure, at most


def lead_start(q: Quantity) -> int:
    """Where a figure starts, a qualifier before it included ("some 25,300")."""
    return min(q.span.start, q.qualifier_span.start) if q.qualifier_span else q.span.start


def line_head(doc: Document, q: Quantity, sentence: Sentence) -> tuple[int, str]:
    """Where the figure's line starts (within its sentence) and the text from there to it."""
    start = max(line_start(doc.text, q.span.start), sentence.span.start)
    return start, doc.text[start : lead_start(q)]


def phrase_window(doc: Document, end: int, rest: str, box: bool) -> str:
    """Where a figure's phrase is read: the rest of its sentence on one line, or in a box the
    rest of its line, with the next line when the box wraps the caption ("62K people" /
    "evacuated"; ``restated_layout.wrapped_end``), a separator before it left out."""
    line_rest = rest.split("\n", 1)[0]
    if not box:
        return rest.replace("\n", " ")
    wrapped = wrapped_end(doc, end + len(line_rest)) if _LETTER.search(line_rest) else None
    window = line_rest if wrapped is None else doc.text[end:wrapped].replace("\n", " ")
    # "62K – people evacuated", "62K | people evacuated": a separator before the caption,
    # blanked (the caption keeps its place in the text).
    return _SEPARATOR.sub(lambda m: " " * len(m.group(0)), window, count=1)


def labelled(doc: Document, q: Quantity, sentence: Sentence, end: int) -> bool:
    """ "People in need: 1.2M" on a line of its own: a caption before a colon, nothing after but
    a stamp ("Cases: 3,958 (as of 31 July)")."""
    text = doc.text
    start = lead_start(q)  # a look at a few characters first: most figures have no label
    if not text[max(0, start - 8) : start].rstrip(" *_").endswith(":"):
        return False
    if not line_head(doc, q, sentence)[1].rstrip(" *_").endswith(":"):
        return False
    line_end = text.find("\n", end, min(sentence.block.span.end, end + _WINDOW))
    rest = text[end : min(sentence.block.span.end, end + _WINDOW) if line_end < 0 else line_end]
    if not _LETTER.search(rest) and not any(c.isdigit() for c in rest):
        return True
    return _stamped(doc, end, rest)


def _stamped(doc: Document, end: int, rest: str) -> bool:
    """ "Cases: 3,958 (as of 31 July)": the rest of a labelled figure's line a stamp in
    parentheses, read as the figure's scope (``restated_scope.stamp_spans``)."""
    inner = rest.strip(" *_")
    if not (inner.startswith("(") and inner.endswith(")") and len(inner) <= _STAMP_CHARS):
        return False
    return bool(stamp_spans(doc.text, doc.language, Span(end, end + len(rest))))


def caption(
    doc: Document, q: Quantity, sentence: Sentence, index: QuantityIndex
) -> tuple[str, Span, Span | None] | None:
    """The caption of a figure alone at the end of its line: the label before it ("People in
    need: 1.2 M"), else, in a key-figure box, the line below or above without a figure."""
    text = doc.text
    start, before = line_head(doc, q, sentence)
    if before.rstrip(" *_").endswith(":") and _LETTER.search(before):
        label = before.rstrip(" *_")[:-1]
        return label, Span(start, start + len(label)), Span(start, start + len(label))
    if _LETTER.search(before):
        return None
    found = _box_lines(doc, q, sentence, index)
    if found is None:
        return None
    lines, here = found
    near = _caption_line(lines, here, index)
    if near is None:
        return None
    s, e = lines[near]
    caption = _CLAUSE_END.split(text[s:e], 1)[0]  # "PEOPLE IN NEED[^1]"
    words = _TOKEN.findall(caption)
    if index.between(s, e) or not words or len(words) > _CAPTION_WORDS:
        return None
    return caption, Span(s, s + len(caption)), None


def _box_lines(
    doc: Document, q: Quantity, sentence: Sentence, index: QuantityIndex
) -> tuple[list[tuple[int, int]], int] | None:
    """The lines of the figure's key-figure box and which of them holds it: its block's lines
    (a line of no letter or digit, blank inside the block, or of dates only left out), or a run
    of short lines the reader split over several paragraphs (``restated_layout.py``) when that
    run holds them all."""
    text = doc.text
    block = sentence.block
    run = loose_run(doc, q.span.start, index)
    if not is_box_block(block):
        return run
    lines = [
        (s, e)
        for s, e in line_spans(text, block.span)
        if _ALNUM.search(text, s, e) and not dated(index, s, e)
    ]
    if run is not None and set(lines) < set(run[0]):
        return run
    return lines, next(i for i, (s, e) in enumerate(lines) if s <= q.span.start <= e)


def _caption_line(lines: list[tuple[int, int]], here: int, index: QuantityIndex) -> int | None:
    """The line captioning the figure line ``here`` of a box. "23.5K / people displaced / 1.2M /
    people in need" puts captions below their figures, "PEOPLE DISPLACED / 23.5K" above: a box
    that ends on a figure has its captions above. "3.2M / 2.1M / 1.1M / People targeted / People
    assisted / People displaced" gives a run of figures as many captions below (or above, in a
    box that ends on the run), in their order; a run without them has no caption."""
    figure = [bool(index.between(s, e)) for s, e in lines]
    first = here
    while first > 0 and figure[first - 1]:
        first -= 1
    last = here
    while last + 1 < len(lines) and figure[last + 1]:
        last += 1
    k = last - first + 1
    if k == 1:
        near = here - 1 if figure[-1] else here + 1
        return near if 0 <= near < len(lines) else None
    below = range(last + 1, last + 1 + k)
    if below.stop <= len(lines) and not any(figure[i] for i in below):
        return below.start + here - first
    above = range(first - k, first)
    if last == len(lines) - 1 and above.start >= 0 and not any(figure[i] for i in above):
        return above.start + here - first
    return None


def is_key_line(doc: Document, q: Quantity) -> bool:
    """A figure opening a short line of a few words that is no sentence and no wrapped prose, or
    closing a line after a short label ("People reached: 12,000")."""
    text = doc.text
    start = line_start(text, q.span.start)
    head = text[start : lead_start(q)]
    # Bounded: a report on one enormous line is not scanned again for every figure.
    stop = min(len(text), q.span.end + _KEY_CHARS * 2)
    end = text.find("\n", q.span.end, stop)
    end = stop if end < 0 else end
    line = text[start:end].rstrip(" *")
    after = text[q.span.end : end].split()
    if start and text[start - 1] != "\n":
        return False  # a line longer than the look back: no key line
    if _LETTER.search(head) or any(c.isdigit() for c in head):
        label = head.rstrip(" *_")
        short = len(label.split()) <= _LABEL_WORDS and not any(c.isdigit() for c in label)
        rest = text[q.span.end : end]
        alone = not "".join(after).strip("*_") or _stamped(doc, q.span.end, rest)
        return short and label.endswith(":") and alone
    if len(line) > _KEY_CHARS or len(after) > _KEY_WORDS or line.endswith((".", ",", ";")):
        return False
    # A line wrapped on ("… 241,539 people / were reached"); a figure alone has its caption below.
    following = text[end + 1 : end + 2]
    if not following.islower() or not _LETTER.search(text[q.span.end : end]):
        return True
    return wrapped_end(doc, end) is not None  # "62K people" / "evacuated" in a box


def key_line_span(doc: Document, q: Quantity) -> Span:
    """The line a figure stands on (a key line's: short)."""
    stop = min(len(doc.text), q.span.end + _KEY_CHARS * 2)
    end = doc.text.find("\n", q.span.end, stop)
    return Span(line_start(doc.text, q.span.start), stop if end < 0 else end)
