"""A population stated twice in two units: "Some 1,684 people (530 families) remain displaced" and
later "Nearly 530 families (1,684 people) fled their villages". When one unit's figure is the same
in both, the other unit's figures state one quantity too.

The link is the pair of nouns and a figure repeated exactly (not a rounding of it, not a small
or round one that two groups may share by chance: "2 families", "500 families"), so:

- both statements are conversions between people and households (``restated_converted.py``);
- the repeated figure occurs in no third conversion of the report, nor do the two sentences name
  two different places or dates (one naming none is the same population said more briefly);
- no scope word leads either figure ("another 530 families", "since May, 530 families");
- the two statements sit in two sentences.
"""

from __future__ import annotations

from collections import defaultdict

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.restated_converted import Conversion, conversion
from sitecheck.extract.restated_refs import Scope
from sitecheck.extract.scope import ScopeReader

_KINDS = ("n:", "m:", "t:")  # names, months and dates: what tells two populations apart
_DISTINCT = 100  # a link below this, or a multiple of it, repeats by chance ("2 families")


def _distinct(q: Quantity) -> bool:
    """A figure unlikely to repeat by chance: 100 or more, and not a round hundred."""
    return q.value >= _DISTINCT and q.value % _DISTINCT != 0


def _units(c: Conversion) -> tuple[Quantity, Quantity]:
    """(people, households) of a conversion."""
    return (c.inner, c.outer) if c.people_inside else (c.outer, c.inner)


def _conversions(doc: Document, numbers: list[Quantity], index: QuantityIndex) -> list[Conversion]:
    found = []
    for q in numbers:
        if q.usable and q.kind == "count" and not q.qualifier:
            c = conversion(doc.text, q, doc.language, index)
            if c is not None and c.outer.usable and c.outer.kind == "count":
                found.append(c)
    return found


def _apart(scope: ScopeReader, a: Span, b: Span) -> bool:
    """Whether two sentences name two different places or dates (both naming some)."""
    ta, tb = scope.tokens([a]), scope.tokens([b])
    for kind in _KINDS:
        xa = {t for t in ta if t.startswith(kind)}
        xb = {t for t in tb if t.startswith(kind)}
        if xa and xb and xa != xb:
            return True
    return False


def swapped_restatements(
    doc: Document, numbers: list[Quantity], index: QuantityIndex, scope: Scope
) -> list[tuple[Quantity, Quantity, str]]:
    """(first, second, noun) for each figure restated through a conversion's other figure."""
    found = _conversions(doc, numbers, index)
    out = []
    for k in (0, 1):  # linked by the people, then by the households
        alike: dict[tuple[float, str], list[Conversion]] = defaultdict(list)
        for c in found:
            alike[(_units(c)[k].value, _units(c)[k].text)].append(c)
        for group in alike.values():
            if len(group) == 2 and _distinct(_units(group[0])[k]) and _linked(doc, scope, *group):
                a, b = group
                other_a, other_b = _units(a)[1 - k], _units(b)[1 - k]
                noun = a.inner_noun if other_a is a.inner else a.outer_noun
                out.append((other_a, other_b, noun))
    return out


def _linked(doc: Document, scope: Scope, a: Conversion, b: Conversion) -> bool:
    """Whether two conversions may state one population: two sentences, no two places or dates,
    no scope word leading either ("another 530 families")."""
    sa, sb = doc.sentence_at(a.inner.span.start), doc.sentence_at(b.inner.span.start)
    if sa is None or sb is None or sa.span == sb.span or _apart(scope(), sa.span, sb.span):
        return False
    leads = [Span(s.span.start, c.outer.span.start) for s, c in ((sa, a), (sb, b))]
    return not any(t.startswith("s:") for t in scope().tokens(leads))
