"""The corpus of relations and silences, and the mutation harness that measures recall on it.

Each relations entry restates, in our words and figures, a block of a published report that
states relations between figures that hold. The harness checks that sitecheck is silent on it,
then plants one error at a time into each stated relation (a total, a part, an amount, a base or
a percentage moved well beyond its rounding; a list item removed or repeated) and checks that the
right rule fires at the mutated figure. Run ``python tests/corpus/mutate.py`` for the table of
recall per family and language.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parent
ARITHMETIC = ("sum-mismatch", "part-exceeds-whole", "percent-mismatch", "restated-mismatch")
# The rules that check each kind of relation.
_RULES = {
    "sum": ("sum-mismatch", "part-exceeds-whole"), "part": ("part-exceeds-whole", "sum-mismatch"),
    "percent": ("percent-mismatch",), "shares": ("percent-mismatch", "sum-mismatch"),
    "change": ARITHMETIC, "restated": ("restated-mismatch",),
}  # fmt: skip
_NUMBER = re.compile(r"\d[\d.,\u00a0\u202f ]*\d|\d")


@dataclass(frozen=True)
class Entry:
    id: str
    family: str
    lang: str
    text: str
    relations: tuple[dict, ...]
    source: str


@dataclass(frozen=True)
class Mutation:
    entry: Entry
    kind: str  # the relation kind: sum, part, percent, shares, change, count, restated
    what: str  # what was changed: "total", "part", "percent", "item removed", …
    text: str  # the mutated text
    target: tuple[int, int]  # where a finding must point (its figure or one of its related)
    rules: tuple[str, ...]  # the rules that may report it


def load(kind: str) -> list[Entry]:
    out = []
    for path in sorted((CORPUS / kind).glob("*.yaml")):
        for e in yaml.safe_load(path.read_text(encoding="utf-8"))["entries"]:
            rels = tuple(e.get("relations") or ())
            out.append(Entry(e["id"], e["family"], e["lang"], e["text"], rels, e.get("source", "")))
    return out


# A table cell: "@r3c2" is the figure in the third line of the table (its header line is the
# first; a Markdown delimiter line such as |---|---| is not counted) and its second cell.
_CELL = re.compile(r"@r(\d+)c(\d+)")
_DELIMITER = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*")


def table_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of the table's lines: pipe rows, or a PDF layout whose cells are set
    apart by two spaces or more (lines before the first such line are a caption)."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line.strip() and not _DELIMITER.fullmatch(line):
            if "|" in line or re.search(r"\S(?: {2,}|\t)\S", line) or out:
                out.append((pos, line))
        pos += len(line) + 1
    return out


def cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's content in a table line."""
    if "|" in line:
        bounds = [m.start() for m in re.finditer(r"(?<!\\)\|", line)]
        if line.strip().startswith("|"):
            bounds = bounds[1:]
        edges = [line.find("|") if line.strip().startswith("|") else -1, *bounds]
        if not line.rstrip().endswith("|"):
            edges.append(len(line))
        spans = list(zip([e + 1 for e in edges[:-1]], edges[1:], strict=True))
    else:
        spans = []
        for m in re.finditer(r"\S+(?: \S+)*", line):
            spans.append((m.start(), m.end()))
        return spans
    out = []
    for s, e in spans:
        while s < e and line[s] == " ":
            s += 1
        while e > s and line[e - 1] == " ":
            e -= 1
        out.append((s, e))
    return out


def _cell(text: str, row: int, col: int) -> tuple[int, int]:
    lines = table_lines(text)
    if not 1 <= row <= len(lines):
        raise ValueError(f"no table line {row}")
    offset, line = lines[row - 1]
    spans = cells(line)
    if not 1 <= col <= len(spans):
        raise ValueError(f"no cell {col} in table line {row}")
    s, e = spans[col - 1]
    m = _NUMBER.search(line, s, e)
    if m is None:
        raise ValueError(f"no figure in cell r{row}c{col}")
    return offset + m.start(), offset + m.end()


def locate(text: str, ref: str) -> tuple[int, int]:
    """The span of a figure quoted as written, "300#2" being its second occurrence, or of the
    figure in a table cell, "@r3c2"."""
    cell = _CELL.fullmatch(ref)
    if cell:
        return _cell(text, int(cell.group(1)), int(cell.group(2)))
    figure, _, nth = ref.partition("#")
    start = -1
    for _ in range(int(nth or 1)):
        start = text.find(figure, start + 1)
        while start >= 0 and _inside_longer(text, start, start + len(figure)):
            start = text.find(figure, start + 1)
        if start < 0:
            raise ValueError(f"figure {ref!r} not found")
    return start, start + len(figure)


