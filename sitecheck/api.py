"""The library entry point: check() makes a run plan (sitecheck.plan), runs it over the report
(sitecheck.run: rules, packs, suppressions) and returns a Result (sitecheck.result)."""

from __future__ import annotations

import functools
import gc
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sitecheck.config import Config, config_for
from sitecheck.document import Document, normalise_text, parse_document, read_report
from sitecheck.errors import InputError
from sitecheck.plan import PackSource, check_decimal_mark, make_plan
from sitecheck.result import Result

if TYPE_CHECKING:
    from sitecheck.facts import Facts

REPORT_SUFFIXES = (".md", ".markdown", ".txt")

F = TypeVar("F", bound=Callable[..., Any])


def _gc_paused(func: F) -> F:
    """A check allocates hundreds of thousands of small objects and makes no reference cycles
    worth collecting; Python's cyclic collector would rescan them all again and again (16% of
    the time on a 10 MB report). Reference counting still frees everything as usual."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return wrapper  # type: ignore[return-value]


@_gc_paused
def check_text(
    text: str,
    path: str | None = None,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    decimal_mark: str | None = None,
    config: Config | None = None,
    rules: Sequence[PackSource] | None = None,
    tables: Mapping[str, Any] | None = None,
) -> Result:
    """Check report text already in memory.

    ``select``/``ignore`` name rules to run or skip; ``decimal_mark`` is "." or "," (guessed
    when None); ``config`` adds a project configuration (rules, severities, decimal mark);
    ``rules`` adds rule packs (YAML paths or loaded packs); ``tables`` gives a pack's companion
    tables by name, as paths or pandas DataFrames, instead of looking for them beside the report.
    """
    from sitecheck.run import run  # with the extractors: `import sitecheck` stays quick

    plan = make_plan(
        select=select,
        ignore=ignore,
        decimal_mark=decimal_mark,
        config=config,
        rules=rules,
        tables=tables,
    )
    return run(plan, _document(text, path))


def check_file(path: str | os.PathLike[str], **options: Any) -> Result:
    """Check one report file (UTF-8 Markdown or text).

    Without a ``config`` option, the nearest sitecheck.toml or [tool.sitecheck] applies.
    """
    if options.get("config") is None:
        options["config"] = config_for(Path(path))
    return check_text(read_report(Path(path)), str(path), **options)


def check(source: str | os.PathLike[str], **options: Any) -> Result:
    """Check a report given as a path or as its text.

    A ``Path``, or a one-line string naming an existing file, is read from disk; any other
    string is taken as the report's text.
    """
    if isinstance(source, os.PathLike):
        return check_file(source, **options)
    if "\n" not in source and len(source) < 4096 and Path(source).is_file():
        return check_file(source, **options)
    return check_text(source, None, **options)


def extract_file(path: str | os.PathLike[str], decimal_mark: str | None = None) -> Facts:
    """Everything extraction finds in one report, with no rule run and no comment read.

    The decimal mark is guessed when neither given nor set by the nearest configuration.
    """
    from sitecheck.facts import build_facts

    mark = check_decimal_mark(decimal_mark or config_for(Path(path)).decimal_mark)
    return build_facts(_document(read_report(Path(path)), str(path)), mark)


def _document(text: str, path: str | None) -> Document:
    return parse_document(normalise_text(text), path)


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
