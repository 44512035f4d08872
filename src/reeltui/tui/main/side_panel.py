"""The side panel: the film's facts above the reviewer's name and bio, scrollable as one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Static

from reeltui.model import Kind, Review
from reeltui.tui.keys import Scope, bindings

if TYPE_CHECKING:
    from reeltui.films import FilmSummary

__all__ = ["SidePanel"]


class SidePanel(VerticalScroll, can_focus=True, inherit_bindings=False):
    """Facts and bio of the open review; beside the reader when wide, below it when narrow.

    Its `review`, `film` and `terms` are bound to the main screen's; the facts and the bio are
    bound to them in turn. Empty, it shows nothing: its parts are mounted once the first frame
    is drawn (`mount_parts`), or when a review comes first.
    """

    BINDINGS = bindings(Scope.SIDE)

    review: reactive[Review | None] = reactive(None, init=False)
    """The review open in the reader; the facts and the bio are bound to it."""

    film: reactive[FilmSummary | None] = reactive(None, init=False)
    """The open review's film when several reviews tell of it: the facts show them merged."""

    terms: reactive[tuple[str, ...]] = reactive((), init=False)
    """Names to mark in the facts."""

    def __init__(self, *, id: str | None = None) -> None:
        """Empty until a review is shown: styled so from the start (a class added once mounted
        would style the panel and its children a second time)."""
        super().__init__(id=id, classes="-empty")

    def compose(self) -> ComposeResult:
        """Nothing yet: the panel is empty (`mount_parts`)."""
        return iter(())

    def mount_parts(self) -> None:
        """Mount the two parts, each under a small heading (once)."""
        if self.children:
            return
        from reeltui.tui.main.bio import ReviewerBio
        from reeltui.tui.main.facts import FilmFacts

        with self._context():  # bound to this panel's state, as if composed here
            facts = FilmFacts(id="facts").data_bind(
                SidePanel.review, SidePanel.film, SidePanel.terms
            )
            bio = ReviewerBio(id="bio").data_bind(SidePanel.review)
        self.mount_all(
            [
                Static(self._kind_word(), id="facts-heading", classes="side-heading -first"),
                facts,
                Static("Reviewer", classes="side-heading"),
                bio,
            ]
        )

    def _kind_word(self) -> str:
        """The facts' heading: what the open review is about."""
        review = self.review
        return "Series" if review is not None and review.film.kind is Kind.SERIES else "Film"

    def watch_review(self, review: Review | None) -> None:
        """Another review: show its facts from the top (None empties the panel)."""
        if review is not None:
            self.mount_parts()
            self.query_one("#facts-heading", Static).update(self._kind_word())
        self.set_class(review is None, "-empty")
        self.scroll_home(animate=False)

    def watch_terms(self, old: tuple[str, ...], terms: tuple[str, ...]) -> None:
        """Other names marked: show the facts from the top, where the names are."""
        if terms != old:
            self.scroll_home(animate=False)
