"""A strip of key figures, each figure followed by its caption, one caption saying it is the
total, run into one line as PDF transcriptions give it, one figure a line, or stacked (a figure
alone on its line, its caption under it, a blank line between units):

    KEY FIGURES 52,310 Sudanese in total 30,115 Sudanese in Gorom Camp 14,760 Residents of
    Alfa Site 7,435 Residents of Wedweil Transit Centre Distribution of kits went on

The captions right after the total that name a place ("in Gorom Camp", "of Alfa Site": a
preposition then a name) count where the total's people live. The strip need not name every
place, so they can only fall short of it. A caption between them that repeats the total's words
with more after them ("Sudanese in total" … "Sudanese since the influx") narrows the total: a
part of it. Captions that measure another way ("reached", "in need", "new") or name a month are
no such split, nor is a line whose figures are captioned before them (it ends on a figure).
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.gates import mentions
from sitecheck.extract.relations.item_runs import words
from sitecheck.extract.relations.model import Breakdown, PartOf, Relations
from sitecheck.extract.relations.wording import WORD
from sitecheck.lang import alternation, lexicon, phrases

_LINE = re.compile(r"^[^\n]*", re.M)
_CAPTION = re.compile(r"[ \t]+[^\W\d_][^\d\n]*")  # words and signs, no figure
_OPENING = re.compile(r"[ \t]*(?:[•●▪·◦*+–-][ \t]*)?")  # before a line's figure: a bullet
_BRACKETS = re.compile(r"\([^()]*\)")  # "(earlier caseload + new arrivals)": an aside
_SENTENCE = re.compile(r"[.;:!?]")  # a line of prose, not a caption
# Lines with no blank line between, from a line's start (tried elsewhere, a line of blanks
# would cost the square of its length).
_BLOCK = re.compile(r"^(?:[^\S\n]*\S[^\n]*(?:\n|$))+", re.M)
_LETTER_FIRST = re.compile(r"[^\W\d_]")
_MAX_CAPTION_LINES = 3
_MAX_HEAD_WORDS = 3  # "Residents", "Congolese of concern": the words before the place
_MIN_PARTS = 2


@cache
def _cues(language: str) -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """A caption that ends on a total word; the words a place follows; words that measure or
    date a figure otherwise than the total ("reached", "new", a month)."""
    lex = lexicon(language)
    total = re.compile(rf"(?<![\w])(?:{alternation(lex.in_total)})\W*$", re.I)
    preps = frozenset(w.lower() for w in (*lex.place_prepositions, *lex.n_of_w) if " " not in w)
    stops = phrases(
        (*lex.period_words, *lex.months, *lex.month_abbreviations, *lex.share_base_people)
    )
    return total, preps, stops


def caption_runs(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    text = doc.text
    if not mentions(doc, lexicon(doc.language).in_total):
        return  # no total word anywhere: no strip has a total
    for m in _LINE.finditer(text, *doc.extent):
        figs = index.between(m.start(), m.end())
        captions = [
            _caption(text, q, figs[k + 1] if k + 1 < len(figs) else None, m.end())
            for k, q in enumerate(figs)
        ]
        if captions and captions[-1] is not None:  # else its captions may stand before figures
            _totals(doc, figs, captions, rel)
    for figs, captions in _line_units(text, index, doc.extent):
        _totals(doc, figs, captions, rel)
    for figs, captions in _stacked_units(text, index, doc.extent):
        _totals(doc, figs, captions, rel)


def _totals(
    doc: Document, figs: list[Quantity], captions: list[str | None], rel: Relations
) -> None:
    """Each figure of a run whose caption ends or opens on a total word ("Sudanese in total",
    "total Sudanese"), and the parts after it."""
    taken = {id(b.total) for b in rel.breakdowns}
    for i, q in enumerate(figs):
        said = captions[i]
        if said is None or not _plain(q) or id(q) in taken:
            continue
        head = _head(doc.language, said)
        # "… refugees in Camp B Total 8,000": a total word that ends a place's caption opens
        # the next figure's label; the total's own caption names no place.
        if head and _placed(doc.language, " ".join(head)) is None:
            _read(doc, figs, captions, i, head, rel)


def _head(language: str, said: str) -> list[str] | None:
    """The words of a total's caption besides its total word, when it has one at an end."""
    total, opening = _cues(language)[0], _opening_total(language)
    end = total.search(said)
    if end is not None:
        return said[: end.start()].split()
    start = opening.match(said)
    return said[start.end() :].split() if start is not None else None


