"""Relations between figures that the wording states, one module per family of wording.

Only what the text says is taken. A breakdown is *exhaustive* (its parts must add up) when the
wording makes it so; "of whom", "including", "out of" and a parenthesised subgroup make a *part of
a whole* (part ≤ whole only). Families: parentheses (parts, shares, the whole, labelled parts),
connectors, partitions across a sentence opening, percentage changes, and totals after lists.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitecheck.document import Document, Sentence, Span
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.extract.relations.added_totals import added_totals, joined_stock
from sitecheck.extract.relations.amount_labels import amount_labels
from sitecheck.extract.relations.aside_shares import aside_shares
from sitecheck.extract.relations.back_refs import back_refs, n_of_m
from sitecheck.extract.relations.back_shares import back_shares
from sitecheck.extract.relations.balances import balances
from sitecheck.extract.relations.base_brackets import base_brackets
from sitecheck.extract.relations.bracket_back import bracket_back
from sitecheck.extract.relations.bracket_differences import bracket_differences
from sitecheck.extract.relations.bracket_rows import bracket_rows
from sitecheck.extract.relations.bullet_shares import bullet_runs, bullet_shares
from sitecheck.extract.relations.caption_runs import caption_runs
from sitecheck.extract.relations.caption_totals import caption_totals
from sitecheck.extract.relations.carried_funds import carried_funds
from sitecheck.extract.relations.carried_wholes import carried_wholes
from sitecheck.extract.relations.change_after import change_after
from sitecheck.extract.relations.change_ahead import change_ahead
from sitecheck.extract.relations.change_colon import change_colon
from sitecheck.extract.relations.change_lead import changed_shares, compared_brackets
from sitecheck.extract.relations.changes import changes
from sitecheck.extract.relations.coded_heads import coded_heads
from sitecheck.extract.relations.colon_amounts import colon_amounts
from sitecheck.extract.relations.colon_items import colon_items
from sitecheck.extract.relations.colon_parts import colon_parts, list_after_colon
from sitecheck.extract.relations.column_totals import column_totals
from sitecheck.extract.relations.connector_items import connector_items
from sitecheck.extract.relations.connectors import connectors
from sitecheck.extract.relations.counted_items import counted_items
from sitecheck.extract.relations.counted_once import counted_once
from sitecheck.extract.relations.counted_places import counted_places
from sitecheck.extract.relations.counted_totals import counted_groups, counted_total
from sitecheck.extract.relations.difference_back import difference_back
from sitecheck.extract.relations.difference_rates import difference_rates
from sitecheck.extract.relations.differences import differences
from sitecheck.extract.relations.dimension_lists import dimension_lists
from sitecheck.extract.relations.fatality import fatality
from sitecheck.extract.relations.flat_rows import flat_rows
from sitecheck.extract.relations.further_parts import further_parts
from sitecheck.extract.relations.glance_totals import glance_totals
from sitecheck.extract.relations.graded_shares import graded_shares
from sitecheck.extract.relations.group_brackets import group_brackets
from sitecheck.extract.relations.head_lists import breakdown_opening, head_lists
from sitecheck.extract.relations.key_lines import key_lines
from sitecheck.extract.relations.label_runs import label_runs
from sitecheck.extract.relations.labelled_totals import labelled_totals, total_after_sentence
from sitecheck.extract.relations.later_counts import later_counts
from sitecheck.extract.relations.legend_lines import legend_lines
from sitecheck.extract.relations.lettered_items import lettered_items
from sitecheck.extract.relations.line_shares import line_shares
from sitecheck.extract.relations.list_totals import list_totals, row_totals, stacked_totals
from sitecheck.extract.relations.majority import majority
from sitecheck.extract.relations.measure_parts import measure_parts
from sitecheck.extract.relations.measure_shares import measure_shares
from sitecheck.extract.relations.mode_split import mode_split
from sitecheck.extract.relations.model import (
    REFERS_BACK,
    Breakdown,
    BreakdownKind,
    Change,
    PartKind,
    PartOf,
    PercentOf,
    Relations,
    Shares,
)
from sitecheck.extract.relations.named_part_shares import named_part_shares
from sitecheck.extract.relations.national_parts import national_parts
from sitecheck.extract.relations.net_balances import net_balances
from sitecheck.extract.relations.noun_back import noun_back
from sitecheck.extract.relations.of_the_whole import of_the_whole
from sitecheck.extract.relations.ordinal_runs import ordinal_runs
from sitecheck.extract.relations.origin_shares import origin_shares
from sitecheck.extract.relations.paired_differences import paired_differences
from sitecheck.extract.relations.parentheses import parentheses
from sitecheck.extract.relations.part_or_share import bracket_of_base, part_or_share
from sitecheck.extract.relations.part_shares import (
    named_shares,
    opening_shares,
    part_shares,
    restated_out_of,
)
from sitecheck.extract.relations.partitions import of_these
from sitecheck.extract.relations.past_levels import past_levels
from sitecheck.extract.relations.period_differences import period_differences
from sitecheck.extract.relations.period_parts import period_parts
from sitecheck.extract.relations.pies import pies, source_rows
from sitecheck.extract.relations.place_runs import place_runs
from sitecheck.extract.relations.place_split import place_split
from sitecheck.extract.relations.point_changes import point_changes
from sitecheck.extract.relations.required_bases import required_bases
from sitecheck.extract.relations.row_lines import label_below, row_lines, unlabelled_totals
from sitecheck.extract.relations.run_rows import run_rows
from sitecheck.extract.relations.running_bases import running_bases
from sitecheck.extract.relations.running_changes import running_changes
from sitecheck.extract.relations.running_totals import increase_after, running_totals
from sitecheck.extract.relations.screened import screened
from sitecheck.extract.relations.sentence_totals import sentence_totals
from sitecheck.extract.relations.share_brackets import (
    noun_base_shares,
    share_brackets,
    target_shares,
)
from sitecheck.extract.relations.share_changes import share_changes
from sitecheck.extract.relations.share_of import share_of
from sitecheck.extract.relations.share_totals import share_totals
from sitecheck.extract.relations.shares import shares
from sitecheck.extract.relations.since_totals import since_total
from sitecheck.extract.relations.split_shares import two_sides
from sitecheck.extract.relations.split_verbs import split_verbs
from sitecheck.extract.relations.strip_groups import strip_groups
from sitecheck.extract.relations.strip_places import strip_places
from sitecheck.extract.relations.subject_changes import reached_changes, subject_changes
from sitecheck.extract.relations.summed_paragraphs import summed_paragraph
from sitecheck.extract.relations.these_shares import these_shares
from sitecheck.extract.relations.total_shares import share_then_total, total_shares
from sitecheck.extract.relations.trailing_totals import trailing_totals
from sitecheck.extract.relations.unit_parts import unit_parts
from sitecheck.extract.relations.with_parts import with_parts
from sitecheck.extract.relations.wording import figures, is_unique_total

__all__ = [
    "REFERS_BACK",
    "Breakdown",
    "BreakdownKind",
    "Change",
    "PartKind",
    "PartOf",
    "PercentOf",
    "Relations",
    "Shares",
    "find_relations",
    "is_unique_total",
]


def find_relations(
    doc: Document,
    sentences: Sequence[tuple[Sentence, list[Quantity]]],
    index: QuantityIndex,
) -> Relations:
    """Every relation of the document, sentence by sentence, then those read line by line."""
    rel = Relations()
    prev_figs: list[Quantity] = []
    prev: tuple[Span, list[Quantity]] | None = None
    before: tuple[Sentence, list[Quantity]] | None = None
    for sentence, nums in sentences:
        figs = figures(nums)
        if nums:  # every reading needs a number in the sentence (a roster's lines have none)
            _in_sentence(doc, sentence, nums, figs, index, rel, prev_figs, prev, before)
        prev_figs = figs
        prev = (sentence.span, figs)
        before = (sentence, nums)
    _in_lines(doc, index, rel)
    rel.breakdowns = carried_funds(doc, counted_once(doc, rel.breakdowns))
    return rel


def _in_sentence(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    figs: list[Quantity],
    index: QuantityIndex,
    rel: Relations,
    prev_figs: list[Quantity],
    prev: tuple[Span, list[Quantity]] | None,
    before: tuple[Sentence, list[Quantity]] | None,
) -> None:
    """The relations a sentence states, alone or with the sentence before. Readings of shares
    run only where the sentence has one: a roster's lines have none (in the order they ran)."""
    span = sentence.span
    pct = any(q.kind == "percent" for q in nums)
    back = before and (before[0].span, before[1])
    _parts(doc, span, nums, figs, rel, prev_figs, index, pct)
    if pct:
        shares(doc, span, nums, rel)
        two_sides(doc, span, nums, rel)
        graded_shares(doc, span, nums, rel, back)
        origin_shares(doc, span, nums, rel)
    colon_parts(doc, span, figs, rel)
    colon_amounts(doc, span, figs, rel)
    counted_items(doc, span, nums, rel)
    counted_places(doc, span, nums, rel)
    measure_parts(doc, span, nums, back, rel)
    if pct:
        measure_shares(doc, span, nums, rel)
        _shares_of(doc, span, nums, index, rel)
        share_totals(span, figs, prev_figs, rel)
        these_shares(doc, sentence, nums, before, rel)
        back_shares(doc, span, rel, index)
        later_counts(doc, span, nums, rel, index)
    _changes(doc, sentence, nums, rel, before)
    _totals(doc, sentence, nums, figs, index, rel, prev, back)
    if pct:
        total_shares(doc, span, nums, rel, index)
        share_then_total(doc, span, nums, rel, index)
        required_bases(doc, span, nums, rel, index)


