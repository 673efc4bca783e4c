"""What `sitecheck check` does, without typer: shared by the typer command and the fast start.

Returns the exit code (0 no finding at or above fail-on, 1 findings) and raises SitecheckError
for usage and input errors (exit code 2, printed by the caller).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sitecheck.errors import SitecheckError

if TYPE_CHECKING:
    from sitecheck.result import Result

T = TypeVar("T")


@dataclass
class CheckOptions:
    paths: list[str]
    output_format: str = "text"
    fail_on: str | None = None  # None: from the configuration (default error)
    select: list[str] | None = None
    ignore: list[str] | None = None
    decimal_mark: str | None = None
    language: str | None = None
    baseline: Path | None = None
    write_baseline: Path | None = None
    jobs: int = 1
    rules: list[str] = field(default_factory=list)
    table: list[str] = field(default_factory=list)


def guarded(path: object, func: Callable[..., T], *args: object, **kwargs: object) -> T:
    """Run one file's check; a defect of sitecheck itself becomes one line, not a traceback."""
    try:
        return func(*args, **kwargs)
    except SitecheckError:
        raise
    except RecursionError:
        raise SitecheckError(f"{path}: too deeply nested to check") from None
    except Exception as exc:  # noqa: BLE001 - any bug must still end in a one-line message
        raise SitecheckError(
            f"{path}: internal error ({type(exc).__name__}: {exc}); please report this"
        ) from None


def _check_in_worker(path: Path, options: dict[str, Any]) -> Result:
    from sitecheck.api import check_file

    result = guarded(path, check_file, path, **options)
    result.facts = None  # facts stay in the worker: only findings and the document travel back
    return result


def parse_tables(items: Sequence[str]) -> dict[str, str]:
    out = {}
    for item in items:
        name, sep, path = item.partition("=")
        if not sep or not name.strip() or not path.strip():
            raise SitecheckError(f"--table expects NAME=PATH, not '{item}'")
        if not Path(path).is_file():
            raise SitecheckError(f"{path}: no such table file (given with --table {name})")
        out[name.strip()] = path.strip()
    return out


def run_check(opts: CheckOptions) -> int:
    """Check the reports, print the findings, and return the exit code."""
    from sitecheck.api import check_file
    from sitecheck.config import config_for
    from sitecheck.findings import Severity
    from sitecheck.readers.paths import collect_paths

    files = [p for p in collect_paths(opts.paths) if not config_for(p).excludes(p)]
    options: dict[str, Any] = {
        "select": opts.select,
        "ignore": opts.ignore,
        "decimal_mark": opts.decimal_mark,
        "language": opts.language,
    }
    if opts.rules:
        from sitecheck.packs.loader import load_packs

        options["rules"] = load_packs(opts.rules)  # loaded once, checked before any report
    if opts.table:
        options["tables"] = parse_tables(opts.table)
    if opts.jobs > 1 and len(files) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=min(opts.jobs, len(files))) as pool:
            # map() keeps the order of the files: output is the same as a serial run.
            results = list(pool.map(_check_in_worker, files, [options] * len(files)))
    else:
        results = [guarded(p, check_file, p, **options) for p in files]
    if opts.write_baseline is not None:
        from sitecheck import baseline as baselines

        count = baselines.write(opts.write_baseline, results)
        print(f"Recorded {count} finding{'s' if count != 1 else ''} in {opts.write_baseline}.")
        return 0
    if opts.baseline is not None:
        from sitecheck import baseline as baselines

        baselines.hide_known(opts.baseline, results)
    _render(opts.output_format, results)
    failing = False
    for r in results:
        level = opts.fail_on or config_for(Path(r.path or ".")).fail_on
        if level == "never":
            continue
        threshold = Severity(level).rank
        failing = failing or any(f.severity.rank >= threshold for f in r.findings)
    return 1 if failing else 0


def _render(output_format: str, results: Sequence[Result]) -> None:
    from sitecheck import reporters

    reporters.write(output_format, results, sys.stdout)
    sys.stdout.flush()
