"""The header's word on the bookmarks when something is wrong: read-only, or changes unsaved.

Hidden while every bookmark is saved. It reads the app's bookmarks when mounted and again
whenever the app's `bookmarks_changed_signal` fires. A click asks the app to repair (move a
broken file aside, or try saving again).
"""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from reeltui.tui.base import reel_app
from reeltui.tui.bookmarks.state import Bookmarks

__all__ = ["BookmarkBadge"]


class BookmarkBadge(Static):
    """A short warning in the header, shown while `text` is not None."""

    DEFAULT_CSS = """
    BookmarkBadge {
        display: none;
        width: auto;
        padding-left: 2;
        color: $text-warning;
    }
    BookmarkBadge.-shown {
        display: block;
    }
    BookmarkBadge.-error {
        color: $text-error;
        text-style: bold;
    }
    """

    text: reactive[str | None] = reactive(None, init=False)
    """What the badge says, or None when hidden."""

    error: reactive[bool] = reactive(False, init=False)
    """Whether it is drawn as an error."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Content(""), id=id)

    def on_mount(self) -> None:
        """Show the bookmarks' state now, and whenever it changes."""
        app = reel_app(self.app)
        app.bookmarks_changed_signal.subscribe(self, self._bookmarks_changed)
        self._bookmarks_changed(app.bookmarks)

    def _bookmarks_changed(self, bookmarks: Bookmarks) -> None:
        """Take the state of the bookmarks (read-only, unsaved changes)."""
        self.text, self.error = bookmarks.badge()

    def watch_text(self, text: str | None) -> None:
        """Say `text` (None hides the badge)."""
        self.update(Content(f"⚠ {text}" if text else ""))
        self.set_class(text is not None, "-shown")
        self.tooltip = "Click to repair the bookmarks" if text else None

    def watch_error(self, error: bool) -> None:
        """Draw the badge as an error, or as a warning."""
        self.set_class(error, "-error")

    async def on_click(self) -> None:
        """Ask the app to repair the bookmarks."""
        await self.app.run_action("app.repair_bookmarks")
