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
from sitecheck.document import Document
from sitecheck.errors import InputError
from sitecheck.plan import PackSource, check_decimal_mark, check_language, make_plan
from sitecheck.readers import document_from_text, read_document
from sitecheck.result import Result

if TYPE_CHECKING:
    from sitecheck.facts import Facts

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


def check_text(text: str, path: str | None = None, **options: Any) -> Result:
    """Check report text already in memory; the options are those of ``check_document``."""
    return check_document(document_from_text(text, path), **options)


@_gc_paused
def check_document(
    doc: Document,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    decimal_mark: str | None = None,
    language: str | None = None,
    config: Config | None = None,
    rules: Sequence[PackSource] | None = None,
    tables: Mapping[str, Any] | None = None,
    message_language: str | None = None,
) -> Result:
    """Check a document made by a reader.

    ``select``/``ignore`` name rules to run or skip; ``decimal_mark`` is "." or "," and
    ``language`` "en", "es", "fr" or "pt" (each guessed from the report when None); ``config``
    adds a project configuration (rules, severities, decimal mark, language); ``rules`` adds rule
    packs (YAML paths or loaded packs); ``tables`` gives a pack's companion tables by name, as
    paths or pandas DataFrames, instead of looking for them beside the report;
    ``message_language`` is "auto" (the report's language, the default), "en", "es", "fr" or
    "pt": the language of the messages, help lines and labels (rule ids stay in English).
    """
    from sitecheck.run import run  # with the extractors: `import sitecheck` stays quick

    plan = make_plan(
        select=select,
        ignore=ignore,
        decimal_mark=decimal_mark,
        language=language,
        config=config,
        rules=rules,
        tables=tables,
        message_language=message_language,
    )
    return run(plan, doc)


def check_file(path: str | os.PathLike[str], **options: Any) -> Result:
    """Check one report file (UTF-8 Markdown or text).

    Without a ``config`` option, the nearest sitecheck.toml or [tool.sitecheck] applies.
    """
    if options.get("config") is None:
        options["config"] = config_for(Path(path))
    return check_document(read_document(path), **options)


def check(source: str | os.PathLike[str], **options: Any) -> Result:
    """Check a report given as a path or as its text.

    A ``Path``, or a one-line string naming an existing file, is read from disk; a one-line
    string that looks like a path (a report's suffix, a folder) but names no file raises
    ``InputError`` rather than being checked as a one-line report; any other string is taken as
    the report's text. Folders and many files: ``check_paths``.
    """
    if isinstance(source, os.PathLike):
        return check_file(source, **options)
    if "\n" not in source and len(source) < 4096:
        if Path(source).is_file():
            return check_file(source, **options)
        _refuse_path_like(source)
    return check_text(source, None, **options)


def _refuse_path_like(source: str) -> None:
    """Raise for a string that names a folder, or a report file that does not exist."""
    from sitecheck.readers import report_suffixes

    if Path(source).is_dir():
        raise InputError(f"{source}: is a folder; use sitecheck.check_paths() for folders")
    one_word = not any(c.isspace() for c in source) or os.sep in source or "/" in source
    if one_word and source.lower().endswith((*report_suffixes(), "/", os.sep)):
        raise InputError(f"{source}: no such file")


def extract_file(
    path: str | os.PathLike[str], decimal_mark: str | None = None, language: str | None = None
) -> Facts:
    """Everything extraction finds in one report, with no rule run and no comment read.

    The decimal mark is guessed when neither given nor set by the nearest configuration.
    """
    from sitecheck.facts import build_facts

    config = config_for(Path(path))
    mark = check_decimal_mark(decimal_mark or config.decimal_mark)
    code = check_language(language or config.language)
    return build_facts(read_document(path), mark, language=code)

