"""Built-in rules: one module per rule, imported only when it runs.

Each module has a docstring (what it checks, with FAIL and PASS examples, shown by
``sitecheck explain``) and ``check(facts)``, which yields what it found (``Found``); some have
``OPTIONS``. Its id, default severity and summary are registered once, in
``sitecheck.checks.registry``, with every other id sitecheck can report. A rule module imports
no other rule module: what rules share lives outside (``formatting`` here, ``sitecheck.names``).

The examples run as tests: under ``FAIL:`` and ``PASS:`` each indented line is one report, in
which " / " stands for a line break and " … " for a paragraph break. Every FAIL example must give
at least one finding of the rule, every PASS example none.
"""
