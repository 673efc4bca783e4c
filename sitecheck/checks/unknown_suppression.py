"""unknown-suppression: an inline ``<!-- sitecheck-… -->`` comment naming a rule that does not
exist (a typo, or a rule of a pack that this run does not load).

The comment is reported where it stands, as a warning, and the run goes on: the rules it names
correctly still apply, and every other finding of the report is still shown. The finding says
which known rule was probably meant.

FAIL:
    <!-- sitecheck-disable-next-line empty-links --> / Source: [FTS](#)

PASS:
    <!-- sitecheck-disable-next-line empty-link --> / Source: [FTS](#)
"""
