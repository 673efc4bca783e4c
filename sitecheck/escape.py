"""Text made safe to print: control characters and undecodable bytes are shown, never sent raw.

A report or a file name can hold terminal escape sequences (ESC, BEL, C1 controls) that would
rewrite the user's terminal or hide lines, and a newline in a file name would split a one-line
message. A file name that is not UTF-8 reaches Python as lone surrogates (surrogateescape) that
no UTF-8 stream can carry. Text output shows each as an escape (``\\x1b``, ``\\n``, ``\\xff``
for the undecodable byte 0xff); JSON output writes them as JSON escapes (``\\u001b``,
``\\udcff``), which a JSON reader turns back into the same string, so
``os.fsencode(json.loads(...))`` gives back the original bytes of a file name.
"""

from __future__ import annotations

import re

# Every C0 control but tab, DEL, every C1 control, and lone surrogates.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")
# What json.dumps(ensure_ascii=False) leaves raw: it escapes C0 controls itself.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r"}
_SURROGATE_BYTES = range(0xDC80, 0xDD00)  # surrogateescape: the byte 0xNN is U+DCNN


def _shown(char: str) -> str:
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if code in _SURROGATE_BYTES:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """The text with every control character but tab, and every undecodable byte, escaped."""
    return _UNSAFE.sub(lambda m: _shown(m.group()), text)


def escape_columns(text: str) -> tuple[str, list[int]]:
    """The escaped text, and where each character of ``text`` (and its end) starts in it."""
    if not _UNSAFE.search(text):
        return text, list(range(len(text) + 1))
    out: list[str] = []
    starts: list[int] = []
    width = 0
    for char in text:
        starts.append(width)
        shown = _shown(char) if _UNSAFE.fullmatch(char) else char
        out.append(shown)
        width += len(shown)
    starts.append(width)
    return "".join(out), starts


def json_safe(text: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) that is valid UTF-8 and inert on
    a terminal: DEL, C1 controls and lone surrogates become ``\\uXXXX`` escapes."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
