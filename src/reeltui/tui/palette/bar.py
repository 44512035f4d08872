"""The command bar's screen: Textual's command palette that keeps what is typed before its box
has the focus (a fast `:@chastain` would otherwise lose `@chastain`)."""

from __future__ import annotations

from textual import events
from textual.command import CommandInput, CommandPalette

__all__ = ["CommandBar"]

PLACEHOLDER = "Films, actors (@), directors, reviewers, review text, commands…"


class CommandBar(CommandPalette):
    """The command palette, opened by `:`; keys typed as it opens go into its box."""

    def __init__(self) -> None:
        super().__init__(placeholder=PLACEHOLDER, id="--command-palette")

    def on_key(self, event: events.Key) -> None:
        """A printable key that reached the screen because the box has no focus yet."""
        box = self.query_one(CommandInput)
        if box.has_focus or not event.is_printable or event.character is None:
            return
        event.stop()
        event.prevent_default()
        self.set_focus(box)
        box.insert_text_at_cursor(event.character)
