"""What an editor sees (issue 16): the conventions of other linters, concise and statistics
output, baselines that say what they hid, suppressions that do not abort, figures in the
report's notation, and a library that refuses a missing path."""

from __future__ import annotations

from pathlib import Path

import pytest

import sitecheck

from support import SAMPLES, run

ECUADOR = str(SAMPLES / "ecuador-2024-03.md")
PERU = str(SAMPLES / "peru-2023-08.md")


def test_version() -> None:
    proc = run("--version")
    assert (proc.returncode, proc.stdout) == (0, f"sitecheck {sitecheck.__version__}\n")


def test_usage_errors_are_one_line() -> None:
    proc = run("check", "--selec", "x", "samples/")
    assert proc.returncode == 2
    assert proc.stderr == (
        "sitecheck: error: No such option: --selec (Possible options: --baseline, --help, "
        "--select) (see 'sitecheck check --help')\n")


def test_select_with_commas_and_did_you_mean() -> None:
    proc = run("check", "-f", "concise", "--select", "count-mismatch,duplicate-entry", PERU)
    assert [line.split(": ")[1] for line in proc.stdout.splitlines()[:-1]] == [
        "error[count-mismatch] stated 109 partners, but the list that follows names 111 (110 distinct)",
        "warning[duplicate-entry] “IDL” is listed twice in this list",
    ]
    proc = run("check", "--ignore", "sum-mismach", PERU)
    assert (proc.returncode, proc.stderr) == (
        2, "sitecheck: error: unknown rule 'sum-mismach' (did you mean 'sum-mismatch'?)\n")


def test_concise_format_in_the_reports_notation() -> None:
    proc = run("check", "--format", "concise", "--message-language", "en", ECUADOR)
    lines = proc.stdout.splitlines()
    assert lines[0] == (
        f"{ECUADOR}:14:12: error[percent-mismatch] stated 18% funded; "
        "USD 18,9 M / USD 108,4 M = 17,4 %")
    assert lines[-1] == "7 findings in 1 file: 5 errors, 2 warnings, 0 info"


def test_statistics() -> None:
    proc = run("check", "--statistics", PERU)
    assert proc.stdout.splitlines() == [
        "6  empty-link             warning",
        "1  count-mismatch         error",
        "1  duplicate-entry        warning",
        "1  footnote-duplicate     warning",
        "1  footnote-unused        warning",
        "1  percent-mismatch       error",
    ]


def test_a_baseline_says_what_it_hid_and_what_is_stale(tmp_path: Path) -> None:
    report = tmp_path / "peru.md"
    report.write_text(Path(PERU).read_text(encoding="utf-8"), encoding="utf-8")
    assert run("check", "--write-baseline", str(tmp_path / "b.json"), str(report)).returncode == 0
    report.write_text(report.read_text(encoding="utf-8").replace("\n13%\n", "\n14%\n"))
    proc = run("check", "--baseline", str(tmp_path / "b.json"), str(report))
    assert proc.stderr == (
        f"sitecheck: baseline {tmp_path / 'b.json'}: 10 findings hidden, 1 entry stale "
        "(fixed or edited: --write-baseline records the findings anew)\n")
    assert proc.stdout.splitlines()[-1] == "1 finding in 1 file: 1 error, 0 warnings, 0 info"


def test_no_path_checks_the_current_folder_and_walks_skip_ignored_folders(tmp_path: Path) -> None:
    text = "The fair gathered 368 Venezuelans (156) and Peruvians (221).\n"
    for folder in ("", "node_modules/x/", "drafts/", "archive/", "reports/"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / "a.md").write_text(text)
    (tmp_path / "reports" / "B.MD").write_text(text)
    (tmp_path / ".gitignore").write_text("# drafts stay local\ndrafts/\n")
    (tmp_path / "sitecheck.toml").write_text('exclude = ["archive/**"]\n')
    proc = run("check", "-f", "concise", "--jobs", "0", cwd=tmp_path)
    assert [line.split(":")[0] for line in proc.stdout.splitlines()[:-1]] == [
        "a.md", "reports/B.MD", "reports/a.md"]
    named = run("check", "archive/a.md", "a.md", cwd=tmp_path)
    assert named.stderr == (
        f"sitecheck: warning: archive/a.md: not checked: excluded by {tmp_path / 'sitecheck.toml'}\n")


