"""Labelled funding figures of a key-figure box or a sentence: required, funded, gap, shares.

A box is a run of short lines or blocks ("FUNDING SITUATION / 13% / FUNDED: $427M / REQUIREMENT:
$318M"). A figure's label is the text before it on its line, or the line above when the figure
stands alone. A role is only taken when exactly one figure of the box has it.
"""

from __future__ import annotations

import re
from collections import Counter

from sitecheck.document import Block, Document
from sitecheck.extract.funding_lines import CAPTION_MARKS, headed, trailing
from sitecheck.extract.funding_prose import (
    FundingFigures,
    FundingPatterns,
    Roles,
    by_currency,
    collect,
    funding_patterns,
    is_amount,
    prose,
)
from sitecheck.extract.funding_sectors import plan_only
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.lang import lexicon, phrases

__all__ = ["FundingFigures", "find_funding"]

_WORDS = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_HYPHENATED = re.compile(r"[^\W\d_]-$")
_CAPTION_BEFORE_COMMA = re.compile(r"[^\W\d_]\s*[,;]\s*$")
_SIGNED = re.compile(r"[+\-−]\d")  # "+12%": a signed change
_DIGIT = re.compile(r"\d")


_Alone = tuple[Quantity, int, str | None, str | None]  # a figure, its line, roles above, below


def _role(label: str, p: FundingPatterns) -> str | None:
    for role, rx in p.labels.items():
        if rx.search(label):
            return role
    return None


def _regions(doc: Document) -> list[list[Block]]:
    """Runs of consecutive short blocks: where key figures sit."""
    regions: list[list[Block]] = []
    run: list[Block] = []
    for block in doc.blocks:
        # Blank lines inside a block are a sentence a PDF export cut (readers/rejoin.py).
        lines = [line for line in block.text.split("\n") if line.strip()]
        kind = block.kind in ("paragraph", "list_item", "heading", "table_row")
        if kind and _boxlike(lines):
            run.append(block)
            continue
        # "% Funded45.9%" on a short line, then a note with no figure: the box's last caption.
        if kind and run and len(lines[0]) <= 40 and not _DIGIT.search("".join(lines[1:])):
            run.append(block)
        if run:
            regions.append(run)
        run = []
    if run:
        regions.append(run)
    return regions


def _boxlike(lines: list[str]) -> bool:
    """Short caption lines, not a paragraph hard-wrapped into short lines ("… for the region
    this / year, 30 per cent …"). A block of three or more lines may hold one long line among
    mostly short ones ("USD 412,806,220 required by partners for … / Funded 9% / Gap 91%")."""
    # "… estava 56% fi- / nanciado": a word hyphenated across lines is wrapped prose too.
    wrapped = any(
        (len(a) > 45 or _HYPHENATED.search(a)) and b[:1].islower()
        for a, b in zip(lines, lines[1:], strict=False)
    )
    if wrapped:
        return False
    if all(len(line) <= 80 for line in lines):
        return True
    return len(lines) >= 3 and sum(len(line) <= 40 for line in lines) * 3 >= len(lines) * 2


def _has_figure(index: QuantityIndex, start: int, end: int) -> bool:
    return any(q.usable for q in index.between(start, end))


