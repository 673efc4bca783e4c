"""Markdown reports rendered as an editor would have them: Word (python-docx), HTML and PDF
(reportlab), for the reader tests. Only what our samples use: headings, paragraphs with line
breaks, bullet items, pipe tables, links, bold, Markdown escapes."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

_LINK = re.compile(r"\[((?:\\.|[^\]\\])*)\]\(([^()\s]*)\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_ESCAPE = re.compile(r"\\([$()\[\]|*_#])")


@dataclass
class Block:
    kind: str  # heading, paragraph, item, table
    lines: list[str]
    level: int = 0


def blocks(markdown: str) -> list[Block]:
    out: list[Block] = []
    for chunk in re.split(r"\n\s*\n", markdown.strip("\n")):
        lines = chunk.split("\n")
        first = lines[0]
        if first.startswith("#"):
            level = len(first) - len(first.lstrip("#"))
            out.append(Block("heading", [first[level:].strip()], level))
        elif first.startswith("|"):
            rows = [ln for ln in lines if not re.fullmatch(r"\|[\s:|-]+\|?", ln)]
            out.append(Block("table", rows))
        elif all(ln.startswith("- ") for ln in lines):
            out.extend(Block("item", [ln[2:]]) for ln in lines)
        else:
            out.append(Block("paragraph", lines))
    return out


def plain(text: str) -> str:
    """Inline Markdown taken off: bold, escapes (links are handled by each renderer)."""
    return _ESCAPE.sub(r"\1", _BOLD.sub(r"\1", text))


def segments(text: str) -> list[tuple[str, str | None]]:
    """A line's text cut into plain runs and links: (text, target or None)."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    for m in _LINK.finditer(text):
        out.append((plain(text[pos : m.start()]), None))
        out.append((plain(m.group(1)), m.group(2)))
        pos = m.end()
    out.append((plain(text[pos:]), None))
    return [(t, u) for t, u in out if t]


def cells(row: str) -> list[str]:
    return [plain(c.strip()) for c in row.strip().strip("|").split("|")]


# ---------------------------------------------------------------------------------------------
# Word


def add_link(paragraph, text: str, url: str) -> None:  # noqa: ANN001 - python-docx objects
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def fill_paragraph(paragraph, lines: list[str]) -> None:  # noqa: ANN001
    for i, line in enumerate(lines):
        if i:
            paragraph.add_run().add_break()
        for text, url in segments(line):
            if url is None:
                paragraph.add_run(text)
            else:
                add_link(paragraph, text, url)


def to_docx(markdown: str, path: Path) -> Path:
    import docx

    document = docx.Document()
    for b in blocks(markdown):
        if b.kind == "heading":
            document.add_heading(plain(b.lines[0]), level=min(b.level, 9))
        elif b.kind == "item":
            fill_paragraph(document.add_paragraph(style="List Bullet"), b.lines)
        elif b.kind == "table":
            rows = [cells(r) for r in b.lines]
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        else:
            fill_paragraph(document.add_paragraph(), b.lines)
    document.save(str(path))
    return path


# ---------------------------------------------------------------------------------------------
# HTML


def _inline_html(line: str) -> str:
    return "".join(
        html.escape(t) if u is None else f'<a href="{html.escape(u)}">{html.escape(t)}</a>'
        for t, u in segments(line)
    )


def to_html(markdown: str, title: str = "Report") -> str:
    body: list[str] = []
    for b in blocks(markdown):
        if b.kind == "heading":
            body.append(f"<h{b.level}>{_inline_html(b.lines[0])}</h{b.level}>")
        elif b.kind == "item":
            body.append(f"<ul><li>{_inline_html(b.lines[0])}</li></ul>")
        elif b.kind == "table":
            rows = [cells(r) for r in b.lines]
            head = "".join(f"<th>{html.escape(c)}</th>" for c in rows[0])
            rest = "".join(
                "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows[1:]
            )
            body.append(f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>{rest}</tbody></table>")
        else:
            body.append("<p>" + "<br>\n".join(_inline_html(ln) for ln in b.lines) + "</p>")
    nav = '<nav><a href="/">Home</a> | <a href="/reports">Reports 2023</a> | 24 countries</nav>'
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"
        f"{html.escape(title)}</title>\n<script>var total = 12 + 30;</script></head>\n<body>\n"
        f"<header><p>Site menu: 3 regions, 17 offices</p></header>\n{nav}\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n<footer><p>© 2023 · 1 of 1 · 999 visitors</p></footer>\n</body></html>\n"
    )


# ---------------------------------------------------------------------------------------------
# PDF

_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
_RAISED = re.compile(r"([¹²³⁴⁵⁶⁷⁸⁹⁰]+)")
_SIZES = {0: 10.0, 1: 16.0, 2: 13.0, 3: 11.5}


@dataclass
class PdfLayout:
    """How to draw: one or two columns, a running header and a page-number footer."""

    columns: int = 1
    header: str | None = "GTRM Peru · Monthly update for refugees and migrants"
    footer: bool = True
    page_lines: int = 0  # lines per column before a new one; 0: as many as fit


