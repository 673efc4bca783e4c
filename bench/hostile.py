"""Hostile report shapes: reports sitecheck accepts, written to make a careless pass quadratic.

Each shape is a function of a size in characters; ``bench.py --hostile`` checks each one in a
fresh process and prints its time and peak memory, and the reliability tests check smaller ones
under a time and memory limit.
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Callable

MB = 1_000_000


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def todo_line(size: int) -> str:
    return _repeat("TODO ", size)


def of_whom_line(size: int) -> str:
    return _repeat("1,000 people of whom 500 children of whom 200 girls ", size)


def figures_line(size: int) -> str:
    return _repeat("1,234 ", size)


def brackets_line(size: int) -> str:
    return _repeat("(12 [", size)


def empty_links_line(size: int) -> str:
    return _repeat("[a](#) ", size)


def roster_names_line(size: int) -> str:
    names = " | ".join(f"Relief Agency {i}" for i in range(size // 18))
    return "109 Partners: " + names[:size] + "\n"


def big_roster(size: int) -> str:
    """One name per line, as a bullet list under its count."""
    return "12 Partners:\n\n" + "".join(f"- Partner Organisation {i}\n" for i in range(size // 28))


def many_footnotes(size: int) -> str:
    count = size // 40
    refs = "".join(f"Text{i}[^{i}] " for i in range(count))
    return refs + "\n\n" + "".join(f"[^{i}]: note {i}\n" for i in range(count))


def wide_table(size: int, columns: int = 3000) -> str:
    head = "| " + " | ".join(f"c{i}" for i in range(columns)) + " |\n|" + "---|" * columns + "\n"
    row_len = len(" | ".join(str(i * 7) for i in range(columns))) + 5
    rows = max(1, (size - len(head)) // row_len)
    body = "".join(
        "| " + " | ".join(str(i * 7 + r) for i in range(columns)) + " |\n" for r in range(rows)
    )
    return head + body


def parentheses_line(size: int) -> str:
    return _repeat("368 people (156 girls and 212 boys) ", size)


def colon_lists_line(size: int) -> str:
    return _repeat("in four regions: Lima, Tumbes and Piura; ", size)


def phones_line(size: int) -> str:
    return _repeat("+51 1 234 5678 ", size)


def of_them_line(size: int) -> str:
    return _repeat("1,000 people arrived, 500 of them children ", size)


def with_parts_line(size: int) -> str:
    return _repeat("31 schools were hit, with 25 damaged and 4 destroyed; ", size)


def share_bullets(size: int) -> str:
    unit = "• 244 new cases\n\n• 161 (66%) with severe dehydration\n\n• 129 (53%) children\n\n"
    return _repeat(unit, size)


def open_brackets_line(size: int) -> str:
    return _repeat("[", size)


def long_table(size: int) -> str:
    """A Markdown table of a few columns and tens of thousands of rows, with sub-totals every
    fifty rows and a grand total, all of which add up."""
    head = "| Site | Women | Men | Total |\n|---|---:|---:|---:|\n"
    rows, sub, grand = [], [0, 0], [0, 0]
    for i in range(size // 40):
        w, m = i % 90 + 10, i % 70 + 5
        rows.append(f"| Site {i} | {w} | {m} | {w + m} |")
        sub = [sub[0] + w, sub[1] + m]
        if i % 50 == 49:
            rows.append(f"| Sub-total | {sub[0]} | {sub[1]} | {sum(sub)} |")
            grand, sub = [grand[0] + sub[0], grand[1] + sub[1]], [0, 0]
    if sub != [0, 0]:
        rows.append(f"| Sub-total | {sub[0]} | {sub[1]} | {sum(sub)} |")
        grand = [grand[0] + sub[0], grand[1] + sub[1]]
    total = f"| Total | {grand[0]} | {grand[1]} | {sum(grand)} |"
    return head + "\n".join(rows) + "\n" + total + "\n"


def wide_total_table(size: int, columns: int = 600) -> str:
    """A wide Markdown table whose last columns are a Total and a percentage."""
    head = "| Site | " + " | ".join(f"c{i}" for i in range(columns)) + " | Total | % |\n"
    head += "|---|" + "---:|" * (columns + 2) + "\n"
    row = " | ".join("7" for _ in range(columns))
    rows = max(1, (size - len(head)) // (len(row) + 30))
    body = "".join(f"| S{r} | {row} | {7 * columns} | 12% |\n" for r in range(rows))
    return head + body


def pdf_table(size: int) -> str:
    """A table laid out with runs of spaces, as a PDF transcription gives it."""
    lines = ["District        Cases     Deaths    CFR"]
    for i in range(size // 40):
        lines.append(f"District {i:<6}  {i % 900 + 100:<8}  {i % 9:<8}  {(i % 9) / 10:.1f}%")
    return "\n".join(lines) + "\n"


def dense_figures_line(size: int) -> str:
    return _repeat("8 ", size)


def total_columns_tables(size: int, columns: int = 500) -> str:
    """Tables whose every column is headed "Total …": each looked at all the others."""
    table = "|" + "Total a|" * columns + "\n|" + "-|" * columns + "\n|" + "1|" * columns + "\n\n"
    return _repeat(table, size)


def dense_table(size: int, columns: int = 50) -> str:
    """A Markdown table of one-digit cells: a figure every four characters."""
    head = "|" + "|".join(f"c{i}" for i in range(columns)) + "|\n|" + "-|" * columns + "\n"
    row = "|" + "|".join(str(i % 10) for i in range(columns)) + "|\n"
    return head + row * max(1, (size - len(head)) // len(row))


def strips_line(size: int) -> str:
    return _repeat("5,900 Burundians in total 3,410 Burundians in Nduta Camp ", size)


def phrases_line(size: int) -> str:
    # Figures whose phrases open on the same two words: the near-restatement pairing.
    unit = "Teams moved {} people to Site{}, "
    out, i = [], 0
    while sum(map(len, out)) < size:
        out.append(unit.format(10 + i % 900, i))
        i += 1
    return "".join(out)[:size]


# name → (generator, size as the issue measured it, what it stands for)
SHAPES: dict[str, tuple[Callable[[int], str], int, str]] = {
    "todo": (todo_line, MB, "1 MB line of 'TODO '"),
    "of-whom": (of_whom_line, MB, "1 MB line of 'of whom' clauses"),
    "figures": (figures_line, MB, "1 MB line of figures"),
    "brackets": (brackets_line, MB, "1 MB line of '(12 ['"),
    "empty-links": (empty_links_line, MB, "1 MB line of '[a](#)'"),
    "roster-line": (roster_names_line, MB, "1 MB line of roster names"),
    "big-roster": (big_roster, 4 * MB, "4 MB roster, one name per line"),
    "footnotes": (many_footnotes, 4 * MB, "100,000 footnotes"),
    "wide-table": (wide_table, MB, "3,000-column Markdown table, 1 MB"),
    # Found by scanning repeated shapes for passes that grow faster than the text.
    "parentheses": (parentheses_line, MB, "1 MB line of '368 people (156 … 212 …)'"),
    "colon-lists": (colon_lists_line, MB, "1 MB line of 'regions: A, B and C;'"),
    "phones": (phones_line, MB, "1 MB line of phone numbers"),
    "open-brackets": (open_brackets_line, MB, "1 MB line of '['"),
    # Relation wordings added in the December 2026 round.
    "of-them": (of_them_line, MB, "1 MB line of '500 of them'"),
    "with-parts": (with_parts_line, MB, "1 MB line of ', with 25 damaged and 4 destroyed'"),
    "share-bullets": (share_bullets, MB, "1 MB of bullets '161 (66%)' under a total"),
    # Tables inside reports (#13).
    "long-table": (long_table, MB, "1 MB Markdown table of 4 columns with sub-totals"),
    "wide-total-table": (wide_total_table, MB, "1 MB table of 600 columns, a Total and a %"),
    "pdf-table": (pdf_table, MB, "1 MB table laid out with spaces"),
    # Issue 18 audit, December 2026.
    "dense-figures": (dense_figures_line, 16 * MB, "16 MB line of '8 ' (8 million figures)"),
    "total-columns": (total_columns_tables, MB, "1 MB of 500-column tables of 'Total' heads"),
    "dense-table": (dense_table, 4 * MB, "4 MB table of one-digit cells (50 columns)"),
    # Found in the sixth December round (key-figure strips run into one line).
    "strips": (strips_line, MB, "1 MB line of 'N X in total M X in Camp'"),
    "phrases": (phrases_line, MB, "1 MB line of 'N people to SiteK,'"),
}


def measure(name: str) -> None:
    """Run inside a fresh process: check one shape, print its time and the peak memory."""
    import sitecheck

    make, size, what = SHAPES[name]
    text = make(size)
    sitecheck.check_text("Partners reached 100 people.")  # imports and first-use compilation
    start = time.perf_counter()
    result = sitecheck.check_text(text)
    dt = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss_mb = rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024
    print(
        f"   {what:38s} {len(text) / MB:5.1f} MB {dt:7.2f} s {rss_mb:7.0f} MB peak"
        f"  {len(result.findings):7,d} findings",
        flush=True,
    )
