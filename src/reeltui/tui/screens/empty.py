"""The screen for a data folder without reviews: where reeltui looked, how to look elsewhere."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Static

from reeltui.text import display_path
from reeltui.tui.keys import Scope, bindings
from reeltui.tui.widgets.key_bar import KeyBar

__all__ = ["EmptyScreen"]


def explanation(folder: Path, exists: bool, unreadable: int) -> Text:
    """The screen's words: what was found where, then the two ways to choose another folder."""
    text = Text()
    text.append("No reviews to read\n\n", style="bold")
    text.append("reeltui looked in\n\n")
    text.append(f"    {display_path(folder)}\n\n", style="bold")
    if not exists:
        text.append("but that folder does not exist.\n")
    elif unreadable:
        noun = "file" if unreadable == 1 else "files"
        text.append(f"and found {unreadable} {noun} it could not read as reviews")
        text.append(" (press ! to see why).\n")
    else:
        text.append("and found no review files in it (.txt, .md or .html).\n")
    text.append("\nTo read reviews from another folder, start reeltui with\n\n")
    text.append("    reeltui --data ~/path/to/reviews\n\n", style="bold")
    text.append("or set it once for your shell:\n\n")
    text.append("    export REELTUI_DATA=~/path/to/reviews", style="bold")
    return text


class EmptyScreen(Screen[None]):
    """Shown instead of the three panes when the data folder gives no reviews."""

    BINDINGS = bindings(Scope.EMPTY)

    def __init__(self, folder: Path, exists: bool, unreadable: int) -> None:
        super().__init__()
        self.folder = folder
        self._exists = exists
        self._unreadable = unreadable

    def compose(self) -> ComposeResult:
        """The explanation, centred."""
        with Center(), Vertical(id="empty-box") as box:
            box.border_title = "reeltui"
            yield Static(explanation(self.folder, self._exists, self._unreadable), id="empty-text")
        yield KeyBar()
