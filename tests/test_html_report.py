"""The HTML report (--format html), read in a real headless Chromium: every finding marked at its
words, the related figures of a sum marked too, keyboard navigation, filters, "show what was
checked", and no network request; and, without a browser, that the page is self-contained and
holds the report's every character."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any

import pytest

import sitecheck

from browser import OUTPUT, Opened, launched, needs_browser, open_page
from support import ROOT, SAMPLES, run

PERU = SAMPLES / "peru-2023-08.md"


def _page(tmp: Path, name: str, *paths: Path) -> Path:
    out = tmp / name
    shown = [str(p.relative_to(ROOT)) for p in paths]  # the page names them as given
    proc = run("check", "--format", "html", "-o", str(out), *shown)
    assert proc.returncode == 1, proc.stderr  # the samples have errors
    assert proc.stdout == ""  # the page went to the file
    return out


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("html")
    return {"peru": _page(tmp, "peru.html", PERU), "folder": _page(tmp, "samples.html", SAMPLES)}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched() as b:
        yield b


def _data(opened: Opened) -> dict[str, Any]:
    return opened.page.evaluate("JSON.parse(document.getElementById('sc-data').textContent)")


def _entry(data: dict[str, Any], f: sitecheck.Finding) -> dict[str, Any]:
    where = f"{f.path}:{f.line}:{f.column}"
    found = [e for e in data["findings"] if e["rule"] == f.rule and e["where"].endswith(where)]
    assert len(found) == 1, (where, f.rule)
    return found[0]


def _results(*paths: Path) -> list[sitecheck.Result]:
    return list(sitecheck.check_paths([str(p.relative_to(ROOT)) for p in paths]))


def _assert_marked_at_their_words(opened: Opened, results: list[sitecheck.Result]) -> int:
    data = _data(opened)
    seen = 0
    for result in results:
        for f in result.findings:
            entry = _entry(data, f)
            mark = opened.page.locator(f"#{entry['marks'][0]}")
            assert mark.is_visible(), entry
            assert mark.text_content() == result.document.slice(f.span), entry
            for mark_id, r in zip(entry["marks"][1:], f.related, strict=True):
                related = opened.page.locator(f"#{mark_id}")
                assert related.text_content() == result.document.slice(r.span)
            seen += 1
    return seen


@needs_browser()
def test_every_finding_of_the_peru_sample_is_marked_at_its_words(browser: Any, pages: dict[str, Path]) -> None:
    opened = open_page(browser, pages["peru"])
    results = _results(PERU)
    assert _assert_marked_at_their_words(opened, results) == 11
    # The funded share: "13%" marked as an error, its amount and base marked as related figures.
    first = opened.page.locator("mark.primary.sev-error").first
    assert first.text_content() == "13%"
    first.focus()
    tip = opened.page.locator("#tip")
    assert tip.is_visible()
    assert "134.3%" in tip.inner_text() and "$42.7M" in tip.inner_text()
    OUTPUT.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(OUTPUT / "peru-2023-08.png"))
    assert opened.requests == []


@needs_browser()
def test_every_finding_of_a_folder_is_marked_and_indexed(browser: Any, pages: dict[str, Path]) -> None:
    opened = open_page(browser, pages["folder"])
    results = _results(*sorted(SAMPLES.glob("*.md")))
    assert _assert_marked_at_their_words(opened, results) == sum(len(r.findings) for r in results)
    rows = opened.page.locator("#index tbody tr")
    assert rows.count() == len(results)
    for i, r in enumerate(results):
        cells = rows.nth(i).locator("td").all_inner_texts()
        assert cells[0].endswith(Path(r.path or "").name)
        assert int(cells[-1]) == len(r.findings)
        assert opened.page.locator(f"#file-{i} .doc").is_visible()
    assert opened.requests == []


@needs_browser()
def test_the_related_figures_of_a_sum_mismatch_are_marked(browser: Any, pages: dict[str, Path]) -> None:
    opened = open_page(browser, pages["folder"])
    (result,) = _results(SAMPLES / "bolivia-floods-2024-02.md")
    (f,) = [f for f in result.findings if f.rule == "sum-mismatch"]
    entry = _entry(_data(opened), f)
    parts = [result.document.slice(r.span) for r in f.related]
    assert parts == ["37,595", "31,836", "30,811"]
    page = opened.page
    for mark_id, text in zip(entry["marks"][1:], parts, strict=True):
        mark = page.locator(f"#{mark_id}")
        assert mark.is_visible() and mark.text_content() == text
        assert "rel" in (mark.get_attribute("class") or "")
        assert mark.evaluate("e => getComputedStyle(e).outlineStyle") != "none"
    # Hovering the total lights its parts; a click moves to the first part, then to the next.
    primary = page.locator(f"#{entry['marks'][0]}")
    primary.hover()
    for mark_id in entry["marks"][1:]:
        assert "lit" in (page.locator(f"#{mark_id}").get_attribute("class") or "")
    primary.click()
    assert page.evaluate("document.activeElement.id") == entry["marks"][1]
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == entry["marks"][2]


@needs_browser()
def test_keyboard_navigation_reaches_each_finding(browser: Any, pages: dict[str, Path]) -> None:
    opened = open_page(browser, pages["peru"])
    page = opened.page
    wanted = {e["marks"][0] for e in _data(opened)["findings"]}
    reached: set[str] = set()
    stops = page.locator("a[href], input, button, [tabindex='0']").count()
    for _ in range(stops + 2):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.id"))
    assert wanted <= reached
    # The note of a finding is announced with its text: the mark is described by its message.
    focused = page.locator(f"#{sorted(wanted)[0]}")
    described = focused.get_attribute("aria-describedby") or ""
    assert page.locator(f"#{described.split()[0]}").text_content()
    # n moves from finding to finding, in the order of the text.
    page.locator("body").click(position={"x": 5, "y": 5})
    order = []
    for _ in range(len(wanted)):
        page.keyboard.press("n")
        order.append(page.evaluate("document.activeElement.id"))
    assert set(order) == wanted


def _off(page: Any, mark_id: str) -> bool:
    mark = page.locator(f"#{mark_id}")
    badge = mark.evaluate("e => getComputedStyle(e, '::after').content")
    return "off" in (mark.get_attribute("class") or "") and badge == "none"


@needs_browser()
def test_filters_hide_and_show_findings(browser: Any, pages: dict[str, Path]) -> None:
    opened = open_page(browser, pages["peru"])
    page = opened.page
    findings = _data(opened)["findings"]
    warnings = [e for e in findings if e["sev"] == "warning"]
    errors = [e for e in findings if e["sev"] == "error"]
    page.locator("input[data-sev='warning']").uncheck()
    for e in warnings:
        assert not page.locator(f"li.entry[data-n='{e['n']}']").is_visible()
        assert _off(page, e["marks"][0])
    for e in errors:
        assert page.locator(f"li.entry[data-n='{e['n']}']").is_visible()
        assert not _off(page, e["marks"][0])
    page.locator("input[data-sev='warning']").check()
    for e in warnings:
        assert page.locator(f"li.entry[data-n='{e['n']}']").is_visible()
        assert not _off(page, e["marks"][0])
    page.locator("input[data-rule='empty-link']").uncheck()
    links = [e for e in findings if e["rule"] == "empty-link"]
    assert len(links) == 6
    assert all(_off(page, e["marks"][0]) for e in links)
    assert not any(_off(page, e["marks"][0]) for e in findings if e["rule"] != "empty-link")
    page.locator("input[data-rule='empty-link']").check()
    assert not any(_off(page, e["marks"][0]) for e in findings)


@needs_browser()
def test_show_what_was_checked_and_print(browser: Any, pages: dict[str, Path]) -> None:
    opened = open_page(browser, pages["peru"])
    page = opened.page
    checked = page.locator("#checked-0")
    assert not checked.is_visible()
    page.locator("#toggle-checked").click()
    assert checked.is_visible()
    # The correct breakdown was checked, not skipped: listed, without a finding.
    item = checked.locator("li", has_text="368 = 156 + 212")
    assert item.count() == 1 and "ok" in (item.get_attribute("class") or "")
    assert page.locator(".fig").first.evaluate("e => getComputedStyle(e).borderBottomStyle") != "none"
    page.emulate_media(media="print")
    assert not page.locator("#panel .filters").is_visible()
    assert page.locator("#panel li.entry").first.is_visible()
    assert opened.requests == []


# Without a browser -----------------------------------------------------------------------------


def test_the_page_is_self_contained(pages: dict[str, Path]) -> None:
    html = pages["folder"].read_text(encoding="utf-8")
    assert "default-src 'none'" in html  # the browser itself refuses any request
    assert not re.search(r"<link\b|\bsrc=|url\(|@import", html)
    assert html.count("<script") == 2  # the findings' data and the page's script, both inline


def _doc_text(html: str, i: int) -> str:
    start = html.index(f'<section class="file" id="file-{i}"')
    body = html[html.index('<div class="doc"', start) : html.index('<div class="checked"', start)]
    body = re.sub(r'<(?:p|span) class="origin[^"]*">[^<]*</(?:p|span)>', "", body)
    return unescape(re.sub(r"<[^>]+>", "", body))


def _words(text: str) -> str:
    """Letters and digits in order: what a reader reads, without the Markdown syntax the page
    leaves out (a link's target among it)."""
    return re.sub(r"[\W_]", "", re.sub(r"\]\([^()\s]*\)", "]", text))


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.glob("*.md")))
def test_the_page_holds_every_word_of_the_report(tmp_path: Path, name: str) -> None:
    page = _page(tmp_path, "p.html", SAMPLES / name)
    text = (SAMPLES / name).read_text(encoding="utf-8")
    shown = _doc_text(page.read_text(encoding="utf-8"), 0)
    # Link targets show only inside the marks of empty links.
    shown = re.sub(r"\]\([^()\s]*\)", "]", shown)
    assert _words(shown) == _words(text)


