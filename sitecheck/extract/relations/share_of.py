"""A share between the amount it measures and the whole it is of: "reached 3.1 million people,
the 57% of the target of 5.4 million", "1,200 people, 30% of the 4,000 targeted".

Both figures must be the sentence's own and of one unit: a count of people is no share of a count
of places ("12 of 20 districts, 40% of the 3,000 people").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.amount_forms import bare_amount, conversion
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import PercentOf, Relations
from sitecheck.extract.relations.wording import lead
from sitecheck.lang import alternation, lexicon
from sitecheck.lang.base import Lexicon

_WORD = r"[^\W\d_][\w'’-]*"


@dataclass(frozen=True, eq=False)
class _Patterns:
    before: re.Pattern[str]  # " people, the " between the amount and its share
    verb_before: re.Pattern[str]  # ", or ", ", ou seja ": a share verb right after the amount
    verb_after: re.Pattern[str]  # ", es decir cerca de ": between a share and its amount
    not_a_share: re.Pattern[str]  # " more than", " of the": the percentage says something else
    this_total: re.Pattern[str]  # " of this total": the whole was named right before the amount
    after: re.Pattern[str]  # " of the target of " between the share and its whole
    elsewhere: re.Pattern[str]  # " of them", " more than": a share of something else
    restated_as: re.Pattern[str]  # ", o sea, a ": after "P% of the B", before the amount
    bare_lead: re.Pattern[str]  # " people or ": "with 15,210 people or 7.7%", no comma
    own_base: re.Pattern[str]  # " of its population": the base is its owner's, not counted


@cache
def _patterns(lex: Lexicon) -> _Patterns:
    art = rf"(?:(?:{alternation(lex.articles)})\s+)?"
    # "of its 18.1 million inhabitants", "de sus 18,1 millones": the whole may be a possessive's
    owner = rf"(?:(?:{alternation((*lex.articles, *lex.possessives))})\s+)?"
    of = rf"(?:{alternation(lex.share_of)})\s+{owner}"
    verbs = alternation(lex.share_verbs)
    return _Patterns(
        before=re.compile(
            rf"(?:(?:\s+{_WORD}){{0,6}}\s*,\s*{art}"
            rf"|(?:\s+{_WORD}){{0,8}}\s*,\s*(?:{verbs})\s*,?\s+{art}"
            rf"|(?:\s+{_WORD}){{0,8}}\s+(?:{alternation(lex.share_participles)})\s+{art})",
            re.I,
        ),
        verb_before=re.compile(
            rf"(?:\s+{_WORD}){{0,3}}\s*(?:\([^()\d]*\))?\s*,\s*(?:{verbs})\s*,?\s+{art}", re.I
        ),
        verb_after=re.compile(
            rf"\s*,\s*(?:{verbs})\s*,?\s+(?:(?:{alternation(lex.qualifiers)})\s+)?", re.I
        ),
        not_a_share=re.compile(
            rf"\s*(?:{alternation((*lex.change_words, *lex.change_terms, *lex.share_of))})(?![\w])",
            re.I,
        ),
        after=re.compile(rf"\s+{of}(?:{_WORD}\s+){{0,2}}?(?:{of})?", re.I),
        this_total=re.compile(rf"\s*(?:{alternation(lex.this_total)})(?![\w])", re.I),
        own_base=re.compile(
            rf"\s+(?:{alternation(lex.share_of)})\s+(?:{alternation(lex.possessives)})\s+(?!\d)\w",
            re.I,
        ),
        # "al 10% de una población de 11,6 millones, o sea, a 1,16 millones": the base's noun,
        # then a share verb; a short preposition may repeat the one before the share.
        restated_as=re.compile(
            rf"(?:\s+{_WORD}){{0,3}}\s*,\s*(?:{verbs})\s*,?\s+(?:[^\W\d_]{{1,2}}\s+)?"
            rf"(?:(?:{alternation(lex.qualifiers)})\s+)?",
            re.I,
        ),
        bare_lead=re.compile(
            rf"(?:\s+{_WORD})?\s+(?:{alternation(lex.share_leads)})\s+{art}", re.I
        ),
        elsewhere=re.compile(
            rf"\s*(?:{alternation((*lex.change_words, *lex.change_terms, *lex.back_refs))})"
            r"(?![\w])",
            re.I,
        ),
    )


@cache
def _of_total(lex: Lexicon) -> re.Pattern[str]:
    art = rf"(?:(?:{alternation(lex.articles)})\s+)?"
    return re.compile(
        rf"\s*(?:{alternation(lex.share_of)})\s+{art}(?P<noun>{alternation(lex.total_nouns)})"
        r"(?![\w])",
        re.I,
    )


def of_total(doc: Document, pos: int) -> str | None:
    """ "… (1,500) of the total", "(1.500) del total": the total word after ``pos``."""
    m = _of_total(lexicon(doc.language)).match(doc.text, pos)
    return m.group("noun").lower() if m else None


_CLOSE = re.compile(r"\s*\)")


def _people_base(words: list[str], people: tuple[frozenset[str], frozenset[str]]) -> bool:
    """ "the 1,000 targeted", "the 1,000 targeted in Beni", "the 4.4 million in need": not "the
    30 targeted sites";
    ``people``: the participles, and the prepositions that may follow them."""
    participles, preps = people
    # "the 4.4 million in need of NFIs": a phrase of several words names people by itself.
    if any(" " in ph and words[: ph.count(" ") + 1] == ph.split() for ph in participles):
        return True
    return bool(words) and words[0] in participles and (len(words) == 1 or words[1] in preps)


def _same_unit(
    a: Quantity, b: Quantity, people: tuple[frozenset[str], frozenset[str]] | None = None
) -> bool:
    """Figures of one unit; ``people``: the words that make a bare base a count of people
    ("the 1,000 targeted")."""
    if a.kind == "money" and bare_amount(b):
        return True
    if a.kind != b.kind or a.currency != b.currency or a.is_households != b.is_households:
        return False
    first_a, first_b = a.noun.split()[:1], b.noun.split()[:1]
    if a.is_people and people and _people_base(b.noun.split(), people):
        return True
    return a.is_people == b.is_people or not first_a or not first_b or first_a == first_b


@cache
def _people_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    return (
        frozenset(w.lower() for w in lex.share_base_people),
        frozenset(w.lower() for w in lex.place_prepositions),
    )


def share_of(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    """ "A, P% of the B" within one sentence (``span``) and its numbers ``nums``."""
    if not any(q.kind == "percent" for q in nums):
        return
    lex = lexicon(doc.language)
    p = _patterns(lex)
    people = _people_words(lex)
    text = doc.text
    taken = rel.percents_from(span.start)
    usable = [q for q in nums if q.usable]
    for a, pct, b in zip(usable, usable[1:], usable[2:], strict=False):
        if pct.kind != "percent" or pct.span.start in taken or a.kind not in ("count", "money"):
            continue
        if a.from_words or b.from_words or not _same_unit(a, b, people) or a.value > b.value:
            continue
        if p.before.fullmatch(text, a.span.end, lead(pct)) and p.after.fullmatch(
            text, pct.span.end, lead(b)
        ):
            rel.percents.append(PercentOf(a, pct, base=b))
            taken.add(pct.span.start)
    _share_then_amount(text, p, usable, taken, rel, people)
    _share_of_base_in_brackets(text, p, usable, taken, rel, people)
    _out_of_share(text, p, span, usable, taken, rel)
    _share_of_stated_whole(doc, p, span, usable, taken, rel)
    _ratio_in_brackets(text, usable, taken, rel)


def _share_then_amount(
    text: str,
    p: _Patterns,
    usable: list[Quantity],
    taken: set[int],
    rel: Relations,
    people: tuple[frozenset[str], frozenset[str]],
) -> None:
    """ "10% of a population of 11.6 million, that is 1.16 million people": the share and its
    base, then the amount restated after a share verb."""
    for pct, b, a in zip(usable, usable[1:], usable[2:], strict=False):
        if pct.kind != "percent" or pct.span.start in taken or a.kind not in ("count", "money"):
            continue
        if a.from_words or b.from_words or not _same_unit(a, b, people) or a.value > b.value:
            continue
        if b.noun.split() and not _one_noun(a, b, people):
            continue  # "40% of the 600 villages, or 90 schools"
        if p.after.fullmatch(text, pct.span.end, lead(b)) and p.restated_as.fullmatch(
            text, b.span.end, lead(a)
        ):
            rel.percents.append(PercentOf(a, pct, base=b))
            taken.add(pct.span.start)


def _one_noun(a: Quantity, b: Quantity, people: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Figures far apart of one unit by what they name: people both ("2.7 million people …
    the 4.4 million in need"), money in one currency, else the same first noun."""
    if a.kind == "money":
        return _same_unit(a, b)
    if a.kind != b.kind or a.is_households != b.is_households:
        return False
    if a.is_people:
        return b.is_people or _people_base(b.noun.split(), people)
    first_a, first_b = a.noun.split()[:1], b.noun.split()[:1]
    return bool(first_a) and first_a == first_b


