"""What sitecheck says, in English (the reference catalogue: every other one has its keys)."""

from __future__ import annotations

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

MESSAGES: dict[str, str] = {
    # dates
    "date.full": "{day} {month} {year}",
    "date.day_month": "{day} {month}",
    "date.period": "{start} to {end}",
    # sum-mismatch
    "sum.total": "stated total {stated}, but its parts add up to {added} ({expr})",
    "sum.total.help": "a total of {added}, or parts that add up to {stated}",
    "sum.funding": "funded {funded} + gap {gap} = {added}, but the requirement is {required}",
    "sum.change": "stated change {change}, but {amount} and {earlier} differ by {actual}",
    "sum.table": (
        "stated total {stated} ({where}), but the cells it totals add up to {added} ({expr}{blank})"
    ),
    "sum.table.blank.one": " and {n} empty cell",
    "sum.table.blank.other": " and {n} empty cells",
    "sum.table.help": "a total of {added}, or cells that add up to {stated}",
    "sum.product": "stated {result} ({where}), but {amount} × {factor} = {expected}",
    # percent-mismatch
    "pct.share": "stated {pct}; {part} / {base} = {actual}",
    "pct.share.funded": "stated {pct} funded; {part} / {base} = {actual}",
    "pct.share.gap": "stated {pct} gap; {part} / {base} = {actual}",
    "semicolon": "; ",
    "pct.would_give": "{value} would give {pct}",
    "pct.or_base": "or a base of {value}",
    "pct.or_requirement": "or a requirement of {value}",
    "pct.funded_gap": "funded {funded} and unfunded {gap} do not add up to 100%",
    "pct.table": "stated {pct} ({where}); {shown}",
    "pct.table.share": "{amount} / {base} = {actual}",
    "pct.table.average": "{amount} / {base} = {actual} on average",
    "pct.table.gap": "100% − {amount} / {base} = {actual}",
    "pct.table.change": "from {base} to {amount} = {actual}",
    "pct.implied": (
        "shares of one whole give two wholes: {amount} is {pct} of about {whole}, "
        "{other_amount} is {other_pct} of about {other_whole}"
    ),
    "pct.shares": "shares of one whole add up to {added} ({shown}), not 100%",
    "pct.table_shares": "the shares of {where} add up to {added} ({shown}), not 100%",
    "pct.hundred": "100%",
    "pct.change.less": "stated {pct} less; {amount} against {other} is {actual} {direction}",
    "pct.change.more": "stated {pct} more; {amount} against {other} is {actual} {direction}",
    "pct.less": "less",
    "pct.more": "more",
    "pct.points": (
        "stated change {pct}; from {low} to {high} is {points} {unit}, or {up} relative to {low}"
    ),
    "pct.point.one": "point",
    "pct.point.other": "points",
    "pct.relative": (
        "stated change {pct}; from {low} to {high} is {up} up, and the other way {down} down"
    ),
    "pct.help": "state {expected}, or correct the figures it is computed from",
    # part-exceeds-whole
    "part.larger": "{part} is stated as part of {whole} ({cue}), but it is larger",
    "part.at_most": "at most {whole}",
    # count-mismatch
    "count.list": "stated {stated} {noun}, but the list that follows names {n}{extra}",
    "count.before": "stated {stated} {noun}, but the list before it names {n}{extra}",
    "count.note": "stated {stated} {noun}, but its footnote lists {n}{extra}",
    "count.distinct": " ({n} distinct)",
    "count.items": "items",
    "count.help": "state {n}, or complete the list",
    # restated-mismatch
    "restated": "“{second}” restates “{first}” (line {line}), but no rounding makes them agree",
    "restated.help": "state {here} as on line {line}, or make line {line} say {there}",
    # duplicate-entry
    "dup.twice": "“{item}” is listed twice in this list{how}",
    "dup.same_org": " (same organisation as “{earlier}”)",
    "dup.help": "remove the second “{item}”",
    "dup.near": "“{item}” looks like a misspelt repeat of “{earlier}”",
    # empty-link
    "link.target": "link “{text}” points to {target}",
    "link.nothing": "link “{text}” points to nothing",
    "link.help": "add the address, or remove the link",
    # footnotes
    "note.twice": (
        "footnote “{marker}” is defined twice with different texts (first at line {line})"
    ),
    "note.twice.help": "give one of the notes its own marker",
    "note.missing": "footnote marker “{marker}” has no definition",
    "note.missing.help": "add a note starting with “{marker}”, or remove the marker",
    "note.unused": "footnote “{marker}” ({preview}) is not referenced in the text",
    "note.unused.help": "add “{marker}” where the note applies, or remove the note",
    # malformed-number
    "malformed": "“{text}” is not a well-formed number: {why}",
    "malformed.mixed": "it mixes '.' and ',' in an order no locale writes",
    "malformed.groups": "its digit groups are not in threes",
    "malformed.long": "a ',' followed by four or more digits",
    "malformed.help": "did you mean {readings}?",
    "or": " or ",
    # placeholder-text
    "placeholder": "“{shown}” looks like {what} left in the draft",
    "placeholder.marker": "draft marker",
    "placeholder.xx": "a figure left as XX",
    "placeholder.insert": "an insertion placeholder",
    "placeholder.template": "a template instruction",
    "placeholder.lorem": "lorem ipsum",
    "placeholder.field": "a template field",
    "placeholder.help": "replace it with the final text before publishing",
    # date-outside-period
    "date.outside": "“{shown}” falls outside the reporting period ({period})",
    # suppression comments
    "suppress.unknown": "unknown rule '{rule}' in this sitecheck-{kind} comment",
    "suppress.unknown.near": "write '{near}'",
    "suppress.unknown.help": "see 'sitecheck rules' for the rule ids",
    "suppress.unused": "this sitecheck-{kind} comment suppresses nothing ({what})",
    "suppress.any": "any rule",
    "suppress.unused.help": "remove the comment, or move it next to the finding it is meant for",
    # labels of the related figures
    "label.part": "part",
    "label.funded": "funded",
    "label.gap": "gap",
    "label.amount": "amount",
    "label.base": "base",
    "label.multiplied": "multiplied",
    "label.whole": "the whole",
    "label.first_item": "first item",
    "label.item": "item {n}",
    "label.first_listed": "first listed here",
    "label.similar": "similar item",
    "label.first_definition": "first definition",
    "label.first_stated": "first stated",
    "label.funded_share": "funded share",
    "label.share": "share",
    "label.compared": "compared with",
    "label.period": "reporting period",
    # tables
    "table.row": "row “{label}”",
    "table.row_n": "row {n}",
    "table.column": "column “{label}”",
    "table.column_n": "column {n}",
    "table.caption_total": "the caption's total, {column}",
    # rule packs
    "pack.not_stated": "the report does not state “{fact}” ({pack})",
    "pack.not_found": "{pack}: “{name}” ({how}) was not found{section}",
    "pack.how.label": "after “{label}”",
    "pack.how.pattern": "by its pattern",
    "pack.how.section": "in its section",
    "pack.in_section": " in section “{section}”",
    "pack.not_found.help": "state it in the report, or mark it optional in the pack",
    "pack.twice": "“{item}” appears twice in {list}",
    "pack.fails": "{expr} does not hold: {left} against {right}",
    "pack.not_in_table": "“{item}” is in the {list} but not in table '{table}'",
    "pack.not_in_table.help": "add it to {file}, or check its spelling",
    "pack.not_in_list": "“{item}” is in table '{table}' (line {line}) but not in the {list}",
    "pack.not_in_list.help": "add it to the {list}, or remove it from {file}",
    "label.list": "{name} (list)",
    "label.fact": "{name} (fact)",
    # where a figure stands in a Word, PDF or HTML file
    "origin.page": "page {n}",
    "origin.paragraph": "paragraph {n}",
    "origin.table": "table {n}",
    "origin.row": "row {n}",
    "origin.cell": "cell {n}",
    "origin.line": "line {n}",
    "origin.column": "column {n}",
    # the text reporter
    "text.help": "help: ",
    "text.none": "No findings in {files}.",
    "text.summary": "{findings} in {files}: ",
    "text.findings.one": "{n} finding",
    "text.findings.other": "{n} findings",
    "text.files.one": "{n} file",
    "text.files.other": "{n} files",
    "text.errors.one": "{n} error",
    "text.errors.other": "{n} errors",
    "text.warnings.one": "{n} warning",
    "text.warnings.other": "{n} warnings",
    "text.info.one": "{n} info",
    "text.info.other": "{n} info",
    # a rule's findings past the listing limit (run.py)
    "run.unlisted": (
        "{more} more findings of this rule in this file are not listed, from here on; "
        "fix the ones above and check again"
    ),
}
