"""A count of people, then a sentence that splits it by how they moved: "9,316 migrants returned
from the border last week (10,960 the week before). 4,702 came back spontaneously, 4,614 were
deported." The sentence opens on its first part, and each part is followed, within a few words,
by a word of one set of ways that exclude each other (the lexicon's ``movement_modes``), or of
groups that complement each other ("3,200 were women and 2,300 were men"), a different one
each. The whole is the one count of people of the sentence before (same paragraph), a figure
alone in brackets aside (an earlier figure compared). Another mode may go unnamed: the parts
can only exceed the whole.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.lang import lexicon

_TOKEN = re.compile(r"[^\W\d_][\w’'-]*")
_MODE_WORDS = 4  # words after a part within which its mode stands ("came back spontaneously")
_LEAD = re.compile(r"\s*(?:[-•*]\s*)?$")  # nothing but a bullet before the first part


@cache
def _modes(language: str) -> tuple[frozenset[str], ...]:
    """Ways people moved, and groups that complement each other ("women"/"men", "killed"/
    "injured")."""
    lex = lexicon(language)
    groups = (*lex.movement_modes, *lex.complements)
    return tuple(frozenset(w.lower() for w in g) for g in groups)


def _counts(nums: list[Quantity]) -> list[Quantity]:
    return [q for q in nums if q.kind == "count" and q.tag is None and not q.from_words]


def _alone_in_brackets(text: str, q: Quantity) -> bool:
    return text[: q.span.start].rstrip().endswith("(") and text[q.span.end :].lstrip()[:1] == ")"


def _people(doc: Document, q: Quantity) -> bool:
    """A count of people: its noun says so, or names them by a capitalised word ("9,316
    undocumented Nigeriens"), not "1,200 houses"."""
    if q.is_households:
        return False
    words = _TOKEN.findall(doc.text, q.span.end, q.span.end + 40)[:2]
    return q.is_people or any(w[0].isupper() and not w.isupper() for w in words)  # not "WFP"


def _mode(doc: Document, q: Quantity, end: int, group: frozenset[str]) -> str | None:
    words = [w.lower() for w in _TOKEN.findall(doc.text[q.span.end : end])][:_MODE_WORDS]
    found = [w for w in words if w in group]
    return found[0] if len(found) == 1 else None


def _parts(doc: Document, sentence: Sentence, parts: list[Quantity]) -> bool:
    """Whether each part names a mode of one set, a different one each; groups that complement
    each other only when nothing else is said of them ("3,200 were women and 2,300 were men",
    not "3,200 women and 2,300 men were vaccinated": another count than the whole's)."""
    ends = [q.span.start for q in parts[1:]] + [sentence.span.end]
    movements = len(lexicon(doc.language).movement_modes)
    for i, group in enumerate(_modes(doc.language)):
        named = [_mode(doc, q, end, group) for q, end in zip(parts, ends, strict=True)]
        if all(named) and len(set(named)) == len(named):
            return i < movements or _only_groups(doc, parts, ends, group)
    return False


def _only_groups(
    doc: Document, parts: list[Quantity], ends: list[int], group: frozenset[str]
) -> bool:
    lex = lexicon(doc.language)
    plain = {w.lower() for w in (*lex.auxiliaries, *lex.and_words, *lex.articles)} | group
    words = [
        w.lower() for q, end in zip(parts, ends, strict=True)
        for w in _TOKEN.findall(doc.text, q.span.end, end)
    ]  # fmt: skip
    return all(w in plain for w in words)


def mode_split(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    rel: Relations,
    prev: tuple[Sentence, list[Quantity]] | None,
) -> None:
    """The parts of the one count of people of the sentence before, by how they moved."""
    if prev is None:
        return
    parts = _counts(nums)
    if len(parts) < 2 or len(parts) != len(nums):
        return  # another figure (a percentage, an amount, a year: another period) in it
    if not _LEAD.fullmatch(doc.text, sentence.span.start, parts[0].span.start):
        return
    if any(q.is_households or not q.usable for q in parts) or not _parts(doc, sentence, parts):
        return
    wholes = [
        q for q in _counts(prev[1]) if _people(doc, q) and not _alone_in_brackets(doc.text, q)
    ]
    if len(wholes) != 1 or not wholes[0].usable:
        return
    rel.breakdowns.append(Breakdown(wholes[0], parts, "modes", exhaustive=False, at_most=True))