_CLAUSE_TO_BRACKET = re.compile(r"[^;:()]*\(\s*")
_WORDS = re.compile(_WORD)
_CLAUSE_WORDS = 20
_BRACKET_TAIL = re.compile(r"[^\d()]{0,60}\)")


def _share_of_base_in_brackets(
    text: str,
    p: _Patterns,
    usable: list[Quantity],
    taken: set[int],
    rel: Relations,
    people: tuple[frozenset[str], frozenset[str]],
) -> None:
    """ "2.7 million people got at least one item from January to October (61% of the total
    4.4 million in need)": a bracket that opens on a share of a stated base; the amount is the
    sentence's last figure before the bracket, with no other count, amount or share between."""
    for a, pct, b in zip(usable, usable[1:], usable[2:], strict=False):
        if pct.kind != "percent" or pct.span.start in taken or a.kind not in ("count", "money"):
            continue
        if a.from_words or b.from_words or not _one_noun(a, b, people) or a.value > b.value:
            continue
        # The amount's own clause runs to the bracket: no other bracket, colon or semicolon.
        gap = _CLAUSE_TO_BRACKET.fullmatch(text, a.span.end, lead(pct))
        if gap is None or len(_WORDS.findall(gap.group(0))) > _CLAUSE_WORDS:
            continue
        if p.after.fullmatch(text, pct.span.end, lead(b)) and _BRACKET_TAIL.match(text, b.span.end):
            rel.percents.append(PercentOf(a, pct, base=b))
            taken.add(pct.span.start)


