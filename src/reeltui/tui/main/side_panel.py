"""The side panel: the film's facts above the reviewer's name and bio, scrollable as one."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Static

from reeltui.model import Review
from reeltui.tui.keys import Scope, bindings
from reeltui.tui.main.bio import ReviewerBio
from reeltui.tui.main.facts import FilmFacts

__all__ = ["SidePanel"]


class SidePanel(VerticalScroll, can_focus=True, inherit_bindings=False):
    """Facts and bio of the open review; beside the reader when wide, below it when narrow."""

    BINDINGS = bindings(Scope.SIDE)

    review: reactive[Review | None] = reactive(None, init=False)
    """The review open in the reader; the facts and the bio are bound to it."""

    terms: reactive[tuple[str, ...]] = reactive((), init=False)
    """Names to mark in the facts."""

    def on_mount(self) -> None:
        """Empty until a review is shown."""
        self.add_class("-empty")

    def compose(self) -> ComposeResult:
        """The two parts, each under a small heading."""
        yield Static("Film", classes="side-heading -first")
        yield FilmFacts(id="facts").data_bind(SidePanel.review, SidePanel.terms)
        yield Static("Reviewer", classes="side-heading")
        yield ReviewerBio(id="bio").data_bind(SidePanel.review)

    def show(self, review: Review | None, terms: Sequence[str] = ()) -> None:
        """Show the facts and bio of `review` (None empties the panel)."""
        self.review = review
        self.terms = tuple(terms)
        self.set_class(review is None, "-empty")
        self.scroll_home(animate=False)
