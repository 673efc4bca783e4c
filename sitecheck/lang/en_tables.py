"""English table words: what labels, headers and captions of a report's tables say.

Part of the English lexicon (``sitecheck.lang.en``), kept apart only for its length.
"""

from __future__ import annotations

from sitecheck.lang.neutral import NEUTRAL

TABLE_WORDS: dict[str, object] = dict(
    table_totals=("total", "totals", "grand total", "overall total", "overall", "total (all)",
        "all", "estimated total"),
    table_subtotals=("sub-total", "subtotal", "sub total"), table_averages=("average", "mean",
        "median", "avg", "avg."),
    table_subitems=("of which", "o/w", "incl.", "including", "among them", "of whom"),
    table_empty=(*NEUTRAL.table_empty, "nil", "none", "not available", "tbc", "tbd"),
    table_scales={**NEUTRAL.table_scales, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
        "mn": 1e6, "m": 1e6, "bn": 1e9, "million": 1e6, "billion": 1e9, "thousand": 1e3},
    table_percents=("relative frequency", "rel. freq.", "percent", "pct", "per cent",
        "percentage", "CFR", "case fatality rate"),
    table_shares=("% of total", "% of the total", "share", "proportion", "% share", "distribution",
        "percentage of total", "% of all"),
    table_numerators=("available", "funds available", "reached", "achieved", "assisted", "served",
        "covered", "funded", "funding received", "received", "deaths", "dead", "fatalities",
        "vaccinated", "delivered", "distributed", "enrolled", "treated", "admitted",
        "contributions", "paid", "disbursed", "result", "results", "actual", "progress",
        "achievement"),
    table_denominators=("needed", "need", "needs", "target", "targets", "targeted", "planned",
        "required", "requirement", "requirements", "requested", "appeal", "budget", "cases",
        "plan", "goal", "pledged", "total cases", "people targeted"),
    table_variation=("change", "% change", "variation", "growth", "increase (%)", "difference (%)"),
    table_rates=("rate", "ratio", "per", "average", "mean", "median", "incidence", "density",
        "index", "size", "avg"),
    table_before=("current", "previous", "initial", "original", "before"), table_increase=(
        "increase", "additional", "addition", "top-up"),  # before + increase = after
    table_after=("revised", "new", "updated", "after", "final"),
    table_selection=("top", "main", "largest", "leading", "selected", "highest", "biggest",
        "most affected", "with the most", "with most"),
    table_once=("counted once", "counted only once", "not double counted", "double counting",
        "double-counting", "unique beneficiaries", "may not add up", "does not add up",
        "do not add up", "not cumulative", "cannot be added", "overlap", "overlaps"),
    sector_names=("health", "wash", "water, sanitation and hygiene", "protection", "education",
        "food security", "food security and livelihoods", "shelter", "shelter/nfi", "nfi",
        "shelter and nfi", "nutrition", "cccm", "camp coordination and camp management", "gbv",
        "logistics", "early recovery", "livelihoods", "child protection", "mine action",
        "gender-based violence", "multi-purpose cash", "mpc", "cash", "integration", "food",
        "emergency telecommunications", "humanitarian transport", "coordination", "multisector",
        "multi-sector", "agriculture"),
    # In a caption or before the shares, these make percentages rates within each group.
    rate_nouns=("rate", "rates", "coverage", "prevalence", "incidence", "literacy", "attendance",
        "enrolment", "enrollment", "positivity", "uptake"),
)
