"""Last-line safety for review text on its way to the terminal.

The parsers already remove escape sequences and control characters (`reeltui.text.clean`), but
the TUI does not rely on it: `visible` turns any control character still present into its
visible Unicode "control picture" (ESC becomes ␛), one character for one, so offsets into the
text stay valid and nothing can reach the terminal as a command. Bidi overrides, embeddings,
isolates and marks become U+FFFD the same way, so a name cannot be drawn in a false order.
"""

from __future__ import annotations

__all__ = ["visible"]

_PICTURES: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
_PICTURES[0x7F] = "\u2421"
_PICTURES.update({code: "\ufffd" for code in range(0x80, 0xA0)})
_BIDI = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_PICTURES.update({code: "\ufffd" for code in _BIDI})


def visible(text: str) -> str:
    """The text with every C0/C1 control (newline included) and bidi control drawn as a symbol."""
    return text.translate(_PICTURES)
