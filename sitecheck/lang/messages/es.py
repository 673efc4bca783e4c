"""Lo que dice sitecheck, en español."""

from __future__ import annotations

MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)  # fmt: skip

MESSAGES: dict[str, str] = {
    # fechas
    "date.full": "{day} de {month} de {year}",
    "date.day_month": "{day} de {month}",
    "date.period": "{start} al {end}",
    # sum-mismatch
    "sum.total": "total indicado {stated}, pero la suma de las partes es {added} ({expr})",
    "sum.total.help": "un total de {added}, o partes que sumen {stated}",
    "sum.funding": (
        "financiado {funded} + brecha {gap} = {added}, pero el requerimiento es {required}"
    ),
    "sum.change": (
        "variación indicada {change}, pero la diferencia entre {amount} y {earlier} es {actual}"
    ),
    "sum.table": (
        "total indicado {stated} ({where}), pero la suma de las celdas que totaliza es {added} "
        "({expr}{blank})"
    ),
    "sum.table.blank.one": " y {n} celda vacía",
    "sum.table.blank.other": " y {n} celdas vacías",
    "sum.table.help": "un total de {added}, o celdas que sumen {stated}",
    "sum.product": "valor indicado {result} ({where}), pero {amount} × {factor} = {expected}",
    # percent-mismatch
    "pct.share": "porcentaje indicado {pct}; {part} / {base} = {actual}",
    "pct.share.funded": "porcentaje financiado indicado {pct}; {part} / {base} = {actual}",
    "pct.share.gap": "brecha indicada {pct}; {part} / {base} = {actual}",
    "semicolon": "; ",
    "pct.would_give": "{value} daría {pct}",
    "pct.or_base": "o una base de {value}",
    "pct.or_requirement": "o un requerimiento de {value}",
    "pct.funded_gap": "financiado {funded} y no financiado {gap} no suman 100 %",
    "pct.table": "porcentaje indicado {pct} ({where}); {shown}",
    "pct.table.share": "{amount} / {base} = {actual}",
    "pct.table.average": "{amount} / {base} = {actual} en promedio",
    "pct.table.gap": "100 % − {amount} / {base} = {actual}",
    "pct.table.change": "de {base} a {amount} = {actual}",
    "pct.implied": (
        "porcentajes de un mismo total dan dos totales: {amount} es el {pct} de unos {whole}, "
        "{other_amount} es el {other_pct} de unos {other_whole}"
    ),
    "pct.shares": "los porcentajes de un mismo total suman {added} ({shown}), no 100 %",
    "pct.table_shares": "los porcentajes de {where} suman {added} ({shown}), no 100 %",
    "pct.hundred": "100 %",
    "pct.change.less": "se indica {pct} menos; {amount} frente a {other} es {actual} {direction}",
    "pct.change.more": "se indica {pct} más; {amount} frente a {other} es {actual} {direction}",
    "pct.less": "menos",
    "pct.more": "más",
    "pct.points": (
        "variación indicada {pct}; de {low} a {high} hay {points} {unit}, o un {up} respecto de "
        "{low}"
    ),
    "pct.point.one": "punto",
    "pct.point.other": "puntos",
    "pct.relative": (
        "variación indicada {pct}; de {low} a {high} hay un aumento de {up}, y en sentido "
        "contrario una baja de {down}"
    ),
    "pct.help": "indique {expected}, o corrija las cifras de las que se calcula",
    # part-exceeds-whole
    "part.larger": "{part} figura como parte de {whole} ({cue}), pero es mayor",
    "part.at_most": "como máximo {whole}",
    # count-mismatch
    "count.list": "el texto indica {stated} {noun}, pero la lista que sigue nombra {n}{extra}",
    "count.before": "el texto indica {stated} {noun}, pero la lista anterior nombra {n}{extra}",
    "count.note": "el texto indica {stated} {noun}, pero su nota enumera {n}{extra}",
    "count.distinct": " ({n} sin repetir)",
    "count.items": "elementos",
    "count.help": "indique {n}, o complete la lista",
    # restated-mismatch
    "restated": "«{second}» repite «{first}» (línea {line}), pero ningún redondeo los concilia",
    "restated.help": "indique {here} como en la línea {line}, o cambie la línea {line} a {there}",
    # duplicate-entry
    "dup.twice": "«{item}» aparece dos veces en esta lista{how}",
    "dup.same_org": " (la misma organización que «{earlier}»)",
    "dup.help": "quite la segunda mención de «{item}»",
    "dup.near": "«{item}» parece una repetición mal escrita de «{earlier}»",
    # empty-link
    "link.target": "el enlace «{text}» apunta a {target}",
    "link.nothing": "el enlace «{text}» no apunta a ninguna parte",
    "link.help": "añada la dirección, o quite el enlace",
    # notas
    "note.twice": (
        "la nota «{marker}» está definida dos veces con textos distintos "
        "(la primera en la línea {line})"
    ),
    "note.twice.help": "dé a una de las notas su propia llamada",
    "note.missing": "la llamada de nota «{marker}» no tiene definición",
    "note.missing.help": "añada una nota que empiece por «{marker}», o quite la llamada",
    "note.unused": "la nota «{marker}» ({preview}) no se cita en el texto",
    "note.unused.help": "añada «{marker}» donde corresponde la nota, o quite la nota",
    # malformed-number
    "malformed": "«{text}» no es un número bien escrito: {why}",
    "malformed.mixed": "mezcla '.' y ',' en un orden que ninguna convención usa",
    "malformed.groups": "sus grupos de cifras no son de tres",
    "malformed.long": "una ',' seguida de cuatro cifras o más",
    "malformed.help": "¿quiso decir {readings}?",
    "or": " o ",
    # placeholder-text
    "placeholder": "parece quedar {what} en el texto: «{shown}»",
    "placeholder.marker": "una marca de borrador",
    "placeholder.xx": "una cifra escrita como XX",
    "placeholder.insert": "un marcador de inserción",
    "placeholder.template": "una instrucción de la plantilla",
    "placeholder.lorem": "texto de relleno (lorem ipsum)",
    "placeholder.field": "un campo de la plantilla",
    "placeholder.help": "sustitúyalo por el texto definitivo antes de publicar",
    # date-outside-period
    "date.outside": "«{shown}» queda fuera del período del informe ({period})",
    # comentarios de supresión
    "suppress.unknown": "regla desconocida '{rule}' en este comentario sitecheck-{kind}",
    "suppress.unknown.near": "escriba '{near}'",
    "suppress.unknown.help": "vea 'sitecheck rules' para los identificadores de las reglas",
    "suppress.unused": "este comentario sitecheck-{kind} no suprime nada ({what})",
    "suppress.any": "ninguna regla",
    "suppress.unused.help": "quite el comentario, o póngalo junto al hallazgo al que se refiere",
    # etiquetas de las cifras relacionadas
    "label.part": "parte",
    "label.funded": "financiado",
    "label.gap": "brecha",
    "label.amount": "monto",
    "label.base": "base",
    "label.multiplied": "multiplicado",
    "label.whole": "el total",
    "label.first_item": "primer elemento",
    "label.item": "elemento {n}",
    "label.first_listed": "primera mención",
    "label.similar": "elemento parecido",
    "label.first_definition": "primera definición",
    "label.first_stated": "primera mención",
    "label.funded_share": "porcentaje financiado",
    "label.share": "porcentaje",
    "label.compared": "frente a",
    "label.period": "período del informe",
    # tablas
    "table.row": "fila «{label}»",
    "table.row_n": "fila {n}",
    "table.column": "columna «{label}»",
    "table.column_n": "columna {n}",
    "table.caption_total": "el total del título, {column}",
    # rule packs
    "pack.not_stated": "el informe no indica «{fact}» ({pack})",
    "pack.not_found": "{pack}: no se encontró «{name}» ({how}){section}",
    "pack.how.label": "después de «{label}»",
    "pack.how.pattern": "por su patrón",
    "pack.how.section": "en su sección",
    "pack.in_section": " en la sección «{section}»",
    "pack.not_found.help": "indíquelo en el informe, o márquelo como opcional en el paquete",
    "pack.twice": "«{item}» aparece dos veces en {list}",
    "pack.fails": "{expr} no se cumple: {left} frente a {right}",
    "pack.not_in_table": "«{item}» figura en «{list}» pero no en la tabla '{table}'",
    "pack.not_in_table.help": "añádalo a {file}, o revise cómo está escrito",
    "pack.not_in_list": "«{item}» figura en la tabla '{table}' (línea {line}) pero no en «{list}»",
    "pack.not_in_list.help": "añádalo a «{list}», o quítelo de {file}",
    "label.list": "{name} (lista)",
    "label.fact": "{name} (dato)",
    # where a figure stands in a Word, PDF or HTML file
    "origin.page": "página {n}",
    "origin.paragraph": "párrafo {n}",
    "origin.table": "tabla {n}",
    "origin.row": "fila {n}",
    "origin.cell": "celda {n}",
    "origin.line": "línea {n}",
    "origin.column": "columna {n}",
    # el informe en texto
    "text.help": "ayuda: ",
    "text.none": "Ningún hallazgo en {files}.",
    "text.summary": "{findings} en {files}: ",
    "text.findings.one": "{n} hallazgo",
    "text.findings.other": "{n} hallazgos",
    "text.files.one": "{n} archivo",
    "text.files.other": "{n} archivos",
    "text.errors.one": "{n} error",
    "text.errors.other": "{n} errores",
    "text.warnings.one": "{n} advertencia",
    "text.warnings.other": "{n} advertencias",
    "text.info.one": "{n} informativo",
    "text.info.other": "{n} informativos",
    # a rule's findings past the listing limit (run.py)
    "run.unlisted": (
        "otros {more} hallazgos de esta regla en este archivo no se listan, desde aquí; "
        "corrija los anteriores y vuelva a revisar"
    ),
}
