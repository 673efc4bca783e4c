"""Shares across a row: "Women | Men | Girls | Boys" over "21% | 61% | 10% | 8%" split one
whole between groups that together make it up, and must add up to 100. Two groups alone
("Women | Men") are not enough: a row of rates by sex (literacy, coverage) is laid out so too."""

from __future__ import annotations

from sitecheck.document import Document
from sitecheck.extract.relations.patterns import relation_patterns
from sitecheck.extract.relations.wording import complementary
from sitecheck.extract.tables.model import ReadTable, TableShares
from sitecheck.extract.tables.words import name_words, plain


def row_shares(read: ReadTable, doc: Document) -> None:
    p = relation_patterns(doc.language)
    percent = [c for c, role in enumerate(read.cols) if role == "percent"]
    heads = [name_words(plain(read.col_label(c)).replace("%", " ")) for c in percent]
    if len(percent) < 2 or any(len(h) != 1 for h in heads):
        return
    nouns = {next(iter(h)) for h in heads}
    whole = complementary(nouns, p) or nouns in p.complete_groups
    if len(nouns) != len(percent) or len(nouns) < 3 or not whole:
        return
    for r, role in enumerate(read.rows):
        cells = [v for c in percent if (v := read.values[r][c]) is not None and v.quantity]
        if role in ("part", "total") and len(cells) == len(percent):
            read.shares.append(TableShares(cells, read.row_name(r)))
