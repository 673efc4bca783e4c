"""Report bytes to text: UTF-8 with or without a byte-order mark, newlines normalised.

Anything else (UTF-16, other encodings, binary data, a folder, a file over the size limit) is
refused with a one-line InputError that says what to do, rather than guessed.
"""

from __future__ import annotations

from pathlib import Path

from sitecheck.errors import InputError
from sitecheck.files import read_limited

# Files larger than this are refused: a report is tens of kilobytes, an archive dump is not one,
# and refusing keeps memory bounded (checking costs about 25 bytes per byte of text).
MAX_BYTES = 16 * 1024 * 1024


def read_report(path: str | Path) -> str:
    """Read a report as text; raise InputError with a one-line reason when it cannot be."""
    return decode_report(read_bytes(path), str(path))


def read_bytes(path: str | Path) -> bytes:
    """A report file's bytes, refused with a one-line reason when it cannot or must not be read."""
    return read_limited(path, MAX_BYTES, "report", _too_large)


def read_stdin(name: str) -> bytes:
    """A report given on standard input, as bytes, within the size limit."""
    from sitecheck.files import read_stdin_limited

    return read_stdin_limited(MAX_BYTES, name, _too_large)


def _too_large(size: int | None) -> str:
    if size is None:
        return "larger than the 16 MB limit for one report"
    return f"{size / (1024 * 1024):.0f} MB is larger than the 16 MB limit for one report"


def decode_report(raw: bytes, name: str = "<input>") -> str:
    """Decode UTF-8 (with or without BOM); refuse binary data and other encodings clearly."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: UTF-16 text is not supported; save the report as UTF-8")
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: binary file, not a text report")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "save the report as UTF-8"
        ) from None
    return normalise_text(text)


def normalise_text(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")
