"""French words of relations between figures: definite lists, wholes after a group, totals
reached by adding, those screened and those found among them.

Part of the French lexicon (``sitecheck.lang.fr``), kept apart only for its length.
"""

from __future__ import annotations

RELATION_WORDS: dict[str, object] = dict(
    largest_words=("le plus grand nombre", "le nombre le plus élevé"),
    # "The agency reports that, of the 412 households hit, …": a clause before "of the N"
    # "According to the institute, of the 27 deaths, 21 …": a source before "of the N"
    source_leads=("selon", "d'après"),
    says_that=(
        "indique que", "signale que", "rapporte que", "précise que", "informe que", "note que",
        "montre que", "souligne que", "a indiqué que", "a signalé que",
    ),
    # "for five crises. … aid in Chad, …": what a count of names announced before them counts
    named_set_nouns=(
        "pays", "provinces", "régions", "départements", "communes", "préfectures", "districts",
        "crises", "urgences",
    ),  # fmt: skip
    named_set_leads=("à travers", "dans tout"),
    example_words=("par exemple", "p. ex.", "ex."),
    # "rose by 6% on April (17,836)": the period compared, its figure in brackets
    change_against=("sur",),
    previous_period=(
        "précédent", "précédente", "d'avant", "le mois dernier", "la semaine dernière",
        "dernier rapport", "dernière mise à jour", "dernier bulletin",
    ),  # fmt: skip
    year_comparison=("même", "année", "an", "ans"),
    group_narrowers=("âgés", "âgées"),  # "adultes âgés": older people, not adults
    list_copulas=("sont", "étaient"),
    whole_after_group=("parmi les",),
    added_leads=(
        "ajoutés aux", "ajoutées aux", "ajouté aux", "ajoutée aux", "avec encore",
    ),  # fmt: skip
    added_reach=(
        "atteint", "atteignent", "s'élève à", "s'élèvent à", "totalise", "totalisent",
        "se monte à", "se montent à",
    ),  # fmt: skip
    stock_after=("qui accueille désormais", "qui abrite désormais", "qui compte désormais"),
    screened_words=(
        "dépistés", "dépistées", "examinés", "examinées", "dépistage",
    ),  # fmt: skip
    screen_results=(
        "inscrits", "inscrites",
        "identifiés", "identifiées", "admis", "admises", "référés", "référées", "diagnostiqués",
        "diagnostiquées",
    ),  # fmt: skip
    # "Main needs: food (61%), shelter (42%)": survey answers, several per household (plural:
    # "people in need" is no survey).
    answer_nouns=(
        "besoins", "priorité", "priorités", "préoccupation", "préoccupations",
        "raison", "raisons", "motif", "motifs", "obstacle", "obstacles", "difficultés",
    ),  # fmt: skip
    # none, only one, both: the answers of a partition
    share_none_words=("aucun", "aucune", "sans", "pas", "ni"),
    share_only_words=("seulement", "uniquement"),
    share_both_words=("les deux",),
    cause_preps=("par", "suite à", "à cause de", "du fait de", "des suites de"),
    under_preps=("sous",),
    reflexives=("se",),
    plural_verb_endings=("ent",),
    contrast_joins=("tandis que", "alors que"),
    # "… et 15 % aux zones moins graves" : un degré sous ceux nommés clôt la liste
    lesser_words=("moins",),
    # en familles ou communautés d'accueil, ou sur des sites et dans des camps ; emploi
    # formel ou non ; situation régulière ou non
    split_sides=(
        (
            (
                "famille d'accueil", "familles d'accueil", "communauté d'accueil",
                "communautés d'accueil", "famille hôte", "familles hôtes", "communauté hôte",
                "communautés hôtes", "proches", "amis",
            ),
            ("site", "sites", "camp", "camps"),
        ),
        (("formel", "formelle", "formels", "formelles"),
         ("informel", "informelle", "informels", "informelles", "informalité")),
        (("régulière", "régulières", "régulier", "réguliers", "régularisés", "régularisées"),
         ("irrégulière", "irrégulières", "irrégulier", "irréguliers")),
    ),  # fmt: skip
    target_leads=(
        "sur une cible de", "sur un objectif de", "par rapport à une cible de",
        "par rapport à un objectif de", "pour une cible de", "pour un objectif de",
    ),
    origin_leads=("provenant de", "en provenance de"),
    gloss_openers=("autrement dit", "c'est-à-dire", "en d'autres termes"),
    # "the current number (384,060)": before the later figure of a change
    current_words=("actuel", "actuelle", "actuels", "actuelles"),
    movement_modes=(
        frozenset({"volontairement", "spontanément", "expulsés", "expulsées", "refoulés",
                   "refoulées"}),
        frozenset({"évacuées", "auto-évacuées"}), frozenset({"évacués", "auto-évacués"}),
    ),
    existential_openers=("il y a eu", "il y a", "il s'agit de", "on note", "on observe"),
    equals_words=("soit", "ce qui équivaut à", "équivalant à", "c'est-à-dire", "ou"),
    net_balance_words=(
        "solde migratoire de", "solde migratoire positif de", "solde migratoire négatif de",
        "solde net de", "flux net de",
    ),
    level_words=("s'établissait à", "se situait à", "était de"),
    # "The first … The next … The last …": one event a sentence
    ordinal_firsts=("le premier", "la première"),
    ordinal_nexts=(
        "le deuxième", "la deuxième", "le second", "la seconde", "le troisième", "la troisième",
        "le quatrième", "la quatrième", "le cinquième", "la cinquième", "le suivant", "la suivante",
    ),  # fmt: skip
    ordinal_lasts=("le dernier", "la dernière"),
    harm_events=(
        "événements", "évènements", "incidents", "attaques", "urgences", "épisodes",
        "affrontements", "incursions", "glissements", "explosions",
    ),  # fmt: skip
    group_copulas=("il s'agit de", "il s'agissait de", "ce sont", "c'étaient", "ils étaient"),
    past_levels=("avait été de", "était de", "s'élevait à", "se situait à"),
    so_words=("donc", "si bien que", "de sorte que", "ce qui signifie que"),
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    # "8 in A, 3 in B and one in C": the word for one, not read as a figure, closes a list
    unread_ones=("un", "une", "un seul", "une seule"),
    # "requirements representing 51 percent of the total": no comma before the participle
    share_participles=("représentant", "équivalant à"),
    # "4,800 people took part in: A (3,100), B (2,900)": one person may be counted in several
    overlap_verbs=(
        "ont participé à", "ont participé aux", "ont assisté à", "ont assisté aux",
        "ont bénéficié de", "ont bénéficié des", "ont accédé à", "ont accédé aux",
    ),  # fmt: skip
)
