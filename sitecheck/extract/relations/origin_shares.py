"""Shares of an amount of money by where it comes from, each in brackets after its source, the
list closed by "and": "raised USD 4.2 million, from private donors (52%), companies (40%) and
public bodies (8%)", "4,1 millones de euros, procedentes de particulares (70%) y de empresas
(30%)".

Each unit of money comes from one source and the list names the sources after the amount
itself, so the shares are of one whole and add up to 100. Counts are left alone: "4,100
arrivals, from A (60%) and B (30%)" may name the main origins only. Read only when the whole list is
that: the source words right after the amount (its noun between), every item a few words then
its share alone in brackets, items joined by commas and one final "and", and the clause ending
after the last bracket. A word that leaves sources unsaid ("mainly from", "including") before
the list, or anything after it, makes it silent.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Relations, Shares
from sitecheck.lang import alternation, lexicon, phrases

_WORD = r"[^\W\d_][\w'’/-]*"
_MAX_ITEM_WORDS = 10  # "del sector privado y entidades sin ánimo de lucro": 9 words
_MAX_NOUN_WORDS = 4  # "USD 4.2 million in pledges, from": the amount's noun before the list
_PCT = re.compile(r"\(\s*$")


@cache
def _patterns(language: str) -> tuple[re.Pattern[str], ...]:
    """(lead, next, end, groups): the amount's noun and the source words up to the first item,
    one item after another (the bracket closed, a comma or "and", the item's words, the
    bracket opened), what closes the list, and the groups a report singles out."""
    lex = lexicon(language)
    ands = alternation(tuple(a for a in lex.and_words if re.search(r"\w", a)))
    item = rf"(?P<item>{_WORD}(?:\s+{_WORD}){{0,{_MAX_ITEM_WORDS - 1}}})\s*\(\s*"
    lead = re.compile(
        rf"(?:\s+{_WORD}){{0,{_MAX_NOUN_WORDS}}},\s+(?:{alternation(lex.origin_leads)})\s+{item}",
        re.I,
    )
    nxt = re.compile(
        rf"\s*\)\s*(?:,\s*(?:(?P<and1>{ands})\s+)?|\s+(?P<and2>{ands})\s+){item}", re.I
    )
    end = re.compile(r"\s*\)\s*(?:[.;]|$)")
    return lead, nxt, end, phrases(lex.highlight_nouns)


def origin_shares(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """The shares of an amount's sources listed right after it."""
    if not lexicon(doc.language).origin_leads:
        return
    lead, nxt, end, groups = _patterns(doc.language)
    text = doc.text
    for i, whole in enumerate(nums[:-2]):
        # Money only: arrivals "from A (60%) and B (30%)" may name the main origins alone.
        if whole.kind != "money" or whole.tag is not None or not whole.usable:
            continue
        first = nums[i + 1]
        if first.kind != "percent" or not lead.fullmatch(text, whole.span.end, first.span.start):
            continue
        run = _run(text, first, nums[i + 2 :], nxt)
        items = text[whole.span.end : run[-1].span.start if run else whole.span.end].lower()
        if groups.search(items):
            continue  # "from women (60%) and people with disabilities (30%)": groups overlap
        read = any(s.percents[0] is run[0] for s in rel.shares) if run else True
        if not read and end.match(text, run[-1].span.end, span.end):
            rel.shares.append(Shares(run))  # unless read already ("… and others (22%)")


def _run(text: str, first: Quantity, after: list[Quantity], nxt: re.Pattern[str]) -> list[Quantity]:
    """The shares from ``first`` to the item after the final "and"; none when the list is not
    closed so."""
    run = [first]
    for q in after:
        m = nxt.fullmatch(text, run[-1].span.end, q.span.start)
        if q.kind != "percent" or m is None:
            return []
        run.append(q)
        if m.group("and1") or m.group("and2"):
            return run if all(x.usable and not x.from_words for x in run) else []
    return []
