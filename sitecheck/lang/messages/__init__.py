"""Message catalogues: what sitecheck says, in the report's language.

One module per language (``en.py``, ``es.py``, ``fr.py``, ``pt.py``) holds ``MESSAGES``, a
template per key (``str.format`` fields: the figures, names and places a rule fills in),
``MONTHS`` and the shapes of a date; the rules and reporters name keys only. A run speaks one
language (``speak``): the one chosen with ``--message-language`` or the ``message-language``
config key, or, with ``auto`` (the default), the report's own language. Rule ids, severities
and the field names of the JSON and SARIF outputs stay in English; the text of a message, of its
help line and of its labels follows the choice.

Only the catalogue a run speaks is imported, on its first message: a clean report in English
loads one small module, never the others.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from types import ModuleType

from sitecheck.lang import DEFAULT, LANGUAGES

AUTO = "auto"  # the report's language
CHOICES: tuple[str, ...] = (AUTO, *LANGUAGES)

_CURRENT: ContextVar[str] = ContextVar("message_language", default=DEFAULT)


@cache
def _catalogue(code: str) -> ModuleType:
    return importlib.import_module(f"sitecheck.lang.messages.{code}")


def catalogue(code: str) -> Mapping[str, str]:
    """The templates of one language."""
    found: Mapping[str, str] = _catalogue(code).MESSAGES
    return found


def current() -> str:
    """The language messages are written in now (English outside a run)."""
    return _CURRENT.get()


def chosen(choice: str | None, report_language: str | None) -> str:
    """The language of the messages about a report: ``choice`` unless it is ``auto`` (or
    unset), then the report's own language, English when it could not be told."""
    if choice and choice != AUTO:
        return choice
    return report_language if report_language in LANGUAGES else DEFAULT


@contextmanager
def speak(code: str) -> Iterator[None]:
    """Write messages in ``code`` while the block runs."""
    token = _CURRENT.set(code if code in LANGUAGES else DEFAULT)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def say(key: str, /, **fields: object) -> str:
    """The message ``key`` in the current language, its fields filled in."""
    return catalogue(current())[key].format(**fields)


def say_count(key: str, n: int, /, **fields: object) -> str:
    """``key.one`` or ``key.other`` by the language's plural rule ("0 erreur" in French)."""
    singular: tuple[int, ...] = getattr(_catalogue(current()), "SINGULAR", (1,))
    return say(f"{key}.{'one' if n in singular else 'other'}", n=n, **fields)


Date = tuple[int | None, int, int]  # (year, month, day)


def say_date(date: Date, year: bool = True) -> str:
    """A day as the language writes it: "31 March 2024", "31 de marzo de 2024", "1er mars"."""
    y, m, d = date
    module = _catalogue(current())
    day = module.FIRST_DAY if d == 1 and getattr(module, "FIRST_DAY", None) else str(d)
    month = module.MONTHS[m - 1]
    key = "date.full" if year and y is not None else "date.day_month"
    return say(key, day=day, month=month, year=y)


def say_period(start: Date, end: Date) -> str:
    """A period as a report writes it: "1 to 31 March 2024", "1 al 31 de marzo de 2024"; the
    month and year are said once when both ends share them."""
    same_year = start[0] in (None, end[0])
    if same_year and start[1] == end[1]:
        first = say_date(start, year=False).split()[0]  # the day alone: "1", "1er"
    else:
        first = say_date(start, year=not same_year)
    return say("date.period", start=first, end=say_date(end))
