"""The library entry point: check() runs document → facts → rules → findings."""

from __future__ import annotations

import functools
import gc
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sitecheck import suppressions
from sitecheck.checks import registry
from sitecheck.config import Config, config_for
from sitecheck.document import (
    Block,
    Document,
    Span,
    normalise_text,
    parse_document,
    read_report,
)
from sitecheck.errors import InputError
from sitecheck.facts import Facts, build_facts
from sitecheck.findings import Finding, Severity
from sitecheck.result import Result

if TYPE_CHECKING:
    from sitecheck.packs.loader import RulePack

REPORT_SUFFIXES = (".md", ".markdown", ".txt")


def _packs(items: Sequence[str | os.PathLike[str] | RulePack]) -> list[RulePack]:
    if not items:
        return []
    from sitecheck.packs.loader import RulePack as Loaded
    from sitecheck.packs.loader import load_pack

    out: list[RulePack] = []
    seen: set[str] = set()
    for item in items:
        loaded = [item] if isinstance(item, Loaded) else load_pack(Path(item))
        for pack in loaded:
            key = str(pack.path.resolve())
            if key not in seen:
                seen.add(key)
                out.append(pack)
    ids: dict[str, str] = {}
    for pack in out:
        for rule in pack.spec.rules:
            if rule.id in ids and ids[rule.id] != pack.id:
                raise InputError(
                    f"{pack.path}: rule '{rule.id}' is also defined by pack '{ids[rule.id]}'"
                )
            ids[rule.id] = pack.id
    return out


def _rule_ids(select: Iterable[str] | None, ignore: Iterable[str] | None) -> list[str]:
    ids = list(select) if select is not None else list(registry.BUILTIN_RULES)
    for rule in [*ids, *(ignore or [])]:
        if rule not in registry.BUILTIN_RULES:
            raise InputError(f"unknown rule '{rule}' (see 'sitecheck rules')")
    skip = set(ignore or [])
    return [r for r in ids if r not in skip]


F = TypeVar("F", bound=Callable[..., Any])


