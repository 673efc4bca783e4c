"""French: Sahel, Central Africa and Haiti reports (space thousands, comma decimals, "3,5 %")."""

from __future__ import annotations

from sitecheck.lang.base import Lexicon
from sitecheck.lang.derivation import derive
from sitecheck.lang.fr_funding import FUNDING_WORDS
from sitecheck.lang.fr_relations import RELATION_WORDS
from sitecheck.lang.fr_restated import RESTATED_WORDS
from sitecheck.lang.fr_sums import SUM_WORDS
from sitecheck.lang.neutral import NEUTRAL

FR = derive(
    NEUTRAL,
    code="fr",
    decimal_mark=",",
    name="français",
    sex_marks=("H",),  # hommes ("1.203 M / 1.100 H")
    stopwords=("le", "les", "des", "et", "du", "dans", "pour", "sont", "personnes", "aux", "été"),
    currency_prefixes={**NEUTRAL.currency_prefixes, "$ US": "USD", "$US": "USD"},
    currency_suffixes={
        **NEUTRAL.currency_suffixes,
        "dollars américains": "USD", "dollars US": "USD", "dollars": "USD", "$ US": "USD",
        "$US": "USD", "$": "USD", "euros": "EUR", "gourdes": "HTG", "HTG": "HTG",
        "francs CFA": "XOF", "FCFA": "XOF", "XOF": "XOF", "XAF": "XAF",
        "francs suisses": "CHF", "francs congolais": "CDF", "francs": "francs",
    },
    currency_links=("de", "d'"),
    scale_words={
        **NEUTRAL.scale_words,
        "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "mille": 1e3,
    },
    wrapped_scale_words=("millions", "milliards", "million", "milliard"),
    percent_words=("pour cent",),
    qualifiers={
        **dict.fromkeys(("plus de", "au moins", "au-delà de", "un peu plus de"), "lower"),
        **dict.fromkeys(("jusqu'à", "moins de", "au plus", "au maximum"), "upper"),
        **dict.fromkeys(("presque", "près de", "quasiment"), "below"),
        **dict.fromkeys(
            (
                "environ", "quelque", "autour de", "approximativement", "env.", "estimé à",
                "une estimation de", "quelques",
            ),
            "about",
        ),
    },
    qualifiers_after={"environ": "about", "ou plus": "lower", "et plus": "lower"},
    number_words={
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
        "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
        "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    },  # fmt: skip
    number_multipliers={"cent": 100, "mille": 1000},
    number_word_stops=("de", "d'", "ou", "à", "et"),
    fraction_words=("tiers", "quart", "quarts"),
    people_nouns=tuple(
        """personnes enfants femmes hommes filles garçons réfugiés réfugiées déplacés déplacées
        migrants individus ménages familles bénéficiaires rapatriés retournés élèves patients
        cas survivants survivantes participants participantes adolescents adultes écoliers écolières
        demandeurs blessés victimes habitants élèves étudiants expulsés civils policiers
        soldats militaires médecins infirmiers agriculteurs pêcheurs mères pdi pdis idp
        idps autochtones""".split()
    ),
    resident_nouns=("résidents", "habitants"),
    generic_people_nouns=("personnes", "individus", "bénéficiaires", "participants"),
    organization_nouns=(
        "partenaires", "organisations", "organisation", "ong", "agences", "membres", "acteurs",
    ),  # fmt: skip
    household_nouns=("ménages", "familles", "foyers"),
    identifier_cues=(
        "décret", "loi", "arrêté", "résolution", "article", "ordonnance", "annexe", "chapitre",
        "section", "page", "tableau", "figure", "phase", "cycle", "niveau", "route", "note",
    ),  # fmt: skip
    page_words=("page", "p."),
    identifier_codes=("n°", "no"),
    numbered_periods=("semaine", "semaine épidémiologique", "SE"),
    phone_cues=("tél", "téléphone", "ligne verte", "numéro", "appeler", "contact", "whatsapp"),
    measure_units=("kilomètres", "mètres", "tonnes", "litres", "hectares", "degrés"),
    measure_cues=("magnitude", "kilomètre"),
    duration_units=(
        "heure", "heures", "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année",
        "années", "nuit", "nuits", "minute", "minutes",
    ),  # fmt: skip
    age_after=("ans et plus", "ans ou plus", "ans révolus", "ans"),
    age_before=("âgés de", "âgées de", "âgé de", "âgée de", "âge de"),
    age_groups=("enfants", "filles", "garçons", "personnes", "femmes", "hommes", "adolescents"),
    age_comparators=("de moins de", "de plus de", "moins de", "plus de"),
    year_units=("ans", "années", "année"),
    range_words=("à",),
    ordinal_suffixes=("er", "e", "ème", "re", "ᵉ"),
    part_connectors=(
        "dont", "parmi lesquels", "parmi lesquelles", "parmi eux", "parmi elles", "d'entre eux",
        "d'entre elles",
    ),  # fmt: skip
    inclusive_connectors=("y compris", "notamment", "incluant"),
    composition_connectors=(
        "composé de", "composée de", "composés de", "répartis entre", "réparties entre",
        "répartis en", "ventilés en", "divisés entre", "divisées entre",
    ),
    whole_after_part=("sur un total de", "sur"),
    running_total_leads=("portant", "porte", "porté"),
    running_total_joins=("ce qui", "et"),
    increase_of=("une hausse de", "une augmentation de", "soit une hausse de"),
    running_total_fors=("pour",),
    part_after_refs=("d'entre eux", "d'entre elles", "parmi eux", "parmi elles"),
    all_words=("tous", "toutes", "ensemble"),
    of_this_noun=(
        "sur ce", "sur cet", "sur cette", "sur ces", "parmi ces", "parmi tous les",
        "parmi toutes les", "sur l'ensemble des", "parmi l'ensemble des",
    ),  # fmt: skip
    amount_nouns=("montant", "financement"),
    back_subjects=("ce", "cet", "cette", "ces"),
    back_nouns=(
        "financement", "montant", "total", "chiffre", "enveloppe", "allocation", "contribution",
        "somme", "aide", "appel",
    ),  # fmt: skip
    back_includes=("inclut", "incluait", "comprend", "comprenait", "compte", "comptait"),
    back_consists=(
        "regroupe", "regroupait", "se compose de", "se composait de", "se répartit entre",
        "se répartissait entre", "se décompose en", "se décomposait en", "est composé de",
        "est composée de",
    ),  # fmt: skip
    source_preps=("via", "par l'intermédiaire de", "provenant de", "de la part de"),
    period_words=(
        "nouveau", "nouveaux", "nouvelle", "nouvelles", "supplémentaire", "supplémentaires",
        "cette semaine", "la semaine dernière", "ce mois", "le mois dernier", "cette année",
        "l'année dernière", "quotidien", "hebdomadaire", "mensuel",
    ),  # fmt: skip
    of_these=(
        "sur ce montant",
        "sur ce nombre", "sur ce chiffre",
        "ce chiffre comprend", "ce total comprend", "ce chiffre inclut", "ce nombre comprend",
        "parmi eux", "parmi elles", "parmi ceux-ci", "parmi celles-ci", "sur ce total",
        "d'entre eux", "d'entre elles", "parmi ces", "sur le total",
    ),  # fmt: skip
    of_the=("sur", "parmi", "des", "de"),
    of_articles=("les",),
    articles=("le", "la", "les", "l'"),
    possessives=("leur", "leurs", "ses", "sa", "son"),
    demonstratives=("ces", "cette", "tous", "toutes"),
    given_leads=("sur les", "parmi les", "des", "ces"),
    relative_pronouns=("lesquels", "lesquelles", "eux", "elles", "ceux-ci", "celles-ci"),
    partial_words=(
        "notamment", "principalement", "en particulier", "surtout", "essentiellement",
        "entre autres", "concentrés", "concentrées", "comme",
        "la plupart", "pour la plupart", "majoritairement", "par exemple",
    ),
    comparison_words=(
        "suivie de", "suivi de", "suivies de", "suivis de", "suivi par", "suivie par",
        "suivi du", "suivie du", "suivi des", "suivie des", "suivis des", "suivies des",
        "par rapport", "précédent", "précédente", "dernier", "dernière", "antérieur", "antérieure",
    ),
    other_words=("autres", "autre", "le reste", "restants", "restantes"),
    remainder_words=("le reste", "les autres", "des autres", "aux autres", "restants", "restantes"),
    not_a_part_leads=("contre", "par rapport", "en", "à", "avec", "pour", "soit", "ou", "dans"),
    and_words=("et", "ainsi que"),
    series_joins=("et", "ainsi que"),
    total_after_parts=("au total", "un total de", "soit un total de", "en tout"),
    total_after_leads=("pour", "avec", "soit"),
    in_total=("au total", "un total de", "total", "en tout", "total général"),
    label_below_totals=("combiné", "combinée", "cumulé", "cumulée"),
    together_words=("au total", "ensemble", "en tout", "au cumul"),
    breakdown_heads=(
        "ventilation", "répartition", "se répartissent comme suit", "se répartit comme suit",
        "se décompose", "se décomposent", "ventilés", "ventilées", "répartis comme suit",
        "réparties comme suit", "comme suit",
        "se répartissent ainsi", "se répartit ainsi", "se décompose ainsi", "se décomposent ainsi",
    ),
    by_words=("par", "selon"),
    partition_dimensions=(
        "province", "provinces", "région", "régions", "pays", "nationalité", "nationalités",
        "département", "départements", "commune", "communes", "ville", "villes", "préfecture",
        "préfectures", "district", "districts", "sexe", "âge", "destination", "origine",
        "pays d'origine", "site", "sites", "camp", "camps", "localité", "localités",
    ),  # fmt: skip
    n_of_w=("sur", "des", "de"),
    share_tails=("du total", "d'entre eux", "d'entre elles", "de couverture"),
    share_leads=("soit", "ou"),
    share_of=("de", "des", "du"),
    share_verbs=("ce qui représente", "qui représente", "soit"),
    this_total=("de ce total", "de ce nombre", "de ce chiffre"),
    total_nouns=("total", "ensemble"),
    share_base_people=(
        "ciblés", "ciblées", "visés", "visées", "prévus", "prévues", "touchés", "dans le besoin",
    ),
    fatality_terms=("taux de létalité", "létalité", "TL", "CFR"),
    death_nouns=("décès", "mortels", "morts"),
    case_nouns=("cas",),
    back_refs=(
        "d'entre eux", "d'entre elles", "parmi eux", "parmi elles",
        "de ces derniers", "de ces dernières",
    ),
    unique_words=(
        "uniques", "sans doublons", "dédupliqués", "dédupliquées", "sans double comptage",
        "sans double compte",
    ),
    highlight_nouns=tuple(
        """enfants filles garçons femmes âgées âgés enceintes allaitantes survivants survivantes
        accompagnés handicap""".split()
    ),
    complements=(
        frozenset({"intérieur", "extérieur"}), frozenset({"féminin", "masculin"}),
        frozenset({"morts", "blessés"}), frozenset({"urbaine", "rurale"}),
        frozenset({"tués", "blessés"}), frozenset({"urbaines", "rurales"}),
        frozenset({"femmes", "hommes"}),
        frozenset({"filles", "garçons"}),
        frozenset({"adultes", "enfants"}),
        frozenset({"majeurs", "mineurs"}),
        frozenset({"adultes", "mineurs"}),
        frozenset({"urbain", "rural"}), frozenset({"urbains", "ruraux"}),
    ),
    complete_groups=(
        frozenset({"femmes", "hommes", "enfants"}), frozenset({"enfants", "adultes", "âgées"}),
        frozenset({"femmes", "hommes", "filles", "garçons"}),  # sex and age: adults and children
    ),
    disjoint_groups=(
        # "3,905 returned voluntarily and 4,507 were deported"
        frozenset({"volontairement", "expulsés", "expulsées", "refoulés", "refoulées"}),
        frozenset({"endommagées", "détruites"}), frozenset({"endommagés", "détruits"}),
        frozenset({"évacuées", "auto-évacuées"}), frozenset({"évacués", "auto-évacués"}),
        frozenset({"réfugiés", "déplacés", "rapatriés", "retournés", "demandeurs", "apatrides",
                   "déplacées", "pdi", "pdis"}),
    ),
    without_words=("sans",),
    with_connectors=("avec",),
    place_verbs=("sont", "étaient", "vivent"),
    place_prepositions=("à", "en", "dans", "au", "aux"),
    auxiliaries=("sont", "étaient", "ont", "a", "été", "les", "des"),
    degree_adverbs=("totalement", "partiellement", "complètement", "entièrement"),
    change_words={
        "de moins": "down", "inférieur": "down", "de plus": "up", "supérieur": "up",
    },  # fmt: skip
    change_links=("que", "qu'", "à", "par rapport à"),
    stock_words=(
        "désormais", "maintenant", "à ce jour", "jusqu'ici", "cumulé", "cumulés", "cumulées",
        "actuellement", "au total", "en tout", "depuis",
    ),  # fmt: skip
    scope_words=(
        "nouveau", "nouveaux", "nouvelle", "nouvelles", "supplémentaire", "supplémentaires",
        "additionnels", "additionnelles", "autre", "autres", "cumul", "cumulé", "cumulés",
        "cumulée", "cumulées", "depuis", "à ce jour", "jusqu'à présent", "ce mois", "cette semaine",
        "cette année", "le mois dernier", "la semaine dernière", "l'année dernière", "précédent",
        "précédente", "précédents", "précédemment", "auparavant", "initial", "initialement",
        "premier", "première", "deuxième", "quotidien", "quotidiens", "hebdomadaire", "mensuel",
        "par jour", "par semaine", "par mois", "aujourd'hui", "hier", "contre", "par rapport",
        "cible", "ciblés", "ciblées", "prévus", "prévues", "planifiés", "attendus", "restants",
        "restantes", "nord", "sud", "ouest", "centre", "rural", "rurales", "urbain", "urbaines",
        "pic", "national", "nationale", "au niveau national", "dans tout le pays", "régional",
        "mondial",
    ),  # fmt: skip
    summary_headings=(
        "chiffres clés", "faits saillants", "points saillants", "points clés", "résumé", "aperçu",
        "en chiffres", "messages clés",
    ),  # fmt: skip
    neutral_leads=(
        "sont", "étaient", "est", "était", "a", "y", "restent", "demeurent", "à", "avec", "total",
        "toujours", "encore", "laisse", "laissent", "laissé", "désormais",
    ),  # fmt: skip
    change_terms=(
        "hausse", "baisse", "augmentation", "augmenté", "augmente", "augmentent", "diminution",
        "diminué", "recul", "reculé", "progression", "croissance", "chute", "chuté", "réduction",
        "accroissement", "baissé", "progressé",
    ),
    majority_words=("la plupart", "la majorité", "la grande majorité", "la plupart d'entre eux"),
    rate_prepositions=("parmi", "chez", "pour"),
    rate_nouns=(
        "taux", "couverture", "prévalence", "incidence", "alphabétisation", "fréquentation",
        "scolarisation", "positivité",
    ),
    change_down_terms=(
        "baisse", "diminution", "diminué", "recul", "reculé", "chute", "chuté", "réduction",
        "baissé",
    ),
    figure_anaphora=(
        "ce chiffre", "ce nombre", "ce total", "leur nombre", "cet effectif", "cela représente",
        "ce qui représente",
    ),
    narrowing_words=(
        "en", "de", "du", "des", "d", "par", "pour", "avec", "sans", "depuis", "vers", "jusqu",
        "entre", "qui", "que", "dont", "à", "au", "aux", "sous", "sur", "dans", "pendant",
        "après", "avant", "et", "ou", "mais", "comme", "âgés", "âgées", "y", "ne", "non",
        "contre", "vers", "près", "chez", "selon", "parmi", "où", "lorsque", "quand", "seulement",
        "uniquement", "internes", "interne", "temporairement", "directement", "indirectement",
        "partiellement", "totalement", "gravement",
    ),  # fmt: skip
    change_cues=(
        "par rapport à", "par rapport au", "par rapport aux", "contre", "précédent",
        "précédente", "d'avant", "quand", "lorsque", "comparé à", "comparativement à",
    ),
    change_from=("de", "du", "des"),
    change_to=("à",),
    change_by=("de",),
    **FUNDING_WORDS,
    **RESTATED_WORDS,
    **SUM_WORDS,
    **RELATION_WORDS,
    table_totals=("total", "totaux", "total général", "ensemble", "total national"),
    table_subtotals=("sous-total", "sous total"),
    table_averages=("moyenne", "médiane"),
    table_subitems=("dont", "y compris", "parmi eux", "parmi lesquels"),
    table_empty=(*NEUTRAL.table_empty, "nd", "n.d.", "n/d", "néant"),
    table_scales={**NEUTRAL.table_scales, "milliers": 1e3, "millions": 1e6,
                  "milliards": 1e9, "million": 1e6},
    table_percents=("fréquence relative", "fréq. relative", "pourcentage", "taux de létalité",
        "létalité"),
    table_shares=("% du total", "part", "proportion", "répartition", "pourcentage du total"),
    table_numerators=("disponible", "disponibles",
        "atteints", "atteintes", "atteint", "assistés", "assistées", "servis", "financé",
        "financement reçu", "fonds reçus", "reçu", "reçus", "décès", "morts", "vaccinés",
        "distribués", "réalisé", "réalisés", "réalisation",
    ),
    table_denominators=(
        "cible", "cibles", "ciblés", "ciblées", "prévu", "prévus", "requis", "besoins",
        "besoin", "demandé", "budget", "cas", "objectif", "planifié",
    ),
    table_variation=("variation", "évolution", "% de variation", "changement"),
    table_rates=("taux", "ratio", "par", "moyenne", "moyen", "médiane", "incidence", "densité",
        "indice", "taille"),
    table_before=("actuel", "actuelle", "précédent", "initial", "initiale"),
    table_increase=("augmentation", "hausse", "supplément", "additionnel"),
    table_after=("révisé", "révisée", "nouveau", "nouvelle", "final", "finale"),
    table_selection=(
        "principaux", "principales", "les plus", "plus touchés", "plus touchées", "sélectionnés"
    ),
    table_once=("comptés une seule fois", "comptées une seule fois", "une seule fois",
                "double comptage", "ne sont pas cumulables", "ne s'additionnent pas"),
    sector_names=(
        "santé", "eau, hygiène et assainissement", "eha", "protection", "éducation",
        "sécurité alimentaire", "abris", "abri", "articles non alimentaires", "nutrition",
        "logistique", "relèvement précoce", "moyens de subsistance", "protection de l'enfance",
        "vbg", "violences basées sur le genre", "cccm", "abris/ame", "multisectoriel",
        "eau-hygiène-assainissement",
    ),
    months={
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
        "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
        "décembre": 12, "decembre": 12,
    },  # fmt: skip
    month_abbreviations={"janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12},
    day_suffixes=("er",),
    date_range_joins=("au", "à", "et", "jusqu'au"),
    date_articles=("le",),
    period_cues=(
        "période couverte", "période de rapport", "période du rapport", "période considérée",
        "période de référence", "période",
    ),  # fmt: skip
    period_from=("du",),
    event_leads=("le", "du", "entre", "pendant", "au cours de"),
    future_words=(
        "prochaine", "prochain", "prochaines", "sera", "seront", "paraîtra", "prévue", "prévu",
        "programmée",
    ),
    background_leads=(
        "contre", "par rapport au", "par rapport à", "comparé au",
        "décret", "arrêté", "loi", "ordonnance", "résolution",
        "au", "depuis", "jusqu'au", "à partir du", "mis à jour", "source", "publié", "adopté",
        "date limite", "en date du", "lancé", "lancée", "historique", "n°",
    ),  # fmt: skip
    abbreviations=("env", "n°", "mme", "m", "cf", "chap"),
    list_namely=("à savoir", "c'est-à-dire", "soit"),
    list_links=("de", "sont", "à savoir"),
    clause_leads=("qui", "que", "dont", "où", "lequel", "laquelle", "lesquels"),
    where_words=("où",),
    list_participle_endings=("és", "ées"),
    list_back_determiners=("les", "ces", "des", "aux", "tous les", "toutes les"),
    list_subset_words=(
        "plus", "principales", "principaux", "autres", "restants", "restantes", "premiers",
        "premières", "derniers", "dernières", "moins", "prioritaires",
    ),
    name_joins=("de", "du", "des", "la", "le", "d'"),
    series_leads=("à", "au", "aux", "en", "dans"),
    placeholder_markers=(
        "À COMPLÉTER", "A COMPLETER", "À DÉFINIR", "A DEFINIR", "À DÉTERMINER", "A DETERMINER",
    ),
    placeholder_insert=("insérer", "ajouter", "compléter"),
    placeholder_template=("résumé", "titre", "date", "nom", "chiffre", "section", "texte"),
    placeholder_length_units=("lignes", "mots"),
    placeholder_maximum=("maximum",),
    true_words=(*NEUTRAL.true_words, "oui", "vrai"),
    false_words=(*NEUTRAL.false_words, "non", "faux"),
    link_placeholders=(*NEUTRAL.link_placeholders, "lien", "insérer-lien"),
    section_titles=(
        "contexte", "réponse", "coordination", "financement", "chiffres clés", "points saillants",
        "santé", "éducation", "abris", "nutrition",
    ),
    agency_aliases=(
        frozenset({"hcr", "unhcr"}),
        frozenset({"pam", "wfp"}),
        frozenset({"oim", "iom"}),
        frozenset({"fnuap", "unfpa"}),
        frozenset({"pnud", "undp"}),
        frozenset({"bcah", "ocha"}),
        frozenset({"oms", "who"}),
        frozenset({"cicr", "icrc"}),
        frozenset({"ficr", "ifrc"}),
        frozenset({"onu femmes", "un women"}),
    ),
)

LEXICON: Lexicon = FR
