"""Bare bracketed parts after their labels: "Luanda (45), Bengo (35), Icolo e Bengo (cinco)".

A bracket that holds one figure and nothing else is a part its label names; a bracket of the
same series that holds a number in words ("(cinco)", "(um)") or a zero-padded one ("(08)") is a
part too, but no figure is read from it, so the parts that are read can only fall short of the
total.
"""

from __future__ import annotations

import re
from functools import cache

from sitecheck.document import Document
from sitecheck.extract.quantities import Quantity
from sitecheck.extract.relations.wording import lead
from sitecheck.lang import alternation, lexicon


def bare_part(text: str, open_: int, close: int, inside: list[Quantity]) -> bool:
    """ "(156)": a bare part that a label names."""
    first = inside[0]
    return (
        len(inside) == 1
        and first.usable
        and first.kind == "count"
        and not text[open_ + 1 : lead(first)].strip()
        and not text[first.span.end : close].strip()
    )


@cache
def _worded_part(language: str) -> re.Pattern[str]:
    """A label, then a bracket holding one lower-case word or a zero-padded figure read as a
    code ("Huíla (08)"), after the series' last bracket."""
    ands = alternation(lexicon(language).and_words)
    return re.compile(
        rf"\s*(?:[,;]\s*(?:(?:{ands})\s+)?|\s+(?:{ands})\s+)"
        r"[^\W\d_][^()\d.;:]{0,40}?\(\s*(?:[a-zà-öø-ÿ]+|0\d)\s*\)",
        re.I,
    )


def worded_part_after(doc: Document, close: int) -> bool:
    """Whether the series goes on after the bracket closing at ``close`` with a part written in
    words ("…, Icolo e Bengo (cinco), Uíge (um)"): parts the figures leave unread."""
    return _worded_part(doc.language).match(doc.text, close + 1, close + 120) is not None
