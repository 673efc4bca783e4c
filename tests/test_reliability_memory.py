"""Memory on reports dense in figures or findings (issue 18): a table of one-digit cells holds its
cells as offsets, it is checked in pieces of a bounded number of figures, and a rule's findings
past a limit are counted rather than listed."""

from __future__ import annotations

import tracemalloc

import pytest

from sitecheck import check_text, pieces, run
from sitecheck.document import Cell, Grid, Span
from sitecheck.readers.markdown import parse_document


def _dense_table(rows: int, columns: int = 50) -> str:
    head = "|" + "|".join(f"c{i}" for i in range(columns)) + "|\n|" + "-|" * columns + "\n"
    return head + ("|" + "|".join(str(i % 10) for i in range(columns)) + "|\n") * rows


def test_a_rules_findings_past_the_limit_are_counted_at_the_first_unlisted_one() -> None:
    links = "[a](#) " * (run.MAX_RULE_FINDINGS + 3)
    findings = check_text(links).findings
    assert len(findings) == run.MAX_RULE_FINDINGS + 1
    assert [f.rule for f in findings] == ["empty-link"] * len(findings)
    last = findings[-1]
    assert (last.line, last.column) == (1, run.MAX_RULE_FINDINGS * 7 + 1)
    assert last.message == (
        "3 more findings of this rule in this file are not listed, from here on; "
        "fix the ones above and check again"
    )


def test_the_limit_counts_a_rules_findings_across_the_pieces_of_a_large_report(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pieces, "PIECE_CHARS", 2_000)
    monkeypatch.setattr(run, "MAX_RULE_FINDINGS", 250)
    text = "\n\n".join("[a](#) " * 60 for _ in range(10))  # 600 empty links in 10 paragraphs
    result = check_text(text)
    assert result.facts is None  # checked piece by piece
    assert len(result.findings) == 251
    assert result.findings[-1].message.startswith("350 more findings of this rule")
    assert (result.findings[-1].line, result.findings[-1].column) == (9, 10 * 7 + 1)


def test_a_dense_tables_cells_take_a_few_bytes_each() -> None:
    text = _dense_table(4_000)  # 400 KB, 200,000 cells
    parse_document("| a | b |\n|---|---|\n| 1 | 2 |\n")
    tracemalloc.start()
    try:
        doc = parse_document(text)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(doc.tables) == 1 and len(doc.tables[0].rows) == 4_001
    assert held < 25 * len(text), f"{held / len(text):.0f} bytes per byte of text"


def test_a_dense_table_is_checked_in_pieces_of_a_bounded_number_of_figures() -> None:
    doc = parse_document(_dense_table(3_000))  # 150,000 figures
    cut = pieces.pieces(doc)
    assert len(cut) >= 3
    for blocks in cut:
        figures = sum(doc.slice(b.span).count("|") - 1 for b in blocks)
        assert figures <= 1.1 * pieces.PIECE_CHARS / pieces.FIGURE_WEIGHT + 50


def test_a_grid_reads_like_the_rows_it_was_given() -> None:
    rows = [[Cell(Span(0, 1), True), Cell(Span(2, 3), True)], [Cell(Span(4, 5))], []]
    grid = Grid(rows)
    assert len(grid) == 3 and grid.width == 2
    assert list(grid) == rows
    assert grid[-2] == rows[1] and grid[1:] == rows[1:]
    assert grid.row_width(0) == 2
    with pytest.raises(IndexError):
        grid[3]


def _sites_table(rows: int, total: int | None = None, total_first: bool = False) -> str:
    body = [f"| Site {i} | {i % 90 + 10} |" for i in range(rows)]
    stated = sum(i % 90 + 10 for i in range(rows)) if total is None else total
    total_row = [f"| Total | {stated} |"]
    lines = ["| Site | People |", "|---|---:|"]
    lines += total_row + body if total_first else body + total_row
    return "\n".join(lines) + "\n"


def test_a_table_cut_by_a_piece_is_checked_in_neither_piece(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pieces, "PIECE_CHARS", 2_000)
    text = "Partners met in the north.\n\n" + _sites_table(600, total_first=True)
    doc = parse_document(text)
    assert len(pieces.pieces(doc)) > 1  # the table alone passes twice the piece size
    result = check_text(text)
    assert result.facts is None
    assert result.findings == []  # the total above the cut is not compared with half its rows


def test_a_table_within_a_piece_is_still_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pieces, "PIECE_CHARS", 2_000)
    paragraphs = "\n\n".join(f"Partners met in district {i}." for i in range(150))
    text = paragraphs + "\n\n" + _sites_table(20, total=999) + "\n" + paragraphs + "\n"
    result = check_text(text)
    assert result.facts is None
    assert [(f.rule, f.line, f.column) for f in result.findings] == [("sum-mismatch", 323, 11)]


def _roster(names: int, stated: int, repeat: tuple[int, int] | None = None) -> str:
    items = [f"- Partner Organisation {i}" for i in range(names)]
    if repeat is not None:
        items.insert(repeat[1], items[repeat[0]])
    return f"{stated} Partners:\n\n" + "\n".join(items) + "\n"


def test_a_list_too_long_for_a_piece_is_cut_and_its_count_read_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pieces, "PIECE_CHARS", 2_000)
    text = _roster(600, 598, repeat=(10, 500))  # 601 items, the 11th again at line 503
    doc = parse_document(text)
    assert len(pieces.LongLists(doc).runs) == 1 and len(pieces.pieces(doc)) > 10
    result = check_text(text)
    assert result.facts is None
    assert [(f.rule, f.line, f.column) for f in result.findings] == [
        ("count-mismatch", 1, 1),
        ("duplicate-entry", 503, 3),
    ]
    assert result.findings[0].message == (
        "stated 598 partners, but the list that follows names 601 (600 distinct)"
    )


def test_a_cut_list_of_figures_is_not_summed_from_the_items_of_one_piece(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pieces, "PIECE_CHARS", 2_000)
    items = "\n".join(f"- Site {i + 1} of the north: 12 people" for i in range(600))
    text = "A total of 7,200 people were reached:\n\n" + items + "\n"
    assert len(pieces.pieces(parse_document(text))) > 10
    result = check_text(text)
    assert result.facts is None
    assert result.findings == []  # 600 × 12 = 7,200: no piece compares the total with some items
