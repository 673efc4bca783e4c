"""The base a share names by its noun, among the figures before it: "40% of these countries
(18 countries)" after "crises in 90 countries"; "30% (1,500) of the total" after the one count
of a headline sentence.

A base found by its noun is a strong guess, not a certainty: the rule reports a share that
disagrees with it as a warning when it is the one count of the noun before the share in its
paragraph, else as a suspicion.
"""

from __future__ import annotations

import re

from sitecheck.document import Span
from sitecheck.extract.quantities import Quantity
from sitecheck.facts import Facts
from sitecheck.lang import lexicon, phrases

_LETTERS = re.compile(r"[^\W\d_]+")


def named_base(facts: Facts, amount: Quantity, noun: str, parts: set[int]) -> Quantity | None:
    """The nearest count before ``amount`` in its paragraph whose noun is ``noun``: the
    "90 countries" of "40% of these countries (18 countries)"."""
    sentence = facts.doc.sentence_at(amount.span.start)
    if sentence is None:
        return None
    block = sentence.block
    before = facts.numbers_in(Span(block.span.start, amount.span.start))
    if noun in {w.lower() for w in lexicon(facts.doc.language).total_nouns}:
        # Only a share that opens its sentence ("El 30% (1.500) del total"), not one of a place
        # or group the sentence names first ("In Tete, 30% (600) of the total").
        # "A total of 4,000 …; 30% (1,200) of the total …": a clause after a semicolon opens too.
        text = facts.doc.text
        opens = max(sentence.span.start, text.rfind(";", sentence.span.start, amount.span.start))
        first = facts.numbers_in(Span(opens, amount.span.start))[:1] or [amount]
        lead_in = text[opens : first[0].span.start].lstrip(";")
        # "So far, 30% (1,200) of the total": a time of stock opens the clause, no place.
        lead_in = phrases(lexicon(facts.doc.language).stock_words).sub(" ", lead_in)
        if len(_LETTERS.findall(lead_in)) > 1:
            return None
        return _headline(facts, [q for q in before if q.usable and q.kind == "count"])
    ofs = {w.lower() for w in lexicon(facts.doc.language).n_of_w}
    for q in reversed(before):
        if q.span.start in parts or q.interval.hi < amount.interval.lo:
            continue  # another share's amount, or a count smaller than the part
        if q.usable and q.kind == "count" and _names(q.noun, noun, ofs) and q is not amount:
            return q
    return None


def only_count(facts: Facts, amount: Quantity, base: Quantity, noun: str | None) -> bool:
    """Whether ``base`` is the one count of ``noun`` before ``amount`` in its paragraph."""
    lex = lexicon(facts.doc.language)
    sentence = facts.doc.sentence_at(amount.span.start)
    if sentence is None or not noun or noun in {w.lower() for w in lex.total_nouns}:
        return False
    ofs = {w.lower() for w in lex.n_of_w}
    before = facts.numbers_in(Span(sentence.block.span.start, amount.span.start))
    same = [q for q in before if q.kind == "count" and _names(q.noun, noun, ofs)]
    return same == [base]


_ELIDED = re.compile(r"^[^\W\d_]['’]")  # "d'habitants": a preposition elided onto the noun


def _head(noun: str, ofs: set[str]) -> str:
    """The noun a count names, past a leading "of" ("4,7 millions d'habitants", "4,8 millones
    de habitantes")."""
    words = noun.split()
    if len(words) > 1 and words[0] in ofs:
        words = words[1:]
    return _ELIDED.sub("", words[0]) if words else ""


def _names(counted: str, noun: str, ofs: set[str]) -> bool:
    """Whether a count's noun names ``noun``: its head, or the word after it ("of the population
    analysed" names "58.2 million people analysed")."""
    if _head(counted, ofs) == noun:
        return True
    words = counted.lower().split()
    words = words[1:] if len(words) > 1 and words[0] in ofs else words
    # "de la population analysée" names "personnes analysées": a plural "s" aside
    return len(noun) > 3 and any(w.rstrip("s") == noun.rstrip("s") for w in words[1:2])


def _headline(facts: Facts, counts: list[Quantity]) -> Quantity | None:
    """ "… hosts 4,000 IDPs. 30% (1,500) of the total …": the last count before, when it is
    the only one of its sentence."""
    if not counts:
        return None
    home = facts.doc.sentence_at(counts[-1].span.start)
    if home is None:
        return None
    same = [q for q in counts if home.span.start <= q.span.start < home.span.end]
    return counts[-1] if len(same) == 1 else None
