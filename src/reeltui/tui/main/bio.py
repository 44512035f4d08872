"""The reviewer's name and bio for the side panel, shown as plain text (never markup).

Drawn from the reactive `review` (bound to the side panel's) in the current theme's styles."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import RenderResult
from textual.reactive import reactive
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

    review: reactive[Review | None] = reactive(None, layout=True)
    """The review whose reviewer is shown (None: nothing)."""

    def render(self) -> RenderResult:
        """The name and bio, in the styles of the current theme."""
        return self._render_bio()

    def _render_bio(self) -> RenderableType:
        """The name in bold, then the bio; a quiet line when the review names nobody."""
        review = self.review
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
