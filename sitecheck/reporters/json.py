"""The JSON output, version 1; its shape is defined with Result, in sitecheck.result."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from sitecheck.escape import json_safe
from sitecheck.result import json_document

if TYPE_CHECKING:
    from sitecheck.result import Result


def render(results: Sequence[Result]) -> str:
    return json_safe(json.dumps(json_document(results), ensure_ascii=False, indent=2))


def write(results: Sequence[Result], stream: TextIO) -> None:
    stream.write(render(results) + "\n")
