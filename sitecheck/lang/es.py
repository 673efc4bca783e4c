"""Spanish: the reports of the Latin American platforms (dot thousands, comma decimals)."""

from __future__ import annotations

from sitecheck.lang.base import Lexicon
from sitecheck.lang.derivation import derive
from sitecheck.lang.es_funding import FUNDING_WORDS
from sitecheck.lang.es_relations import RELATION_WORDS
from sitecheck.lang.es_restated import RESTATED_WORDS
from sitecheck.lang.es_sums import SUM_WORDS
from sitecheck.lang.es_tables import TABLE_WORDS
from sitecheck.lang.neutral import NEUTRAL

ES = derive(
    NEUTRAL,
    code="es",
    decimal_mark=",",
    name="español",
    sex_marks=("H",),  # hombres ("1.203 M / 1.100 H")
    stopwords=(
        "el", "los", "las", "del", "y", "personas", "con", "una", "fueron", "entre", "año", "al",
        "niños", "niñas", "se", "según", "más", "sus",
    ),  # fmt: skip
    currency_suffixes={
        **NEUTRAL.currency_suffixes,
        "dólares": "USD", "dolares": "USD", "dólares estadounidenses": "USD", "euros": "EUR",
        "soles": "PEN", "pesos": "pesos", "francos suizos": "CHF", "francos": "francs",
    },
    currency_links=("de",),
    scale_words={
        **NEUTRAL.scale_words,
        "mil": 1e3, "millón": 1e6, "millon": 1e6, "millones": 1e6, "mil millones": 1e9,
        "mil de millones": 1e9,
    },
    wrapped_scale_words=("mil", "millones", "millón", "millon"),
    percent_words=("por ciento",),
    qualifiers={
        **dict.fromkeys(
            (
                "más de", "mas de", "más del", "mas del", "al menos", "por lo menos", "mínimo",
                "minimo", "sobre", "más de un", "mas de un", "al menos un",
            ),
            "lower",
        ),
        **dict.fromkeys(("hasta", "menos de", "menos del", "máximo", "maximo"), "upper"),
        **dict.fromkeys(("casi", "casi un"), "below"),
        **dict.fromkeys(
            (
                "unos", "unas", "alrededor de", "alrededor del", "aproximadamente", "aprox.",
                "aprox", "cerca de", "cerca del", "cerca de un", "alrededor de un",
            ),
            "about",
        ),
    },  # fmt: skip
    qualifiers_after={"aprox": "about", "aprox.": "about", "y más": "lower", "o más": "lower"},
    number_words={
        "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
        "diez": 10, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
        "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "treinta": 30,
        "cuarenta": 40, "cincuenta": 50,
    },  # fmt: skip
    number_multipliers={"cien": 100, "mil": 1000},
    number_word_stops=("de", "o", "y"),
    fraction_words=("tercio", "tercios", "cuarto", "cuartos"),
    people_nouns=tuple(
        """personas niños niñas adolescentes mujeres hombres migrantes refugiados venezolanos
        peruanos colombianos beneficiarios participantes familias hogares jóvenes
        menores adultos desplazados desplazadas retornados solicitantes evacuados autoevacuados
        damnificados afectados heridos lesionados fallecidos víctimas sobrevivientes pacientes
        estudiantes alumnos escolares habitantes residentes deportados hondureños guatemaltecos
        salvadoreños nicaragüenses haitianos ecuatorianos individuos civiles policías soldados
        médicos enfermeras agricultores pescadores madres gestantes embarazadas pdi pdis idp
        idps indígenas afrodescendientes""".split()
    ),
    resident_nouns=("residentes", "habitantes"),
    generic_people_nouns=("personas", "beneficiarios", "participantes", "individuos"),
    organization_nouns=(
        "socios", "socias", "organizaciones", "organización", "ong", "ongs", "agencias",
        "miembros", "entidades",
    ),  # fmt: skip
    household_nouns=("familias", "hogares"),
    identifier_cues=(
        "decreto", "ley", "resolución", "resolucion", "artículo", "articulo", "ordenanza", "código",
        "codigo", "anexo", "capítulo", "sección", "página", "tabla", "figura", "fase", "ronda",
        "grado", "nivel", "ruta", "carretera", "nota",
    ),  # fmt: skip
    page_words=("página", "pág.", "pág"),
    identifier_codes=("Nro.", "Nro", "núm.", "PL", "DS", "DL", "RM", "RS", "DU"),
    phone_cues=("línea", "linea", "llamar", "llama al", "contacto", "número", "cel", "móvil"),
    measure_units=(
        "kilómetros", "kilometros", "metros", "kilos", "toneladas", "gramos", "litros", "hectáreas",
        "hectareas", "grados", "msnm",
    ),  # fmt: skip
    measure_cues=("magnitud", "kilómetro"),
    duration_units=(
        "hora", "horas", "día", "días", "dia", "dias", "semana", "semanas", "mes", "meses", "año",
        "años", "ano", "anos", "noche", "noches", "minuto", "minutos",
    ),  # fmt: skip
    age_after=("años de edad", "años o más", "años y más", "y más", "años"),
    age_before=("edad de", "edades de", "menores de", "mayores de"),
    age_groups=("niños", "niñas", "niñez", "adolescentes", "personas", "mujeres", "hombres"),
    age_comparators=("menores de", "mayores de"),
    year_units=("años",),
    range_words=("a",),
    ordinal_suffixes=("º", "°", "ª", "er", "do", "ro", "vo", "mo", "to", "na", "va"),
    part_connectors=(
        "de los cuales", "de las cuales", "de los que", "de las que", "de ellos", "de ellas",
        "entre ellos", "entre ellas", "entre los cuales", "entre las cuales", "entre quienes",
        "siendo"),  # fmt: skip
    inclusive_connectors=(
        "incluyendo", "incluidos", "incluidas", "incluye", "que incluye", "que incluyen",
    ),
    composition_connectors=(
        "compuesto por", "compuesta por", "conformado por", "conformada por", "desglosados en",
        "distribuidos en", "distribuidas en", "que se desglosan en", "repartidos entre",
        "repartidas entre", "divididos entre", "divididas entre", "distribuidas entre",
    ),
    whole_after_part=("de un total de",),
    running_total_leads=("elevando", "eleva", "elevó", "llevando", "lleva"),
    running_total_joins=("lo que", "con lo que", "y"),
    increase_of=("un aumento de", "un incremento de", "un alza de"),
    running_total_fors=("para",),
    part_after_refs=(
        "de ellos", "de ellas", "de los cuales", "de las cuales", "entre ellos", "entre ellas",
    ),
    all_words=("todos", "todas"),
    of_this_noun=(
        "de esa", "de ese", "de esta", "de este", "de estos", "de estas", "de esos", "de esas",
        "de todos los", "de todas las",
    ),  # fmt: skip
    amount_nouns=("monto", "importe", "financiamiento"),
    back_subjects=("este", "esta", "estos", "estas", "ese", "esa", "esos", "esas"),
    back_nouns=(
        "financiamiento", "financiación", "monto", "total", "cifra", "paquete", "asignación",
        "contribución", "aporte", "suma", "ayuda", "llamamiento",
    ),  # fmt: skip
    back_includes=("incluye", "incluyó", "incluía", "abarca", "abarcó"),
    back_consists=(
        "se compone de", "se componía de", "se desglosa en", "se desglosó en", "se divide en",
        "se dividió en", "se distribuye entre", "se distribuyó entre", "está compuesto por",
        "está compuesta por", "comprende", "comprendía", "comprendió", "comprenden",
    ),  # fmt: skip
    source_preps=(
        "a través de", "por medio de", "de parte de", "procedentes de", "provenientes de",
    ),
    period_words=(
        "nuevo", "nuevos", "nueva", "nuevas", "adicional", "adicionales", "esta semana",
        "la semana pasada", "este mes", "el mes pasado", "este año", "el año pasado", "diario",
        "semanal", "mensual",
    ),  # fmt: skip
    of_these=(
        "de ese monto", "de este monto",
        "de ese total", "de esa cifra", "de esta cifra", "de este número",
        "esta cifra incluye", "este total incluye", "esta cifra comprende", "este número incluye",
        "de estos", "de estas", "de ellos", "de ellas", "de este total", "de los cuales",
        "de las cuales", "entre ellos", "entre ellas", "del total", "de esos", "de esas",
    ),  # fmt: skip
    of_the=("de", "del", "entre"),
    of_articles=("los", "las", "total de"),
    articles=("el", "la", "los", "las"),
    possessives=("sus", "su"),
    demonstratives=("estos", "estas", "esos", "esas", "todos", "todas"),
    given_leads=(
        "de los", "de las", "entre los", "entre las", "estos", "estas", "esos", "esas", "dichos",
        "dichas",
    ),  # fmt: skip
    relative_pronouns=("los cuales", "las cuales", "ellos", "ellas", "estos", "estas"),
    partial_words=(
        "sobre todo", "principalmente", "en particular", "especialmente", "entre otros",
        "entre otras", "concentrados en", "concentradas en", "mayoritariamente", "como",
        "la mayoría", "en su mayoría", "por ejemplo",
    ),
    other_words=("otros", "otras", "otra", "otro", "el resto", "restante", "restantes"),
    remainder_words=("el resto", "los demás", "las demás", "restantes", "otros", "otras"),
    not_a_part_leads=("frente", "respecto", "en", "a", "con", "para", "que", "meta", "o"),
    and_words=("y", "e", "así como"),
    series_joins=("y", "e", "más"),
    total_after_parts=(
        "en total", "un total de", "por un total de", "sumando", "totalizando", "sobre un total de",
        "sobre un total",
    ),
    total_after_leads=("para", "con"),
    in_total=("en total", "un total de", "total de", "total", "total general"),
    label_below_totals=("combinado", "combinada", "conjunto", "conjunta"),
    together_words=("en conjunto", "en total", "juntos", "juntas", "entre todos", "entre todas"),
    by_words=("por", "según", "segun"),
    partition_dimensions=(
        "provincia", "provincias", "región", "regiones", "país", "países", "nacionalidad",
        "nacionalidades", "departamento", "departamentos", "municipio", "municipios", "ciudad",
        "ciudades", "estado", "estados", "distrito", "distritos", "sexo", "edad", "destino",
        "origen", "país de origen", "albergue", "albergues", "campamento", "campamentos",
        "localidad", "localidades", "comuna", "comunas",
    ),  # fmt: skip
    n_of_w=("de", "sobre"),
    share_tails=("del total", "de ellos", "de ellas", "de cobertura"),
    share_leads=("o", "o sea", "es decir"),
    share_of=("de", "del"),
    share_verbs=(
        "lo que representa", "que representa", "es decir", "equivalente al", "o sea", "o el", "o",
    ),
    this_total=("de ese total", "de este total", "de esa cifra", "de esta cifra"),
    total_nouns=("total",),
    share_base_people=(
        "previstos", "previstas", "focalizados", "focalizadas", "afectados", "afectadas",
        "en necesidad",
    ),
    fatality_terms=("tasa de letalidad", "letalidad", "CFR"),
    death_nouns=(
        "muertes", "muertos", "fallecidos", "fallecimientos", "defunciones", "decesos", "mortales",
        "fatales",
    ),
    case_nouns=("casos", "caso"),
    back_refs=(
        "de ellos", "de ellas", "entre ellos", "entre ellas",
        "de estos últimos", "de estas últimas",
    ),
    unique_words=(
        "únicos", "únicas", "unicos", "unicas", "sin duplicar", "sin duplicados", "sin duplicación",
    ),
    highlight_nouns=tuple(
        """niños niñas mujeres adolescentes mayores embarazadas lactantes
        sobrevivientes""".split()
    ),
    complements=(
        frozenset({"dentro", "fuera"}), frozenset({"femenino", "masculino"}),
        frozenset({"muertos", "heridos"}), frozenset({"femenina", "masculina"}),
        frozenset({"fallecidos", "heridos"}),
        frozenset({"fallecidos", "lesionados"}),
        frozenset({"mujeres", "hombres"}),
        frozenset({"niñas", "niños"}),
        frozenset({"urbano", "rural"}), frozenset({"urbana", "rural"}),
        frozenset({"adultos", "niños"}), frozenset({"urbanas", "rurales"}),
        frozenset({"adultos", "niñas"}), frozenset({"urbanos", "rurales"}),
        frozenset({"mayores", "menores"}),
        frozenset({"adultos", "menores"}),
    ),
    complete_groups=(
        frozenset({"mujeres", "hombres", "niños"}), frozenset({"mujeres", "hombres", "menores"}),
        frozenset({"niños", "adultos", "mayores"}),
        frozenset({"mujeres", "hombres", "niñas", "niños"}),  # sex and age: adults and children
    ),
    disjoint_groups=(
        # "3,905 returned voluntarily and 4,507 were deported"
        frozenset({"voluntariamente", "deportados", "deportadas", "expulsados", "expulsadas"}),
        frozenset({"dañadas", "destruidas"}), frozenset({"dañados", "destruidos"}),
        frozenset({"afectadas", "destruidas"}), frozenset({"afectados", "destruidos"}),
        frozenset({"evacuadas", "autoevacuadas"}), frozenset({"evacuados", "autoevacuados"}),
        frozenset({"refugiados", "desplazados", "retornados", "solicitantes", "apátridas",
                   "desplazadas", "pdi", "retornadas"}),
    ),
    without_words=("sin",),
    with_connectors=("con",),
    place_verbs=("están", "estaban", "viven"),
    place_prepositions=("en",),
    auxiliaries=("son", "eran", "fueron", "es", "han", "sido", "los", "las"),
    degree_adverbs=("totalmente", "parcialmente", "completamente", "enteramente"),
    change_words={
        "menos": "down", "inferior": "down", "menor": "down", "más": "up", "mas": "up",
        "superior": "up", "mayor": "up",
    },  # fmt: skip
    change_links=("que", "a"),
    stock_words=(
        "ahora", "hasta ahora", "hasta la fecha", "a la fecha", "acumulado", "acumulados",
        "acumuladas", "actualmente", "en total", "desde",
    ),  # fmt: skip
    scope_words=(
        "nuevo", "nuevos", "nueva", "nuevas", "adicional", "adicionales", "otro", "otros", "otra",
        "otras", "acumulado", "acumulados", "acumulada", "acumuladas", "desde", "hasta la fecha",
        "a la fecha", "este mes", "esta semana", "este año", "el mes pasado", "la semana pasada",
        "el año pasado", "anterior", "anteriores", "anteriormente", "previamente", "inicial",
        "inicialmente", "primer", "primera", "segunda", "diario", "diarios", "semanal",
        "semanales", "mensual", "mensuales", "por día", "al día", "por semana", "por mes",
        "al mes", "hoy", "ayer", "frente a", "comparado", "meta", "metas", "previsto",
        "previstos", "previstas", "planificados", "proyectados", "esperados", "restantes", "norte",
        "sur", "oriente", "occidente", "oeste", "central", "rural", "rurales", "urbano", "urbanas",
        "urbanos", "pico", "nacional", "a nivel nacional", "en todo el país", "regional", "mundial",
    ),  # fmt: skip
    summary_headings=(
        "cifras clave", "datos clave", "destacados", "resumen", "panorama", "mensajes clave",
        "en cifras", "principales cifras",
    ),  # fmt: skip
    neutral_leads=(
        "son", "eran", "fueron", "es", "era", "hay", "había", "quedan", "quedaron", "permanecen",
        "siguen", "a", "con", "total", "todas", "todos", "deja", "dejan", "dejó", "dejaron",
        "dejado", "ahora",
    ),  # fmt: skip
    change_terms=(
        "aumento", "aumentó", "aumentaron", "incremento", "incrementó", "alza", "subió",
        "subieron", "creció", "crecieron", "crecimiento", "disminución", "disminuyó",
        "disminuyeron", "descenso", "descendió", "bajó", "bajaron", "caída", "cayó", "cayeron",
        "reducción", "retrocedió", "retroceso", "avanzó", "avanzaron",
    ),
    majority_words=("la mayor parte", "la mayoría", "la gran mayoría", "la mayor parte de ellos"),
    rate_prepositions=("entre", "para"),
    change_down_terms=(
        "disminución", "disminuyó", "disminuyeron", "descenso", "descendió", "bajó", "bajaron",
        "caída", "cayó", "cayeron", "reducción", "retrocedió", "retroceso",
    ),
    figure_anaphora=(
        "esta cifra", "este número", "este total", "esa cifra", "ese número", "su número",
        "esto representa", "lo que representa", "esto supone",
    ),
    narrowing_words=(
        "en", "de", "del", "por", "para", "con", "sin", "desde", "hacia", "hasta", "entre", "que",
        "quienes", "cuyo", "cuya", "cuyos", "cuyas", "a", "al", "bajo", "sobre", "tras", "durante",
        "y", "e", "o", "u", "pero", "como", "menores", "mayores", "incluidos", "incluidas", "no",
        "contra", "según", "cerca", "donde", "cuando", "solo", "sólo", "únicamente",
        "internamente", "temporalmente", "directamente", "indirectamente", "parcialmente",
        "totalmente", "gravemente",
    ),  # fmt: skip
    change_cues=(
        "frente a", "frente al", "respecto a", "respecto al", "respecto de", "respecto del",
        "anterior", "cuando", "comparado con", "en comparación con", "contra",
    ),
    change_from=("de", "del", "desde"),
    change_to=("a", "al", "hasta"),
    change_by=("de", "en"),
    **FUNDING_WORDS,
    **RESTATED_WORDS,
    **SUM_WORDS,
    **RELATION_WORDS,
    **TABLE_WORDS,
    months={
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
        "diciembre": 12,
    },  # fmt: skip
    month_abbreviations={"ene": 1, "abr": 4, "ago": 8, "dic": 12},
    date_links=("de", "del"),
    date_range_joins=("al", "a", "y", "hasta"),
    date_articles=("el",),
    period_cues=(
        "período de reporte", "periodo de reporte", "período del reporte", "periodo del reporte",
        "período del informe", "periodo del informe", "período reportado", "periodo reportado",
        "período cubierto", "periodo cubierto", "período de la actualización",
        "periodo de la actualizacion", "periodo de la actualización", "período", "periodo",
    ),
    period_from=("del", "desde"),
    event_leads=("el", "del", "entre", "durante"),
    future_words=(
        "próxima", "próximo", "próximas", "próximos", "será", "serán", "prevista", "previsto",
        "programada", "programado",
    ),
    background_leads=(
        "frente a", "respecto a", "respecto al", "en comparación con", "comparado con",
        "decreto", "ley", "resolución",
        "de fecha", "desde", "hasta", "al", "a partir", "corte", "actualizado", "fuente",
        "publicado", "aprobado", "aprobada", "emitido", "emitida", "plazo",
        "lanzado", "lanzada", "historial", "nº", "n°",
    ),  # fmt: skip
    abbreviations=("nº", "n°", "aprox", "sr", "sra", "núm", "num"),
    list_namely=("a saber", "es decir", "concretamente"),
    list_links=("de", "son", "fueron", "a saber"),
    clause_leads=("que", "quien", "quienes", "donde", "cuyo", "cuya", "cuyos", "cuyas"),
    where_words=("donde", "en donde", "en el que", "en la que"),
    list_participle_endings=("ados", "idos", "adas", "idas"),
    list_back_determiners=(
        "los", "las", "estos", "estas", "esos", "esas", "todos los", "todas las",
    ),
    list_subset_words=(
        "más", "mayores", "mayor", "peores", "principales", "restantes", "otros", "otras", "demás",
        "primeros", "primeras", "últimos", "últimas", "menos", "prioritarios", "prioritarias",
    ),
    name_joins=("de", "del", "la", "las", "los", "el"),
    series_leads=("en", "a"),
    placeholder_markers=("PENDIENTE POR DEFINIR", "POR DEFINIR"),
    placeholder_insert=("insertar", "agregar", "completar"),
    placeholder_template=(
        "resumen", "título", "titulo", "fecha", "nombre", "cifra", "sección", "seccion", "texto",
    ),
    placeholder_length_units=("líneas", "lineas", "palabras"),
    placeholder_maximum=("máximo", "maximo"),
    true_words=(*NEUTRAL.true_words, "sí", "si", "verdadero"),
    false_words=(*NEUTRAL.false_words, "no", "falso"),
    link_placeholders=(*NEUTRAL.link_placeholders, "enlace", "insertar-enlace"),
    section_titles=(
        "contexto", "respuesta", "coordinación", "coordinacion", "financiamiento", "cifras clave",
    ),
    agency_aliases=(
        frozenset({"acnur", "unhcr"}),
        frozenset({"oim", "iom"}),
        frozenset({"pma", "wfp"}),
        frozenset({"oit", "ilo"}),
        frozenset({"pnud", "undp"}),
        frozenset({"acnudh", "ohchr"}),
        frozenset({"ficr", "ifrc"}),
        frozenset({"cicr", "icrc"}),
        frozenset({"onusida", "unaids"}),
        frozenset({"ops oms", "paho who"}),
        frozenset({"ops", "paho"}),
        frozenset({"onu mujeres", "un women"}),
        frozenset({"unicef", "fondo de las naciones unidas para la infancia"}),
        frozenset(
            {"fao", "organizacion de las naciones unidas para la alimentacion y la agricultura"}
        ),
        frozenset({"oms", "who"}),
    ),
)

LEXICON: Lexicon = ES
