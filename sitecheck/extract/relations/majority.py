"""A part named as most of the figure before: "… 79.5 million people. Most – 45.7 million –
stayed in their country", "La mayor parte –45,7 millones– no ha salido". The part is at most its
whole; every amount of the sentence before of its kind is a candidate whole, so the part is
flagged only when it exceeds them all."""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import PartOf, Relations
from sitecheck.extract.relations.wording import lead
from sitecheck.lang import alternation, lexicon

_WORD = r"[^\W\d_][\w'’-]*"


@cache
def _opening(language: str) -> re.Pattern[str]:
    """The sentence's opening up to its first figure: "The majority, ", "Most – ", "The majority
    of IDPs in Nekemte town (" (a noun after "of", then a bracket, comma or dash: not "Most of
    the 12 districts", where the figure is the whole)."""
    lex = lexicon(language)
    words = alternation(lex.majority_words)
    named = rf"\s+(?:{alternation(lex.n_of_w)})\s+(?:{_WORD}\s+){{0,6}}?{_WORD}\s*[,(–—-]\s*"
    return re.compile(rf"[\W_]*(?:{words})(?:{named}|[\s,:(–—-]*)", re.I)


@cache
def _largest(language: str) -> re.Pattern[str]:
    """ "Salamat province has the highest number of people affected, with ": a place's figure
    named as the largest share of the sentence before's, the figure right after "with"."""
    lex = lexicon(language)
    words, with_ = alternation(lex.largest_words), alternation(lex.with_connectors)
    return re.compile(rf"[^\d.;:]{{0,80}}?(?:{words})[^\d.;:]{{0,60}}?\s(?:{with_})\s+", re.I)


def opens_on_most(doc: Document, span: Span, q: Quantity) -> bool:
    """Whether the sentence opens on "Most", "La mayoría" right before ``q``: a part of the
    figure before."""
    return bool(_opening(doc.language).fullmatch(doc.text, span.start, lead(q)))


def majority(
    doc: Document, span: Span, figs: list[Quantity], prev: tuple[Span, list[Quantity]] | None,
    rel: Relations,
) -> None:  # fmt: skip
    lex = lexicon(doc.language)
    if prev is None or not figs or not (lex.majority_words or lex.largest_words):
        return
    text = doc.text
    part = figs[0]
    opening = _opening(doc.language).fullmatch(text, span.start, lead(part))
    if not opening and not (
        lex.largest_words and _largest(doc.language).fullmatch(text, span.start, lead(part))
    ):
        return
    if "\n\n" in text[prev[0].end : span.start]:
        return  # another paragraph
    wholes = [
        q for q in prev[1] if q.kind == part.kind and q.currency == part.currency and q.tag is None
        and not q.from_words and q.value > 0
    ]  # fmt: skip
    # After "the highest number", every figure before is a candidate ("3,200 this week, 41,700
    # since July": the bare 41,700 counts people too).
    if opening and (part.is_people or part.is_households):
        # "Floods hit 12 districts. Most, 40,000 people, …" is not a part of the districts; a
        # figure in brackets ("the refugees (407,480)") takes the noun before it.
        unit = (part.is_people, part.is_households)
        wholes = [
            q for q in wholes
            if (q.is_people, q.is_households) == unit
            or text[max(0, lead(q) - 8) : lead(q)].rstrip().endswith("(")
        ]  # fmt: skip
    # "… 79.5 million, over 8 million more than …": a difference is no whole.
    changes = {id(b.parts[-1]) for b in rel.breakdowns if b.kind == "difference"}
    wholes = [q for q in wholes if id(q) not in changes]
    if not wholes:
        return
    wholes.sort(key=lambda q: -q.value)
    cue = " ".join(text[span.start : lead(part)].strip(" \t\n,:(–—-").split())
    if not opening:  # "the highest number … with": the superlative, not the place before it
        cue = next((w for w in lex.largest_words if w in cue.lower()), cue)
    rel.parts.append(PartOf(wholes[0], part, "relative", cue, wholes[1:]))
    _households(text, part, figs, prev[1], cue, rel)


_BRACKET = re.compile(r"(?:\s+[^\W\d_][\w'-]*){0,2}\s*\(\s*")  # "12,400 people ("


def _households(
    text: str, part: Quantity, figs: list[Quantity], before: list[Quantity], cue: str,
    rel: Relations,
) -> None:  # fmt: skip
    """ "… with 151,806 (25,301 households)": the part's households in brackets are a part of
    the one count of households of the sentence before ("547,320 people (91,220 households)")."""
    opened = _BRACKET.match(text, part.span.end)
    inner = next((q for q in figs if opened and lead(q) == opened.end()), None)
    if inner is None or not inner.is_households or part.is_households:
        return
    wholes = [q for q in before if q.is_households and q.kind == inner.kind and q.tag is None]
    if len(wholes) == 1:
        rel.parts.append(PartOf(wholes[0], inner, "relative", cue))
