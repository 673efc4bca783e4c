"""Find a pack's named facts and lists in one report."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from sitecheck.document import Block, Span
from sitecheck.extract.lists import ItemList
from sitecheck.extract.quantities import Quantity, QuantityIndex
from sitecheck.facts import Facts
from sitecheck.lang import alternation, lexicon
from sitecheck.packs.loader import RulePack
from sitecheck.packs.model import FactSpec, ListSpec
from sitecheck.packs.regex import value_span

_MARKUP = re.compile(r"[#*_>|\s¹²³⁴⁵⁶⁷⁸⁹⁰†‡:]+")


@dataclass
class Located:
    facts: dict[str, list[Quantity]] = field(default_factory=dict)
    lists: dict[str, ItemList] = field(default_factory=dict)
    missing: dict[str, Span | None] = field(default_factory=dict)  # name → where it was sought


def _clean(text: str) -> str:
    return _MARKUP.sub(" ", text).strip().lower()


def section_span(facts: Facts, title: str | list[str]) -> Span | None:
    """From the block whose whole text is the section title (or one of them) to the next
    heading-like block."""
    want = {_clean(t) for t in ([title] if isinstance(title, str) else title)}
    blocks = [b for b in facts.doc.blocks if b.kind not in ("code", "html")]
    for i, block in enumerate(blocks):
        if _clean(block.text) not in want:
            continue
        level_heading = block.kind == "heading"
        end = len(facts.doc.text)
        for nxt in blocks[i + 1 :]:
            if (level_heading and nxt.kind == "heading") or (
                not level_heading
                and _looks_like_title(nxt, facts.doc.language)
                and nxt.kind != "list_item"
            ):
                end = nxt.span.start
                break
        return Span(block.span.end, end)
    return None


def _looks_like_title(block: Block, language: str) -> bool:
    """Section titles of plain-text reports (PDF exports) are short lines that are not sentences:
    the lexicon names the usual ones ("Funding", "Respuesta")."""
    return bool(_titles(language).fullmatch(_clean(block.text)))


@cache
def _titles(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(lexicon(language).section_titles)})", re.IGNORECASE)


def _kind_ok(q: Quantity, spec_kind: str) -> bool:
    return q.usable and (spec_kind == "any" or q.kind == spec_kind)


def locate(pack: RulePack, facts: Facts) -> Located:
    found = Located()
    index = QuantityIndex(facts.numbers)
    text = facts.doc.text
    for name, spec in pack.facts.items():
        region = _region(facts, spec)
        if region is None:
            found.missing[name] = None
            continue
        hits = _find_fact(pack, name, spec, facts, index, region)
        if hits:
            found.facts[name] = hits
        else:
            found.missing[name] = region if region.start > 0 else None
    for name, lspec in pack.lists.items():
        region = _region(facts, lspec)
        lst = None
        if region is not None:
            m = pack.labels[name].search(text, region.start, region.end)
            if m:
                after = [x for x in facts.lists if x.span.start >= m.end()]
                if after and after[0].span.start - m.end() <= 400:
                    lst = after[0]
        if lst is not None:
            found.lists[name] = lst
        else:
            found.missing[name] = region if region is not None and region.start > 0 else None
    return found


def _region(facts: Facts, spec: FactSpec | ListSpec) -> Span | None:
    if spec.section is None:
        return Span(0, len(facts.doc.text))
    return section_span(facts, spec.section)


def _find_fact(
    pack: RulePack, name: str, spec: FactSpec, facts: Facts, index: QuantityIndex, region: Span
) -> list[Quantity]:
    text = facts.doc.text
    if spec.label is None and spec.pattern is None:  # every figure of the section
        return [q for q in index.between(region.start, region.end) if _kind_ok(q, spec.kind)]
    if spec.pattern is not None:
        rx = pack.patterns[name]
        out = []
        for m in rx.finditer(text, region.start, region.end):
            start, value_end = value_span(m)
            hit = next(
                (q for q in index.between(start, m.end() + 40) if _kind_ok(q, spec.kind)), None
            )
            if hit is not None and hit.span.start <= value_end:
                out.append(hit)
                if not spec.all:
                    break
        return out
    assert spec.label is not None
    out = []
    for m in pack.labels[name].finditer(text, region.start, region.end):
        # The first figure of the right kind after the label, within the next 120 characters.
        hit = next(
            (
                q
                for q in index.between(m.end(), min(region.end, m.end() + 120))
                if _kind_ok(q, spec.kind)
            ),
            None,
        )
        if hit is not None:
            out.append(hit)
            if not spec.all:
                break
    return out
