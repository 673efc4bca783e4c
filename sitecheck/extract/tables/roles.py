"""The role of each row (header, part, total…) and column (label, figures, percent, total)."""

from __future__ import annotations

from sitecheck.document import Table
from sitecheck.extract.tables.model import ColRole, ReadTable, RowRole, Value
from sitecheck.extract.tables.words import TableWords, after_total, name_words, plain


def row_roles(
    table: Table,
    labels: list[list[str]],
    values: list[list[Value | None]],
    empty: list[list[bool]],
    w: TableWords,
) -> list[RowRole]:
    roles: list[RowRole] = []
    in_head = True
    for r, row in enumerate(table.rows):
        header = bool(row) and all(c.header for c in row)
        figures = sum(1 for v in values[r] if v is not None)
        # Header lines, and lines of words under them before any figure (a second header line:
        # "| | 2023 | | 2024 |" over "| Country | Arrivals | Deaths | Arrivals | Deaths |").
        if header or (in_head and figures == 0 and (r == 0 or roles[-1] == "header")):
            roles.append("header")
            continue
        in_head = False
        texts = [t for t, e in zip(labels[r], empty[r], strict=True) if t and not e]
        if figures == 0 and len(texts) == 1 and len(texts[0]) > 40:
            roles.append("note")
        elif figures == 0:
            roles.append("section")
        else:
            roles.append("part")
    return roles


def col_roles(
    rows: list[RowRole],
    labels: list[list[str]],
    values: list[list[Value | None]],
    empty: list[list[bool]],
    w: TableWords,
) -> list[ColRole]:
    body = [r for r, role in enumerate(rows) if role == "part"]
    heads = [r for r, role in enumerate(rows) if role == "header"]
    out: list[ColRole] = []
    for c in range(len(labels[0]) if labels else 0):
        head = " ".join(labels[r][c] for r in heads)
        figs = [values[r][c] for r in body if values[r][c] is not None]
        texts = [r for r in body if values[r][c] is None and not empty[r][c] and labels[r][c]]
        if len(texts) > len(figs):
            out.append("label")
            continue
        if not figs:
            out.append("other")
            continue
        kinds = {v.quantity.kind for v in figs if v is not None and v.quantity is not None}
        if (
            kinds == {"percent"}
            or (w.percent_head.search(head) and "money" not in kinds)
            or _hundred(rows, values, c)
        ):
            out.append("percent")  # signed or not ("-24.0%", "-52.3" under "% change")
        elif any(v is not None and v.signed for v in figs):
            out.append("change")
        elif "percent" in kinds or (w.rate.search(head) and not w.per_household.search(head)):
            out.append("other")  # counts and shares mixed in one column, or rates
        elif any(x.fullmatch(plain(head)) for x in (w.total, w.subtotal, w.total_tail)):
            out.append("total")
        else:
            out.append("figures")
    # Only leading columns of text are labels; text further right is a remark.
    seen_figure = False
    for c, role in enumerate(out):
        if role != "label":
            seen_figure = seen_figure or role in ("figures", "percent", "total", "change")
        elif seen_figure:
            out[c] = "other"
    return out


def _hundred(rows: list[RowRole], values: list[list[Value | None]], c: int) -> bool:
    """A column of decimals (or percentages) whose last row says 100 ("100,00", "100%") is one
    of shares, whatever its header ("Frec. relativa", "Peso sobre el total")."""
    last = next((r for r in range(len(rows) - 1, -1, -1) if values[r][c] is not None), None)
    v = values[last][c] if last is not None else None
    q = v.quantity if v is not None else None
    shares = q is not None and (q.decimals > 0 or q.kind == "percent")
    return shares and q is not None and q.value == 100 and q.kind != "money"


