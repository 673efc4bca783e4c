"""Lists of names (rosters, regions, sectors) and the count a report states for them.

Shapes: a pipe-separated roster, a bullet list, an inline list after a colon ("in four regions:
A, B and C"), and a footnote whose text is a list ("¹ Amazonas, Ancash … and Tumbes"). Names
that contain "and"/"y" (Trinidad and Tobago, Acción y Desarrollo) stay whole; where the last
"and" of a comma list could belong to a name, the item count becomes a range.
"""

from __future__ import annotations

import re
from itertools import accumulate, pairwise

from sitecheck.document import Block, Document, Sentence, Span, is_box_block, line_start
from sitecheck.extract.ahead_lists import ahead_counted
from sitecheck.extract.back_lists import back_counted
from sitecheck.extract.footnotes import Footnotes, marker_key
from sitecheck.extract.list_model import ItemList, ListItem, list_item, list_patterns, table_rows
from sitecheck.extract.name_runs import clause_end, is_name
from sitecheck.extract.quantities import Quantity, QuantityIndex

__all__ = ["ItemList", "ListItem", "bullet_lists", "extract_lists", "list_item", "list_patterns"]

_MARKER_TAIL = r"[\s*†‡¹²³⁴⁵⁶⁷⁸⁹⁰]*"
_ASIDE = re.compile(r"\([^()]*\)")  # "(two more than in March)" between a count and its colon
_INTRO_END = re.compile(r":" + _MARKER_TAIL + r"$")
_DIGIT = re.compile(r"\d")
_COLON = re.compile(":")
_WORD = re.compile(r"[^\W\d_][\w’'.&/-]*")


def extract_lists(doc: Document, quantities: list[Quantity], notes: Footnotes) -> list[ItemList]:
    index = QuantityIndex(quantities)
    lists: list[ItemList] = []
    blocks = [b for b in doc.blocks if b.kind not in ("code", "html")]
    for i, block in enumerate(blocks):
        prev = blocks[i - 1] if i else None
        pipes = block.text.count("|") >= 2 and not table_rows(block.text)
        if block.kind in ("paragraph", "list_item") and pipes:
            lst = _pipe_list(doc, block)
            if lst:
                lst.stated = (
                    _intro_count(doc, prev, index, lst) if lst.stated is None else lst.stated
                )
                lists.append(lst)
                continue
    lists.extend(bullet_lists(doc, blocks, index))
    lists.extend(_inline_lists(doc, index))
    lists.extend(_note_lists(doc, notes, index))
    lists.extend(back_counted(doc, index, lists))
    lists.extend(ahead_counted(doc, index, lists))
    lists.sort(key=lambda lst: lst.span.start)
    return lists


def _pipe_list(doc: Document, block: Block) -> ItemList | None:
    base, text = block.span.start, block.text
    colon = text.find(":", 0, text.find("|"))
    start = colon + 1 if colon >= 0 else 0
    items: list[ListItem] = []
    pos = start
    for part in text[start:].split("|"):
        item = list_item(doc, base + pos, base + pos + len(part))
        pos += len(part) + 1
        if item:
            items.append(item)
    if len(items) < 3 or sum(len(i.text.split()) for i in items) / len(items) > 8:
        return None
    lst = ItemList("pipe", items, Span(items[0].span.start, items[-1].span.end))
    return lst


def _stated_before(
    doc: Document, index: QuantityIndex, start: int, end: int, max_words: int = 4
) -> Quantity | None:
    """The count that introduces a list: "109 Partners:", "in four regions:"."""
    text = doc.text
    # "(two more than in March)": a figure inside a parenthesis of words counts something else.
    candidates = [q for q in index.between(start, end) if not _in_aside(text, q, end)]
    if not candidates:
        return None
    q = last = candidates[-1]
    # "six of the eight regions:": the list counts the first figure.
    if len(candidates) > 1 and list_patterns(doc.language).n_of_m.fullmatch(
        text, candidates[-2].span.end, (q.qualifier_span or q.span).start
    ):
        q = candidates[-2]
    if not (q.is_quantity and q.kind == "count") or q.scale:
        return None  # "stood at 110.0 million. These include:": no list is that long
    between = _ASIDE.sub(" ", text[last.span.end : end])
    if list_patterns(doc.language).breakdown.search(between):
        return None  # "812,306, of which:": the items break the figure down
    words = _WORD.findall(between)
    # "les 4 départements les plus touchés par les inondations :": places take a longer noun.
    places = bool(words) and words[0].lower() in list_patterns(doc.language).places
    if _DIGIT.search(between) or len(words) > (max(max_words, 8) if places else max_words):
        return None
    bare = text[q.span.start - 1 : q.span.start] == "(" and between.startswith(")")
    if not words and not bare:
        return None  # "DEAD – 31: Regions I, II": the figure counts the dead, not the regions
    if list_patterns(doc.language).partial.search(text, q.span.end, min(len(text), end + 40)):
        return None  # "742 cities, among them:" names only some
    # "350 households surveyed: food, shelter and health" counts households, not the list
    # ("six districts as affected: A, B …" counts the places listed).
    participle = list_patterns(doc.language).participle.search(words[-1]) if words else None
    if participle and len(words) > 1 and not places:
        return None
    return q


