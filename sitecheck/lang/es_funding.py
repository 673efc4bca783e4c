"""Spanish funding words: how an appeal's requirement, funding received and coverage are written.

Part of the Spanish lexicon (``sitecheck.lang.es``), kept apart only for its length.
"""

from __future__ import annotations

FUNDING_WORDS: dict[str, object] = dict(
    funding_labels={
        "required": (
            "requerimiento", "requerimientos", "requerido", "solicitado", "presupuesto",
            "necesidades financieras",
        ),
        "gap": (
            "brecha", "déficit", "deficit", "faltante", "por financiar", "no financiado",
            "sin financiar",
        ),
        "funded": (
            "recibido", "financiado", "fondos recibidos", "cobertura", "comprometido", "progreso",
            "fondos disponibles",
        ),
    },  # fmt: skip
    funding_heads=("financiamiento", "financiación", "financiacion", "fondos"),
    funding_before={
        "required": ("requiere", "requerimiento de", "solicita", "solicitó", "solicitaron",
                     "necesitan", "necesita", "necesitaba", "necesidades", "pide", "llamamiento de",
                   "requerido de", "presupuesto es de", "presupuesto asciende a",
                     "presupuesto de"),
        "gap": (
            "brecha de", "déficit de", "deficit de", "por cubrir", "brecha financiera es de",
            "déficit financiero es de", "brecha asciende a", "déficit asciende a",
            "brecha es de", "déficit es de",
        ),
        "funded": ("recibió", "recibio", "recibido", "dispone de", "disponía de", "movilizado",
                   "movilizar",
                   "recaudó", "recaudado", "financiado con", "financiada con"),
    },
    funding_after={
        "funded": (
            "recibido", "recibidos", "financiado", "financiada", "financiados", "financiadas",
            "en aportes", "en contribuciones", "movilizados", "asegurados", "confirmados",
        ),
        "required": ("requerido", "requeridos", "que necesita", "que necesitan"),
        "gap": (
            "sin financiar", "por financiar", "por cubrir", "de brecha", "de déficit",
            "pendientes de financiar",
        ),
    },
    funding_after_aux=("fue", "han sido", "siguen", "sigue", "quedan", "queda"),
    funding_share_after={
        "funded": ("financiado", "financiada"),
        "gap": ("sin financiar", "no financiado", "no financiada", "por financiar"),
    },
    funding_share_before={
        "funded": (
            "tasa de financiamiento de", "tasa de financiación de", "financiado al",
            "financiada al", "financiado en un", "financiada en un",
            "nivel de financiamiento del", "cobertura financiera del", "cobertura financiera de",
        ),
    },
    funding_share_of=("de lo necesario", "de lo requerido", "del total requerido"),
    funding_ahead=(
        "para los próximos", "en los próximos", "durante los próximos", "para las próximas",
        "en las próximas",
    ),
    funding_share_link=("es decir, el", "es decir", "o sea, el", "o sea"),
    funding_plan_nouns=("plan", "llamamiento"),
    funding_costs=("costo", "costos", "coste", "costes"),
    funding_cost_of=(
        "respuesta", "plan", "llamamiento", "operación", "operaciones", "intervención",
    ),
    funding_valued=(
        "estimado en", "estimada en", "estimados en", "se estima en", "calculado en", "asciende a",
        "es de",
    ),
    spent_words=(
        "utilizados", "utilizado", "gastados", "gastado", "ejecutados", "ejecutado", "utilizaron",
        "gastaron", "ejecutaron",
    ),
    budget_labels=("presupuesto de la operación", "presupuesto"),
    balance_words=(
        "saldo de", "saldo restante de", "saldo no utilizado de", "saldo no ejecutado de",
    ),
    carried_over_words=("arrastre", "remanente", "arrastrados", "trasladados", "traspasados"),
    new_funds_words=("nuevos", "nuevas", "nuevo", "nueva", "este año", "año en curso"),
    event_nouns=("incidentes", "eventos", "sucesos", "incidencias"),
)