def _parts(
    doc: Document,
    span: Span,
    nums: list[Quantity],
    figs: list[Quantity],
    rel: Relations,
    prev_figs: list[Quantity],
    index: QuantityIndex,
    pct: bool,
) -> None:
    """Parts and wholes the sentence names: brackets, connectors, "of these", changes in a run."""
    parentheses(doc, span, nums, rel, prev_figs)
    amount_labels(doc, span, nums, rel)
    bracket_rows(doc, span, nums, rel)
    unit_parts(doc, span, nums, rel)
    connectors(doc, span, nums, rel)
    if pct:
        part_shares(doc, span, nums, rel)
    of_these(doc, span, figs, prev_figs, rel, index)
    of_the_whole(doc, span, figs, rel)
    back_refs(doc, span, figs, prev_figs, rel)
    noun_back(doc, span, figs, prev_figs, rel)
    n_of_m(doc, figs, rel)
    running_totals(doc, span, nums, rel)
    running_changes(doc, span, nums, rel)
    increase_after(doc, span, nums, rel)
    with_parts(doc, span, figs, rel)
    screened(doc, span, figs, rel)
    sentence_totals(doc, span, figs, rel)
    trailing_totals(doc, span, figs, rel)


def _totals(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    figs: list[Quantity],
    index: QuantityIndex,
    rel: Relations,
    prev: tuple[Span, list[Quantity]] | None,
    back: tuple[Span, list[Quantity]] | None,
) -> None:
    """Totals the sentence states of figures before it, and wholes it splits by place, period
    or group."""
    span = sentence.span
    labelled_totals(doc, span, figs, rel)
    total_after_sentence(doc, span, figs, prev, rel)
    summed_paragraph(doc, span, figs, index, rel)
    counted_total(doc, span, nums, index, rel)
    split_verbs(doc, span, nums, rel)
    since_total(doc, span, index, rel)
    place_split(doc, span, nums, prev, rel)
    dimension_lists(doc, span, nums, prev, rel)
    national_parts(doc, span, nums, prev, rel)
    carried_wholes(doc, span, nums, prev, rel)
    period_parts(doc, span, nums, back, rel)
    counted_groups(doc, span, nums, prev, rel)
    breakdown_opening(doc, span, figs, prev, rel)
    majority(doc, span, figs, prev, rel)
    added_totals(doc, sentence, figs, index, rel)
    joined_stock(doc, figs, rel)
    running_bases(doc, span, rel, index)