def find_funding(doc: Document, numbers: list[Quantity]) -> list[FundingFigures]:
    p = funding_patterns(lexicon(doc.language))
    out: list[FundingFigures] = []
    index = QuantityIndex(numbers)
    regions = _regions(doc)
    boxed = {b.span.start for region in regions for b in region}
    for region in regions:
        if not any(_has_money(index, b.span.start, b.span.end) or "%" in b.text for b in region):
            continue  # no amount and no share: nothing to check
        seen_money: dict[str, list[Quantity]] = {}
        seen_pct: dict[str, list[Quantity]] = {}
        for block in region:
            for q, role in _box_roles(doc, block, index, p):
                bucket = seen_pct if q.kind == "percent" else seen_money
                bucket.setdefault(role, []).append(q)
        read = len(out)
        collect(out, seen_money, seen_pct, boxed=True)
        if _prose_line(doc, region, index, p, out[read:]):
            del out[read:]
            boxed.discard(region[0].span.start)
    item: tuple[Block, Roles, Roles] | None = None  # the list item before, read as prose
    for block in doc.blocks:
        if (
            block.kind in ("paragraph", "list_item")
            and block.span.start not in boxed
            and any(q.usable and is_amount(q) for q in index.between(*_ends(block)))
        ):
            money, pct = prose(doc, block.span.start, block.span.end, index, p)
            if "required" not in money and item and _plan_above(doc, item, block):
                money = {**money, "required": item[1]["required"]}
            spans = [(block.span.start, block.span.end)]
            if _ambiguous(money, pct):
                spans = _clauses(doc.text, block.span.start, block.span.end)
            for start, end in spans:
                if len(spans) > 1:
                    money, pct = prose(doc, start, end, index, p)
                for group in by_currency(money):
                    # A bare scaled amount is in the group's currency. "CHF 2.2M (64% funded),
                    # gap CHF 1.2M": received and lacking, with no requirement, make it up.
                    if "required" in group or (pct and {"funded", "gap"} <= group.keys()):
                        group = _gap_alone(doc, index, start, end, money, plan_only(doc, group))
                        collect(out, group, pct, boxed=True)
            item = (block, money, pct) if block.kind == "list_item" else None
        else:
            item = None
    _shares_alone(doc, index, p, boxed, out)
    return out


def _gap_alone(
    doc: Document, index: QuantityIndex, start: int, end: int, money: Roles, group: Roles
) -> Roles:
    """The group without its gap when an amount with no role stands between the received one
    and the gap: "45 millions reçus et 15 millions annoncés ; 60 millions restent à mobiliser"
    leaves out the pledges, so received and gap need not make the requirement."""
    if "gap" not in group or "funded" not in group:
        return group
    placed = {id(q) for qs in money.values() for q in qs}
    ends = sorted(q.span.start for role in ("funded", "gap") for q in group[role])
    others = [
        q
        for q in index.between(max(start, ends[0]), min(end, ends[-1]))
        if q.usable and is_amount(q) and id(q) not in placed and not q.is_people
    ]
    if not others:
        return group
    return {role: qs for role, qs in group.items() if role != "gap"}


def _shares_alone(
    doc: Document,
    index: QuantityIndex,
    p: FundingPatterns,
    boxed: set[int],
    out: list[FundingFigures],
) -> None:
    """ "The plan is 42% funded and 58% unfunded.": a funded and an unfunded share in prose with
    no amount, the only shares of their paragraph (a third, "… 10% pending", would leave them
    short of 100% by right)."""
    for block in doc.blocks:
        if block.kind not in ("paragraph", "list_item") or block.span.start in boxed:
            continue
        figs = [q for q in index.between(*_ends(block)) if q.usable]
        shares = [q for q in figs if q.kind == "percent"]
        if len(shares) != 2 or any(is_amount(q) for q in figs):
            continue
        # "42% funded and 58% unfunded": side by side; not "A is 42% funded, while B is 48% …".
        between = doc.text[shares[0].span.end : shares[1].span.start]
        if len(_WORDS.findall(between)) > _SIDE_BY_SIDE or _STOP.search(between):
            continue
        money, pct = prose(doc, block.span.start, block.span.end, index, p)
        if not money and set(pct) == {"funded", "gap"}:
            collect(out, {}, pct)


_SIDE_BY_SIDE = 3  # words between two shares of one whole: " funded and ", " y un "
_STOP = re.compile(r"[.;:()]")
_CLAUSE_END = re.compile(r"[;•]|\.(?=\s)")


def _ambiguous(money: Roles, pct: Roles) -> bool:
    """Whether a role is held by several figures of different values (a restated one is one;
    an amount and its conversion into another currency are two readings of one)."""
    held = [qs for group in by_currency(money) for qs in group.values()]
    return any(len({q.value for q in qs}) > 1 for qs in (*held, *pct.values()))


