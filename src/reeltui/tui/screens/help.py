"""The help screen: every key, drawn from the one bindings table (`tui/keys.py`)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Static

from reeltui.tui.key_bar import KeyBar
from reeltui.tui.keys import KeySpec, Scope, bindings, help_sections
from reeltui.tui.screens.dialog import ScrollingDialog

__all__ = ["HelpScreen"]

#: The scopes the help lists: the main screen's. Each overlay shows its own keys in its footer.
_LISTED = (Scope.MAIN, Scope.LIST, Scope.FILTER, Scope.READER, Scope.FIND, Scope.SIDE)


def _section(scope: Scope, specs: list[KeySpec], key_width: int) -> Table:
    """One scope's keys as a two-column table under the scope's name."""
    table = Table.grid(padding=(0, 1))
    table.title = scope.value
    table.title_justify = "left"
    table.title_style = "bold"
    table.add_column(no_wrap=True, width=key_width)
    table.add_column()
    for spec in specs:
        table.add_row(Text(spec.help_keys, style="bold"), Text(spec.help_text))
    return table


def _columns(sections: list[tuple[Scope, list[KeySpec]]]) -> tuple[list[Table], list[Table]]:
    """The sections split into two columns of about equal height, keeping table order."""
    key_width = max(len(spec.help_keys) for _, specs in sections for spec in specs) + 1
    heights = [len(specs) + 2 for _, specs in sections]
    half = sum(heights) / 2
    left: list[Table] = []
    right: list[Table] = []
    used = 0
    for (scope, specs), height in zip(sections, heights, strict=True):
        column = left if used + height / 2 <= half else right
        column.append(_section(scope, specs, key_width))
        used += height
    return left, right


class HelpScreen(ScrollingDialog):
    """A dialog listing every key by where it applies; `esc`, `?` or `q` closes it."""

    BINDINGS = bindings(Scope.HELP)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (90, "-wide")]  # noqa: RUF012

    def compose(self) -> ComposeResult:
        """A scrollable grid of key tables, one per scope."""
        with VerticalScroll(id="help-dialog", classes="dialog") as dialog:
            dialog.border_title = "Keys"
            dialog.border_subtitle = "esc to close"
            yield Static(
                Text(
                    "The footer shows the keys that apply where you are; here are all of them. "
                    ": or ctrl+p opens the command bar: films, @actors, directors, reviewers, "
                    "words, themes."
                ),
                classes="dialog-lead",
            )
            left, right = _columns([s for s in help_sections() if s[0] in _LISTED])
            with Horizontal(id="help-columns"):
                for column in (left, right):
                    with Vertical(classes="help-column"):
                        for table in column:
                            yield Static(table, classes="help-section")
        yield KeyBar()
