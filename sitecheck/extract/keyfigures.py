"""Labelled funding figures of a key-figure box or a sentence: required, funded, gap, shares.

A box is a run of short lines or blocks ("FUNDING SITUATION / 13% / FUNDED: $427M / REQUIREMENT:
$318M"). A figure's label is the text before it on its line, or the line above when the figure
stands alone. A role is only taken when exactly one figure of the box has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitecheck.document import Block, Document
from sitecheck.extract.quantities import Quantity, QuantityIndex

_ROLES = {
    "required": re.compile(
        r"(?i:requirements?|required|requested|appeal|budget|funding needs?|total needs?"
        r"|requerimientos?|requerido|solicitado|presupuesto|necesidades financieras)"
    ),
    "gap": re.compile(
        r"(?i:unmet|gap|shortfall|unfunded|still needed|pending|outstanding|brecha|d[eé]ficit"
        r"|faltante|por financiar|no financiado|sin financiar)"
    ),
    "funded": re.compile(
        r"(?i:funded|received|funding received|financed|contributions?|coverage|covered"
        r"|recibido|financiado|fondos recibidos|cobertura|committed|comprometido)"
    ),
}
_WORDS = re.compile(r"[^\W\d_]+")
_FUNDING_HEAD = re.compile(r"(?i:funding|financiamiento|financiaci[oó]n|fondos)")


@dataclass
class FundingFigures:
    money: dict[str, Quantity] = field(default_factory=dict)
    percent: dict[str, Quantity] = field(default_factory=dict)


def _role(label: str) -> str | None:
    # "gap" and "required" are tested before "funded": "unfunded" contains "funded".
    for role, rx in _ROLES.items():
        if rx.search(label):
            return role
    return None


def _regions(doc: Document) -> list[list[Block]]:
    """Runs of consecutive short blocks: where key figures sit."""
    regions: list[list[Block]] = []
    run: list[Block] = []
    for block in doc.blocks:
        short = block.kind in ("paragraph", "list_item", "heading", "table_row") and all(
            len(line) <= 80 for line in block.text.split("\n")
        )
        if short:
            run.append(block)
        else:
            if run:
                regions.append(run)
            run = []
    if run:
        regions.append(run)
    return regions


def _has_figure(index: QuantityIndex, start: int, end: int) -> bool:
    return any(q.usable for q in index.between(start, end))


def find_funding(doc: Document, numbers: list[Quantity]) -> list[FundingFigures]:
    out: list[FundingFigures] = []
    index = QuantityIndex(numbers)
    for region in _regions(doc):
        lines: list[tuple[int, int]] = []
        for block in region:
            pos = block.span.start
            for line in block.text.split("\n"):
                lines.append((pos, pos + len(line)))
                pos += len(line) + 1
        figs = FundingFigures()
        seen_money: dict[str, list[Quantity]] = {}
        seen_pct: dict[str, list[Quantity]] = {}
        for idx, (ls, le) in enumerate(lines):
            if len(_WORDS.findall(doc.text[ls:le])) > 10:
                continue  # prose, not a key-figure caption
            on_line = index.between(ls, le)
            for k, q in enumerate(on_line):
                if not q.usable or q.kind not in ("money", "percent"):
                    continue
                # The label is the text between this figure and the one before it on the line.
                label = doc.text[on_line[k - 1].span.end if k else ls : q.span.start]
                if not re.search(r"[^\W\d_]", label):
                    nxt = on_line[k + 1].span.start if k + 1 < len(on_line) else le
                    label = doc.text[q.span.end : nxt]  # "13% funded"
                if not re.search(r"[^\W\d_]", label):
                    # A figure alone on its line takes the caption below it, or else above it,
                    # when that line holds no figure of its own.
                    for near in (idx + 1, idx - 1):
                        if 0 <= near < len(lines) and not _has_figure(index, *lines[near]):
                            label = doc.text[lines[near][0] : lines[near][1]]
                            if re.search(r"[^\W\d_]", label):
                                break
                role = _role(label)
                if role is None and q.kind == "percent" and _FUNDING_HEAD.search(label):
                    role = "funded"
                if role is None:
                    continue
                bucket = seen_pct if q.kind == "percent" else seen_money
                bucket.setdefault(role, []).append(q)
        figs.money = {r: qs[0] for r, qs in seen_money.items() if len(qs) == 1}
        figs.percent = {r: qs[0] for r, qs in seen_pct.items() if len(qs) == 1}
        currencies = {q.currency for q in figs.money.values()}
        if len(currencies) > 1:
            continue
        if len(figs.money) + len(figs.percent) >= 2:
            out.append(figs)
    return out