def _in_aside(text: str, q: Quantity, end: int) -> bool:
    """Whether a figure sits in a parenthesis that holds words besides it, closed before
    ``end``."""
    close = text.find(")", q.span.end, end)
    opened = text.rfind("(", max(0, q.span.start - 60), q.span.start)
    if close < 0 or opened < 0 or text.rfind(")", opened, q.span.start) >= 0:
        return False
    return bool(_WORD.search(text[opened + 1 : q.span.start] + text[q.span.end : close]))


def _intro_count(
    doc: Document, prev: Block | None, index: QuantityIndex, lst: ItemList
) -> Quantity | None:
    # "Partners (109): A | B | C" or a heading line "GTRM 109 Partners:" just before the list.
    first = lst.items[0].span.start
    start = line_start(doc.text, first)
    same = doc.text[start:first]
    if _INTRO_END.search(same.rstrip("| ")):
        return _stated_before(doc, index, start, start + len(same.rstrip("| ")))
    if not same.strip("| ") and start > 0:
        # "Socios que reportaron actividades (18):" on the line above, in the same block.
        above = line_start(doc.text, start - 1)
        line = doc.text[above : start - 1].rstrip()
        if _INTRO_END.search(line) and above >= lst.span.start - len(line) - 2:
            return _stated_before(doc, index, above, above + len(line) - 1)
    if prev is not None and _INTRO_END.search(prev.text):
        tail = re.search(_MARKER_TAIL + "$", prev.text)
        end = prev.span.end - (len(tail.group(0)) if tail else 0) - 1
        return _stated_before(doc, index, prev.span.start, end)
    return None


_GLYPH_LINE = re.compile(r"^[ \t]*[•●▪·◦][ \t]+(?=\S)", re.M)


def _glyph_list(
    doc: Document, block: Block, prev: Block | None, index: QuantityIndex
) -> list[ItemList]:
    """A paragraph whose every line opens on a bullet glyph ("  • São Paulo – 11.208;"): the
    Markdown reader knows no "•" list, PDF and web text often has one."""
    lines = block.text.split("\n")
    glyphs = len(_GLYPH_LINE.findall(block.text))
    # "The following 4 camps:" on the paragraph's first line, its glyph lines under it.
    intro = glyphs == len(lines) - 1 >= 2 and bool(_INTRO_END.search(lines[0].rstrip()))
    if len(lines) < 2 or (glyphs != len(lines) and not intro):
        return []
    starts = accumulate((len(line) + 1 for line in lines), initial=block.span.start)
    spans = [(at, at + len(line)) for at, line in zip(starts, lines, strict=False)]
    out = _bullet_group(doc, spans[1:] if intro else spans, prev, index)
    for lst in out if intro else []:
        end = spans[0][0] + len(lines[0].rstrip()) - 1  # the intro's colon
        lst.stated = lst.stated or _stated_before(doc, index, spans[0][0], end)
    return out


def _bullet_group(
    doc: Document, spans: list[tuple[int, int]], prev: Block | None, index: QuantityIndex
) -> list[ItemList]:
    # A list of sentences is only worth keeping when a count introduces it; a list of names
    # always is (duplicates).
    words = sum(len(doc.text[s:e].split()) for s, e in spans)
    short = words <= 12 * len(spans)
    if len(spans) < 2 or not (short or (prev is not None and _INTRO_END.search(prev.text))):
        return []
    items = [it for s, e in spans if (it := list_item(doc, s, e))]
    if len(items) < 2:
        return []
    lst = ItemList("bullet", items, Span(items[0].span.start, items[-1].span.end))
    lst.stated = _intro_count(doc, prev, index, lst)
    return [lst]


