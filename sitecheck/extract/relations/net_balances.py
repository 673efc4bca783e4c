"""Two flows and the net balance they leave: "Between January and June, 48,210 people entered
the country and 39,870 left it. This leaves a net migration of 8,340", "entraron 604.312 … y
salieron 498.708 …; un saldo migratorio de 105.604".

The balance is the figure right after its words ("net migration of", "saldo migratorio de");
the flows are the two figures of its kind before those words in its sentence, or failing any
there, the two of the sentence before (one paragraph) when the balance's words open a short
clause that follows on from it ("This leaves a net …", not "Over the year, the country
recorded a net …", a balance of its own). The larger flow is the smaller one plus
the balance, read as a stated difference. Any other count of the kind among them, or a figure
in another unit, makes the reading abstain.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Sentence
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.amounts import same_unit
from sitecheck.extract.relations.model import Breakdown, Relations
from sitecheck.extract.relations.wording import WORD, figures, lead
from sitecheck.lang import alternation, lexicon

_FLOWS = 2
_LEAD_WORDS = 4  # "This leaves a", "Esto deja un": words before a balance of the sentence before


@cache
def _net(language: str) -> re.Pattern[str] | None:
    words = lexicon(language).net_balance_words
    return re.compile(rf"(?<![\w])(?:{alternation(words)})\s+", re.I) if words else None


def net_balances(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    rel: Relations,
    before: tuple[Sentence, list[Quantity]] | None,
) -> None:
    net, text = _net(doc.language), doc.text
    span = sentence.span
    m = net.search(text, span.start, span.end) if net else None
    if m is None:
        return
    figs = figures(nums)
    balance = next((q for q in figs if lead(q) == m.end() or q.span.start == m.end()), None)
    if balance is None or not balance.usable or balance.from_words:
        return
    flows = [q for q in figs if q.span.end <= m.start() and same_unit(q, balance)]
    if not flows and before is not None and before[0].block is sentence.block:
        if len(WORD.findall(text, span.start, m.start())) > _LEAD_WORDS or any(
            q.span.start < m.start() for q in nums
        ):
            return  # "Over the year, the country recorded a net …": a balance of its own
        flows = [q for q in figures(before[1]) if same_unit(q, balance)]
    if len(flows) != _FLOWS or any(q.from_words or not q.usable for q in flows):
        return
    small, large = sorted(flows, key=lambda q: q.value)
    rel.breakdowns.append(Breakdown(large, [small, balance], "difference"))
