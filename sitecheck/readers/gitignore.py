"""What a folder walk leaves out: folders of tools (``.git``, ``node_modules``…) and whatever the
``.gitignore`` files met on the way ignore.

The patterns of git's own syntax that reports' repositories use are understood: ``#`` comments,
``!`` to take a path back, a trailing ``/`` for folders only, a ``/`` inside or in front to anchor
a pattern to its ``.gitignore``'s folder, ``*``, ``?``, ``[…]`` and ``**``.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path

# Folders no report lives in: a web project's dependencies (dot folders are left out anyway).
SKIPPED_FOLDERS = frozenset({"node_modules"})
# A .gitignore is a few hundred bytes; a larger one is no .gitignore we should spend time on.
_MAX_BYTES = 1024 * 1024


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    negated: bool
    folders_only: bool
    anchored: bool  # matched against the path relative to the .gitignore, not the name alone


@dataclass(frozen=True)
class IgnoreRules:
    """The patterns of one .gitignore, for paths below its folder."""

    base: Path
    patterns: tuple[_Pattern, ...]

    def decide(self, path: Path, is_dir: bool) -> bool | None:
        """True: ignored; False: taken back by a ``!`` pattern; None: no pattern says."""
        rel = path.relative_to(self.base).as_posix()
        verdict: bool | None = None
        for p in self.patterns:
            if p.folders_only and not is_dir:
                continue
            target = rel if p.anchored else rel.rsplit("/", 1)[-1]
            if p.regex.fullmatch(target):
                verdict = not p.negated
        return verdict


def _translate(glob: str) -> re.Pattern[str]:
    """A gitignore glob as a regular expression (``**`` spans folders, ``*`` does not)."""
    parts = glob.split("**")
    pieces = [fnmatch.translate(part)[4:-3].replace(".*", "[^/]*") for part in parts]
    return re.compile(".*".join(pieces).replace(".*/", "(?:.*/)?"))


def _parse_line(line: str) -> _Pattern | None:
    line = line.rstrip("\n").rstrip()
    if not line or line.startswith("#"):
        return None
    negated = line.startswith("!")
    line = line[1:] if negated else line
    folders_only = line.endswith("/")
    line = line.rstrip("/")
    anchored = "/" in line
    line = line.lstrip("/")
    if not line:
        return None
    return _Pattern(_translate(line), negated, folders_only, anchored)


def read_rules(folder: Path) -> IgnoreRules | None:
    """The rules of ``folder/.gitignore``, or None when there is none (or it cannot be read)."""
    path = folder / ".gitignore"
    try:
        if not path.is_file() or path.stat().st_size > _MAX_BYTES:
            return None
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    patterns = tuple(p for p in map(_parse_line, text.splitlines()) if p is not None)
    return IgnoreRules(folder, patterns) if patterns else None


def ignored(path: Path, is_dir: bool, rules: list[IgnoreRules]) -> bool:
    """Whether the .gitignore files above ``path`` (outermost first) ignore it."""
    verdict = False
    for r in rules:
        said = r.decide(path, is_dir)
        if said is not None:
            verdict = said
    return verdict
