"""The word classes of a lexicon that read funding and tables (see ``base``, which declares the
others and how a lexicon is written)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

Words = tuple[str, ...]


@dataclass(frozen=True, eq=False)
class FundingTableWords:
    """Words of funding (requirements, received, coverage, balances) and of tables (totals,
    headers of rates and shares, scales)."""

    # --- funding -------------------------------------------------------------------------------
    funding_labels: Mapping[str, Words] = field(default_factory=dict)  # role -> caption words
    funding_heads: Words = ()  # "FUNDING" heading a share without a role of its own
    funding_before: Mapping[str, Words] = field(default_factory=dict)  # "appeals for $X"
    funding_after: Mapping[str, Words] = field(default_factory=dict)  # "$X received"
    funding_after_aux: Words = ()  # "has been", "fue"
    funding_share_after: Mapping[str, Words] = field(default_factory=dict)  # "31% funded"
    funding_share_of: Words = ()  # "(69 per cent of the appeal)"
    funding_share_before: Mapping[str, Words] = field(default_factory=dict)  # "funded at 45%"
    # "a shortfall of $6M for the next six months": an amount for a coming period, not the plan's.
    funding_ahead: Words = ()
    funding_share_link: Words = ()  # "…, or 42.7 percent of requirements"
    # "- The appeal requires $352.7M … / - The plan was 56% funded": two list items that both
    # name the plan state one funding.
    funding_plan_nouns: Words = ()
    # "The cost of a full response is estimated at $38M": the cost of the response, valued, is
    # what it requires ("losses estimated at $40M" are no requirement).
    funding_costs: Words = ()  # "cost", "coût"
    funding_cost_of: Words = ()  # "response", "plan": what the cost is of
    funding_valued: Words = ()  # "estimated at", "évalué à", "is"
    # "Of the CHF 187,650 released, CHF 142,318 was used; the unspent balance of CHF 45,332 …":
    # what was spent of an amount and what is left of it add up to it.
    spent_words: Words = ()  # "spent", "used", "utilizados": after (or right before) the amount
    balance_words: Words = ()  # "unspent balance of", "saldo de": right before the amount left
    budget_labels: Words = ()  # "Operation budget:": the amount a later balance is left of
    # "US$12.1 million carried over and US$126.1 million in new contributions": funds brought
    # from the year before and those of the year, together all the funds available.
    carried_over_words: Words = ()
    new_funds_words: Words = ()
    # "743 incidents were logged: a. 721 floods …; b. nine drownings …": a whole of events takes
    # items of any noun, its kinds (relations/lettered_items.py).
    event_nouns: Words = ()

    # --- tables --------------------------------------------------------------------------------
    table_totals: Words = ()  # a row or column label that totals the others: "Total", "Grand total"
    table_subtotals: Words = ()  # "Sub-total", "Subtotal"
    table_averages: Words = ()  # a last row that is no total: "Average", "Median"
    table_subitems: Words = ()  # a row inside the row above: "of which", "incl."
    table_empty: Words = ()  # a cell that states no figure: "-", "n/a", "s/d"
    # A header's scale: its figures are that many units, rounded ("('000)", "US$ millions").
    table_scales: Mapping[str, float] = field(default_factory=dict)
    table_percents: Words = ()  # a header of percentages without the sign: "percent", "CFR"
    table_shares: Words = ()  # a header of shares of a column's total: "% of total", "share"
    table_numerators: Words = ()  # a header of what a ratio counts: "reached", "funded", "deaths"
    table_denominators: Words = ()  # … and of what it is a share of: "target", "required", "cases"
    table_variation: Words = ()  # a column of changes between two others: "% change"
    table_rates: Words = ()  # a column that does not add up: "Incidence rate", "Average size"
    table_before: Words = ()  # a column of amounts before a change: "Current budget"
    table_increase: Words = ()  # … the change: "Increase"
    table_after: Words = ()  # … and after it: "Revised budget"
    table_selection: Words = ()  # rows that are a selection: "top 10", "most affected"
    table_once: Words = ()  # a note that people are counted once: "counted only once"
    sector_names: Words = ()  # rows of sectors: their people total is deduplicated