def test_text_output_shows_a_long_line_once_with_all_its_marks_and_no_escapes() -> None:
    proc = run("check", "--select", "sum-mismatch", "--message-language=en", ECUADOR)
    assert proc.stdout.splitlines()[:6] == [
        f"{ECUADOR}:30:39: error[sum-mismatch] stated total 715, but its parts add up to 710 (175 + 535)",
        "   |",
        "30 | Se entregaron canastas de alimentos a 715 personas (175 niñas y niños y 535 adultos) "
        "en Tulcán y Huaquillas. En el mismo periodo se distribuyeron 3,0000 kits de higiene.",
        "   |                                       ^^^           ---                 --- part",
        "   |                                                     └─ part",
        "   = help: a total of 710, or parts that add up to 715",
    ]
    peru = run("check", "--select", "percent-mismatch", PERU).stdout.splitlines()
    assert peru[4:6] == ["11 | FUNDED: $427M", "   |         ----- amount"]


def test_a_line_wider_than_the_terminal_is_cut_around_all_its_marks() -> None:
    from sitecheck.reporters.snippet import view

    src = "a" * 100 + "X" + "b" * 300 + "\\$YY" + "c" * 100
    shown, columns = view(src, [(101, 102), (403, 406)], 80)
    assert shown == "…" + "a" * 30 + "X" + "b" * 30 + "…" + "b" * 29 + "$YY" + "c" * 30 + "…"
    assert shown[columns[101] - 1] == "X" and shown[columns[403] - 1 : columns[406] - 1] == "$YY"


def test_every_percent_mismatch_has_a_help_line() -> None:
    proc = run("check", "--select", "percent-mismatch", ECUADOR)
    helps = [line for line in proc.stdout.splitlines() if "= ayuda:" in line]
    assert helps == [
        "   = ayuda: indique 17,4 %, o corrija las cifras de las que se calcula",
        "   = ayuda: indique 21,2 %, o corrija las cifras de las que se calcula",
    ]


def test_french_figures_are_grouped_with_narrow_spaces() -> None:
    # The stated figures are quoted as the report writes them; the computed total is grouped
    # as French typography does.
    result = sitecheck.check(SAMPLES / "haiti-2024-05.md", select=["sum-mismatch"])
    assert [f.message for f in result.findings] == [
        "total indiqué 2 840, mais la somme des parties est de 2\u202f790 (1 610 + 1 180)"]


def test_the_library_refuses_a_missing_path_and_checks_many_files() -> None:
    with pytest.raises(sitecheck.InputError, match=r"^samples/missing\.md: no such file$"):
        sitecheck.check("samples/missing.md")
    with pytest.raises(sitecheck.InputError, match="is a folder; use sitecheck.check_paths"):
        sitecheck.check(str(SAMPLES))
    results = sitecheck.check_paths([SAMPLES, "nope.md"], jobs=2)
    assert results.errors == ["nope.md: no such file or folder"]
    frame = results.to_frame()
    assert len(frame) == len(results.findings) == 50
    first = frame.iloc[0]
    assert (Path(first["path"]).name, first["rule"], first["stated"], first["expected"]) == (
        "bolivia-floods-2024-02.md", "count-mismatch", 5.0, 4.0)


def test_a_link_message_quotes_the_link_text_without_markdown_escapes() -> None:
    from sitecheck import check_text

    text = "Apply for the [Temporary Residence Permit \\(CPP\\)](#) before May.\n"
    [finding] = check_text(text).findings
    assert (finding.rule, finding.column) == ("empty-link", 15)
    assert finding.message == "link “Temporary Residence Permit (CPP)” points to #"
