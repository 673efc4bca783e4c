"""Reports as editors have them: Word, HTML and PDF give the findings of the same report written
in Markdown, each at the place an editor can find in that file (paragraph or table cell, source
line and column, page). The files are made here: python-docx, reportlab, HTML strings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

import sitecheck
from sitecheck.result import Result

from renderers import PdfLayout, to_docx, to_html, to_pdf
from support import SAMPLES, SARIF_SCHEMA, run

FLOOD = """\
# Flood response — Monthly update, March 2024

The rains that began in late February flooded the lowlands of the north. The cluster met every week with the departmental authorities to plan the response, share the lists of families and agree on where each partner would work.

Partners reached 12,480 people¹ in March (5,200 in Beni, 4,100 in Pando and 3,000 in La Paz).

The response plan requires $40M, of which $10M (30%) has been received.

## Departments

| Department | Affected | Assisted |
| --- | --- | --- |
| Beni | 6,000 | 2,100 |
| Pando | 4,000 | 1,500 |
| La Paz | 3,000 | 900 |
| Total | 13,500 | 4,500 |

Most of the people assisted live in rural communities that can only be reached by river, and the boats that carry food and water also carry the mobile health teams.

See the [dashboard](#) for the weekly figures.

Schools in the flooded areas stay closed until the water recedes, and the education partners are setting up temporary learning spaces on higher ground with the local authorities.

¹ Includes people reached by mobile teams.

² Figures from the national emergency committee.
"""

# The five planted defects, by the figure each finding points at.
FLOOD_FINDINGS = [
    ("sum-mismatch", "12,480"),
    ("percent-mismatch", "30%"),
    ("sum-mismatch", "13,500"),
    ("empty-link", "[dashboard](#)"),
    ("footnote-unused", "²"),
]
HEADER = "Bolivia · Flood response · March 2024"


def _render(kind: str, markdown: str, folder: Path, name: str) -> Path:
    if kind == "docx":
        return to_docx(markdown, folder / f"{name}.docx")
    if kind == "html":
        path = folder / f"{name}.html"
        path.write_text(to_html(markdown), encoding="utf-8")
        return path
    layout = PdfLayout(columns=2, header=HEADER, page_lines=14) if name == "flood" else None
    return to_pdf(markdown, folder / f"{name}.pdf", layout)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("rendered")
    peru = (SAMPLES / "peru-2023-08.md").read_text(encoding="utf-8")
    out = {}
    for kind in ("docx", "html", "pdf"):
        out[f"flood.{kind}"] = _render(kind, FLOOD, folder, "flood")
        out[f"peru.{kind}"] = _render(kind, peru, folder, "peru")
    return out


def _figures(result: Result) -> list[str]:
    """The text of each finding's figure, escapes and line breaks aside."""
    return [" ".join(result.document.slice(f.span).replace("\\", "").split()) for f in result.findings]


def _seen(result: Result) -> list[tuple[str, int, int, str, str | None]]:
    return [
        (
            f.rule,
            f.line,
            f.column,
            result.document.slice(f.span),
            f.origin.describe() if f.origin else None,
        )
        for f in result.findings
    ]


def test_the_markdown_report_has_the_five_planted_defects() -> None:
    result = sitecheck.check_text(FLOOD)
    assert [(f.rule, result.document.slice(f.span)) for f in result.findings] == FLOOD_FINDINGS


def test_word_gives_the_findings_of_the_markdown_at_their_paragraph_and_cell(
    rendered: dict[str, Path],
) -> None:
    assert _seen(sitecheck.check(rendered["flood.docx"])) == [
        ("sum-mismatch", 5, 18, "12,480", "paragraph 3"),
        ("percent-mismatch", 7, 49, "30%", "paragraph 4"),
        ("sum-mismatch", 16, 11, "13,500", "table 1, row 5, cell 2"),
        ("empty-link", 20, 9, "[dashboard](#)", "paragraph 7"),
        ("footnote-unused", 26, 1, "²", "paragraph 10"),
    ]


def test_html_gives_the_findings_of_the_markdown_at_their_source_line_and_column(
    rendered: dict[str, Path],
) -> None:
    path = rendered["flood.html"]
    source = path.read_text(encoding="utf-8").split("\n")
    result = sitecheck.check(path)
    assert [(f.rule, result.document.slice(f.span)) for f in result.findings] == FLOOD_FINDINGS
    for f in result.findings:
        assert f.origin is not None and f.origin.line and f.origin.column
        figure = result.document.slice(f.span)
        # The origin is where the figure's text (a link's <a> tag) starts in the HTML source.
        start = "<a " if figure.startswith("[") else figure[:5]
        assert source[f.origin.line - 1][f.origin.column - 1 :].startswith(start), f


def test_the_html_page_furniture_and_scripts_are_not_read(rendered: dict[str, Path]) -> None:
    text = sitecheck.check(rendered["flood.html"]).document.text
    for furniture in ("Site menu", "Reports 2023", "999 visitors", "var total", "<title>"):
        assert furniture not in text
    assert "| Total | 13,500 | 4,500 |" in text


def test_pdf_gives_the_findings_of_the_markdown_at_their_page(rendered: dict[str, Path]) -> None:
    assert _seen(sitecheck.check(rendered["flood.pdf"])) == [
        ("sum-mismatch", 9, 18, "12,480", "page 1"),
        ("percent-mismatch", 13, 2, "30%", "page 1"),
        ("sum-mismatch", 21, 9, "13,500", "page 1"),
        ("empty-link", 28, 9, "[dashboard](#)", "page 2"),
        ("footnote-unused", 37, 1, "²", "page 2"),
    ]


def test_pdf_layout_is_read_as_the_page_shows_it(rendered: dict[str, Path]) -> None:
    text = sitecheck.check(rendered["flood.pdf"]).document.text
    # A raised small digit is a note's marker, not part of the figure ("12,4801" would be read).
    assert "12,480 people¹ in March" in text
    # The running header and the page numbers are gone.
    assert HEADER not in text and "Page 1" not in text and "Page 2" not in text
    # The left column is read before the right one; a sentence cut by the column goes on.
    assert "of which $10M\n(30%) has been received." in text
    assert text.index("Partners reached") < text.index("Most of the people")
    # A table's cells stay apart, so that the Total row is checked.
    assert "Total   13,500   4,500" in text


@pytest.mark.parametrize("kind", ["docx", "html", "pdf"])
def test_the_peru_sample_gives_its_eleven_findings(rendered: dict[str, Path], kind: str) -> None:
    expected = yaml.safe_load((SAMPLES / "peru-2023-08.expected.yaml").read_text())["findings"]
    markdown = sitecheck.check(SAMPLES / "peru-2023-08.md")
    result = sitecheck.check(rendered[f"peru.{kind}"])
    assert [f.rule for f in result.findings] == [e["rule"] for e in expected]
    assert _figures(result) == _figures(markdown)
    assert all(f.origin is not None for f in result.findings)


def test_the_peru_sample_in_word_names_paragraphs(rendered: dict[str, Path]) -> None:
    import docx

    paragraphs = [p.text for p in docx.Document(str(rendered["peru.docx"])).paragraphs if p.text]
    roster = 1 + next(i for i, t in enumerate(paragraphs) if t.startswith("GTRM 109 Partners"))
    key_figures = 1 + next(i for i, t in enumerate(paragraphs) if t.startswith("FUNDING SITUATION"))
    result = sitecheck.check(rendered["peru.docx"])
    where = {(f.rule, f.origin.describe()) for f in result.findings if f.origin}
    assert ("percent-mismatch", f"paragraph {key_figures}") in where
    assert ("count-mismatch", f"paragraph {roster}") in where


def test_the_peru_sample_in_pdf_names_pages(rendered: dict[str, Path]) -> None:
    result = sitecheck.check(rendered["peru.pdf"])
    pages = [(f.rule, f.origin.page) for f in result.findings if f.origin]
    assert pages[0] == ("percent-mismatch", 1) and pages[-1] == ("footnote-duplicate", 3)


def test_text_output_names_the_place_in_the_original(rendered: dict[str, Path]) -> None:
    proc = run("check", str(rendered["flood.docx"]))
    assert proc.returncode == 1
    assert f"{rendered['flood.docx']}:16:11: error[sum-mismatch]" in proc.stdout
    assert f"  --> {rendered['flood.docx']}, table 1, row 5, cell 2" in proc.stdout
    proc = run("check", str(rendered["flood.pdf"]))
    assert f"  --> {rendered['flood.pdf']}, page 2" in proc.stdout


def test_json_and_sarif_carry_the_origin_as_added_fields(rendered: dict[str, Path]) -> None:
    data = json.loads(run("check", "--format", "json", str(rendered["flood.pdf"])).stdout)
    first = data["files"][0]["findings"][0]
    assert data["version"] == 1
    assert (first["line"], first["column"], first["origin"]) == (9, 18, {"page": 1})
    sarif = json.loads(run("check", "--format", "sarif", str(rendered["flood.docx"])).stdout)
    location = sarif["runs"][0]["results"][2]["locations"][0]
    assert location["properties"]["origin"] == {"table": 1, "row": 5, "cell": 2}
    assert location["physicalLocation"]["region"]["startLine"] == 16
    if SARIF_SCHEMA.is_file():
        import jsonschema

        jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    plain = json.loads(run("check", "--format", "json", str(SAMPLES / "peru-2023-08.md")).stdout)
    assert all("origin" not in f for f in plain["files"][0]["findings"])


def test_extract_text_shows_the_read_text(rendered: dict[str, Path]) -> None:
    proc = run("extract", "--text", str(rendered["flood.docx"]))
    assert proc.returncode == 0
    lines = proc.stdout.split("\n")
    assert lines[4] == "Partners reached 12,480 people¹ in March (5,200 in Beni, 4,100 in Pando and 3,000 in La Paz)."
    assert lines[15] == "| Total | 13,500 | 4,500 |"
