"""A Word table as rows of cell texts, one per grid column.

A cell merged across columns (``gridSpan``) keeps its text in its first column and leaves the
others empty; a cell merged down (``vMerge``) keeps it in its first row: a merged figure is then
counted once, as the table shows it. Nested tables are read as their cells' text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitecheck.readers import markup as m


def table_rows(tbl: Any, paragraph: Callable[[Any], str]) -> list[list[str]]:
    """Each row's cell texts (pipes escaped, line breaks made spaces); rows shorter than the
    widest are padded when they are written."""
    rows: list[list[str]] = []
    for tr in tbl.iterchildren(m.TR):
        cells: list[str] = []
        for tc in tr.iterchildren(m.TC):
            props = tc.find(m.CELL_PROPERTIES)
            span, continued = 1, False
            if props is not None:
                grid = props.find(m.GRID_SPAN)
                if grid is not None:
                    value = grid.get(m.VAL) or "1"
                    span = min(int(value), 64) if value.isdigit() and value != "0" else 1
                merge = props.find(m.VMERGE)
                continued = merge is not None and merge.get(m.VAL) != m.RESTART_VALUE
            text = "" if continued else _cell_text(tc, paragraph)
            cells.append(text)
            cells.extend("" for _ in range(span - 1))
        if cells:
            rows.append(cells)
    return rows


def _cell_text(tc: Any, paragraph: Callable[[Any], str]) -> str:
    texts = [paragraph(p).strip() for p in tc.iter(m.P)]
    joined = " ".join(t for t in texts if t)
    return " ".join(joined.split()).replace("|", "\\|")
