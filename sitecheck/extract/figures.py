"""Every number mention of a document: figures in digits, then in words, then table debris."""

from __future__ import annotations

import re

from sitecheck.document import Document, is_box_block
from sitecheck.extract.dates import DateMention
from sitecheck.extract.figure_cues import figure_cues
from sitecheck.extract.number_words import number_words, tag_sequences
from sitecheck.extract.quantities import Quantity, block_quantities
from sitecheck.lang import lexicon


def extract_quantities(
    doc: Document,
    dates: list[DateMention],
    decimal_mark: str | None = None,
    scale_mark: str | None = None,
) -> list[Quantity]:
    """All number mentions of the document, tagged where they are not quantities.
    ``scale_mark`` reads a mark before three digits and a scale ("8.300 millones")."""
    cues = figure_cues(lexicon(doc.language))
    date_spans = sorted((d.span.start, d.span.end) for d in dates)
    out: list[Quantity] = []
    for block in doc.blocks:
        if block.kind in ("code", "html"):
            continue
        found = block_quantities(
            doc.text, block.span, cues, date_spans, decimal_mark, is_box_block(block), scale_mark
        )
        found.extend(number_words(doc.text, block.span, found, cues))
        found.sort(key=lambda q: q.span.start)
        tag_sequences(doc.text, found, block.kind)
        out.extend(found)
    _grouped_by_people(doc.text, out)
    return out


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def _grouped_by_people(text: str, numbers: list[Quantity]) -> None:
    """ "198,460 migrantes … 15,210 o el 7,7%": in a report whose decimal mark is ",", a count
    of people written "198,460" cannot be 198.46 people; the report groups thousands with ","
    and so its other "15,210" do too (a report does not use one mark for both)."""
    doubtful = [
        q
        for q in numbers
        if q.ambiguous
        and q.tag is None
        and q.kind in ("count", "money")
        and q.scale is None
        and _THOUSANDS.fullmatch(text, q.number_span.start, q.number_span.end)
    ]
    if any(q.is_people and q.kind == "count" for q in doubtful):
        for q in doubtful:
            q.ambiguous = False
