"""Which figures state the same quantity twice (sitecheck.extract.restatements).

The passing fixtures of restated-mismatch only prove something when their figures are paired:
these tests hold that the pairing finds box captions, labels and "Of the N" restatements, and
that it abstains on another verb, place, period, a series or a one-word noun.
"""

from __future__ import annotations

import pytest

from sitecheck import check_text
from sitecheck.extract.restatements import restated_interval


def pairs(text: str) -> list[tuple[str, str, str]]:
    facts = check_text(text, select=[]).facts
    assert facts is not None
    return [(r.first.text, r.second.text, r.second_words) for r in facts.restatements]


BOX_BELOW = "KEY FIGURES\n23.5K\npeople displaced\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A box caption below its figure, against the body: paired although they agree.
        (
            BOX_BELOW + "The floods have left 23,480 people displaced.",
            [("23.5K", "23,480", "people displaced")],
        ),
        # Captions above their figures (the box ends on a figure).
        (
            "PEOPLE IN NEED\n1.2M\nPEOPLE TARGETED\n800K\n\nThe drought has left 1,215,000 people in need.",
            [("1.2M", "1,215,000", "people in need")],
        ),
        # A label before a colon.
        (
            "People in need: 840K\n\nOf the 840,000 people in need, 190,000 are children.",
            [("840K", "840,000", "people in need")],
        ),
        # Auxiliaries are left out: "were displaced" restates "displaced".
        (BOX_BELOW + "Some 23,500 people were displaced by the floods.", []),
        (
            BOX_BELOW + "Some 23,500 people were displaced.",
            [("23.5K", "23,500", "people were displaced")],
        ),
        # "most of them" after the figure refers to it: no part of another figure.
        (
            BOX_BELOW + "The floods have left 23,480 people displaced, most of them in schools.",
            [("23.5K", "23,480", "people displaced")],
        ),
        # A section restates the overview above it.
        (
            "# Floods\n\n## Overview\n\nThe floods have left 23,500 people displaced.\n\n"
            "## Shelter\n\nThe floods have left 23,480 people displaced.",
            [("23,500", "23,480", "people displaced")],
        ),
        # Three statements, one outlier: the outlier against the first of the others.
        (
            BOX_BELOW
            + "The floods have left 23,480 people displaced. Rains have left 32,480 people displaced.",
            [("23.5K", "32,480", "people displaced")],
        ),
    ],
)
def test_restatements_are_paired(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # One word says too little: the verb tells what "people" are.
        "The floods affected 30,000 people.\n\nThe cash programme reached 25,000 people.",
        # Another verb: reached is not in need.
        "People in need: 1.2M\n\nPartners reached 410,000 people in need.",
        # Another place, named in the sentence or in the heading above.
        BOX_BELOW + "Rains hit Dadu hardest. In Dadu, the floods have left 9,800 people displaced.",
        "Rains hit Beni and Pando.\n\n"
        + BOX_BELOW
        + "## Beni\n\nThe floods have left 9,400 people displaced.",
        # Another period, or new figures.
        BOX_BELOW + "In 2022, the floods left 31,000 people displaced.",
        BOX_BELOW + "Since the last update, the rains have left 2,100 people displaced.",
        # A series: one list, one sentence, one box.
        "- 1,250 people received filters\n- 1,530 people received filters",
        "Estimates differ: 25,300 people displaced; 18,900 people displaced.",
        "23.5K\npeople displaced\n19.2K\npeople displaced",
        # Inside a parenthesis: a part.
        "Some 19,600 people received kits (4,600 people received kits in host communities).",
        # Two sections, one per department, even without a place the report names elsewhere;
        # in plain text, a short line alone heads a section.
        "# Floods\n\n## Sindh\n\nThe floods left 25,000 people displaced.\n\n"
        "## Punjab\n\nThe floods left 12,000 people displaced.",
        "Sindh\n\nThe floods left 25,000 people displaced.\n\n"
        "Punjab\n\nThe floods left 12,000 people displaced.",
        # A fronted phrase scopes the figure; "among them" makes it a part; "nationwide".
        "In camps, 12,000 people displaced. Outside camps, 8,000 people displaced.",
        BOX_BELOW + "The floods hit the province. Among them, 9,800 people displaced.",
        BOX_BELOW + "Nationwide, there are 120,000 people displaced.",
        # Three values that do not agree: a series, not a restatement.
        BOX_BELOW
        + "The floods left 31,000 people displaced. Rains have left 9,800 people displaced.",
        # "37,595 in Beni": no noun after the figure.
        "An estimated 96,397 people (37,595 in Beni). Of them, 12,000 in Beni were evacuated.",
    ],
)
def test_figures_that_only_look_alike_are_not_paired(text: str) -> None:
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "figure", "interval"),
    [
        ("25,000 people displaced", "25,000", (24500, 25500)),  # a round figure may be rounded
        ("2,500 people displaced", "2,500", (2450, 2550)),
        ("2,480 people displaced", "2,480", (2480, 2480)),  # tens: exact
        ("23.5K people displaced", "23.5K", (23450, 23550)),  # its scale already rounds it
        ("over 20,000 people displaced", "20,000", (20000, float("inf"))),  # qualifiers rule
    ],
)
def test_restated_interval(text: str, figure: str, interval: tuple[float, float]) -> None:
    facts = check_text(text, select=[]).facts
    assert facts is not None
    q = next(q for q in facts.numbers if q.text == figure)
    iv = restated_interval(q)
    assert (iv.lo, iv.hi) == interval