def _shares_of(
    doc: Document, span: Span, nums: list[Quantity], index: QuantityIndex, rel: Relations
) -> None:
    """Shares of a base the sentence names: "of", brackets, targets, rates."""
    share_of(doc, span, nums, rel)
    part_or_share(doc, span, nums, rel)
    base_brackets(doc, span, nums, rel)
    group_brackets(doc, span, nums, rel)
    aside_shares(doc, span, nums, rel)
    share_brackets(doc, span, nums, rel)
    target_shares(doc, span, nums, rel)
    noun_base_shares(doc, span, nums, rel)
    named_shares(doc, span, nums, rel)
    restated_out_of(doc, span, nums, rel)
    opening_shares(doc, span, rel, index)
    fatality(doc, span, nums, rel, index)
    bullet_shares(doc, span, nums, rel, index)
    bullet_runs(doc, span, rel, index)
    bracket_of_base(doc, span, nums, rel)


def _changes(
    doc: Document,
    sentence: Sentence,
    nums: list[Quantity],
    rel: Relations,
    before: tuple[Sentence, list[Quantity]] | None,
) -> None:
    """Changes and differences, in the sentence or with the one before; a count then its parts
    by how people moved. Readings of a bracket after a change or a comparison as a part or a
    share are dropped first. The sentence before counts only within one paragraph."""
    span = sentence.span
    if before is not None and before[0].block is not sentence.block:
        before = None
    changed_shares(doc, span, rel)
    compared_brackets(doc, span, rel)
    changes(doc, sentence, nums, rel, before)
    point_changes(doc, sentence, nums, rel)
    share_changes(doc, sentence, nums, rel, before)
    differences(doc, sentence, nums, rel, before)
    bracket_differences(doc, sentence, nums, rel)
    difference_rates(doc, sentence, nums, rel)
    change_ahead(doc, sentence, nums, rel, before)
    change_after(doc, sentence, nums, rel, before)
    subject_changes(doc, sentence, nums, rel, before)
    reached_changes(doc, sentence, nums, rel, before)
    bracket_back(doc, sentence, nums, rel, before)
    difference_back(doc, sentence, nums, rel, before)
    period_differences(doc, sentence, nums, rel, before)
    paired_differences(doc, sentence, nums, rel)
    mode_split(doc, sentence, nums, rel, before)
    net_balances(doc, sentence, nums, rel, before)
    past_levels(doc, sentence, nums, rel, before)
    change_colon(doc, sentence, nums, rel)


