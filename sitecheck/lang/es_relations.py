"""Spanish words of relations between figures: definite lists, wholes after a group, totals
reached by adding, those screened and those found among them.

Part of the Spanish lexicon (``sitecheck.lang.es``), kept apart only for its length.
"""

from __future__ import annotations

RELATION_WORDS: dict[str, object] = dict(
    breakdown_heads=(
        "desglose", "se desglosa", "se desglosan", "se reparten así", "se distribuyen así",
        "distribuidos así", "distribuidas así", "desagregado", "desagregados",
        "se distribuyen de la siguiente manera", "se distribuyen de la siguiente forma",
        "se reparten de la siguiente manera", "distribuidos de la siguiente manera",
        "distribuidas de la siguiente manera", "de la siguiente manera", "como sigue",
        "se desglosa así", "se desglosan así",  # "los 84 incidentes se desglosan así: 52 …"
    ),
    numbered_periods=("semana", "semana epidemiológica", "SE"),  # "semana 45": a period's number
    largest_words=("el mayor número", "la mayor cantidad", "el número más alto"),
    # "The agency reports that, of the 412 households hit, …": a clause before "of the N"
    # "According to the institute, of the 27 deaths, 21 …": a source before "of the N"
    source_leads=("según", "de acuerdo con"),
    says_that=("indica que", "indicó que", "informa que", "informó que", "señala que", "señaló que",
               "reporta que", "reportó que", "muestra que"),
    # "for five crises. … aid in Chad, …": what a count of names announced before them counts
    named_set_nouns=(
        "países", "provincias", "regiones", "departamentos", "municipios", "estados", "distritos",
        "comunas", "crisis", "emergencias",
    ),  # fmt: skip
    named_set_leads=("a través de", "por todo"),
    example_words=("por ejemplo", "p. ej.", "p.ej."),
    # "rose by 6% on April (17,836)": the period compared, its figure in brackets
    change_against=("sobre",),
    previous_period=(
        "anterior", "precedente", "el mes pasado", "la semana pasada",
        "último informe", "última actualización", "última ronda",
    ),  # fmt: skip
    year_comparison=("mismo", "misma", "año", "años"),
    group_narrowers=("mayores",),  # "adultos mayores": older people, not adults
    list_copulas=("son", "fueron", "eran"),
    whole_after_group=("entre los", "entre las"),
    added_leads=(
        "sumados a", "sumadas a", "sumado a", "sumada a", "con otros", "con otras", "junto con",
    ),  # fmt: skip
    added_reach=(
        "llega a", "llegan a", "alcanza", "alcanzan", "asciende a", "ascienden a", "suma",
        "suman", "totaliza", "totalizan",
    ),  # fmt: skip
    stock_after=("que ahora alberga", "que ya alberga", "que ahora acoge", "que ya acoge"),
    screened_words=(
        "tamizados", "tamizadas", "cribados", "cribadas", "examinados", "examinadas",
        "evaluados", "evaluadas", "tamizaje", "cribado",
    ),  # fmt: skip
    screen_results=(
        "ingresados", "ingresadas",
        "identificados", "identificadas", "admitidos", "admitidas", "referidos", "referidas",
        "diagnosticados", "diagnosticadas",
    ),  # fmt: skip
    # "Main needs: food (61%), shelter (42%)": survey answers, several per household (plural:
    # "people in need" is no survey).
    answer_nouns=(
        "necesidades", "prioridad", "prioridades", "preocupación", "preocupaciones",
        "motivo", "motivos", "razón", "razones", "barrera", "barreras", "dificultades",
    ),  # fmt: skip
    # none, only one, both: the answers of a partition
    share_none_words=("no", "ningún", "ninguna", "ninguno", "sin"),
    share_only_words=("solo", "sólo", "solamente", "únicamente"),
    share_both_words=("ambas", "ambos", "los dos", "las dos"),
    cause_preps=("por", "a causa de", "debido a", "como consecuencia de"),
    under_preps=("bajo",),
    reflexives=("se",),
    plural_verb_endings=("an", "en", "aron", "ieron"),
    contrast_joins=("mientras que", "en tanto que"),
    # "… y el 15% a zonas menos graves": un grado por debajo de los nombrados cierra la lista
    lesser_words=("menos", "menor"),
    # con familias o comunidades anfitrionas, o en sitios y campamentos; trabajo formal o informal;
    # situación regular o irregular
    split_sides=(
        (
            (
                "anfitriona", "anfitrionas", "familia de acogida", "familias de acogida",
                "comunidad de acogida", "comunidades de acogida", "comunidad receptora",
                "comunidades receptoras", "familiares", "amigos",
            ),
            ("emplazamiento", "emplazamientos", "sitios", "campamento", "campamentos", "albergues"),
        ),
        (("formal", "formales"), ("informal", "informales", "informalidad")),
        (("regular", "regulares", "regularizados", "regularizadas"), ("irregular", "irregulares")),
    ),  # fmt: skip
    target_leads=(
        "de una meta de", "frente a una meta de", "de la meta de", "de un objetivo de",
        "frente a un objetivo de",
    ),
    origin_leads=("procedentes de", "provenientes de", "procedente de", "proveniente de"),
    gloss_openers=("es decir", "o sea", "dicho de otro modo", "en otras palabras"),
    # "que en el registro previo (70,8 millones)": the figure compared with, not a part
    comparison_words=(
        "frente", "respecto", "anterior", "último", "última", "pasado", "seguido de", "seguida de",
        "seguidos de", "seguidas de", "seguido por", "seguida por", "seguidos por", "seguidas por",
        "seguido del", "seguida del",  # "seguida del Bengo (68)": the next of a ranking
        "previo", "previa", "previos", "previas",
    ),
    # "the current number (384,060)": before the later figure of a change
    current_words=("actual", "actuales"),
    movement_modes=(
        frozenset({"voluntariamente", "espontáneamente", "deportados", "deportadas", "expulsados",
                   "expulsadas"}),
        frozenset({"evacuadas", "autoevacuadas"}), frozenset({"evacuados", "autoevacuados"}),
    ),
    existential_openers=("hubo", "hay", "ha habido", "se registró", "se trata de", "se produjo"),
    equals_words=(
        "que equivale a", "lo que equivale a", "equivalente a", "es decir", "o sea", "o",
    ),
    net_balance_words=(
        "saldo migratorio de", "saldo migratorio positivo de", "saldo migratorio negativo de",
        "saldo neto de", "flujo neto de",
    ),
    level_words=("se situaba en", "se situaba", "se ubicaba en", "era de"),
    # "The first … The next … The last …": one event a sentence
    ordinal_firsts=("el primero", "la primera", "el primer"),
    ordinal_nexts=(
        "el segundo", "la segunda", "el tercero", "la tercera", "el tercer", "el cuarto",
        "la cuarta", "el quinto", "la quinta", "el siguiente", "la siguiente",
    ),  # fmt: skip
    ordinal_lasts=("el último", "la última"),
    harm_events=(
        "eventos", "incidentes", "ataques", "emergencias", "episodios", "enfrentamientos",
        "incursiones", "deslizamientos", "explosiones", "hechos",
    ),  # fmt: skip
    group_copulas=(
        "estos eran", "estas eran", "estos son", "estas son", "se trata de",
    ),  # fmt: skip
    past_levels=("había sido de", "había sido", "era de", "fue de", "se situaba en"),
    so_words=("así que", "por lo que", "de modo que", "de manera que", "lo que significa que"),
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    # "8 in A, 3 in B and one in C": the word for one, not read as a figure, closes a list
    unread_ones=("uno", "una", "un solo", "una sola"),
    # "requirements representing 51 percent of the total": no comma before the participle
    share_participles=("representando", "equivalente al", "equivalentes al"),
    # "4,800 people took part in: A (3,100), B (2,900)": one person may be counted in several
    overlap_verbs=(
        "participaron en", "asistieron a", "se beneficiaron de", "accedieron a",
        "se inscribieron en",
    ),  # fmt: skip
)
