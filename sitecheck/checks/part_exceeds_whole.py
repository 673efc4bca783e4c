"""part-exceeds-whole: a part larger than the whole it belongs to.

The wording makes the relation: "of whom", "of which", "including", "out of", "among them", "of
these", or a parenthesised subgroup ("4,235 individuals (3,845 refugees)"). The finding needs the
part's lowest reading to exceed the whole's highest, and both to count the same kind of thing
(people with people, families with families, the same currency). With nested "including", a part
is compared with every whole before it and flagged only when it exceeds them all.

FAIL:
    2,500 permits were not collected, of which more than 3,500 belong to the new process.
    Partners assisted 1,200 people (1,450 children).
    The region counts 14,208 confirmed cases, including 18,840 deaths.

PASS:
    Partners provided care to over 4,235 individuals (3,845 refugees and migrants).
    Cash reached 7,595 people, including some 4,165 people in transit.
    They printed 5,700 cards (of the 57,500 processed).
    Partners supported 1,200 families (4,800 individuals).
    The region counts 14,208 confirmed cases, including 884 deaths.
"""

from __future__ import annotations

from collections.abc import Iterator

from sitecheck.checks.formatting import quoted
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations import REFERS_BACK, PartKind
from sitecheck.extract.relations.patterns import RelationPatterns, relation_patterns
from sitecheck.facts import Facts
from sitecheck.findings import Found, Related
from sitecheck.lang.messages import say


def comparable(
    whole: Quantity, part: Quantity, p: RelationPatterns, kind: PartKind | None = None
) -> bool:
    """Whether two figures count the same kind of thing."""
    if whole.kind != part.kind or whole.currency != part.currency:
        return False
    if whole.kind == "money":
        return True
    # "6,200 out of 5,900 households", "187 died, including 284 in Karnali": the part is
    # counted in the whole's unit.
    if not part.noun or part.noun.split()[0] in p.of_words | p.place_preps:
        return True
    if kind == "inclusive" and (not whole.noun or p.in_total.match(whole.noun)):
        return True  # "the toll was 386 (including 9 police officers)": what it includes
    if kind == "inclusive" and part.noun.split()[0] in p.since_preps:
        return True  # "143,560 displaced, including 17,000 from 1 June": when they came
    if kind == "inclusive" and part.noun.split()[0] in p.clause_leads:
        return True  # "4,120 refugees, including 815 who arrived in May": the same unit
    if p.cases & _head(whole) and p.deaths & _head(part):
        return True  # "34,804 cases, including 1,030 deaths": deaths are counted among cases
    if kind == "inclusive" and whole.is_people and p.deaths & _head(part):
        return True  # "143,208 pregnant women with COVID-19, including 884 deaths": among them
    if kind == "inclusive" and p.deaths & _head(whole) and part.is_people:
        return True  # "1,422 deaths, including 1,039 civilians": the dead are people
    if p.organizations & _head(whole) and p.organizations & _head(part):
        return True  # "81 partners, including 31 national NGOs"
    if kind in REFERS_BACK and not (part.is_people or part.is_households):
        return True  # "of whom", "of which" refer back to the whole's own noun
    if whole.is_households != part.is_households:
        return False
    if kind == "inclusive" and part.noun.split()[0] in p.participles:
        return True  # "6,840 people assisted, including 412 reached by convoys": the same unit
    if kind in REFERS_BACK:
        return True
    if whole.is_people and part.is_people:
        return True
    return bool(set(whole.noun.split()[:3]) & set(part.noun.split()[:3]))


def _head(q: Quantity) -> set[str]:
    """The first words of a figure's noun ("confirmed cases")."""
    return set(q.noun.split()[:3])


def check(facts: Facts) -> Iterator[Found]:
    seen: set[tuple[int, int]] = set()
    p = relation_patterns(facts.doc.language)
    for rel in facts.relations.parts:
        whole, part = rel.whole, rel.part
        if (part.span.start, whole.span.start) in seen:
            continue
        if not comparable(whole, part, p, rel.kind):
            continue
        if not part.interval.entirely_above(whole.interval):
            continue
        outer = [o for o in rel.others if comparable(o, part, p, rel.kind)]
        if any(not part.interval.entirely_above(o.interval) for o in outer):
            continue  # nested "including": the part may belong to an outer whole
        seen.add((part.span.start, whole.span.start))
        yield Found(
            message=say("part.larger", part=quoted(part), whole=quoted(whole), cue=rel.cue),
            span=part.span,
            related=[Related(whole.span, say("label.whole"))],
            expected=say("part.at_most", whole=quoted(whole)),
            stated=quoted(part),
        )
