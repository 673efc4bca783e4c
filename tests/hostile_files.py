"""Hostile Word, HTML and PDF files, drawn byte by byte for the reliability suite: each is small
on disk and written to make a reader expand, nest, pad or loop."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO

_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Override PartName="/word/document.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def docx(path: Path, body: Callable[[IO[bytes]], None], prolog: bytes = b"") -> Path:
    """A Word file whose word/document.xml is ``prolog``, the document element, what ``body``
    writes inside <w:body>, and the closing tags (streamed, so a bomb is never in memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        with archive.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0"?>' + prolog + b"<w:document " + _W + b"><w:body>")
            body(fh)
            fh.write(b"</w:body></w:document>")
    return path


def repeat(unit: bytes, times: int) -> Callable[[IO[bytes]], None]:
    def write(fh: IO[bytes]) -> None:
        block = unit * 10_000
        for _ in range(times // 10_000):
            fh.write(block)
        fh.write(unit * (times % 10_000))

    return write


def pdf(path: Path, pages: int, content: bytes) -> Path:
    """A PDF of ``pages`` pages that share one Flate-compressed content stream."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Count %d /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >>"
        b" >> /Kids [" % pages + b" ".join(b"%d 0 R" % (5 + i) for i in range(pages)) + b"] >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    objects += [b"<</Type/Page/Parent 2 0 R/Contents 4 0 R>>"] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj" % n + body + b"endobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def text_lines(chars: int) -> bytes:
    """A page's content: lines of 100 characters in 6-point type, ``chars`` characters in all."""
    line = b"Partners reached 1,234 people in Lima " * 2 + b"and 12% more than in May of the year"
    rows = (b"1 0 0 1 20 %d Tm (%s) Tj " % (780 - (i % 120) * 6, line) for i in range(chars // 100))
    return b"BT /F1 6 Tf " + b"".join(rows) + b"ET"