def _prose_line(
    doc: Document,
    region: list[Block],
    index: QuantityIndex,
    p: FundingPatterns,
    read: list[FundingFigures],
) -> bool:
    """A short line alone that its wording reads better than its captions is prose: "The
    $250M appeal had received $50M (20 per cent)", "Budget: CHF 80,000; coverage to date:
    CHF 20,000 (25%)" (the box reads no role for the bracketed share)."""
    if len(region) != 1 or region[0].kind not in ("paragraph", "list_item"):
        return False
    money, pct = prose(doc, region[0].span.start, region[0].span.end, index, p)
    roles = sum(len(qs) for qs in (*money.values(), *pct.values()))
    return roles > sum(len(f.money) + len(f.percent) for f in read)


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "$18.6M is requested …, of which 34% is secured; for nutrition, of the $3.2M
    requested, 27% is received ($866,295)": a paragraph of several fundings, read clause by
    clause when one paragraph gives a role to several figures."""
    out = []
    for m in _CLAUSE_END.finditer(text, start, end):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, end))
    return out


def _plan_above(doc: Document, item: tuple[Block, Roles, Roles], block: Block) -> bool:
    """ "- The HRP requires $352.7M … / - The HRP was 48% funded, with $169.3M received": a
    list item whose only funding figure is one requirement gives it to the next item, when
    both name the same plan (by an acronym, or each by a plan noun) and the next has funding
    figures but no requirement."""
    above, money, pct = item
    if block.kind != "list_item" or pct or set(money) != {"required"}:
        return False
    if len(money["required"]) != 1:
        return False
    lex = lexicon(doc.language)
    codes = {c.upper() for c in (*lex.currency_prefixes, *lex.currency_suffixes)}
    names = [set(_ACRONYM.findall(b.text)) - codes for b in (above, block)]
    if names[0] & names[1]:
        return True
    # "- The appeal (HRP) requires … / - The plan was 56% funded …": both name a plan.
    plan = phrases(lex.funding_plan_nouns)
    return all(plan.search(b.text) for b in (above, block))


def _caption_role(label: str, q: Quantity, p: FundingPatterns) -> str | None:
    role = _role(label, p)
    if role is None and q.kind == "percent" and p.head.search(label):
        role = "funded"
    return role


def _bare_head(label: str, q: Quantity, p: FundingPatterns) -> str | None:
    """ "Requirements ($)$1.18 billion / Funding ($)$541.2 million": the head word alone on the
    line of an amount captions the funds received, as tracking services write it."""
    if is_amount(q) and p.head.fullmatch(CAPTION_MARKS.sub("", label)):
        return "funded"
    return None


def _box_roles(
    doc: Document, block: Block, index: QuantityIndex, p: FundingPatterns
) -> list[tuple[Quantity, str]]:
    """The funding figures of one block of a box, each with the role its caption gives."""
    lines: list[tuple[int, int]] = []
    pos = block.span.start
    for line in block.text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    caption = [
        not _has_figure(index, s, e) and bool(_LETTER.search(doc.text[s:e])) for s, e in lines
    ]
    found: list[tuple[Quantity, str]] = []
    alone: list[_Alone] = []
    for idx, (ls, le) in enumerate(lines):
        if len(_WORDS.findall(doc.text[ls:le])) > 10:
            continue  # prose, not a key-figure caption
        on_line = index.between(ls, le)
        # "$40M Required $10M Received 45% Progress": a line that opens on a figure puts each
        # caption after its figure.
        after = (
            len(on_line) > 1
            and ":" not in doc.text[ls:le]
            and not _LETTER.search(doc.text[ls : on_line[0].span.start])
        ) or trailing(doc.text, on_line, le) or headed(doc.text, on_line, ls, le, p)
        for k, q in enumerate(on_line):
            if not q.usable or not (q.kind == "percent" or is_amount(q)):
                continue
            if q.kind == "percent" and _SIGNED.match(doc.text, max(0, q.span.start - 1)):
                continue  # "US$36M (+12%)": a change, not a share
            if k and found and found[-1][0] is on_line[k - 1] and _bracketed(doc.text, found, q):
                found.append((q, found[-1][1]))  # "FUNDED: $36M (40%)": the amount's share
                continue
            # The label is the text between this figure and the one before it on the line.
            label = doc.text[on_line[k - 1].span.end if k else ls : q.span.start]
            # "… 2,000 Households reached 80% Progress": a share after a count is not funding's.
            if after and (q.kind != "percent" or (k and is_amount(on_line[k - 1]))):
                label = ""
            if k and _CAPTION_BEFORE_COMMA.search(label):
                label = ""  # "42% are funded, 48% unfunded": the words before the comma are 42%'s
            if not _LETTER.search(label):
                nxt = on_line[k + 1].span.start if k + 1 < len(on_line) else le
                label = doc.text[q.span.end : nxt]  # "13% funded"
            if _LETTER.search(label):
                role = _caption_role(label, q, p) or _bare_head(label, q, p)
                if role is not None:
                    found.append((q, role))
                continue
            # A figure alone on its line takes a caption line above or below it.
            near = [
                _near_role(doc, lines[n], caption[n], q, index, p) if 0 <= n < len(lines) else None
                for n in (idx - 1, idx + 1)
            ]
            alone.append((q, idx, near[0], near[1]))
    found.extend(_alone_roles(alone))
    return found


_OPEN_BRACKET = re.compile(r"\s*\(\s*")
_CLOSE_BRACKET = re.compile(r"\s*\)")
_CAPTION_OPEN = re.compile(r"\s+[^\W\d_][^\W\d]*(?:\s+[^\W\d_][^\W\d]*)?\s*\(\s*")  # " received ("


def _bracketed(text: str, found: list[tuple[Quantity, str]], q: Quantity) -> bool:
    """A share in brackets right after the amount read last: "$36M (40%)", or after its
    caption: "$45M received (30%)"."""
    amount = found[-1][0]
    return (
        q.kind == "percent"
        and is_amount(amount)
        and bool(
            _OPEN_BRACKET.fullmatch(text, amount.span.end, q.span.start)
            or _CAPTION_OPEN.fullmatch(text, amount.span.end, q.span.start)
        )
        and bool(_CLOSE_BRACKET.match(text, q.span.end))
    )


def _near_role(
    doc: Document,
    line: tuple[int, int],
    caption: bool,
    q: Quantity,
    index: QuantityIndex,
    p: FundingPatterns,
) -> str | None:
    """The role a neighbouring line gives a figure alone on its line: a caption line, or for
    an amount a captioned share alone on its line ("Financé 31% / 36.70 M")."""
    if caption:
        return _caption_role(doc.text[line[0] : line[1]], q, p)
    figs = [f for f in index.between(*line) if f.usable]
    if q.kind == "percent" or len(figs) != 1 or figs[0].kind != "percent":
        return None
    label = doc.text[line[0] : figs[0].span.start]
    if not _LETTER.search(label) or doc.text[figs[0].span.end : line[1]].strip():
        return None
    return _role(label, p)


def _alone_roles(alone: list[_Alone]) -> list[tuple[Quantity, str]]:
    """Captions sit above or below their figures. A figure with a caption on one side only
    takes it; one with captions on both sides follows the side those figures show, and stays
    without a role when they show both sides as often. A caption claimed twice is unclear."""
    above_only = sum(1 for _, _, a, b in alone if a and not b)
    below_only = sum(1 for _, _, a, b in alone if b and not a)
    side = (above_only > below_only) - (below_only > above_only)  # 1 above, -1 below, 0 unsure
    chosen: list[tuple[Quantity, str, int]] = []
    for q, idx, a, b in alone:
        if a and (not b or side == 1):
            chosen.append((q, a, idx - 1))
        elif b and (not a or side == -1):
            chosen.append((q, b, idx + 1))
    # "Funded / US$36M (40%)": an amount and its share on one line share their caption.
    claims = Counter((line, q.kind == "percent") for q, _, line in chosen)
    return [(q, role) for q, role, line in chosen if claims[line, q.kind == "percent"] == 1]


def _ends(block: Block) -> tuple[int, int]:
    return block.span.start, block.span.end


def _has_money(index: QuantityIndex, start: int, end: int) -> bool:
    return any(q.kind == "money" and q.usable for q in index.between(start, end))
