"""Input formats behind one interface: each reader turns a file into the same Document.

A reader is registered for the file suffixes it reads; ``read_document`` picks one by suffix and
falls back to Markdown/text, which reads any UTF-8 file given by name. Adding a format is one
module with a reader and one ``register`` line below. Readers import their parsers only when they
read, so that importing sitecheck stays lean.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

from sitecheck.document import Document
from sitecheck.readers.markdown import MarkdownReader


class Reader(Protocol):
    """Turns one input format, as bytes or as a file, into a Document."""

    suffixes: tuple[str, ...]  # lower case, with the dot: (".md", ".txt")

    def from_path(self, path: str | os.PathLike[str]) -> Document:
        """Read a file; the document's path is ``str(path)``, as given."""
        ...

    def from_bytes(self, raw: bytes, path: str | None = None) -> Document:
        """Read a file's content; ``path`` names it in messages and findings."""
        ...


_READERS: dict[str, Reader] = {}


def register(reader: Reader) -> Reader:
    """Read files with these suffixes with this reader (a later registration wins)."""
    for suffix in reader.suffixes:
        _READERS[suffix.lower()] = reader
    return reader


class LazyReader:
    """A reader whose module (and its parser) is imported when a file of its kind is read."""

    def __init__(self, suffixes: tuple[str, ...], module: str, name: str) -> None:
        self.suffixes = suffixes
        self._where = (module, name)
        self._reader: Reader | None = None

    def _load(self) -> Reader:
        if self._reader is None:
            import importlib

            module, name = self._where
            self._reader = getattr(importlib.import_module(module), name)()
        return self._reader

    def from_path(self, path: str | os.PathLike[str]) -> Document:
        return self._load().from_path(path)

    def from_bytes(self, raw: bytes, path: str | None = None) -> Document:
        return self._load().from_bytes(raw, path)


MARKDOWN = MarkdownReader()
register(MARKDOWN)
register(LazyReader((".docx",), "sitecheck.readers.docx", "DocxReader"))
register(LazyReader((".html", ".htm"), "sitecheck.readers.html", "HtmlReader"))
register(LazyReader((".pdf",), "sitecheck.readers.pdf", "PdfReader"))


def report_suffixes() -> tuple[str, ...]:
    """The suffixes of the files a folder is searched for, in registration order."""
    return tuple(_READERS)


def reader_for(path: str | os.PathLike[str]) -> Reader:
    """The reader registered for a file's suffix; Markdown/text for any other file."""
    return _READERS.get(Path(path).suffix.lower(), MARKDOWN)


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read and parse one report file; InputError with a one-line reason when it cannot be."""
    return reader_for(path).from_path(path)


def read_stdin_document(name: str | None) -> Document:
    """A report read from standard input; ``name`` (its suffix) chooses the reader and names it."""
    from sitecheck.readers.decode import read_stdin

    shown = name or "<stdin>"
    return reader_for(shown).from_bytes(read_stdin(shown), shown)


def document_from_text(text: str, path: str | None = None) -> Document:
    """A report already in memory as text (Markdown or plain)."""
    return MARKDOWN.from_text(text, path)
