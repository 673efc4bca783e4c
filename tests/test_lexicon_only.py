"""No word of a natural language outside sitecheck/lang: the code matches word classes only.

Every string the code matches a report against (regular expressions, comparisons, prefix and
suffix tests, word sets) is read here; after regex syntax is taken out, each run of letters must
be a token of our own (a block kind, a tag, a format) rather than a word a report would contain.
A word found here belongs in a lexicon (sitecheck/lang/*.py).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "sitecheck"
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "lang" not in p.relative_to(PACKAGE).parts)

# Tokens of sitecheck's own vocabulary: kinds, tags, roles, formats, syntax. Not report words.
OWN_TOKENS = frozenset(
    """
    heading paragraph list_item table_row code html count money percent plain
    date phone footnote identifier year debris time ordinal age duration measure outline
    required funded gap parenthesis labels connector relative inclusive of-these of-the in-total
    out-of running difference pipe bullet inline note error warning info never text json sarif github auto concise
    md markdown txt csv xlsx xlsm tsv http https mailto www sitecheck disable enable next line
    file rules select ignore severity where sum len min max any all str int float bool
    MAX_REPEAT MIN_REPEAT POSSESSIVE_REPEAT ASSERT ASSERT_NOT BRANCH SUBPATTERN GROUPREF
    GROUPREF_EXISTS none tool toml true lower upper below about number main check value stem
    related unused-suppression disable-next-line disable-file disable-line fact-not-found
    table-schema roster-not-in-table table-not-in-roster exclude decimal-mark fail-on pyproject
    tag extra_forbidden missing unique assert abs core language up down pack meta
    bullet_list_open ordered_list_open bullet_list_close ordered_list_close list_item_open
    tr_open tr_close heading_open paragraph_open code_block fence html_block
    header part total subtotal group average subitem section label figures other
    thead_open thead_close table_close table words empty change once selection
    node_modules statistics percent-mismatch message-language format
    td_open td_close th_open th_close xml
    """.split()
)
_REGEX_CALLS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "split"}
_STR_METHODS = {"startswith", "endswith", "find", "rfind", "index", "count", "split", "replace"}
_SYNTAX = re.compile(
    r"\(\?P<\w+>|\(\?P=\w+\)|\(\?[aiLmsux-]+[:)]|\\N\{[^}]*\}|\\u[0-9a-fA-F]{4}"
    r"|\\[A-Za-z]|\[(?:\\.|[^\]\\])*\]|\{\d*,?\d*\}"
)
_LETTERS = re.compile(r"[^\W\d_][\w-]*[^\W\d_]|[^\W\d_]{2,}")


def _strings(node: ast.AST) -> list[str]:
    """String constants inside an expression (concatenations and f-string parts included)."""
    return [
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


def _matched_strings(tree: ast.AST) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            owner = node.func.value
            is_re = isinstance(owner, ast.Name) and owner.id == "re" and name in _REGEX_CALLS
            if is_re and node.args:
                out += [(node.lineno, s) for s in _strings(node.args[0])]
            elif name in _STR_METHODS and not is_re:
                out += [(node.lineno, s) for a in node.args for s in _strings(a)]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in ("frozenset", "set") and node.args:
                out += [(node.lineno, s) for s in _strings(node.args[0])]
        elif isinstance(node, ast.Compare):
            for side in (node.left, *node.comparators):
                if isinstance(side, (ast.Constant, ast.Tuple, ast.List, ast.Set)):
                    out += [(node.lineno, s) for s in _strings(side)]
        elif isinstance(node, ast.Set):
            out += [(node.lineno, s) for s in _strings(node)]
    return out


def words_outside_lexicons(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for line, value in _matched_strings(tree):
        bare = _SYNTAX.sub(" ", value)
        for word in _LETTERS.findall(bare):
            if word not in OWN_TOKENS and word.lower() not in OWN_TOKENS:
                found.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {word!r}")
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_matches_no_natural_language_word(path: Path) -> None:
    assert words_outside_lexicons(path) == []


def test_the_check_finds_a_word_in_a_pattern(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        'import re\nX = re.compile(r"(?P<c>of whom|\\d+)")\nY = w in ("including", "list_item")\n'
    )
    found = [f.rsplit(": ", 1)[1] for f in words_outside_lexicons_at(module)]
    assert found == ["'of'", "'whom'", "'including'"]


def words_outside_lexicons_at(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{line}: {word!r}"
        for line, value in _matched_strings(tree)
        for word in _LETTERS.findall(_SYNTAX.sub(" ", value))
        if word not in OWN_TOKENS and word.lower() not in OWN_TOKENS
    ]
