"""A PDF read in a child process, under a memory and a time limit.

PDFium is compiled code: a page drawn to exhaust memory (tens of millions of operators in a
300 KB compressed stream) makes it abort the whole process, which would end the check of every
other file. So the pages are read by ``python -m sitecheck.readers.pdf`` with its address
space and time capped; it sends back the read text and each piece's page as JSON (never
pickle), or the one line that says why the file cannot be read. Where the platform has no such
limits (Windows), the PDF is read in the process itself.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from sitecheck.document import Origin
from sitecheck.errors import InputError
from sitecheck.readers.rendered import Rendering

MEMORY_LIMIT = 1024 * 1024 * 1024  # bytes of address space for the child
TIME_LIMIT = 300  # seconds: a 1,000-page report is read in well under a minute


def render_pdf(raw: bytes, name: str, here: Callable[[bytes, str], Rendering]) -> Rendering:
    """The read text of a PDF file, read by ``python -m sitecheck.readers.pdf`` (which serves
    ``here``) in a child process where limits can be set, or by ``here`` in this one."""
    try:
        import resource  # noqa: F401 - POSIX only
    except ImportError:
        return here(raw, name)
    root = str(Path(__file__).resolve().parents[2])
    paths = [root, os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "sitecheck.readers.pdf", name],
            input=raw, capture_output=True, timeout=TIME_LIMIT, env=env, preexec_fn=_limit,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        raise InputError(f"{name}: took more than {TIME_LIMIT} s to read; not checked") from None
    if proc.returncode != 0 or not proc.stdout:
        gb = MEMORY_LIMIT / (1024 * 1024 * 1024)
        raise InputError(
            f"{name}: PDF that cannot be read within {gb:.0f} GB of memory "
            "(damaged, or drawn to exhaust it); not checked"
        )
    return _from_json(json.loads(proc.stdout))


def _limit() -> None:
    import resource

    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _to_json(out: Rendering) -> dict[str, object]:
    pages = [origin.page for origin in out.origins]
    return {"text": out.text(), "starts": out.starts, "pages": pages}


def _from_json(data: dict[str, object]) -> Rendering:
    if "error" in data:
        raise InputError(str(data["error"]))
    out = Rendering()
    out.write(str(data["text"]))
    starts, pages = data["starts"], data["pages"]
    assert isinstance(starts, list) and isinstance(pages, list)
    out.starts = [int(s) for s in starts]
    out.origins = [Origin(page=int(p)) for p in pages]
    return out


def serve(here: Callable[[bytes, str], Rendering]) -> int:
    """The child's side: the PDF on standard input, its read text as JSON on standard output."""
    name = sys.argv[1]
    raw = sys.stdin.buffer.read()
    try:
        data = _to_json(here(raw, name))
    except InputError as exc:
        data = {"error": str(exc)}
    except (MemoryError, KeyboardInterrupt):
        return 3
    sys.stdout.write(json.dumps(data))
    return 0
