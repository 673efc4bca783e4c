"""The lexicon's table words as patterns, and a cell's text without markup."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitecheck.lang import alternation
from sitecheck.lang.base import Lexicon

_MARKUP = re.compile(r"[*_~`]+|\\(?=[|*_])")


_NOTE_MARKS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰†‡§*]+|\[\^?\w{1,3}\]|\(\w\)$")


_SPACED = re.compile(r"[^\W\d_](?: [^\W\d_]){2,}")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, eq=False)
class TableWords:
    total: re.Pattern[str]
    subtotal: re.Pattern[str]
    total_lead: re.Pattern[str]  # "Total Sofala": a sub-total of some rows, not checked
    average: re.Pattern[str]
    subitem: re.Pattern[str]
    empty: frozenset[str]
    scale: re.Pattern[str]
    scales: dict[str, float]  # each scale word (lower case) and its factor
    currency: re.Pattern[str]  # a currency in a header: "US$", "USD", "CHF"
    currencies: dict[str, str]  # each currency sign or name (lower case) and its code
    share: re.Pattern[str]
    numerator: re.Pattern[str]
    denominator: re.Pattern[str]
    gap: re.Pattern[str]  # a funding gap: "Gap", "Unmet", "Shortfall"
    required: re.Pattern[str]  # a requirement: "Required", "Requirements"
    funded: re.Pattern[str]  # what was received: "Funded", "Received"
    variation: re.Pattern[str]  # "% change", "% de variación": a change between two columns
    rate: re.Pattern[str]  # "Incidence rate", "Average size": figures that do not add up
    before: re.Pattern[str]  # "Current budget"
    increase: re.Pattern[str]  # "Increase"
    after: re.Pattern[str]  # "Revised budget"
    total_paren: re.Pattern[str]  # "Confirmed (total)"
    total_tail: re.Pattern[str]  # a column "Pessoas no total", "People in total"
    total_before: re.Pattern[str]  # "a total of ", "total de " right before a figure
    per_household: re.Pattern[str]  # "(5 per household)", "(HH × 5)": a stated size
    persons: frozenset[str]  # nouns of people ("individuals", "personas")
    households: frozenset[str]  # … and of households ("households", "familias")
    people: frozenset[str]  # nouns of people and households, lower case ("pessoas", "people")
    partial: re.Pattern[str]  # "top 10", "with most": the rows are a selection
    unique: re.Pattern[str]
    once: re.Pattern[str]
    sectors: frozenset[str]
    percent_head: re.Pattern[str]


def _whole(words: object) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(words)})(?:\s*\([^)]*\))?\s*:?", re.IGNORECASE)


def _any(words: object) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?![\w])", re.IGNORECASE)


def _total_tail(lex: Lexicon) -> re.Pattern[str]:
    """A header that ends on "in total", "no total": "Pessoas no total" heads a total column."""
    totals = {t.lower() for t in lex.table_totals}
    tails = [t for t in lex.in_total if len(t.split()) == 2 and t.split()[1].lower() in totals]
    return re.compile(rf"[^()]+\s(?:{alternation(tails)})", re.I)


@cache
def table_words(lex: Lexicon) -> TableWords:
    return TableWords(
        total=_whole(lex.table_totals),
        subtotal=_whole(lex.table_subtotals),
        total_lead=re.compile(
            rf"(?:{alternation((*lex.table_totals, *lex.table_subtotals))})\s+\w", re.IGNORECASE
        ),
        average=_whole(lex.table_averages),
        subitem=re.compile(rf"[\s\-–—•·]*(?:{alternation(lex.table_subitems)})(?![\w])", re.I),
        empty=frozenset(w.lower() for w in lex.table_empty),
        scales={k.lower(): v for k, v in lex.table_scales.items()},
        currency=re.compile(
            rf"(?<![^\W\d_])(?:{alternation((*lex.currency_prefixes, *lex.currency_suffixes))})"
            r"(?![^\W\d_]{2})",
            re.IGNORECASE,
        ),
        currencies={
            k.lower(): v for k, v in {**lex.currency_suffixes, **lex.currency_prefixes}.items()
        },
        scale=re.compile(
            rf"(?<![\w'’])(?:{alternation(lex.table_scales)})(?![\w])|['’]000", re.IGNORECASE
        ),
        share=_any(lex.table_shares),
        numerator=_any((*lex.table_numerators, *lex.funding_labels.get("funded", ()))),
        denominator=_any((*lex.table_denominators, *lex.funding_labels.get("required", ()))),
        gap=_any(lex.funding_labels.get("gap", ())),
        required=_any(lex.funding_labels.get("required", ())),
        funded=_any(lex.funding_labels.get("funded", ())),
        variation=_any(lex.table_variation),
        rate=_any(lex.table_rates),
        before=_any(lex.table_before),
        increase=_any(lex.table_increase),
        after=_any(lex.table_after),
        total_paren=re.compile(rf"[^()]+\(\s*(?:{alternation(lex.table_totals)})\s*\)", re.I),
        total_tail=_total_tail(lex),
        total_before=re.compile(
            rf"(?<![\w])(?:{alternation((*lex.table_totals, *lex.in_total))})"
            r"(?:\s+[^\W\d_]+){0,2}\W*"  # "all counties: ", "total de personas: "
            rf"(?:(?:{alternation((*lex.n_of_w, *lex.of_articles))})\s+)?$",
            re.IGNORECASE,
        ),
        per_household=re.compile(
            rf"(?<![\d.,])(\d{{1,2}}(?:[.,]\d{{1,2}})?)\s+(?:{alternation(lex.by_words)})\s+"
            rf"(?:{alternation(lex.household_nouns)})(?![\w])|[x×*]\s*(\d{{1,2}}(?:[.,]\d{{1,2}})?)\b",
            re.IGNORECASE,
        ),
        persons=frozenset(w.lower() for w in lex.generic_people_nouns),
        households=frozenset(w.lower() for w in lex.household_nouns),
        people=frozenset(
            w.lower() for w in (*lex.generic_people_nouns, *lex.household_nouns, *lex.people_nouns)
        ),
        partial=_any(lex.table_selection),
        unique=_any((*lex.unique_words, *lex.table_once)),
        once=_any(lex.table_once),
        sectors=frozenset(w.lower() for w in lex.sector_names),
        percent_head=re.compile(
            rf"%|(?<![\w])(?:{alternation((*lex.percent_words, *lex.table_percents))})(?![\w])",
            re.IGNORECASE,
        ),
    )


def plain(text: str) -> str:
    """A cell's text without markup, footnote marks and extra white space."""
    text = _MARKUP.sub("", text)
    text = _NOTE_MARKS.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    if _SPACED.fullmatch(text):
        text = text.replace(" ", "")  # "T O T A L": letters spaced out by a PDF
    return text


def header_unit(head: str, w: TableWords) -> tuple[float, str | None]:
    """The scale and currency a column header gives its figures: "Funding (US$m)" is millions
    of US dollars, "People in need ('000)" thousands; (1.0, None) when it gives none."""
    scale = w.scale.search(head)
    currency = w.currency.search(head)
    factor = w.scales.get(scale.group(0).lower().strip(), 1.0) if scale else 1.0
    code = w.currencies.get(currency.group(0).lower()) if currency else None
    return factor, code


def after_total(text: str, w: TableWords) -> str | None:
    """What a label says after its leading total word ("Total with test" → "with test"); None
    when it opens on none ("Total" alone is no lead: a word must follow)."""
    lead = w.total_lead.match(text)
    return text[lead.end() - 1 :] if lead else None


def name_words(text: str) -> set[str]:
    """The words of a header that name something: no link words of two letters ("de", "of"),
    but single letters ("n") and acronyms ("FD") kept."""
    words = text.replace("(", " ").replace(")", " ").split()
    return {x.lower() for x in words if len(x) != 2 or x.isupper()}  # "FD" is a name
