"""What a read table is: the roles of its rows and columns, and the relations it states."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sitecheck.document import Table
from sitecheck.extract.quantities import Quantity
from sitecheck.interval import Interval
from sitecheck.lang.messages import say

# A "group" row totals rows it does not name ("Total Sofala"): not checked, not a part.
RowRole = Literal[
    "header", "part", "total", "subtotal", "group", "average", "subitem", "section", "note"
]


# "change": signed figures ("-38,089", "(+146,480)"), never added up, read as sizes in ratios.
ColRole = Literal["label", "figures", "percent", "total", "change", "other"]


@dataclass(frozen=True, slots=True)
class Value:
    """A figure of the table (or an empty cell: unknown, at least zero) with its interval.

    A column header may give its figures a unit the cells do not write ("US$ millions"):
    ``scale`` and ``unit`` carry it, and the interval is in that unit's ones.
    """

    interval: Interval
    quantity: Quantity | None = None
    scale: float = 1.0
    unit: tuple[str, str | None] | None = None
    signed: bool = False  # written with a sign or in brackets: a change, not a count

    @property
    def value(self) -> float:
        return self.quantity.value * self.scale if self.quantity is not None else 0.0

    @property
    def measure(self) -> tuple[str, str | None]:
        if self.unit is not None:
            return self.unit
        return measure(self.quantity) if self.quantity is not None else ("", None)


def measure(q: Quantity) -> tuple[str, str | None]:
    """What a figure measures, as far as adding it up goes: a count and a bare number are one
    ("6.0" and "1.5" in one column), a percentage or an amount of a currency another."""
    return ("number" if q.kind in ("count", "plain") else q.kind, q.currency)


@dataclass
class TableSum:
    """A total cell and the readings of the cells it may total (any one may hold)."""

    total: Value
    readings: list[list[Value]]
    one_way: bool  # a total of people counted once: only "above the sum" is an error
    where: str  # "row “Total”, column “Women”"
    partial: bool = False  # the rows are a selection ("the eight with most"): only "below" is


@dataclass
class TableRatio:
    """A percentage cell and the readings of the two cells it is the ratio of (amount, base):
    any one may hold."""

    percent: Value
    # (amount, base, how): "share" of the base, "gap" (100 less the share), "change" from it
    readings: list[tuple[Value, Value, str]]
    where: str


@dataclass
class TableProduct:
    """A cell that is another times a factor its header states: people = households × 5."""

    result: Value
    amount: Value
    factor: float
    where: str


@dataclass
class TableShares:
    percents: list[Value]
    where: str


@dataclass
class ReadTable:
    table: Table
    labels: list[list[str]]  # each cell's text, markup stripped
    values: list[list[Value | None]]  # each cell's figure; None: text, a year, an identifier
    rows: list[RowRole]
    cols: list[ColRole]
    sums: list[TableSum] = field(default_factory=list)
    ratios: list[TableRatio] = field(default_factory=list)
    shares: list[TableShares] = field(default_factory=list)
    products: list[TableProduct] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # why something was not checked
    # Percentages in brackets after a cell's figure ("1,348 (64%)"), by column and row.
    brackets: dict[int, list[Value | None]] = field(default_factory=dict)
    # Figures of the caption above the table ("Plan funding received: US$198.4m"): the whole
    # a column of shares may be of when the table has no Total row.
    caption: list[Value] = field(default_factory=list)
    flags: dict[str, bool] = field(default_factory=dict)  # facts of the whole table, read once

    def row_label(self, r: int) -> str:
        """The words of a row's label cells ("" for a row without any)."""
        texts = [self.labels[r][c] for c, role in enumerate(self.cols) if role == "label"]
        return " ".join(t for t in texts if t)

    def col_label(self, c: int) -> str:
        """The words of a column's header cells ("" for a column without any)."""
        heads = []
        for r, role in enumerate(self.rows):
            if role != "header":
                break  # header lines lead the table
            heads.append(self.labels[r][c])
        return " ".join(h for h in heads if h)

    def row_name(self, r: int) -> str:
        """How a message names a row: row “Sofala”, or row 3 (counted from the table's top), in
        the language of the messages."""
        label = self.row_label(r)
        return say("table.row", label=label) if label else say("table.row_n", n=r + 1)

    def col_name(self, c: int) -> str:
        head = self.col_label(c)
        return say("table.column", label=head) if head else say("table.column_n", n=c + 1)

    def cell_name(self, r: int, c: int) -> str:
        return f"{self.row_name(r)}, {self.col_name(c)}"
