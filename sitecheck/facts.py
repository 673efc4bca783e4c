"""Everything extracted from one document, indexed for the rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from sitecheck.document import Document, Sentence, Span
from sitecheck.extract.dates import DateMention, Period, find_dates, find_period
from sitecheck.extract.definite_lists import definite_lists
from sitecheck.extract.figures import extract_quantities
from sitecheck.extract.footnotes import Footnotes, extract_footnotes
from sitecheck.extract.keyfigures import FundingFigures, find_funding
from sitecheck.extract.links import Link, extract_links
from sitecheck.extract.lists import ItemList, extract_lists
from sitecheck.extract.numbers import groups_with_comma, guess_decimal_mark
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations import Relations, find_relations
from sitecheck.extract.restatements import Restatement, find_restatements
from sitecheck.extract.series import prose_series
from sitecheck.extract.tables import ReadTable, read_tables
from sitecheck.extract.tables.prose import table_restatements
from sitecheck.lang import guess_language, lexicon


@dataclass
class Facts:
    doc: Document
    decimal_mark: str
    numbers: list[Quantity]  # every number mention, quantities and tagged non-quantities
    dates: list[DateMention]
    period: Period | None
    footnotes: Footnotes
    links: list[Link]
    lists: list[ItemList] = field(default_factory=list)
    # The decimal mark computed figures are written with: the report's, else its language's.
    notation_mark: str | None = None

    @cached_property
    def quantities(self) -> list[Quantity]:
        """Number mentions that are quantities (no tag, well formed)."""
        return [q for q in self.numbers if q.is_quantity]

    @cached_property
    def index(self) -> QuantityIndex:
        """Every number mention, found by position."""
        return QuantityIndex(self.numbers)

    def numbers_in(self, span: Span) -> list[Quantity]:
        return self.index.between(span.start, span.end)

    @cached_property
    def relations(self) -> Relations:
        """Totals with parts and parts of wholes, as the wording states them."""
        return find_relations(self.doc, self.sentence_numbers(), self.index)

    @cached_property
    def tables(self) -> list[ReadTable]:
        """The report's tables, each with the role of its rows and columns and what it states."""
        return read_tables(self.doc, self.index) if self.doc.tables else []

    @cached_property
    def restatements(self) -> list[Restatement]:
        """Figures that state one quantity twice (key-figure box and body, summary and section,
        a table's cell and a sentence that names its row and column)."""
        found = find_restatements(self.doc, self.numbers)
        return found + table_restatements(self.doc, self.tables, self.index)

    @cached_property
    def funding(self) -> list[FundingFigures]:
        return find_funding(self.doc, self.numbers)

    @cached_property
    def _sentence_numbers(self) -> list[tuple[Sentence, list[Quantity]]]:
        return [(s, self.numbers_in(s.span)) for s in self.doc.sentences]

    def sentence_numbers(self) -> list[tuple[Sentence, list[Quantity]]]:
        """Each sentence with the number mentions in it (computed once)."""
        return self._sentence_numbers


@dataclass
class DocumentWide:
    """What is read from the whole report even when it is checked piece by piece."""

    decimal_mark: str
    read_mark: str | None  # the mark that makes "1,234" doubtful, if any
    dates: list[DateMention]
    period: Period | None
    language: str  # the code of the report's lexicon
    # The comma decimal mark that reads "8.300 millones" as 8,300 million: the report's, else
    # its language's when no figure tells.
    scale_mark: str | None = None


def document_wide(
    doc: Document, decimal_mark: str | None = None, language: str | None = None
) -> DocumentWide:
    mark = decimal_mark or guess_decimal_mark(doc.text)
    # Only a comma-decimal report (or an explicit mark) makes "1,234" doubtful.
    read_mark = decimal_mark or ("," if mark == "," else None)
    lang = language or guess_language(doc.text)
    if read_mark and not decimal_mark and _groups_with_comma(doc.text, lang):
        read_mark = None
    told = guess_decimal_mark(doc.text, lexicon(lang).decimal_mark)
    scale_mark = decimal_mark or ("," if told == "," else None)
    dates = find_dates(doc.text, lang)
    period = find_period(doc.text, dates, lang)
    return DocumentWide(mark, read_mark, dates, period, lang, scale_mark)


def _groups_with_comma(text: str, lang: str) -> bool:
    lex = lexicon(lang)
    return groups_with_comma(text, frozenset(lex.people_nouns), frozenset(lex.scale_words))


def build_facts(
    doc: Document,
    decimal_mark: str | None = None,
    wide: DocumentWide | None = None,
    language: str | None = None,
) -> Facts:
    """Run every extractor over a document (or over a view of some of its blocks)."""
    wide = wide or document_wide(doc, decimal_mark, language)
    doc.language = wide.language
    numbers = extract_quantities(doc, wide.dates, wide.read_mark, wide.scale_mark)
    glued = [q.number_span for q in numbers if q.tag == "footnote"]
    footnotes = extract_footnotes(doc, glued)
    facts = Facts(
        doc=doc,
        decimal_mark=wide.decimal_mark,
        numbers=numbers,
        dates=wide.dates,
        period=wide.period,
        footnotes=footnotes,
        links=extract_links(doc),
        notation_mark=wide.scale_mark or wide.decimal_mark,
    )
    facts.lists = definite_lists(doc, numbers, extract_lists(doc, numbers, footnotes))
    facts.lists.extend(prose_series(doc, facts.lists))
    return facts
