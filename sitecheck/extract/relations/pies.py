"""A chart's legend flattened into lines: a total, the shares of its slices, then the slices.

    US$286.4m total plan requirements
    61.3%
    38.7%
    US$175.6m received against this plan
    US$110.8m funding gap

The shares stand alone on their lines, as many as the captioned amounts that follow them, and
the line before them names a total (or a requirement): the amounts are the slices of that total
and each share is its slice's, in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import Breakdown, PercentOf, Relations, Shares
from sitecheck.interval import Interval, interval_sum
from sitecheck.lang import alternation, lexicon

_LINE = re.compile(r"^[^\n]*", re.M)
_LETTER = re.compile(r"[^\W\d_]")
_MAX_SLICES = 6
_SHARE_LINE = re.compile(r"^[ \t]*[0-9][0-9.,]*[ \t]?%[ \t]*$", re.M)


@dataclass
class _Line:
    figure: Quantity | None  # the line's one usable figure, if it has exactly one
    caption: str  # the line's words without the figure


@cache
def _total_words(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    words = (*lex.table_totals, *lex.funding_labels.get("required", ()))
    return re.compile(rf"(?i:(?<![\w])(?:{alternation(words)})(?![\w]))")


@cache
def _gap_words(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i:{alternation(lexicon(language).funding_labels.get('gap', ()))})")


def pies(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    if not _SHARE_LINE.search(doc.text):
        return  # no share alone on its line: no legend (a long roster is not read line by line)
    lines = _lines(doc, index)
    total_words = _total_words(doc.language)
    for i, head in enumerate(lines):
        total = head.figure
        # Money only: a box of people ("2.4M total population / 12% / 8% / 1.2M displaced")
        # puts rates of its own under a total.
        if total is None or total.kind != "money" or not total_words.search(head.caption):
            continue
        k = 0
        while i + 1 + k < len(lines) and _share(lines[i + 1 + k]):
            k += 1
        if not 2 <= k <= _MAX_SLICES or i + 1 + 2 * k > len(lines):
            continue
        slices = lines[i + 1 + k : i + 1 + 2 * k]
        parts = [ln.figure for ln in slices if ln.figure is not None and ln.caption.strip()]
        if len(parts) != k or not all(_same_unit(total, q) for q in parts):
            continue
        shares = [ln.figure for ln in lines[i + 1 : i + 1 + k] if ln.figure is not None]
        if any(q.value > total.value for q in parts) and not _whole(shares):
            # A slice larger than the pie: another reading of the lines, unless the shares
            # make up 100 and so vouch for the legend (then the slice or the total is wrong).
            continue
        rel.breakdowns.append(Breakdown(total, parts, "labels"))
        for ln, q in zip(lines[i + 1 : i + 1 + k], parts, strict=True):
            assert ln.figure is not None
            rel.percents.append(PercentOf(q, ln.figure, base=total))


def _lines(doc: Document, index: QuantityIndex) -> list[_Line]:
    """The document's lines that hold something, blank lines left out."""
    out: list[_Line] = []
    text = doc.text
    for m in _LINE.finditer(text, *doc.extent):
        if not m.group(0).strip():
            continue
        usable = [q for q in index.between(m.start(), m.end()) if q.usable]
        one = usable[0] if len(usable) == 1 else None  # a year in the caption is no figure
        caption = text[m.start() : m.end()]
        if one is not None:
            caption = text[m.start() : one.span.start] + " " + text[one.span.end : m.end()]
        out.append(_Line(one, caption if _LETTER.search(caption) else ""))
    return out


def _whole(shares: list[Quantity]) -> bool:
    """Whether shares can add up to 100 within their rounding."""
    return interval_sum([q.interval for q in shares]).intersects(Interval.point(100.0))


def _share(line: _Line) -> bool:
    return line.figure is not None and line.figure.kind == "percent" and not line.caption


def _same_unit(total: Quantity, q: Quantity) -> bool:
    return q.kind == total.kind and q.currency == total.currency


