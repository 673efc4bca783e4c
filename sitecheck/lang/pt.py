"""Portuguese: Mozambique, Angola and Brazil reports (dot thousands, comma decimals).

Derived from Spanish: the notation, "mil" and many cues are shared; only what differs is given.
"""

from __future__ import annotations

from sitecheck.lang.base import Lexicon
from sitecheck.lang.derivation import derive
from sitecheck.lang.es import ES
from sitecheck.lang.neutral import NEUTRAL
from sitecheck.lang.pt_funding import FUNDING_WORDS
from sitecheck.lang.pt_relations import RELATION_WORDS
from sitecheck.lang.pt_restated import RESTATED_WORDS
from sitecheck.lang.pt_sums import SUM_WORDS

PT = derive(
    ES,
    code="pt",
    decimal_mark=",",
    name="português",
    sex_marks=("H",),  # homens ("1.203 M / 1.100 H")
    stopwords=(
        "os", "da", "do", "das", "dos", "em", "não", "pessoas", "foram", "uma", "com", "um", "ao",
        "aos", "às", "pela", "pelo", "são", "também", "até",
    ),  # fmt: skip
    currency_suffixes={
        **ES.currency_suffixes,
        "reais": "BRL", "dólares americanos": "USD", "meticais": "MZN", "MZN": "MZN",
        "kwanzas": "AOA", "AOA": "AOA", "francos suíços": "CHF",
    },
    scale_words={
        **ES.scale_words,
        "milhão": 1e6, "milhões": 1e6, "bilhão": 1e9, "bilhões": 1e9, "mil milhões": 1e9,
    },
    percent_words=("por cento",),
    qualifiers={
        **dict.fromkeys(("mais de", "pelo menos", "acima de", "no mínimo"), "lower"),
        **dict.fromkeys(("até", "menos de", "no máximo"), "upper"),
        "quase": "below",
        **dict.fromkeys(
            (
                "cerca de", "aproximadamente", "por volta de", "em torno de", "estimadas",
                "estimados", "aprox.", "aprox",
            ),
            "about",
        ),
    },
    qualifiers_after={"aprox": "about", "aprox.": "about", "ou mais": "lower", "e mais": "lower"},
    number_words={
        "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
        "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quinze": 15,
        "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50,
    },  # fmt: skip
    number_multipliers={"cem": 100, "mil": 1000},
    number_word_stops=("de", "ou", "a", "e"),
    fraction_words=("terço", "terços", "quarto", "quartos"),
    people_nouns=tuple(
        """pessoas crianças mulheres homens meninas meninos refugiados migrantes deslocados
        deslocadas famílias agregados beneficiários participantes venezuelanos indivíduos
        alunos escolares pacientes casos adolescentes raparigas rapazes menores adultos retornados
        requerentes solicitantes desalojados desabrigados afetados afectados feridos vítimas
        sobreviventes estudantes habitantes residentes civis policiais soldados médicos
        enfermeiros agricultores pescadores mães gestantes pdi pdis idp idps indígenas""".split()
    ),
    resident_nouns=("residentes", "habitantes", "moradores"),
    generic_people_nouns=("pessoas", "indivíduos", "beneficiários", "participantes"),
    organization_nouns=(
        "parceiros", "organizações", "organização", "ong", "ongs", "agências", "membros",
        "entidades",
    ),  # fmt: skip
    household_nouns=("famílias", "agregados", "domicílios"),
    identifier_cues=(
        "decreto", "lei", "portaria", "resolução", "artigo", "anexo", "capítulo", "secção", "seção",
        "página", "tabela", "figura", "fase", "ronda", "rodada", "nível", "estrada", "nota",
    ),  # fmt: skip
    page_words=("página", "pág.", "pág"),
    identifier_codes=("n.º", "N.º", "nº"),
    numbered_periods=("semana", "semana epidemiológica", "SE"),
    phone_cues=("telefone", "linha", "ligue", "contacto", "contato", "número", "whatsapp"),
    measure_units=(
        "quilómetros", "quilômetros", "metros", "toneladas", "litros", "hectares", "graus",
    ),
    measure_cues=("magnitude", "quilómetro", "quilômetro"),
    duration_units=(
        "hora", "horas", "dia", "dias", "semana", "semanas", "mês", "meses", "ano", "anos", "noite",
        "noites", "minuto", "minutos",
    ),  # fmt: skip
    age_after=("anos de idade", "anos ou mais", "anos e mais", "anos"),
    age_before=("idade de", "menores de", "maiores de", "com menos de", "com mais de"),
    age_groups=("crianças", "meninas", "meninos", "pessoas", "mulheres", "homens", "adolescentes"),
    age_comparators=(
        "menores de", "maiores de", "com menos de", "com mais de", "abaixo de", "acima de",
    ),
    year_units=("anos",),
    range_words=("a",),
    ordinal_suffixes=("º", "ª", "°"),
    part_connectors=("dos quais", "das quais", "entre eles", "entre elas", "deles", "delas",
                     "sendo"),  # fmt: skip
    inclusive_connectors=("incluindo", "inclusive", "incluídos", "incluídas", "que incluem"),
    composition_connectors=(
        "composto por", "composta por", "distribuídos por", "distribuídas por", "divididos em",
        "divididos entre", "divididas entre", "repartidos entre", "repartidas entre",
        "distribuídos entre", "distribuídas entre",
    ),
    whole_after_part=("de um total de", "num total de"),
    running_total_leads=("elevando", "eleva", "elevou", "levando"),
    running_total_joins=("o que", "e"),
    increase_of=("um aumento de", "um acréscimo de", "uma alta de"),
    running_total_fors=("para",),
    part_after_refs=("deles", "delas", "dos quais", "das quais", "entre eles", "entre elas"),
    of_this_noun=(
        "desse", "dessa", "deste", "desta", "desses", "dessas", "destes", "destas", "de todos os",
        "de todas as",
    ),  # fmt: skip
    amount_nouns=("montante", "valor", "financiamento"),
    back_subjects=("este", "esta", "estes", "estas", "esse", "essa", "esses", "essas"),
    back_nouns=(
        "financiamento", "montante", "total", "número", "pacote", "valor", "contribuição",
        "verba", "ajuda", "apelo",
    ),  # fmt: skip
    back_includes=("inclui", "incluiu", "incluía", "abrange", "abrangeu"),
    back_consists=(
        "compõe-se de", "divide-se em", "dividiu-se em", "distribui-se entre",
        "é composto por", "é composta por", "compreende", "compreendia", "compreendeu",
    ),  # fmt: skip
    source_preps=("através de", "por meio de", "por intermédio de", "provenientes de", "via"),
    period_words=(
        "novo", "novos", "nova", "novas", "adicional", "adicionais", "esta semana",
        "na semana passada", "este mês", "no mês passado", "este ano", "no ano passado",
        "diário", "semanal", "mensal",
    ),  # fmt: skip
    of_these=(
        "desse montante", "deste montante",
        "desse total", "deste número", "desse número",
        "este número inclui", "este total inclui", "este número compreende",
        "destes", "destas", "deste total", "dos quais", "das quais", "entre eles", "entre elas",
        "deles", "delas", "do total", "desses", "dessas", "sendo que",
    ),  # fmt: skip
    of_the=("dos", "das", "do", "da", "de", "entre"),
    of_articles=("os", "as", "total de"),
    articles=("o", "a", "os", "as"),
    possessives=("seus", "suas", "seu", "sua"),
    demonstratives=("estes", "estas", "esses", "essas", "todos", "todas"),
    given_leads=(
        "dos", "das", "entre os", "entre as", "estes", "estas", "esses", "essas", "destes",
        "destas", "desses", "dessas",
    ),  # fmt: skip
    relative_pronouns=("os quais", "as quais", "eles", "elas", "estes", "estas"),
    partial_words=(
        "sobretudo", "principalmente", "em particular", "com destaque para", "nomeadamente",
        "especialmente", "entre outros", "entre outras", "concentrados em", "como",
        "a maioria", "na sua maioria", "maioritariamente", "por exemplo",
    ),
    other_words=("outros", "outras", "outra", "outro", "o restante", "restantes"),
    remainder_words=(
        "o restante", "os restantes", "as restantes", "os demais", "as demais", "outros", "outras",
    ),
    not_a_part_leads=("face", "em relação", "em", "a", "com", "para", "que", "meta", "ou"),
    and_words=("e", "bem como"),
    series_joins=("e", "mais"),
    total_after_parts=(
        "no total", "um total de", "num total de", "totalizando", "ao todo", "em total",
    ),
    total_after_leads=("para", "com"),
    in_total=("no total", "um total de", "ao todo", "total de", "total", "total geral"),
    label_below_totals=("combinado", "combinada", "conjunto", "conjunta"),
    together_words=("em conjunto", "no total", "juntos", "juntas", "ao todo"),
    breakdown_heads=(
        "desagregação", "distribuição", "repartição", "discriminação", "distribuídos assim",
        "distribuídas assim", "desagregados", "desagregadas", "distribuem-se assim",
        "se distribuem assim", "distribuem-se da seguinte maneira", "da seguinte forma",
        "como se segue",  # "… da seguinte forma" in every verb form
        "dividem-se assim", "divide-se assim",  # "os 84 incidentes dividem-se assim: 52 …"
    ),
    by_words=("por", "segundo"),
    partition_dimensions=(
        "província", "províncias", "região", "regiões", "país", "países", "nacionalidade",
        "nacionalidades", "estado", "estados", "cidade", "cidades", "município", "municípios",
        "distrito", "distritos", "sexo", "idade", "destino", "origem", "país de origem",
        "cidade de destino", "abrigo", "abrigos", "localidade", "localidades",
    ),  # fmt: skip
    n_of_w=("de", "dos", "das", "do", "da"),
    share_tails=("do total", "deles", "delas", "de cobertura"),
    share_leads=("ou", "ou seja"),
    share_of=("de", "dos", "das", "do", "da"),
    share_verbs=("o que representa", "que representa", "ou seja", "isto é", "ou"),
    this_total=("desse total", "deste total", "desse número", "deste número"),
    total_nouns=("total",),
    share_base_people=(
        "previstos", "previstas", "planejados", "planejadas", "afetados", "afetadas",
        "em necessidade",
    ),
    fatality_terms=("taxa de letalidade", "letalidade", "CFR"),
    death_nouns=("óbitos", "mortes", "fatais", "mortos"),
    case_nouns=("casos", "caso"),
    back_refs=(
        "deles", "delas", "entre eles", "entre elas",
        "destes últimos", "destas últimas",
    ),
    unique_words=("únicos", "únicas", "sem duplicação", "sem duplicidade", "sem dupla contagem"),
    highlight_nouns=tuple(
        """crianças meninas meninos mulheres idosos idosas gestantes lactantes adolescentes
        sobreviventes deficiência""".split()
    ),
    complements=(
        frozenset({"dentro", "fora"}), frozenset({"feminino", "masculino"}),
        frozenset({"mortos", "feridos"}), frozenset({"feminina", "masculina"}),
        frozenset({"mulheres", "homens"}),
        frozenset({"meninas", "meninos"}),
        frozenset({"raparigas", "rapazes"}), frozenset({"adultos", "crianças"}),
        frozenset({"maiores", "menores"}), frozenset({"urbanas", "rurais"}),
        frozenset({"adultos", "menores"}), frozenset({"urbanos", "rurais"}),
        frozenset({"urbano", "rural"}), frozenset({"urbana", "rural"}),
    ),
    complete_groups=(
        frozenset({"mulheres", "homens", "crianças"}), frozenset({"crianças", "adultos", "idosos"}),
        frozenset({"mulheres", "homens", "meninas", "meninos"}),  # sex and age: adults, children
    ),
    disjoint_groups=(
        # "3,905 returned voluntarily and 4,507 were deported"
        frozenset({"voluntariamente", "deportados", "deportadas", "expulsos", "expulsas"}),
        frozenset({"danificadas", "destruídas"}), frozenset({"danificados", "destruídos"}),
        frozenset({"evacuadas", "autoevacuadas"}), frozenset({"evacuados", "autoevacuados"}),
        frozenset({"refugiados", "deslocados", "retornados", "requerentes", "apátridas",
                   "deslocadas", "pdi", "pdis"}),
    ),
    without_words=("sem",),
    with_connectors=("com",),
    place_verbs=("estão", "estavam", "vivem"),
    place_prepositions=("em", "no", "na", "nos", "nas"),
    auxiliaries=("são", "eram", "foram", "é", "têm", "sido", "os", "as"),
    degree_adverbs=("totalmente", "parcialmente", "completamente", "inteiramente"),
    change_words={
        "menos": "down", "inferior": "down", "menor": "down", "mais": "up", "superior": "up",
        "maior": "up",
    },  # fmt: skip
    change_links=("que", "do que", "em relação a", "face a", "aos", "às", "ao", "à"),
    stock_words=(
        "agora", "até agora", "até à data", "até a data", "acumulado", "acumulados",
        "atualmente", "no total", "ao todo", "desde",
    ),  # fmt: skip
    scope_words=(
        "novo", "novos", "nova", "novas", "adicional", "adicionais", "outro", "outros", "outra",
        "outras", "acumulado", "acumulados", "acumulada", "acumuladas", "desde", "até à data",
        "até a data", "até ao momento", "até o momento", "este mês", "esta semana", "este ano",
        "no mês passado", "na semana passada", "no ano passado", "anterior", "anteriores",
        "anteriormente", "inicial", "inicialmente", "primeira", "segunda", "diário", "diários",
        "semanal", "mensal", "por dia", "por semana", "por mês", "hoje", "ontem", "face a",
        "meta", "metas", "previstos", "previstas", "planeados", "planejados", "esperados",
        "restantes", "norte", "sul", "leste", "oeste", "centro", "rural", "rurais", "urbano",
        "urbanas", "urbanos", "pico", "nacional", "a nível nacional", "em todo o país", "regional",
        "mundial",
    ),  # fmt: skip
    summary_headings=(
        "números-chave", "números chave", "destaques", "resumo", "panorama", "em números",
        "mensagens-chave", "principais números",
    ),  # fmt: skip
    neutral_leads=(
        "são", "eram", "foram", "é", "era", "há", "havia", "permanecem", "continuam", "a", "para",
        "com", "total", "todas", "todos", "deixa", "deixam", "deixou", "deixaram", "deixado",
        "agora",
    ),  # fmt: skip
    change_terms=(
        "aumento", "aumentou", "aumentaram", "cresceu", "cresceram", "crescimento", "queda",
        "caiu", "caíram", "redução", "reduziu", "diminuição", "diminuiu", "alta", "subiu",
        "recuo", "recuou", "avançou", "avançaram"),
    rate_prepositions=("entre", "para"),
    rate_nouns=(
        "taxa", "taxas", "cobertura", "prevalência", "incidência", "alfabetização", "frequência",
        "matrícula", "positividade",
    ),
    majority_words=("a maioria", "a maior parte", "a grande maioria"),
    change_down_terms=("queda", "caiu", "caíram", "redução", "reduziu", "diminuição", "diminuiu",
        "recuo", "recuou", "avançou", "avançaram"),  # fmt: skip
    figure_anaphora=(
        "este número", "esse número", "esta cifra", "essa cifra", "este total", "esse total",
        "o seu número", "isto representa", "isso representa", "o que representa",
    ),
    narrowing_words=(
        "em", "no", "na", "nos", "nas", "de", "do", "da", "dos", "das", "por", "pelo", "pela",
        "para", "com", "sem", "desde", "até", "entre", "que", "quem", "cujo", "cuja", "a", "ao",
        "à", "aos", "às", "sob", "sobre", "durante", "após", "e", "ou", "mas", "como", "não",
        "contra", "segundo", "conforme", "perto", "onde", "quando", "só", "apenas", "somente",
        "internamente", "temporariamente", "diretamente", "indiretamente", "parcialmente",
        "totalmente", "gravemente",
    ),  # fmt: skip
    change_cues=(
        "em relação a", "em relação ao", "em relação à", "em relação aos", "em relação às",
        "face a", "face ao", "face aos", "face às", "anterior", "quando", "contra", "comparado com",
        "em comparação com",
    ),
    change_from=("de", "desde"),
    change_to=("para", "a"),
    change_by=("de", "em"),
    **FUNDING_WORDS,
    **RESTATED_WORDS,
    **SUM_WORDS,
    **RELATION_WORDS,
    table_totals=("total", "totais", "total geral", "total nacional"),
    table_subtotals=("subtotal", "sub-total", "sub total"),
    table_averages=("média", "mediana"),
    table_subitems=("dos quais", "das quais", "incluindo", "entre eles"),
    table_empty=(*NEUTRAL.table_empty, "s/d", "n/d", "nd", "sem dados"),
    table_scales={**NEUTRAL.table_scales, "milhares": 1e3, "milhões": 1e6, "mil": 1e3,
                  "milhão": 1e6},
    table_percents=("frequência relativa", "freq. relativa", "percentual", "porcentagem",
        "letalidade", "taxa de letalidade"),
    table_shares=("% do total", "proporção", "participação", "distribuição",
                  "percentual do total"),
    table_numerators=("disponível", "disponíveis",
        "alcançados", "alcançadas", "alcançado", "atendidos", "atendidas", "assistidos",
        "beneficiados", "financiado", "recebido", "recebidos", "óbitos", "mortes", "vacinados",
        "distribuídos", "realizado", "executado",
    ),
    table_denominators=(
        "meta", "metas", "alvo", "previsto", "previstos", "planejado", "requerido",
        "necessário", "necessidades", "solicitado", "orçamento", "casos", "objetivo",
    ),
    table_variation=("variação", "% de variação", "mudança", "evolução"),
    table_rates=("taxa", "razão", "por", "média", "médio", "mediana", "incidência", "densidade",
        "índice", "tamanho"),
    table_before=("atual", "anterior", "inicial", "original", "vigente"),
    table_increase=("aumento", "acréscimo", "incremento", "adicional"),
    table_after=("revisto", "revisado", "revista", "novo", "nova", "final"),
    table_selection=(
        "principais", "com mais", "com maior", "mais afetados", "mais afetadas", "maiores",
        "selecionados"
    ),
    table_once=("contadas uma única vez", "contados uma única vez", "uma única vez",
                "dupla contagem", "não são cumulativos", "não somam"),
    sector_names=(
        "saúde", "água, saneamento e higiene", "proteção", "educação",
        "segurança alimentar", "abrigo", "nutrição", "logística", "recuperação inicial",
        "meios de subsistência", "proteção da criança", "vbg", "integração",
        "transporte humanitário", "multissetorial", "alimentos", "agricultura",
    ),
    months={
        "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
        "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    },  # fmt: skip
    month_abbreviations={"fev": 2, "mai": 5, "dez": 12},
    date_links=("de",),
    day_suffixes=("º", "°"),
    date_range_joins=("a", "e", "até"),
    date_articles=("o",),
    period_cues=(
        "período de reporte", "período do relatório", "período abrangido", "período coberto",
        "período de referência", "período",
    ),  # fmt: skip
    period_from=("de",),
    event_leads=("em", "no dia", "entre", "durante", "de", "a"),
    future_words=(
        "próxima", "próximo", "próximas", "será", "serão", "prevista", "previsto", "programada",
    ),
    background_leads=(
        "face a", "em comparação com", "comparado com", "contra",
        "decreto", "lei", "portaria", "resolução",
        "desde", "até", "a partir de", "atualizado", "fonte", "publicado", "aprovado", "prazo",
        "data de corte", "lançado", "lançada", "histórico", "nº", "n.º",
    ),  # fmt: skip
    abbreviations=("nº", "n.º", "aprox", "sr", "sra", "art", "dr"),
    list_namely=("nomeadamente", "a saber", "ou seja"),
    list_links=("de", "são", "foram", "a saber"),
    clause_leads=("que", "quem", "onde", "cujo", "cuja", "cujos", "cujas"),
    list_participle_endings=("ados", "idos", "adas", "idas"),
    list_back_determiners=(
        "os", "as", "estes", "estas", "esses", "essas", "dos", "das", "nos", "nas", "aos",
        "todos os", "todas as",
    ),
    list_subset_words=(
        "mais", "maiores", "principais", "restantes", "outros", "outras", "demais", "primeiros",
        "primeiras", "últimos", "últimas", "menos", "prioritários", "prioritárias",
    ),
    name_joins=("de", "do", "da", "dos", "das"),
    series_leads=("em", "no", "na", "nos", "nas", "ao", "aos"),
    placeholder_markers=("A PREENCHER", "A DEFINIR", "PREENCHER"),
    placeholder_insert=("inserir", "adicionar", "preencher"),
    placeholder_template=("resumo", "título", "data", "nome", "número", "seção", "secção", "texto"),
    placeholder_length_units=("linhas", "palavras"),
    placeholder_maximum=("no máximo", "máximo"),
    true_words=(*ES.true_words, "sim", "verdadeiro"),
    false_words=(*ES.false_words, "não", "nao"),
    link_placeholders=(*ES.link_placeholders, "ligação", "link"),
    section_titles=(
        "contexto", "resposta", "coordenação", "financiamento", "números-chave", "destaques",
    ),
    agency_aliases=(
        frozenset({"acnur", "unhcr"}),
        frozenset({"oim", "iom"}),
        frozenset({"pam", "pma", "wfp"}),
        frozenset({"onu mulheres", "un women"}),
        frozenset({"unicef", "fundo das nacoes unidas para a infancia"}),
        frozenset({"oms", "who"}),
        frozenset({"fnuap", "unfpa"}),
        frozenset({"pnud", "undp"}),
    ),
)

LEXICON: Lexicon = PT
