"""Which files a run checks: files, folders (searched for the suffixes of the readers) and globs.

Each real file is checked once, however many names, links or patterns lead to it, and no
symlink loop can make a walk or a glob run long: folders are walked without following links to
folders, globs follow them but enter each real folder once. A path that cannot be used (missing,
unreadable, a name too long) is one error for that path; the others are still collected.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sitecheck.errors import InputError
from sitecheck.readers import report_suffixes
from sitecheck.readers.gitignore import SKIPPED_FOLDERS, IgnoreRules, ignored, read_rules

REPORT_SUFFIXES = report_suffixes()
_MAGIC = frozenset("*?[")


@dataclass
class Collected:
    """The files to check, in a stable order, and one message per path that cannot be used."""

    files: list[Path] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    named: set[Path] = field(default_factory=set)  # files named as they are, not found in a walk


def collect_paths(paths: Sequence[str]) -> Collected:
    """Expand files, folders (recursively, .md and .txt) and globs."""
    out = Collected()
    seen: set[object] = set()
    for raw in paths:
        try:
            found = _expand(raw, out.errors)
        except InputError as exc:
            out.errors.append(str(exc))
            continue
        if found == [Path(raw)]:
            out.named.add(Path(raw))
        for f in found:
            identity = _identity(f)
            if identity not in seen:
                seen.add(identity)
                out.files.append(f)
    return out


def _identity(path: Path) -> object:
    """The real file behind a path; a path that cannot be looked at stands for itself (reading it
    will say why)."""
    try:
        st = os.stat(path)
    except OSError:
        return str(path)
    return (st.st_dev, st.st_ino)


def _expand(raw: str, errors: list[str]) -> list[Path]:
    magic = any(c in _MAGIC for c in raw)
    try:
        is_dir = os.path.isdir(raw) if magic else Path(raw).is_dir()
        exists = os.path.lexists(raw) if magic else _exists(raw)
    except OSError as exc:
        raise InputError(f"{raw}: cannot read: {exc.strerror}") from None
    if is_dir:
        before = len(errors)
        inside = _walk(Path(raw), errors)
        if not inside and len(errors) == before:
            kinds = ", ".join(REPORT_SUFFIXES)
            raise InputError(f"{raw}: no reports ({kinds}) in this folder")
        return inside
    if exists:
        return [Path(raw)]  # reading refuses what is not a regular file
    if magic:
        files = _glob(raw, errors)
        if not files:
            raise InputError(f"{raw}: no file matches this pattern")
        return files
    raise InputError(f"{raw}: no such file or folder")


def _exists(raw: str) -> bool:
    """Like os.path.exists, but a name too long or a folder that cannot be entered is an error
    the user should see, not a missing file."""
    try:
        os.stat(raw)
    except (FileNotFoundError, NotADirectoryError):
        return False  # a dangling link too: there is nothing to read
    return True


def _folder_error(errors: list[str]) -> Callable[[OSError], None]:
    def record(exc: OSError) -> None:
        errors.append(f"{exc.filename}: cannot read this folder: {exc.strerror}")

    return record


def _walk(folder: Path, errors: list[str]) -> list[Path]:
    """The reports in a folder, leaving out dot folders, tools' folders (``node_modules``) and
    what the ``.gitignore`` files on the way ignore."""
    found: list[Path] = []
    rules: dict[Path, list[IgnoreRules]] = {}
    # followlinks=False: a symlink loop cannot make the walk run forever.
    for root, dirs, files in os.walk(folder, onerror=_folder_error(errors), followlinks=False):
        here = Path(root)
        own = read_rules(here)
        active = rules.pop(here, []) + ([own] if own is not None else [])
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and d not in SKIPPED_FOLDERS
            and not ignored(here / d, True, active)
        )
        for d in dirs:
            rules[here / d] = active
        for name in files:
            if name.lower().endswith(REPORT_SUFFIXES) and not name.startswith("."):
                if not ignored(here / name, False, active):
                    found.append(here / name)
    return sorted(found)


def _glob(pattern: str, errors: list[str]) -> list[Path]:
    """The files a glob matches (``**``: any number of folders), each real folder entered once."""
    parts = Path(pattern).parts
    fixed = 0
    while fixed < len(parts) - 1 and not any(c in _MAGIC for c in parts[fixed]):
        fixed += 1
    base = Path(*parts[:fixed]) if fixed else Path(".")
    wanted = tuple(parts[fixed:])
    visited: set[tuple[int, int]] = set()
    try:
        st = os.stat(base)
        visited.add((st.st_dev, st.st_ino))  # a link back to the start is a loop too
    except OSError:
        return []
    found: list[Path] = []
    walk = os.walk(base, onerror=_folder_error(errors), followlinks=True)
    for root, dirs, files in walk:
        here = Path(root)
        rel = here.relative_to(base).parts if here != base else ()
        kept = []
        for d in sorted(dirs):
            try:
                st = os.stat(here / d)
            except OSError:
                continue
            if (st.st_dev, st.st_ino) not in visited and _may_lead(wanted, (*rel, d)):
                visited.add((st.st_dev, st.st_ino))
                kept.append(d)
        dirs[:] = kept
        found.extend(here / f for f in files if _matches(wanted, (*rel, f)))
    return sorted(found)


def _name_matches(name: str, pat: str) -> bool:
    # As glob does: a wildcard does not match a leading dot.
    return fnmatch.fnmatch(name, pat) and (not name.startswith(".") or pat.startswith("."))


@lru_cache(maxsize=4096)
def _matches(pat: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """Whether a path (its names) matches a pattern (its components)."""
    if not pat:
        return not names
    if pat[0] == "**":
        if _matches(pat[1:], names):
            return True
        return bool(names) and not names[0].startswith(".") and _matches(pat, names[1:])
    return bool(names) and _name_matches(names[0], pat[0]) and _matches(pat[1:], names[1:])


@lru_cache(maxsize=4096)
def _may_lead(pat: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """Whether a folder (its names) can hold a match, so that the walk must enter it."""
    if not names:
        return bool(pat)
    if not pat:
        return False
    if pat[0] == "**":
        if _may_lead(pat[1:], names):
            return True
        return not names[0].startswith(".") and _may_lead(pat, names[1:])
    return _name_matches(names[0], pat[0]) and _may_lead(pat[1:], names[1:])


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths lead to one real file (False when either cannot be looked at)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
