"""Those screened, then those found among them: "17,400 IDPs have been screened in Laghman and
14,100 found to need aid", "8,600 screened in total, with 3,900 found eligible", "41.207
crianças passaram por triagem … e 614 crianças foram admitidas em tratamento".

The first figure is tied to a word of screening within its clause, the next one (of the same
unit, joined by "and", "with" or a comma, no figure between) to a word of finding right after
it: those found are some of those screened. A date or a "since" between them may set another
period ("1,200 screened in May and 3,000 admitted since January"), so their clause must hold
no figure but the two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.document import Document, Span
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.model import PartOf, Relations
from sitecheck.extract.relations.wording import WORD, lead
from sitecheck.lang import alternation, lexicon, phrases
from sitecheck.lang.base import Lexicon

_SCREEN_WORDS = 6  # words after the whole within which its screening is said
_GAP_WORDS = 12  # words between the two figures
# A word hyphenated across a line break is one word ("tria-\ngem", "scree-\nned").
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-\n[ \t]*(?=[a-zà-öø-ÿ])")


@dataclass(frozen=True, eq=False)
class _Patterns:
    screened: re.Pattern[str]
    found: re.Pattern[str]
    join: re.Pattern[str]  # the gap ends on "and", "with" or a comma
    stops: re.Pattern[str]  # "since", "until": another period


@cache
def _compile(lex: Lexicon) -> _Patterns:
    joins = alternation((*lex.and_words, *lex.with_connectors))
    return _Patterns(
        screened=phrases(lex.screened_words),
        found=phrases(lex.screen_results),
        join=re.compile(rf"[^\d.;:()]*?(?:,|(?<![\w])(?:{joins}))\s*$", re.I),
        stops=phrases((*lex.background_leads, *lex.future_words)),
    )


def screened(doc: Document, span: Span, figs: list[Quantity], rel: Relations) -> None:
    lex = lexicon(doc.language)
    if not lex.screened_words:
        return
    p = _compile(lex)
    text = doc.text
    if p.screened.search(_HYPHENATED.sub("", text[span.start : span.end])) is None:
        return
    for whole, part in zip(figs, figs[1:], strict=False):
        if (whole.kind, whole.currency, whole.is_households) != (
            part.kind,
            part.currency,
            part.is_households,
        ) or whole.kind != "count":
            continue
        gap = text[whole.span.end : lead(part)]
        if len(WORD.findall(gap)) > _GAP_WORDS or not p.join.fullmatch(gap):
            continue
        clause = re.split(r"[.;,:()]", text[part.span.end : span.end], maxsplit=1)[0]
        if p.stops.search(gap + " " + clause):
            continue
        if not _within(p.screened, text, whole.span.end, _SCREEN_WORDS):
            continue
        if not _found(p, lex, text, whole, part):
            continue
        rel.parts.append(PartOf(whole, part, "of-the", "screened … found"))


def _found(p: _Patterns, lex: Lexicon, text: str, whole: Quantity, part: Quantity) -> bool:
    """ "14,100 found …", "614 crianças foram admitidas": the word of finding comes first after
    the part, its auxiliaries and the whole's own noun; not "3,000 confirmed cases were
    reported", a group of its own."""
    skip = {w.lower() for w in lex.auxiliaries} | set(whole.noun.split()[:1])
    for m in WORD.finditer(text, part.span.end, min(len(text), part.span.end + 120)):
        word = m.group(0).lower()
        if word in skip:
            continue
        return p.found.fullmatch(m.group(0)) is not None
    return False


def _within(pattern: re.Pattern[str], text: str, start: int, words: int) -> bool:
    """Whether the pattern matches within the first ``words`` words after ``start``."""
    window = _HYPHENATED.sub("", text[start : start + 200])
    head = [m.end() for m in WORD.finditer(window)]
    end = head[min(words, len(head)) - 1] if head else 0
    return pattern.search(window, 0, end) is not None
