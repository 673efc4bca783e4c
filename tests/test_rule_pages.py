"""One page per rule in docs/rules/, generated from the rule's docstring (issue 16), linked from
SARIF's helpUri and from `sitecheck explain`."""

from __future__ import annotations

import json

from sitecheck.checks import registry
from sitecheck.rule_pages import page_path, page_url, pages

from support import ROOT, SAMPLES, run


def test_the_committed_pages_are_the_generated_ones() -> None:
    wanted = pages()
    on_disk = {f"docs/rules/{p.name}": p.read_text(encoding="utf-8") for p in (ROOT / "docs" / "rules").glob("*.md")}
    stale = sorted(path for path in wanted.keys() | on_disk.keys() if wanted.get(path) != on_disk.get(path))
    assert stale == [], "run: python -m sitecheck.rule_pages"
    assert len(wanted) == len(registry.RULES)


def test_a_page_carries_the_docstring_and_its_examples() -> None:
    page = (ROOT / page_path("sum-mismatch")).read_text(encoding="utf-8")
    assert page.startswith("# sum-mismatch\n\nDefault severity: error.\n\nA stated total whose exhaustive parts")
    assert "## Reported\n\n```text\nThe campaign reached 715 people (175 children and 535 adults).\n" in page
    assert "## Not reported\n\n```text\n" in page


def test_sarif_help_uri_is_the_rules_page() -> None:
    sarif = json.loads(run("check", "--format", "sarif", str(SAMPLES / "peru-2023-08.md")).stdout)
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    for rule in rules:
        if rule["id"] in registry.RULES:
            assert rule["helpUri"] == page_url(rule["id"])
            assert rule["helpUri"].endswith(f"/docs/rules/{rule['id']}.md")


def test_explain_names_the_rules_page() -> None:
    proc = run("explain", "count-mismatch")
    assert proc.stdout.splitlines()[-1] == (
        f"Page: docs/rules/count-mismatch.md ({page_url('count-mismatch')})")
