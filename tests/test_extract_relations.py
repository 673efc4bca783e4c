"""`sitecheck extract` shows the relations it found between figures, with every figure in the
report's notation, so that an editor sees why a figure was or was not checked (issue 16)."""

from __future__ import annotations

import json

from support import SAMPLES, run

ECUADOR = str(SAMPLES / "ecuador-2024-03.md")
PERU = str(SAMPLES / "peru-2023-08.md")
HAITI = str(SAMPLES / "haiti-2024-05.md")


def _json(path: str) -> dict:
    proc = run("extract", "--format", "json", path)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _brief(record: dict) -> tuple:
    return (record["kind"], record["how"], record["line"], [(f["role"], f["shown"]) for f in record["figures"]])


def test_json_lists_totals_parts_percentages_counts_and_funding() -> None:
    found = [_brief(r) for r in _json(ECUADOR)["relations"]]
    assert found == [
        ("funding", "key figures", 12, [("required", "USD 108,4 M"), ("funded", "USD 18,9 M"), ("funded %", "18 %")]),
        ("part", "de las cuales", 19, [("whole", "12.500"), ("part", "4.300")]),
        ("total", "parenthesis", 26, [("total", "19.600"), ("part", "15.000"), ("part", "4.600")]),
        ("shares", "of 100", 26, [("share", "62,2 %"), ("share", "37,8 %")]),
        ("total", "parenthesis", 30, [("total", "715"), ("part", "175"), ("part", "535")]),
        ("count", "inline", 32, [("count", "4")]),
    ]
    haiti = [_brief(r) for r in _json(HAITI)["relations"]]
    assert ("percent", "of its amount", 58, [("percent", "45\u202f%"), ("amount", "1\u202f040")]) in haiti


def test_each_figure_says_which_relations_it_is_in() -> None:
    items = {(i["line"], i["column"]): i for i in _json(ECUADOR)["items"]}
    assert items[(30, 39)]["relations"] == ["total"]
    assert items[(36, 8)]["relations"] == []  # "más de 1.100": in no relation, so not checked
    assert (items[(9, 1)]["shown"], items[(9, 1)]["shown_interval"]) == ("38.412", ["38.412", "38.412"])


def test_text_shows_the_relations_and_values_in_the_reports_notation() -> None:
    out = run("extract", PERU).stdout
    assert "Relations between figures" in out
    assert "total 368 · part 156 · part 212" in out
    assert "count 109 · items 111" in out
    assert "2,023" not in out and "│ 2023 " in out  # a year is written as a year
    es = run("extract", ECUADOR).stdout
    assert "│ 38.412 " in es and "38,412" not in es
    assert "in: total" in es
