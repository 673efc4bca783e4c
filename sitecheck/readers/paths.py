"""Which files a run checks: files, folders (searched for the suffixes of the readers) and globs."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

from sitecheck.errors import InputError
from sitecheck.readers import report_suffixes

REPORT_SUFFIXES = report_suffixes()


def collect_paths(paths: Sequence[str]) -> list[Path]:
    """Expand files, folders (recursively, .md and .txt) and globs, in a stable order."""
    import glob

    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            inside = sorted(_walk(p))
            if not inside:
                raise InputError(f"{raw}: no reports (.md, .txt) in this folder")
            found.extend(inside)
        elif p.exists():
            found.append(p)
        elif any(c in raw for c in "*?["):
            matches = sorted(Path(m) for m in glob.glob(raw, recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                raise InputError(f"{raw}: no file matches this pattern")
            found.extend(files)
        else:
            raise InputError(f"{raw}: no such file or folder")
    unique: dict[str, Path] = {}
    for f in found:
        unique.setdefault(str(f), f)
    return list(unique.values())


def _walk(folder: Path) -> Iterable[Path]:
    # followlinks=False: a symlink loop cannot make the walk run forever.
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.lower().endswith(REPORT_SUFFIXES) and not name.startswith("."):
                yield Path(root) / name
