"""The offer to move a broken bookmarks file aside and start a new one with what it held."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from reeltui.bookmarks import BrokenBookmarks
from reeltui.tui.base import reel_app
from reeltui.tui.key_bar import KeyBar
from reeltui.tui.keys import Scope, bindings
from reeltui.tui.safe import visible
from reeltui.words import counted

__all__ = ["RepairScreen"]


def _explain(problem: BrokenBookmarks, unsaved: int) -> str:
    """What moving the file aside does, in the user's terms (control characters made visible)."""
    path = problem.path
    name = path.name if path is not None else "bookmarks.toml"
    kept = problem.salvaged
    if kept:
        reading = f"{counted(kept, 'bookmark')} could still be read from it"
    else:
        reading = "no bookmark could be read from it"
    lines = [
        f"{path} cannot be read as a bookmarks file ({problem.reason}), so reeltui has not "
        "changed it and your bookmarks are read-only.",
        "",
        f"Moving it aside renames it to {name}.broken-<date> (nothing in it is lost) and starts "
        f"a new {name}. {reading.capitalize()}; they go into the new file",
    ]
    if unsaved:
        lines[-1] += f", with the {counted(unsaved, 'change')} you made since."
    else:
        lines[-1] += "."
    return "\n".join(visible(line) for line in lines)


class RepairScreen(ModalScreen[bool]):
    """Asks "Move aside and start fresh?"; dismisses True to move it, False to stay read-only."""

    BINDINGS = bindings(Scope.REPAIR)

    DEFAULT_CSS = """
    RepairScreen {
        align: center middle;
        background: $background 60%;
    }
    #repair-dialog {
        max-width: 84;
    }
    #repair-buttons {
        height: auto;
        margin-top: 1;
    }
    #repair-buttons Button {
        margin-right: 2;
    }
    """

    def __init__(self, problem: BrokenBookmarks, *, unsaved: int = 0) -> None:
        super().__init__()
        self._problem = problem
        self._unsaved = unsaved

    def compose(self) -> ComposeResult:
        """The explanation and two buttons."""
        with Vertical(id="repair-dialog", classes="dialog") as dialog:
            dialog.border_title = "Broken bookmarks file"
            keys = reel_app(self.app).user_keys
            move, keep = keys.label("repair.move_aside"), keys.label("repair.keep")
            dialog.border_subtitle = f"{move} to move aside · {keep} to stay read-only"
            yield Static(Content(_explain(self._problem, self._unsaved)))
            with Horizontal(id="repair-buttons"):
                yield Button(
                    Content("Move aside and start fresh"), variant="warning", id="repair-move"
                )
                yield Button(Content("Keep read-only"), id="repair-keep")
        yield KeyBar()

    def on_mount(self) -> None:
        """Start on the button that changes nothing."""
        self.query_one("#repair-keep", Button).focus()

    @on(Button.Pressed)
    def _on_button(self, event: Button.Pressed) -> None:
        """A button was pressed (enter, space or a click)."""
        event.stop()
        self.dismiss(event.button.id == "repair-move")

    def action_move_aside(self) -> None:
        """Move the broken file aside."""
        self.dismiss(True)

    def action_keep(self) -> None:
        """Stay read-only."""
        self.dismiss(False)
