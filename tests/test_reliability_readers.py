"""Reliability under hostile Word, HTML and PDF files (issue #18): zip bombs, padded tables,
deep nesting, entity tricks, huge page and character counts, operator bombs that make PDFium
abort, and markup that made the standard HTML parser quadratic. Each ends in one line naming
the file with exit code 2 while the other report of the run is still checked (or is read in
linear time), under the suite's time and memory limit, with every input byte-identical after.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hostile_files import docx, pdf, repeat, text_lines

from hostile import GOOD, assert_refused, run_limited, snapshot

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the limits are POSIX rlimits")

_P = b"<w:p><w:r><w:t>1</w:t></w:r></w:p>"
_CELL = b"<w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>"
_EMPTY_ROW = b"<w:tr><w:tc><w:p/></w:tc></w:tr>"


def _laughs() -> bytes:
    entities = b"".join(
        b'<!ENTITY %c "%s">' % (98 + i, (b"&%c;" % (97 + i)) * 10) for i in range(9)
    )
    return b'<!DOCTYPE w:document [<!ENTITY a "lollollollol">' + entities + b"]>"


def _check_one(tmp_path: Path, name: str) -> tuple[str, str]:
    """Check ``name`` beside good.md; returns (standard output, standard error)."""
    (tmp_path / "good.md").write_text(GOOD)
    before = snapshot(tmp_path)
    proc = run_limited("check", name, "good.md", cwd=tmp_path)
    assert snapshot(tmp_path) == before
    assert "Traceback" not in (proc.stdout + proc.stderr).decode()
    return proc.stdout.decode(), proc.stderr.decode()


def _refused(tmp_path: Path, name: str, message: str) -> None:
    (tmp_path / "good.md").write_text(GOOD)
    before = snapshot(tmp_path)
    proc = run_limited("check", name, "good.md", cwd=tmp_path)
    assert_refused(proc, f"{name}: {message}", checked=("good.md",))
    assert snapshot(tmp_path) == before


# Word


def test_a_word_zip_bomb_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    docx(tmp_path / "bomb.docx", repeat(_P, 1_500_000))  # 52 MB of XML in 160 KB
    _refused(tmp_path, "bomb.docx",
             "its XML parts expand to 49 MB once unzipped, more than 32 MB (the limit); not checked")


def test_a_word_table_that_pads_to_billions_of_cells_is_refused(tmp_path: Path) -> None:
    def table(fh: object) -> None:
        write = fh.write  # type: ignore[attr-defined]
        write(b"<w:tbl><w:tr>" + _CELL * 20_000 + b"</w:tr>" + _EMPTY_ROW * 200_000 + b"</w:tbl>")

    docx(tmp_path / "pad.docx", table)
    _refused(tmp_path, "pad.docx",
             "table 1 has 200,001 rows of 20,000 cells, more than 2,000,000 cells (the limit)")


def test_word_nesting_past_the_parser_limit_is_one_line(tmp_path: Path) -> None:
    def deep(fh: object) -> None:
        write = fh.write  # type: ignore[attr-defined]
        write(b"<w:sdt><w:sdtContent>" * 100_000 + b"</w:sdtContent></w:sdt>" * 100_000)

    docx(tmp_path / "deep.docx", deep)
    _, err = _check_one(tmp_path, "deep.docx")
    assert err.startswith("sitecheck: error: deep.docx: damaged Word document (word/document.xml: ")
    assert "depth" in err and err.count("\n") == 1


def test_word_entities_are_never_expanded_nor_fetched(tmp_path: Path) -> None:
    docx(tmp_path / "laughs.docx", repeat(b"<w:p><w:r><w:t>&j;</w:t></w:r></w:p>", 1), _laughs())
    xxe = b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    docx(tmp_path / "xxe.docx", repeat(b"<w:p><w:r><w:t>&x;</w:t></w:r></w:p>", 1), xxe)
    for name in ("laughs.docx", "xxe.docx"):
        out, err = _check_one(tmp_path, name)
        assert "lollol" not in out and "root:" not in out
        assert err == "" or (err.startswith(f"sitecheck: error: {name}: damaged Word document")
                             and err.count("\n") == 1)
    text = run_limited("extract", "--text", "xxe.docx", cwd=tmp_path).stdout.decode()
    assert "root:" not in text


# HTML


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("<div>" * 200_000 + "</span>" * 200_000, 0),  # stray end tags under a deep stack
        # Each link closes the one before, as a browser reads them: 100,000 empty links, of which
        # the first 5,000 are listed and one more finding counts the rest.
        ("<p>" + '<a href="#">' * 100_000 + "x" + "</a>" * 100_000 + "</p>", 5_001),
        ("<p>" + "<br>" * 500_000 + 'See the <a href="#">plan</a></p>', 1),
        ("<p>" + "<a href='#'>plan</a> " + "</" * 300_000, 1),  # never closed: was quadratic
        ("<p>" + "<a href='#'>plan</a> " + "<!" * 300_000, 1),
        ("<div>" * 300_000 + "<p>" + '<a href="#">plan</a>', 1),
    ],
    ids=["stray-end-tags", "nested-links", "breaks", "open-end-tags", "open-declarations",
         "deep-divs"],
)
def test_hostile_html_is_read_in_linear_time(tmp_path: Path, page: str, expected: int) -> None:
    (tmp_path / "p.html").write_text(page)
    out, err = _check_one(tmp_path, "p.html")
    assert err == ""
    assert out.count("p.html:") == expected


def test_broken_html_the_standard_parser_rejects_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "cdata.html").write_text("<![" * 1000)
    _refused(tmp_path, "cdata.html", "damaged HTML (expected name token at '<![<![<![<![<![<![<!')")


def test_an_html_table_that_pads_to_billions_of_cells_is_refused(tmp_path: Path) -> None:
    (tmp_path / "pad.html").write_text(
        "<table><tr>" + "<td>a" * 100_000 + "</tr>" + "<tr><td>x</tr>" * 100_000 + "</table>")
    _refused(tmp_path, "pad.html",
             "table 1 has 100,001 rows of 100,000 cells, more than 2,000,000 cells (the limit)")


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ("<" * 3_000_000, "3,000,000 tags, more than 1,000,000 (the limit for a page)"),
        ("<p>" + "<sup>1" * 1_000_000 + "</p>", "1,000,002 tags, more than 1,000,000 (the limit for a page)"),
        ("<p " + 'a="x" ' * 500_000 + ">", "a tag longer than 100,000 characters (the limit)"),
    ],
    ids=["lone-less-thans", "superscripts", "attributes"],
)
def test_a_page_of_millions_of_tags_is_refused_unread(
    tmp_path: Path, page: str, message: str
) -> None:
    (tmp_path / "p.html").write_text(page)
    _refused(tmp_path, "p.html", message)


# PDF


def test_a_pdf_of_thousands_of_pages_is_refused_unread(tmp_path: Path) -> None:
    pdf(tmp_path / "pages.pdf", 20_000, b"BT /F1 12 Tf 72 720 Td (Total 12 people) Tj ET")
    _refused(tmp_path, "pages.pdf", "20,000 pages, more than 1,000 (the limit for a PDF report)")


def test_a_pdf_page_of_too_many_characters_is_refused(tmp_path: Path) -> None:
    pdf(tmp_path / "dense.pdf", 1, text_lines(120_000))
    _, err = _check_one(tmp_path, "dense.pdf")
    assert err.startswith("sitecheck: error: dense.pdf: page 1 holds 1")
    assert err.endswith(" characters, more than 100,000 (the limit)\n") and err.count("\n") == 1


def test_too_many_characters_in_all_are_refused(tmp_path: Path) -> None:
    pdf(tmp_path / "long.pdf", 30, text_lines(80_000))
    _refused(tmp_path, "long.pdf",
             "page 22: more than 2,000,000 characters in all (the limit for a PDF report)")


@pytest.mark.parametrize(
    "content",
    [b"BT /F1 1 Tf " + b"(8) Tj " * 30_000_000 + b"ET", b"q " * 50_000_000 + b"BT ET"],
    ids=["text-operators", "saved-states"],
)
def test_a_pdf_drawn_to_exhaust_memory_is_one_line_not_an_abort(
    tmp_path: Path, content: bytes
) -> None:
    pdf(tmp_path / "bomb.pdf", 1, content)  # a few hundred KB; PDFium aborted the whole run
    _refused(tmp_path, "bomb.pdf", "PDF that cannot be read within 1 GB of memory "
             "(damaged, or drawn to exhaust it); not checked")
