"""What ``sitecheck extract`` prints as text: the figures, lists, footnotes, links and period
found, the relations between figures (sitecheck.relations_view), and each table read for its
arithmetic."""

from __future__ import annotations

from typing import Any

from sitecheck.escape import escape_controls


def show(console: Any, path: str, items: list[dict[str, Any]], found: list[dict[str, Any]]) -> None:
    _print_items(console, path, items)
    _print_relations(console, found)
    for it in items:
        if it["kind"] == "table":
            _print_table(console, it)


def _print_items(console: Any, path: str, items: list[dict[str, Any]]) -> None:
    """The figures, lists, footnotes, links and period, one a row."""
    from rich.table import Table

    table = Table(title=_plain(f"What sitecheck found in {path}"))
    for col in ("line:col", "kind", "text", "value", "interval", "tag / details"):
        table.add_column(col, overflow="fold")
    for it in items:
        if it["kind"] == "table":
            it = {**it, "text": f"{len(it['rows'])} rows × {len(it['columns'])} columns"}
        details = it.get("tag") or ", ".join(
            f"{k}={it[k]}"
            for k in ("qualifier", "currency", "count", "stated_count", "marker", "target")
            if it.get(k) is not None
        )
        if it.get("relations"):
            details = ", ".join(
                [d for d in (details,) if d] + ["in: " + ", ".join(it["relations"])]
            )
        interval = it.get("interval")
        table.add_row(
            f"{it['line']}:{it['column']}",
            it["kind"],
            _plain(it["text"] if len(it["text"]) <= 60 else it["text"][:59] + "…"),
            it.get("shown", ""),
            ""
            if interval is None or it["kind"] == "number"
            else f"{_end(interval[0], '-∞', it)} – {_end(interval[1], '∞', it)}",
            _plain(details),
        )
    console.print(table)


def _print_relations(console: Any, found: list[dict[str, Any]]) -> None:
    """The relations between figures: what the rules check (see sitecheck.relations_view)."""
    from rich.table import Table

    from sitecheck.relations_view import reading

    table = Table(title="Relations between figures", title_justify="left")
    for col in ("line:col", "relation", "how", "figures"):
        table.add_column(col, overflow="fold")
    for r in found:
        table.add_row(f"{r['line']}:{r['column']}", r["kind"], _plain(r["how"]), _plain(reading(r)))
    console.print(table)


def _print_table(console: Any, it: dict[str, Any]) -> None:
    """A table read for its arithmetic: each row's and column's role, and what was checked."""
    from rich.table import Table

    cols = ", ".join(f"{c['header']} ({c['role']})" for c in it["columns"])
    grid = Table(
        title=_plain(f"Table at line {it['line']} ({it['source']}): {cols}"), title_justify="left"
    )
    for col in ("line", "row role", "label"):
        grid.add_column(col, overflow="fold")
    for row in it["rows"]:
        grid.add_row(str(row["line"]), row["role"], _plain(row["label"]))
    console.print(grid)
    for line in it["checks"]:
        console.print(_plain(f"  checked {line}"), markup=False, highlight=False)
    for line in it["notes"]:
        console.print(_plain(f"  not checked: {line}"), markup=False, highlight=False)


def _plain(text: str):  # noqa: ANN202 - rich is imported only when printing
    """Report text as a table cell: never read as rich markup, control characters escaped."""
    from rich.text import Text

    return Text(escape_controls(text))


def _end(value: float | None, infinite: str, item: dict[str, Any]) -> str:
    """An end of a figure's interval, in the report's notation (inventory's shown_interval)."""
    ends = item.get("shown_interval") or ["", ""]
    return infinite if value is None else ends[0 if infinite == "-∞" else 1]