def _named_before(figs: list[Quantity], a: Quantity) -> Quantity | None:
    """The whole "of this total" names: the amount's figure of its unit right before it."""
    before = [q for q in figs if q.span.end <= a.span.start and q.kind == a.kind]
    before = [q for q in before if not q.from_words and q.currency == a.currency]
    if not before or before[-1].value < a.value:
        return None
    return before[-1]


def _out_of_share(
    text: str, p: _Patterns, span: Span, usable: list[Quantity], taken: set[int], rel: Relations
) -> None:
    """ "reached 271 of the 335 municipalities, 81% of the territory", "271 des 335 communes,
    soit 81 %": a share right after "A of the B" restates A / B."""
    for r in reversed(rel.parts):  # this sentence's parts come last
        if r.part.span.start < span.start:
            break
        if r.kind != "out-of" or r.part.from_words or r.whole.from_words:
            continue
        pct = next((q for q in usable if q.span.start >= r.whole.span.end), None)
        if pct is None or pct.kind != "percent" or pct.span.start in taken:
            continue
        if p.elsewhere.match(text, pct.span.end) or _of_figure(text, p, usable, pct):
            continue  # "…, 40% of them", "…, 30% more than in May", "…, 40% of the 3,000"
        gap = (r.whole.span.end, lead(pct))
        if p.before.fullmatch(text, *gap) or p.verb_before.fullmatch(text, *gap):
            rel.percents.append(PercentOf(r.part, pct, base=r.whole))
            taken.add(pct.span.start)


def _of_figure(text: str, p: _Patterns, usable: list[Quantity], pct: Quantity) -> bool:
    """Whether the share names a whole of its own right after it ("40% of the 3,000")."""
    nxt = next((q for q in usable if q.span.start >= pct.span.end), None)
    return nxt is not None and bool(p.after.fullmatch(text, pct.span.end, lead(nxt)))


_RATIO = re.compile(r"\s*\(\s*")
_SLASH = re.compile(r"\s*/\s*")


def _ratio_in_brackets(text: str, usable: list[Quantity], taken: set[int], rel: Relations) -> None:
    """ "26% (33/127) of districts": the share, then its amount over its base."""
    for pct, a, b in zip(usable, usable[1:], usable[2:], strict=False):
        if pct.kind != "percent" or pct.span.start in taken or a.kind != "count":
            continue
        if b.kind != "count" or a.value > b.value or a.from_words or b.from_words:
            continue
        if (
            _RATIO.fullmatch(text, pct.span.end, a.span.start)
            and _SLASH.fullmatch(text, a.span.end, b.span.start)
            and _CLOSE.match(text, b.span.end)
        ):
            rel.percents.append(PercentOf(a, pct, base=b))
            taken.add(pct.span.start)


