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
