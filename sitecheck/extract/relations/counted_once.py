"""Organisations counted once in a total and again under each group they work in: "19 partners
work in four sectors: Health (8), Shelter (6), WASH (5) and Protection (4)".

A partner at work in two sectors, two departments or two programmes is one partner of the total
and one of each group, so the groups may add up to more than the total, never to less (every
partner is somewhere). Only a split by kind of organisation ("8 UN agencies, 6 NGOs and 5 Red
Cross societies") or into complementary groups ("80 women and 40 men") counts each once.
"""

from __future__ import annotations

from dataclasses import replace

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.wording import complementary, lead_noun


def counted_once(doc: Document, breakdowns: list[Breakdown]) -> list[Breakdown]:
    """The breakdowns, those of organisations by group checked one way."""
    p = relation_patterns(doc.language)
    return [replace(b, one_way=True) if _by_group(b, p) else b for b in breakdowns]


def _by_group(b: Breakdown, p: RelationPatterns) -> bool:
    if b.one_way or not b.exhaustive or b.total.kind != "count":
        return False
    if not _names_organisations(b.total, p):
        return False
    if any(_names_organisations(q, p) for q in b.parts):
        return False  # "8 UN agencies, 6 NGOs": a split by kind of organisation
    nouns = {n for q in b.parts if (n := lead_noun(q, p))}
    return not (len(nouns) == len(b.parts) and complementary(nouns, p))


def _names_organisations(q: Quantity, p: RelationPatterns) -> bool:
    return bool(p.organizations & set(q.noun.lower().split()[:2]))
