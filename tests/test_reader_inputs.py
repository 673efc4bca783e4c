"""Word, HTML and PDF files as they come: notes, comments and text boxes of Word, standard input,
folders that hold them, and files that cannot be read (one line each, exit 2, the others still
checked)."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import sitecheck

from renderers import (
    add_footnote_reference,
    add_footnotes,
    add_text_box,
    fill_paragraph,
    to_docx,
    to_html,
    to_pdf,
)
from support import ROOT, SAMPLES, run

PERU = (SAMPLES / "peru-2023-08.md").read_text(encoding="utf-8")


def _word_with_notes(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("Flood response, March 2024", level=1)
    add_text_box(document.add_paragraph(), ["PEOPLE IN NEED", "12,000", "PEOPLE REACHED", "14,500"])
    p = document.add_paragraph("Partners reached 4,235 people")
    add_footnote_reference(p, 1)
    p.add_run(" (3,845 refugees and migrants).")
    link = document.add_paragraph("Source: ")
    fill_paragraph(link, ["[Financial Tracking System](#)"])
    document.add_comment(link.runs, text="sitecheck-disable-next-line empty-link", author="Editor")
    fill_paragraph(document.add_paragraph(), ["See the [dashboard]() for the weekly figures."])
    add_footnotes(document, {1: "Includes 1,400 people in the lowlands (600 in Beni and 700 in Pando)."})
    document.save(str(path))
    return path


def test_word_notes_comments_and_text_boxes(tmp_path: Path) -> None:
    result = sitecheck.check(_word_with_notes(tmp_path / "notes.docx"))
    text = result.document.text
    # The text box is read after the paragraph that anchors it, one line a paragraph.
    assert "PEOPLE IN NEED\n\n12,000\n\nPEOPLE REACHED\n\n14,500" in text
    box = result.document.text.index("12,000")
    assert result.document.origin_at(box).describe() == "paragraph 2, text box"
    # A Word footnote is a Markdown note: its marker where Word shows it, its text at the end.
    assert "Partners reached 4,235 people[^1] (3,845 refugees and migrants)." in text
    assert text.rstrip().endswith(
        "[^1]: Includes 1,400 people in the lowlands (600 in Beni and 700 in Pando)."
    )
    seen = [
        (f.rule, result.document.slice(f.span), f.origin.describe() if f.origin else None)
        for f in result.findings
    ]
    # The comment silences the link it is anchored on; the other empty link is reported; the
    # note's own sum is checked, at the note. The text box's lines are read as a key-figure box
    # (caption above figure): its "PEOPLE REACHED 14,500" against "Partners reached 4,235
    # people" in the paragraph right under it asks the editor to look (a warning).
    assert seen == [
        ("restated-mismatch", "4,235", "paragraph 3"),
        ("empty-link", "[dashboard]()", "paragraph 5"),
        ("sum-mismatch", "1,400", "footnote 1"),
    ]


def test_html_suppression_comments_work(tmp_path: Path) -> None:
    page = to_html("Source: [Financial Tracking System](#)\n\nSee the [dashboard](#).\n")
    page = page.replace("<p>Source", "<!-- sitecheck-disable-next-line empty-link -->\n<p>Source")
    path = tmp_path / "page.htm"
    path.write_text(page, encoding="utf-8")
    result = sitecheck.check(path)
    assert [(f.rule, result.document.slice(f.span)) for f in result.findings] == [
        ("empty-link", "[dashboard](#)")
    ]


def test_standard_input_is_read_by_the_reader_its_name_chooses(tmp_path: Path) -> None:
    report = to_docx(PERU, tmp_path / "peru.docx")
    proc = subprocess.run(
        [sys.executable, "-m", "sitecheck", "check", "-", "--stdin-filename", "drafts/peru.docx",
         "--format", "json"],
        input=report.read_bytes(), capture_output=True, cwd=ROOT, timeout=60,
    )
    assert proc.returncode == 1, proc.stderr
    entry = json.loads(proc.stdout)["files"][0]
    assert entry["path"] == "drafts/peru.docx"
    assert [f["rule"] for f in entry["findings"]][:2] == ["percent-mismatch", "empty-link"]
    assert entry["findings"][0]["origin"] == {"paragraph": 4}


def test_standard_input_without_a_name_is_markdown() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "sitecheck", "check", "-"],
        input=PERU, capture_output=True, text=True, cwd=ROOT, timeout=60,
        env={"NO_COLOR": "1", "PATH": ""},
    )
    assert proc.returncode == 1
    assert proc.stdout.startswith("<stdin>:10:1: error[percent-mismatch]")
    assert proc.stdout.rstrip().endswith("11 findings in 1 file: 2 errors, 9 warnings, 0 info")


def test_a_folder_walk_picks_up_word_html_and_pdf(tmp_path: Path) -> None:
    to_docx(PERU, tmp_path / "a.docx")
    (tmp_path / "b.html").write_text(to_html(PERU), encoding="utf-8")
    to_pdf(PERU, tmp_path / "c.pdf")
    (tmp_path / "d.htm").write_text(to_html("Nothing to see."), encoding="utf-8")
    data = json.loads(run("check", "--format", "json", str(tmp_path)).stdout)
    found = {Path(f["path"]).name: len(f["findings"]) for f in data["files"]}
    assert found == {"a.docx": 11, "b.html": 11, "c.pdf": 11, "d.htm": 0}


def _bad_files(folder: Path) -> dict[str, str]:
    """Files that are not what their names say, and the one line each must give."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen.canvas import Canvas

    locked = Canvas(str(folder / "locked.pdf"), encrypt=StandardEncryption("secret"))
    locked.drawString(100, 700, "Total 12")
    locked.save()
    scan = Canvas(str(folder / "scan.pdf"))
    scan.rect(50, 50, 300, 300, fill=1)  # a page with an image of text and no text layer
    scan.save()
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage")
    with zipfile.ZipFile(folder / "renamed.docx", "w") as archive:
        archive.writestr("photos/readme.txt", "holiday photos")
    whole = to_docx(PERU, folder / "whole.docx").read_bytes()
    (folder / "whole.docx").unlink()
    (folder / "truncated.docx").write_bytes(whole[: len(whole) // 2])
    # A password-protected Word file is an OLE compound file, as Word 97-2003 files are.
    (folder / "locked.docx").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(1024))
    return {
        "broken.pdf": "damaged PDF (Failed to load document (PDFium: Data format error).)",
        "locked.docx": "password-protected or a Word 97-2003 file, not a .docx; remove the "
        "password or save it as .docx",
        "locked.pdf": "password-protected PDF; remove the password to check it",
        "renamed.docx": "a zip archive, not a Word document (no word/document.xml)",
        "scan.pdf": "PDF without a text layer (a scan?); run text recognition (OCR) first",
        "truncated.docx": "damaged Word document (File is not a zip file)",
    }


def test_bad_files_are_one_line_each_and_the_others_are_still_checked(tmp_path: Path) -> None:
    expected = _bad_files(tmp_path)
    (tmp_path / "peru.html").write_text(to_html(PERU), encoding="utf-8")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    proc = run("check", str(tmp_path))
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == [
        f"sitecheck: error: {tmp_path / name}: {message}" for name, message in sorted(expected.items())
    ]
    assert "Traceback" not in proc.stderr
    assert proc.stdout.rstrip().endswith("11 findings in 1 file: 2 errors, 9 warnings, 0 info")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


@pytest.mark.parametrize("name", ["locked.pdf", "renamed.docx", "scan.pdf"])
def test_a_bad_file_alone_exits_2(tmp_path: Path, name: str) -> None:
    message = _bad_files(tmp_path)[name]
    proc = run("check", str(tmp_path / name))
    assert (proc.returncode, proc.stderr.strip()) == (2, f"sitecheck: error: {tmp_path / name}: {message}")


def test_checking_markdown_imports_no_reader_of_other_formats() -> None:
    probe = (
        "import sys, sitecheck; sitecheck.check('samples/peru-2023-08.md');"
        "print(sorted(m for m in ('lxml', 'pypdfium2', 'zipfile', 'html.parser') if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT,
                          timeout=60, check=True)
    assert proc.stdout.strip() == "[]"


def test_html_entities_lists_and_nested_tables(tmp_path: Path) -> None:
    page = (
        "<html><body><article><header><h1>Rapport&nbsp;mensuel</h1></header>\n"
        "<p>Les partenaires ont aidé 1&nbsp;204 personnes (600 à Beni et 500 à Pando).</p>\n"
        "<ol><li>Premier point</li><li><p>Second point</p></li></ol>\n"
        "<table><tr><th>Zone</th><th>Cas</th></tr><tr><td>A<table><tr><td>x</td></tr></table>"
        "</td><td>5</td></tr><tr><td>B</td><td>3</td></tr><tr><td>Total</td><td>7</td></tr></table>\n"
        "</article></body></html>\n"
    )
    path = tmp_path / "rapport.html"
    path.write_text(page, encoding="utf-8")
    result = sitecheck.check(path)
    assert result.document.text == (
        "# Rapport\u00a0mensuel\n\n"
        "Les partenaires ont aidé 1\u00a0204 personnes (600 à Beni et 500 à Pando).\n\n"
        "1. Premier point\n\n2. Second point\n\n"
        "| Zone | Cas |\n| --- | --- |\n| A x | 5 |\n| B | 3 |\n| Total | 7 |\n\n"
    )
    assert [(f.rule, f.line, f.column, f.origin.describe() if f.origin else "") for f in result.findings] == [
        ("sum-mismatch", 3, 26, "line 2, column 29"),  # the figure after "<p>Les partenaires ont aidé "
        ("sum-mismatch", 13, 11, "line 4, column 156"),  # the Total cell's "7"
    ]
