"""The text of one Word paragraph, written as the Markdown reader reads it.

Runs give their text (tabs, line breaks); a hyperlink becomes ``[text](target)`` (no target, or a
bare ``#``, makes an empty link); a footnote or endnote reference becomes ``[^N]``; digits set
as superscript become superscript digits ("¹"), as a note's marker is printed; a Word comment
whose text starts with ``sitecheck-`` becomes the Markdown suppression comment before the
paragraph. Deleted text of tracked changes is left out, inserted text kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sitecheck.readers import markup as m

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


FOOTNOTE, ENDNOTE = "footnote", "endnote"  # the kinds of note, as origins name them


@dataclass
class NoteLabels:
    """The labels given to Word's notes in order of first reference: footnotes 1, 2…; endnotes
    e1, e2…; and the comments that are suppressions, by id."""

    footnotes: dict[str, str] = field(default_factory=dict)
    endnotes: dict[str, str] = field(default_factory=dict)
    suppressions: dict[str, str] = field(default_factory=dict)

    def label(self, kind: str, note_id: str) -> str:
        footnote = kind == FOOTNOTE
        table = self.footnotes if footnote else self.endnotes
        prefix = "" if footnote else "e"
        return table.setdefault(note_id, f"{prefix}{len(table) + 1}")


@dataclass
class ParagraphText:
    text: str
    comments: list[str]  # suppression comments anchored in this paragraph


def paragraph_text(p: Any, link_target: Callable[[str], str], notes: NoteLabels) -> ParagraphText:
    """The Markdown text of a ``w:p`` element."""
    parts: list[str] = []
    comments: list[str] = []
    _children(p, parts, comments, link_target, notes)
    return ParagraphText("".join(parts), comments)


def _children(
    el: Any,
    parts: list[str],
    comments: list[str],
    link_target: Callable[[str], str],
    notes: NoteLabels,
) -> None:
    for child in el:
        tag = child.tag
        if tag == m.R:
            parts.append(run_text(child, notes))
        elif tag == m.HYPERLINK:
            inner: list[str] = []
            _children(child, inner, comments, link_target, notes)
            target = link_target(child.get(m.R_ID) or "")
            anchor = child.get(m.ANCHOR)
            if anchor:
                target += f"#{anchor}"
            parts.append(f"[{''.join(inner)}]({target.replace(' ', '%20')})")
        elif tag == m.COMMENT_RANGE_START:
            found = notes.suppressions.get(child.get(m.ID) or "")
            if found is not None:
                comments.append(found)
        elif tag in m.RUN_CONTAINERS:
            _children(child, parts, comments, link_target, notes)


def run_text(r: Any, notes: NoteLabels) -> str:
    """A run's text; superscript digits as superscript characters."""
    out: list[str] = []
    superscript = False
    for child in r:
        tag = child.tag
        if tag == m.RPR:
            align = child.find(m.VERT_ALIGN)
            superscript = align is not None and align.get(m.VAL) == m.SUPERSCRIPT_VALUE
        elif tag == m.T:
            out.append(child.text or "")
        elif tag == m.TAB:
            out.append("\t")
        elif tag == m.BR or tag == m.CR:
            out.append("\n")
        elif tag == m.NO_BREAK_HYPHEN:
            out.append("-")
        elif tag == m.FOOTNOTE_REFERENCE or tag == m.ENDNOTE_REFERENCE:
            kind = FOOTNOTE if tag == m.FOOTNOTE_REFERENCE else ENDNOTE
            out.append(f"[^{notes.label(kind, child.get(m.ID) or '')}]")
    text = "".join(out)
    if superscript and text.strip().isdigit():
        return text.strip().translate(_SUPERSCRIPT)
    return text
