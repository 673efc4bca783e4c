"""Portuguese words of totals and their parts across sentences, places and measures.

Part of the Portuguese lexicon (``sitecheck.lang.pt``), kept apart only for its length.
"""

from __future__ import annotations

SUM_WORDS: dict[str, object] = dict(
    wrapped_scale_words=("mil", "milhões", "milhão", "bilhões", "bilhão"),
    nationwide_words=(
        "em todo o país", "no conjunto do país", "a nível nacional", "em nível nacional",
        "em todo o território",
    ),  # fmt: skip
    shortfall_words=("aquém de", "aquém da", "aquém do", "abaixo de", "abaixo da", "abaixo do"),
    since_preps=("desde",),
    dwelling_places=(
        "campo", "campos", "assentamento", "assentamentos", "área urbana", "áreas urbanas",
        "zona urbana", "zonas urbanas", "área rural", "áreas rurais", "comunidades de acolhida",
        "comunidades de acolhimento", "famílias de acolhida", "abrigos", "centros coletivos",
    ),
    outside_preps=("fora",),
    all_words=("todos", "todas"),
    compass_words=(
        "norte", "sul", "leste", "oeste", "nordeste", "noroeste", "sudeste", "sudoeste",
        "setentrional", "setentrionais", "meridional", "meridionais", "oriental", "orientais",
        "ocidental", "ocidentais",
    ),  # fmt: skip
    additive_units=("toneladas", "tonelada", "kg", "quilos", "quilogramas", "litros", "hectares"),
    toward_preps=("para", "rumo a", "a", "com destino a"),
    route_words=(
        "por mar", "por terra", "por via marítima",
        "por via terrestre", "por via aérea",
    ),
    further_leads=("outros", "outras"),
    further_tails=(),
    counted_openers=(
        "no total", "ao todo", "em conjunto", "somadas", "somados", "juntas", "juntos",
    ),  # fmt: skip
    split_verbs=("divide", "dividiu", "reparte", "repartiu", "desagrega", "desagregou"),
    split_into=("em", "entre"),
    summing_openers=("no total", "ao todo", "em conjunto"),
    broad_groups=("afetadas", "afetados", "atingidas", "atingidos"),
    need_words=("necessitam", "precisam", "com necessidades", "alvo", "meta", "requer", "requerem"),
)
