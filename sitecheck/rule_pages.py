"""One Markdown page per rule in docs/rules/, generated from the rule's docstring, and the address
of each page (SARIF ``helpUri``, ``sitecheck explain``).

Write the pages again after changing a rule's docs: ``python -m sitecheck.rule_pages``
(tests/test_rule_pages.py fails while a committed page differs from what this writes).
"""

from __future__ import annotations

import sys
from pathlib import Path

# Where the project is hosted: the README's pre-commit snippet names the same repository.
REPOSITORY = "https://github.com/your-org/sitecheck"
PAGES = "docs/rules"


def page_path(rule_id: str) -> str:
    """The page of a rule, relative to the repository."""
    return f"{PAGES}/{rule_id}.md"


def page_url(rule_id: str) -> str:
    """The page of a rule as this version publishes it (the release tag's copy)."""
    from sitecheck import __version__

    return f"{REPOSITORY}/blob/v{__version__}/{page_path(rule_id)}"


def _body(doc: str) -> list[str]:
    """A docstring as Markdown: prose paragraphs as they are, FAIL and PASS blocks as text."""
    out: list[str] = []
    heading = {"FAIL:": "## Reported", "PASS:": "## Not reported"}
    in_block = False

    def close() -> None:
        while out and not out[-1]:
            out.pop()
        out.extend(["```", ""])

    for line in doc.splitlines():
        if line in heading:
            if in_block:
                close()
            out += [heading[line], "", "```text"]
            in_block = True
        elif in_block and line and not line.startswith("    "):
            close()
            out.append(line)
            in_block = False
        else:
            out.append(line[4:] if in_block else line)
    if in_block:
        close()
    if any(line in heading for line in doc.splitlines()):
        out.append(_EXAMPLES)
    return out


_EXAMPLES = (
    "The examples are run by the tests: one a line, where ` / ` stands for a line break and "
    "` … ` for a new paragraph."
)


def render(rule_id: str) -> str:
    """The page of one rule."""
    from sitecheck.checks import registry

    info = registry.RULES[rule_id]
    doc = registry.explain(rule_id)
    prefix = f"{rule_id}: "
    doc = doc[len(prefix) :] if doc.startswith(prefix) else doc
    lines = [f"# {rule_id}", "", f"Default severity: {info.severity.value}.", ""]
    options = registry.options(rule_id)
    if options:
        lines += ["Options (a pack's `overrides`):", ""]
        lines += [f"- `{name}`: `{value!r}`" for name, value in options.items()]
        lines.append("")
    lines += _body(doc[:1].upper() + doc[1:])
    if info.kind == "pack":
        lines += ["", "Made by rule packs (`--rules PACK`): see [rule packs](../rule-packs.md)."]
    source = f"sitecheck/checks/{info.module}.py" if info.module else "sitecheck/checks/registry.py"
    lines += ["", f"<!-- Generated from {source} by `python -m sitecheck.rule_pages`. -->", ""]
    return "\n".join(lines)


def pages() -> dict[str, str]:
    """Every page, by its path relative to the repository."""
    from sitecheck.checks import registry

    return {page_path(rule_id): render(rule_id) for rule_id in registry.RULES}


def write(root: Path) -> list[Path]:
    """Write every page under ``root`` (the repository), removing pages of rules that are gone."""
    folder = root / PAGES
    folder.mkdir(parents=True, exist_ok=True)
    wanted = pages()
    for old in folder.glob("*.md"):
        if f"{PAGES}/{old.name}" not in wanted:
            old.unlink()
    written = []
    for rel, text in wanted.items():
        path = root / rel
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    print(f"wrote {len(write(root))} pages in {root / PAGES}")
