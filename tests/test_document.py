"""The document model: decoding, blocks, and spans that slice out exactly what they claim."""

from __future__ import annotations

from typing import get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitecheck import check_text, pieces
from sitecheck.document import BlockKind
from sitecheck.errors import InputError
from sitecheck.readers import read_document
from sitecheck.readers.decode import decode_report
from sitecheck.readers.markdown import parse_document

from support import FIXTURES, SAMPLES


def test_bom_and_crlf_are_normalised_and_nothing_else() -> None:
    raw = "\ufeffPEOPLE ASSISTED\r\n16,290\r\n".encode()
    assert decode_report(raw) == "PEOPLE ASSISTED\n16,290\n"


def test_binary_file_is_refused_with_a_clear_message() -> None:
    with pytest.raises(InputError, match=r"^x\.png: binary file, not a text report$"):
        decode_report(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.png")


def test_latin1_is_refused_with_the_offending_byte() -> None:
    with pytest.raises(InputError) as exc:
        decode_report("Perú 1,200".encode("latin-1"), "r.txt")
    assert str(exc.value) == "r.txt: not valid UTF-8 (byte 0xfa at offset 3); save the report as UTF-8"


def test_utf16_is_refused() -> None:
    with pytest.raises(InputError, match="UTF-16 text is not supported"):
        decode_report("hola".encode("utf-16"), "r.txt")


def test_blocks_of_a_markdown_report() -> None:
    text = "# Peru\n\nKEY FIGURE\n1.51M\n\n- one item\n- two items\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    doc = parse_document(text)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Peru"),
        ("paragraph", "KEY FIGURE\n1.51M"),
        ("list_item", "one item"),
        ("list_item", "two items"),
        ("table_row", "| a | b |"),
        ("table_row", "| 1 | 2 |"),
    ]


def test_the_markdown_reader_makes_only_the_declared_block_kinds() -> None:
    kinds = set(get_args(BlockKind))
    others = sorted((FIXTURES / "reports").iterdir())
    reports = sorted(SAMPLES.glob("*.md")) + [p for p in others if p.suffix in (".md", ".txt")]
    assert len(reports) >= 10
    for report in reports:
        assert {b.kind for b in read_document(report).blocks} <= kinds, report.name
    every = "# H\n\nText.\n\n- item\n\n| a |\n|---|\n\n```\ncode\n```\n\n<div>\nx\n</div>\n"
    assert {b.kind for b in parse_document(every).blocks} == kinds


def test_positions_count_code_points() -> None:
    doc = parse_document("Perú ñandú\nÁrea 12")
    assert doc.position(doc.text.index("12")) == doc.position(16)
    pos = doc.position(doc.text.index("12"))
    assert (pos.line, pos.column) == (2, 6)


def _all_spans(text: str) -> list[tuple[int, int, str]]:
    result = check_text(text)
    facts = result.facts
    spans = [(q.span.start, q.span.end, q.text) for q in facts.numbers]
    spans += [(b.span.start, b.span.end, b.text) for b in result.document.blocks]
    spans += [(i.span.start, i.span.end, i.text) for lst in facts.lists for i in lst.items]
    spans += [(n.text_span.start, n.text_span.end, n.text) for n in facts.footnotes.defs]
    return spans


@pytest.mark.parametrize("name", ["peru-2023-08.md", "ecuador-2024-03.md", "bolivia-floods-2024-02.md"])
def test_every_span_slices_out_its_text_in_the_samples(name: str) -> None:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    for start, end, shown in _all_spans(text):
        assert text[start:end] == shown


_PIECES = st.sampled_from(
    [
        "1,234", "1.51M", "$427M", "13%", "23,7 %", "over 80", "some 19,600", "(156)", " and ",
        "people", "Partners:", " | ", "*", "**", "¹", "[link](#)", "\n", "\n\n", "- ", "# ",
        "On 29 August", "From 01/08 to 31/08", "3,0000", "2023", "N° 010-2020-IN", ", ", ". ",
        "de las cuales", "including", "\\$", "`code`", "> ", "    ", "1’718,331", "92 1232 8244",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=30).map("".join))
