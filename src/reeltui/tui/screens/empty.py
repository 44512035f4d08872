"""The screen for a data folder without reviews: where reeltui looked, why nothing loaded, and
how to look again or elsewhere."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Center, Vertical
from textual.screen import Screen
from textual.widgets import Static

from reeltui.text import display_path
from reeltui.tui.base import reel_app
from reeltui.tui.key_bar import KeyBar
from reeltui.tui.keys import Scope, UserKeys, bindings
from reeltui.tui.safe import visible
from reeltui.words import counted

__all__ = ["EmptyScreen"]


def explanation(
    folder: Path,
    exists: bool,
    unreadable: int,
    failure: str | None = None,
    keys: UserKeys | None = None,
) -> Text:
    """The screen's words: what was found where (or why loading failed), then the ways to look
    again or to choose another folder (with the user's `keys`)."""
    keys = keys or UserKeys()
    text = Text()
    where = f"    {display_path(folder)}\n\n"
    if failure is not None:
        text.append("Loading failed\n\n", style="bold")
        text.append("reeltui could not read the reviews in\n\n")
        text.append(where, style="bold")
        text.append(f"because {visible(failure)}.\n\n")
        text.append(f"Press {keys.label('empty.reload')} to look again.\n")
    else:
        text.append("No reviews to read\n\n", style="bold")
        text.append("reeltui looked in\n\n")
        text.append(where, style="bold")
        if not exists:
            text.append("but that folder does not exist.\n")
        elif unreadable:
            text.append(f"and found {counted(unreadable, 'file')} it could not read as reviews")
            text.append(f" (press {keys.label('empty.problems')} to see why).\n")
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

    def __init__(
        self, folder: Path, exists: bool, unreadable: int, failure: str | None = None
    ) -> None:
        super().__init__()
        self.folder = folder
        self._exists = exists
        self._unreadable = unreadable
        #: Why loading failed (the end of a sentence), or None when it ran and found nothing.
        self.failure = failure

    def compose(self) -> ComposeResult:
        """The explanation, centred."""
        with Center(), Vertical(id="empty-box") as box:
            box.border_title = "reeltui"
            yield Static(
                explanation(
                    self.folder,
                    self._exists,
                    self._unreadable,
                    self.failure,
                    reel_app(self.app).user_keys,
                ),
                id="empty-text",
            )
        yield KeyBar()
