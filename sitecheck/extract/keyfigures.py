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
    regions = _regions(doc)
    for region in regions:
        if not any(_has_money(index, b.span.start, b.span.end) or "%" in b.text for b in region):
            continue  # no amount and no share: nothing to check
        lines: list[tuple[int, int]] = []
        above: list[bool] = []  # per line: are its block's captions above their figures?
        for block in region:
            pos = block.span.start
            block_lines = []
            for line in block.text.split("\n"):
                block_lines.append((pos, pos + len(line)))
                pos += len(line) + 1
            # "FUNDED / $20M" puts captions above, "$20M / funded" below: the first line tells.
            captions_above = not _has_figure(index, *block_lines[0])
            lines.extend(block_lines)
            above.extend([captions_above] * len(block_lines))
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
                    # A figure alone on its line takes its block's caption line, above or below,
                    # when that line holds no figure of its own.
                    order = (idx - 1, idx + 1) if above[idx] else (idx + 1, idx - 1)
                    for near in order:
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
        _collect(out, seen_money, seen_pct)
    boxed = {b.span.start for region in regions for b in region}
    for block in doc.blocks:
        if (
            block.kind in ("paragraph", "list_item")
            and block.span.start not in boxed
            and (_has_money(index, block.span.start, block.span.end))
        ):
            _prose(doc, block.span.start, block.span.end, index, out)
    return out


def _has_money(index: QuantityIndex, start: int, end: int) -> bool:
    return any(q.kind == "money" and q.usable for q in index.between(start, end))


def _collect(
    out: list[FundingFigures], money: dict[str, list[Quantity]], pct: dict[str, list[Quantity]]
) -> None:
    """Keep a group whose roles are each held by one figure, all in one currency."""
    figs = FundingFigures()
    figs.money = {r: qs[0] for r, qs in money.items() if len(qs) == 1}
    figs.percent = {r: qs[0] for r, qs in pct.items() if len(qs) == 1}
    if len({q.currency for q in figs.money.values()}) > 1:
        return
    if len(figs.money) + len(figs.percent) >= 2:
        out.append(figs)


_BEFORE_ROLE = re.compile(
    r"(?i:(?P<required>appeals? for|requires?|requirements? of|required|requesting|requested|"
    r"seeks?|needs|budget of|requiere|requerimiento de|solicita)|(?P<gap>gap of|shortfall of|"
    r"brecha de|d[eé]ficit de|still needed|unmet)|(?P<funded>received|contributions? of|"
    r"recibi[oó]|recibido|has been funded with))\W+(?:\w+\W+){0,2}$"
)
_AFTER_ROLE = re.compile(
    r"^\W{0,3}(?:(?:has|have|had)\s+(?:been\s+)?|(?:was|were|is)\s+|fue\s+|han sido\s+)?"
    r"(?P<role>received|funded|recibidos?|financiad[oa]s?|required|requeridos?|needed|unmet|"
    r"gap)\b",
    re.IGNORECASE,
)


def _prose(
    doc: Document, start: int, end: int, index: QuantityIndex, out: list[FundingFigures]
) -> None:
    """Funding figures in a sentence or paragraph: "appeals for $19.4M …, $6.0M had been
    received, leaving a gap of $13.4M (69 per cent)"."""
    figures = [q for q in index.between(start, end) if q.usable]
    money: dict[str, list[Quantity]] = {}
    pct: dict[str, list[Quantity]] = {}
    last_money: tuple[Quantity, str] | None = None
    text = doc.text
    for k, q in enumerate(figures):
        prev_end = figures[k - 1].span.end if k else max(start, q.span.start - 40)
        before = text[max(prev_end, q.span.start - 40) : (q.qualifier_span or q.span).start]
        after = text[q.span.end : q.span.end + 30]
        if q.kind == "money":
            m = _BEFORE_ROLE.search(before)
            role = next((r for r in ("required", "gap", "funded") if m and m.group(r)), None)
            if role is None:
                a = _AFTER_ROLE.match(after)
                if a:
                    word = a.group("role").lower()
                    role = (
                        "funded"
                        if word.startswith(("rec", "fun", "fin"))
                        else "gap"
                        if word in ("unmet", "gap")
                        else "required"
                    )
            if role is not None:
                money.setdefault(role, []).append(q)
                last_money = (q, role)
            else:
                last_money = None
        elif q.kind == "percent":
            # "(69 per cent)" right after an amount shares its role; "31 per cent funded".
            # "(69 per cent)" right after the amount, closed at once: not "(35% more than…)".
            glued = (
                last_money is not None
                and re.fullmatch(r"\s*\(\s*", text[last_money[0].span.end : q.span.start])
                and re.match(
                    r"\s*(?:of (?:the )?(?:total|requirements?|appeal)\s*)?\)",
                    text[q.span.end : q.span.end + 40],
                )
            )
            if glued and last_money is not None:
                pct.setdefault(last_money[1], []).append(q)
            else:
                a = re.match(
                    r"\s*(?P<w>funded|financed|financiad[oa]|covered|unfunded)\b",
                    after,
                    re.IGNORECASE,
                )
                if a:
                    pct.setdefault(
                        "gap" if a.group("w").lower() == "unfunded" else "funded", []
                    ).append(q)
            last_money = None
    if "required" in money:
        _collect(out, money, pct)
