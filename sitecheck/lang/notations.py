"""How each language writes a computed figure in a message: the grouping of thousands and the
space before a percent sign. The decimal mark is the report's own (guessed or given).

English 12,480.5 and 13.4%; Spanish 12.480,5 and 13,4 % (the RAE and the ISO/SI keep a space
before %); French 12 480,5 and 13,4 % (narrow no-break spaces); Portuguese 12.480,5 and 13,4%.
"""

from __future__ import annotations

NNBSP = "\u202f"  # narrow no-break space, as French typography groups thousands

# language: (thousands separator with a decimal point, with a decimal comma, before "%")
NOTATIONS: dict[str, tuple[str, str, str]] = {
    "en": (",", ".", ""),
    "es": (",", ".", " "),
    "fr": (NNBSP, NNBSP, NNBSP),
    "pt": (",", ".", ""),
}