def bullet_lists(doc: Document, blocks: list[Block], index: QuantityIndex) -> list[ItemList]:
    """Runs of list items (and paragraphs of bullet-glyph lines), each with the count that
    introduces it, if any."""
    out: list[ItemList] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "paragraph":
            out.extend(_glyph_list(doc, block, blocks[i - 1] if i else None, index))
        if block.kind != "list_item":
            i += 1
            continue
        group = [block]
        j = i + 1
        while (
            j < len(blocks) and blocks[j].kind == "list_item" and blocks[j].list_id == block.list_id
        ):
            group.append(blocks[j])
            j += 1
        prev = blocks[i - 1] if i else None
        out.extend(_bullet_group(doc, [(b.span.start, b.span.end) for b in group], prev, index))
        i = j
    return out


def _split_series(
    doc: Document, start: int, end: int, bracketed: bool = False, long_last: bool = False
) -> tuple[list[ListItem], int] | None:
    """Split "A, B and C" into items; None when it does not look like a list of names. A list
    in brackets needs no "and": the brackets close it ("(Quang Binh, Quang Tri, Ha Tinh)").
    ``long_last`` (a count before the colon tells the list): the last item may run on with the
    sentence ("… y aprehensión de infractores para ponerlos a disposición de la fiscalía"), and
    a clause after an item is no item ("the vulnerable, who will get reduced rations, …")."""
    text = doc.text[start:end]
    sep = ";" if ";" in text else ","
    parts: list[tuple[int, int]] = []
    pos = 0
    p = list_patterns(doc.language)
    for piece in text.split(sep):
        if not (long_last and parts and p.clause.match(piece.lstrip())):
            parts.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    last_s, last_e = parts[-1]
    last = text[last_s:last_e]
    ands = list(p.last_and.finditer(last))
    extra = 0
    if ands:
        # "Arica and Parinacota" may hide in the last item; split at the first "and" and note
        # the other readings as a range.
        cut = ands[0]
        parts[-1] = (last_s, last_s + cut.start())
        parts.append((last_s + cut.end(), last_e))
        extra = len(ands) - 1
    elif sep == "," and len(parts) > 1 and p.and_lead.match(text[parts[-1][0] :]):
        s, e = parts[-1]
        m = p.and_lead.match(text[s:e])
        parts[-1] = (s + (m.end() if m else 0), e)
    elif not ((bracketed or sep == ";") and len(parts) >= 3):
        return None
    items = [it for s, e in parts if (it := list_item(doc, start + s, start + e))]
    if len(items) < 2:
        return None
    if sep == ";" and not ands and not bracketed and not all(is_name(i.text) for i in items):
        return None  # "UNHCR; IOM; WFP; UNICEF": semicolons close a list of names, no "and"
    for it in items[:-1] if long_last else items:
        words = it.text.split()
        if len(words) > 6 or _DIGIT.search(it.text) or p.clause.match(it.text):
            return None
        if len(words) > 1 and p.figure_word.match(it.text):
            return None  # "eight in Balochistan, … and one in AJK": parts, not names
        if bracketed and len(words) >= 4:
            extra += 1  # "Nghe An Thua Thien Hue": two names whose comma was lost, perhaps
    return items, extra


def _inline_lists(doc: Document, index: QuantityIndex) -> list[ItemList]:
    out: list[ItemList] = []
    for sentence in doc.sentences:
        text = doc.slice(sentence.span)
        if "|" in text:
            continue
        # The last colon that opens a list: "… a 31ª fase: … em direção a sete cidades: A, B e C".
        for colon in [m.start() for m in _COLON.finditer(text)][-1:-4:-1]:
            lst = _after_colon(doc, index, sentence, colon)
            if lst is not None:
                out.append(lst)
                break
        else:
            out.extend(_after_semicolon(doc, index, sentence, text))
    out.extend(_named_lists(doc, index, {lst.span.start for lst in out}))
    return out


def _after_colon(
    doc: Document, index: QuantityIndex, sentence: Sentence, colon: int
) -> ItemList | None:
    text = doc.slice(sentence.span)
    if "\n" in text[colon:] and is_box_block(sentence.block):
        return None  # a line of a key-figure box, not a wrapped sentence
    start = sentence.span.start + colon + 1
    # "…: Ibarra, Loja y Quevedo, indica la nota": the list ends with the name after "y".
    split = _split_series(doc, start, sentence.span.end)
    if not split:
        named = _split_series(doc, start, clause_end(doc, start, sentence.span.end))
        split = named if named and all(is_name(it.text) for it in named[0]) else None
    stated = _stated_before(doc, index, sentence.span.start, start - 1)
    if not split and stated is not None:
        split = _split_series(doc, start, sentence.span.end, long_last=True)
    if not split:
        return None
    items, extra = split
    lst = ItemList(
        "inline", items, Span(items[0].span.start, items[-1].span.end), extra_readings=extra
    )
    lst.stated = stated
    return lst


