"""Portuguese funding words: how an appeal's requirement, funding received and coverage are
written.

Part of the Portuguese lexicon (``sitecheck.lang.pt``), kept apart only for its length.
"""

from __future__ import annotations

FUNDING_WORDS: dict[str, object] = dict(
    funding_labels={
        "required": ("necessidades", "requerido", "necessário", "solicitado", "orçamento", "apelo"),
        "gap": ("lacuna", "défice", "déficit", "por financiar", "não financiado"),
        "funded": (
            "recebido", "financiado", "mobilizado", "contribuições", "cobertura", "progresso",
            "fundos disponíveis",
        ),
    },
    funding_heads=("financiamento",),
    funding_before={
        "required": ("requer", "solicita", "solicitou", "solicitaram", "apelo de",
                     "necessita de", "precisa de", "precisava de", "precisam de", "necessidades",
                     "pede", "necessário de", "orçamento é de", "orçamento ascende a",
                     "orçamento de"),
        "gap": (
            "lacuna de", "défice de", "déficit de", "por cobrir", "lacuna financeira é de",
            "défice financeiro é de", "lacuna chega a", "déficit chega a", "défice chega a",
            "lacuna é de", "défice é de", "déficit é de",
        ),
        "funded": (
            "recebeu", "recebidos", "angariou", "angariados", "dispunha de", "dispõe de",
            "mobilizados", "mobilizado", "mobilizar",
            "financiado com", "financiados com",
        ),
    },
    funding_after={
        "funded": (
            "recebidos", "recebido", "financiados", "financiado", "mobilizados", "em contribuições",
            "garantidos", "assegurados", "confirmados",
        ),
        "required": ("necessários", "requeridos", "solicitados"),
        "gap": ("por financiar", "por cobrir", "de lacuna", "em falta", "não financiados"),
    },
    funding_after_aux=(
        "foram", "foi", "têm sido", "tinham sido", "tinha sido", "já", "continuam", "continua",
    ),
    funding_share_after={
        "funded": ("financiado", "financiada", "coberto", "de financiamento"),
        "gap": ("não financiado", "não financiada", "por financiar"),
    },
    funding_share_before={
        "funded": (
            "financiado a", "financiada a", "financiado em", "financiada em",
            "taxa de financiamento de", "cobertura financeira de", "nível de financiamento de",
        ),
    },
    funding_share_of=("do necessário", "do montante solicitado"),
    funding_ahead=(
        "para os próximos", "nos próximos", "durante os próximos", "para as próximas",
        "nas próximas",
    ),
    funding_share_link=("ou seja", "isto é"),
    funding_plan_nouns=("plano", "apelo"),
    funding_costs=("custo", "custos"),
    funding_cost_of=("resposta", "plano", "apelo", "operação", "operações", "intervenção"),
    funding_valued=(
        "estimado em", "estimada em", "estimados em", "calculado em", "ascende a", "é de",
    ),
    spent_words=("utilizados", "utilizado", "gastos", "executados", "executado"),
    budget_labels=("orçamento da operação", "orçamento"),
    balance_words=("saldo de", "saldo remanescente de", "saldo não utilizado de"),
    carried_over_words=("transitados", "transitado", "transportados", "saldo transitado"),
    new_funds_words=("novos", "novas", "novo", "nova", "este ano", "ano em curso"),
    event_nouns=("incidentes", "eventos", "ocorrências"),
)
