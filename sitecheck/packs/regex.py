"""Regular expressions written by users: compiled only when they cannot backtrack for ever.

Python's ``re`` has no time limit, so a pattern such as ``(a+)+$`` could hang a check. Patterns
are parsed first and refused when a repetition contains another repetition or an alternation, the
shapes behind catastrophic backtracking.
"""

from __future__ import annotations

import re
import sys
from typing import Any

if sys.version_info >= (3, 11):
    import re._parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_parse

VALUE_GROUP = r"(?P<value>(?:[A-Z]{0,3}\$|€|£|S/)?\s?\d[\d.,’' ]*)"
MAX_LENGTH = 300


class UnsafePattern(ValueError):
    pass


def _repeats(items: Any, inside_repeat: bool) -> None:
    for op, av in items:
        name = str(op)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = av
            unbounded = high is sre_parse.MAXREPEAT or high > 1
            if unbounded and inside_repeat:
                raise UnsafePattern("nested repetition can take exponential time")
            _repeats(body, inside_repeat or unbounded)
        elif name == "BRANCH":
            if inside_repeat:
                raise UnsafePattern("alternation inside a repetition can take exponential time")
            for branch in av[1]:
                _repeats(branch, inside_repeat)
        elif name == "SUBPATTERN":
            _repeats(av[-1], inside_repeat)
        elif name in ("ASSERT", "ASSERT_NOT"):
            _repeats(av[1], inside_repeat)
        elif name == "GROUPREF_EXISTS":
            raise UnsafePattern("conditional groups are not allowed")
        elif name == "GROUPREF":
            raise UnsafePattern("back-references are not allowed")


def compile_user_pattern(pattern: str, with_value: bool = True) -> re.Pattern[str]:
    """Compile a pack's pattern; ``{value}`` marks where the figure stands."""
    if len(pattern) > MAX_LENGTH:
        raise UnsafePattern(f"pattern is longer than {MAX_LENGTH} characters")
    body = pattern.replace("{value}", "\x00") if with_value else pattern
    try:
        parsed = sre_parse.parse(body.replace("\x00", "0"))
    except re.error as exc:
        raise UnsafePattern(f"not a valid regular expression ({exc})") from None
    _repeats(parsed.data, False)
    full = body.replace("\x00", VALUE_GROUP)
    try:
        return re.compile(full, re.IGNORECASE)
    except re.error as exc:
        raise UnsafePattern(f"not a valid regular expression ({exc})") from None
