"""Portuguese words of relations between figures: definite lists, wholes after a group, totals
reached by adding, those screened and those found among them.

Part of the Portuguese lexicon (``sitecheck.lang.pt``), kept apart only for its length.
"""

from __future__ import annotations

RELATION_WORDS: dict[str, object] = dict(
    largest_words=("o maior número", "a maior quantidade", "o número mais elevado"),
    where_words=("onde", "em que"),  # "onde há 13 ocupações, …": a clause on a place
    # "The agency reports that, of the 412 households hit, …": a clause before "of the N"
    # "According to the institute, of the 27 deaths, 21 …": a source before "of the N"
    source_leads=("segundo", "de acordo com", "conforme"),
    says_that=(
        "indica que", "informa que", "refere que", "aponta que", "revela que", "mostra que",
        "indicou que", "informou que", "referiu que",
    ),
    # "for five crises. … aid in Chad, …": what a count of names announced before them counts
    named_set_nouns=(
        "países", "províncias", "regiões", "estados", "municípios", "distritos", "crises",
        "emergências",
    ),  # fmt: skip
    named_set_leads=("através de", "por todo"),
    example_words=("por exemplo", "p. ex.", "ex."),
    # "rose by 6% on April (17,836)": the period compared, its figure in brackets
    change_against=("sobre",),
    previous_period=(
        "anterior", "precedente", "o mês passado", "a semana passada",
        "último relatório", "última atualização", "última ronda",
    ),  # fmt: skip
    year_comparison=("mesmo", "mesma", "ano", "anos"),
    group_narrowers=("idosos", "idosas", "maiores"),  # "adultos idosos": older people
    list_copulas=("são", "foram", "eram"),
    whole_after_group=("entre os", "entre as"),
    added_leads=(
        "somados aos", "somadas às", "somado ao", "somada à", "com outros", "com outras",
        "junto com",
    ),  # fmt: skip
    added_reach=(
        "chega a", "chegam a", "atinge", "atingem", "soma", "somam", "totaliza", "totalizam",
        "ascende a", "ascendem a",
    ),  # fmt: skip
    stock_after=("que agora acolhe", "que agora abriga", "que já acolhe", "que já abriga"),
    screened_words=(
        "triagem", "rastreados", "rastreadas", "rastreio", "examinados", "examinadas",
    ),  # fmt: skip
    screen_results=(
        "entraram", "ingressaram",
        "identificados", "identificadas", "admitidos", "admitidas", "referidos", "referidas",
        "encaminhados", "encaminhadas", "diagnosticados", "diagnosticadas",
    ),  # fmt: skip
    # "Main needs: food (61%), shelter (42%)": survey answers, several per household (plural:
    # "people in need" is no survey).
    answer_nouns=(
        "necessidades", "prioridade", "prioridades", "preocupação",
        "preocupações", "motivo", "motivos", "razão", "razões", "barreira", "barreiras",
        "dificuldades",
    ),  # fmt: skip
    # none, only one, both: the answers of a partition
    share_none_words=("não", "nenhum", "nenhuma", "sem"),
    share_only_words=("só", "apenas", "somente", "unicamente"),
    share_both_words=("ambos", "ambas", "os dois", "as duas"),
    cause_preps=("por", "devido a", "em consequência de", "por causa de"),
    under_preps=("sob",),
    reflexives=("se",),
    plural_verb_endings=("am", "em"),
    contrast_joins=("enquanto", "ao passo que"),
    # "… e 15% a zonas menos graves": um grau abaixo dos nomeados fecha a lista
    lesser_words=("menos", "menor"),
    # com famílias ou comunidades de acolhimento, ou em abrigos e sítios; trabalho formal ou não;
    # situação regular ou irregular
    split_sides=(
        (
            (
                "família de acolhimento", "famílias de acolhimento", "família anfitriã",
                "famílias anfitriãs", "comunidade de acolhimento", "comunidades de acolhimento",
                "comunidade de acolhida", "comunidades de acolhida", "comunidade anfitriã",
                "comunidades anfitriãs", "parentes", "amigos",
            ),
            ("abrigo", "abrigos", "sítio", "sítios", "acampamento", "acampamentos"),
        ),
        (("formal", "formais"), ("informal", "informais", "informalidade")),
        (("regular", "regulares", "regularizados", "regularizadas"), ("irregular", "irregulares")),
    ),  # fmt: skip
    target_leads=(
        "de uma meta de", "face a uma meta de", "de um objetivo de", "face a um objetivo de",
    ),
    origin_leads=("provenientes de", "procedentes de", "oriundos de", "oriundas de"),
    gloss_openers=("ou seja", "isto é", "em outras palavras", "por outras palavras"),
    # "que en el registro previo (70,8 millones)": the figure compared with, not a part
    comparison_words=(
        "face", "em relação", "anterior", "último", "última", "passado", "seguido de", "seguida de",
        "seguidos de", "seguidas de", "seguido por", "seguida por", "seguidos por", "seguidas por",
        "prévio", "prévia", "prévios", "prévias",
        # contracted: "seguida do Bengo (68)", "seguida pelo posto (452)": the next of a ranking
        "seguido do", "seguida do", "seguido da", "seguida da", "seguidos dos", "seguidas das",
        "seguido pelo", "seguida pelo", "seguido pela", "seguida pela", "seguidos pelos",
        "seguidas pelas",
    ),
    # "the current number (384,060)": before the later figure of a change
    current_words=("atual", "atuais", "actual", "actuais"),
    movement_modes=(
        frozenset({"voluntariamente", "espontaneamente", "deportados", "deportadas", "expulsos",
                   "expulsas"}),
        frozenset({"evacuadas", "autoevacuadas"}), frozenset({"evacuados", "autoevacuados"}),
    ),
    existential_openers=(
        "houve", "há", "trata-se de", "registou-se", "registrou-se", "verificou-se",
    ),
    equals_words=(
        "o que equivale a", "que equivale a", "equivalente a", "ou seja", "isto é", "ou",
    ),
    net_balance_words=(
        "saldo migratório de", "saldo migratório positivo de", "saldo migratório negativo de",
        "saldo líquido de", "fluxo líquido de",
    ),
    level_words=("situava-se em", "estava em", "era de"),
    # "The first … The next … The last …": one event a sentence
    ordinal_firsts=("o primeiro", "a primeira"),
    ordinal_nexts=(
        "o segundo", "a segunda", "o terceiro", "a terceira", "o quarto", "a quarta", "o quinto",
        "a quinta", "o seguinte", "a seguinte",
    ),  # fmt: skip
    ordinal_lasts=("o último", "a última"),
    harm_events=(
        "eventos", "incidentes", "ataques", "emergências", "episódios", "confrontos",
        "incursões", "deslizamentos", "explosões",
    ),  # fmt: skip
    group_copulas=(
        "trata-se de", "tratava-se de", "estes eram", "estas eram", "estes são", "estas são",
    ),  # fmt: skip
    past_levels=("tinha sido de", "havia sido de", "era de", "foi de"),
    so_words=("portanto", "de modo que", "pelo que", "o que significa que"),
    weekdays=(
        "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
        "domingo",
    ),  # fmt: skip
    # "8 in A, 3 in B and one in C": the word for one, not read as a figure, closes a list
    unread_ones=("um", "uma", "um só", "uma só"),
    # "requirements representing 51 percent of the total": no comma before the participle
    share_participles=("representando", "equivalente a"),
    # "4,800 people took part in: A (3,100), B (2,900)": one person may be counted in several
    overlap_verbs=(
        "participaram de", "participaram em", "participaram nas", "participaram dos",
        "assistiram a", "se beneficiaram de", "beneficiaram de", "acessaram",
    ),  # fmt: skip
)
