"""The parts a connector's clause joins: the first figure after it and those joined to it by
commas and "and" until the clause ends (another verb, another place, an aside, a second list)."""

from __future__ import annotations

import re

from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.patterns import RelationPatterns
from sitecheck.extract.relations.verb_parts import verb_led
from sitecheck.extract.relations.wording import lead, period_words, without_notes

# "of whom approximately: -198,000 in … -61,000 in …": a bullet list flattened into the line.
_BULLETED = re.compile(r":\s*[-–•▪]\s*$")
_BULLET_GAP = re.compile(r"[^\d.;:()]{0,100}?\s[-–•▪]\s*")


def clause_parts(
    text: str,
    p: RelationPatterns,
    after: list[Quantity],
    nums: list[Quantity],
    money: bool,
    language: str,
) -> list[Quantity]:
    """The first part and those joined to it in its clause ("3,120 were girls and 2,750 boys")."""
    part = after[0]
    parts = [part]
    placed = p.place_after.match(text, part.span.end) is not None
    bulleted = _BULLETED.search(text, max(0, lead(part) - 8), lead(part)) is not None
    closed = False  # the list has had its "and": "1,577 girls and 1,631 boys"
    for nxt in after[1:]:
        gap = without_notes(text, parts[-1].span.end, lead(nxt), nums)
        joined = _has_and(p, gap)
        if closed and joined:
            break  # "…girls and 1,631 boys, as well as 4,120 teachers": beside the whole
        closed = joined
        at = 0 if bulleted and _BULLET_GAP.fullmatch(gap) else join_at(p, gap, money)
        if at is None and money and _named_first(p, language, text, (part, nxt), gap):
            at = 0  # "of which donors gave CHF 9,000 and bank interest CHF 250": names first
        if at is None and len(parts) == 1 and _contrasted(p, gap, part, nxt, language):
            at = 0
        if nxt.kind != part.kind or at is None:
            break
        if _own_clause(p, part, nxt, at):
            break  # "…, $300 million was pledged for next year": a clause of its own
        if (p.place_after.match(text, nxt.span.end) is not None) != placed:
            break  # "187 died, including 142 in Karnali, and 1,300 were injured": another clause
        if len(parts) == 1 and p.comma_and.fullmatch(gap, at):
            break  # "with 4,123 killed, including 281 children, and 5,751 wounded": an aside
        parts.append(nxt)
    return parts


def _has_and(p: RelationPatterns, gap: str) -> bool:
    """Whether the words between two parts hold "and" ("et", "y", "as well as")."""
    low = gap.lower()
    return any(a in low and re.search(rf"(?<![\w]){re.escape(a)}(?![\w])", low) for a in p.ands)


def _own_clause(p: RelationPatterns, part: Quantity, nxt: Quantity, at: int) -> bool:
    """Whether a figure opens a clause of its own: a verb right after it, after a long phrase
    ("…, $300 million was pledged"), or after parts that named groups of people ("including
    2,360 children, 1,292 women and 16,298 were injured")."""
    head, first = nxt.noun.split()[:1], part.noun.split()[:1]
    if not head or head[0] not in p.auxiliaries:
        return False
    return bool(at) or bool(first and first[0] in p.people)


def _contrasted(
    p: RelationPatterns, gap: str, part: Quantity, nxt: Quantity, language: str
) -> bool:
    """ "of whom 231 were killed, while 615 were injured": a second part set against the first,
    only when it names no group of its own ("while 1,000 homes were destroyed" counts other
    things) or the first part's; a bare figure and its verb ("while 615 suffered injuries") too."""
    if not p.contrast_join.fullmatch(gap):
        return False
    head = nxt.noun.split()[:1]
    if not head or head[0] in p.auxiliaries or head == part.noun.split()[:1]:
        return True
    return bool(language) and verb_led(nxt, language)


# "24 millones corresponden a transferencias para familias afectadas, 17 millones a …": amounts
# shared out each carry a phrase of their own before the comma or "and" that joins the next.
# Only amounts: after people, a long phrase and a comma may well end the list ("of whom 1,200
# were women living in …, and 5,000 kits were handed out").
_LONG_GAP = re.compile(r"[^\d.;:()]{0,100}")


def join_at(p: RelationPatterns, gap: str, money: bool) -> int | None:
    """Where the words joining two parts begin in the gap between them, or None."""
    if p.part_join.fullmatch(gap):
        return 0
    tail = max(0, len(gap) - 40)  # the join itself is within the last words of the gap
    if money and _LONG_GAP.fullmatch(gap) and p.part_join.fullmatch(gap, tail):
        return tail
    return None


# ", and bank interest ", " and donors ": the next amount's own short name before it.
_NAMED = re.compile(r"\s*(,)?\s*([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,4})\s*")
_MAX_NAME = 3
_CLAUSE_END = re.compile(r"\s*(?:[,.;)]|\Z|([^\W\d_]+))")


def _named_first(
    p: RelationPatterns, language: str, text: str, pair: tuple[Quantity, Quantity], gap: str
) -> bool:
    """Amounts each after their own short name, joined by a comma or "and" right after the
    amount before: "of which donors gave CHF 9,000 and bank interest CHF 250". The first must
    have its name before it too, and the next end its clause."""
    part, nxt = pair
    m = _NAMED.fullmatch(gap)
    before = text[max(0, lead(part) - 40) : lead(part)]
    if m is None or not before[-2:].strip().isalpha() or p.connector_end.search(before):
        return False  # "of which CHF 9,000 …": the first amount has no name of its own
    end = _CLAUSE_END.match(text, nxt.span.end)
    if end is None or (end.group(1) and end.group(1).lower() not in p.ands):
        return False  # "… and bank interest CHF 250 from the reserve": a name after it too
    words = m.group(2).lower().split()
    if words[0] in p.ands:
        words = words[1:]
    elif m.group(1) is None:
        return False
    if period_words(language).search(m.group(2)):
        return False  # "… and last year CHF 13,000": another time, not another part
    return 0 < len(words) <= _MAX_NAME and not set(words) & p.auxiliaries
