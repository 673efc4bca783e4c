"""A Word file's parts: the body, styles, link targets, notes and suppression comments.

Read with zipfile and lxml (imported only here), with entities and network access off. A file
that is not a readable Word document is refused in one line that says what it is instead: a
password-protected or Word 97-2003 file, a zip archive of something else, a damaged file.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import Any

from sitecheck.errors import InputError
from sitecheck.readers import markup as m

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: encrypted .docx or a .doc
_MAX_EXPANDED = 256 * 1024 * 1024
# The XML parts that are parsed, once unzipped: a 300-page report's are a few MB. Each element
# costs lxml about a hundred bytes, so this bounds the memory a small file can make it take.
_MAX_XML = 32 * 1024 * 1024
_XML_PARTS = (
    m.DOCUMENT_PART, m.STYLES_PART, m.DOCUMENT_RELS, m.FOOTNOTES_PART, m.ENDNOTES_PART,
    m.COMMENTS_PART,
)
_SUPPRESSION = "sitecheck-"


@dataclass
class Package:
    body: Any
    styles: dict[str, str] = field(default_factory=dict)  # style id → name
    link_targets: dict[str, str] = field(default_factory=dict)  # relationship id → target
    footnotes: dict[str, list[Any]] = field(default_factory=dict)  # note id → its paragraphs
    endnotes: dict[str, list[Any]] = field(default_factory=dict)
    suppressions: dict[str, str] = field(default_factory=dict)  # comment id → its text

    def style_name(self, p: Any) -> str:
        style = p.find(m.PARAGRAPH_STYLE)
        if style is None:
            return ""
        style_id = style.get(m.VAL) or ""
        return self.styles.get(style_id, style_id)


def open_package(raw: bytes, name: str) -> Package:
    """The parts of a Word file; InputError with a one-line reason when it is none."""
    if raw.startswith(_OLE):
        raise InputError(
            f"{name}: password-protected or a Word 97-2003 file, not a .docx; "
            "remove the password or save it as .docx"
        )
    if not raw.startswith(b"PK"):
        raise InputError(f"{name}: not a Word document (.docx): damaged, or a file of another kind")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        names = set(archive.namelist())
        if sum(i.file_size for i in archive.infolist()) > _MAX_EXPANDED:
            raise InputError(f"{name}: expands to more than 256 MB once unzipped; not checked")
        if m.DOCUMENT_PART not in names:
            raise InputError(f"{name}: a zip archive, not a Word document (no word/document.xml)")
        xml = sum(archive.getinfo(part).file_size for part in _XML_PARTS if part in names)
        if xml > _MAX_XML:
            raise InputError(
                f"{name}: its XML parts expand to {xml / (1024 * 1024):,.0f} MB once unzipped, "
                f"more than {_MAX_XML // (1024 * 1024)} MB (the limit); not checked"
            )
        return _read_parts(archive, names, name)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise InputError(f"{name}: damaged Word document ({exc})") from None


def _xml(archive: zipfile.ZipFile, part: str, name: str) -> Any:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(archive.read(part), parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"{name}: damaged Word document ({part}: {exc})") from None


def _read_parts(archive: zipfile.ZipFile, names: set[str], name: str) -> Package:
    root = _xml(archive, m.DOCUMENT_PART, name)
    body = root.find(m.BODY)
    if body is None:
        raise InputError(f"{name}: damaged Word document (word/document.xml has no body)")
    package = Package(body=body)
    if m.STYLES_PART in names:
        for style in _xml(archive, m.STYLES_PART, name).iter(m.STYLE):
            label = style.find(m.NAME)
            if label is not None:
                package.styles[style.get(m.STYLE_ID) or ""] = label.get(m.VAL) or ""
    if m.DOCUMENT_RELS in names:
        for rel in _xml(archive, m.DOCUMENT_RELS, name).iter(m.REL):
            if (rel.get("Type") or "").endswith(m.HYPERLINK_TYPE):
                package.link_targets[rel.get("Id") or ""] = rel.get("Target") or ""
    for part, notes, tag in (
        (m.FOOTNOTES_PART, package.footnotes, m.FOOTNOTE),
        (m.ENDNOTES_PART, package.endnotes, m.ENDNOTE),
    ):
        if part in names:
            for note in _xml(archive, part, name).iter(tag):
                notes[note.get(m.ID) or ""] = list(note.iter(m.P))
    if m.COMMENTS_PART in names:
        for comment in _xml(archive, m.COMMENTS_PART, name).iter(m.COMMENT):
            text = "".join(t.text or "" for t in comment.iter(m.T)).strip()
            if text.startswith(_SUPPRESSION):
                package.suppressions[comment.get(m.ID) or ""] = text
    return package