def _gc_paused(func: F) -> F:
    """A check allocates hundreds of thousands of small objects and makes no reference cycles
    worth collecting; Python's cyclic collector would rescan them all again and again (16% of
    the time on a 10 MB report). Reference counting still frees everything as usual."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return wrapper  # type: ignore[return-value]


@_gc_paused
def check_text(
    text: str,
    path: str | None = None,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    decimal_mark: str | None = None,
    config: Config | None = None,
    rules: Sequence[str | os.PathLike[str] | RulePack] | None = None,
    tables: dict[str, Any] | None = None,
) -> Result:
    """Check report text already in memory.

    ``select``/``ignore`` name rules to run or skip; ``decimal_mark`` is "." or "," (guessed
    when None); ``config`` adds a project configuration (rules, severities, decimal mark);
    ``rules`` adds rule packs (YAML paths or loaded packs); ``tables`` gives a pack's companion
    tables by name, as paths or pandas DataFrames, instead of looking for them beside the report.
    """
    config = config or Config()
    select = select if select is not None else config.select
    ignore = [*(ignore or []), *config.ignore]
    decimal_mark = decimal_mark or config.decimal_mark
    if decimal_mark not in (None, ".", ","):
        raise InputError(f"decimal mark must be '.' or ',', not '{decimal_mark}'")
    packs = _packs([*config.rules, *(rules or [])])
    pack_severity: dict[str, Severity] = {}
    rule_options: dict[str, dict[str, Any]] = {}
    for pack in packs:
        for rule_id, override in pack.spec.overrides.items():
            if not override.enabled:
                ignore.append(rule_id)
            if override.severity:
                pack_severity[rule_id] = Severity(override.severity)
            rule_options.setdefault(rule_id, {}).update(override.options)
    pack_rule_ids = [r.id for p in packs for r in p.spec.rules] + (
        list(registry.PACK_RULES) if packs else []
    )
    # Pack rules take part in select and ignore like built-in ones.
    wanted_pack_rules = set(pack_rule_ids) if select is None else set(select) & set(pack_rule_ids)
    wanted_pack_rules -= set(ignore)
    if select is not None:
        select = [r for r in select if r not in pack_rule_ids]
    ignore = [r for r in ignore if r not in pack_rule_ids]
    rule_ids = _rule_ids(select, ignore)
    doc = parse_document(normalise_text(text), path)
    findings: list[Finding] = []
    facts: Facts | None
    if not packs and len(doc.text) > PIECE_CHARS:
        facts = None  # checked piece by piece: see _check_in_pieces
        findings.extend(_check_in_pieces(doc, decimal_mark, rule_ids, rule_options))
    else:
        facts = build_facts(doc, decimal_mark)
        for rule_id in rule_ids:
            if rule_id in registry.CORE_RULES:
                findings.extend(registry.run_rule(rule_id, facts, rule_options.get(rule_id, {})))
    if packs:
        assert facts is not None
        from sitecheck.packs.runner import run_pack

        for pack in packs:
            findings.extend(f for f in run_pack(pack, facts, tables) if f.rule in wanted_pack_rules)
    for f in findings:
        _place(doc, f)  # suppressions work on lines
    known = [*registry.BUILTIN_RULES, *pack_rule_ids]
    findings = suppressions.apply(doc, findings, [*rule_ids, *wanted_pack_rules], known)
    unused = registry.UNUSED_SUPPRESSION.id
    if unused not in rule_ids:
        findings = [f for f in findings if f.rule != unused]
    for f in findings:
        if f.rule in pack_severity:
            f.severity = pack_severity[f.rule]
        if f.rule in config.severity:
            f.severity = config.severity[f.rule]
    findings.sort(key=lambda f: f.sort_key)
    for f in findings:
        _place(doc, f)
    return Result(path=path, document=doc, facts=facts, findings=findings, packs=packs)


# Reports larger than this are checked piece by piece, so that memory stays bounded: the rules
# marked whole_report (footnotes, the reporting period) run once on document-wide facts.
PIECE_CHARS = 1_000_000


def _pieces(doc: Document) -> list[list[Block]]:
    """Runs of blocks of about PIECE_CHARS, cut before a heading where one is near."""
    pieces: list[list[Block]] = []
    current: list[Block] = []
    size = 0
    for i, block in enumerate(doc.blocks):
        current.append(block)
        size += len(block.span) + 2
        nxt = doc.blocks[i + 1] if i + 1 < len(doc.blocks) else None
        if (
            nxt is not None
            and size >= PIECE_CHARS
            and (nxt.kind == "heading" or size >= PIECE_CHARS * 1.1)
        ):
            pieces.append(current)
            current, size = [], 0
    if current:
        pieces.append(current)
    return pieces


def _check_in_pieces(
    doc: Document,
    decimal_mark: str | None,
    rule_ids: list[str],
    rule_options: dict[str, dict[str, Any]],
) -> list[Finding]:
    from sitecheck.extract.footnotes import extract_footnotes
    from sitecheck.facts import document_wide

    wide = document_wide(doc, decimal_mark)
    findings: list[Finding] = []
    glued: list[Span] = []
    core = [r for r in rule_ids if r in registry.CORE_RULES]
    local = [r for r in core if not registry.RULES[r].whole_report]
    for blocks in _pieces(doc):
        piece = build_facts(doc.view(blocks), wide=wide)
        glued.extend(q.number_span for q in piece.numbers if q.tag == "footnote")
        for rule_id in local:
            findings.extend(registry.run_rule(rule_id, piece, rule_options.get(rule_id, {})))
        del piece
    whole = Facts(
        doc=doc,
        decimal_mark=wide.decimal_mark,
        numbers=[],
        dates=wide.dates,
        period=wide.period,
        footnotes=extract_footnotes(doc, glued),
        links=[],
    )
    for rule_id in core:
        if registry.RULES[rule_id].whole_report:
            findings.extend(registry.run_rule(rule_id, whole, rule_options.get(rule_id, {})))
    return findings


def _place(doc: Document, f: Finding) -> None:
    if f.external_path is not None:
        return  # positions in a table file are set by the table check
    start, end = doc.position(f.span.start), doc.end_position(f.span)
    f.path = doc.path
    f.line, f.column, f.end_line, f.end_column = start.line, start.column, end.line, end.column
    f.related_positions = []
    for r in f.related:
        a, b = doc.position(r.span.start), doc.end_position(r.span)
        f.related_positions.append((a.line, a.column, b.line, b.column, r.message))


def check_file(path: str | os.PathLike[str], **options: Any) -> Result:
    """Check one report file (UTF-8 Markdown or text).

    Without a ``config`` option, the nearest sitecheck.toml or [tool.sitecheck] applies.
    """
    if options.get("config") is None:
        options["config"] = config_for(Path(path))
    return check_text(read_report(Path(path)), str(path), **options)


def check(source: str | os.PathLike[str], **options: Any) -> Result:
    """Check a report given as a path or as its text.

    A ``Path``, or a one-line string naming an existing file, is read from disk; any other
    string is taken as the report's text.
    """
    if isinstance(source, os.PathLike):
        return check_file(source, **options)
    if "\n" not in source and len(source) < 4096 and Path(source).is_file():
        return check_file(source, **options)
    return check_text(source, None, **options)


def collect_paths(paths: Sequence[str]) -> list[Path]:
    """Expand files, folders (recursively, .md and .txt) and globs, in a stable order."""
    import glob

    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            inside = sorted(_walk(p))
            if not inside:
                raise InputError(f"{raw}: no reports (.md, .txt) in this folder")
            found.extend(inside)
        elif p.exists():
            found.append(p)
        elif any(c in raw for c in "*?["):
            matches = sorted(Path(m) for m in glob.glob(raw, recursive=True))
            files = [m for m in matches if m.is_file()]
            if not files:
                raise InputError(f"{raw}: no file matches this pattern")
            found.extend(files)
        else:
            raise InputError(f"{raw}: no such file or folder")
    unique: dict[str, Path] = {}
    for f in found:
        unique.setdefault(str(f), f)
    return list(unique.values())


def _walk(folder: Path) -> Iterable[Path]:
    # followlinks=False: a symlink loop cannot make the walk run forever.
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.lower().endswith(REPORT_SUFFIXES) and not name.startswith("."):
                yield Path(root) / name
