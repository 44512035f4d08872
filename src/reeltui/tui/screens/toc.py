"""The table of contents of the open review: choose a section to jump to it."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reeltui.tui.base import reel_app
from reeltui.tui.key_bar import KeyBar
from reeltui.tui.keys import Scope, bindings
from reeltui.tui.safe import visible

__all__ = ["TocScreen"]


class TocScreen(ModalScreen[int | None]):
    """Lists "Beginning" and each heading; dismisses with the heading index (-1: the top).

    Dismisses with None when closed without a choice.
    """

    BINDINGS = bindings(Scope.CONTENTS)

    def __init__(self, title: str, headings: Sequence[str], current: int | None) -> None:
        super().__init__()
        self._title = title
        self._headings = list(headings)
        self._current = current

    def compose(self) -> ComposeResult:
        """A dialog with one option per section."""
        options = [Option(Content("Beginning"), id="toc--1")]
        options.extend(
            Option(Content(visible(heading)), id=f"toc-{index}")
            for index, heading in enumerate(self._headings)
        )
        with Vertical(id="toc-dialog", classes="dialog") as dialog:
            dialog.border_title = Content(f"Contents · {visible(self._title)}")
            keys = reel_app(self.app).user_keys
            go, close = keys.label("toc.go"), keys.label("toc.close")
            dialog.border_subtitle = f"{go} to go · {close} to close"
            yield OptionList(*options, id="toc-options")
        yield KeyBar()

    def on_mount(self) -> None:
        """Start on the section being read."""
        options = self.query_one(OptionList)
        options.highlighted = 0 if self._current is None else self._current + 1
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """A click or enter on a section jumps to it."""
        event.stop()
        self.dismiss(event.option_index - 1)

    def action_jump(self) -> None:
        """Jump to the highlighted section."""
        highlighted = self.query_one(OptionList).highlighted
        self.dismiss(None if highlighted is None else highlighted - 1)

    def action_cursor_down(self) -> None:
        """Highlight the next section."""
        self.query_one(OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        """Highlight the previous section."""
        self.query_one(OptionList).action_cursor_up()

    def action_close(self) -> None:
        """Close without jumping."""
        self.dismiss(None)
