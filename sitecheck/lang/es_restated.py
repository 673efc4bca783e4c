"""Spanish words of restatements: stamps of a stock, the areas a figure spreads over and the
endings of one verb's forms.

Part of the Spanish lexicon (``sitecheck.lang.es``), kept apart only for its length.
"""

from __future__ import annotations

RESTATED_WORDS: dict[str, object] = dict(
    component_headings=(
        "efecto estratégico",
        "resultado estratégico",
        "objetivo estratégico",
        "objetivo específico",
        "actividad",
        "pilar",
    ),
    as_of_leads=("al", "hasta el", "a fecha de", "con corte al"),
    extent_leads=("en",),
    verb_endings=(
        "a", "ada", "adas", "ado", "ados", "aba", "aban", "an", "aron", "ó", "ando", "ida", "idas",
        "ido", "idos", "ía", "ían", "ieron", "ió", "iendo", "e", "en",
    ),  # fmt: skip
    area_nouns=(
        "distrito", "distritos", "provincia", "provincias", "región", "regiones", "estado",
        "estados", "departamento", "departamentos", "municipio", "municipios", "comuna",
        "comunas", "aldea", "aldeas", "vereda", "veredas", "comunidad", "comunidades",
        "localidad", "localidades",
    ),  # fmt: skip
    count_subjects=(
        "número", "numero", "total", "cifra", "cifras", "balance", "saldo", "conteo", "suma",
        "población", "desplazamiento",
    ),
    # one noun phrase in other words ("personas desplazadas", "obligadas a dejar sus hogares")
    restated_synonyms=(
        (
            "desplazadas", "obligadas a abandonar sus hogares", "obligadas a dejar sus hogares",
            "que huyeron de sus hogares", "que tuvieron que abandonar sus hogares",
            "forzadas a abandonar sus hogares", "forzadas a dejar sus hogares",
        ),
        (
            "desplazados", "obligados a abandonar sus hogares", "obligados a dejar sus hogares",
            "forzados a abandonar sus hogares", "forzados a dejar sus hogares",
        ),
        (
            "desplazados internos", "personas desplazadas internamente",
            "personas desplazadas internas", "pdi", "pdis",
        ),
        ("refugiados y migrantes", "migrantes y refugiados"),
        (
            "con necesidades humanitarias", "en necesidad",
            "en necesidad de asistencia humanitaria", "con necesidad de asistencia humanitaria",
            "que necesitan asistencia humanitaria", "que requieren asistencia humanitaria",
        ),
        ("asistidas", "atendidas", "alcanzadas"),
        ("heridas", "lesionadas"),
        ("heridos", "lesionados"),
    ),
    # one verb for the deaths of a key line ("19 people dead", "19 people died")
    death_verbs=("muertas", "murieron", "fallecieron", "fallecidas", "perecieron"),
)  # fmt: skip
