"""A share of a stated base, then its amount alone in brackets: "reached 60% of the 30,000
targeted (12,000 people)", "60 % des 30 000 personnes ciblées (12 000 personnes)"; and an
amount against its target, then the share: "reached 1,200 people against a target of 8,000
(15%)", "1 200 personnes sur une cible de 8 000, soit 15 %"; and an amount, then its share of
a base named by a noun with the base's figure in brackets: "12,000 people so far, 40 per cent
of the annual target (30,000)".

The bracket restates the share as an amount only when it names nothing else: no noun, a noun
that names no group ("people", "personas") or the base's own noun. "40% of the 5,000 IDPs are
children (1,500 girls)" puts a subgroup of the share in brackets, not the share itself.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import PercentOf, Relations

# The share's own patterns and unit test: one reading of "P% of the B" for both modules.
from sitecheck.extract.relations.share_of import _one_noun, _patterns, _same_unit
from sitecheck.extract.relations.wording import lead
from sitecheck.lang import alternation, lexicon

_WORD = r"[^\W\d_][\w'’-]*"
_MAX_BASE_WORDS = 4  # "the $10 million requested has been received (": words, then the bracket
_TO_BRACKET = re.compile(rf"(?:\s+{_WORD}){{0,{_MAX_BASE_WORDS}}}\s*\(\s*")
_CLOSE = re.compile(rf"(?:\s+(?P<noun>{_WORD}))?\s*\)")  # "12,000 people)": one noun at most


@cache
def _people(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words that make a bare base a count of people (``share_of``'s), and generic nouns."""
    lex = lexicon(language)
    return (
        frozenset(w.lower() for w in lex.share_base_people),
        frozenset(w.lower() for w in lex.place_prepositions),
        frozenset(w.lower() for w in lex.generic_people_nouns),
    )


def share_brackets(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """ "P% of the B (A)" within one sentence: A / B should give P."""
    text = doc.text
    p = _patterns(lexicon(doc.language))
    participles, preps, generic = _people(doc.language)
    people = (participles, preps)
    taken = rel.percents_from(span.start)
    usable = [q for q in nums if q.usable]
    for pct, b, a in zip(usable, usable[1:], usable[2:], strict=False):
        if pct.kind != "percent" or pct.span.start in taken or a.kind not in ("count", "money"):
            continue
        if a.from_words or b.from_words or not _one_noun(a, b, people) or a.value >= b.value:
            continue
        close = _CLOSE.match(text, a.span.end)
        if close is None or not p.after.fullmatch(text, pct.span.end, lead(b)):
            continue
        if not _TO_BRACKET.fullmatch(text, b.span.end, lead(a)):
            continue
        noun = (close.group("noun") or "").lower()
        if noun and noun not in generic and noun != b.noun.split(" ", 1)[0]:
            continue  # "(1,500 girls)": a subgroup, not the share restated
        rel.percents.append(PercentOf(a, pct, base=b))
        taken.add(pct.span.start)


@cache
def _target(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ " people, against a target of " between the amount and its target; " (" or ", i.e. "
    between the target and the share."""
    lex = lexicon(language)
    art = rf"(?:(?:{alternation(lex.articles)})\s+)?"
    links = alternation((*lex.share_verbs, *lex.share_leads))
    return (
        re.compile(
            rf"(?:\s+{_WORD}){{0,3}}\s*,?\s+(?:{alternation(lex.target_leads)})\s+", re.I
        ),
        re.compile(rf"\s*\(\s*|\s*,\s*(?:{links})\s*,?\s+{art}", re.I),
    )


_SHARE_END = re.compile(r"\s*(?:[,;.)]|$)", re.M)


def target_shares(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """ "A … against a target of B (P%)": A / B should give P (it may pass 100)."""
    if not lexicon(doc.language).target_leads:
        return
    text = doc.text
    to_target, to_share = _target(doc.language)
    participles, preps, _ = _people(doc.language)
    usable = [q for q in nums if q.usable]
    for a, b, pct in zip(usable, usable[1:], usable[2:], strict=False):
        if pct.kind != "percent" or a.kind not in ("count", "money"):
            continue
        if a.from_words or b.from_words or not _same_unit(a, b, (participles, preps)):
            continue
        if not (
            to_target.fullmatch(text, a.span.end, lead(b))
            and to_share.fullmatch(text, b.span.end, lead(pct))
            and _SHARE_END.match(text, pct.span.end)
        ):
            continue
        # "8,000 (25%)" read alone as an amount and its share: the target is the base.
        _rebase(rel, span, PercentOf(a, pct, base=b))


@cache
def _noun_base(language: str) -> re.Pattern[str]:
    """ " of the annual target (" between a share and its base in brackets."""
    lex = lexicon(language)
    owner = rf"(?:(?:{alternation((*lex.articles, *lex.possessives))})\s+)?"
    return re.compile(
        rf"\s+(?:{alternation(lex.share_of)})\s+{owner}((?:{_WORD}\s+){{0,2}}{_WORD})"
        r"\s*\(\s*",
        re.I,
    )


@cache
def _groups(language: str) -> frozenset[str]:
    """Nouns of people: "60% of the women (7,200)" puts the group's own count in brackets."""
    lex = lexicon(language)
    return frozenset(w.lower() for w in (*lex.people_nouns, *lex.generic_people_nouns))


_BASE_CLOSE = re.compile(r"\s*\)")


def noun_base_shares(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """ "A, P% of the <noun> (B)": A / B should give P."""
    text = doc.text
    p = _patterns(lexicon(doc.language))
    participles, preps, _ = _people(doc.language)
    usable = [q for q in nums if q.usable]
    for a, pct, b in zip(usable, usable[1:], usable[2:], strict=False):
        if pct.kind != "percent" or a.kind not in ("count", "money") or a.value == b.value:
            continue  # "12,000 people, 40% of the target (12,000)": the bracket restates A
        if a.from_words or b.from_words or not _same_unit(a, b, (participles, preps)):
            continue
        if p.elsewhere.match(text, pct.span.end):
            continue  # "60% of them women (7,200)", "60% more than …"
        m = _noun_base(doc.language).fullmatch(text, pct.span.end, lead(b))
        if m is None or _groups(doc.language) & set(m.group(1).lower().split()):
            continue
        if p.before.fullmatch(text, a.span.end, lead(pct)) and _BASE_CLOSE.match(text, b.span.end):
            # "40% of the target (30,000)" read alone as a share and its amount: after an
            # amount stated before, the bracket is the base.
            _rebase(rel, span, PercentOf(a, pct, base=b))


def _rebase(rel: Relations, span: Span, new: PercentOf) -> None:
    """Put ``new`` in place of the reading of its share as one of the base alone, if any."""
    read = [po for po in rel.percents_since(span.start) if po.percent is new.percent]
    if all(po.amount is new.base and po.base is None and not po.bases for po in read):
        rel.percents[:] = [po for po in rel.percents if po.percent is not new.percent]
        rel.percents.append(new)
