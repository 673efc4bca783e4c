"""What `sitecheck check` does, without typer: shared by the typer command and the fast start.

Returns the exit code (0 no finding at or above fail-on, 1 findings, 2 when some file could not
be checked: its one-line error is printed here and the other files are still checked) and raises
SitecheckError for errors of the whole run (an unknown rule, a bad pack or configuration, a
baseline path that is an input), which the caller prints (exit code 2).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sitecheck.errors import SitecheckError, error_line
from sitecheck.escape import escape_controls

if TYPE_CHECKING:
    from sitecheck.result import Result

T = TypeVar("T")


@dataclass
class CheckOptions:
    paths: list[str]
    output_format: str | None = None  # None: the configuration's `format`, else text
    fail_on: str | None = None  # None: from the configuration (default error)
    select: list[str] | None = None
    ignore: list[str] | None = None
    decimal_mark: str | None = None
    language: str | None = None
    message_language: str | None = None  # None: the configuration's, else auto
    baseline: Path | None = None
    write_baseline: Path | None = None
    jobs: int = 1
    rules: list[str] = field(default_factory=list)
    table: list[str] = field(default_factory=list)
    stdin_filename: str | None = None  # names the report read from "-" (its suffix: its reader)
    statistics: bool = False  # counts per rule instead of the findings
    output: Path | None = None  # write the output to this file (--output), not standard output


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


def _check_one(path: Path, options: dict[str, Any]) -> Result | SitecheckError:
    """One file's result, or the error that stops this file only."""
    from sitecheck.api import check_file

    try:
        return guarded(path, check_file, path, **options)
    except SitecheckError as exc:
        return exc


def _check_stdin(name: str | None, options: dict[str, Any]) -> Result | SitecheckError:
    """The report on standard input ("-"), named and read by ``--stdin-filename``."""
    from sitecheck.api import check_document
    from sitecheck.config import config_for
    from sitecheck.readers import read_stdin_document

    shown = name or "<stdin>"
    config = config_for(Path(name) if name else Path("stdin"))
    try:
        doc = guarded(shown, read_stdin_document, name)
        return guarded(shown, check_document, doc, config=config, **options)
    except SitecheckError as exc:
        return exc


def _check_in_worker(path: Path, options: dict[str, Any]) -> Result | SitecheckError:
    result = _check_one(path, options)
    if not isinstance(result, SitecheckError):
        result.facts = None  # facts stay in the worker: only findings and the document travel
    return result


def _start_worker(parent: int) -> None:
    """Ctrl-C reaches every process of the group: the parent alone answers it, quietly. A
    worker whose parent is gone (interrupted while the pool was starting) ends by itself: it
    would otherwise wait for work for ever, holding the parent's output open."""
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # held by the parent
    threading.Thread(target=_end_with_parent, args=(parent,), daemon=True).start()