@cache
def _opening_total(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(lexicon(language).in_total)})(?![\w])\s*", re.I)


def _line_units(
    text: str, index: QuantityIndex, extent: tuple[int, int]
) -> list[tuple[list[Quantity], list[str | None]]]:
    """Runs of lines that each open on a figure and hold its caption ("61,308 Sudanese in
    Gorom Camp"), blank lines between or not: a key-figure box one figure a line."""
    runs: list[tuple[list[Quantity], list[str | None]]] = []
    figs: list[Quantity] = []
    captions: list[str | None] = []
    for m in _LINE.finditer(text, *extent):
        if not text[m.start() : m.end()].strip():
            continue
        unit = index.between(m.start(), m.end())
        said = _caption(text, unit[0], None, m.end()) if len(unit) == 1 else None
        opens = len(unit) == 1 and _OPENING.fullmatch(text, m.start(), unit[0].span.start)
        if said is None or not opens or _SENTENCE.search(said):
            if len(figs) > _MIN_PARTS:
                runs.append((figs, captions))
            figs, captions = [], []
            continue
        figs.append(unit[0])
        captions.append(said)
    if len(figs) > _MIN_PARTS:
        runs.append((figs, captions))
    return runs


def _stacked_units(
    text: str, index: QuantityIndex, extent: tuple[int, int]
) -> list[tuple[list[Quantity], list[str | None]]]:
    """Runs of blocks (set apart by blank lines) that each hold a figure alone on its line and
    its caption on the lines under it: a key-figure box as PDF transcriptions stack it. Blocks
    whose first line is words and whose last is a figure are captions above figures: none."""
    runs: list[tuple[list[Quantity], list[str | None]]] = []
    figs: list[Quantity] = []
    captions: list[str | None] = []
    for block in _BLOCK.finditer(text, *extent):
        unit = _stacked(text, index, block.start(), block.end())
        if unit is None:
            if len(figs) > _MIN_PARTS:
                runs.append((figs, captions))
            figs, captions = [], []
            continue
        figs.append(unit[0])
        captions.append(unit[1])
    if len(figs) > _MIN_PARTS:
        runs.append((figs, captions))
    return runs


def _stacked(text: str, index: QuantityIndex, start: int, end: int) -> tuple[Quantity, str] | None:
    """The figure and caption of a block "61,308\nSudanese in Gorom Camp"."""
    figs = index.between(start, end)
    first = text.find("\n", start, end)
    if len(figs) != 1 or first < 0 or figs[0].span.end > first:
        return None
    q = figs[0]
    if not _OPENING.fullmatch(text, start, q.span.start) or text[q.span.end : first].strip():
        return None
    said = " ".join(text[first:end].split())
    lines = text[first:end].strip().count("\n") + 1
    if lines > _MAX_CAPTION_LINES or not _LETTER_FIRST.match(said) or _SENTENCE.search(said):
        return None
    return q, said


