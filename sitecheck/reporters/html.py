"""An annotated HTML page (``--format html``): the report as a document with every finding
marked at its figures, a panel of findings by severity and rule with filters, an index of files
for a folder, and what sitecheck read and checked, on demand.

One self-contained page: its style and script are written into it (html_page/), it loads
nothing, so it works offline and as an e-mail attachment. Built with string.Template from the
standard library; the page's words are in sitecheck.lang.html_en.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from html import escape
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any, TextIO

from sitecheck.findings import Severity
from sitecheck.lang.html_en import LABELS
from sitecheck.reporters.html_checked import Read, read_facts
from sitecheck.reporters.html_marks import (
    SYMBOL,
    Numbered,
    figure_ranges,
    mark_ranges,
    place_marks,
)
from sitecheck.reporters.html_text import write_document

if TYPE_CHECKING:
    from sitecheck.result import Result

_ASSETS = Path(__file__).with_name("html_page")
_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def _asset(name: str) -> str:
    return (_ASSETS / name).read_text(encoding="utf-8")


def _shown(result: Result) -> str:
    return result.path or "<text>"


def number_findings(results: Sequence[Result]) -> list[list[Numbered]]:
    """Each report's findings, numbered from 1 across the page."""
    out: list[list[Numbered]] = []
    n = 0
    for r in results:
        own = []
        for f in r.findings:
            n += 1
            own.append(Numbered(n, f))
        out.append(own)
    return out


def render(results: Sequence[Result]) -> str:
    """The page for these results."""
    numbered = number_findings(results)
    sections = [_file_section(i, r, numbered[i]) for i, r in enumerate(results)]
    flat = [nf for group in numbered for nf in group]
    page = Template(_asset("page.html"))
    return page.substitute(
        lang="en",
        title=escape(LABELS["title"]),
        style=_asset("page.css"),
        script=_asset("page.js"),
        panel=_panel(flat),
        index=_index(results, numbered) if len(results) > 1 else "",
        sections="".join(sections),
        data=_data(flat),
        keys=escape(LABELS["keys"]),
        generated=escape(LABELS["generated"]),
    )


def write(results: Sequence[Result], stream: TextIO) -> None:
    stream.write(render(results))


def _counts(findings: Sequence[Numbered]) -> dict[Severity, int]:
    return {s: sum(nf.finding.severity == s for nf in findings) for s in _ORDER}


def _count_text(findings: Sequence[Numbered]) -> str:
    """ "2 errors, 9 warnings, 0 info" """
    counts = _counts(findings)
    words = (LABELS["errors"], LABELS["warnings"], LABELS["info"])
    return ", ".join(
        f'<span class="c-{s.value}">{SYMBOL[s]} {counts[s]} {w}</span>'
        for s, w in zip(_ORDER, words, strict=True)
    )


def _file_section(i: int, result: Result, findings: list[Numbered]) -> str:
    doc = result.document
    marks = place_marks(i, findings)
    ranges = mark_ranges(marks)
    read = read_facts(doc, result.facts)
    figures, ids = figure_ranges(i, read, len(ranges), LABELS["not_a_quantity"])
    body = write_document(doc, ranges + figures, shift=2)  # under the page's h1 and the file's h2
    name = escape(_shown(result))
    return (
        f'<section class="file" id="file-{i}" aria-labelledby="file-{i}-h">'
        f'<h2 id="file-{i}-h" class="path">{name}'
        f' <span class="counts">{_count_text(findings)}</span></h2>'
        f'<div class="doc" lang="{escape(doc.language)}" '
        f'aria-label="{escape(LABELS["report_text"])}">'
        f"{body}</div>{_checked_section(i, read, ids, marks_of(findings))}</section>"
    )


def marks_of(findings: list[Numbered]) -> set[tuple[int, int]]:
    """The spans findings point at, to tell a relation with a finding from one without."""
    out = set()
    for nf in findings:
        f = nf.finding
        out.add((f.span.start, f.span.end))
        out.update((r.span.start, r.span.end) for r in f.related)
    return out


def _checked_section(i: int, read: Read, ids: dict[Any, str], found: set[tuple[int, int]]) -> str:
    quantities = sum(q.is_quantity for q in read.numbers)
    items = []
    for c in read.relations:
        hit = any((q.span.start, q.span.end) in found for q in c.figures)
        status = LABELS["with_finding"] if hit else LABELS["no_finding"]
        target = ids.get(c.figures[0].span, "")
        link = escape(c.text)
        if target:
            link = f'<a href="#{target}" class="jump">{link}</a>'
        items.append(
            f'<li class="{"hit" if hit else "ok"}"><span class="kind">{escape(LABELS[c.kind])}'
            f'</span> {link} <span class="status">— {status}</span></li>'
        )
    listing = f"<ol>{''.join(items)}</ol>" if items else f"<p>{escape(LABELS['checked_none'])}</p>"
    return (
        f'<div class="checked" id="checked-{i}" hidden><h3>{escape(LABELS["checked"])}</h3>'
        f"<p>{quantities} {escape(LABELS['figures_read'])}, {len(read.relations)} "
        f"{escape(LABELS['relations_checked'])}</p>{listing}</div>"
    )


