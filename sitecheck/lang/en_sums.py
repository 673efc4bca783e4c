"""English words of totals and their parts across sentences, places and measures.

Part of the English lexicon (``sitecheck.lang.en``), kept apart only for its length.
"""

from __future__ import annotations

SUM_WORDS: dict[str, object] = dict(
    total_after_parts=("a total of", "in total", "totalling", "totaling"),
    total_after_leads=("for", "with", "reaching"),
    in_total=(
        "in total", "a total of", "total", "overall", "altogether", "all told", "grand total",
    ),  # fmt: skip
    label_below_totals=("combined",),
    nationwide_words=(
        "nationwide", "countrywide", "across the country", "throughout the country",
        "in the whole country", "in the country as a whole", "at national level",
    ),  # fmt: skip
    shortfall_words=("short of",),
    since_preps=("from", "since"),
    dwelling_places=(
        "camp", "camps", "site", "sites", "settlement", "settlements", "urban area",
        "urban areas", "rural area", "rural areas", "host community", "host communities",
        "host families", "collective centres", "collective centers", "collective sites",
    ),
    outside_preps=("outside", "out of"),
    compass_words=(
        "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "north-east", "north-west", "south-east", "south-west", "northeast", "northwest",
        "southeast", "southwest", "north-eastern", "north-western", "south-eastern",
        "south-western",
    ),  # fmt: skip
    additive_units=(
        "tonnes", "tons", "tonne", "ton", "mt", "kg", "kilograms", "kilos", "litres", "liters",
        "hectares", "acres",
    ),  # fmt: skip
    toward_preps=("to", "towards", "toward", "for"),
    route_words=("overland", "by sea", "by land", "by air", "by boat", "by road"),
    further_leads=("a further", "another", "an additional"),
    further_tails=(),
    counted_openers=("combined", "together", "taken together", "in total", "altogether", "in all"),
    split_verbs=("divides", "divided", "splits", "split", "breaks down", "broke down"),
    split_into=("into", "between"),
    summing_openers=("in total", "altogether", "all told", "in all"),
    broad_groups=("affected", "impacted"),
    need_words=(
        "in need", "need", "needs", "targeted", "targets", "target", "require", "requires",
        "required",
    ),
)
