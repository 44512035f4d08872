"""The find bar under the reader (`ctrl+f`): find words in the open review as you type.

The bar shows what its screen binds: `find_query`, what the reader marks (None: the bar is hidden),
and `status`, which match is current of how many. Typing changes the box, which the screen
turns into a new query; the box's keys post `FindBar.Step` and `FindBar.Close`, which the
screen carries out on the reader. A full-text hit opens the bar with the search's words
(`FindQuery.words`), which the box then shows. Closed, the bar keeps its text for next time.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input, Static

from reeltui.search.terms import FindQuery
from reeltui.tui.keys import Scope, bindings

__all__ = ["FindBar", "FindInput", "status_text"]


def status_text(query: FindQuery | None, status: tuple[int, int] | None) -> str:
    """What the bar says about the matches: "3 of 12", "No matches", or nothing yet."""
    if query is None or query.pattern() is None or status is None:
        return ""
    current, total = status
    said = "No matches" if total <= 0 else f"{max(current, 0) + 1:,} of {total:,}"
    return said if query.is_phrase else f"{said} · words of your search"


class FindInput(Input, inherit_bindings=False):
    """The find bar's box: `enter`/`↓` next match, `shift+enter`/`↑` previous, `esc` closes.

    Its keys come before the box's own editing keys (and replace `enter`'s submit), in the
    table's order, so the key bar says "enter Next  ↑ Previous". The scrolling keys a box
    inherits are left out: one line never scrolls.
    """

    BINDINGS = [*bindings(Scope.FIND), *Input.BINDINGS]  # noqa: RUF012

    def action_next_match(self) -> None:
        """Make the next match current."""
        self.post_message(FindBar.Step(1))

    def action_previous_match(self) -> None:
        """Make the previous match current."""
        self.post_message(FindBar.Step(-1))

    def action_close_find(self) -> None:
        """Close the bar and clear the marks."""
        self.post_message(FindBar.Close())


class FindBar(Horizontal):
    """ "Find", the box, and how many matches there are."""

    find_query: reactive[FindQuery | None] = reactive(None, init=False)
    """What the reader marks; None hides the bar."""

    status: reactive[tuple[int, int] | None] = reactive(None, init=False)
    """(current match, matches), or None until the reader has looked."""

    class Step(Message):
        """Make another match current: the next (`delta` 1) or the previous (-1)."""

        def __init__(self, delta: int) -> None:
            super().__init__()
            self.delta = delta

    class Close(Message):
        """Close the find bar and clear the marks."""

    def compose(self) -> ComposeResult:
        """The label, the box, the count."""
        yield Static("Find", id="find-label")
        yield FindInput(placeholder="words in this review", id="find-input")
        yield Static("", id="find-status")

    @property
    def box(self) -> FindInput:
        """The text box."""
        return self.query_one(FindInput)

    def watch_find_query(self, query: FindQuery | None) -> None:
        """Show or hide the bar; a search's words are written into the box."""
        self.display = query is not None
        if query is not None and not query.is_phrase and self.box.value != query.text:
            with self.box.prevent(Input.Changed):
                self.box.value = query.text
        self._say()

    def watch_status(self) -> None:
        """Say which match is current."""
        self._say()

    def _say(self) -> None:
        """Write the count."""
        self.query_one("#find-status", Static).update(
            Content(status_text(self.find_query, self.status))
        )