def _panel(findings: list[Numbered]) -> str:
    counts = _counts(findings)
    sev_boxes = "".join(
        f'<label class="c-{s.value}"><input type="checkbox" data-sev="{s.value}" checked> '
        f"{SYMBOL[s]} {escape(LABELS[s.value])} ({counts[s]})</label>"
        for s in _ORDER
    )
    rules: dict[str, int] = {}
    for nf in findings:
        rules[nf.finding.rule] = rules.get(nf.finding.rule, 0) + 1
    rule_boxes = "".join(
        f'<label><input type="checkbox" data-rule="{escape(r)}" checked> {escape(r)} ({n})</label>'
        for r, n in sorted(rules.items())
    )
    groups = _groups(findings)
    none = f"<p>{escape(LABELS['no_findings'])}</p>" if not findings else ""
    return (
        f'<h2 id="panel-h">{escape(LABELS["findings"])} <span class="total">{len(findings)}</span>'
        f'</h2><p class="summary">{_count_text(findings)}</p>'
        f'<button type="button" id="toggle-checked" aria-pressed="false" '
        f'data-show="{escape(LABELS["show_checked"])}" '
        f'data-hide="{escape(LABELS["hide_checked"])}">'
        f"{escape(LABELS['show_checked'])}</button>"
        f'<div class="filters"><fieldset><legend>{escape(LABELS["severity"])}</legend>{sev_boxes}'
        f"</fieldset><fieldset><legend>{escape(LABELS['rule'])}</legend>{rule_boxes}</fieldset>"
        f"</div>{none}{groups}"
    )


def _groups(findings: list[Numbered]) -> str:
    """Findings by severity, then by rule, each entry a link to its place."""
    out = []
    for s in _ORDER:
        by_rule: dict[str, list[Numbered]] = {}
        for nf in findings:
            if nf.finding.severity == s:
                by_rule.setdefault(nf.finding.rule, []).append(nf)
        for rule, group in sorted(by_rule.items()):
            entries = "".join(_entry(nf) for nf in group)
            out.append(
                f'<details open class="group" data-sev="{s.value}" data-rule="{escape(rule)}">'
                f'<summary><span class="c-{s.value}">{SYMBOL[s]} {escape(LABELS[s.value])}</span>'
                f' {escape(rule)} <span class="n">{len(group)}</span></summary>'
                f'<ol class="entries">{entries}</ol></details>'
            )
    return "".join(out)


def _where(nf: Numbered) -> str:
    f = nf.finding
    path = f.external_path or f.path or "<text>"
    return f"{path}:{f.line}:{f.column}"


def _entry(nf: Numbered) -> str:
    f = nf.finding
    href = f' href="#{nf.marks[0]}"' if nf.marks else ""
    origin = f" ({escape(f.origin.describe())})" if f.origin is not None else ""
    return (
        f'<li class="entry sev-{f.severity.value}" data-n="{nf.number}" value="{nf.number}">'
        f'<a{href} class="to" data-n="{nf.number}"><b>{SYMBOL[f.severity]}\u2009{nf.number}</b> '
        f"{escape(_where(nf))}{origin}</a> "
        f'<span id="d{nf.number}" class="msg"><span class="sr">{escape(LABELS[f.severity.value])}'
        f" {escape(f.rule)}: </span>{escape(f.message)}</span></li>"
    )


def _index(results: Sequence[Result], numbered: list[list[Numbered]]) -> str:
    rows = []
    for i, (r, group) in enumerate(zip(results, numbered, strict=True)):
        c = _counts(group)
        rows.append(
            f'<tr><td><a href="#file-{i}">{escape(_shown(r))}</a></td>'
            + "".join(f"<td>{c[s]}</td>" for s in _ORDER)
            + f"<td>{len(group)}</td></tr>"
        )
    head = "".join(
        f'<th scope="col">{escape(LABELS[k])}</th>'
        for k in ("file", "errors", "warnings", "info", "total")
    )
    return (
        f'<section id="index" aria-labelledby="index-h"><h2 id="index-h">{escape(LABELS["files"])}'
        f"</h2><table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></section>"
    )


def _data(findings: list[Numbered]) -> str:
    """The findings and the page's words, for its script (a JSON island, never executed). The
    messages are read from the panel, and empty fields left out: a large report's page opens
    faster with less to parse."""
    items = []
    for nf in findings:
        f = nf.finding
        item = {
            "n": nf.number,
            "sev": f.severity.value,
            "rule": f.rule,
            "where": _where(nf),
            "marks": nf.marks,
            "sug": f.suggestion,
            "stated": f.stated,
            "expected": f.expected,
            "origin": f.origin.describe() if f.origin is not None else None,
            "labels": nf.labels if any(nf.labels) else None,
        }
        items.append({k: v for k, v in item.items() if v is not None})
    text = json.dumps({"findings": items, "labels": LABELS}, ensure_ascii=False)
    return text.replace("<", "\\u003c")  # no "</script>" can close the island early
