"""A strip of key figures, one figure a line with its caption, as PDF exports give it, where the
first caption counts a group and the next ones count that group where it stays:

    118 206 Refugees registered since January 2014
    54 930 Refugees living in camps
    56 417 Refugees living outside camps
    6859 Refugees registered in urban areas

Blank lines may stand between the lines, and so may a running header in capitals that the
export set among them ("INTERAGENCY UPDATE - 2-8 FEBRUARY"); a caption may stand under its
figure, wrapped over a few lines. Each part's caption opens on the whole's first word (its
noun) and names a kind of dwelling ("in camps", "outside camps", "in urban areas") or a named
one ("in Gorom Camp"), each another: nobody stays in two, but some may stay elsewhere, so the parts
can only fall short of the whole. A caption of a service, a measure ("reached", "in need") or
another period is no such part; a whole captioned with a name ("Refugees from Burundi") or a
date other than a "since" (a flow) may not hold everyone in the camps, and is none either.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.caption_runs import _other_use
from sitecheck.extract.relations.gates import mentions
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.wording import WORD, fold, same_word
from sitecheck.lang import alternation, lexicon, phrases

_LINE = re.compile(r"^[^\n]*", re.M)
_OPENING = re.compile(r"[ \t]*(?:[•●▪·◦*+–-][ \t]*)?")  # before a line's figure: a bullet
_SENTENCE = re.compile(r"[.;:!?]")  # a line of prose, not a caption
_MAX_CAPTION_WORDS = 12
_MAX_CAPTION_LINES = 3
_MIN_PARTS = 2
_DATED = frozenset({"date", "year"})
_CAPITALS = 2 / 3  # a header line: most of its words in capitals
_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*)"


@cache
def _cues(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Where a caption's people stay (a preposition, a few short words, a dwelling); words
    that measure or date a figure otherwise; "since"."""
    lex = lexicon(language)
    preps = alternation((*lex.place_prepositions, *lex.outside_preps))
    # "in camps", "hors des camps", "in Gorom Camp", "dans le camp de Minawao": the name is
    # part of the place.
    place = re.compile(
        rf"(?<![\w])(?P<prep>{preps})(?P<place>(?:\s+(?:[^\W\d_]{{1,4}}'?|{_NAME})){{0,3}}?\s*"
        rf"(?:{alternation(lex.dwelling_places)})(?![\w])"
        rf"(?:(?:\s+[^\W\d_]{{1,3}})?(?:\s+{_NAME})+)?)",
        re.I,
    )
    stops = phrases((*lex.period_words, *lex.share_base_people, *lex.need_words))
    return place, stops, phrases(lex.since_preps)


def strip_places(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    lex = lexicon(doc.language)
    if not mentions(doc, lex.dwelling_places):
        return  # no camp nor site named: no strip of them
    taken = {id(b.total) for b in rel.breakdowns}
    for units in strip_runs(doc, index):
        for i, (whole, said) in enumerate(units[:-_MIN_PARTS]):
            if id(whole) in taken or not _whole(doc.language, said):
                continue
            parts = _parts(doc.language, whole, said, units[i + 1 :])
            if len(parts) >= _MIN_PARTS:
                rel.breakdowns.append(
                    Breakdown(whole, parts, "labels", exhaustive=False, at_most=True)
                )
                taken.add(id(whole))
                break


def strip_runs(doc: Document, index: QuantityIndex) -> list[list[tuple[Quantity, str]]]:
    """Runs of units that each open a line on a figure, its caption after it on the line or on
    the lines under it (up to a blank line); blank lines and header lines in capitals between
    units do not end a run."""
    text = doc.text
    read: list[tuple[Quantity, list[str]] | None] = []  # units; None where a run ends
    for m in _LINE.finditer(text, *doc.extent):
        line = m.group(0)
        last = read[-1] if read else None
        if not line.strip():
            if last is not None:
                last[1].append("")  # a blank line closes the caption
            continue
        unit = _opening(text, index, m.start(), m.end())
        if unit is not None:
            read.append((unit[0], [unit[1]] if unit[1] else []))
        elif last is not None and _goes_on(last[1]) and not index.between(m.start(), m.end()):
            last[1].append(line.strip())  # the caption goes on under its figure
        elif not (last is not None and last[1][-1:] == [""] and _header(line)):
            read.append(None)
    runs: list[list[tuple[Quantity, str]]] = []
    units: list[tuple[Quantity, str]] = []
    for item in (*read, None):
        said = " ".join(x for x in item[1] if x) if item is not None else ""
        if item is not None and _caption(said):
            units.append((item[0], said))
            continue
        if len(units) > _MIN_PARTS:
            runs.append(units)
        units = []
    return runs


def _goes_on(lines: list[str]) -> bool:
    """Whether a caption may take the next line: no blank line yet, a few lines at most."""
    return lines[-1:] != [""] and len(lines) < _MAX_CAPTION_LINES


def _caption(said: str) -> bool:
    """A few words, no sentence."""
    words = WORD.findall(said)
    if not words or not said[:1].isalpha() or len(words) > _MAX_CAPTION_WORDS:
        return False
    return not _SENTENCE.search(said)


def _opening(
    text: str, index: QuantityIndex, start: int, end: int
) -> tuple[Quantity, str] | None:
    """The figure a line opens on and the words after it (figures of dates aside)."""
    figs = index.between(start, end)
    if not figs or any(q.tag not in _DATED for q in figs[1:]):
        return None
    q = figs[0]
    if not _OPENING.fullmatch(text, start, q.span.start):
        return None
    if not (q.usable and q.kind == "count" and not q.from_words and q.tag is None):
        return None
    return q, text[q.span.end : end].strip()


def _header(line: str) -> bool:
    """A running header or title set among the strip: most of its words in capitals."""
    words = WORD.findall(line)
    return bool(words) and sum(w.isupper() for w in words) >= _CAPITALS * len(words)


def _whole(language: str, said: str) -> bool:
    """A caption that counts a group with no dwelling, no name, no measure and no date but
    since when it is counted."""
    place, stops, since = _cues(language)
    words = WORD.findall(said)
    if place.search(said) or stops.search(said) or _other_use(language, words):
        return False
    lex = lexicon(language)
    months = {m.lower() for m in (*lex.months, *lex.month_abbreviations)}
    named = [w for w in words[1:] if w.istitle() and w.lower() not in months]
    if named:
        return False  # "Refugees from Burundi": a group the camps need not be made of
    dated = any(w.lower() in months for w in words) or re.search(r"\d", said)
    return not dated or bool(since.search(said))


def _parts(
    language: str, whole: Quantity, said: str, units: list[tuple[Quantity, str]]
) -> list[Quantity]:
    """The captions after the whole's that count its noun in a dwelling, each another."""
    place, stops, _ = _cues(language)
    noun = WORD.findall(said)[0]
    parts: list[Quantity] = []
    seen: set[tuple[str, str]] = set()
    for q, caption in units:
        words = WORD.findall(caption)
        where = place.search(caption)
        if where is None or not same_word(words[0], noun) or q.is_households != whole.is_households:
            break
        if stops.search(caption) or _other_use(language, words) or re.search(r"\d", caption):
            break
        key = (fold(where.group("prep")), " ".join(fold(w) for w in where.group("place").split()))
        if key in seen:
            return []  # "in camps" twice: one place at two dates, no split
        seen.add(key)
        parts.append(q)
    return parts