def test_spans_are_exact_on_generated_documents(text: str) -> None:
    doc_text = check_text(text).document.text
    for start, end, shown in _all_spans(text):
        assert 0 <= start <= end <= len(doc_text)
        assert doc_text[start:end] == shown


def test_large_reports_parse_in_pieces_with_the_same_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    import sitecheck.readers.markdown as markdown

    text = "\n\n".join((SAMPLES / n).read_text(encoding="utf-8") for n in
                       ["peru-2023-08.md", "ecuador-2024-03.md", "bolivia-floods-2024-02.md"])
    text = "```\nfenced\n\ncode\n```\n\n" + text
    whole = [(b.kind, b.span) for b in parse_document(text).blocks]
    monkeypatch.setattr(markdown, "_PIECE", 2000)
    assert len(list(markdown._pieces(text.split("\n")))) >= 5
    pieces = [(b.kind, b.span) for b in parse_document(text).blocks]
    assert pieces == whole


def test_large_reports_are_checked_in_pieces_with_the_same_findings(monkeypatch: pytest.MonkeyPatch) -> None:

    text = "\n\n".join(
        (SAMPLES / n).read_text(encoding="utf-8")
        for n in ["peru-2023-08.md", "ecuador-2024-03.md", "bolivia-floods-2024-02.md"] * 4
    )
    whole = [(f.rule, f.line, f.column, f.message) for f in check_text(text).findings]
    monkeypatch.setattr(pieces, "PIECE_CHARS", 8_000)
    assert len(pieces.pieces(parse_document(text))) > 4
    result = check_text(text)
    assert result.facts is None  # checked piece by piece
    assert [(f.rule, f.line, f.column, f.message) for f in result.findings] == whole


def test_a_sentence_broken_by_blank_lines_of_a_pdf_export_is_one_paragraph() -> None:
    text = (
        "• Some 5.6 million people are\n\n\nbelieved to have been uprooted by the floods,\n"
        "including some 8,400,003 people sheltering in camps.\n\n"
        "Partners met on Monday.\n\nlowercase notes after a full stop stay apart.\n"
    )
    doc = parse_document(text)
    assert [b.text for b in doc.blocks] == [
        "• Some 5.6 million people are\n\n\nbelieved to have been uprooted by the floods,\n"
        "including some 8,400,003 people sheltering in camps.",
        "Partners met on Monday.",
        "lowercase notes after a full stop stay apart.",
    ]
    assert [(f.rule, f.line) for f in check_text(text).findings] == [("part-exceeds-whole", 5)]


def test_short_lines_that_open_anew_are_units_of_their_own_in_a_paragraph() -> None:
    text = (
        "Key figures\n"
        "92 mt of food delivered\n"
        "USD 412,300 transferred as cash to households in the three northern districts this month\n"
        "186,420 people reached in May\n"
        "In May, WFP reached 186,420 beneficiaries across the northern districts, handing out\n"
        "92 mt of food and USD 412,300 in cash to the most vulnerable households.\n"
    )
    doc = parse_document(text)
    assert [doc.slice(s.span) for s in doc.sentences] == [
        "Key figures",
        "92 mt of food delivered",
        # A long line is wrapped prose: it goes on into the next line.
        "USD 412,300 transferred as cash to households in the three northern districts this month\n"
        "186,420 people reached in May",
        "In May, WFP reached 186,420 beneficiaries across the northern districts, handing out\n"
        "92 mt of food and USD 412,300 in cash to the most vulnerable households.",
    ]


