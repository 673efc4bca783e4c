"""Reading and writing files safely: bounded reads of regular files only, atomic writes.

A read never trusts ``st_size`` (0 for devices, pipes and /proc files): anything that is not a
regular file is refused before it is opened, and at most limit + 1 bytes are read. A write goes
to a temporary file in the same folder, renamed over the target once complete, so that a full
disk or an interrupted run leaves the old file as it was and a reader never sees half a file.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from sitecheck.errors import InputError

# What a path is when it is not a regular file, as the messages say it.
_SPECIAL = (
    (stat.S_ISDIR, "is a folder"),
    (stat.S_ISFIFO, "is a named pipe"),
    (stat.S_ISCHR, "is a device"),
    (stat.S_ISBLK, "is a device"),
    (stat.S_ISSOCK, "is a socket"),
)
_PSEUDO = "is a system pseudo-file (its size is unknown)"
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
_CHUNK = 1 << 20


def special_kind(mode: int) -> str | None:
    """How to name a file mode that is not a regular file ("is a device"); None for a file."""
    if stat.S_ISREG(mode):
        return None
    for test, kind in _SPECIAL:
        if test(mode):
            return kind
    return "is not a regular file"


def real_path(path: str | os.PathLike[str]) -> Path:
    """The path with every link resolved, like ``Path.resolve()``, but a symlink loop is left as
    it is rather than raised (reading the file will say what is wrong with it)."""
    return Path(os.path.realpath(path))


def _cannot(name: str, exc: OSError, verb: str = "read") -> InputError:
    return InputError(f"{name}: cannot {verb}: {exc.strerror or exc}")


def read_limited(
    path: str | os.PathLike[str],
    limit: int,
    noun: str,
    too_large: Callable[[int | None], str],
    missing: str = "no such file",
) -> bytes:
    """A regular file's bytes, at most ``limit``; InputError naming the file otherwise.

    ``noun`` names what the file should have been ("is a device, not a report"); ``too_large``
    says why a file is refused for its size (the size, or None when only reading showed it).
    """
    name = str(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(f"{name}: {missing}") from None
    except OSError as exc:
        raise _cannot(name, exc) from None
    kind = special_kind(st.st_mode)
    if kind is not None:
        raise InputError(f"{name}: {kind}, not a {noun}")
    if st.st_size > limit:
        raise InputError(f"{name}: {too_large(st.st_size)}")
    try:
        # O_NONBLOCK: should the file have become a pipe since stat(), opening does not wait.
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _cannot(name, exc) from None
    try:
        kind = special_kind(os.fstat(fd).st_mode)
        if kind is not None:
            raise InputError(f"{name}: {kind}, not a {noun}")
        data = _read_at_most(fd, limit + 1)
    except OSError as exc:
        raise _cannot(name, exc) from None
    finally:
        os.close(fd)
    if st.st_size == 0 and data:  # /proc and the like say 0 and then produce bytes
        raise InputError(f"{name}: {_PSEUDO}, not a {noun}")
    if len(data) > limit:
        raise InputError(f"{name}: {too_large(None)}")
    return data


def read_stdin_limited(limit: int, name: str, too_large: Callable[[int | None], str]) -> bytes:
    """Standard input's bytes, at most ``limit``; InputError naming it otherwise."""
    import sys

    try:
        data = _read_at_most(sys.stdin.fileno(), limit + 1)
    except (OSError, ValueError, AttributeError) as exc:
        raise InputError(f"{name}: cannot read standard input ({exc})") from None
    if len(data) > limit:
        raise InputError(f"{name}: {too_large(None)}")
    return data


def _read_at_most(fd: int, count: int) -> bytes:
    parts: list[bytes] = []
    left = count
    while left > 0:
        chunk = os.read(fd, min(left, _CHUNK))
        if not chunk:
            break
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


def write_atomic(path: Path, data: bytes, noun: str) -> None:
    """Replace ``path`` with ``data`` in one step; InputError naming the file when it cannot be.

    A symbolic link or a special file at ``path`` is refused rather than written through or
    replaced. On any failure the old file is left as it was and the temporary file removed.
    """
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        mode = 0o666  # the umask applies, as for any new file
    except OSError as exc:
        raise _cannot(str(path), exc, f"write the {noun}") from None
    else:
        if stat.S_ISLNK(st.st_mode):
            raise InputError(f"{path}: is a symbolic link; sitecheck does not write through it")
        kind = special_kind(st.st_mode)
        if kind is not None:
            raise InputError(f"{path}: {kind}; the {noun} must be a regular file")
        mode = stat.S_IMODE(st.st_mode)
    try:
        tmp = _write_temporary(path.parent, data, mode)
    except OSError as exc:
        raise _cannot(str(path), exc, f"write the {noun}") from None
    try:
        os.replace(tmp, path)
    except BaseException as exc:
        _remove(tmp)
        if isinstance(exc, OSError):
            raise _cannot(str(path), exc, f"write the {noun}") from None
        raise


def _write_temporary(folder: Path, data: bytes, mode: int) -> Path:
    """A new hidden file in ``folder`` holding ``data``, flushed to disk."""
    while True:
        tmp = folder / f".sitecheck-{secrets.token_hex(6)}.tmp"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
            break
        except FileExistsError:
            continue
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        _remove(tmp)
        raise
    return tmp


def _remove(tmp: Path) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass
