"""Spanish words of totals and their parts across sentences, places and measures.

Part of the Spanish lexicon (``sitecheck.lang.es``), kept apart only for its length.
"""

from __future__ import annotations

SUM_WORDS: dict[str, object] = dict(
    nationwide_words=(
        "en todo el país", "en el conjunto del país", "a nivel nacional", "en todo el territorio",
        "a escala nacional",
    ),  # fmt: skip
    shortfall_words=("por debajo de", "por debajo del"),
    since_preps=("desde",),
    dwelling_places=(
        "campamento", "campamentos", "sitio", "sitios", "asentamiento", "asentamientos",
        "zona urbana", "zonas urbanas", "zona rural", "zonas rurales", "área urbana",
        "áreas urbanas", "comunidades de acogida", "familias de acogida", "albergues",
        "centros colectivos",
    ),
    outside_preps=("fuera",),
    compass_words=(
        "norte", "sur", "oeste", "noreste", "noroeste", "sureste", "suroeste", "oriente",
        "occidente", "septentrional", "septentrionales", "meridional", "meridionales", "oriental",
        "orientales", "occidental", "occidentales",
    ),  # fmt: skip
    additive_units=(
        "toneladas", "tonelada", "tm", "kg", "kilos", "kilogramos", "litros", "hectáreas",
    ),  # fmt: skip
    toward_preps=("hacia", "a", "para", "con destino a"),
    route_words=(
        "por mar", "por tierra", "por aire",
        "por vía marítima", "por vía terrestre", "por vía aérea",
    ),
    further_leads=("otros", "otras"),
    further_tails=(),
    counted_openers=("en conjunto", "en total", "sumadas", "sumados", "juntas", "juntos"),
    split_verbs=("divide", "dividió", "desglosa", "desglosó", "reparte", "repartió"),
    split_into=("en", "entre"),
    summing_openers=("en total", "en conjunto", "en suma"),
    broad_groups=("afectadas", "afectados", "damnificadas", "damnificados"),
    need_words=("necesitan", "necesita", "requieren", "en necesidad", "meta", "focalizadas"),
)