def test_format_html_from_the_configuration(tmp_path: Path) -> None:
    shutil.copy(PERU, tmp_path / "r.md")
    (tmp_path / "sitecheck.toml").write_text('format = "html"\n')
    proc = run("check", "-o", "out.html", "r.md", cwd=tmp_path)
    assert proc.returncode == 1
    assert (tmp_path / "out.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    proc = run("check", "--format", "concise", "r.md", cwd=tmp_path)  # the option wins
    assert proc.stdout.startswith("r.md:10:1: error[percent-mismatch]")


def test_the_output_never_replaces_a_report(tmp_path: Path) -> None:
    report = tmp_path / "r.md"
    shutil.copy(PERU, report)
    proc = run("check", "--format", "html", "-o", str(report), str(report))
    assert proc.returncode == 2
    assert "is a report read by this run; write the output to another file" in proc.stderr
    assert report.read_text(encoding="utf-8") == PERU.read_text(encoding="utf-8")


def test_the_html_reporter_loads_only_when_chosen() -> None:
    probe = (
        "import sys, sitecheck\nsitecheck.check('samples/peru-2023-08.md')\n"
        "print(json.dumps(sorted(m for m in sys.modules if 'reporters.html' in m or m == 'string')))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", "import json\n" + probe], capture_output=True, text=True,
        cwd=ROOT, timeout=60, check=True,
    )  # fmt: skip
    assert [m for m in json.loads(proc.stdout) if "html" in m] == []


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_severity_colours_have_enough_contrast() -> None:
    css = (ROOT / "sitecheck" / "reporters" / "html_page" / "page.css").read_text()
    colours = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css))
    for sev in ("error", "warning", "info"):
        assert _contrast(colours[sev], "#ffffff") >= 4.5, sev  # WCAG AA for text
        assert _contrast(colours[sev], colours[f"{sev}-bg"]) >= 4.5, sev  # text on its highlight


def test_word_and_pdf_pages_carry_their_paragraph_and_page_marks(tmp_path: Path) -> None:
    from renderers import to_docx, to_pdf

    markdown = PERU.read_text(encoding="utf-8")
    docx, pdf = to_docx(markdown, tmp_path / "r.docx"), to_pdf(markdown, tmp_path / "r.pdf")
    out = tmp_path / "p.html"
    proc = run("check", "--format", "html", "-o", str(out), str(docx), str(pdf))
    assert proc.returncode == 1, proc.stderr
    html = out.read_text(encoding="utf-8")
    word, rest = html.split('<section class="file" id="file-1"')
    assert '<span class="origin para">paragraph 4</span>' in word
    assert '<p class="origin page">page 1</p>' in rest and '<p class="origin page">page 2</p>' in rest
    # The funded share is marked in both, where the reader found it.
    assert word.count('data-badge="✖\u20091"') == 1 and rest.count('data-badge="✖\u200912"') == 1
    assert "(paragraph 4)</a>" in word