def _inside_longer(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is part of a longer figure: a digit, or a grouping or decimal
    mark and a digit, just before or just after it ("4" in "487" or in "4,126")."""
    before = text[start - 1 : start] if start > 0 else ""
    after = text[end : end + 1]
    if before.isdigit() or (before in (".", ",") and text[start - 2 : start - 1].isdigit()):
        return True
    return after.isdigit() or (after in (".", ",") and text[end + 1 : end + 2].isdigit())


def _marks(figure: str) -> tuple[str | None, str | None, int]:
    """(grouping mark, decimal mark, decimals) of a figure as written."""
    seps = [c for c in figure if not c.isdigit()]
    if not seps:
        return None, None, 0
    last = seps[-1]
    tail = figure.rsplit(last, 1)[1]
    if len(set(seps)) == 2 or (len(tail) != 3 and last in ".,"):
        group = next((c for c in seps if c != last), None)
        return group, last, len(tail)
    return last, None, 0


def read(figure: str) -> float:
    group, dec, _ = _marks(figure)
    digits = figure.replace(group, "") if group else figure
    return float(digits.replace(dec, ".") if dec else digits)


def write_like(value: float, figure: str) -> str:
    """A value written with the grouping and decimal marks of ``figure``."""
    group, dec, decimals = _marks(figure)
    text = f"{value:,.{decimals}f}" if group else f"{value:.{decimals}f}"
    return text.replace(",", "\x00").replace(".", dec or ".").replace("\x00", group or "")


# Scale words after a figure, in the corpus's four languages (the harness reads figures on its
# own, so that a mutation does not depend on what sitecheck understands).
_SCALES = re.compile(
    r"[ \u00a0\u202f]?(?P<s>mil millones|mil milhões|millions?|milliards?|billions?|millones|"
    r"mill[oó]n|milh[õo]es|milh[ãa]o|bilh[õo]es|bilh[ãa]o|thousand|mille|mil|bn|mn|[MKB])(?![^\W\d_])"
)
_SCALE = {
    "mil millones": 1e9, "mil milhões": 1e9, "million": 1e6, "millions": 1e6, "milliard": 1e9,
    "milliards": 1e9, "billion": 1e9, "billions": 1e9, "millones": 1e6, "millón": 1e6,
    "millon": 1e6, "milhões": 1e6, "milhoes": 1e6, "milhão": 1e6, "milhao": 1e6, "bilhões": 1e9,
    "bilhoes": 1e9, "bilhão": 1e9, "bilhao": 1e9, "thousand": 1e3, "mille": 1e3, "mil": 1e3,
    "bn": 1e9, "mn": 1e6, "M": 1e6, "K": 1e3, "B": 1e9,
}  # fmt: skip


def value_at(text: str, ref: str) -> float:
    """The value a quoted figure stands for, its scale word included ("1.62 million")."""
    s, e = locate(text, ref)
    m = _SCALES.match(text, e)
    return read(text[s:e]) * (_SCALE[m.group("s")] if m else 1.0)


def _scale_at(text: str, ref: str) -> float:
    s, e = locate(text, ref)
    m = _SCALES.match(text, e)
    return _SCALE[m.group("s")] if m else 1.0


# Qualifiers that bound a figure from below or from above, in the corpus's languages.
_LOWER = re.compile(
    r"(?i:over|more than|at least|above|in excess of|upwards of|más de|mas de|al menos|por lo"
    r" menos|plus de|au moins|mais de|pelo menos|acima de|no mínimo)\s+\S*$"
)
_UPPER = re.compile(
    r"(?i:up to|under|below|less than|fewer than|almost|nearly|hasta|menos de|casi|jusqu'à"
    r"|moins de|presque|près de|até|quase)\s+\S*$"
)


def bound(text: str, ref: str) -> str | None:
    """"lower" for "over 80", "upper" for "nearly 80", None for a figure read as written."""
    s, _ = locate(text, ref)
    before = " ".join(text[max(0, s - 30) : s].split()) + (" " if text[s - 1 : s].isspace() else "")
    if _LOWER.search(before):
        return "lower"
    return "upper" if _UPPER.search(before) else None


def _moved(value: float, percent: bool = False) -> float:
    if percent:
        return value + 20 if value <= 60 else value - 30
    return value * 1.5 + 3


def _replace(entry: Entry, ref: str, value: float) -> tuple[str, tuple[int, int]]:
    """The text with the figure at ``ref`` set to ``value`` (in units: its scale is kept)."""
    s, e = locate(entry.text, ref)
    figure = entry.text[s:e]
    scale = _scale_at(entry.text, ref)
    group, dec, decimals = _marks(figure)
    if scale > 1 and decimals == 0 and abs(value / scale - round(value / scale)) > 1e-9:
        figure = figure + (dec or ("," if group == "." else ".")) + "0"  # room for a decimal
    if group is None and dec is None and value / scale >= 1000:
        # "500" becomes "1,103" in a report that groups its thousands with ",".
        grouped = re.search(r"\d([,.\u00a0\u202f ])\d{3}(?!\d)", entry.text)
        if grouped:
            figure = "1" + grouped.group(1) + "000"
    new = write_like(value / scale, figure)
    return entry.text[:s] + new + entry.text[e:], (s, s + len(new))


def mutations(entry: Entry) -> Iterator[Mutation]:
    for rel in entry.relations:
        (kind, args), = rel.items()
        # Half of nothing is nothing: a mutation that leaves the text as it was plants nothing.
        for m in _MUTATORS[kind](entry, args):
            if m.text != entry.text:
                yield _also_stated(entry, m) if kind != "count" else m




def _also_stated(entry: Entry, m: Mutation) -> Mutation:
    """A figure moved breaks every relation the entry states it in: the rule of any of them,
    reporting it at that figure, reports the planted error (a total that is also the base of a
    percentage may be caught by the percentage)."""
    rules = set(m.rules)
    for rel in entry.relations:
        ((kind, args),) = rel.items()
        if kind in _RULES and m.target[0] in _starts(entry.text, args):
            rules.update(_RULES[kind])
    return Mutation(m.entry, m.kind, m.what, m.text, m.target, tuple(sorted(rules)))


def _starts(text: str, args: dict) -> set[int]:
    refs = [r for v in args.values() for r in (v if isinstance(v, list) else [v])]
    out = set()
    for ref in refs:
        try:
            out.add(locate(text, str(ref))[0])
        except ValueError:
            continue
    return out


def _numeric(entry: Entry, ref: str) -> bool:
    try:
        figure = entry.text[slice(*locate(entry.text, ref))]
    except ValueError:
        return False
    if not _NUMBER.fullmatch(figure):
        return False
    try:
        read(figure)
    except ValueError:
        return False
    return True


def _sum(entry: Entry, a: dict) -> Iterator[Mutation]:
    total, parts = a["total"], a["parts"]
    if not _numeric(entry, total) or not all(_numeric(entry, p) for p in parts):
        return
    t = value_at(entry.text, total)
    # A total below its parts is wrong whatever the wording; one above them only where the
    # wording closes the list. A deduplicated total, or one stated as "at least", may be below
    # them: move those up.
    up = a.get("dedup") or bound(entry.text, total) == "lower"
    moved = _moved(t) if up else t * 0.5
    text, span = _replace(entry, total, moved)
    yield Mutation(entry, "sum", "total", text, span, _RULES["sum"])
    if not a.get("dedup") and bound(entry.text, total) != "lower":
        part = parts[0]
        p = value_at(entry.text, part)
        text, span = _replace(entry, part, p + t * 0.5 + 3)
        yield Mutation(entry, "sum", "part", text, span, _RULES["sum"])


def _part(entry: Entry, a: dict) -> Iterator[Mutation]:
    if _numeric(entry, a["part"]) and _numeric(entry, a["whole"]):
        if bound(entry.text, a["whole"]) == "lower":
            return  # "over 4,000, of whom 5,000": no part can be proved too large
        w = value_at(entry.text, a["whole"])
        text, span = _replace(entry, a["part"], _moved(w))
        yield Mutation(entry, "part", "part", text, span, _RULES["part"])


def _percent(entry: Entry, a: dict) -> Iterator[Mutation]:
    refs = [a.get("amount"), a.get("base"), a.get("percent")]
    if not all(r and _numeric(entry, r) for r in refs):
        return
    pct = read(entry.text[slice(*locate(entry.text, a["percent"]))])
    text, span = _replace(entry, a["percent"], _moved(pct, percent=True))
    yield Mutation(entry, "percent", "percent", text, span, _RULES["percent"])
    amount = value_at(entry.text, a["amount"])
    text, span = _replace(entry, a["amount"], amount * 0.5)
    yield Mutation(entry, "percent", "amount", text, span, _RULES["percent"])


def _shares(entry: Entry, a: dict) -> Iterator[Mutation]:
    refs = a["percents"]
    if all(_numeric(entry, r) for r in refs):
        first = read(entry.text[slice(*locate(entry.text, refs[0]))])
        text, span = _replace(entry, refs[0], _moved(first, percent=True))
        yield Mutation(entry, "shares", "share", text, span, _RULES["shares"])


def _change(entry: Entry, a: dict) -> Iterator[Mutation]:
    key = "percent" if "percent" in a else "difference"
    refs = [a.get("previous"), a.get("current"), a.get(key)]
    if all(r and _numeric(entry, r) for r in refs):
        v = value_at(entry.text, a[key])
        moved = v * 0.5 if _only_up(entry, a) else _moved(v, percent=key == "percent")
        text, span = _replace(entry, a[key], moved)
        yield Mutation(entry, "change", key, text, span, _RULES["change"])


def _only_up(entry: Entry, a: dict) -> bool:
    """Whether the bounds make any larger change consistent ("rose to over 4.3 million, 12%
    more": 30% fits too): then the change is moved down, so that the error planted is one."""
    earlier, later = bound(entry.text, a["previous"]), bound(entry.text, a["current"])
    rise = value_at(entry.text, a["current"]) >= value_at(entry.text, a["previous"])
    if rise:
        return later == "lower" or earlier == "upper"
    return later == "upper" or earlier == "lower"


def _count(entry: Entry, a: dict) -> Iterator[Mutation]:
    items = a["items"]
    if len(items) < 3:
        return
    try:
        count = locate(entry.text, str(a["count"]))
        s, e = locate(entry.text, items[1])
    except ValueError:
        return
    text = entry.text
    sep = re.match(r"\s*(?:[,;|]\s*|\n[ \t]*[-*•●·▪]?\s*)", text[e:])
    if sep is None or not sep.group(0).strip(" "):
        return
    removed = text[:s] + text[e + sep.end() :]
    target = count if count[1] <= s else (count[0] - (e + sep.end() - s), count[1])
    yield Mutation(entry, "count", "item removed", removed, target, ("count-mismatch",))
    repeated = text[:e] + sep.group(0) + text[s:e] + text[e:]
    yield Mutation(entry, "count", "item repeated", repeated, (e, e + len(sep.group(0)) + e - s),
                   ("duplicate-entry", "count-mismatch"))


def _restated(entry: Entry, a: dict) -> Iterator[Mutation]:
    if _numeric(entry, a["first"]) and _numeric(entry, a["second"]):
        v = value_at(entry.text, a["second"])
        # Above "at least 62,000" any larger figure restates it: after such a first figure, or
        # as a second figure "nearly 37,000" (any smaller one fits it), move the second down,
        # so that the error planted is one.
        down = bound(entry.text, a["first"]) == "lower" or bound(entry.text, a["second"]) == "upper"
        text, span = _replace(entry, a["second"], v * 0.5 if down else _moved(v))
        yield Mutation(entry, "restated", "second", text, span, _RULES["restated"])


_MUTATORS = {
    "sum": _sum, "part": _part, "percent": _percent, "shares": _shares, "change": _change,
    "count": _count, "restated": _restated,
}  # fmt: skip


def caught(m: Mutation) -> bool:
    """Whether the right rule reports the moved figure as an error or a warning. An info finding
    (a suspicion) is allowed on the entries as written, so it is no catch either."""
    from sitecheck import check_text

    s, e = m.target
    for f in check_text(m.text).findings:
        if f.rule not in m.rules or f.severity.value == "info":
            continue
        spans = [f.span, *(r.span for r in f.related)]
        if any(sp.start < e and s < sp.end for sp in spans):
            return True
    return False


# An entry is an excerpt cut from its report's notes: a marker whose note is elsewhere in the
# report is no defect of the excerpt. The footnote rules are held to whole reports instead
# (tests/fixtures/reports).
EXCERPT_RULES = ("footnote-missing", "footnote-unused", "footnote-duplicate")


def findings_on(entry: Entry) -> list[str]:
    """What sitecheck reports on an entry as written, at error or warning level."""
    from sitecheck import check_text

    return [
        f"{f.rule} {f.line}:{f.column} {f.message}"
        for f in check_text(entry.text).findings
        if f.severity.value != "info" and f.rule not in EXCERPT_RULES
    ]


def recall_table(entries: list[Entry]) -> dict[tuple[str, str], tuple[int, int]]:
    """(family, language) -> (caught, planted)."""
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for entry in entries:
        for m in mutations(entry):
            row = table[(entry.family, entry.lang)]
            row[0] += caught(m)
            row[1] += 1
    return {k: (v[0], v[1]) for k, v in table.items()}


def _half_unit(text: str, ref: str) -> float:
    """Half the last written digit's unit (a rounding's reach), in the figure's scale."""
    s, e = locate(text, ref)
    figure = text[s:e]
    _, dec, decimals = _marks(figure)
    digits = re.sub(r"\D", "", figure)
    zeros = 0 if dec else len(digits) - len(digits.rstrip("0"))  # "214,000" may be rounded
    return 0.5 * 10 ** (zeros - (decimals if dec else 0)) * _scale_at(text, ref)


def broken(entry: Entry) -> list[str]:
    """The relations of an entry that its own figures do not satisfy (an author's slip)."""
    out = []
    t = entry.text
    for rel in entry.relations:
        ((kind, a),) = rel.items()
        try:
            if kind == "sum" and all(_numeric(entry, r) for r in [a["total"], *a["parts"]]):
                total = value_at(t, a["total"])
                added = sum(value_at(t, p) for p in a["parts"])
                slack = sum(_half_unit(t, r) for r in [a["total"], *a["parts"]])
                if total > added + slack or (not a.get("dedup") and total < added - slack):
                    out.append(f"sum: total {total:g} but parts add up to {added:g}")
            elif kind == "percent" and all(
                _numeric(entry, a.get(k) or "") for k in ("amount", "base", "percent")
            ):
                amount, base = value_at(t, a["amount"]), value_at(t, a["base"])
                pct = read(t[slice(*locate(t, a["percent"]))])
                lo = (amount - _half_unit(t, a["amount"])) / (base + _half_unit(t, a["base"]))
                hi = (amount + _half_unit(t, a["amount"])) / max(
                    base - _half_unit(t, a["base"]), 1e-9
                )
                reach = _half_unit(t, a["percent"])
                if not lo * 100 - reach <= pct <= hi * 100 + reach:
                    out.append(f"percent: {pct:g}% but {amount:g} / {base:g} = "
                               f"{100 * amount / base:.2f}%")
            elif kind == "shares" and all(_numeric(entry, r) for r in a["percents"]):
                pcts = [read(t[slice(*locate(t, r))]) for r in a["percents"]]
                slack = sum(_half_unit(t, r) for r in a["percents"])
                if abs(sum(pcts) - 100) > slack:
                    out.append(f"shares: add up to {sum(pcts):g}%")
            elif kind == "part" and _numeric(entry, a["part"]) and _numeric(entry, a["whole"]):
                if value_at(t, a["part"]) > value_at(t, a["whole"]) + _half_unit(t, a["whole"]):
                    out.append("part: the part exceeds its whole")
        except (ValueError, KeyError) as exc:
            out.append(f"{kind}: {exc}")
    return out


def check_files(paths: list[str]) -> int:
    """``mutate.py --check FILE…``: every figure found, every relation holding."""
    bad = 0
    for path in paths:
        for e in yaml.safe_load(Path(path).read_text(encoding="utf-8"))["entries"]:
            entry = Entry(e["id"], e["family"], e["lang"], e["text"],
                          tuple(e.get("relations") or ()), e.get("source", ""))
            for problem in broken(entry):
                bad += 1
                print(f"{path}: {entry.id}: {problem}")
    print(f"{bad} problem(s)")
    return 1 if bad else 0


def main() -> None:
    if sys.argv[1:2] == ["--check"]:
        raise SystemExit(check_files(sys.argv[2:]))
    entries = load("relations")
    table = recall_table(entries)
    by_family: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (family, lang), (c, n) in sorted(table.items()):
        by_family[family][0] += c
        by_family[family][1] += n
        by_lang[lang][0] += c
        by_lang[lang][1] += n
    print(f"{'family':22} {'caught':>7} {'planted':>8} {'recall':>7}")
    for name, (c, n) in sorted(by_family.items()):
        print(f"{name:22} {c:7} {n:8} {c / n:7.2f}")
    for name, (c, n) in sorted(by_lang.items()):
        print(f"{'lang ' + name:22} {c:7} {n:8} {c / n:7.2f}")
    total = sum(c for c, _ in table.values()), sum(n for _, n in table.values())
    print(f"{'overall':22} {total[0]:7} {total[1]:8} {total[0] / total[1]:7.2f}")
    noisy = [(e.id, f) for e in entries + load("silences") for f in findings_on(e)]
    print(f"\nfindings on unmutated entries: {len(noisy)}")
    for entry_id, f in noisy[: int(sys.argv[1]) if len(sys.argv) > 1 else 20]:
        print(f"  {entry_id}: {f}")


if __name__ == "__main__":
    main()
