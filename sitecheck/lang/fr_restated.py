"""French words of restatements: stamps of a stock, the areas a figure spreads over and the
endings of one verb's forms.

Part of the French lexicon (``sitecheck.lang.fr``), kept apart only for its length.
"""

from __future__ import annotations

RESTATED_WORDS: dict[str, object] = dict(
    component_headings=(
        "effet stratégique",
        "résultat stratégique",
        "objectif stratégique",
        "objectif spécifique",
        "activité",
        "pilier",
    ),
    as_of_leads=("au", "en date du", "à la date du"),
    extent_leads=("dans", "en"),
    verb_endings=(
        "e", "é", "ée", "és", "ées", "ent", "ait", "aient", "ant", "er", "i", "ie", "is", "ies",
        "it", "issait", "issaient",
    ),  # fmt: skip
    area_nouns=(
        "district", "districts", "province", "provinces", "région", "régions", "département",
        "départements", "commune", "communes", "village", "villages", "localité", "localités",
        "préfecture", "préfectures", "communauté", "communautés",
    ),  # fmt: skip
    count_subjects=(
        "nombre", "total", "bilan", "chiffre", "chiffres", "décompte", "somme", "population",
        "déplacement",
    ),
    # one noun phrase in other words ("personnes déplacées", "ont dû quitter leur domicile")
    restated_synonyms=(
        (
            "déplacées", "dû quitter leur domicile", "dû quitter leurs domiciles",
            "contraintes de quitter leur domicile", "contraintes de quitter leurs domiciles",
            "forcées de quitter leur domicile", "forcées de quitter leurs domiciles",
            "qui ont fui leur domicile", "qui ont fui leurs domiciles",
        ),
        (
            "déplacés internes", "déplacées internes", "personnes déplacées internes", "pdi",
            "pdis",
        ),
        ("réfugiés et migrants", "migrants et réfugiés"),
        (
            "dans le besoin", "ayant besoin d'assistance humanitaire",
            "ayant besoin d'une assistance humanitaire", "ayant besoin d'aide humanitaire",
            "dans le besoin d'assistance humanitaire", "nécessitant une assistance humanitaire",
        ),
        ("assistées", "aidées"),
    ),
    # one verb for the deaths of a key line ("19 people dead", "19 people died")
    death_verbs=("mortes", "tués", "tuées", "décédés", "décédées", "péri"),
)  # fmt: skip
