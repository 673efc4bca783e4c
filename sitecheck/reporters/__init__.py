"""Reporters turn results into output: ``text`` (annotated) and ``concise`` (a line a finding)
for people; ``json``, ``sarif`` and ``github`` for programs; ``statistics`` (``--statistics``)
counts findings per rule. Each module here has ``write(results, stream)``; ``REPORTERS`` maps a
``--format`` name to its module, which is imported only when used."""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from sitecheck.errors import SitecheckError

if TYPE_CHECKING:
    from sitecheck.result import Result

REPORTERS: dict[str, str] = {
    "text": "text",
    "concise": "concise",
    "json": "json",
    "sarif": "sarif",
    "github": "github",
    "html": "html",  # an annotated page (sitecheck.reporters.html), meant for --output
}
# The values of --format: a reporter, or "auto" (github inside GitHub Actions, text elsewhere).
FORMATS: tuple[str, ...] = (*REPORTERS, "auto")


def resolve(name: str) -> str:
    """The reporter a --format value stands for."""
    if name == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    if name == "statistics":
        return name
    if name not in REPORTERS:
        raise SitecheckError(f"unknown format '{name}' (one of {', '.join(FORMATS)})")
    return name


def write(name: str, results: Sequence[Result], stream: TextIO) -> None:
    """Write the results in the named format."""
    module = importlib.import_module(f"sitecheck.reporters.{resolve(name)}")
    module.write(results, stream)
