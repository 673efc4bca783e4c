"""Regular expressions written by users (fact patterns, labels, table column patterns), run on RE2.

Python's ``re`` backtracks: ``(a+)+$``, ``(?:a?){40}a{40}``, ``a*a*a*…c`` or a label of thirty
words can take minutes on one line of a report, and no parse of the pattern catches every such
shape. RE2 never backtracks, so its time is linear in the text whatever the pattern; the features
it cannot offer for that reason (back-references, lookaround, atomic groups, possessive repeats,
conditionals) are refused when the pack is loaded. ``\\d``, ``\\w`` and ``\\s`` keep Python's
Unicode meaning. ``re2`` is imported only here, when a pack is loaded.
"""

from __future__ import annotations

import re
import sys
from functools import cache
from typing import Any

if sys.version_info >= (3, 11):
    import re._parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_parse

VALUE_GROUP = r"(?P<value>(?:[A-Z]{0,3}\$|€|£|S/)?\s?\d[\d.,’' ]*)"
MAX_LENGTH = 300
_ENGINE = "patterns run on RE2, which guarantees linear time and has no backtracking"
_REFUSED = {
    "ASSERT": "lookaround ((?=…), (?!…), (?<=…), (?<!…))",
    "ASSERT_NOT": "lookaround ((?=…), (?!…), (?<=…), (?<!…))",
    "GROUPREF": "a back-reference",
    "GROUPREF_EXISTS": "a conditional group",
    "ATOMIC_GROUP": "an atomic group (?>…)",
    "POSSESSIVE_REPEAT": "a possessive repeat (*+, ++, ?+)",
}
# Python's classes are Unicode-wide; RE2's are ASCII. Spelled out, a pattern means the same.
_SPACE = r"\s\v\x{1c}-\x{1f}\x{85}\p{Z}"
_IN_CLASS = {"d": r"\p{Nd}", "D": r"\P{Nd}", "w": r"\p{L}\p{N}_", "s": _SPACE}
_OUTSIDE = {
    **_IN_CLASS,
    "w": r"[\p{L}\p{N}_]",
    "W": r"[^\p{L}\p{N}_]",
    "s": f"[{_SPACE}]",
    "S": f"[^{_SPACE}]",
    "Z": r"\z",  # the end of the text: Python spells it \Z, RE2 \z
}


class UnsafePattern(ValueError):
    pass


def _refuse_features(items: Any) -> None:
    """Refuse what RE2 lacks, naming the feature (RE2's own message is terse)."""
    for op, av in items:
        name = str(op)
        if name in _REFUSED:
            raise UnsafePattern(f"{_REFUSED[name]} is not supported: {_ENGINE}")
        if name in ("MAX_REPEAT", "MIN_REPEAT"):
            _refuse_features(av[2])
        elif name == "BRANCH":
            for branch in av[1]:
                _refuse_features(branch)
        elif name == "SUBPATTERN":
            _refuse_features(av[-1])


def unicode_classes(pattern: str) -> str:
    """``\\d``, ``\\w``, ``\\s`` (and their negations) as Python reads them, written for RE2."""
    out: list[str] = []
    i, in_class, class_start = 0, False, -1
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            esc = pattern[i + 1]
            out.append((_IN_CLASS if in_class else _OUTSIDE).get(esc, pattern[i : i + 2]))
            i += 2
            continue
        if in_class and c == "]" and i > class_start:
            in_class = False
        elif not in_class and c == "[":
            in_class = True
            # A ']' right after '[' or '[^' is a literal, not the end of the class.
            class_start = i + 2 if pattern[i + 1 : i + 2] == "^" else i + 1
        out.append(c)
        i += 1
    return "".join(out)


def compile_re2(pattern: str, ignore_case: bool = True) -> Any:
    """Compile for RE2, quietly (RE2 logs failures to stderr unless told not to)."""
    import re2

    options = re2.Options()
    options.log_errors = False
    options.case_sensitive = not ignore_case
    try:
        return re2.compile(unicode_classes(pattern), options)
    except re2.error as exc:
        detail = exc.args[0] if exc.args else exc
        if isinstance(detail, bytes):
            detail = detail.decode("utf-8", "replace")
        raise UnsafePattern(f"not a valid regular expression ({detail})") from None


def compile_user_pattern(pattern: str, with_value: bool = True, ignore_case: bool = True) -> Any:
    """Compile a pack's pattern; ``{value}`` marks where the figure stands."""
    if len(pattern) > MAX_LENGTH:
        raise UnsafePattern(f"pattern is longer than {MAX_LENGTH} characters")
    body = pattern.replace("{value}", "\x00") if with_value else pattern
    try:
        parsed = sre_parse.parse(body.replace("\x00", "0"))
    except (re.error, RecursionError, OverflowError) as exc:
        raise UnsafePattern(f"not a valid regular expression ({exc})") from None
    _refuse_features(parsed.data)
    return compile_re2(body.replace("\x00", VALUE_GROUP), ignore_case)


def value_span(m: Any) -> tuple[int, int]:
    """Where the ``{value}`` group matched (RE2's matches take group numbers, not names)."""
    index = m.re.groupindex["value"]
    return m.start(index), m.end(index)


def label_pattern(label: str | list[str]) -> Any:
    """A fact's or list's label (or any of several): its words in order, with spaces and emphasis
    marks between."""
    return _labels((label,) if isinstance(label, str) else tuple(label))


@cache
def _labels(labels: tuple[str, ...]) -> Any:
    import re2

    each = [r"[\s*_#]*".join(re2.escape(w) for w in one.split()) for one in labels]
    return compile_re2("|".join(f"(?:{e})" for e in each))
