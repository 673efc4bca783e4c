"""Baselines: record today's findings once, then report only new ones.

A finding is identified by its file, rule, the text of the figure and the sentence around it, not
by line numbers, so editing other paragraphs does not bring old findings back.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sitecheck.errors import InputError
from sitecheck.escape import json_safe
from sitecheck.files import read_limited, real_path, write_atomic

if TYPE_CHECKING:
    from sitecheck.findings import Finding
    from sitecheck.result import Result

Key = tuple[str, str, str, str]
# A baseline of every finding of a large folder is a few megabytes; this bounds a wrong path.
MAX_BASELINE_BYTES = 64 * 1024 * 1024


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _context(result: Result, f: Finding) -> str:
    doc = result.document
    sentence = doc.sentence_at(f.span.start)
    if sentence is not None and len(sentence.span) <= 600:
        start, end = sentence.span.start, sentence.span.end
    else:  # a long roster line: the neighbourhood of the figure
        start, end = max(0, f.span.start - 60), min(len(doc.text), f.span.end + 60)
    return _squash(doc.text[min(start, f.span.start) : max(end, f.span.end)])


def _rel(path: str | None, base: Path) -> str:
    if path is None:
        return "<text>"
    return Path(os.path.relpath(real_path(path), real_path(base))).as_posix()


def key(result: Result, f: Finding, base: Path) -> Key:
    if f.external_path is not None:  # a companion table: the message and the row identify it
        return (_rel(f.external_path, base), f.rule, f.message, _squash(f.source_line or ""))
    return (
        _rel(result.path, base),
        f.rule,
        _squash(result.document.slice(f.span)),
        _context(result, f),
    )


def write(path: Path, results: Sequence[Result]) -> int:
    base = path.parent
    entries = [
        dict(
            zip(("path", "rule", "text", "context"), key(r, f, base), strict=True),
            message=f.message,
        )
        for r in results
        for f in r.findings
    ]
    entries.sort(key=lambda e: (e["path"], e["rule"], e["text"], e["context"]))
    text = json.dumps({"version": 1, "findings": entries}, ensure_ascii=False, indent=2)
    # json_safe: a file name that is not UTF-8 is written as a JSON escape, never as raw bytes.
    write_atomic(path, (json_safe(text) + "\n").encode("utf-8"), "baseline")
    return len(entries)


def read(path: Path) -> Counter[Key]:
    raw = read_limited(
        path, MAX_BASELINE_BYTES, "baseline",
        lambda _: "a baseline larger than 64 MB is not supported",
        missing="no such baseline file",
    )  # fmt: skip
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise InputError(f"{path}: not a sitecheck baseline ({reason})") from None
    if (
        not isinstance(data, dict)
        or data.get("version") != 1
        or not isinstance(data.get("findings"), list)
    ):
        raise InputError(f"{path}: not a sitecheck baseline (version 1)")
    try:
        return Counter((e["path"], e["rule"], e["text"], e["context"]) for e in data["findings"])
    except (KeyError, TypeError):
        raise InputError(f"{path}: not a sitecheck baseline (malformed entry)") from None


def hide_known(path: Path, results: Sequence[Result]) -> tuple[int, int]:
    """Remove findings recorded in the baseline; return how many were hidden and how many
    entries of the baseline matched no finding of the files checked (stale: fixed or edited)."""
    known = read(path)
    base = path.parent
    hidden = 0
    for r in results:
        kept = []
        for f in r.findings:
            k = key(r, f, base)
            if known[k] > 0:
                known[k] -= 1
                hidden += 1
            else:
                kept.append(f)
        r.findings = kept
    checked = {_rel(r.path, base) for r in results} | {
        _rel(f.external_path, base) for r in results for f in r.findings if f.external_path
    }
    stale = sum(n for k, n in known.items() if n > 0 and k[0] in checked)
    return hidden, stale


def summary(path: Path, hidden: int, stale: int) -> str:
    """The line that says what the baseline did: ``sitecheck: baseline …: 3 findings hidden, …``."""
    from sitecheck.escape import escape_controls

    found = f"{hidden} finding{'' if hidden == 1 else 's'} hidden"
    entries = f"{stale} entr{'y' if stale == 1 else 'ies'} stale"
    advice = " (fixed or edited: --write-baseline records the findings anew)" if stale else ""
    return f"sitecheck: baseline {escape_controls(str(path))}: {found}, {entries}{advice}"
