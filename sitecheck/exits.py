"""How a command ends: its exit code, and at most one line on standard error, never a traceback.

2 for an error the user can act on (and for a defect of sitecheck, which asks to be reported),
130 for an interrupt, 0 when the reader of standard output went away (``sitecheck check … |
head``), 2 with one line when standard output cannot be written (a full disk, ``>/dev/full``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from sitecheck.errors import SitecheckError, error_line


def outcome(command: Callable[[], int]) -> int:
    """Run a command and return its exit code, whatever happens to it."""
    try:
        code = command()
        sys.stdout.flush()  # so that a full disk is seen here, not at interpreter exit
        return code
    except SitecheckError as exc:
        return _error(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:
        if exc.filename is not None:  # a file operation that escaped its own message
            return _error(f"{exc.filename}: {exc.strerror}")
        # A write without a file name is a write to standard output.
        _silence_stdout()
        return _error(f"standard output: cannot write: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - a defect of sitecheck still ends in one line
        return _error(f"internal error ({type(exc).__name__}: {exc}); please report this")


def fill_closed_streams() -> None:
    """A standard stream closed by the caller (``sitecheck check … >&-``) is None in Python:
    give it /dev/null, so that the output goes nowhere as it would with ``>/dev/null``, and so
    that no file sitecheck opens later gets its descriptor."""
    for name in ("stdin", "stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "r+", encoding="utf-8"))  # noqa: SIM115


def _error(message: str) -> int:
    try:
        print(error_line(message), file=sys.stderr)
    except OSError:
        pass  # standard error is gone too: the exit code is all that is left
    return 2


def _silence_stdout() -> None:
    """Send what is still buffered for standard output nowhere, so that flushing it at exit
    cannot fail a second time (and print Python's own 'Exception ignored' message)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
