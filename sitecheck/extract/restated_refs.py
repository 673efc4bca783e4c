"""Restatements by a demonstrative: "… reached some US$ 33.2 million. Of those 33.2 million, the
clusters report 41% used."

A demonstrative right before a figure ("those", "esos", "ces", "esses") says the figure was
stated just before: "those 33.2 million" names the amount of the sentence before again. Only the
plainest form is read, since a demonstrative may also point at a group the text never counted
("most have returned; of these 2 million, …"):

- the figure has no noun of its own: a clause ends right after it ("those 33.2 million,");
- its antecedent is the figure right before it, in its sentence or the one before, with no
  other figure between (a percentage between may have derived the amount: "40% was received;
  these 20 million …"), outside parentheses;
- the antecedent is an amount: money, or a count without a noun, in the same currency, and
  both figures carry the same scale word ("million") or neither does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity
from sitecheck.lang import alternation, lexicon

_CLAUSE_END = re.compile(r"\s*(?:[,;:.!?)]|$)")


@cache
def _demonstrative(language: str) -> re.Pattern[str]:
    """A demonstrative determiner ending the text before a figure: the words that are both a
    demonstrative ("these countries") and a subject pointing back ("These included …"), which
    leaves out "all" and the conjunction "that"."""
    lex = lexicon(language)
    words = {w.lower() for w in lex.demonstratives} & {w.lower() for w in lex.back_subjects}
    return re.compile(rf"(?<!\w)(?:{alternation(words)})\s+$", re.I)


def _lead_start(q: Quantity) -> int:
    return min(q.span.start, q.qualifier_span.start) if q.qualifier_span else q.span.start


def _scale(q: Quantity, scales: dict[str, float]) -> float | None:
    if q.scale is None:
        return None
    return scales.get(q.scale.lower(), 0.0) or None


def _amount_alike(a: Quantity, q: Quantity, scales: dict[str, float]) -> bool:
    """Whether the antecedent is an amount the bare figure can name again."""
    if not (a.usable and a.kind in ("money", "count")):
        return False
    if a.kind == "count" and (a.noun or q.kind != "count"):
        return False  # "1,200 people": a count with a noun is no bare amount
    if q.currency is not None and q.currency != a.currency:
        return False
    return (a.scale is None) == (q.scale is None) and _scale(a, scales) == _scale(q, scales)


def demonstrative_restatements(
    doc: Document, numbers: list[Quantity]
) -> Iterator[tuple[Quantity, Quantity]]:
    """(antecedent, figure) pairs: a figure after a demonstrative, and the amount it names."""
    pattern = _demonstrative(doc.language)
    scales = {k.lower(): v for k, v in lexicon(doc.language).scale_words.items()}
    text = doc.text
    for i, q in enumerate(numbers):
        if i == 0 or not q.usable or q.kind not in ("count", "money"):
            continue
        start = _lead_start(q)
        if not pattern.search(text, max(0, start - 40), start):
            continue
        if not _CLAUSE_END.match(text, q.span.end):
            continue  # "these 2 million people …": a noun, maybe of a group never counted
        a = numbers[i - 1]
        if _antecedent_near(doc, a, q) and _amount_alike(a, q, scales):
            yield a, q


def _antecedent_near(doc: Document, a: Quantity, q: Quantity) -> bool:
    """The antecedent lies in the figure's sentence or the one before, outside parentheses."""
    sentences = doc.sentences
    here = doc.sentence_at(q.span.start)
    there = doc.sentence_at(a.span.start)
    if here is None or there is None:
        return False
    i = sentences.index(here)
    if there is not here and (i == 0 or sentences[i - 1] is not there):
        return False
    head = doc.text[there.span.start : a.span.start]
    return head.count("(") <= head.count(")")
