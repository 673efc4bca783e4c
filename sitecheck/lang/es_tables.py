"""Spanish table words: what labels, headers and captions of a report's tables say.

Part of the Spanish lexicon (``sitecheck.lang.es``), kept apart only for its length.
"""

from __future__ import annotations

from sitecheck.lang.neutral import NEUTRAL

TABLE_WORDS: dict[str, object] = dict(
    table_totals=("total", "totales", "total general", "total nacional", "gran total",
                  "total país", "suma", "suma total"),
    table_subtotals=("subtotal", "sub-total", "sub total"),
    table_averages=("promedio", "media", "mediana"),
    table_subitems=("de los cuales", "de las cuales", "de ellos", "de ellas", "incluye",
                    "incluidos", "incluidas"),
    table_empty=(*NEUTRAL.table_empty, "s/d", "s.d.", "sd", "n/d", "nd", "sin datos", "ninguno"),
    table_scales={**NEUTRAL.table_scales, "miles": 1e3, "millones": 1e6, "mm": 1e6,
                  "mill.": 1e6, "millón": 1e6},
    table_percents=("frecuencia relativa", "frec. relativa", "frec. rel.", "proporción (%)",
        "porcentaje", "tasa de letalidad", "letalidad"),
    table_shares=("% del total", "porcentaje del total", "proporción", "participación",
                  "distribución", "% sobre el total", "sobre el total", "del total", "peso"),
    table_numerators=("disponible", "disponibles", "fondos disponibles",
        "alcanzados", "alcanzadas", "alcanzado", "atendidos", "atendidas", "asistidos",
        "asistidas", "beneficiados", "beneficiarios", "financiado", "financiamiento recibido",
        "fondos recibidos", "recibido", "recibidos", "muertes", "fallecidos", "fallecimientos",
        "defunciones", "vacunados", "entregados", "distribuidos", "logrado", "logro", "avance",
        "ejecutado", "cubiertos",
    ),
    table_denominators=("necesidades", "necesario", "necesarios",
        "meta", "metas", "objetivo", "planificado", "planificados", "planeado", "requerido",
        "requeridos", "requerimiento", "requerimientos", "solicitado", "presupuesto", "casos",
        "programado", "programados", "población meta",
    ),
    table_variation=("variación", "% de variación", "cambio", "% de cambio", "incremento (%)",
                     "diferencia (%)"),
    table_rates=("tasa", "razón", "por", "promedio", "media", "mediana", "incidencia", "densidad",
        "índice", "tamaño"),
    table_before=("actual", "anterior", "inicial", "original", "vigente"),
    table_increase=("incremento", "aumento", "adicional", "ampliación"),
    table_after=("revisado", "revisada", "nuevo", "nueva", "actualizado", "final"),
    table_selection=(
        "principales", "con más", "con mayor", "más afectados", "más afectadas", "mayores",
        "seleccionados", "primeros"
    ),
    table_once=("contadas una sola vez", "contados una sola vez", "una sola vez",
                "doble conteo", "no son acumulables", "no se pueden sumar", "no suman"),
    sector_names=(
        "salud", "agua, saneamiento e higiene", "protección", "educación",
        "seguridad alimentaria", "seguridad alimentaria y nutrición", "alojamiento",
        "albergue", "nutrición", "logística", "recuperación temprana", "medios de vida",
        "protección de la infancia", "violencia basada en género", "vbg",
        "transferencias monetarias multipropósito", "integración", "transporte humanitario",
        "multisector", "alimentos", "agricultura", "comunicación con comunidades",
    ),
    # In a caption or before the shares, these make percentages rates within each group.
    rate_nouns=(
        "tasa", "tasas", "cobertura", "prevalencia", "incidencia", "alfabetización",
        "asistencia escolar", "matrícula", "matriculación", "positividad",
    ),
)