def test_a_year_that_a_pdf_wrap_put_at_a_line_start_is_no_list_item() -> None:
    text = (
        "The appeal for the region, which covers the needs of refugees, came to $2.4 billion in\n\n"
        "2023. By June, partners had received $1.1 billion.\n\n"
        "Partners met on Monday:\n\n2023. Floods in the north.\n"
    )
    doc = parse_document(text)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (
            "paragraph",
            "The appeal for the region, which covers the needs of refugees, came to $2.4 billion"
            " in\n\n2023. By June, partners had received $1.1 billion.",
        ),
        ("paragraph", "Partners met on Monday:"),
        ("list_item", "Floods in the north."),
    ]


def test_the_html_pages_facts_of_a_large_report_are_read_in_the_checks_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sitecheck.facts import build_facts
    from sitecheck.reporters.html_checked import read_facts

    text = "\n\n".join(
        (SAMPLES / n).read_text(encoding="utf-8")
        for n in ["peru-2023-08.md", "ecuador-2024-03.md", "bolivia-floods-2024-02.md"] * 2
    )
    doc = parse_document(text)
    whole = read_facts(doc, build_facts(doc))
    monkeypatch.setattr(pieces, "PIECE_CHARS", 8_000)
    pieced = read_facts(doc, None)
    assert len(pieces.pieces(doc)) > 4
    assert [q.span for q in pieced.numbers] == [q.span for q in whole.numbers]
    # Relations across a cut are not read (a restatement in two pieces), none is made up by one.
    read_whole = {(c.kind, c.text) for c in whole.relations}
    assert {(c.kind, c.text) for c in pieced.relations} <= read_whole
    assert len(pieced.relations) >= 0.8 * len(whole.relations)


def test_lines_of_a_double_spaced_pdf_export_are_one_paragraph_where_the_sentence_goes_on() -> None:
    text = (
        "Since the floods began, the teams of the cluster have reached 2,310\n\n"
        "people in four districts: 1,200 through mobile clinics, 600 through\n\n"
        "(temporary) water points and 510 through the distribution sites of\n\n"
        "Ed Damazin and Roseires, of whom 120 were children under five;\n\n"
        "referrals came to 45. Among those referred by the teams of the north,\n\n"
        "1,240\n\n"
        "went to the regional hospital.\n\n"
        "The water committee of the eastern district repaired 146 of\n\n"
        "The 120 boreholes surveyed in May, 35 were found dry.\n"
    )
    doc = parse_document(text)
    assert [b.text.split("\n")[0] for b in doc.blocks] == [
        "Since the floods began, the teams of the cluster have reached 2,310",
        "The water committee of the eastern district repaired 146 of",
        "The 120 boreholes surveyed in May, 35 were found dry.",
    ]
    assert doc.blocks[0].text.endswith("went to the regional hospital.")


def test_a_page_number_between_two_lines_of_a_sentence_is_joined_and_is_no_figure() -> None:
    from sitecheck.facts import build_facts

    text = (
        "Across the two provinces the cluster counted 5,400 households, of which\n\n"
        "12\n\n"
        "3,100 were in camps and 2,300 with host families, according to the count.\n\n"
        "Partners met on Monday.\n\n7\n\nThe next meeting is in June.\n"
    )
    doc = parse_document(text)
    assert [b.text.split("\n")[0] for b in doc.blocks] == [
        "Across the two provinces the cluster counted 5,400 households, of which",
        "Partners met on Monday.",
        "7",
        "The next meeting is in June.",
    ]
    tags = {q.text: q.tag for q in build_facts(doc).numbers}
    assert tags["12"] == "identifier"
    assert tags["3,100"] is None


def test_a_short_line_that_carries_a_sentence_on_ends_no_unit() -> None:
    # "nearly $21 million through" is short and the next line opens on a capital, but it is the
    # rest of a sentence wrapped from the line above: the third part is read, no false sum.
    text = (
        "On 2 May, the minister announced more than $64 million in\n"
        "new support for the region. The package—comprising\n"
        "approximately $31 million through the refugee office,\n"
        "nearly $21 million through\n"
        "WFP's logistics cell, and nearly $12 million through the\n"
        "health office—will help agencies continue their work.\n"
    )
    assert len(parse_document(text).sentences) == 2
    assert check_text(text).findings == []
