"""The reviewer's name and bio for the side panel, shown as plain text (never markup)."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group, RenderableType
from rich.text import Text
from textual.widgets import Static

from reeltui.model import Review
from reeltui.tui.safe import visible

__all__ = ["ReviewerBio"]


class ReviewerBio(Static):
    """Who wrote the open review, and their bio when the page printed one."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reviewer-bio--name",
        "reviewer-bio--bio",
        "reviewer-bio--none",
    }

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._review: Review | None = None

    def show(self, review: Review | None) -> None:
        """Show the reviewer of `review` (None clears)."""
        self._review = review
        self.update(self._render_bio())

    def notify_style_update(self) -> None:
        """Re-render with the new theme's colours."""
        super().notify_style_update()
        if self.is_mounted:
            self.update(self._render_bio())

    def _render_bio(self) -> RenderableType:
        """The name in bold, then the bio; a quiet line when the review names nobody."""
        review = self._review
        if review is None:
            return Text("")
        reviewer = review.reviewer
        if reviewer is None or not reviewer.name:
            style = self.get_component_rich_style("reviewer-bio--none", partial=True)
            return Text("The review does not say who wrote it.", style=style)
        name_style = self.get_component_rich_style("reviewer-bio--name", partial=True)
        name = Text(visible(reviewer.name), style=name_style)
        if not reviewer.bio:
            return name
        bio_style = self.get_component_rich_style("reviewer-bio--bio", partial=True)
        bio = Text(visible(reviewer.bio), style=bio_style)
        return Group(name, bio)
