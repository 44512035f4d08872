"""Turning a Rich `Text` line into segments for a Line API strip."""

from __future__ import annotations

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text


def text_segments(text: Text, console: Console) -> list[Segment]:
    """The segments of one line of text, its own style laid under every span.

    `Text.render` leaves the text's base style out when the text has no spans (the console
    normally adds it), so the base style is applied here for both cases.
    """
    base = console.get_style(text.style) if text.style else Style.null()
    return list(Segment.apply_style(text.render(console, end=""), style=base))
