"""An amount, what was spent of it and what is left: "Of the CHF 187,650 released, CHF 142,318
was used. The unspent balance of CHF 45,332 has been returned", "De los 90.000 francos
asignados, se utilizaron 71.200; el saldo de 18.800 …".

The spent amount is tied to its words ("was used", "utilizados"), the balance to its own
("unspent balance of", "saldo de"); the whole is the amount right before the spent one, in the
same paragraph, that the spent one is read as a part "of the" ("Of the …", "De los …"): an
amount received in a year and one spent then leave a balance that may hold a carry-over. No
other amount may stand between the three, all in one currency, each part below the whole:
spent and left then add up to the whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Block, Document
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.lang import alternation, lexicon

_REACH = 240  # characters between the whole and the spent amount, or it and the balance
_BEFORE = 40  # characters before an amount where its words may stand


@dataclass(frozen=True, eq=False)
class _Patterns:
    spent_after: re.Pattern[str]  # " was used", " utilizados"
    spent_before: re.Pattern[str]  # "se utilizaron " right before the amount
    balance: re.Pattern[str]  # "the unspent balance of " right before the amount
    budget: re.Pattern[str]  # "Operation budget: " right before the whole


@cache
def _patterns(language: str) -> _Patterns:
    lex = lexicon(language)
    spent = alternation(lex.spent_words)
    aux = alternation(lex.funding_after_aux)
    return _Patterns(
        spent_after=re.compile(rf"\s*(?:(?:{aux})\s+)?(?:{spent})\b", re.IGNORECASE),
        spent_before=re.compile(rf"(?<!\w)(?:{spent})\s+$", re.IGNORECASE),
        balance=re.compile(rf"(?<!\w)(?:{alternation(lex.balance_words)})\s*$", re.IGNORECASE),
        budget=re.compile(rf"(?<!\w)(?:{alternation(lex.budget_labels)})\s*:?\s*$", re.I),
    )


def balances(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    """Every whole, spent part and balance of a paragraph or list item."""
    if not lexicon(doc.language).spent_words:
        return
    p = _patterns(doc.language)
    text = doc.text
    taken = {id(b.total) for b in rel.breakdowns}
    # "Of the CHF 187,650 released, CHF 142,318 was used": the spent part of that very amount,
    # not "received CHF 20M in 2024 and spent CHF 12M" (a closing balance holds the carry-over).
    of_the = {(id(r.whole), id(r.part)) for r in rel.parts if r.kind == "of-the"}
    for block in doc.blocks:
        if block.kind not in ("paragraph", "list_item"):
            continue
        money = [q for q in index.between(block.span.start, block.span.end) if _amount(q)]
        for k in range(1, len(money) - 1):
            whole, spent, left = money[k - 1], money[k], money[k + 1]
            if id(whole) in taken or (id(whole), id(spent)) not in of_the:
                continue
            if not _spent(p, text, spent):
                continue
            if not p.balance.search(text, max(0, left.span.start - _BEFORE), _lead(left)):
                continue
            if _apart(whole, spent, left):
                rel.breakdowns.append(Breakdown(whole, [spent, left], "connector"))
                taken.add(id(whole))
        _budget_spent(doc, p, index, block, money, rel, taken)


def _budget_spent(
    doc: Document,
    p: _Patterns,
    index: QuantityIndex,
    block: Block,
    money: list[Quantity],
    rel: Relations,
    taken: set[int],
) -> None:
    """ "Operation budget: CHF 41,506" in a report's header, then a paragraph that opens on
    the amount spent and the balance left: "The National Society spent 15,917 CHF. The
    remaining balance of 25,589 CHF will be returned". The whole is the one amount labelled a
    budget before the paragraph."""
    if len(money) != 2 or not _spent(p, doc.text, money[0]):
        return
    spent, left = money
    if not p.balance.search(doc.text, max(0, left.span.start - _BEFORE), _lead(left)):
        return
    budgets = [
        q
        for q in index.between(0, block.span.start)
        if _amount(q) and p.budget.search(doc.text, max(0, _lead(q) - _BEFORE), _lead(q))
    ]
    if len(budgets) != 1 or id(budgets[0]) in taken:
        return
    whole = budgets[0]
    if len({whole.currency, spent.currency, left.currency}) == 1 and max(
        spent.value, left.value
    ) < whole.value:
        rel.breakdowns.append(Breakdown(whole, [spent, left], "connector"))
        taken.add(id(whole))


def _amount(q: Quantity) -> bool:
    return q.usable and q.kind == "money"


def _lead(q: Quantity) -> int:
    return (q.qualifier_span or q.span).start


def _spent(p: _Patterns, text: str, q: Quantity) -> bool:
    """ "CHF 142,318 was used", "se utilizaron 71.200"."""
    return bool(
        p.spent_after.match(text, q.span.end)
        or p.spent_before.search(text, max(0, q.span.start - _BEFORE), _lead(q))
    )


def _apart(whole: Quantity, spent: Quantity, left: Quantity) -> bool:
    """One currency, near each other, each part below the whole (a balance larger than the
    amount is another fund's: "the fund's balance of CHF 12 million")."""
    if len({whole.currency, spent.currency, left.currency}) != 1:
        return False
    if spent.span.start - whole.span.end > _REACH or left.span.start - spent.span.end > _REACH:
        return False
    return spent.value < whole.value and left.value < whole.value
