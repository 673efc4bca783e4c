"""Amounts of one sector beside a plan's requirement: "The plan requires US$80 million and is 25
per cent funded; the food sector faces a gap of US$30 million". The gap is the food sector's, not
the plan's: it neither adds up with what the plan received nor leaves the plan's funded share.

An amount received or lacking whose clause names a sector (``sector_names``) that the
requirement's clause does not name is left out of the plan's funding.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.funding_prose import Roles
from sitecheck.extract.quantities import Quantity
from sitecheck.lang import lexicon, phrases

_CLAUSE = re.compile(r"[.;:]\s|\n\s*\n|\d")  # a figure ends it too: the next amount's words
_REACH = 80  # characters of an amount's clause read on each side


@cache
def _sectors(language: str) -> re.Pattern[str]:
    return phrases(lexicon(language).sector_names)


def _clause(text: str, q: Quantity) -> str:
    """The words of the amount's clause: up to a sentence's or clause's end, or another figure,
    on each side."""
    before = _CLAUSE.split(text[max(0, q.span.start - _REACH) : q.span.start])[-1]
    after = _CLAUSE.split(text[q.span.end : q.span.end + _REACH], maxsplit=1)[0]
    return f"{before} {after}"


def _named(doc: Document, q: Quantity) -> set[str]:
    return {m.group(0).lower() for m in _sectors(doc.language).finditer(_clause(doc.text, q))}


def plan_only(doc: Document, group: Roles) -> Roles:
    """The group without the amounts received or lacking that a sector of their own claims."""
    required = group.get("required")
    if not required or not any(group.get(r) for r in ("funded", "gap")):
        return group
    plan = set().union(*(_named(doc, q) for q in required))
    kept: Roles = {"required": required}
    for role in ("funded", "gap"):
        qs = [q for q in group.get(role, []) if _named(doc, q) <= plan]
        if qs:
            kept[role] = qs
    return kept
