"""A part, then its whole after a connector: "2,400 out of 3,000 expected", "712,390 children
among the 1.8 million people affected"."""

from __future__ import annotations

import re

from sitecheck.document import Document, Span
from sitecheck.extract.relations.model import PartOf, Relations
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.positions import Positions
from sitecheck.extract.relations.wording import (
    DIGIT,
    WORD,
    adjacent,
    elided_unit,
    lead,
)

_BREAK = re.compile(r"[,;:()]")
# Figures before a whole that may be an outer whole of its part ("others"); nesting is read
# within a clause or two, never across fifty figures.
_OTHERS = 50
_MAX_PARTS = 200  # parts joined in one clause ("of whom 3,120 were girls and 2,750 boys")

_BREAK = re.compile(r"[,;:()]")


def whole_after(doc: Document, span: Span, figs: Positions, rel: Relations) -> None:
    """ "2,400 out of 3,000 expected": the whole comes after the part. "712,390 children among
    the 1.8 million people affected" too, when both count people: "2,000 kits among the 300
    families" shares out, and "4,500 cases among the 40 health zones" places."""
    p = relation_patterns(doc.language)
    for m in p.whole_after.finditer(doc.text, span.start, span.end):
        _whole_after_one(doc, m, figs, rel, people=False)
    for m in p.group_after.finditer(doc.text, span.start, span.end):
        _whole_after_one(doc, m, figs, rel, people=True)


_TOTAL_CONNECTOR_WORDS = 4  # "out of a total of", "de un total de"


def _whole_after_one(
    doc: Document, m: re.Match[str], figs: Positions, rel: Relations, people: bool
) -> None:
    p = relation_patterns(doc.language)
    text = doc.text
    c_start, c_end = m.span()
    before = figs.before(c_start, 1)
    j = figs.first_after(c_end)
    # "3.9 millones de venezolanos refugiados y migrantes, de un total de 4.8 millones": a
    # connector that names the total may follow a longer noun phrase.
    reach = 4 if len(m.group(0).split()) < _TOTAL_CONNECTOR_WORDS else 7
    if not (before and j < len(figs.figs) and adjacent(doc, before[-1], c_start, reach)):
        return
    part, whole = before[-1], figs.figs[j]
    gap = text[c_end : lead(whole)]
    # "out of the 3,000", "out of a total of 29"; not "out of camps, including: 8,062".
    stated = p.n_of_m.match(text, c_start - 1)
    loose = len(WORD.findall(gap)) > 2 or DIGIT.search(gap) or _BREAK.search(gap)
    if loose and not (stated and stated.end() == lead(whole)):
        return
    # "1,64 milliard de dollars sur un total de 2,48 milliards": the whole counts in the part's
    # currency.
    whole = elided_unit(part, whole)
    # "1,200 refugees hosted among the 300 host families": people shared out among households.
    if people and not (whole.is_people and part.is_people and not whole.is_households):
        return
    rel.parts.append(PartOf(whole, part, "out-of", "out of"))

