"""A sentence (or a clause) that opens on its whole: "Of the 4,000 people reached, 1,200 were
children"; "…; 97 were rescued and, of the 512 schools hit, 149 are damaged"."""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, PartOf, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.wording import (
    DIGIT,
    WORD,
    lead,
    looks_exhaustive,
    unnumbered_rest,
)
from sitecheck.lang import alternation, lexicon


def of_the_whole(doc: Document, span: Span, figs: list[Quantity], rel: Relations) -> None:
    """A sentence that opens on its whole: "Of the 4,000 people reached, 1,200 were children";
    or a clause after a semicolon or "and,": "…; 97 were rescued and, of the 512 schools hit,
    149 are damaged" (its parts end with the clause)."""
    if len(figs) < 2:
        return  # the whole and its parts are all in the sentence
    p = relation_patterns(doc.language)
    text = doc.text
    m = p.of_the.match(text, span.start, span.end) or _after_heading(text, p.of_the, span)
    m = m or _after_says_that(doc, p, span)
    if m:
        _of_the_at(doc, p, m, span, figs, rel)
    for c in _clause_opening(doc.language).finditer(text, span.start, span.end):
        m = p.of_the.match(text, c.end(), span.end)
        semi = text.find(";", c.end(), span.end)
        if m:
            clause = Span(span.start, semi if semi >= 0 else span.end)
            _of_the_at(doc, p, m, clause, figs, rel, first_only=True)


def _changed_to(doc: Document, parts: list[Quantity]) -> int:
    """ "De 38 casas derrumbadas, se pasó a 50": the figure after "a" / "to" is where a count
    went (a change from the whole), not a part of it; the parts stop before it."""
    end = _change_to(doc.language)
    return next(
        (i for i, q in enumerate(parts) if end.search(doc.text, max(0, lead(q) - 8), lead(q))),
        len(parts),
    )


@cache
def _change_to(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation(lexicon(language).change_to)})\s+$", re.I)


def _other_count(whole: Quantity, parts: list[Quantity]) -> int:
    """ "Of the 240 schools, 65 were damaged and 18 are shelters, hosting 3,900 people": the
    parts end at the first that counts people under a whole that counts things."""
    if whole.is_people or whole.is_households or not whole.noun:
        return len(parts)
    return next((i for i, q in enumerate(parts) if q.is_people or q.is_households), len(parts))


@cache
def _clause_opening(language: str) -> re.Pattern[str]:
    """ "; " or " and, " before a clause that may open on its own whole."""
    return re.compile(rf"(?:;|(?<![\w])(?:{alternation(lexicon(language).and_words)}),)", re.I)


def _of_the_at(
    doc: Document,
    p: RelationPatterns,
    m: re.Match[str],
    span: Span,
    figs: list[Quantity],
    rel: Relations,
    first_only: bool = False,
) -> None:
    """The parts after the comma that closes "Of the 4,000 people reached,"; with
    ``first_only`` (a clause inside a sentence), the one figure right after it: what follows may
    be another clause ("…, 20 were damaged, and 600 homes were repaired")."""
    text = doc.text
    whole = next((q for q in figs if lead(q) == m.end()), None)
    if whole is None:
        return
    past = _people_bracket(text, whole)
    comma = text.find(",", past, span.end)
    if comma < 0 or DIGIT.search(text[past:comma]):
        return
    end = _next_whole(text, p, figs, comma, span.end)
    parts = [q for q in figs if comma < q.span.start < end and q.kind == whole.kind]
    if past > whole.span.end:  # the people in brackets are no whole of the parts
        parts = [q for q in parts if q.is_households or not q.is_people]
    if first_only:
        parts = [q for q in parts[:1] if not WORD.search(text, comma + 1, lead(q))]
    parts = parts[: _new_subject(doc, p, parts)]
    parts = parts[: _changed_to(doc, parts)]
    parts = parts[: _other_count(whole, parts)]
    parts = parts[: _before_connector(text, p, parts)]
    for q in parts:
        rel.parts.append(PartOf(whole, q, "of-the", "of the"))
    if len(parts) >= 2 and looks_exhaustive(doc, parts, span):
        rel.breakdowns.append(Breakdown(whole, parts, "of-the"))
    elif len(parts) >= 2 and unnumbered_rest(doc, parts, span):
        # "…, 800 from B and the rest from other countries": the rest is left unnumbered.
        rel.breakdowns.append(Breakdown(whole, parts, "of-the", exhaustive=False, at_most=True))