def label_roles(
    rows: list[RowRole],
    cols: list[ColRole],
    labels: list[list[str]],
    values: list[list[Value | None]],
    w: TableWords,
) -> list[RowRole]:
    label_cols = [c for c, role in enumerate(cols) if role == "label"]
    out = list(rows)
    for r, role in enumerate(rows):
        if role != "part" or not label_cols:
            continue
        texts = [labels[r][c] for c in label_cols if labels[r][c]]
        label = texts[-1] if texts else ""
        whole = " ".join(texts)
        if w.total.fullmatch(label) or w.total.fullmatch(whole) or w.total_paren.fullmatch(whole):
            out[r] = "total"  # "Total", "Grand total", "Confirmados (total)"
        elif w.subtotal.fullmatch(label) or w.subtotal.fullmatch(whole):
            out[r] = "subtotal"
        elif w.total_lead.match(whole):
            out[r] = "group"
        elif w.average.fullmatch(label) or w.average.match(whole):
            out[r] = "average"
        elif w.subitem.match(whole) or w.subitem.match(label):
            out[r] = "subitem"
    # One "Total X" row closing the table (or opening it) and no other total: the total of
    # the table ("Total cost to WFP"), not a group of some of its rows.
    groups = [r for r, role in enumerate(out) if role == "group"]
    body = [r for r, role in enumerate(out) if role not in ("header", "section", "note")]
    if (
        len(groups) == 1
        and groups[0] in (body[0], body[-1])
        and not any(role in ("total", "subtotal") for role in out)
        and not _names_some(groups[0], body, labels, label_cols, w)
    ):
        out[groups[0]] = "total"
    _named_totals(out, labels, label_cols)
    return out


def _named_totals(out: list[RowRole], labels: list[list[str]], label_cols: list[int]) -> None:
    """ "Nutrition | # admitted | Total | …" over "| | Girls", "| | Boys", among rows of other
    indicators ("Health | # vaccinated | | …"): "Total" in a disaggregation column beside a
    row's own name is that row's figure for everyone, not the total of the rows around it.
    A name no other row bears makes it such a row: not checked, no part (abstain)."""
    if len(label_cols) < 2:
        return
    name = {r: " ".join(t for c in label_cols[:-1] if (t := labels[r][c])) for r in range(len(out))}
    for r, role in enumerate(out):
        if role != "total" or not labels[r][label_cols[-1]] or not name[r]:
            continue
        if not any(name[q] == name[r] for q in range(len(out)) if q != r and out[q] == "part"):
            out[r] = "group"


def _names_some(
    g: int, body: list[int], labels: list[list[str]], label_cols: list[int], w: TableWords
) -> bool:
    """ "Total with laboratory test" under rows some of which say "with laboratory test":
    the total of those rows, not of the table."""
    label = " ".join(t for c in label_cols if (t := labels[g][c]))
    rest = after_total(label, w)
    named = name_words(rest) if rest else set()
    return bool(named) and any(
        named <= name_words(" ".join(labels[r][c] for c in label_cols)) for r in body if r != g
    )


def share_siblings(read: ReadTable, w: TableWords) -> tuple[int | None, dict[int, int]]:
    """A key-figure table's whole and its parts named twice: "All funding | Through the plan |
    Outside the plan | Through the plan (%) | Outside the plan (%)". Returns the column whose
    header opens on a total word ("All", "Total") and, for each percentage column, the figure
    column its header repeats."""
    names = {c: _bare(read.col_label(c), w) for c in range(len(read.cols))}
    figures = [c for c, role in enumerate(read.cols) if role in ("figures", "total")]
    wholes = [c for c in figures if w.total_lead.match(plain(read.col_label(c)))]
    pairs = {}
    for p, role in enumerate(read.cols):
        if role != "percent" or not names[p]:
            continue
        same = [c for c in figures if names[c] == names[p]]
        if len(same) == 1:
            pairs[p] = same[0]
    return (wholes[0] if len(wholes) == 1 else None), pairs


def _bare(head: str, w: TableWords) -> str:
    """A header without its percent sign or words, its units and brackets: "Through the plan
    (%)" and "Through the plan (US$m)" are one name."""
    head = w.percent_head.sub(" ", head)
    head = w.scale.sub(" ", w.currency.sub(" ", head))  # units: "(US$m)" beside "(%)"
    return " ".join(head.replace("(", " ").replace(")", " ").split()).lower()
