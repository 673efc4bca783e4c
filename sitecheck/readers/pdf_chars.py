"""The characters of a PDF page with their place and size, and its links, through PDFium.

What a text dump loses and the layout needs: each character's baseline origin, right edge and
font size (a small raised digit is a note's marker), and the rectangles of link annotations with
their targets. pypdfium2 is imported only when a PDF is read.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sitecheck.errors import InputError

# A report has tens of pages of a few thousand characters each; PDFium and the layout cost a few
# microseconds a character, and every figure read costs a tenth of a millisecond.
MAX_PAGES = 1_000
MAX_PAGE_CHARS = 100_000
MAX_CHARS = 2_000_000


@dataclass(slots=True)
class Char:
    text: str
    x0: float
    x1: float
    y: float  # the baseline, in PDF units from the bottom of the page
    size: float
    link: int = -1  # index of the link annotation it lies in


@dataclass(frozen=True, slots=True)
class Link:
    left: float
    bottom: float
    right: float
    top: float
    target: str


class CharBudget:
    """The characters a PDF may hold: a report's pages hold a few thousand each; a file drawn to
    hold millions (each one a figure to read) is refused before they are read."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.total = 0

    def page(self, number: int) -> Callable[[int], None]:
        def take(count: int) -> None:
            where = f"{self.name}: page {number:,}"
            if count > MAX_PAGE_CHARS:
                raise InputError(
                    f"{where} holds {count:,} characters, more than {MAX_PAGE_CHARS:,} (the limit)"
                )
            self.total += count
            if self.total > MAX_CHARS:
                raise InputError(
                    f"{where}: more than {MAX_CHARS:,} characters in all "
                    "(the limit for a PDF report)"
                )

        return take


def page_chars(
    pdf: Any, page: Any, take: Callable[[int], None] = lambda count: None
) -> tuple[list[Char], list[Link]]:
    """The page's characters (those PDFium adds, spaces and line ends, left out) and links;
    ``take`` is told how many there are first, and may refuse the page."""
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    tp = textpage.raw
    try:
        take(pdfium_c.FPDFText_CountChars(tp))
    except InputError:
        textpage.close()
        raise
    box = pdfium_c.FS_RECTF()  # the loose box: the glyph's advance, not its ink
    x, y = ctypes.c_double(), ctypes.c_double()
    out: list[Char] = []
    try:
        for i in range(pdfium_c.FPDFText_CountChars(tp)):
            code = pdfium_c.FPDFText_GetUnicode(tp, i)
            if code in (0, 0xFFFE, 0xFFFF) or pdfium_c.FPDFText_IsGenerated(tp, i) == 1:
                continue
            ch = chr(code)
            if ch in "\r\n" or ch.isspace():
                continue  # spacing is read from the positions
            pdfium_c.FPDFText_GetLooseCharBox(tp, i, ctypes.byref(box))
            pdfium_c.FPDFText_GetCharOrigin(tp, i, ctypes.byref(x), ctypes.byref(y))
            size = pdfium_c.FPDFText_GetFontSize(tp, i)
            out.append(Char(ch, min(x.value, box.left), max(box.left, box.right), y.value, size))
    finally:
        textpage.close()
    links = page_links(pdf, page)
    _mark_links(out, links)
    return out, links


def page_links(pdf: Any, page: Any) -> list[Link]:
    """The page's link annotations that lead to a web address (their target as written)."""
    import pypdfium2.raw as pdfium_c

    links: list[Link] = []
    pos = ctypes.c_int(0)
    link = pdfium_c.FPDF_LINK()
    while pdfium_c.FPDFLink_Enumerate(page.raw, ctypes.byref(pos), ctypes.byref(link)):
        rect = pdfium_c.FS_RECTF()
        if not pdfium_c.FPDFLink_GetAnnotRect(link, ctypes.byref(rect)):
            continue
        action = pdfium_c.FPDFLink_GetAction(link)
        target = ""
        if action and pdfium_c.FPDFAction_GetType(action) == pdfium_c.PDFACTION_URI:
            size = pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, None, 0)
            buffer = ctypes.create_string_buffer(max(size, 1))
            pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, buffer, size)
            target = buffer.value.decode("utf-8", "replace")
        elif action:
            continue  # a link within the document: no web address to check
        lo_x, hi_x = sorted((rect.left, rect.right))
        lo_y, hi_y = sorted((rect.bottom, rect.top))
        links.append(Link(lo_x, lo_y, hi_x, hi_y, target))
    return links


def _mark_links(chars: list[Char], links: list[Link]) -> None:
    for i, link in enumerate(links):
        for c in chars:
            mid = (c.x0 + c.x1) / 2
            if link.left <= mid <= link.right and link.bottom <= c.y + c.size / 3 <= link.top:
                c.link = i