class _Pdf:
    def __init__(self, path: Path, layout: PdfLayout) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen.canvas import Canvas

        self.canvas = Canvas(str(path), pagesize=A4)
        self.layout = layout
        self.width, self.height = A4
        self.margin = 50.0
        gap = 30.0
        self.col_width = (self.width - 2 * self.margin - gap * (layout.columns - 1)) / layout.columns
        self.gap = gap
        self.column = 0
        self.page = 1
        self.y = 0.0
        self.lines_here = 0
        self._start_page()

    def _start_page(self) -> None:
        c = self.canvas
        if self.layout.header:
            c.setFont("Helvetica", 8)
            c.drawString(self.margin, self.height - 30, self.layout.header)
        if self.layout.footer:
            c.setFont("Helvetica", 8)
            c.drawString(self.width / 2 - 15, 25, f"Page {self.page}")
        self.column = 0
        self.y = self.height - 70
        self.lines_here = 0

    @property
    def x(self) -> float:
        return self.margin + self.column * (self.col_width + self.gap)

    def advance(self, leading: float) -> None:
        limit = self.layout.page_lines
        if self.y - leading < 60 or (limit and self.lines_here >= limit):
            if self.column + 1 < self.layout.columns:
                self.column += 1
                self.y = self.height - 70
                self.lines_here = 0
            else:
                self.canvas.showPage()
                self.page += 1
                self._start_page()
        self.y -= leading
        self.lines_here += 1

    def words(self, text: str, url: str | None, font: str, size: float) -> list[tuple[str, str | None]]:
        return [(w, url) for w in text.split(" ") if w]

    def draw_words(self, words: list[tuple[str, str | None]], font: str, size: float, indent: float = 0) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        space = stringWidth(" ", font, size)
        line: list[tuple[str, str | None]] = []
        width = 0.0
        for word, url in words:
            w = stringWidth(word.translate(_SUPERSCRIPTS), font, size)
            if line and width + space + w > self.col_width - indent:
                self._draw_line(line, font, size, indent)
                line, width, indent = [], 0.0, indent
            width += (space if line else 0) + w
            line.append((word, url))
        if line:
            self._draw_line(line, font, size, indent)

    def _draw_line(self, line: list[tuple[str, str | None]], font: str, size: float, indent: float) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        self.advance(size * 1.3)
        x = self.x + indent
        space = stringWidth(" ", font, size)
        links: list[list[float | str]] = []
        for i, (word, url) in enumerate(line):
            start = x
            for part in _RAISED.split(word):
                if not part:
                    continue
                if _RAISED.fullmatch(part):
                    digits = part.translate(_SUPERSCRIPTS)
                    self.canvas.setFont(font, size * 0.6)
                    self.canvas.drawString(x, self.y + size * 0.4, digits)
                    x += stringWidth(digits, font, size * 0.6)
                else:
                    self.canvas.setFont(font, size)
                    self.canvas.drawString(x, self.y, part)
                    x += stringWidth(part, font, size)
            if url is not None:
                if links and links[-1][2] == url and links[-1][3] == i - 1:
                    links[-1][1], links[-1][3] = x, i
                else:
                    links.append([start, x, url, i])
            x += space
        for x0, x1, url, _ in links:
            self.canvas.linkURL(str(url), (float(x0), self.y - 2, float(x1), self.y + size), relative=0)

    def table(self, rows: list[list[str]]) -> None:
        width = self.col_width / max(len(r) for r in rows)
        for row in rows:
            self.advance(13)
            self.canvas.setFont("Helvetica", 10)
            for i, cell in enumerate(row):
                self.canvas.drawString(self.x + i * width, self.y, cell)

    def save(self) -> None:
        self.canvas.save()


def to_pdf(markdown: str, path: Path, layout: PdfLayout | None = None) -> Path:
    pdf = _Pdf(path, layout or PdfLayout())
    for b in blocks(markdown):
        if b.kind == "heading":
            size = _SIZES.get(b.level, 11.0)
            pdf.advance(6)
            pdf.draw_words([(w, None) for w in plain(b.lines[0]).split()], "Helvetica-Bold", size)
        elif b.kind == "table":
            pdf.table([cells(r) for r in b.lines])
        else:
            for line in b.lines:
                words = [w for t, u in segments(line) for w in pdf.words(t, u, "Helvetica", 10)]
                if b.kind == "item":
                    words = [("•", None), *words]
                pdf.draw_words(words, "Helvetica", 10.0)
        pdf.advance(9)
    pdf.save()
    return path


# ---------------------------------------------------------------------------------------------
# What Word has and Markdown has not: real footnotes, comments and text boxes


def add_footnotes(document, notes: dict[int, str]) -> None:  # noqa: ANN001
    """A footnotes part holding ``notes`` (id → text), as Word writes it."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {html.escape(text)}</w:t></w:r>'
        "</w:p></w:footnote>"
        for i, text in notes.items()
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{w}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f"{body}</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, xml.encode(), document.part.package
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def add_footnote_reference(paragraph, note_id: int) -> None:  # noqa: ANN001
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{note_id}"/></w:r>'
        )
    )


def add_text_box(paragraph, lines: list[str]) -> None:  # noqa: ANN001
    """A text box (as older Word versions and many templates write it) anchored in a paragraph."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    inner = "".join(f"<w:p><w:r><w:t>{html.escape(t)}</w:t></w:r></w:p>" for t in lines)
    v = 'xmlns:v="urn:schemas-microsoft-com:vml"'
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")} {v}><w:pict><v:shape><v:textbox><w:txbxContent>{inner}'
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
        )
    )
