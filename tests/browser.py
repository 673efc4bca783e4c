"""A real headless Chromium for the HTML report's tests, driven with Playwright.

The browser is the system's (Debian's ``chromium``, which .ci/run installs where it is missing),
never one Playwright downloads. Tests that need it are skipped, with the reason, only where it
is absent. Every request the page makes is recorded and refused: the page must need none.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

# Where the tests leave what a person may want to look at (screenshots, pages); git-ignored.
OUTPUT = Path(__file__).resolve().parent / "output"

# Chromium as root in a container: no sandbox, no GPU, and nothing of its own on the network.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-extensions",
]


def chromium_path() -> str | None:
    """The system's Chromium, or None."""
    for name in (os.environ.get("SITECHECK_CHROMIUM"), "chromium", "chromium-browser"):
        if name and (found := shutil.which(name)):
            return found
    return None


def skip_reason() -> str | None:
    """Why the browser tests cannot run here (None: they can)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    if chromium_path() is None:
        return "no system Chromium (apt-get install chromium; .ci/run installs it)"
    return None


@dataclass
class Opened:
    """A page opened in the browser, with the requests it tried to make."""

    page: Any
    requests: list[str] = field(default_factory=list)


@contextmanager
def launched() -> Iterator[Any]:
    """The browser (Playwright gives it a fresh temporary profile, removed on close)."""
    from playwright.sync_api import sync_playwright

    path = chromium_path()
    assert path is not None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, headless=True, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def open_page(browser: Any, html: Path, width: int = 1280, height: int = 900) -> Opened:
    """Open a page from a file; every request other than the file itself is refused."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    opened = Opened(page)
    own = html.resolve().as_uri()

    def route(r: Any) -> None:
        url = r.request.url
        if url == own:
            r.continue_()
        else:
            opened.requests.append(url)
            r.abort()

    context.route("**/*", route)
    page.on("request", lambda req: req.url != own and opened.requests.append(req.url))
    page.goto(own, wait_until="load")
    page.wait_for_selector("html[data-ready]")
    return opened


def needs_browser() -> pytest.MarkDecorator:
    """Skip where there is no browser, unless SITECHECK_REQUIRE_BROWSER says it must be there
    (.ci/run sets it): then the test runs, and fails."""
    reason = skip_reason()
    required = bool(os.environ.get("SITECHECK_REQUIRE_BROWSER"))
    return pytest.mark.skipif(reason is not None and not required, reason=reason or "")
