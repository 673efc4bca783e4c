"""O que o sitecheck diz, em português."""

from __future__ import annotations

MONTHS = (
    "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
    "outubro", "novembro", "dezembro",
)  # fmt: skip

MESSAGES: dict[str, str] = {
    # datas
    "date.full": "{day} de {month} de {year}",
    "date.day_month": "{day} de {month}",
    "date.period": "{start} a {end}",
    # sum-mismatch
    "sum.total": "total declarado {stated}, mas a soma das partes é {added} ({expr})",
    "sum.total.help": "um total de {added}, ou partes que somem {stated}",
    "sum.funding": (
        "financiado {funded} + lacuna {gap} = {added}, mas o montante requerido é {required}"
    ),
    "sum.change": (
        "variação declarada {change}, mas a diferença entre {amount} e {earlier} é {actual}"
    ),
    "sum.table": (
        "total declarado {stated} ({where}), mas a soma das células que ele totaliza é {added} "
        "({expr}{blank})"
    ),
    "sum.table.blank.one": " e {n} célula vazia",
    "sum.table.blank.other": " e {n} células vazias",
    "sum.table.help": "um total de {added}, ou células que somem {stated}",
    "sum.product": "valor declarado {result} ({where}), mas {amount} × {factor} = {expected}",
    # percent-mismatch
    "pct.share": "percentual declarado {pct}; {part} / {base} = {actual}",
    "pct.share.funded": "percentual financiado declarado {pct}; {part} / {base} = {actual}",
    "pct.share.gap": "lacuna declarada {pct}; {part} / {base} = {actual}",
    "semicolon": "; ",
    "pct.would_give": "{value} daria {pct}",
    "pct.or_base": "ou uma base de {value}",
    "pct.or_requirement": "ou um montante requerido de {value}",
    "pct.funded_gap": "financiado {funded} e não financiado {gap} não somam 100%",
    "pct.table": "percentual declarado {pct} ({where}); {shown}",
    "pct.table.share": "{amount} / {base} = {actual}",
    "pct.table.average": "{amount} / {base} = {actual} em média",
    "pct.table.gap": "100% − {amount} / {base} = {actual}",
    "pct.table.change": "de {base} para {amount} = {actual}",
    "pct.implied": (
        "parcelas de um mesmo total dão dois totais: {amount} é {pct} de cerca de {whole}, "
        "{other_amount} é {other_pct} de cerca de {other_whole}"
    ),
    "pct.shares": "as parcelas de um mesmo total somam {added} ({shown}), não 100%",
    "pct.table_shares": "as parcelas de {where} somam {added} ({shown}), não 100%",
    "pct.hundred": "100%",
    "pct.change.less": (
        "declarado {pct} a menos; {amount} em relação a {other} é {actual} {direction}"
    ),
    "pct.change.more": (
        "declarado {pct} a mais; {amount} em relação a {other} é {actual} {direction}"
    ),
    "pct.less": "a menos",
    "pct.more": "a mais",
    "pct.points": (
        "variação declarada {pct}; de {low} para {high} há {points} {unit}, ou {up} em relação a "
        "{low}"
    ),
    "pct.point.one": "ponto",
    "pct.point.other": "pontos",
    "pct.relative": (
        "variação declarada {pct}; de {low} para {high} há um aumento de {up}, e no sentido "
        "inverso uma queda de {down}"
    ),
    "pct.help": "declare {expected}, ou corrija os números de que ele é calculado",
    # part-exceeds-whole
    "part.larger": "{part} aparece como parte de {whole} ({cue}), mas é maior",
    "part.at_most": "no máximo {whole}",
    # count-mismatch
    "count.list": "o texto declara {stated} {noun}, mas a lista a seguir nomeia {n}{extra}",
    "count.before": "o texto declara {stated} {noun}, mas a lista anterior nomeia {n}{extra}",
    "count.note": "o texto declara {stated} {noun}, mas a sua nota enumera {n}{extra}",
    "count.distinct": " ({n} sem repetição)",
    "count.items": "itens",
    "count.help": "declare {n}, ou complete a lista",
    # restated-mismatch
    "restated": (
        "“{second}” repete “{first}” (linha {line}), mas nenhum arredondamento os concilia"
    ),
    "restated.help": "declare {here} como na linha {line}, ou mude a linha {line} para {there}",
    # duplicate-entry
    "dup.twice": "“{item}” aparece duas vezes nesta lista{how}",
    "dup.same_org": " (a mesma organização que “{earlier}”)",
    "dup.help": "remova a segunda menção de “{item}”",
    "dup.near": "“{item}” parece uma repetição mal escrita de “{earlier}”",
    # empty-link
    "link.target": "o link “{text}” aponta para {target}",
    "link.nothing": "o link “{text}” não aponta para lugar nenhum",
    "link.help": "adicione o endereço, ou remova o link",
    # notas
    "note.twice": (
        "a nota “{marker}” é definida duas vezes com textos diferentes "
        "(a primeira na linha {line})"
    ),
    "note.twice.help": "dê a uma das notas a sua própria chamada",
    "note.missing": "a chamada de nota “{marker}” não tem definição",
    "note.missing.help": "adicione uma nota que comece com “{marker}”, ou remova a chamada",
    "note.unused": "a nota “{marker}” ({preview}) não é citada no texto",
    "note.unused.help": "adicione “{marker}” onde a nota se aplica, ou remova a nota",
    # malformed-number
    "malformed": "“{text}” não é um número bem escrito: {why}",
    "malformed.mixed": "mistura '.' e ',' numa ordem que nenhuma convenção usa",
    "malformed.groups": "os seus grupos de algarismos não são de três",
    "malformed.long": "uma ',' seguida de quatro algarismos ou mais",
    "malformed.help": "quis dizer {readings}?",
    "or": " ou ",
    # placeholder-text
    "placeholder": "parece ter ficado {what} no texto: “{shown}”",
    "placeholder.marker": "uma marca de rascunho",
    "placeholder.xx": "um número escrito como XX",
    "placeholder.insert": "um marcador de inserção",
    "placeholder.template": "uma instrução do modelo",
    "placeholder.lorem": "texto de preenchimento (lorem ipsum)",
    "placeholder.field": "um campo do modelo",
    "placeholder.help": "substitua-o pelo texto final antes de publicar",
    # date-outside-period
    "date.outside": "“{shown}” fica fora do período do relatório ({period})",
    # comentários de supressão
    "suppress.unknown": "regra desconhecida '{rule}' neste comentário sitecheck-{kind}",
    "suppress.unknown.near": "escreva '{near}'",
    "suppress.unknown.help": "veja 'sitecheck rules' para os identificadores das regras",
    "suppress.unused": "este comentário sitecheck-{kind} não suprime nada ({what})",
    "suppress.any": "nenhuma regra",
    "suppress.unused.help": "remova o comentário, ou coloque-o junto à constatação a que se refere",
    # rótulos dos números relacionados
    "label.part": "parte",
    "label.funded": "financiado",
    "label.gap": "lacuna",
    "label.amount": "montante",
    "label.base": "base",
    "label.multiplied": "multiplicado",
    "label.whole": "o total",
    "label.first_item": "primeiro item",
    "label.item": "item {n}",
    "label.first_listed": "primeira menção",
    "label.similar": "item parecido",
    "label.first_definition": "primeira definição",
    "label.first_stated": "primeira menção",
    "label.funded_share": "percentual financiado",
    "label.share": "parcela",
    "label.compared": "em relação a",
    "label.period": "período do relatório",
    # tabelas
    "table.row": "linha “{label}”",
    "table.row_n": "linha {n}",
    "table.column": "coluna “{label}”",
    "table.column_n": "coluna {n}",
    "table.caption_total": "o total do título, {column}",
    # rule packs
    "pack.not_stated": "o relatório não declara “{fact}” ({pack})",
    "pack.not_found": "{pack}: “{name}” ({how}) não foi encontrado{section}",
    "pack.how.label": "depois de “{label}”",
    "pack.how.pattern": "pelo seu padrão",
    "pack.how.section": "na sua seção",
    "pack.in_section": " na seção “{section}”",
    "pack.not_found.help": "declare-o no relatório, ou marque-o como opcional no pacote",
    "pack.twice": "“{item}” aparece duas vezes em {list}",
    "pack.fails": "{expr} não se verifica: {left} contra {right}",
    "pack.not_in_table": "“{item}” está em “{list}” mas não na tabela '{table}'",
    "pack.not_in_table.help": "adicione-o a {file}, ou verifique a grafia",
    "pack.not_in_list": "“{item}” está na tabela '{table}' (linha {line}) mas não em “{list}”",
    "pack.not_in_list.help": "adicione-o a “{list}”, ou remova-o de {file}",
    "label.list": "{name} (lista)",
    "label.fact": "{name} (dado)",
    # where a figure stands in a Word, PDF or HTML file
    "origin.page": "página {n}",
    "origin.paragraph": "parágrafo {n}",
    "origin.table": "tabela {n}",
    "origin.row": "linha {n}",
    "origin.cell": "célula {n}",
    "origin.line": "linha {n}",
    "origin.column": "coluna {n}",
    # o relatório em texto
    "text.help": "ajuda: ",
    "text.none": "Nenhuma constatação em {files}.",
    "text.summary": "{findings} em {files}: ",
    "text.findings.one": "{n} constatação",
    "text.findings.other": "{n} constatações",
    "text.files.one": "{n} arquivo",
    "text.files.other": "{n} arquivos",
    "text.errors.one": "{n} erro",
    "text.errors.other": "{n} erros",
    "text.warnings.one": "{n} aviso",
    "text.warnings.other": "{n} avisos",
    "text.info.one": "{n} informativo",
    "text.info.other": "{n} informativos",
    # a rule's findings past the listing limit (run.py)
    "run.unlisted": (
        "outras {more} constatações desta regra neste arquivo não são listadas, a partir "
        "daqui; corrija as anteriores e verifique de novo"
    ),
}
