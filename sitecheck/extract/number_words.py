"""Figures written in words ("five provinces", "twenty-one partners") and flattened tables."""

from __future__ import annotations

import re

from sitecheck.document import Span
from sitecheck.extract.figure_cues import FigureCues
from sitecheck.extract.quantities import Quantity, interval_of, read_qualifier, set_noun
from sitecheck.interval import Interval

_NOUN_WORDS = re.compile(r"[^\W\d_][\w’'-]*")
_CLAUSE_END = re.compile(r"[.(,:;\d]")
_BLANKS = re.compile(r"[ \t\u00a0,]*\n?[ \t\u00a0,]*")
_JOIN = 3  # letters of a word that joins two pieces of a number ("and", "et", "y")


def _value(word: str, cues: FigureCues) -> float:
    if "-" in word:
        tens, ones = word.split("-")
        return float(cues.number_tens[tens] + cues.number_ones[ones])
    return float(cues.number_words[word])


def _large_scale(chunk: str, at: int, cues: FigureCues) -> tuple[str, int]:
    """A scale word of a million or more after a number word ("four million", "deux millions
    de", "dos millones de"), and where it ends; a smaller one is a multiplier or nothing."""
    sc = cues.scale.match(chunk[at : at + 40])
    if not sc or "\n" in sc.group("sp"):
        return "", at
    word = sc.group("s")
    if len(word) < 3 or cues.scale_values.get(word.lower(), 0.0) < 1e6:
        return "", at
    return word, at + sc.end()


def _compound(chunk: str, start: int, end: int, cues: FigureCues) -> bool:
    """Whether the number word is one piece of a longer number in words ("two thousand five
    hundred", "deux mille cinq cents", "duas mil e quinhentas"): read alone, it is not the
    number (a short joining word may stand between the pieces)."""
    if cues.number_word_of_m.match(chunk, end):
        return False  # "six des huit régions": a count of a count
    known = cues.number_words.keys() | cues.multipliers.keys()
    before = _NOUN_WORDS.findall(chunk, max(0, start - 20), start)[-1:]
    after = _NOUN_WORDS.findall(chunk, end, end + 30)[:2]
    words = [*before, *after[:1]]
    if len(after) == 2 and len(after[0]) <= _JOIN:
        words.append(after[1])
    return any(w.lower() in known for w in words)


def number_words(text: str, block: Span, found: list[Quantity], cues: FigureCues) -> list[Quantity]:
    """Counts written as words in one block, where no digit figure stands."""
    chunk = text[block.start : block.end]
    out: list[Quantity] = []
    if not cues.number_words or not cues.number_word_hint.search(chunk.lower()):
        return out  # one scan for any number word before the slower, exact pattern
    for m in cues.number_word.finditer(chunk):
        value = _value(m.group("w").lower(), cues)
        mul = m.group("mul")
        if mul:
            value *= cues.multipliers[mul.lower()]
        scale, scaled_end = _large_scale(chunk, m.end(), cues)
        stop = cues.number_word_stop.match(chunk, m.end())
        if not scale and stop and not cues.number_word_of_m.match(chunk, m.end()):
            continue  # "two of", "three to four", "two thirds"
        if _compound(chunk, m.start(), scaled_end, cues):
            continue
        start, end = block.start + m.start(), block.start + scaled_end
        if any(q.span.start < end and start < q.span.end for q in found):
            continue
        rest = chunk[scaled_end:]
        if cues.percent.match(rest):
            continue  # "Seventy per cent of these IDPs": a share in words, no count
        q = Quantity(
            span=Span(start, end),
            text=text[start:end],
            value=value * cues.scale_values.get(scale.lower(), 1.0),
            kind="count",
            interval=Interval.point(value),
            number_span=Span(start, end),
            scale=scale or None,
            from_words=True,
        )
        q.interval = interval_of(q, cues)  # "two million": rounded to the million
        if scale and (cur := cues.currency_after.match(rest)):
            name = " ".join(cur.group("cur").split())  # "deux millions de dollars": money
            q.currency, q.kind = cues.currency_codes.get(name, name.upper()), "money"
            q.span = Span(start, end + cur.end())
            q.text = text[q.span.start : q.span.end]
            rest = rest[cur.end() :]
        window = _CLAUSE_END.split(rest[:80].replace("\n", " "))[0]
        set_noun(q, [w.lower() for w in _NOUN_WORDS.findall(window)[:6]], cues)
        before = chunk[max(0, m.start() - 60) : m.start()]
        if cues.duration_after.match(rest):
            q.tag = "duration"
        elif cues.age_group_before.search(before):
            q.tag = "age"
        else:
            read_qualifier(q, chunk, block.start, cues)
            q.interval = interval_of(q, cues)
        out.append(q)
    return out


def tag_sequences(text: str, found: list[Quantity], block_kind: str) -> None:
    """Figures separated only by blanks are a flattened table: their roles are unknown."""
    if block_kind == "table_row":
        return
    digits = [q for q in found if not q.from_words]
    for a, b in zip(digits, digits[1:], strict=False):
        if (a.tag or "debris") != "debris" or (b.tag or "debris") != "debris":
            continue  # "2024\n12%": a year then a figure is no table debris
        gap = text[a.span.end : b.span.start]
        if "\n" in gap:
            continue  # one figure per line is a key-figure box, not a flattened table
        if a.kind == "money" and b.kind == "percent" and "," in gap:
            continue  # "Funding gap, $37,365,360 , 80.72%": an amount, then its share
        if "," in gap and a.text[-1].isalpha() and " " in a.text:
            continue  # "a target of 1.4 million, 602,318 people": a scale word is prose
        if gap and _BLANKS.fullmatch(gap) and (" " in gap or "\n" in gap):
            for q in (a, b):
                if q.tag is None:
                    q.tag = "debris"  # its interval is kept: a table reader may read it
