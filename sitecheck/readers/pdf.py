"""PDF reports: the text layer, page by page in reading order, through PDFium (pypdfium2).

Lines come from the characters' positions (``readers.pdf_layout``): raised small digits are note
markers, two columns are read one after the other, a table's cells stay set apart. A line
repeated at the top or bottom of most pages (a running header or footer, a page number) is left
out. Lines are gathered into blocks by the space between them and their size (a larger line is
a heading), and written as Markdown (see ``readers.rendered``), each line with its page. A PDF
with no text layer (a scan) is refused: checking it as empty would say nothing was wrong.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

from sitecheck.document import Document, Origin
from sitecheck.errors import InputError
from sitecheck.readers.decode import read_bytes
from sitecheck.readers.pdf_chars import MAX_PAGES, CharBudget
from sitecheck.readers.pdf_layout import TextLine
from sitecheck.readers.rendered import Rendering

_PASSWORD_ERROR = 4  # PDFium's FPDF_ERR_PASSWORD
_EDGE_LINES = 2  # lines at the top and at the bottom of a page that may be running text
_DIGITS = re.compile(r"\d+")
_LINK_END = re.compile(r"\]\(([^()\s]*)\)$")
_ENDS = re.compile(r"[.!?:;)\]]\W*$|^\W*$")
_BULLETS = ("•", "▪", "●", "◦", "‣", "–")


class PdfReader:
    """PDF files with a text layer."""

    suffixes: tuple[str, ...] = (".pdf",)

    def from_path(self, path: str | os.PathLike[str]) -> Document:
        return self.from_bytes(read_bytes(Path(path)), str(path))

    def from_bytes(self, raw: bytes, path: str | None = None) -> Document:
        from sitecheck.readers.pdf_child import render_pdf

        return render_pdf(raw, path or "<input>", render_here).document(path)


def render_here(raw: bytes, name: str) -> Rendering:
    """The read text of a PDF, read in this process."""
    pages = read_pages(raw, name)
    if not any(pages):
        raise InputError(
            f"{name}: PDF without a text layer (a scan?); run text recognition (OCR) first"
        )
    return render_pages(drop_running_lines(pages))


def _open(raw: bytes, name: str) -> Any:
    import pypdfium2 as pdfium

    if not raw.lstrip()[:1024].find(b"%PDF") >= 0:
        raise InputError(f"{name}: not a PDF file: damaged, or a file of another kind")
    try:
        return pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == _PASSWORD_ERROR:
            raise InputError(
                f"{name}: password-protected PDF; remove the password to check it"
            ) from None
        raise InputError(f"{name}: damaged PDF ({exc})") from None


def read_pages(raw: bytes, name: str) -> list[list[TextLine]]:
    """Each page's lines in reading order."""
    from sitecheck.readers.pdf_chars import page_chars
    from sitecheck.readers.pdf_layout import make_lines, reading_order

    pdf = _open(raw, name)
    pages: list[list[TextLine]] = []
    budget = CharBudget(name)
    try:
        if len(pdf) > MAX_PAGES:
            raise InputError(
                f"{name}: {len(pdf):,} pages, more than {MAX_PAGES:,} (the limit for a PDF report)"
            )
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                chars, links = page_chars(pdf, page, budget.page(index + 1))
                pages.append(reading_order(make_lines(chars), page.get_width(), links))
            finally:
                page.close()
    finally:
        pdf.close()
    return pages


def _key(line: TextLine) -> str:
    return _DIGITS.sub("#", " ".join(line.text.split()).lower())


def drop_running_lines(pages: list[list[TextLine]]) -> list[list[TextLine]]:
    """The pages without the lines repeated at the top or bottom of most of them."""
    if len(pages) < 2:
        return pages
    seen: Counter[str] = Counter()
    for lines in pages:
        edge = sorted(lines, key=lambda t: -t.y)
        seen.update({_key(t) for t in edge[:_EDGE_LINES] + edge[-_EDGE_LINES:]})
    needed = max(2, (len(pages) + 1) // 2)
    running = {k for k, n in seen.items() if n >= needed}
    out = []
    for lines in pages:
        edge = sorted(lines, key=lambda t: -t.y)
        edges = {id(t) for t in edge[:_EDGE_LINES] + edge[-_EDGE_LINES:]}
        out.append([t for t in lines if id(t) not in edges or _key(t) not in running])
    return out


def _body_size(pages: list[list[TextLine]]) -> float:
    sizes: Counter[float] = Counter()
    for lines in pages:
        for t in lines:
            sizes[round(t.size, 1)] += len(t.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def render_pages(pages: list[list[TextLine]]) -> Rendering:
    """The read text: blocks separated by blank lines, each line with its page."""
    out = Rendering()
    body = _body_size(pages)
    headings = sorted({round(t.size, 1) for p in pages for t in p if t.size >= body * 1.15})
    headings.reverse()
    prev: TextLine | None = None
    for number, lines in enumerate(pages, start=1):
        _join_wrapped_links(lines)
        origin = Origin(page=number)
        for t in lines:
            heading = round(t.size, 1) in headings and len(t.cells) == 1
            if prev is None:
                out.write(_marked(t, headings), origin)
            elif heading and prev.size == t.size and not _new_block(prev, t):
                out.write(" " + t.text, origin)  # a heading set on two lines is one heading
            else:
                out.write("\n\n" if _new_block(prev, t) else "\n")
                out.write(_marked(t, headings), origin)
            prev = t
    out.write("\n")
    return out


def _join_wrapped_links(lines: list[TextLine]) -> None:
    """A link that wraps onto the next line of its paragraph is one link (a PDF gives each
    line's part its own annotation)."""
    for a, b in zip(lines, lines[1:], strict=False):
        end = _LINK_END.search(a.cells[-1])
        if end is None or _new_block(a, b) or not b.cells[0].startswith("["):
            continue
        close = b.cells[0].find("]")
        if b.cells[0][close:].startswith(f"]({end.group(1)})") and "[" not in b.cells[0][1:close]:
            a.cells[-1] = a.cells[-1][: end.start()]
            b.cells[0] = b.cells[0][1:]


def _new_block(prev: TextLine, t: TextLine) -> bool:
    gap = prev.y - t.y
    if gap < 0 and _ENDS.search(prev.text):
        return True  # the top of the next column or page, after a paragraph that ended
    if gap > 1.6 * max(prev.size, t.size):
        return True  # a paragraph's space
    if abs(prev.size - t.size) > 0.1 * max(prev.size, t.size):
        return True
    if (len(prev.cells) > 1) != (len(t.cells) > 1):
        return True  # a table starts or ends
    return t.text.startswith(_BULLETS)


def _marked(t: TextLine, headings: list[float]) -> str:
    text = t.text
    size = round(t.size, 1)
    if size in headings and len(t.cells) == 1:
        return "#" * min(headings.index(size) + 1, 6) + " " + text
    if text.startswith(_BULLETS):
        return "- " + text[1:].lstrip()
    return text


if __name__ == "__main__":  # the child process of readers.pdf_child
    import sys

    from sitecheck.readers.pdf_child import serve

    sys.exit(serve(render_here))
