"""unused-suppression: an inline ``<!-- sitecheck-… -->`` comment that suppresses nothing.

Suppressions are applied after all other rules have run (see sitecheck.suppressions); one that
hides no finding is stale and is reported so that it does not silence a future defect by accident.

FAIL:
    <!-- sitecheck-disable-next-line empty-link --> / Source: [FTS](https://fts.unocha.org)

PASS:
    <!-- sitecheck-disable-next-line empty-link --> / Source: [FTS](#)
"""
