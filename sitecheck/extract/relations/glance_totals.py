"""Key figures, each alone on its line with its caption beside or under it ("AT A GLANCE"):

    0.204 million
    People reached through HRP projects
    42% of people targeted
    0.355 million Total people reached

A caption that opens on "Total" names what a caption that opens on its words and narrows them
by a preposition counts a part of ("People reached through HRP projects" are some of the
"Total people reached"; "IDP returnees" are not some of the "Total IDPs"); a line
"42% of people targeted" gives the share the figure before it is of the figure captioned
"People targeted". A caption of another period or of a need or target ("this week",
"targeted") is no part of a total that does not say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import PartOf, PercentOf, Relations
from sitecheck.extract.relations.wording import DIGIT, WORD, same_word
from sitecheck.lang import alternation, lexicon, phrases

_LINE = re.compile(r"^[^\n]*", re.M)
_MAX_CAPTION = 8  # words of a caption
_MARKS = re.compile(r"[\s*†‡]*")  # "0.204million**": the notes' marks after a key figure


@dataclass
class _Item:
    figure: Quantity
    caption: list[str]  # its words, lower case


@cache
def _heads(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """ "Total " opening a caption; "% of " after a share; a caption's other time or aim."""
    lex = lexicon(language)
    total = re.compile(rf"(?:{alternation(lex.in_total)})(?![\w])\s*", re.I)
    of = re.compile(rf"\s*(?:{alternation(lex.n_of_w)})\s+", re.I)
    other = phrases((*lex.period_words, *lex.need_words, *lex.table_denominators))
    return total, of, other


def glance_totals(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    text = doc.text
    lines = [m for m in _LINE.finditer(text, *doc.extent) if m.group(0).strip()]
    items: list[tuple[int, _Item]] = []
    shares: list[tuple[int, Quantity, list[str]]] = []
    total_head, of, _ = _heads(doc.language)
    for i, line in enumerate(lines):
        figs = index.between(line.start(), line.end())
        if len(figs) != 1 or text[line.start() : figs[0].span.start].strip():
            continue
        q = figs[0]
        rest = text[q.span.end : line.end()]
        if q.kind == "percent":
            m = of.match(rest)
            if m and not DIGIT.search(rest):
                shares.append((i, q, [w.lower() for w in WORD.findall(rest, m.end())]))
            continue
        if not q.usable or q.kind not in ("count", "money") or DIGIT.search(rest):
            continue
        marks = _MARKS.match(rest)
        own = rest[marks.end() :] if marks else rest
        caption = own if own.strip() else _next(lines, i)
        words = WORD.findall(caption or "")
        if words and len(words) <= _MAX_CAPTION:
            items.append((i, _Item(q, [w.lower() for w in words])))
    if len(items) < 2:
        return
    for _, item in items:
        head = total_head.match(" ".join(item.caption))
        if head and head.end() < len(" ".join(item.caption)):
            _parts_of(doc.language, item, [it for _, it in items], rel)
    for i, q, words in shares:
        _share(q, words, i, items, rel)


def _next(lines: list[re.Match[str]], i: int) -> str | None:
    """The caption under a key figure: the next line, when it holds words only."""
    if i + 1 >= len(lines) or DIGIT.search(lines[i + 1].group(0)):
        return None
    return lines[i + 1].group(0)


def _alike(a: list[str], b: list[str]) -> bool:
    return len(a) == len(b) and all(same_word(x, y) for x, y in zip(a, b, strict=True))


def _narrows(language: str, caption: list[str], words: list[str]) -> bool:
    """Whether the caption opens on the total's words and narrows them by a preposition:
    "people reached through HRP projects", "cases in Kasa"; not "IDP returnees", another
    group that only shares a word."""
    lex = lexicon(language)
    preps = {w.lower() for w in (*lex.source_preps, *lex.place_prepositions)}
    head = caption[: len(words)]
    return _alike(head, words) and caption[len(words)] in preps


def _parts_of(language: str, total: _Item, items: list[_Item], rel: Relations) -> None:
    """The key figures whose captions hold every word of the total's after "Total"."""
    total_head, _, other = _heads(language)
    said = " ".join(total.caption)
    head = total_head.match(said)
    named = said[head.end() :].split() if head else []
    if not named:
        return
    for item in items:
        caption = " ".join(item.caption)
        if item is total or total_head.match(caption) or len(item.caption) <= len(named):
            continue
        if (item.figure.kind, item.figure.currency) != (total.figure.kind, total.figure.currency):
            continue
        if other.search(caption) and not other.search(said):
            continue  # "People targeted this week": another time or an aim
        if _narrows(language, item.caption, named):
            rel.parts.append(PartOf(total.figure, item.figure, "inclusive", said))


def _share(
    q: Quantity, words: list[str], i: int, items: list[tuple[int, _Item]], rel: Relations
) -> None:
    """ "42% of people targeted" under a key figure: its share of the one captioned so."""
    before = [it for j, it in items if j < i]
    bases = [it for _, it in items if _alike(it.caption, words)]
    if not before or len(bases) != 1 or bases[0] is before[-1]:
        return
    amount, base = before[-1].figure, bases[0].figure
    if (amount.kind, amount.currency) == (base.kind, base.currency):
        rel.percents.append(PercentOf(amount, q, base))
