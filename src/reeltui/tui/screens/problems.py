"""The problems screen: every file that could not be read, and every oddity of those that did."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from reeltui.model import FileProblem
from reeltui.text import display_path
from reeltui.tui.base import reel_app
from reeltui.tui.key_bar import KeyBar
from reeltui.tui.keys import Scope, bindings
from reeltui.tui.safe import visible
from reeltui.tui.screens.dialog import ScrollingDialog
from reeltui.words import counted

__all__ = ["ProblemsScreen"]


def _where(path: Path, root: Path) -> str:
    """A problem's path relative to the data folder when it lies inside it, made safe to show.

    A file's name can hold escape sequences or bidi controls: `display_path` writes them as
    visible `\\x1b`-style escapes so the name can neither act on the terminal nor hide.
    """
    try:
        relative = path.relative_to(root)
    except ValueError:
        return display_path(path)
    return display_path(relative) if str(relative) != "." else display_path(path)


def _table(problems: Sequence[FileProblem], root: Path) -> Table:
    """One row per problem: the file, then what was wrong (file names are shown literally)."""
    table = Table.grid(padding=(0, 2), expand=True)
    table.add_column(ratio=2, overflow="fold")
    table.add_column(ratio=3)
    for problem in problems:
        table.add_row(
            Text(_where(problem.path, root), style="bold"), Text(visible(problem.message))
        )
    return table


class ProblemsScreen(ScrollingDialog):
    """Files the library skipped, then notes about files that loaded; `esc` closes."""

    BINDINGS = bindings(Scope.PROBLEMS)

    def __init__(self, problems: Sequence[FileProblem], root: Path) -> None:
        super().__init__()
        self._problems = list(problems)
        self._root = root

    def compose(self) -> ComposeResult:
        """Two lists: skipped files, and files read with notes."""
        skipped = [p for p in self._problems if p.fatal]
        notes = [p for p in self._problems if not p.fatal]
        with VerticalScroll(id="problems-dialog", classes="dialog") as dialog:
            dialog.border_title = "File problems"
            close = reel_app(self.app).user_keys.label("problems_screen.close")
            dialog.border_subtitle = f"{close} to close"
            yield Static(Text(f"In {display_path(self._root)}"), classes="dialog-lead")
            if skipped:
                yield Static(
                    Text(
                        f"{counted(len(skipped), 'file was', 'files were')} skipped: "
                        "they could not be read as reviews."
                    ),
                    classes="problems-heading",
                )
                yield Static(_table(skipped, self._root), id="problems-skipped")
            if notes:
                yield Static(
                    Text(f"{counted(len(notes), 'note')} about reviews that did load:"),
                    classes="problems-heading",
                )
                yield Static(_table(notes, self._root), id="problems-notes")
            if not self._problems:
                yield Static(Text("No problems: every file was read."))
        yield KeyBar()
