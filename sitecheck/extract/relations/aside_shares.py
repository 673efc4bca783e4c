"""A share of a stated whole set after its amount past an aside: "cases were found in 23 wards
across five districts; 41% of all 56 wards reporting so far". The amount and the whole name the
same things by the same words; between them only words, counts in words and one comma or
semicolon before the share.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import PercentOf, Relations
from sitecheck.extract.relations.wording import WORD, lead
from sitecheck.lang import alternation, lexicon

_GAP_WORDS = 12  # words from the amount to its share ("health areas spread over eight zones")


@cache
def _of_whole(language: str) -> re.Pattern[str]:
    """ " of all ", " de los ": between a share and the whole it names."""
    lex = lexicon(language)
    return re.compile(
        rf"\s+(?:{alternation(lex.share_of)})\s+(?:[^\W\d_][\w'’-]*\s+){{0,2}}", re.IGNORECASE
    )


@cache
def _changes(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    words = (*lex.change_words, *lex.change_terms)
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?![\w])", re.IGNORECASE)


def aside_shares(doc: Document, span: Span, nums: list[Quantity], rel: Relations) -> None:
    usable = [q for q in nums if q.usable]
    if not any(q.kind == "percent" for q in usable):
        return
    text = doc.text
    taken = rel.percents_from(span.start)
    for i, pct in enumerate(usable[1:-1], start=1):
        whole = usable[i + 1]
        if pct.kind != "percent" or pct.span.start in taken or whole.kind != "count":
            continue
        if not _of_whole(doc.language).fullmatch(text, pct.span.end, lead(whole)):
            continue
        # Past counts in words ("eight zones"): the amount is the figure before them.
        j = i - 1
        while j > 0 and usable[j].from_words:
            j -= 1
        amount = usable[j]
        if j == i - 1 or not _fits(doc.language, text, amount, pct, whole):
            continue  # next to its share, "A, P% of the B" is read by share_of
        if _verb_after(doc.language, text, whole, span.end):
            continue  # "…; 20% of all 111 schools were damaged": a clause of its own
        rel.percents.append(PercentOf(amount, pct, base=whole))
        taken.add(pct.span.start)


def _fits(language: str, text: str, amount: Quantity, pct: Quantity, whole: Quantity) -> bool:
    """Whether ``amount`` is a part of ``whole`` by its words, and only an aside comes between
    it and the share."""
    if amount.kind != "count" or amount.from_words or whole.from_words:
        return False
    if amount.value > whole.value or amount.is_households != whole.is_households:
        return False
    noun = amount.noun.lower().split()[:1]
    if not noun or whole.noun.lower().split()[:1] != noun:
        return False
    gap = text[amount.span.end : lead(pct)]
    if len(WORD.findall(gap)) > _GAP_WORDS or re.search(r"[\d():.]", gap):
        return False
    marks = re.findall(r"[,;]", gap)
    # "…; up 12% of …" says a change, not a share
    ends = len(marks) == 1 and gap.rstrip().endswith(marks[0])
    return ends and not _changes(language).search(gap)


_CLAUSE_END = re.compile(r"[.;:()]")


def _verb_after(language: str, text: str, whole: Quantity, end: int) -> bool:
    """Whether the clause of the whole goes on with a verb of its own ("were", "have")."""
    stop = _CLAUSE_END.search(text, whole.span.end, end)
    lex = lexicon(language)
    verbs = {w.lower() for w in lex.auxiliaries} - {w.lower() for w in lex.articles}
    words = WORD.findall(text[whole.span.end : stop.start() if stop else end])
    return any(w.lower() in verbs for w in words)
