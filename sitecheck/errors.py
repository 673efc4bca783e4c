"""Errors a user can act on: each carries a one-line message and never becomes a traceback."""


class SitecheckError(Exception):
    """Base class; the CLI prints the message and exits with code 2."""


class InputError(SitecheckError):
    """A report, folder or option that cannot be used as given."""
