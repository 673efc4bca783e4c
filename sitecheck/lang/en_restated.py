"""English words of restatements: stamps of a stock, the areas a figure spreads over and the
endings of one verb's forms.

Part of the English lexicon (``sitecheck.lang.en``), kept apart only for its length.
"""

from __future__ import annotations

RESTATED_WORDS: dict[str, object] = dict(
    component_headings=(
        "strategic outcome",
        "strategic objective",
        "specific objective",
        "activity",
        "pillar",
        "outcome",
        "output",
        "result area",
    ),
    as_of_leads=("as of", "as at", "by"),
    extent_leads=("in", "across", "throughout"),
    area_nouns=(
        "district", "districts", "province", "provinces", "region", "regions", "state", "states",
        "department", "departments", "municipality", "municipalities", "county", "counties",
        "governorate", "governorates", "village", "villages", "commune", "communes",
        "community", "communities", "locality", "localities",
    ),
    verb_endings=("e", "ed", "es", "ing", "s"),
    count_subjects=(
        "number", "numbers", "total", "totals", "toll", "count", "tally", "figure", "figures",
        "caseload", "displacement", "population", "sum",
    ),
    # one noun phrase in other words ("people displaced", "people forced from their homes")
    restated_synonyms=(
        (
            "displaced", "forced from their homes", "forced to flee their homes",
            "forced to leave their homes", "driven from their homes", "uprooted",
            "who fled their homes", "who were forced to flee their homes",
        ),
        (
            "idps", "internally displaced people", "internally displaced persons",
            "people internally displaced", "persons internally displaced",
        ),
        ("refugees and migrants", "migrants and refugees"),
        (
            "in need", "in need of assistance", "in need of humanitarian assistance",
            "in need of humanitarian aid", "requiring humanitarian assistance",
            "needing humanitarian assistance", "who need humanitarian assistance",
        ),
        ("reached", "assisted"),
        ("affected", "impacted"),
        ("injured", "wounded"),
    ),
    # one verb for the deaths of a key line ("19 people dead", "19 people died")
    death_verbs=("died", "perished"),
)  # fmt: skip