def _before_connector(text: str, p: RelationPatterns, parts: list[Quantity]) -> int:
    """Where the parts stop: a figure after "of whom", "dont", "including" is a part of the one
    before it ("Des 99 583 réfugiés, 54 753 dont 29 197 femmes et 25 556 hommes …")."""
    for i in range(1, len(parts)):
        if p.inside_connector.search(text, parts[i - 1].span.end, lead(parts[i])):
            return i
    return len(parts)


def _new_subject(doc: Document, p: RelationPatterns, parts: list[Quantity]) -> int:
    """Where the parts stop: after a comma and "and", a figure with a noun and a verb of its own
    ("20 were damaged, and 600 homes were repaired"; "12 sufrieron daños, y 450 viviendas
    fueron reparadas") opens a clause about something else, unless the first part was written
    the same way; "1,200 children and 2,800 adults were vaccinated" goes on with the parts."""
    words = [q.noun.split() for q in parts]

    def own_clause(w: list[str]) -> bool:
        return len(w) >= 2 and w[0] not in p.auxiliaries and w[1] in p.auxiliaries

    if not words or own_clause(words[0]):
        return len(parts)
    for i in range(1, len(parts)):
        gap = doc.text[parts[i - 1].span.end : lead(parts[i])]
        if own_clause(words[i]) and _comma_and(doc.language).search(gap):
            return i
    return len(parts)


@cache
def _comma_and(language: str) -> re.Pattern[str]:
    return re.compile(rf",\s*(?:{alternation(lexicon(language).and_words)})\s*$", re.I)


def _next_whole(text: str, p: RelationPatterns, figs: list[Quantity], start: int, end: int) -> int:
    """Where a clause opening on a whole of its own begins ("…; among the 800 households
    visited, 560 …"), or ``end``; not a clause that goes on about the first whole ("…; the
    region reported 1,842, or 38% of all deaths")."""
    pos = text.find(";", start, end)
    while pos >= 0:
        m = p.of_the.match(text, pos + 1, end)
        if m and any(lead(q) == m.end() for q in figs):
            return pos
        pos = text.find(";", pos + 1, end)
    return end


_HEADING = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,4}[ \t]+(?=[A-ZÀ-ÖØ-Þ])")


_BRACKET = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}\s*\(\s*\d[\d\s.,]*\s+[^\W\d_][^()\d]{0,30}\)")


def _people_bracket(text: str, whole: Quantity) -> int:
    """ "Of the 412 households (2,266 people) hit, …": a count of households restated in people
    in brackets; the parts after the comma count households. Where the words go on."""
    m = _BRACKET.match(text, whole.span.end)
    return m.end() if m and whole.is_households else whole.span.end


@cache
def _says_that(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation(lexicon(language).says_that)})\s+", re.I)


def _after_says_that(doc: Document, p: RelationPatterns, span: Span) -> re.Match[str] | None:
    """ "The agency reports that, of the 412 households hit, 137 …": a reporting clause without
    figures before the whole the sentence opens on."""
    lex = lexicon(doc.language)
    if not lex.says_that and not lex.source_leads:
        return None
    says = _says_that(doc.language).search(doc.text, span.start, min(span.end, span.start + 80))
    if says is None:
        # "According to the institute, of the 27 deaths, 21 …": a source named before the whole.
        says = _source_named(doc.language).match(doc.text, span.start, span.end)
    if says is None or DIGIT.search(doc.text, span.start, says.end()):
        return None
    return p.of_the.match(doc.text, says.end(), span.end)


@cache
def _source_named(language: str) -> re.Pattern[str]:
    """ "According to X," "Según X," "Segundo X," "Selon X,": a source named in a few words and
    a comma."""
    leads = alternation(lexicon(language).source_leads)
    return re.compile(rf"(?:{leads})(?![\w])[^,.;:\n]{{1,60}}(?=,)", re.I)


def _after_heading(text: str, of_the: re.Pattern[str], span: Span) -> re.Match[str] | None:
    """ "Sex and age Of the 12 million …": a heading run into its paragraph (a PDF's layout);
    the capital of the opening word marks where the sentence starts."""
    head = _HEADING.match(text, span.start, span.end)
    return of_the.match(text, head.end(), span.end) if head else None
