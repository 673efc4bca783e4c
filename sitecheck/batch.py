"""Many reports at once, from a program: ``check_paths(paths, jobs=)`` gives one ``Results``.

Files, folders and globs are collected as the command line collects them (the nearest
configuration's ``exclude`` applies); a file that cannot be read or checked is one message in
``Results.errors`` and the others are still checked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitecheck.errors import SitecheckError
from sitecheck.result import Result, json_document

if TYPE_CHECKING:
    import pandas as pd

    from sitecheck.findings import Finding


@dataclass
class Results:
    """The results of several reports, in the order of their paths, and the files that failed."""

    results: list[Result] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[Result]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    @property
    def findings(self) -> list[Finding]:
        """Every finding of every report."""
        return [f for r in self.results for f in r.findings]

    def to_dict(self) -> dict[str, Any]:
        """The JSON output (version 1) of these reports."""
        return json_document(self.results)

    def to_frame(self) -> pd.DataFrame:
        """One row per finding of every report, with its ``path``, ``stated`` and ``expected``."""
        import pandas as pd

        frames = [r.to_frame() for r in self.results]
        if not frames:
            return Result(None, _empty_document(), None).to_frame()
        return pd.concat(frames, ignore_index=True)


def _empty_document() -> Any:
    from sitecheck.readers import document_from_text

    return document_from_text("", None)


def _check_or_error(path: Path, options: dict[str, Any]) -> Result | SitecheckError:
    from sitecheck.api import check_file

    try:
        result = check_file(path, **options)
    except SitecheckError as exc:
        return exc
    result.facts = None  # what travels back from a worker: findings and the document
    return result


def check_paths(paths: Sequence[str | os.PathLike[str]], jobs: int = 1, **options: Any) -> Results:
    """Check files, folders and globs, ``jobs`` files at a time (0: one per core).

    The options are those of ``check_file``.
    """
    from sitecheck.config import config_for
    from sitecheck.readers.paths import collect_paths

    collected = collect_paths([os.fspath(p) for p in paths])
    files = [p for p in collected.files if not config_for(p).excludes(p)]
    out = Results(errors=list(collected.errors))
    for outcome in _run(files, options, jobs):
        if isinstance(outcome, SitecheckError):
            out.errors.append(str(outcome))
        else:
            out.results.append(outcome)
    return out


def _run(files: list[Path], options: dict[str, Any], jobs: int) -> list[Any]:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    workers = max(1, min(jobs or cores or 1, len(files), cores or 1))
    if workers == 1:
        return [_check_or_error(p, options) for p in files]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(_check_or_error, files, [options] * len(files)))
