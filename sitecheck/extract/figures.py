"""Every number mention of a document: figures in digits, then in words, then table debris."""

from __future__ import annotations

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
    return out

