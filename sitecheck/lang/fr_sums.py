"""French words of totals and their parts across sentences, places and measures.

Part of the French lexicon (``sitecheck.lang.fr``), kept apart only for its length.
"""

from __future__ import annotations

SUM_WORDS: dict[str, object] = dict(
    nationwide_words=(
        "dans tout le pays", "dans l'ensemble du pays", "sur l'ensemble du pays",
        "au niveau national", "à l'échelle nationale", "sur tout le territoire",
    ),  # fmt: skip
    shortfall_words=("en deçà de", "en deçà du", "en dessous de", "en dessous du"),
    since_preps=("depuis",),
    dwelling_places=(
        "camp", "camps", "site", "sites", "zone urbaine", "zones urbaines", "zone rurale",
        "zones rurales", "milieu urbain", "milieu rural", "communauté d'accueil",
        "communautés d'accueil", "familles d'accueil", "centres collectifs",
    ),
    outside_preps=("hors", "en dehors"),
    compass_words=(
        "nord", "sud", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest",
        "septentrional", "septentrionale", "septentrionales", "septentrionaux", "méridional",
        "méridionale", "méridionales", "méridionaux", "oriental", "orientale", "orientales",
        "orientaux", "occidental", "occidentale", "occidentales", "occidentaux",
    ),  # fmt: skip
    additive_units=("tonnes", "tonne", "kg", "kilos", "kilogrammes", "litres", "hectares"),
    toward_preps=("vers", "à", "pour", "à destination de"),
    route_words=(
        "par mer", "par voie maritime", "par voie terrestre",
        "par voie aérienne", "par la mer", "par terre",
    ),
    further_leads=(),
    further_tails=("autres",),
    counted_openers=("au total", "en tout", "ensemble", "cumulées", "cumulés"),
    split_verbs=("divise", "a divisé", "répartit", "a réparti", "ventile", "a ventilé"),
    split_into=("en", "entre"),
    summing_openers=("au total", "en tout", "au cumul"),
    broad_groups=("touchées", "touchés", "affectées", "affectés", "sinistrées", "sinistrés"),
    need_words=(
        "ont besoin", "a besoin", "dans le besoin", "ciblées", "ciblés", "cible", "requis",
        "nécessitent",
    ),
)