def _read(
    doc: Document,
    figs: list[Quantity],
    captions: list[str | None],
    i: int,
    head: list[str],
    rel: Relations,
) -> None:
    """The places after the total (and the narrower figures between)."""
    whole = figs[i]
    narrower: list[Quantity] = []
    parts: list[Quantity] = []
    own = [x.lower() for x in WORD.findall(" ".join(head))]
    places: set[str] = set()
    for q, said in zip(figs[i + 1 :], captions[i + 1 :], strict=True):
        if said is None or not _plain(q) or q.is_households != whole.is_households:
            break
        placed = _placed(doc.language, said)
        before = placed[0] if placed else None
        if placed and placed[1] in places:
            return  # "in Bria Town" twice: the same place at two dates, no split
        if placed:
            places.add(placed[1])
        if before is not None and before == own[: len(before)]:
            parts.append(q)  # "Sudanese in Gorom Camp" after "Sudanese in total"
        elif (
            before is not None
            and parts
            and len(before) == 1
            and _people(doc.language, whole, head, before)
        ):
            parts.append(q)  # "Residents of Alfa Site": the same people, once a place is named
        elif not parts and _narrows(doc.language, said, head):
            narrower.append(q)
        else:
            break
    if len(parts) < _MIN_PARTS:
        return
    rel.breakdowns.append(Breakdown(whole, parts, "labels", exhaustive=False, at_most=True))
    for q in narrower:
        rel.parts.append(PartOf(whole, q, "of-the", "in total"))


def _caption(text: str, q: Quantity, nxt: Quantity | None, end: int) -> str | None:
    """The words between a figure and the next one on its line (or the line's end)."""
    stop = nxt.span.start if nxt is not None else end
    match = _CAPTION.fullmatch(text, q.span.end, stop)
    return match.group(0).strip() if match else None


def _plain(q: Quantity) -> bool:
    return q.usable and q.kind == "count" and not q.from_words and q.tag is None


def _placed(language: str, said: str) -> tuple[list[str], str] | None:
    """The words before the place of "Sudanese in Gorom Camp", "Residents of Alfa Site" (a few
    words of people, a preposition, then a name; not a month: "in May" is no place), and the
    name. The last caption of a strip runs on into the text after it: only its words up to the
    name tell a service; a date or a measure anywhere out of brackets sets the line apart."""
    _, preps, stops = _cues(language)
    said_words = WORD.findall(said)
    for k, w in enumerate(said_words[: _MAX_HEAD_WORDS + 1]):
        if w.lower() in preps and k + 1 < len(said_words) and said_words[k + 1][:1].isupper():
            name = k + 1
            while name + 1 < len(said_words) and said_words[name + 1][:1].isupper():
                name += 1
            kept = said_words[: name + 1]
            if stops.search(_BRACKETS.sub(" ", said)) or _other_use(language, kept):
                return None  # "at the end of June" anywhere; services only in the label
            before = [x.lower() for x in said_words[:k]]
            return (before, " ".join(said_words[k + 1 : name + 1]).lower()) if before else None
    return None


def _people(language: str, whole: Quantity, head: list[str], before: list[str]) -> bool:
    """Whether a part named otherwise than the total ("Residents", "people") may count the
    total's people: a noun of no group of its own, after a total of people or of a group named
    with a capital ("Sudanese"), not of "sites" or "tents"."""
    lex = lexicon(language)
    generic = {w.lower() for w in (*lex.resident_nouns, *lex.generic_people_nouns)}
    return before[0] in generic and (whole.is_people or head[0][:1].isupper())


def _narrows(language: str, said: str, head: list[str]) -> bool:
    """ "Sudanese since the influx" after "Sudanese in total": the total's words, then when
    its people were first counted."""
    said_words = [x.lower() for x in WORD.findall(said)]
    head_words = [x.lower() for x in WORD.findall(" ".join(head))]
    if not head_words or len(said_words) <= len(head_words):
        return False
    if said_words[: len(head_words)] != head_words or _other_use(language, said_words):
        return False
    since = {x.lower() for x in lexicon(language).since_preps}
    return said_words[len(head_words)] in since


def _other_use(language: str, said: list[str]) -> bool:
    """Captions of services or attributes, which may count one person twice."""
    w = words(language)
    low = {x.lower() for x in said}
    text = " ".join(said)
    return bool(low & (w.services | w.without)) or bool(w.attributes.search(text))