def _end_with_parent(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(130)


def pool_size(jobs: int, files: int) -> int:
    """How many processes check ``files`` files when ``--jobs`` asks for ``jobs``: more than
    there are files or cores would only cost start-up time and memory; 0 is one per core."""
    return max(1, min(jobs or _cores(), files, _cores()))


def _cores() -> int:
    """The cores this process may run on (a container or taskset may allow fewer than exist)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _check_all(files: list[Path], options: dict[str, Any], jobs: int) -> list[Any]:
    workers = pool_size(jobs, len(files))
    if workers == 1:
        return [_check_one(p, options) for p in files]
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(os.getpid(),)
    )
    try:
        with _interrupt_held():
            # map() submits every file, which forks the workers, before it returns; it keeps
            # the order of the files: output is the same as a serial run.
            outcomes = pool.map(_check_in_worker, files, [options] * len(files))
        results = list(outcomes)
    except BaseException:  # an interrupt: no new file is started; the workers finish theirs
        _abandon(pool)
        raise
    pool.shutdown()
    return results


@contextmanager
def _interrupt_held() -> Iterator[None]:
    """Hold Ctrl-C while workers are forked: a worker must not see it before it ignores it (it
    would print a traceback). The parent gets it as soon as the block ends."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _abandon(pool: Any) -> None:
    try:
        pool.shutdown(wait=False, cancel_futures=True)
    except Exception:  # noqa: BLE001 - a pool interrupted while starting is half made
        pass


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
    """Check the reports, print the findings, and return the exit code.

    A file that cannot be checked is one line on standard error; the others are still checked
    and reported, and the exit code is then 2.
    """
    from sitecheck.config import config_for
    from sitecheck.readers.paths import collect_paths

    stdin = "-" in opts.paths
    collected = collect_paths([p for p in opts.paths if p != "-"])
    files = [p for p in collected.files if not config_for(p).excludes(p)]
    for path in sorted(collected.named):
        config = config_for(path)
        if config.excludes(path):
            shown = escape_controls(f"{path}: not checked: excluded by {config.path}")
            print(f"sitecheck: warning: {shown}", file=sys.stderr)
    options: dict[str, Any] = {
        "select": opts.select,
        "ignore": opts.ignore,
        "decimal_mark": opts.decimal_mark,
        "language": opts.language,
        "message_language": opts.message_language,
    }
    if opts.rules:
        from sitecheck.packs.loader import load_packs

        options["rules"] = load_packs(opts.rules)  # loaded once, checked before any report
    if opts.table:
        options["tables"] = parse_tables(opts.table)
    _check_options(files, options)
    if opts.write_baseline is not None:
        refuse_overwrite(opts.write_baseline, collected.files, options)
    if opts.output is not None:
        refuse_overwrite(opts.output, collected.files, options, "the output")
    errors = list(collected.errors)
    results: list[Result] = []
    outcomes = [_check_stdin(opts.stdin_filename, options)] if stdin else []
    for outcome in [*outcomes, *_check_all(files, options, opts.jobs)]:
        if isinstance(outcome, SitecheckError):
            errors.append(str(outcome))
        else:
            results.append(outcome)
    for message in errors:
        print(error_line(message), file=sys.stderr)
    if opts.write_baseline is not None:
        if errors:  # a baseline without the files that failed would hide nothing of theirs
            return 2
        return _write_baseline(opts.write_baseline, results)
    if opts.baseline is not None:
        from sitecheck import baseline as baselines

        hidden, stale = baselines.hide_known(opts.baseline, results)
        print(baselines.summary(opts.baseline, hidden, stale), file=sys.stderr)
    if results or not errors:
        chosen = opts.output_format or _configured_format(files)
        _render("statistics" if opts.statistics else chosen, results, opts.output)
    return 2 if errors else _exit_code(opts, results)


def _check_options(files: list[Path], options: dict[str, Any]) -> None:
    """Raise a usage error (an unknown rule, a bad pack or configuration) once, for the whole
    run, before any file is checked: it is no fault of one file."""
    from sitecheck.config import Config, config_for
    from sitecheck.plan import make_plan

    configs = {c.path: c for c in (config_for(p) for p in files)} or {None: Config()}
    for config in configs.values():
        make_plan(config=config, **options)


def _write_baseline(path: Path, results: list[Result]) -> int:
    from sitecheck import baseline as baselines
    from sitecheck.escape import escape_controls

    count = baselines.write(path, results)
    shown = escape_controls(str(path))
    print(f"Recorded {count} finding{'s' if count != 1 else ''} in {shown}.")
    return 0


def _exit_code(opts: CheckOptions, results: list[Result]) -> int:
    from sitecheck.config import config_for
    from sitecheck.findings import Severity

    failing = False
    for r in results:
        level = opts.fail_on or config_for(Path(r.path or ".")).fail_on
        if level == "never":
            continue
        threshold = Severity(level).rank
        failing = failing or any(f.severity.rank >= threshold for f in r.findings)
    return 1 if failing else 0


def refuse_overwrite(
    target: Path, reports: list[Path], options: dict[str, Any], what: str = "the baseline"
) -> None:
    """Refuse a baseline (or output) path that is a report, pack, table or configuration of this
    run."""
    from sitecheck.config import config_for
    from sitecheck.readers.paths import same_file

    inputs: list[tuple[Path, str]] = [(p, "report") for p in reports]
    for pack in options.get("rules", []):
        inputs.append((Path(pack.path), "rule pack"))
    inputs += [(Path(t), "table") for t in options.get("tables", {}).values()]
    for config in {config_for(p).path: config_for(p) for p in reports}.values():
        if config.path is not None:
            inputs.append((config.path, "configuration file"))
        inputs += [(Path(r), "rule pack") for r in config.rules]
    for path, kind in inputs:
        if same_file(target, path):
            raise SitecheckError(
                f"{target}: is a {kind} read by this run; write {what} to another file"
            )


def _configured_format(files: list[Path]) -> str:
    """The `format` of the configuration of the first report that sets one; text otherwise."""
    from sitecheck.config import config_for

    return next((c.format for c in map(config_for, files) if c.format), None) or "text"


def _render(output_format: str, results: Sequence[Result], output: Path | None = None) -> None:
    from sitecheck import reporters

    if output is None:
        reporters.write(output_format, results, sys.stdout)
        sys.stdout.flush()
        return
    import io

    from sitecheck.files import write_atomic

    buffer = io.StringIO()
    reporters.write(output_format, results, buffer)
    write_atomic(output, buffer.getvalue().encode("utf-8"), "output")


def write_starter(target: Path, force: bool) -> None:
    """Write the commented starter configuration; never through a link, never half a file."""
    from sitecheck.config import STARTER
    from sitecheck.files import write_atomic

    if target.is_symlink():  # a dangling link too: writing would create its target
        raise SitecheckError(f"{target}: is a symbolic link; sitecheck does not write through it")
    if target.exists() and not force:
        raise SitecheckError(f"{target} already exists (use --force to overwrite it)")
    write_atomic(target, STARTER.encode("utf-8"), "configuration file")
