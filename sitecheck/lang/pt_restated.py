"""Portuguese words of restatements: stamps of a stock, the areas a figure spreads over and the
endings of one verb's forms.

Part of the Portuguese lexicon (``sitecheck.lang.pt``), kept apart only for its length.
"""

from __future__ import annotations

RESTATED_WORDS: dict[str, object] = dict(
    component_headings=(
        "efeito estratégico",
        "resultado estratégico",
        "objetivo estratégico",
        "objetivo específico",
        "atividade",
        "pilar",
    ),
    as_of_leads=("até", "até ao", "até à", "em"),
    extent_leads=("em",),
    verb_endings=(
        "a", "ada", "adas", "ado", "ados", "ava", "avam", "am", "aram", "ou", "ando", "ida",
        "idas", "ido", "idos", "ia", "iam", "iram", "iu", "indo", "e", "em",
    ),  # fmt: skip
    area_nouns=(
        "distrito", "distritos", "província", "províncias", "região", "regiões", "estado",
        "estados", "município", "municípios", "aldeia", "aldeias", "comunidade", "comunidades",
        "localidade", "localidades",
    ),  # fmt: skip
    count_subjects=(
        "número", "numero", "total", "balanço", "cifra", "cifras", "contagem", "soma",
        "população", "deslocamento",
    ),
    # one noun phrase in other words ("pessoas deslocadas", "forçadas a deixar as suas casas")
    restated_synonyms=(
        (
            "deslocadas", "forçadas a deixar as suas casas", "forçadas a abandonar as suas casas",
            "obrigadas a deixar as suas casas", "obrigadas a abandonar as suas casas",
            "que fugiram das suas casas", "que tiveram de deixar as suas casas",
        ),
        (
            "deslocados internos", "deslocadas internas", "pessoas deslocadas internamente",
            "pdi", "pdis", "idps",
        ),
        ("refugiados e migrantes", "migrantes e refugiados"),
        (
            "com necessidades humanitárias", "em necessidade",
            "com necessidade de assistência humanitária",
            "a necessitar de assistência humanitária", "que necessitam de assistência humanitária",
            "em necessidade de assistência humanitária",
        ),
        ("assistidas", "atendidas", "alcançadas"),
        ("feridas", "lesionadas"),
    ),
    # one verb for the deaths of a key line ("19 people dead", "19 people died")
    death_verbs=("mortas", "morreram", "faleceram", "falecidos", "falecidas"),
)  # fmt: skip
