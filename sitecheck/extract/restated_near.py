"""Restatements worded longer: a key-figure caption restated by a body clause that says more.

"62K / people evacuated" and "62,000 people have been evacuated, …": the caption's words open
the clause's noun phrase (a verb may change its ending: "affected", "affecting"), or the body
puts the verb before the figure ("floods were affecting 950,000 people" against "950,000 people
affected"). What the longer phrase adds must leave the quantity alone:

- it names no place, period or scope word the shorter one lacks, and no part ("of whom");
- it does not open on a word that narrows the noun ("in", "by", "who", "de", "qui"): "people
  displaced by floods" may be a part of "people displaced"; a new predicate ("people sheltered
  in Honduras face shortages") leaves it whole, and so does an extent ("people affected in 14
  districts", ``restated_scope.py``);
- it names none of the groups a report singles out (children, women);
- one caption pairs with one clause only, and that clause with that caption only.

Everything else must agree as for a restatement in the same words (``restatements.py``): kind,
currency, lead and the scope of both sentences (a stamp, "By 9 March", may be missing on one
side).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from os.path import commonprefix
from typing import Protocol, TypeVar

from sitecheck.document import Span
from sitecheck.extract.relations.wording import fold
from sitecheck.extract.restated_scope import is_extent, stamps_agree
from sitecheck.extract.scope import ScopeReader
from sitecheck.lang import lexicon

P = TypeVar("P")  # a figure with its phrase
S = TypeVar("S")  # a statement of it

_STEM = 5  # letters two forms of one verb share at least ("affect-ed", "affect-ing")
_ENDING = 3  # letters an ending may have beyond the shared stem
_MAX_OPENINGS = 24  # wordings opening on the same two words: more make a series


def same_stem(a: str, b: str, endings: frozenset[str] = frozenset()) -> bool:
    """One word in two forms: "affected"/"affecting", "flood"/"floods", and with a language's
    verb endings "affectées"/"affectaient"; not "displaced" and "displacement" (another noun)."""
    if a == b:
        return True
    n = len(commonprefix((a, b)))
    if n >= _STEM and len(a) - n <= _ENDING and len(b) - n <= _ENDING:
        return True
    # The shared stem may end inside an ending ("affect-ées", "affect-aient" share "affect").
    return n >= _STEM and any(
        a[k:] in endings and b[k:] in endings for k in range(max(_STEM, n - _ENDING), n + 1)
    )


@dataclass(frozen=True, slots=True)
class Worded:
    """What a near match is read from: a figure's kind and currency, its phrase's folded words
    and the words of its lead (its clause before the figure)."""

    kind: str
    currency: str | None
    tokens: tuple[str, ...]
    lead: tuple[str, ...]
    verb: str | None = None  # "afectaban a 148.300 personas": a verb before a neutral "a"
    copula: bool = False  # "the number of displaced reached …": the verb names no count


def fronted_verb(w: Worded) -> Worded:
    """ "were affecting 950,000 people in 14 districts" read as "people affecting in 14
    districts": the lead's last word (or the verb before a neutral word) put after the noun,
    the lead left empty."""
    verb = w.lead[-1] if w.lead else w.verb
    if verb is None or not w.tokens or w.copula:
        return w
    return Worded(w.kind, w.currency, (w.tokens[0], verb, *w.tokens[1:]), ())


def extends(
    short: Worded, long: Worded, endings: frozenset[str] = frozenset(), fronted: bool = False
) -> bool:
    """Whether the shorter wording opens the longer one (two words at least, every word in the
    same form or the same stem); a fronted verb may make it as long ("affecting 950,000 people"
    is "people affected")."""
    n = len(short.tokens)
    pairs = zip(short.tokens, long.tokens[:n], strict=False)
    return (
        short.kind == long.kind
        and short.currency == long.currency
        and n >= 2
        and (len(long.tokens) > n or (fronted and len(long.tokens) == n))
        and all(same_stem(a, b, endings) for a, b in pairs)
    )


def near_pairs(
    items: Sequence[Worded], narrowing: frozenset[str], language: str = ""
) -> list[tuple[int, int, bool]]:
    """(shorter, longer, verb fronted) index pairs: each shorter wording opening one longer
    wording only, which no other shorter wording opens; the word after the shared ones must not
    narrow the noun, unless it opens an extent ("in 14 districts"). A shorter wording that opens
    several longer ones, narrowed or not, is ambiguous ("floods were affecting 95,000 people in
    March; landslides were affecting 12,000 people" against "107K people affected")."""
    found: dict[int, list[tuple[int, bool]]] = defaultdict(list)
    taken: dict[int, int] = defaultdict(int)
    heads: dict[int, int] = defaultdict(int)
    endings = _endings(language)
    buckets = _buckets(items)
    for i, short in enumerate(items):
        if short.lead or len(short.tokens) < 2:
            continue  # a caption: the figure opens its clause
        candidates = buckets.get(_opening(short.tokens), [])
        if len(candidates) > _MAX_OPENINGS:
            continue  # a series: too many figures open on the same two words
        matched: set[int] = set()
        for j, fronted, long in candidates:
            if j == i or j in matched or not extends(short, long, endings, fronted):
                continue
            matched.add(j)
            tail = long.tokens[len(short.tokens) :]
            heads[i] += 1
            if not tail or tail[0] not in narrowing or is_extent(tail, language):
                found[i].append((j, fronted))
                taken[j] += 1
    return [
        (i, js[0][0], js[0][1])
        for i, js in found.items()
        if len(js) == 1 and heads[i] == 1 and taken[js[0][0]] == 1
    ]


def _opening(tokens: tuple[str, ...]) -> tuple[str, str]:
    # Two words of one stem share its first letters: wordings that may extend each other
    # open on the same two keys, so only those are compared (not every pair of the report).
    return tokens[0][:_STEM], tokens[1][:_STEM]


def _buckets(items: Sequence[Worded]) -> dict[tuple[str, str], list[tuple[int, bool, Worded]]]:
    """The longer wordings by their opening: each as written, and with its verb fronted."""
    out: dict[tuple[str, str], list[tuple[int, bool, Worded]]] = defaultdict(list)
    for j, other in enumerate(items):
        for fronted, long in ((False, other), (True, fronted_verb(other))):
            if (fronted or not long.lead) and len(long.tokens) >= 2:
                out[_opening(long.tokens)].append((j, fronted, long))
    return out


class _Phrase(Protocol):
    @property
    def span(self) -> Span: ...
    @property
    def tokens(self) -> tuple[str, ...]: ...


@cache
def _endings(language: str) -> frozenset[str]:
    return frozenset(e.lower() for e in lexicon(language).verb_endings) if language else frozenset()


@cache
def _wording(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that narrow a noun after it, and the groups a report singles out (folded)."""
    lex = lexicon(language)
    # Phrase words are folded ("menores" is "menore"): both forms are kept.
    narrowing = {w.lower() for w in lex.narrowing_words}
    # "total population" / "total population reached": the people reached, targeted or
    # assisted are a selection of the population, not the population restated.
    narrowing |= {w.lower() for w in lex.share_base_people if " " not in w}
    groups = {g.lower() for g in lex.highlight_nouns}
    narrowing |= {fold(w) for w in narrowing}
    groups |= {fold(w) for w in groups}
    return frozenset(narrowing), frozenset(groups)


def _adds_nothing(scope: ScopeReader, short: _Phrase, long: _Phrase) -> bool:
    """Whether a longer phrase adds no place, period, scope word, part or group to a shorter."""
    groups = _wording(scope.doc.language)[1]
    if groups & set(long.tokens[len(short.tokens) :]):
        return False
    added = scope.tokens([long.span]) - scope.tokens([short.span])
    return not added and not scope.part_tokens(long.span)


def near_statements(
    language: str,
    scope: ScopeReader,
    singles: Sequence[P],
    worded: Callable[[P], Worded],
    statement: Callable[[P], tuple[tuple[object, ...], S]],
) -> list[tuple[S, S]]:
    """Statements of figures whose phrase no other figure shares, paired when one wording
    extends the other and everything else agrees: the scope of both sentences (the last item of
    a statement's key) and what the longer phrase adds."""
    out: list[tuple[S, S]] = []
    for i, j, _ in near_pairs([worded(p) for p in singles], _wording(language)[0], language):
        short, long = singles[i], singles[j]
        if not _adds_nothing(scope, short, long):  # type: ignore[arg-type]
            continue
        (key_s, s), (key_l, lg) = statement(short), statement(long)
        # The scope of both sentences must agree; the stamp ("as of 9 March") last, if any.
        if key_s[-2] == key_l[-2] and stamps_agree(key_s[-1], key_l[-1]):
            out.append((s, lg))
    return out
