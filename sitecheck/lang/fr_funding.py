"""French funding words: how an appeal's requirement, funding received and coverage are written.

Part of the French lexicon (``sitecheck.lang.fr``), kept apart only for its length.
"""

from __future__ import annotations

FUNDING_WORDS: dict[str, object] = dict(
    funding_labels={
        "required": (
            "besoins", "requis", "budget", "montant requis", "financement requis", "appel",
        ),
        "gap": ("déficit", "manque", "non financé", "reste à financer", "gap"),
        "funded": (
            "financé", "reçu", "reçus", "contributions", "couverture", "mobilisé", "mobilisés",
            "progrès", "fonds disponibles",
        ),
    },
    funding_heads=("financement",),
    funding_before={
        "required": (
            "il faudrait", "requiert", "nécessite", "besoins", "appel de", "sollicite",
            "demande", "demandent", "demandé", "requis de", "estimés à", "estimé à",
            "besoins s'élèvent à", "besoins financiers s'élèvent à", "besoins se chiffrent à",
            "budget est de", "budget s'élève à", "budget de",
        ),
        "gap": (
            "déficit de", "manque de", "reste à couvrir", "gap financier est de",
            "déficit financier est de", "gap financier de", "déficit financier de",
            "déficit s'élève à", "déficit se chiffre à", "manque s'élève à",
        ),
        "funded": (
            "a reçu", "ont reçu", "reçu", "mobilisé", "versé", "versés", "mobiliser",
            "financé à hauteur de", "financés à hauteur de",
        ),
    },
    funding_after={
        "funded": (
            "reçus", "reçu", "financés", "mobilisés", "mobilisé", "mobilisée", "en contributions",
            "confirmés", "acquis",
        ),
        "required": ("requis", "nécessaires"),
        "gap": (
            "non financés", "restant à financer", "à financer", "à mobiliser", "de déficit",
            "manquants",
        ),
    },
    funding_after_aux=(
        "ont été", "a été", "avaient été", "avait été", "sont", "est", "restent", "reste",
    ),
    funding_share_after={
        "funded": (
            "financé", "financée", "financés", "financées", "couvert", "couverts",
            "de financement",
        ),
        "gap": ("non financé", "non financée", "non financés", "non financées"),
    },
    funding_share_before={
        "funded": (
            "taux de financement de", "financé à", "financée à", "financé à hauteur de",
            "financée à hauteur de", "financé qu'à", "financée qu'à",
            "couverture financière de", "niveau de financement de",
        ),
    },
    funding_share_of=("du montant requis", "des besoins"),
    funding_ahead=(
        "pour les prochains", "pour les prochaines", "au cours des prochains",
        "au cours des prochaines", "dans les prochains",
    ),
    funding_share_link=("soit",),
    funding_plan_nouns=("plan", "appel"),
    funding_costs=("coût", "coûts"),
    funding_cost_of=("réponse", "plan", "appel", "opération", "opérations", "intervention"),
    funding_valued=(
        "évalué à", "évaluée à", "évalués à", "estimé à", "estimée à", "estimés à", "est de",
        "s'élève à", "se chiffre à",
    ),
    spent_words=("utilisés", "utilisé", "dépensés", "dépensé"),
    budget_labels=("budget de l'opération", "budget"),
    balance_words=("solde de", "reliquat de", "solde non utilisé de", "solde restant de"),
    carried_over_words=("report", "reportés", "reporté", "reportées", "reliquat"),
    new_funds_words=(
        "nouveaux", "nouvelles", "nouveau", "nouvelle", "cette année", "année en cours",
    ),
    event_nouns=("incidents", "événements", "évènements"),
)
