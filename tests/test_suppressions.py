"""Inline suppressions remove exactly the findings they name."""

from __future__ import annotations

from sitecheck import check_text

REPORT = """\
See the [plan](#).
See the [map](#).
The fair gathered 368 people (156 Venezuelans and 221 Peruvians).
"""


def rules_and_lines(text: str) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in check_text(text).findings]


def test_without_suppressions() -> None:
    assert rules_and_lines(REPORT) == [("empty-link", 1), ("empty-link", 2), ("sum-mismatch", 3)]


def test_disable_next_line_removes_exactly_that_finding() -> None:
    text = "<!-- sitecheck-disable-next-line empty-link -->\n" + REPORT
    assert rules_and_lines(text) == [("empty-link", 3), ("sum-mismatch", 4)]


def test_disable_next_line_of_another_rule_leaves_the_finding_and_is_unused() -> None:
    text = "<!-- sitecheck-disable-next-line sum-mismatch -->\n" + REPORT
    assert rules_and_lines(text) == [
        ("unused-suppression", 1), ("empty-link", 2), ("empty-link", 3), ("sum-mismatch", 4)]


def test_disable_enable_range() -> None:
    text = ("<!-- sitecheck-disable empty-link -->\n" + REPORT.replace(
        "The fair", "<!-- sitecheck-enable empty-link -->\nThe fair") + "See the [end](#).\n")
    assert rules_and_lines(text) == [("sum-mismatch", 5), ("empty-link", 6)]


def test_disable_file_for_several_rules() -> None:
    text = "<!-- sitecheck-disable-file empty-link, sum-mismatch -->\n\n" + REPORT
    assert rules_and_lines(text) == []


def test_unknown_rule_in_a_comment_is_a_warning_at_the_comment_and_the_run_goes_on() -> None:
    result = check_text("<!-- sitecheck-disable-next-line empty-links -->\nSee the [plan](#).\n")
    assert [(f.rule, f.severity.value, f.line, f.column, f.message, f.suggestion)
            for f in result.findings] == [
        ("unknown-suppression", "warning", 1, 1,
         "unknown rule 'empty-links' in this sitecheck-disable-next-line comment",
         "write 'empty-link'"),
        ("empty-link", "warning", 2, 9, "link “plan” points to #",
         "add the address, or remove the link"),
    ]


def test_a_comment_of_unknown_ids_only_suppresses_nothing() -> None:
    text = "<!-- sitecheck-disable-file no-such-rule -->\n\nSee the [plan](#).\n"
    assert rules_and_lines(text) == [("unknown-suppression", 1), ("empty-link", 3)]


def test_disable_line_works_on_its_own_line_with_a_reason() -> None:
    text = REPORT.replace(
        "Peruvians).", "Peruvians). <!-- sitecheck-disable-line sum-mismatch -- checked with the cluster -->")
    assert rules_and_lines(text) == [("empty-link", 1), ("empty-link", 2)]


def test_a_reason_after_two_dashes_is_not_read_as_rule_ids() -> None:
    text = "<!-- sitecheck-disable-next-line empty-link -- the map is added at layout -->\n" + REPORT
    assert rules_and_lines(text) == [("empty-link", 3), ("sum-mismatch", 4)]