_BARE_MIN = 100  # "10 or 20%" is a range; an amount above this is no percentage
# "2,000 children or 40% girls" is a share of the amount: the bare share must close its clause.
_CLAUSE_END = re.compile(r"\s*(?:[,;.)]|$)", re.M)


def _bare_share(text: str, p: _Patterns, a: Quantity, pct: Quantity, gap: tuple[int, int]) -> bool:
    """ "with 15,210 people or 7.7%;": a share after its amount with no comma, closing its
    clause; the base is the whole a list of such shares is of, which the rule finds or not."""
    return (
        a.value > _BARE_MIN
        and bool(_CLAUSE_END.match(text, pct.span.end))
        and bool(p.bare_lead.fullmatch(text, *gap))
    )


def _share_of_stated_whole(
    doc: Document,
    p: _Patterns,
    span: Span,
    usable: list[Quantity],
    taken: set[int],
    rel: Relations,
) -> None:
    """ "Of the $208 million, $37.6 million, or 18%, has arrived": a share with no base of its
    own; the rule finds it (the whole the amount is a part of, or the whole of a list of such
    shares) or leaves the share unchecked."""
    text = doc.text
    parts = set()
    # "reached 286,540 of the 954,300 targeted, equal to 30%": the share is of the part over
    # that whole, not of the whole.
    outs: dict[int, Quantity] = {}
    for r in reversed(rel.parts):  # this sentence's parts come last
        if r.part.span.start < span.start:
            break
        parts.add(r.part.span.start)
        if r.kind == "out-of" and r.part.span.end <= r.whole.span.start:
            outs[r.whole.span.start] = r.part
    # "37,6 milhões de dólares (33 milhões de euros), ou seja 18%": the share is of the amount,
    # not of its conversion.
    ends: dict[int, int] = {}
    for a, c in zip(usable, usable[1:], strict=False):
        close = _CLOSE.match(text, c.span.end)
        if close and conversion(text, a, c):
            ends[a.span.start] = close.end()
    shown = [q for q in usable if not any(e > q.span.start > a for a, e in ends.items())]
    for a, pct in zip(shown, shown[1:], strict=False):
        if pct.kind != "percent" or pct.span.start in taken:
            continue
        if a.kind not in ("count", "money") or a.from_words:
            continue
        base = _named_before(shown, a) if p.this_total.match(text, pct.span.end) else None
        # "…, or 30% more than in May" says something else, unless the amount is a part of a
        # stated whole ("Of the 4,907 deaths, … 1,842, or 38% of all deaths").
        if a.span.start not in parts and base is None and p.not_a_share.match(text, pct.span.end):
            continue
        gap = (ends.get(a.span.start, a.span.end), lead(pct))
        if p.verb_before.fullmatch(text, *gap) or _bare_share(text, p, a, pct, gap):
            part = outs.get(a.span.start) if base is None else None
            if p.own_base.match(text, pct.span.end):
                # "860,000 in Cunene, which represents 80% of its population": not the whole
                # the 860,000 is a part of; a base the text does not count.
                rel.percents.append(PercentOf(a, pct, base_noun=""))
            elif part is not None:
                rel.percents.append(PercentOf(part, pct, base=a))
            else:
                rel.percents.append(PercentOf(a, pct, base=base))
            taken.add(pct.span.start)
    # "el 49%, es decir cerca de 265 mil": the share, then its amount.
    for pct, a in zip(usable, usable[1:], strict=False):
        if pct.kind != "percent" or pct.span.start in taken:
            continue
        if a.kind not in ("count", "money") or a.from_words:
            continue
        if p.verb_after.fullmatch(text, pct.span.end, lead(a)):
            rel.percents.append(PercentOf(a, pct))
            taken.add(pct.span.start)


def restricted_noun(text: str, at: int, preps: frozenset[str]) -> bool:
    """The noun at ``at`` goes on with a preposition and a common word: "of the cases in
    pregnant women" names a subset ("30% of the total live in camps" does not)."""
    words = text[at : at + 80].split()[:3]
    return len(words) == 3 and words[1].lower() in preps and words[2][:1].islower()


_SIGNED = re.compile(r"(?:^|(?<=[\s(]))[-−+]$")


def signed(text: str, pct: Quantity) -> bool:
    """ "-14%", "(+50%": a sign stands right before the percentage; it states a change."""
    return _SIGNED.search(text, max(0, pct.span.start - 2), pct.span.start) is not None