_PAIR = re.compile(r"\s*,\s*")  # "$5,216,480 , 11.27%"
_LABEL = re.compile(r"\s+[^\W\d_][^\d%]{0,60}?,\s*")  # " Regular resources, "


def source_rows(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    """A table of funding flattened into a line: "Humanitarian funding, $5,216,480 , 11.27%
    Regular resources, $3,708,160 , 8.01% Funding gap, $37,365,360 , 80.72%". Each source
    and the gap that closes them are a slice of the requirement: their shares are all of it,
    and their amounts add up to the requirement named before them."""
    gap = _gap_words(doc.language)
    text = doc.text
    for block in doc.blocks:
        if block.kind not in ("paragraph", "list_item"):
            continue
        figs = [q for q in index.between(block.span.start, block.span.end) if q.usable]
        for run in _rows(text, figs):
            last = run[-1][0]
            label = text[max(block.span.start, last.span.start - 40) : last.span.start]
            if not gap.search(label.rsplit(",", 1)[0]):
                continue  # only the gap closes the sources: without it some may be left out
            amounts = [a for a, _ in run]
            rel.shares.append(Shares([p for _, p in run]))
            rel.percents.extend(PercentOf(a, p) for a, p in run)
            whole = _requirement(figs, run) or _captioned(doc, figs, run)
            if whole is not None:
                rel.breakdowns.append(Breakdown(whole, amounts, "labels"))


def _rows(text: str, figs: list[Quantity]) -> list[list[tuple[Quantity, Quantity]]]:
    """Runs of two or more (amount, share) rows, each after a label of its own."""
    runs: list[list[tuple[Quantity, Quantity]]] = []
    run: list[tuple[Quantity, Quantity]] = []
    k = 0
    while k + 1 < len(figs):
        a, p = figs[k], figs[k + 1]
        row = a.kind == "money" and p.kind == "percent" and _PAIR.fullmatch(
            text, a.span.end, p.span.start
        )
        if row and (not run or _LABEL.fullmatch(text, run[-1][1].span.end, a.span.start)):
            run.append((a, p))
            k += 2
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [(a, p)] if row else []
        k += 2 if row else 1
    if len(run) >= 2:
        runs.append(run)
    return runs


def _requirement(figs: list[Quantity], run: list[tuple[Quantity, Quantity]]) -> Quantity | None:
    """The nearest earlier amount of the block in the rows' currency that at least one share
    agrees with."""
    first = run[0][0]
    for q in reversed([q for q in figs if q.span.end <= first.span.start]):
        if q.kind != "money" or q.currency != first.currency:
            continue
        if any((a.interval / q.interval * 100.0).intersects(p.interval) for a, p in run):
            return q
    return None


_CAPTION_REACH = 60  # characters before an amount its caption may take


def _captioned(
    doc: Document, figs: list[Quantity], run: list[tuple[Quantity, Quantity]]
) -> Quantity | None:
    """ "Appeal for the Cholera Response US$ 46.29 million … Humanitarian funding, $5.2M ,
    11.27% …": the nearest earlier amount, captioned as a requirement with no other amount
    between, is the requirement even when no share agrees with it (then it or a slice is
    wrong)."""
    first = run[0][0]
    before = [q for q in figs if q.span.end <= first.span.start]
    if not before or before[-1].kind != "money" or before[-1].currency != first.currency:
        return None
    q = before[-1]
    # "Appeal for the Response in 19 Districts US$ 46.29 million": a count may stand between.
    money = [m for m in before[:-1] if m.kind == "money"]
    since = money[-1].span.end if money else 0
    caption = doc.text[max(since, q.span.start - _CAPTION_REACH) : q.span.start]
    return q if _required_words(doc.language).search(caption) else None


@cache
def _required_words(language: str) -> re.Pattern[str]:
    words = lexicon(language).funding_labels.get("required", ())
    return re.compile(rf"(?i:(?<![\w])(?:{alternation(words)})(?![\w]))")
