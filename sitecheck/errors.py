"""Errors a user can act on: each carries a one-line message and never becomes a traceback."""


class SitecheckError(Exception):
    """Base class; the CLI prints the message and exits with code 2."""


class InputError(SitecheckError):
    """A report, folder or option that cannot be used as given."""


def error_line(message: str) -> str:
    """The one line an error is shown as, with control characters and newlines escaped."""
    from sitecheck.escape import escape_controls

    return f"sitecheck: error: {escape_controls(message)}"
