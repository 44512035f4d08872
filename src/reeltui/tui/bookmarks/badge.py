"""The header's word on the bookmarks when something is wrong: read-only, or changes unsaved.

Hidden while every bookmark is saved. A click asks the app to repair (move a broken file aside,
or try saving again).
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

__all__ = ["BookmarkBadge"]


class BookmarkBadge(Static):
    """A short warning in the header; `show(None)` hides it."""

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

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Content(""), id=id)
        self._text: str | None = None
        self._error = False

    @property
    def text(self) -> str | None:
        """What the badge says, or None when hidden."""
        return self._text

    def show(self, text: str | None, *, error: bool = False) -> None:
        """Say `text` (None hides the badge); `error` draws it as an error."""
        if text == self._text and error == self._error:
            return
        self._text = text
        self._error = error
        self.update(Content(f"⚠ {text}" if text else ""))
        self.set_class(text is not None, "-shown")
        self.set_class(error, "-error")
        self.tooltip = "Click to repair the bookmarks" if text else None

    async def on_click(self) -> None:
        """Ask the app to repair the bookmarks."""
        await self.app.run_action("app.repair_bookmarks")
