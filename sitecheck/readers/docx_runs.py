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

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_CONTAINERS = frozenset(
    f"{W}{n}" for n in ("ins", "smartTag", "sdt", "sdtContent", "customXml", "fldSimple")
)


@dataclass
class NoteLabels:
    """The labels given to Word's notes in order of first reference: footnotes 1, 2…; endnotes
    e1, e2…; and the comments that are suppressions, by id."""

    footnotes: dict[str, str] = field(default_factory=dict)
    endnotes: dict[str, str] = field(default_factory=dict)
    suppressions: dict[str, str] = field(default_factory=dict)

    def label(self, kind: str, note_id: str) -> str:
        table = self.footnotes if kind == "footnote" else self.endnotes
        prefix = "" if kind == "footnote" else "e"
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
        if tag == f"{W}r":
            parts.append(run_text(child, notes))
        elif tag == f"{W}hyperlink":
            inner: list[str] = []
            _children(child, inner, comments, link_target, notes)
            target = link_target(child.get(R_ID) or "")
            anchor = child.get(f"{W}anchor")
            if anchor:
                target += f"#{anchor}"
            parts.append(f"[{''.join(inner)}]({target.replace(' ', '%20')})")
        elif tag == f"{W}commentRangeStart":
            found = notes.suppressions.get(child.get(f"{W}id") or "")
            if found is not None:
                comments.append(found)
        elif tag in _CONTAINERS:
            _children(child, parts, comments, link_target, notes)


def run_text(r: Any, notes: NoteLabels) -> str:
    """A run's text; superscript digits as superscript characters."""
    out: list[str] = []
    superscript = False
    for child in r:
        tag = child.tag
        if tag == f"{W}rPr":
            align = child.find(f"{W}vertAlign")
            superscript = align is not None and align.get(f"{W}val") == "superscript"
        elif tag == f"{W}t":
            out.append(child.text or "")
        elif tag == f"{W}tab":
            out.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        elif tag == f"{W}noBreakHyphen":
            out.append("-")
        elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
            kind = "footnote" if tag == f"{W}footnoteReference" else "endnote"
            out.append(f"[^{notes.label(kind, child.get(f'{W}id') or '')}]")
    text = "".join(out)
    if superscript and text.strip().isdigit():
        return text.strip().translate(_SUPERSCRIPT)
    return text
