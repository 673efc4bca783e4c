"""sitecheck: lint humanitarian situation reports for figures that do not agree.

>>> import sitecheck
>>> result = sitecheck.check("The fair gathered 368 Venezuelans (156) and Peruvians (221).")
>>> [f.rule for f in result.findings]
['sum-mismatch']

Importing sitecheck loads neither pandas nor pandera; ``Result.to_frame()`` loads pandas.
"""

from sitecheck.api import check, check_file, check_text
from sitecheck.errors import InputError, SitecheckError
from sitecheck.findings import Finding, Related, Severity
from sitecheck.result import Result

__all__ = [
    "Finding",
    "InputError",
    "Related",
    "Result",
    "Severity",
    "SitecheckError",
    "check",
    "check_file",
    "check_text",
]
__version__ = "0.1.0"
