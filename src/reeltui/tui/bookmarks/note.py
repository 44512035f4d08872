"""The note editor: a small dialog with one line of text; enter saves, escape cancels."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from reeltui.tui.base import reel_app
from reeltui.tui.key_bar import KeyBar
from reeltui.tui.keys import Scope, bindings
from reeltui.tui.safe import visible

__all__ = ["NOTE_MAX_LENGTH", "NoteScreen", "one_line"]

#: The longest note the editor takes, in characters.
NOTE_MAX_LENGTH = 1000


def one_line(note: str) -> str:
    """A note as one line of text (runs of spaces and line ends become one space)."""
    return " ".join(note.split())


class NoteScreen(ModalScreen[str | None]):
    """Edits a bookmark's note; dismisses with the text (empty: no note) or None on escape."""

    BINDINGS = bindings(Scope.NOTE)

    DEFAULT_CSS = """
    NoteScreen {
        align: center middle;
        background: $background 60%;
    }
    #note-dialog {
        max-width: 80;
        padding: 1 2 0 2;
    }
    #note-input {
        margin-top: 1;
    }
    """

    def __init__(self, film_label: str, note: str | None) -> None:
        super().__init__()
        self._film_label = film_label
        self._note = note or ""

    def compose(self) -> ComposeResult:
        """The film's name, the text box and the keys."""
        with Vertical(id="note-dialog", classes="dialog") as dialog:
            dialog.border_title = Content(f"Note · {visible(self._film_label)}")
            cancel = reel_app(self.app).user_keys.label("note.cancel")
            dialog.border_subtitle = f"enter to save · {cancel} to cancel"
            yield Static(
                Content("Who recommended it, where to watch it… An empty note is removed."),
                classes="dialog-lead",
            )
            yield Input(
                value=visible(one_line(self._note)),
                placeholder="A note about this film",
                max_length=NOTE_MAX_LENGTH,
                id="note-input",
            )
        yield KeyBar()

    def on_mount(self) -> None:
        """Put the cursor in the box, at the end of the text."""
        box = self.query_one("#note-input", Input)
        box.focus()
        box.cursor_position = len(box.value)

    @on(Input.Submitted, "#note-input")
    def _on_submitted(self, event: Input.Submitted) -> None:
        """Enter: save the text."""
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        """Close without changing the note."""
        self.dismiss(None)
