"""sitecheck: lint humanitarian situation reports for figures that do not agree.

>>> import sitecheck
>>> result = sitecheck.check("The fair gathered 368 Venezuelans (156) and Peruvians (221).")
>>> [f.rule for f in result.findings]
['sum-mismatch']

Importing sitecheck loads neither pandas nor pandera; ``Result.to_frame()`` loads pandas. The
names below are imported on first use, so that importing the package (as the command line does
first) takes no time in which an interrupt could end in a traceback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitecheck.api import check, check_file, check_text
    from sitecheck.batch import Results, check_paths
    from sitecheck.errors import InputError, SitecheckError
    from sitecheck.findings import Finding, Related, Severity
    from sitecheck.result import Result

# Each public name and the module that defines it.
_EXPORTS = {
    "check": "sitecheck.api",
    "check_file": "sitecheck.api",
    "check_text": "sitecheck.api",
    "check_paths": "sitecheck.batch",
    "Results": "sitecheck.batch",
    "InputError": "sitecheck.errors",
    "SitecheckError": "sitecheck.errors",
    "Finding": "sitecheck.findings",
    "Related": "sitecheck.findings",
    "Severity": "sitecheck.findings",
    "Result": "sitecheck.result",
}

__all__ = [
    "Finding",
    "InputError",
    "Related",
    "Result",
    "Results",
    "Severity",
    "SitecheckError",
    "check",
    "check_file",
    "check_paths",
    "check_text",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> object:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'sitecheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
