"""English funding words: how a report names what an appeal requires, received and lacks.

Part of the English lexicon (``sitecheck.lang.en``), kept apart only for its length.
"""

from __future__ import annotations

FUNDING_WORDS: dict[str, object] = dict(
    funding_labels={
        "required": (
            "requirement", "requirements", "required", "requested", "appeal", "budget",
            "funding need", "funding needs", "total need", "total needs",
        ),
        "gap": (
            "unmet", "gap", "shortfall", "unfunded", "still needed", "pending", "outstanding",
        ),
        "funded": (
            "funded", "received", "funding received", "financed", "contribution", "contributions",
            "coverage", "covered", "committed", "progress", "funds available",
        ),
    },  # fmt: skip
    funding_heads=("funding",),
    funding_before={
        "required": (
            "target stood at", "target was", "appeal for", "appeals for", "require", "requires",
            "requirement of", "requirements of", "required", "requesting", "requested", "seek",
            "seeks", "needs", "budget of", "asks for", "calls for", "ask for", "call for",
            "requirements stand at", "requirement stands at", "requirements amount to",
            "requirements total", "requirements totalling", "budget is", "budget stands at",
            "budget amounts to", "need",
        ),
        "gap": (
            "gap of", "shortfall of", "still needed", "unmet", "funding gap is",
            "financial gap is", "shortfall stands at", "gap stands at", "shortfall amounts to",
            "gap amounts to", "unmet requirements totalling", "unmet requirements of",
        ),
        "funded": (
            "received", "contribution of", "contributions of", "has been funded with",
            "income reached", "able to mobilize", "secured", "mobilized", "mobilised",
            "funded at", "funded with", "funded to",
        ),
    },  # fmt: skip
    funding_after={
        "funded": (
            "received", "funded", "pledged", "in contributions", "secured", "mobilized",
            "mobilised", "confirmed", "in funding",
        ),
        "required": ("required", "needed", "sought", "requested"),
        "gap": (
            "unmet", "gap", "yet to be raised", "outstanding", "funding shortfall", "still needed",
            "still urgently needed",
            "net funding shortfall", "shortfall",
        ),
    },
    funding_after_aux=(
        "has been", "have been", "had been", "has", "have", "had", "was", "were", "is",
        "remains", "remain",
    ),
    funding_share_after={"funded": ("funded", "financed", "covered"), "gap": ("unfunded",)},
    funding_share_before={
        "funded": ("funded at", "funding rate of", "funding coverage of", "funding level of"),
    },
    funding_share_of=(
        "of the total", "of total", "of the requirements", "of the requirement", "of requirements",
        "of the appeal", "of appeal", "of the target",
    ),
    funding_ahead=(
        "for the next", "over the next", "in the next", "for the coming", "over the coming",
    ),
    funding_share_link=("or", "equal to", "that is", "i.e."),
    funding_plan_nouns=("plan", "appeal"),
    funding_costs=("cost", "costs"),
    funding_cost_of=("response", "plan", "appeal", "operation", "operations", "intervention"),
    funding_valued=(
        "estimated at", "valued at", "put at", "calculated at", "is", "stands at", "amounts to",
    ),
    spent_words=("spent", "used", "utilized", "utilised", "expended"),
    budget_labels=("operation budget", "budget"),
    balance_words=("balance of", "unspent balance of", "remaining balance of", "unused balance of"),
    carried_over_words=(
        "carry-over", "carryover", "carry over", "carried over", "carried forward",
        "brought forward",
    ),
    new_funds_words=("new", "fresh", "this year", "current year"),
    event_nouns=("incidents", "events", "occurrences", "incidences"),
)
