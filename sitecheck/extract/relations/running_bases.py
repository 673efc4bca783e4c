"""The base of a share named by a noun that only a running total counts: "4 new cases were
confirmed today, bringing the cumulative total to 2,847, … Health workers account for 5% of
cases (142)". The total a running sum reaches counts what its added part counts ("new cases"),
though it names no noun of its own; a share "of cases" in the same paragraph, with no count of
cases stated, is a share of that total.

The base is a guess (the share may be of another count the excerpt does not give): a share that
disagrees with it is reported as a suspicion.
"""

from __future__ import annotations

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import QuantityIndex
from sitecheck.extract.relations.model import Relations
from sitecheck.extract.relations.wording import WORD, lead

_PART_NOUN_WORDS = 3  # "new cases were": the words of the added part that may name its noun


def running_bases(doc: Document, span: Span, rel: Relations, index: QuantityIndex) -> None:
    """Bases for this sentence's shares named by a noun only a running total counts."""
    sentence = doc.sentence_at(span.start)
    if sentence is None:
        return
    block = sentence.block.span.start
    running = [r for r in rel.parts if r.kind == "running" and r.whole.span.start >= block]
    if not running:
        return
    for po in reversed(rel.percents):
        if po.percent.span.start < span.start:
            break
        if po.base is not None or po.bases or not po.base_noun or po.amount.from_words:
            continue
        noun = po.base_noun.lower()
        first = min(lead(po.percent), lead(po.amount))
        if any(_head(q.noun) == noun for q in index.between(block, first) if q.kind == "count"):
            continue  # a count of the noun is stated: the rule finds it by its noun
        wholes = [
            r.whole
            for r in running
            if r.whole.span.end <= first
            and not r.whole.noun.strip()
            and r.whole.kind == po.amount.kind == "count"
            and r.whole.value >= po.amount.value
            and noun in WORD.findall(r.part.noun.lower())[:_PART_NOUN_WORDS]
        ]
        if wholes:
            po.bases = [wholes[-1]]
            po.sure = False


def _head(noun: str) -> str:
    words = WORD.findall(noun.lower())
    return words[0] if words else ""
