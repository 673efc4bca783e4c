"""Whether a word of change stands right before a percentage: "una caída del 25% (30.000) de
casos", "an increase of 25%". The bracket after such a percentage is the new level or the
difference, not an amount that is the percentage of a base."""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Relations
from sitecheck.lang import alternation, lexicon

_WORD = r"[^\W\d_][\w'’-]*"
_BRACKET = re.compile(r"\s*\(\s*")  # "25% (30,000": the amount alone in brackets after it


@cache
def _pattern(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    terms, to = alternation(lex.change_terms), alternation(lex.change_to)
    # not "rose to 45%", "subió al 45%": a level reached, whose bracket may be its amount
    word = rf"(?!(?:{to})(?![\w])){_WORD}"
    return re.compile(rf"(?<![\w])(?:{terms})(?:\s+{word}){{0,2}}\s*[-−+]?$", re.I)


@cache
def _phrasal(language: str) -> re.Pattern[str]:
    heads = lexicon(language).phrasal_heads
    return (
        re.compile(rf"(?<![\w])(?:{alternation(heads)})\s+$", re.I) if heads else re.compile("(?!)")
    )


def change_lead(doc: Document, pct: Quantity) -> bool:
    """ "a drop of 25%": a term of change at most two words before the percentage; not the
    particle of another verb ("make up 47%")."""
    lead = (pct.qualifier_span or pct.span).start
    m = _pattern(doc.language).search(doc.text, max(0, lead - 40), lead)
    if m is None:
        return False
    return _phrasal(doc.language).search(doc.text, max(0, m.start() - 12), m.start()) is None


def changed_shares(doc: Document, span: Span, rel: Relations) -> None:
    """Drop the readings of the sentence that take "a drop of 25% (30,000) of cases" for a share
    of the cases: the bracket right after a change is its new level or its difference."""
    # Sentences are read in order: this one's shares are the last ones (a bounded look back).
    first = len(rel.percents)
    while first and rel.percents[first - 1].percent.span.start >= span.start:
        first -= 1
    keep = []
    for po in rel.percents[first:]:
        pct, amount = po.percent, po.amount
        if (
            span.start <= pct.span.start < span.end
            and po.base is None
            and not po.bases
            and _BRACKET.fullmatch(doc.text, pct.span.end, amount.span.start)
            and change_lead(doc, pct)
        ):
            continue
        keep.append(po)
    rel.percents[first:] = keep


@cache
def _comparison(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = lexicon(language)
    words = re.compile(rf"(?<![\w])(?:{alternation(lex.change_words)})(?![\w])", re.I)
    links = re.compile(
        rf"(?<![\w])(?:{alternation(lex.change_links)})(?:(?<=['’])|(?![\w]))[^\d()]*\(\s*$", re.I
    )
    return words, links


def compared_brackets(doc: Document, span: Span, rel: Relations) -> None:
    """Drop the readings of the sentence that take "300 más que en mayo (1.200)", "mais 300 do
    que em maio (1.200)" for a part in brackets: after a comparative and its "than", the figure
    in brackets is the one compared with."""
    words, links = _comparison(doc.language)
    text, keep = doc.text, []
    for r in rel.parts:
        whole, part = r.whole, r.part
        if r.kind == "parenthesis" and span.start <= whole.span.start < span.end:
            near = text[max(span.start, whole.span.start - 12) : part.span.start]
            if (
                whole.span.end < part.span.start
                and links.search(text, whole.span.end, part.span.start)
                and words.search(near)
            ):
                continue
        keep.append(r)
    rel.parts[:] = keep
