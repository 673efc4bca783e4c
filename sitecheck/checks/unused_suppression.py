"""unused-suppression: an inline ``<!-- sitecheck-… -->`` comment that suppresses nothing.

Suppressions are applied after all other rules have run (see sitecheck.suppressions); one that
hides no finding is stale and is reported so that it does not silence a future defect by accident.

FAIL:
    <!-- sitecheck-disable-next-line empty-link -->
    Source: [Financial Tracking System](https://fts.unocha.org)

PASS:
    <!-- sitecheck-disable-next-line empty-link -->
    Source: [Financial Tracking System](#)
"""

from __future__ import annotations

from sitecheck.checks import RuleInfo
from sitecheck.findings import Severity

RULE = RuleInfo("unused-suppression", Severity.INFO, "a suppression comment that hides nothing")
