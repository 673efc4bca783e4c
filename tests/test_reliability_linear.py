"""Hostile reports that sitecheck accepts: every pass is linear (or bounded) in its input, so each
of these finishes under the time and memory limit with the findings it should have; figures too
long to be quantities are tagged and skipped instead of overflowing.

The shapes are those of ``bench/bench.py --hostile`` (bench/hostile.py), at sizes that leave
room under the limit on a slow, shared machine: the benchmark times them at full size.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from bounded import run_bounded, snapshot
from support import ROOT, SAMPLES

_spec = importlib.util.spec_from_file_location("hostile", ROOT / "bench" / "hostile.py")
assert _spec is not None and _spec.loader is not None
hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hostile)

KB = 1000


def _summary(tmp_path: Path, text: str, *files: Path) -> tuple[int, dict[str, int], list[dict]]:
    report = tmp_path / "r.md"
    report.write_text(text, encoding="utf-8")
    before = snapshot([report, *files])
    proc = run_bounded("check", "--format", "json", str(report), *map(str, files))
    assert snapshot(before) == before
    assert proc.stderr == "", proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    return proc.returncode, out["summary"], out["files"][0]["findings"]


@pytest.mark.parametrize(
    ("make", "size", "code", "errors", "warnings"),
    [
        (hostile.todo_line, 1000 * KB, 1, 1, 0),  # one placeholder, the whole run of TODOs
        (hostile.of_whom_line, 1000 * KB, 0, 0, 0),
        (hostile.figures_line, 300 * KB, 0, 0, 0),
        (hostile.brackets_line, 300 * KB, 0, 0, 0),
        # 142,857 empty links: the first 5,000 listed, and one finding that counts the rest
        (hostile.empty_links_line, 1000 * KB, 0, 0, 5_001),
        (hostile.many_footnotes, 1000 * KB, 0, 0, 0),  # 25,000 notes, each used once
        (hostile.wide_table, 300 * KB, 0, 0, 0),  # 3,000 columns
        (hostile.parentheses_line, 500 * KB, 0, 0, 0),
        # One sentence of "four regions: Lima, Tumbes and Piura;" runs: its last list names 3.
        (hostile.colon_lists_line, 500 * KB, 1, 1, 0),
        (hostile.phones_line, 300 * KB, 0, 0, 0),
        (hostile.open_brackets_line, 1000 * KB, 0, 0, 0),
        (hostile.of_them_line, 500 * KB, 0, 0, 0),
        (hostile.with_parts_line, 500 * KB, 0, 0, 0),
        (hostile.share_bullets, 500 * KB, 0, 0, 0),
        (hostile.long_table, 300 * KB, 0, 0, 0),  # 7,500 rows and their sub-totals, all right
        (hostile.wide_total_table, 300 * KB, 0, 0, 0),  # 600 columns, a Total and a share
        (hostile.pdf_table, 300 * KB, 0, 0, 0),
        # Key-figure strips run into one line: took 122 s and 16 GB at 28 KB before bisection.
        (hostile.strips_line, 300 * KB, 0, 0, 0),
        (hostile.phrases_line, 300 * KB, 0, 0, 0),  # near restatements: one opening, 9,000 times
    ],
    ids=["todo", "of-whom", "figures", "brackets", "empty-links", "footnotes", "wide-table",
         "parentheses", "colon-lists", "phones", "open-brackets", "of-them", "with-parts",
         "share-bullets", "long-table", "wide-total-table", "pdf-table", "strips", "phrases"],
)
def test_hostile_lines_finish_with_their_findings(
    tmp_path: Path, make: Callable[[int], str], size: int, code: int, errors: int, warnings: int
) -> None:
    returncode, summary, _ = _summary(tmp_path, make(size))
    assert (returncode, summary["errors"], summary["warnings"]) == (code, errors, warnings)


@pytest.mark.parametrize(
    ("make", "size", "stated"),
    [(hostile.roster_names_line, 1000 * KB, "109"), (hostile.big_roster, 2000 * KB, "12")],
    ids=["one-line", "one-name-per-line"],
)
def test_a_huge_roster_is_counted_and_compared_in_linear_time(
    tmp_path: Path, make: Callable[[int], str], size: int, stated: str
) -> None:
    text = make(size)
    returncode, summary, findings = _summary(tmp_path, text)
    assert returncode == 1 and summary["errors"] == 1
    count = [f for f in findings if f["rule"] == "count-mismatch"]
    assert len(count) == 1 and count[0]["message"].startswith(f"stated {stated} partners")
    # Every name is compared with its nearest ones; "Relief Agency 1234" / "Relief Agency 1235"
    # are numbered, not misspelt: no near-duplicate.
    assert [f for f in findings if f["rule"] == "duplicate-entry"] == []


@pytest.mark.parametrize(
    "figure",
    [
        "9" * 309,  # overflowed a float
        "9" * 5000,  # passed Python's limit on converting digits to an integer
        "9" * 200 + "." + "9" * 200,
        "1" + ",000" * 2000,
        "1" + ".000" * 2000,
    ],
    ids=["309-digits", "5000-digits", "400-digit-decimal", "2000-groups", "2000-dot-groups"],
)
def test_a_figure_too_long_to_be_a_quantity_is_skipped(tmp_path: Path, figure: str) -> None:
    text = f"Partners reached {figure} people (of whom 3 children), 12% of {figure}.\n"
    returncode, summary, findings = _summary(tmp_path, text, SAMPLES / "peru-2023-08.md")
    assert (returncode, findings) == (1, [])  # the sample's own errors make the exit code
    assert summary["files"] == 2 and summary["errors"] > 0


def test_a_line_of_millions_of_figures_is_read_for_its_first_ones(tmp_path: Path) -> None:
    # A figure every two characters: 2,000,000 of them on one line (about 600 bytes each as
    # objects); a block is read for its first 10,000, so this takes seconds and little memory.
    text = "8 " * 2_000_000 + "\n\nSee the [plan](#).\n"
    returncode, summary, findings = _summary(tmp_path, text)
    assert (returncode, summary["warnings"]) == (0, 1)
    assert [f["rule"] for f in findings] == ["empty-link"]


def test_extract_tags_an_overlong_figure(tmp_path: Path) -> None:
    report = tmp_path / "r.md"
    report.write_text(f"Partners reached {'9' * 400} people.\n", encoding="utf-8")
    proc = run_bounded("extract", "--format", "json", str(report))
    assert proc.returncode == 0, proc.stderr
    assert '"overlong"' in proc.stdout


def test_a_400_digit_table_cell_is_a_schema_finding(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text(f"name,reached\nA,{'9' * 400}\nB,12\n", encoding="utf-8")
    (tmp_path / "pack.yaml").write_text(
        "id: t\ntitle: T\nfacts:\n  reached: {label: 'reached'}\n"
        "tables:\n  t:\n    path: t.csv\n    schema:\n      columns:\n        reached: {dtype: int}\n"
        "  u: {path: t.csv}\n"
        "rules:\n  - {id: r, assert: 'reached == sum(t.reached)'}\n"
        "  - {id: s, assert: 'reached <= sum(u.reached)'}\n",
        encoding="utf-8",
    )
    (tmp_path / "r.md").write_text("Partners reached 12 people.\n", encoding="utf-8")
    proc = run_bounded("check", "--format", "json", "--rules", "pack.yaml", "r.md", cwd=tmp_path)
    assert proc.stderr == "" and proc.returncode == 1
    files = {f["path"]: f["findings"] for f in json.loads(proc.stdout)["files"]}
    assert [(f["rule"], f["line"], f["message"]) for f in files["t.csv"]] == [
        ("table-schema", 2, f"table 't', column 'reached': “{'9' * 400}” is not a valid int")
    ]


def test_a_line_of_todos_is_one_finding_with_a_short_message(tmp_path: Path) -> None:
    _, _, findings = _summary(tmp_path, hostile.todo_line(1000 * KB))
    assert [(f["rule"], f["column"], f["end_column"]) for f in findings] == [
        ("placeholder-text", 1, 1000 * KB)]
    assert findings[0]["message"] == f"“{'TODO ' * 40}…” looks like draft marker left in the draft"
