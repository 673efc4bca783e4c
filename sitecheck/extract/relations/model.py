"""The relations between figures that a report's wording states, as typed records."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sitecheck.extract.quantities import Quantity

# How a breakdown was written: "N (a, b and c)", "Name (n) and Name (n)", "of whom a and b",
# "Of these, …", "Of the N …, a … b", bullet items then "In total N", a headline then its places,
# amounts whose stated shares add up to 100, a count then its parts by how people moved.
BreakdownKind = Literal[
    "parenthesis",
    "labels",
    "connector",
    "of-these",
    "of-the",
    "in-total",
    "colon",
    "difference",
    "place-split",
    "shares",
    "modes",
]
# How a part was tied to its whole: a relative connector that refers back to the whole's noun
# ("of whom"), an inclusive one ("including"), "of these", "of the N", "out of N", a parenthesis.
# A running total after its increment ("bringing the total to").
PartKind = Literal[
    "relative", "inclusive", "of-these", "of-the", "out-of", "parenthesis", "running"
]
# Parts of a whole that refer back to the whole's own noun, whatever the part's noun says.
REFERS_BACK: frozenset[PartKind] = frozenset(
    {"relative", "of-these", "of-the", "out-of", "running"}
)


@dataclass
class Breakdown:
    """A total and the parts the wording says make it up."""

    total: Quantity
    parts: list[Quantity]
    kind: BreakdownKind
    exhaustive: bool = True
    one_way: bool = False  # only "parts fall short of the total" is an error
    at_most: bool = False  # only "parts exceed the total" is an error (highlighted subgroups)


@dataclass
class PartOf:
    """A part that cannot exceed its whole."""

    whole: Quantity
    part: Quantity
    kind: PartKind
    cue: str  # the words that tie them, as shown in messages ("of whom", "parenthesis")
    others: list[Quantity] = field(default_factory=list)  # earlier candidate wholes (nesting)


@dataclass
class PercentOf:
    """A percentage of an amount, with the base it is a share of when the text names it."""

    amount: Quantity
    percent: Quantity
    base: Quantity | None = None
    # "40% of these countries (18 countries)": the base is named by its noun, to be found
    # among the figures before.
    base_noun: str | None = None
    # "244 cases reported. • 4 deaths (CFR 1.6%)": the base is named in an earlier sentence;
    # the figures it may be, nearest first (the rule takes the first the share agrees with).
    bases: list[Quantity] = field(default_factory=list)
    sure: bool = True  # whether a share that agrees with none of ``bases`` is surely wrong
    # Unsure, yet the one base the wording leaves ("Five of those loans" after the one figure
    # of loans): a share that disagrees with it is likely wrong (a warning).
    likely: bool = False


@dataclass
class Change:
    """A percentage change stated between two amounts, in text order; which is the earlier
    figure is not decided here."""

    percent: Quantity
    first: Quantity
    second: Quantity
    # Whether the word of change says a fall (True), a rise (False) or leaves it open (None).
    down: bool | None = None
    # Whether the wording marks the first figure as the earlier (True), the second (False), or
    # neither (None: both readings are tried).
    first_earlier: bool | None = None
    # "rose 6 per cent (25 to 31 per cent)": a change of percentages, which may be stated in
    # points as well as relative to the earlier one.
    points: bool = False


@dataclass
class Shares:
    """Percentages of one whole that, together, are all of it."""

    percents: list[Quantity]
    # Whether the wording makes them all of it; a split the lexicon calls two-sided (with hosts
    # or in sites) may leave a third side unsaid: a sum off 100 is then a suspicion.
    sure: bool = True


@dataclass
class Relations:
    breakdowns: list[Breakdown] = field(default_factory=list)
    parts: list[PartOf] = field(default_factory=list)
    percents: list[PercentOf] = field(default_factory=list)
    shares: list[Shares] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)

    def percents_since(self, start: int) -> list[PercentOf]:
        """The percentages already read in the sentence that starts at ``start``, last first:
        sentences are read in order, so theirs are the last ones (a bounded look back, not
        the whole document's)."""
        out = []
        for po in reversed(self.percents):
            if po.percent.span.start < start:
                break
            out.append(po)
        return out

    def percents_from(self, start: int) -> set[int]:
        """Where the percentages of ``percents_since`` stand."""
        return {po.percent.span.start for po in self.percents_since(start)}
