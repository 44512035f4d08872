"""Last-line safety for review text on its way to the terminal.

The parsers already remove escape sequences and control characters (`reeltui.text.clean`), but
the TUI does not rely on it: `visible` turns any control character still present into its
visible Unicode "control picture" (ESC becomes ␛), one character for one, so offsets into the
text stay valid and nothing can reach the terminal as a command. The invisible characters that
`clean` drops (`reeltui.text.INVISIBLE`: bidi controls, zero-width characters, the soft hyphen,
tag characters…) become U+FFFD the same way, so nothing can be drawn in a false order or hide.
"""

from __future__ import annotations

from reeltui.text import INVISIBLE

__all__ = ["visible"]

_PICTURES: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
_PICTURES[0x7F] = "\u2421"
_PICTURES.update({code: "\ufffd" for code in range(0x80, 0xA0)})


def visible(text: str) -> str:
    """The text with every C0/C1 control (newline included) and invisible character drawn as a
    symbol, one character for one."""
    text = text.translate(_PICTURES)
    return INVISIBLE.sub("\ufffd", text) if INVISIBLE.search(text) else text
