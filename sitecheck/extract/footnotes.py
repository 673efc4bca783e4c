"""Footnote markers and definitions: ``*``, ``**``, ``†``, superscripts, ``[^1]`` and glued digits.

Emphasis is told apart from markers the way CommonMark does it: a run of asterisks that opens
(followed by text) and a later run that closes (preceded by text) make bold or italics; a run glued
after a word ("DIRECTLY*") is a reference, and a run that starts a line before text
("*Includes …") is a definition.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from sitecheck.document import Block, Document, Span, line_start

SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_SUPER_VALUE = {c: str(i) for i, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}
_STAR_RUN = re.compile(r"(?<!\\)\*+")
_SUPER_RUN = re.compile(f"[{SUPERSCRIPTS}]+|[†‡§]+")
_MD_REF = re.compile(r"\[\^(?P<label>[^\]\s]+)\](?!:)")
_MD_DEF = re.compile(r"^\[\^(?P<label>[^\]\s]+)\]:[ \t]*", re.M)


@dataclass(frozen=True, slots=True)
class FootnoteRef:
    marker: str
    span: Span


@dataclass(frozen=True, slots=True)
class FootnoteDef:
    marker: str
    span: Span  # the marker itself
    text: str
    text_span: Span
    spaced: bool = False  # "* text": a definition only where the marker is used as one

    @property
    def normalised_text(self) -> str:
        return " ".join(self.text.lower().split()).rstrip(".")


@dataclass
class Footnotes:
    refs: list[FootnoteRef]
    defs: list[FootnoteDef]
    emphasis: list[Span]


def marker_key(marker: str) -> str:
    """Superscript ¹ and a glued digit 1 are the same footnote."""
    return "".join(_SUPER_VALUE.get(c, c) for c in marker)


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith(("P", "S"))


def _flanking(text: str, start: int, end: int) -> tuple[bool, bool]:
    prev = text[start - 1] if start > 0 else " "
    nxt = text[end] if end < len(text) else " "
    left = not nxt.isspace() and (not _is_punct(nxt) or prev.isspace() or _is_punct(prev))
    right = not prev.isspace() and (not _is_punct(prev) or nxt.isspace() or _is_punct(nxt))
    return left, right


def _at_line_start(text: str, pos: int) -> bool:
    return not text[line_start(text, pos) : pos].strip()


def extract_footnotes(doc: Document, glued_digits: list[Span]) -> Footnotes:
    refs: list[FootnoteRef] = []
    defs: list[FootnoteDef] = []
    emphasis: list[Span] = []
    star_item_lists = Counter(b.list_id for b in doc.blocks if b.kind == "list_item")
    # Whole-text tests first: most reports have no superscripts or [^1] notes at all.
    text = doc.text
    supers = _SUPER_RUN.search(text) is not None
    md_notes = "[^" in text
    for block in doc.blocks:
        if block.kind in ("code", "html"):
            continue
        body = block.text
        if "*" in body:
            _stars(block, refs, defs, emphasis)
        if supers:
            _superscripts(block, refs, defs)
        if md_notes and "[^" in body:
            _markdown_notes(block, refs, defs)
    # "* Note text" parses as a one-item bullet list; in a report that uses "*" markers it is
    # a definition.
    if any(r.marker == "*" for r in refs):
        for block in doc.blocks:
            if (
                block.kind == "list_item"
                and block.bullet == "*"
                and star_item_lists[block.list_id] == 1
            ):
                marker_pos = doc.text.rfind("*", 0, block.span.start)
                defs.append(
                    FootnoteDef("*", Span(marker_pos, marker_pos + 1), block.text, block.span)
                )
    _digit_notes(doc, glued_digits, refs, defs)
    used = {r.marker for r in refs}
    defs = [d for d in defs if not d.spaced or d.marker in used]
    defs.sort(key=lambda d: d.span.start)
    refs.sort(key=lambda r: r.span.start)
    return Footnotes(refs, defs, emphasis)


def _stars(
    block: Block, refs: list[FootnoteRef], defs: list[FootnoteDef], emphasis: list[Span]
) -> None:
    text, base = block.text, block.span.start
    runs = [(m.start(), m.end()) for m in _STAR_RUN.finditer(text)]
    openers: list[tuple[int, int]] = []
    unmatched: list[tuple[int, int, bool, bool]] = []
    for s, e in runs:
        left, right = _flanking(text, s, e)
        if right:
            match = next((o for o in reversed(openers) if o[1] - o[0] == e - s), None)
            if match is not None:
                i = openers.index(match)
                dropped = openers[i + 1 :]
                del openers[i:]
                unmatched.extend((a, b, True, False) for a, b in dropped)
                emphasis.append(Span(base + match[0], base + e))
                continue
        if left:
            openers.append((s, e))
        else:
            unmatched.append((s, e, left, right))
    unmatched.extend((a, b, True, False) for a, b in openers)
    for s, e, left, right in sorted(unmatched):
        marker = text[s:e]
        if len(marker) > 3:
            continue
        spaced_def = (
            not left
            and not right
            and (_at_line_start(text, s) or _after_sentence(text, s))
            and text[e : e + 1] in (" ", "\t")
            and text[e:].strip() != ""
        )
        if spaced_def:
            # "** PPT: …" in a plain-text report; kept only if the marker is used (see below).
            defs.append(_definition(marker, text, base, s, e, "\n", spaced=True))
            continue
        if left and _at_line_start(text, s):
            defs.append(_definition(marker, text, base, s, e, "\n\n"))
        elif right and not left:
            refs.append(FootnoteRef(marker, Span(base + s, base + e)))


def _after_sentence(text: str, s: int) -> bool:
    """ "… in May. * Includes people in transit.": a note that PDF extraction put in the middle
    of a line, after a sentence and before a capital."""
    before = text[:s].rstrip(" \t")
    after = text[s:].lstrip("*").lstrip(" \t")
    return before.endswith((".", "!", "?")) and after[:1].isupper()


def _definition(
    marker: str, text: str, base: int, s: int, e: int, stop: str, spaced: bool = False
) -> FootnoteDef:
    """A note whose marker spans [s, e) of ``text``; its text runs to ``stop`` (or the end)."""
    body = e
    while body < len(text) and text[body] in " \t":
        body += 1
    end = text.find(stop, body)
    end = len(text) if end < 0 else end
    return FootnoteDef(
        marker,
        Span(base + s, base + e),
        text[body:end],
        Span(base + body, base + end),
        spaced=spaced,
    )


def _superscripts(block: Block, refs: list[FootnoteRef], defs: list[FootnoteDef]) -> None:
    text, base = block.text, block.span.start
    for m in _SUPER_RUN.finditer(text):
        s, e = m.span()
        marker = m.group(0)
        if _at_line_start(text, s):
            defs.append(_definition(marker, text, base, s, e, "\n"))
        elif s > 0 and not text[s - 1].isspace():
            refs.append(FootnoteRef(marker, Span(base + s, base + e)))


def _markdown_notes(block: Block, refs: list[FootnoteRef], defs: list[FootnoteDef]) -> None:
    text, base = block.text, block.span.start
    for m in _MD_DEF.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        label_span = Span(base + m.start(), base + m.end("label") + 1)
        defs.append(
            FootnoteDef(
                f"[^{m['label']}]",
                label_span,
                text[m.end() : end],
                Span(base + m.end(), base + end),
            )
        )
    for m in _MD_REF.finditer(text):
        refs.append(FootnoteRef(f"[^{m['label']}]", Span(base + m.start(), base + m.end())))


_DIGIT_DEF = re.compile(r"^(?P<n>\d{1,2})[ \t]+(?=[A-ZÁÉÍÓÚ\"“])", re.M)


def _digit_notes(
    doc: Document, glued: list[Span], refs: list[FootnoteRef], defs: list[FootnoteDef]
) -> None:
    """Digits glued to words ("origin.1") are markers when numbered notes exist to match them."""
    numbers = {doc.text[s.start : s.end]: s for s in glued}
    if not numbers:
        return
    digit_defs: list[FootnoteDef] = []
    for block in doc.blocks:
        if block.kind != "paragraph":
            continue
        for m in _DIGIT_DEF.finditer(block.text):
            n = m.group("n")
            if n not in numbers and not any(c in SUPERSCRIPTS for c in n):
                continue
            base = block.span.start
            end = block.text.find("\n", m.end())
            end = len(block.text) if end < 0 else end
            digit_defs.append(
                FootnoteDef(
                    n,
                    Span(base + m.start(), base + m.end("n")),
                    block.text[m.end() : end],
                    Span(base + m.end(), base + end),
                )
            )
    if digit_defs:
        defs.extend(digit_defs)
        refs.extend(FootnoteRef(doc.text[s.start : s.end], s) for s in glued)