def _in_lines(doc: Document, index: QuantityIndex, rel: Relations) -> None:
    """Totals after lists, rows of figures, key-figure lines and legends: read line by line."""
    rel.breakdowns.extend(list_totals(doc, index))
    rel.breakdowns.extend(column_totals(doc, index))
    rel.breakdowns.extend(stacked_totals(doc, index))
    rel.breakdowns.extend(caption_totals(doc, index))
    rel.breakdowns.extend(row_totals(doc, index))
    rel.breakdowns.extend(row_lines(doc, index))
    rel.breakdowns.extend(label_below(doc, index))
    rel.breakdowns.extend(unlabelled_totals(doc, index))
    rel.breakdowns.extend(coded_heads(doc, index))
    list_after_colon(doc, index, rel)
    colon_items(doc, index, rel)
    connector_items(doc, index, rel)
    lettered_items(doc, index, rel)
    head_lists(doc, index, rel)
    key_lines(doc, index, rel)
    label_runs(doc, index, rel)
    caption_runs(doc, index, rel)
    strip_places(doc, index, rel)
    strip_groups(doc, index, rel)
    pies(doc, index, rel)
    legend_lines(doc, index, rel)
    line_shares(doc, index, rel)
    source_rows(doc, index, rel)
    flat_rows(doc, index, rel)
    balances(doc, index, rel)
    run_rows(doc, index, rel)
    further_parts(doc, index, rel)
    place_runs(doc, index, rel)
    ordinal_runs(doc, index, rel)
    glance_totals(doc, index, rel)
    named_part_shares(doc, index, rel)  # after every list reader: the breakdowns it names
