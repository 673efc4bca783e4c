"""The command line: a thin typer shell over the library.

Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage or input error.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from sitecheck.config import FAIL_ON
from sitecheck.errors import SitecheckError, error_line
from sitecheck.escape import escape_controls, json_safe
from sitecheck.reporters import FORMATS

app = typer.Typer(
    help="Lint humanitarian situation reports for figures that do not agree with each other.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


# The choices come from the one place that defines them, shared with the fast start.
OutputFormat = Enum("OutputFormat", {v: v for v in FORMATS}, type=str)  # type: ignore[misc]
FailOn = Enum("FailOn", {v: v for v in FAIL_ON}, type=str)  # type: ignore[misc]


class ExtractFormat(str, Enum):
    table = "table"
    json = "json"


def _fail(message: str) -> None:
    typer.echo(error_line(message), err=True)
    raise typer.Exit(2)


def _console():  # noqa: ANN202 - rich is imported only when printing
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


# The longer options of `check`, named here so that the command reads as a list of options.
_Paths = Annotated[
    list[str] | None,
    typer.Argument(help="Report files, folders or globs (default: the current folder)."),
]
_Format = Annotated[
    OutputFormat | None,
    typer.Option(
        "--format", "-f",
        help="Output format (default: the configuration's, else text); auto is github inside "
        "GitHub Actions; html is a page to open in a browser.",
    ),
]  # fmt: skip
_Output = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write the output to this file (e.g. report.html)."),
]
_Jobs = Annotated[
    int,
    typer.Option(min=0, help="Check this many files at once, in processes (0: one per core)."),
]
_Tables = Annotated[
    list[str] | None,
    typer.Option("--table", help="NAME=PATH: a companion table for the packs (repeatable)."),
]
_StdinName = Annotated[
    str | None,
    typer.Option(help="Name of the report read from '-' (its suffix chooses the reader)."),
]
_Statistics = Annotated[
    bool, typer.Option("--statistics", help="Count the findings of each rule instead.")
]


@app.command()
def check(
    paths: _Paths = None,
    output_format: _Format = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(help="Lowest severity that makes the exit code 1 (default: error)."),
    ] = None,
    select: Annotated[
        list[str] | None, typer.Option(help="Run only these rules (a,b or repeated).")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(help="Skip these rules (a,b or repeated).")
    ] = None,
    decimal_mark: Annotated[
        str | None, typer.Option(help="Decimal mark of the reports ('.' or ','); guessed if unset.")
    ] = None,
    language: Annotated[
        str | None,
        typer.Option(help="Language of the reports (en, es, fr, pt); guessed if unset."),
    ] = None,
    message_language: Annotated[
        str | None,
        typer.Option(help="Language of the messages: auto (the report's), en, es, fr, pt."),
    ] = None,
    baseline: Annotated[
        Path | None, typer.Option(help="Hide the findings recorded in this baseline file.")
    ] = None,
    write_baseline: Annotated[
        Path | None, typer.Option(help="Record today's findings in this file, then exit 0.")
    ] = None,
    jobs: _Jobs = 1,
    rules: Annotated[
        list[str] | None, typer.Option("--rules", help="A YAML rule pack (repeatable).")
    ] = None,
    table: _Tables = None,
    stdin_filename: _StdinName = None,
    statistics: _Statistics = False,
    output: _Output = None,
) -> None:
    """Check reports and print the findings ('-' reads one from standard input)."""
    from sitecheck.commands import CheckOptions, run_check
    from sitecheck.exits import outcome

    opts = CheckOptions(
        paths=paths or ["."],
        output_format=output_format.value if output_format is not None else None,
        fail_on=fail_on.value if fail_on is not None else None,
        select=select,
        ignore=ignore,
        decimal_mark=decimal_mark,
        language=language,
        message_language=message_language,
        baseline=baseline,
        write_baseline=write_baseline,
        jobs=jobs,
        rules=rules or [],
        table=table or [],
        stdin_filename=stdin_filename,
        statistics=statistics,
        output=output,
    )
    raise typer.Exit(outcome(lambda: run_check(opts)))


@app.command()
def init(
    force: Annotated[bool, typer.Option(help="Overwrite an existing sitecheck.toml.")] = False,
) -> None:
    """Write a commented starter sitecheck.toml in the current folder."""
    from sitecheck.commands import write_starter

    try:
        write_starter(Path("sitecheck.toml"), force)
    except SitecheckError as exc:
        _fail(str(exc))
    typer.echo("Wrote sitecheck.toml; edit it to choose rules, severities and excludes.")


@app.command()
def extract(
    path: Annotated[str, typer.Argument(help="A report file.")],
    output_format: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExtractFormat.table,
    decimal_mark: Annotated[str | None, typer.Option(help="Decimal mark ('.' or ',').")] = None,
    language: Annotated[
        str | None, typer.Option(help="Language of the report (en, es, fr, pt).")
    ] = None,
    text: Annotated[
        bool,
        typer.Option("--text", help="Show the text sitecheck reads (lines and columns are in it)."),
    ] = False,
) -> None:
    """Show the figures, lists, footnotes, links and period found in a report."""
    from sitecheck.api import extract_file
    from sitecheck.commands import guarded
    from sitecheck.inventory import inventory

    if text:
        _show_text(path)
        return
    try:
        facts = guarded(
            path, extract_file, path, decimal_mark=decimal_mark, language=language
        )
    except SitecheckError as exc:
        _fail(str(exc))
        return
    from sitecheck.relations_view import annotate, relations

    items, found = inventory(facts), relations(facts)
    annotate(items, found)
    if output_format is ExtractFormat.json:
        data = {"path": path, "items": items, "relations": found}
        typer.echo(json_safe(json.dumps(data, ensure_ascii=False, indent=2)))
        return
    from sitecheck.extract_view import show

    show(_console(), path, items, found)


def _show_text(path: str) -> None:
    """The read text of a report, as it is (a Word, PDF or HTML file's rendered as Markdown)."""
    from sitecheck.commands import guarded
    from sitecheck.escape import escape_controls
    from sitecheck.readers import read_document

    try:
        doc = guarded(path, read_document, path)
    except SitecheckError as exc:
        _fail(str(exc))
        return
    for line in doc.text.split("\n"):
        typer.echo(escape_controls(line))


@app.command("rules")
def list_rules(
    packs: Annotated[
        list[str] | None, typer.Option("--rules", help="Also list the rules of this pack.")
    ] = None,
) -> None:
    """List the built-in rules (and those of rule packs)."""
    from sitecheck.checks.registry import RULES

    for rule_id in RULES:  # the table rules that packs make included
        info = RULES[rule_id]
        typer.echo(f"{rule_id:<22} {info.severity.value:<8} {info.summary}")
    if packs:
        from sitecheck.packs.loader import load_packs

        try:
            loaded = load_packs(packs)
        except SitecheckError as exc:
            _fail(str(exc))
            return
        from sitecheck.packs.describe import summary

        width = max([22, *(len(r.id) + 1 for pack in loaded for r in pack.spec.rules)])
        for pack in loaded:
            for rule in pack.spec.rules:
                line = f"{rule.id:<{width}} {rule.severity:<8} [{pack.id}] {summary(rule)}"
                typer.echo(escape_controls(line))


@app.command()
def explain(
    rule: Annotated[str, typer.Argument(help="A rule id, e.g. sum-mismatch.")],
    packs: Annotated[
        list[str] | None, typer.Option("--rules", help="Also explain the rules of this pack.")
    ] = None,
) -> None:
    """Explain what a rule checks, with examples (a pack's rules with --rules)."""
    from sitecheck.checks import registry

    if rule in registry.RULES:
        from sitecheck.rule_pages import page_path, page_url

        info = registry.RULES[rule]
        typer.echo(f"{rule} ({info.severity.value})\n")
        typer.echo(registry.explain(rule))
        typer.echo(f"\nPage: {page_path(rule)} ({page_url(rule)})")
        return
    found = _pack_rule(rule, packs or [])
    if found is None:
        from sitecheck.rule_names import unknown_rule

        known = [*registry.RULES, *_pack_rule_ids(packs or [])]
        _fail(unknown_rule(rule, known))
        return
    from sitecheck.packs.describe import explain as explain_pack_rule

    for line in explain_pack_rule(*found).split("\n"):
        typer.echo(escape_controls(line))


def _loaded_packs(paths: list[str]) -> list[Any]:
    if not paths:
        return []
    from sitecheck.packs.loader import load_packs

    try:
        return load_packs(paths)
    except SitecheckError as exc:
        _fail(str(exc))
        return []


def _pack_rule_ids(paths: list[str]) -> list[str]:
    return [r.id for pack in _loaded_packs(paths) for r in pack.spec.rules]


def _pack_rule(rule: str, paths: list[str]) -> tuple[Any, Any] | None:
    """The pack and the rule spec of a pack rule id."""
    for pack in _loaded_packs(paths):
        for spec in pack.spec.rules:
            if spec.id == rule:
                return pack, spec
    return None


def _version(value: bool) -> None:
    if value:
        from sitecheck import __version__

        typer.echo(f"sitecheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Lint humanitarian situation reports for figures that do not agree with each other."""


def run_app(argv: list[str] | None = None) -> int:
    """Run a command; a usage error is one line on standard error and exit code 2."""
    # typer carries its own copy of click: its usage error is the one to catch.
    from typer._click.exceptions import UsageError
    from typer.exceptions import Abort

    try:
        code = app(args=argv, standalone_mode=False)
    except UsageError as exc:
        ctx = exc.ctx
        command = f"sitecheck {ctx.info_name}" if ctx and ctx.parent else "sitecheck"
        message = exc.format_message().rstrip(".")
        typer.echo(error_line(f"{message} (see '{command} --help')"), err=True)
        return 2
    except Abort:
        raise KeyboardInterrupt from None
    return code if isinstance(code, int) else 0


def main() -> None:
    from sitecheck.exits import outcome

    sys.exit(outcome(run_app))


if __name__ == "__main__":
    main()
