"""What the overlays that only show things have in common: one scrolling dialog, closed by a key."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.screen import ModalScreen

__all__ = ["ScrollingDialog"]


class ScrollingDialog(ModalScreen[None]):
    """A dialog drawn in one `VerticalScroll`: `j`/`k` scroll it, its close keys dismiss it."""

    def action_close(self) -> None:
        """Close the dialog."""
        self.dismiss(None)

    def action_scroll_down(self) -> None:
        """Scroll down a line."""
        self.query_one(VerticalScroll).scroll_down(animate=False)

    def action_scroll_up(self) -> None:
        """Scroll up a line."""
        self.query_one(VerticalScroll).scroll_up(animate=False)
