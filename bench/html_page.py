"""The HTML report of a 2 MB report, timed: the budget is that its page opens and renders in under
two seconds in a headless Chromium.

The report is our samples repeated to 2 MB of Markdown. ``sitecheck check --format html -o``
writes the page (the time of that whole run is shown too); then the system's Chromium, driven
with Playwright as the tests drive it (tests/browser.py), opens the page from its file, fresh
each time, and the time from the request to the first frame painted after the page's script has
run is taken, median of several runs.

    python bench/html_page.py [--mb 2] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from browser import launched, skip_reason  # noqa: E402 - the tests' helper, after its path

# Resolves once two frames have been drawn after the page's script marked it ready: by then
# everything up to the first screen has been laid out and painted.
_PAINTED = """() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() =>
    done(performance.now()))))"""


def report(folder: Path, mb: float) -> Path:
    samples = sorted((ROOT / "samples").glob("*.md"))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in samples)
    copies = int(mb * 1_000_000 / len(text.encode("utf-8"))) + 1
    path = folder / "report.md"
    path.write_text("\n\n".join([text] * copies), encoding="utf-8")
    return path


def write_page(source: Path) -> tuple[Path, float]:
    page = source.with_suffix(".html")
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "sitecheck", "check", "--format", "html", "-o", str(page),
         str(source)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    took = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"sitecheck failed: {proc.stderr}")
    return page, took


def _cpu(cdp: Any) -> float:
    """CPU seconds used so far by the browser's processes (all of them: the renderer's too)."""
    info = cdp.send("SystemInfo.getProcessInfo")
    return float(sum(p["cpuTime"] for p in info["processInfo"]))


def open_and_render(browser: Any, page_path: Path) -> tuple[float, float, float, int]:
    """Seconds from asking for the page to its first frame painted once all of it is read,
    seconds to its first text painted (the top of the report, while the rest is still read),
    the CPU seconds the browser spent (a new tab's start included; a machine shared with other
    work does not inflate them), and the findings marked."""
    cdp = browser.new_browser_cdp_session()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    cpu = _cpu(cdp)
    start = time.perf_counter()
    page.goto(page_path.resolve().as_uri(), wait_until="load")
    page.wait_for_selector("html[data-ready]")
    page.evaluate(_PAINTED)
    took = time.perf_counter() - start
    used = _cpu(cdp) - cpu
    first = page.evaluate(
        "performance.getEntriesByName('first-contentful-paint')[0].startTime / 1000"
    )
    marks = page.evaluate("document.querySelectorAll('mark.primary[id]').length")
    context.close()
    return took, float(first), used, marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="size of the report in MB")
    parser.add_argument("--runs", type=int, default=5, help="openings of the page (median)")
    args = parser.parse_args()
    reason = skip_reason()
    if reason is not None:
        raise SystemExit(f"cannot run: {reason}")
    with tempfile.TemporaryDirectory() as tmp:
        source = report(Path(tmp), args.mb)
        page, wrote = write_page(source)
        size = source.stat().st_size / 1e6
        print(f"report {size:.2f} MB; page {page.stat().st_size / 1e6:.2f} MB, written in "
              f"{wrote:.1f} s (the whole sitecheck run)")  # fmt: skip
        with launched() as browser:
            times, firsts, cpus = [], [], []
            for _ in range(args.runs):
                took, first, used, marks = open_and_render(browser, page)
                times.append(took)
                firsts.append(first)
                cpus.append(used)
            print(f"{marks} findings marked")
            print(f"opened and rendered in {statistics.median(times):.2f} s (median of "
                  f"{args.runs}; {min(times):.2f}–{max(times):.2f} s), "
                  f"{statistics.median(cpus):.2f} s of CPU; first text painted at "
                  f"{statistics.median(firsts):.2f} s")  # fmt: skip
            load = os.getloadavg()[0]
            print(f"load average while measured: {load:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
