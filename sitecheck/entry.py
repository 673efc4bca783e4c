"""The `sitecheck` console script.

A plain `sitecheck check PATH... [--format F] [--fail-on L] [--select R] [--ignore R]
[--decimal-mark M] [--language L] [--message-language L]` — what a pre-commit hook runs on every
commit — starts without importing typer (about 30 ms of a 0.1 s run). Any other invocation, any
other option, `--help`, or a value the fast start does not recognise goes to the typer CLI, which
owns usage and its messages.
"""

from __future__ import annotations

import sys

# Options the fast start reads, with the values each accepts (None: any value); filled on first
# use, so that importing this module does next to nothing (an interrupt can come at any moment).
_VALUES: dict[str, tuple[str, ...] | None] = {}


def _values() -> dict[str, tuple[str, ...] | None]:
    if not _VALUES:
        from sitecheck.config import FAIL_ON
        from sitecheck.lang import LANGUAGES
        from sitecheck.lang.messages import CHOICES
        from sitecheck.reporters import FORMATS

        _VALUES.update(
            {
                "--format": FORMATS,
                "-f": FORMATS,
                "--fail-on": FAIL_ON,
                "--select": None,
                "--ignore": None,
                "--decimal-mark": None,
                "--language": LANGUAGES,
                "--message-language": CHOICES,
                "--stdin-filename": None,
                "--output": None,
                "-o": None,
            }
        )
    return _VALUES


def parse_fast(argv: list[str]) -> dict[str, object] | None:
    """The options of a simple `check` invocation, or None when typer must parse it."""
    if not argv or argv[0] != "check":
        return None
    paths: list[str] = []
    found: dict[str, object] = {"select": [], "ignore": []}
    args = argv[1:]
    values = _values()
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            paths.extend(args[i + 1 :])
            break
        if not arg.startswith("-") or arg == "-":
            paths.append(arg)
            i += 1
            continue
        name, eq, value = arg.partition("=")
        if name not in values:
            return None  # --help, --rules, an unknown option…: typer decides
        if not eq:
            if i + 1 >= len(args):
                return None
            value = args[i + 1]
            i += 1
        allowed = values[name]
        if allowed is not None and value not in allowed:
            return None  # typer prints the usage error
        key = {"-f": "output_format", "--format": "output_format", "-o": "output"}.get(
            name, name[2:]
        )
        key = key.replace("-", "_")
        if key in ("select", "ignore"):
            found[key].append(value)  # type: ignore[attr-defined]
        else:
            found[key] = value
        i += 1
    if not paths:
        return None
    found["paths"] = paths
    if found.get("output") is not None:  # a path, as the typer command gives it
        from pathlib import Path

        found["output"] = Path(str(found["output"]))
    for key in ("select", "ignore"):
        if not found[key]:
            found[key] = None
    return found


def main() -> None:
    sys.unraisablehook = _unraisable
    try:
        code = _run(sys.argv[1:])
    except KeyboardInterrupt:  # even while modules are still being imported
        code = 130
    sys.exit(code)


def _unraisable(info: sys.UnraisableHookArgs) -> None:
    """An interrupt that lands in a finaliser or a weakref callback cannot be raised there, and
    Python would print it as 'Exception ignored': raise it again a moment later, in the main
    flow (nothing can escape this hook itself)."""
    import signal

    interrupt = info.exc_type is not None and issubclass(info.exc_type, KeyboardInterrupt)
    if interrupt and hasattr(signal, "setitimer"):  # POSIX
        signal.signal(signal.SIGALRM, _interrupt)
        signal.setitimer(signal.ITIMER_REAL, 0.01)
        return
    sys.__unraisablehook__(info)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _run(argv: list[str]) -> int:
    from sitecheck.exits import fill_closed_streams, outcome

    fill_closed_streams()
    parsed = parse_fast(argv)
    if parsed is None:
        from sitecheck.cli import main as typer_main

        typer_main()
        return 0
    from sitecheck.commands import CheckOptions, run_check

    return outcome(lambda: run_check(CheckOptions(**parsed)))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
