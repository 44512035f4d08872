"""The command bar's screen: Textual's command palette that keeps what is typed before its box
has the focus (a fast `:@chastain` would otherwise lose `@chastain`), and that asks again on its
own when the library behind it has grown or its search has moved on (files read during a first
scan, the names settled, the full text indexed), so an open bar never shows stale answers."""

from __future__ import annotations

from textual import events
from textual.command import CommandInput, CommandList, CommandPalette
from textual.widgets import Input

from reeltui.tui.base import reel_app

__all__ = ["REFRESH_EVERY", "CommandBar"]

PLACEHOLDER = "Films, actors (@), directors, reviewers, review text, commands…"

#: How often (seconds) an open bar looks whether the library or its search has changed.
REFRESH_EVERY = 1.0


class CommandBar(CommandPalette):
    """The command palette, opened by `:`; keys typed as it opens go into its box."""

    def __init__(self) -> None:
        super().__init__(placeholder=PLACEHOLDER, id="--command-palette")
        self._seen: tuple[object, ...] | None = None

    def on_mount(self) -> None:
        """Note how far the library's loading has got; look again every `REFRESH_EVERY`."""
        self._seen = self._readiness()
        self.set_interval(REFRESH_EVERY, self._follow_library)

    def on_key(self, event: events.Key) -> None:
        """A printable key that reached the screen because the box has no focus yet."""
        box = self.query_one(CommandInput)
        if box.has_focus or not event.is_printable or event.character is None:
            return
        event.stop()
        event.prevent_default()
        self.set_focus(box)
        box.insert_text_at_cursor(event.character)

    def _readiness(self) -> tuple[object, ...]:
        """What the answers depend on besides the query: the scan's progress, the search's
        state and its full-text progress, whether a warm start's check is running."""
        app = reel_app(self.app)
        session = app.search_session
        return (app.library, app.scan_progress, session.state, session.progress, session.checking)

    def _follow_library(self) -> None:
        """Ask again with the same query when what answers it has changed.

        Not while the user has moved down the hits (the list would jump under them); the next
        look, once they are back at the top or type, catches up.
        """
        now = self._readiness()
        if now == self._seen:
            return
        hits = self.query_one(CommandList)
        if hits.highlighted not in (None, 0):
            return
        self._seen = now
        box = self.query_one(CommandInput)
        box.post_message(Input.Changed(box, box.value))
