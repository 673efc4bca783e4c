"""count-mismatch: a stated number of items that disagrees with the items listed.

"109 Partners:" followed by a roster, "in four regions: A, B and C", or "18 regions¹" whose
footnote lists them. Names that contain "and"/"y" (Trinidad and Tobago, Acción y Desarrollo) are
one item; where the last "and" of a comma list could belong to a name, either count is accepted.

FAIL:
    Partners work in four regions: Lima, Tumbes and Arequipa.

PASS:
    Partners work in three regions: Lima, Tumbes and Arequipa.
    The platform has members in three countries: Aruba, Curaçao and Trinidad and Tobago.
"""

from __future__ import annotations

from collections.abc import Iterator

from sitecheck.checks.formatting import quoted
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.facts import Facts
from sitecheck.findings import Found, Related
from sitecheck.interval import Interval
from sitecheck.lang import lexicon
from sitecheck.lang.messages import say
from sitecheck.names import normalise_name


def _noun(stated: Quantity, language: str) -> str:
    """What the count counts: "regions" in "six of the eight regions"."""
    p = relation_patterns(language)
    numbers = lexicon(language).number_words
    ranks = {w.lower() for w in lexicon(language).list_subset_words}  # "the three largest camps"
    for word in stated.noun.split():
        if word not in p.of_words and word not in p.auxiliaries and word not in numbers:
            if word not in ranks:
                return word
    return say("count.items")


def check(facts: Facts) -> Iterator[Found]:
    # "12,000 people in the region: / • 7,000 in A / • 4,000 in B": a whole split into the
    # list's figures counts what they count, not the items.
    split = {
        (b.total.span.start, p.span.start) for b in facts.relations.breakdowns for p in b.parts
    }
    for lst in facts.lists:
        stated = lst.stated
        if stated is None or not stated.usable:
            continue
        if any(s == stated.span.start and lst.span.start <= at < lst.span.end for s, at in split):
            continue
        listed = Interval(lst.min_count, lst.max_count)
        if listed.intersects(stated.interval):
            continue
        if lst.only_above and stated.interval.lo <= listed.hi:
            continue
        n = lst.min_count if lst.min_count == lst.max_count else f"{lst.min_count}–{lst.max_count}"
        distinct = len({normalise_name(i.text) for i in lst.items})
        extra = say("count.distinct", n=distinct) if distinct != lst.min_count else ""
        noun = _noun(stated, facts.doc.language)
        key = "count.note" if lst.kind == "note" else "count.list"
        if lst.only_above and lst.span.start < stated.span.start:
            key = "count.before"
        yield Found(
            message=say(key, stated=quoted(stated), noun=noun, n=n, extra=extra),
            span=stated.span,
            related=[
                Related(lst.items[0].span, say("label.first_item")),
                Related(lst.items[-1].span, say("label.item", n=lst.min_count)),
            ],
            expected=str(n),
            stated=quoted(stated),
            suggestion=say("count.help", n=n),
        )