def _after_semicolon(
    doc: Document, index: QuantityIndex, sentence: Sentence, text: str
) -> list[ItemList]:
    """ "added a further six districts as affected; Tayacaja, Angaraes, … and La Mar.": a
    semicolon used as a colon, taken only when names alone run to the sentence's end and a
    count stands just before it."""
    semi = text.rfind(";")
    if semi < 0 or ";" in text[semi + 1 :]:
        return []
    start = sentence.span.start + semi + 1
    stated = _stated_before(doc, index, sentence.span.start, start - 1)
    end = clause_end(doc, start, sentence.span.end)
    if stated is None or (end < sentence.span.end and doc.text[end] != "."):
        return []  # the names must close the sentence: "; Lima and Puno, with …" goes on
    split = _split_series(doc, start, end)
    if not split or not all(is_name(it.text) for it in split[0]):
        return []
    items, extra = split
    span = Span(items[0].span.start, items[-1].span.end)
    return [ItemList("inline", items, span, stated=stated, extra_readings=extra)]


_MAX_NAMED = 30  # "the five provinces of …": a count of places or groups, not of people


def _named_lists(doc: Document, index: QuantityIndex, taken: set[int]) -> list[ItemList]:
    """ "the five provinces of Samar, Leyte and Albay", "these 12 countries are Austria, …":
    a small count, its noun, a link word, then names (capitalised) up to the clause's end."""
    p = list_patterns(doc.language)
    text = doc.text
    out: list[ItemList] = []
    nums = index.numbers
    for i, q in enumerate(nums):
        if not (q.is_quantity and q.kind == "count" and 2 <= q.value <= _MAX_NAMED):
            continue
        near = nums[max(0, i - 1) : i + 2]  # "two of the three camps (A, B and C)": which one?
        if any(p.n_of_m.fullmatch(text, a.span.end, b.span.start) for a, b in pairwise(near)):
            continue
        sentence = doc.sentence_at(q.span.start)
        if sentence is None:
            continue
        m = p.named_intro.match(text, q.span.end, sentence.span.end)
        end = clause_end(doc, m.end(), sentence.span.end) if m else -1
        if m is None:
            # "6 provinces (Quang Binh, Quang Tri and Ha Tinh)"
            m = p.named_aside.match(text, q.span.end, sentence.span.end)
            end = text.find(")", m.end(), sentence.span.end) if m else -1
            if m is not None and p.partial.search(text, m.end(), max(end, m.end())):
                continue
        if m is None or end < 0 or m.end() in taken:
            continue
        split = _split_series(doc, m.end(), end, bracketed=text[m.end() - 1] == "(")
        # Names: each item opens and ends on a capital ("Madre de Dios"); "Bau and Tadamon
        # localities" qualifies another noun.
        if not split or not all(is_name(it.text) for it in split[0]):
            continue
        items, extra = split
        lst = ItemList("inline", items, Span(items[0].span.start, items[-1].span.end), stated=q)
        lst.extra_readings = extra
        out.append(lst)
    return out


def _note_lists(doc: Document, notes: Footnotes, index: QuantityIndex) -> list[ItemList]:
    """A footnote that lists names; its stated count is the figure its marker is glued to."""
    out: list[ItemList] = []
    refs_by_key: dict[str, list[Span]] = {}
    for ref in notes.refs:
        refs_by_key.setdefault(marker_key(ref.marker), []).append(ref.span)
    for note in notes.defs:
        split = _split_series(doc, note.text_span.start, note.text_span.end)
        if not split:
            continue
        items, extra = split
        if len(items) < 3 or not all(it.text[:1].isupper() for it in items):
            continue
        span = Span(items[0].span.start, items[-1].span.end)
        lst = ItemList("note", items, span, extra_readings=extra, note=note)
        for ref_span in refs_by_key.get(marker_key(note.marker), []):
            lst.refs.append(ref_span)
            start = line_start(doc.text, ref_span.start)
            q = _stated_before(doc, index, start, ref_span.start, max_words=2)
            if q is not None and lst.stated is None:
                lst.stated = q
        out.append(lst)
    return out
