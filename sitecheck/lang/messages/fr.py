"""Ce que dit sitecheck, en français.

Écrit avec des espaces ordinaires ; la typographie française les remplace ensuite par des
espaces insécables (fines avant « ; ? % » et dans les guillemets, normale avant « : »).
"""

from __future__ import annotations

NNBSP = "\u202f"
NBSP = "\u00a0"
SINGULAR = (0, 1)  # « 0 erreur, 1 avertissement »
FIRST_DAY = "1er"

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip

_WRITTEN: dict[str, str] = {
    # dates
    "date.full": "{day} {month} {year}",
    "date.day_month": "{day} {month}",
    "date.period": "du {start} au {end}",
    # sum-mismatch
    "sum.total": "total indiqué {stated}, mais la somme des parties est de {added} ({expr})",
    "sum.total.help": "un total de {added}, ou des parties dont la somme fait {stated}",
    "sum.funding": (
        "financé {funded} + déficit {gap} = {added}, mais les besoins sont de {required}"
    ),
    "sum.change": (
        "variation indiquée {change}, mais la différence entre {amount} et {earlier} est de "
        "{actual}"
    ),
    "sum.table": (
        "total indiqué {stated} ({where}), mais la somme des cellules qu'il totalise est de "
        "{added} ({expr}{blank})"
    ),
    "sum.table.blank.one": " et {n} cellule vide",
    "sum.table.blank.other": " et {n} cellules vides",
    "sum.table.help": "un total de {added}, ou des cellules dont la somme fait {stated}",
    "sum.product": "valeur indiquée {result} ({where}), mais {amount} × {factor} = {expected}",
    # percent-mismatch
    "pct.share": "pourcentage indiqué {pct} ; {part} / {base} = {actual}",
    "pct.share.funded": "part financée indiquée {pct} ; {part} / {base} = {actual}",
    "pct.share.gap": "déficit indiqué {pct} ; {part} / {base} = {actual}",
    "semicolon": " ; ",
    "pct.would_give": "{value} donnerait {pct}",
    "pct.or_base": "ou une base de {value}",
    "pct.or_requirement": "ou des besoins de {value}",
    "pct.funded_gap": "financé {funded} et non financé {gap} ne font pas 100 %",
    "pct.table": "pourcentage indiqué {pct} ({where}) ; {shown}",
    "pct.table.share": "{amount} / {base} = {actual}",
    "pct.table.average": "{amount} / {base} = {actual} en moyenne",
    "pct.table.gap": "100 % − {amount} / {base} = {actual}",
    "pct.table.change": "de {base} à {amount} = {actual}",
    "pct.implied": (
        "des parts d'un même total donnent deux totaux : {amount} fait {pct} d'environ {whole}, "
        "{other_amount} fait {other_pct} d'environ {other_whole}"
    ),
    "pct.shares": "les parts d'un même total font {added} ({shown}), et non 100 %",
    "pct.table_shares": "les parts de {where} font {added} ({shown}), et non 100 %",
    "pct.hundred": "100 %",
    "pct.change.less": (
        "{pct} de moins indiqué ; {amount} par rapport à {other}, c'est {actual} {direction}"
    ),
    "pct.change.more": (
        "{pct} de plus indiqué ; {amount} par rapport à {other}, c'est {actual} {direction}"
    ),
    "pct.less": "de moins",
    "pct.more": "de plus",
    "pct.points": (
        "variation indiquée {pct} ; de {low} à {high}, c'est {points} {unit}, ou {up} par rapport "
        "à {low}"
    ),
    "pct.point.one": "point",
    "pct.point.other": "points",
    "pct.relative": (
        "variation indiquée {pct} ; de {low} à {high}, c'est une hausse de {up}, et dans l'autre "
        "sens une baisse de {down}"
    ),
    "pct.help": "indiquez {expected}, ou corrigez les chiffres dont il est calculé",
    # part-exceeds-whole
    "part.larger": "{part} est indiqué comme partie de {whole} ({cue}), mais il est plus grand",
    "part.at_most": "au plus {whole}",
    # count-mismatch
    "count.list": "le texte annonce {stated} {noun}, mais la liste qui suit en nomme {n}{extra}",
    "count.before": (
        "le texte annonce {stated} {noun}, mais la liste qui précède en nomme {n}{extra}"
    ),
    "count.note": "le texte annonce {stated} {noun}, mais sa note en énumère {n}{extra}",
    "count.distinct": " ({n} sans doublon)",
    "count.items": "éléments",
    "count.help": "indiquez {n}, ou complétez la liste",
    # restated-mismatch
    "restated": (
        "« {second} » reprend « {first} » (ligne {line}), mais aucun arrondi ne les concilie"
    ),
    "restated.help": "indiquez {here} comme à la ligne {line}, ou mettez {there} à la ligne {line}",
    # duplicate-entry
    "dup.twice": "« {item} » figure deux fois dans cette liste{how}",
    "dup.same_org": " (même organisation que « {earlier} »)",
    "dup.help": "supprimez la seconde mention de « {item} »",
    "dup.near": "« {item} » ressemble à une répétition mal orthographiée de « {earlier} »",
    # empty-link
    "link.target": "le lien « {text} » pointe vers {target}",
    "link.nothing": "le lien « {text} » ne pointe nulle part",
    "link.help": "ajoutez l'adresse, ou supprimez le lien",
    # notes
    "note.twice": (
        "la note « {marker} » est définie deux fois avec des textes différents "
        "(la première à la ligne {line})"
    ),
    "note.twice.help": "donnez à l'une des notes son propre appel",
    "note.missing": "l'appel de note « {marker} » n'a pas de définition",
    "note.missing.help": "ajoutez une note commençant par « {marker} », ou supprimez l'appel",
    "note.unused": "la note « {marker} » ({preview}) n'est appelée nulle part dans le texte",
    "note.unused.help": "ajoutez « {marker} » là où la note s'applique, ou supprimez la note",
    # malformed-number
    "malformed": "« {text} » n'est pas un nombre bien formé : {why}",
    "malformed.mixed": "il mêle '.' et ',' dans un ordre qu'aucun usage n'écrit",
    "malformed.groups": "ses groupes de chiffres ne vont pas par trois",
    "malformed.long": "une ',' suivie de quatre chiffres ou plus",
    "malformed.help": "vouliez-vous dire {readings} ?",
    "or": " ou ",
    # placeholder-text
    "placeholder": "il semble rester {what} dans le texte : « {shown} »",
    "placeholder.marker": "une marque de brouillon",
    "placeholder.xx": "un chiffre laissé en XX",
    "placeholder.insert": "un emplacement à remplir",
    "placeholder.template": "une consigne du modèle",
    "placeholder.lorem": "du faux texte (lorem ipsum)",
    "placeholder.field": "un champ du modèle",
    "placeholder.help": "remplacez-le par le texte définitif avant publication",
    # date-outside-period
    "date.outside": "« {shown} » tombe hors de la période couverte ({period})",
    # commentaires de suppression
    "suppress.unknown": "règle inconnue '{rule}' dans ce commentaire sitecheck-{kind}",
    "suppress.unknown.near": "écrivez '{near}'",
    "suppress.unknown.help": "voir 'sitecheck rules' pour les identifiants des règles",
    "suppress.unused": "ce commentaire sitecheck-{kind} ne supprime rien ({what})",
    "suppress.any": "aucune règle",
    "suppress.unused.help": "supprimez le commentaire, ou placez-le près du constat qu'il vise",
    # étiquettes des chiffres liés
    "label.part": "partie",
    "label.funded": "financé",
    "label.gap": "déficit",
    "label.amount": "montant",
    "label.base": "base",
    "label.multiplied": "multiplié",
    "label.whole": "le tout",
    "label.first_item": "premier élément",
    "label.item": "élément {n}",
    "label.first_listed": "première mention",
    "label.similar": "élément proche",
    "label.first_definition": "première définition",
    "label.first_stated": "première mention",
    "label.funded_share": "part financée",
    "label.share": "part",
    "label.compared": "par rapport à",
    "label.period": "période couverte",
    # tableaux
    "table.row": "ligne « {label} »",
    "table.row_n": "ligne {n}",
    "table.column": "colonne « {label} »",
    "table.column_n": "colonne {n}",
    "table.caption_total": "le total de la légende, {column}",
    # rule packs
    "pack.not_stated": "le rapport n'indique pas « {fact} » ({pack})",
    "pack.not_found": "{pack} : « {name} » ({how}) est introuvable{section}",
    "pack.how.label": "après « {label} »",
    "pack.how.pattern": "par son motif",
    "pack.how.section": "dans sa section",
    "pack.in_section": " dans la section « {section} »",
    "pack.not_found.help": (
        "indiquez-le dans le rapport, ou marquez-le comme facultatif dans le "
        "paquet"
    ),
    "pack.twice": "« {item} » figure deux fois dans {list}",
    "pack.fails": "{expr} n'est pas vérifiée : {left} contre {right}",
    "pack.not_in_table": "« {item} » figure dans « {list} » mais pas dans le tableau '{table}'",
    "pack.not_in_table.help": "ajoutez-le à {file}, ou vérifiez son orthographe",
    "pack.not_in_list": (
        "« {item} » figure dans le tableau '{table}' (ligne {line}) mais pas dans « {list} "
        "»"
    ),
    "pack.not_in_list.help": "ajoutez-le à « {list} », ou retirez-le de {file}",
    "label.list": "{name} (liste)",
    "label.fact": "{name} (donnée)",
    # where a figure stands in a Word, PDF or HTML file
    "origin.page": "page {n}",
    "origin.paragraph": "paragraphe {n}",
    "origin.table": "tableau {n}",
    "origin.row": "ligne {n}",
    "origin.cell": "cellule {n}",
    "origin.line": "ligne {n}",
    "origin.column": "colonne {n}",
    # le rapport en texte
    "text.help": "aide : ",
    "text.none": "Aucun constat dans {files}.",
    "text.summary": "{findings} dans {files} : ",
    "text.findings.one": "{n} constat",
    "text.findings.other": "{n} constats",
    "text.files.one": "{n} fichier",
    "text.files.other": "{n} fichiers",
    "text.errors.one": "{n} erreur",
    "text.errors.other": "{n} erreurs",
    "text.warnings.one": "{n} avertissement",
    "text.warnings.other": "{n} avertissements",
    "text.info.one": "{n} info",
    "text.info.other": "{n} infos",
    # a rule's findings past the listing limit (run.py)
    "run.unlisted": (
        "{more} autres constats de cette règle dans ce fichier ne sont pas listés, à partir "
        "d'ici ; corrigez ceux qui précèdent et vérifiez à nouveau"
    ),
}


def _typeset(text: str) -> str:
    for plain, fixed in (
        ("« ", f"«{NNBSP}"),
        (" »", f"{NNBSP}»"),
        (" ;", f"{NNBSP};"),
        (" ?", f"{NNBSP}?"),
        (" %", f"{NNBSP}%"),
        (" :", f"{NBSP}:"),
    ):
        text = text.replace(plain, fixed)
    return text


MESSAGES: dict[str, str] = {key: _typeset(text) for key, text in _WRITTEN.items()}
