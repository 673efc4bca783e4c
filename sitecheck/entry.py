"""The `sitecheck` console script.

A plain `sitecheck check PATH... [--format F] [--fail-on L] [--select R] [--ignore R]
[--decimal-mark M] [--language L]` — what a pre-commit hook runs on every commit — starts
without importing typer (about 30 ms of a 0.1 s run). Any other invocation, any other option,
`--help`, or a value the fast start does not recognise goes to the typer CLI, which owns usage
and its messages.
"""

from __future__ import annotations

import sys

from sitecheck.config import FAIL_ON
from sitecheck.lang import LANGUAGES
from sitecheck.reporters import FORMATS

# Options the fast start reads, with the values each accepts (None: any value).
_VALUES: dict[str, tuple[str, ...] | None] = {
    "--format": FORMATS,
    "-f": FORMATS,
    "--fail-on": FAIL_ON,
    "--select": None,
    "--ignore": None,
    "--decimal-mark": None,
    "--language": LANGUAGES,
}


def parse_fast(argv: list[str]) -> dict[str, object] | None:
    """The options of a simple `check` invocation, or None when typer must parse it."""
    if not argv or argv[0] != "check":
        return None
    paths: list[str] = []
    found: dict[str, object] = {"select": [], "ignore": []}
    args = argv[1:]
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
        if name not in _VALUES:
            return None  # --help, --rules, an unknown option…: typer decides
        if not eq:
            if i + 1 >= len(args):
                return None
            value = args[i + 1]
            i += 1
        allowed = _VALUES[name]
        if allowed is not None and value not in allowed:
            return None  # typer prints the usage error
        key = {"-f": "output_format", "--format": "output_format"}.get(name, name[2:])
        key = key.replace("-", "_")
        if key in ("select", "ignore"):
            found[key].append(value)  # type: ignore[attr-defined]
        else:
            found[key] = value
        i += 1
    if not paths:
        return None
    found["paths"] = paths
    for key in ("select", "ignore"):
        if not found[key]:
            found[key] = None
    return found


def main() -> None:
    parsed = parse_fast(sys.argv[1:])
    if parsed is None:
        from sitecheck.cli import main as typer_main

        typer_main()
        return
    from sitecheck.commands import CheckOptions, run_check
    from sitecheck.errors import SitecheckError

    try:
        code = run_check(CheckOptions(**parsed))  # type: ignore[arg-type]
    except SitecheckError as exc:
        print(f"sitecheck: error: {exc}", file=sys.stderr)
        code = 2
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        code = 0
    except Exception as exc:  # noqa: BLE001 - a defect of sitecheck still ends in one line
        print(
            f"sitecheck: error: internal error ({type(exc).__name__}: {exc}); please report this",
            file=sys.stderr,
        )
        code = 2
    sys.exit(code)


if __name__ == "__main__":
    main()
