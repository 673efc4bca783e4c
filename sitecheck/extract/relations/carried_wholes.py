"""A sentence whose subject stands for the figure of the sentence before, then its parts: "On
June 2, the USG announced $58 million … The new funding includes $26.3 million from A, more than
$4.8 million from B and $27.2 million from C"; "This included 6.9 million people …"; "D'après le
document, ce chiffre regroupe 231 620 réfugiés et 166 000 déplacés internes".

The whole is the one figure of the sentence before that counts what the first part counts (a
stock that a running total reaches, "bringing its funding to $2.3 billion", is not it). A verb of
composition ("comprises", "regroupe") closes the list; "includes" does not, but amounts that
reach the whole through distinct channels ("from A", "from B") cannot add up to more than it,
nor can groups that cannot overlap.
"""

from __future__ import annotations

import re

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import Breakdown, PartOf, Relations
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.extract.relations.wording import WORD, disjoint, figures, lead, without_notes

_BREAK = re.compile(r"[;:!?]|\.(?!\d)|[—–]")  # the end of the clause that lists the parts
_MAX_GAP_WORDS = 16  # "$33.8 million through USAID's disaster assistance office, more than …"
_LEAD_WORDS = 3  # words between the verb and the first part ("approximately", "some")


def carried_wholes(
    doc: Document,
    span: Span,
    nums: list[Quantity],
    prev: tuple[Span, list[Quantity]] | None,
    rel: Relations,
) -> None:
    p = relation_patterns(doc.language)
    text = doc.text
    if prev is None:
        return
    m = p.back_opening.match(text, span.start, span.end)
    if m is None or (not m.group("all") and p.of_these.match(text, span.start, span.end)):
        return  # "This figure includes …" is read as "Of these"; "… comprises …" here
    figs = [q for q in figures(nums) if q.span.start >= m.end()]
    if not figs or len(WORD.findall(text, m.end(), lead(figs[0]))) > _LEAD_WORDS:
        return
    parts, closed = _parts(text, p, figs, nums)
    found = _whole(text, p, prev[1], parts[0], rel)
    if found is None:
        return
    whole, stocks = found
    cue = " ".join(m.group("all" if m.group("all") else "some").lower().split())
    for q in parts:
        rel.parts.append(PartOf(whole, q, "inclusive", cue, others=stocks))
    if stocks or len(parts) < 2 or p.unique.search(text, lead(parts[0]), span.end):
        return  # "The funding" may be the stock as well: no sum is sure
    if m.group("all") and closed:
        rel.breakdowns.append(Breakdown(whole, parts, "connector"))
    elif disjoint(doc, parts) or _channels(text, p, parts):
        rel.breakdowns.append(Breakdown(whole, parts, "connector", False, at_most=True))


def _alike(a: Quantity, b: Quantity) -> bool:
    """Figures of one unit: amounts of one currency, people, households or things."""
    if a.kind != b.kind or a.currency != b.currency:
        return False
    return a.kind == "money" or (a.is_people, a.is_households) == (b.is_people, b.is_households)


_ASIDE = re.compile(r"\([^()\d]{0,12}\)\s*")  # "166 000 (…) déplacés": a cut in a quote


def _parts(
    text: str, p: RelationPatterns, figs: list[Quantity], nums: list[Quantity]
) -> tuple[list[Quantity], bool]:
    """The first figure after the verb and those of its unit in the same clause; figures of
    another kind between them ("$121 million for 17 countries and $7 million") are skipped, and
    so are bare figures among people ("6.9 million people displaced 2 within …": a note).
    Whether the list is closed: no figure of the unit is left in the clause after it."""
    first = figs[0]
    parts = [first]
    for q in figs[1:]:
        gap = without_notes(text, parts[-1].span.end, lead(q), nums)
        if _BREAK.search(gap):
            break
        if q.kind != first.kind or q.currency != first.currency:
            continue
        if len(WORD.findall(gap)) > _MAX_GAP_WORDS or p.inside_connector.search(gap):
            return parts, False  # "… and 700 displaced, of whom 400 children": a part's part
        if _alike(q, first) or _named_people(text, p, q, first) or _elliptic(p, q):
            parts.append(q)
        elif q.is_people or q.is_households:
            return parts, False  # "6,000 people in 1,200 households": another count
    return parts, True


def _elliptic(p: RelationPatterns, q: Quantity) -> bool:
    """ "51,318 people in the south and 117,000 in the north": a figure named by where it is
    counts what the part before it counts."""
    first = q.noun.split()[:1]
    return bool(first) and first[0] in p.place_preps


def _named_people(text: str, p: RelationPatterns, q: Quantity, first: Quantity) -> bool:
    """Whether a figure counts people once a cut in brackets before its noun is set aside."""
    cut = _ASIDE.match(text, q.span.end + 1)
    noun = WORD.match(text, cut.end()) if cut and text[q.span.end] == " " else None
    return first.is_people and noun is not None and noun.group(0).lower() in p.people


def _whole(
    text: str, p: RelationPatterns, prev_figs: list[Quantity], first: Quantity, rel: Relations
) -> tuple[Quantity, list[Quantity]] | None:
    """The one figure of the sentence before in the first part's unit; of one restated twice
    ("9.7 million Some 9.7 million people …"), the last. A stock that a running total reaches
    ("bringing its funding to $2.3 billion") is another reading of the subject, kept apart."""
    running = {id(r.whole) for r in rel.parts if r.kind == "running"}
    out: list[Quantity] = []
    stocks: list[Quantity] = []
    for q in prev_figs:
        if not _alike(q, first) or q.from_words:
            continue
        if text[max(0, lead(q) - 1) : lead(q)] == "(" or p.comparison.search(q.noun[:24]):
            continue  # an aside in brackets, "87,000 more than in August": not the headline
        (stocks if id(q) in running else out).append(q)
    if not out or any(q.value != out[-1].value for q in out):
        return None
    return out[-1], stocks


def _channels(text: str, p: RelationPatterns, parts: list[Quantity]) -> bool:
    """Whether amounts each come through a channel of their own ("$26.3 million from A, $4.8
    million from B"): a dollar reaches the whole through one of them only."""
    if parts[0].kind != "money":
        return False
    found = [p.source_after.match(text, q.span.end) for q in parts]
    if any(f is None for f in found):
        return False
    preps = {f.group("prep").lower() for f in found if f}
    sources = [text[f.start("source") : f.start("source") + 40].lower() for f in found if f]
    return len(preps) == 1 and len(set(sources)) == len(sources)
