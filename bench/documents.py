"""Word and PDF reports of realistic length, timed: the budgets are a 30-page .docx in under 2 s
and a 50-page PDF in under 5 s on the project's 2-core machine.

The files are drawn from our samples (repeated until long enough) with the tests' renderers
(python-docx and reportlab, from the ``test`` extra). Each is checked in a fresh process, as an
editor runs ``sitecheck check report.pdf``: the time is the whole run, start-up included, median
of several runs; the time of reading alone (file → Document) is shown beside it.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS_PER_WORD_PAGE = 500  # Word's default page (Calibri 11, single spacing) holds 500–600 words


def _source() -> str:
    samples = [ROOT / "samples" / f"{n}.md" for n in ("peru-2023-08", "bolivia-floods-2024-02")]
    return "\n\n".join(p.read_text(encoding="utf-8") for p in samples)


def _markdown(words: int) -> str:
    text = _source()
    per_copy = len(text.split())
    return "\n\n".join([text] * (words // per_copy + 1))


def word_report(folder: Path, pages: int) -> Path:
    from renderers import to_docx

    return to_docx(_markdown(pages * WORDS_PER_WORD_PAGE), folder / f"report-{pages}p.docx")


def pdf_report(folder: Path, pages: int) -> tuple[Path, int]:
    """A PDF of at least ``pages`` pages (the one-column layout with header and footer)."""
    import pypdfium2 as pdfium

    from renderers import to_pdf

    words = pages * 450
    while True:
        path = to_pdf(_markdown(words), folder / f"report-{pages}p.pdf")
        count = len(pdfium.PdfDocument(str(path)))
        if count >= pages:
            return path, count
        words = int(words * pages / count) + 200


def _cold(path: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "sitecheck", "check", str(path)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, cwd=ROOT,
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _reading(path: Path) -> float:
    from sitecheck.readers import read_document

    read_document(path)  # imports and first use
    start = time.perf_counter()
    read_document(path)
    return time.perf_counter() - start


def measure(runs: int = 5) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    print(f"\n5. Word and PDF reports: whole `sitecheck check FILE` run (median of {runs})")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        docx = word_report(folder, 30)
        pdf, pages = pdf_report(folder, 50)
        words = len(_markdown(30 * WORDS_PER_WORD_PAGE).split())
        for label, path, budget in (
            (f"Word, 30 pages ({words:,} words)", docx, 2.0),
            (f"PDF, {pages} pages", pdf, 5.0),
        ):
            total = _cold(path, runs)
            verdict = "met" if total < budget else "NOT met"
            print(
                f"   {label:34} {total:6.2f} s  (reading alone {_reading(path):5.2f} s)"
                f"  budget {budget:.0f} s: {verdict}"
            )
