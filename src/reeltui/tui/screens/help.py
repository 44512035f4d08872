"""The help screen: every key, drawn from the one bindings table (`tui/keys.py`) with the
user's own keys in place, and the list of keys with their ids (the command bar's "Keys")."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Static

from reeltui.tui.base import reel_app
from reeltui.tui.key_bar import KeyBar
from reeltui.tui.keys import KeySpec, Scope, UserKeys, bindings, help_sections
from reeltui.tui.safe import visible
from reeltui.tui.screens.dialog import ScrollingDialog
from reeltui.words import counted

__all__ = ["HelpScreen", "KeysScreen"]

#: The scopes the help lists: the main screen's. Each overlay shows its own keys in its footer.
_LISTED = (
    Scope.MAIN,
    Scope.LIST,
    Scope.FILTER,
    Scope.READER,
    Scope.FIND,
    Scope.SIDE,
    Scope.PERSON,
)


def _section(scope: Scope, specs: list[KeySpec], keys: UserKeys, key_width: int) -> Table:
    """One scope's keys as a two-column table under the scope's name."""
    table = Table.grid(padding=(0, 1))
    table.title = scope.value
    table.title_justify = "left"
    table.title_style = "bold"
    table.add_column(no_wrap=True, width=key_width)
    table.add_column()
    for spec in specs:
        table.add_row(Text(keys.help_keys(spec), style="bold"), Text(spec.help_text))
    return table


def _columns(
    sections: list[tuple[Scope, list[KeySpec]]], keys: UserKeys
) -> tuple[list[Table], list[Table]]:
    """The sections split into two columns of about equal height, keeping table order."""
    key_width = max(len(keys.help_keys(spec)) for _, specs in sections for spec in specs) + 1
    heights = [len(specs) + 2 for _, specs in sections]
    half = sum(heights) / 2
    left: list[Table] = []
    right: list[Table] = []
    used = 0
    for (scope, specs), height in zip(sections, heights, strict=True):
        column = left if used + height / 2 <= half else right
        column.append(_section(scope, specs, keys, key_width))
        used += height
    return left, right


class HelpScreen(ScrollingDialog):
    """A dialog listing every key by where it applies; `esc`, `?` or `q` closes it."""

    BINDINGS = bindings(Scope.HELP)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (90, "-wide")]  # noqa: RUF012

    def compose(self) -> ComposeResult:
        """A scrollable grid of key tables, one per scope."""
        keys = reel_app(self.app).user_keys
        with VerticalScroll(id="help-dialog", classes="dialog") as dialog:
            dialog.border_title = "Keys"
            dialog.border_subtitle = f"{keys.label('help_screen.close')} to close"
            yield Static(
                Text(
                    "The footer shows the keys that apply where you are; here are all of them. "
                    f"{keys.label('search')} or ctrl+p opens the command bar: films, @actors, "
                    "directors, reviewers, words, themes. Choosing a person there narrows the "
                    'list to their films; the line under them, "Open page", opens their page '
                    f"instead (so does {keys.label('people')} for the people of the film you "
                    "read): their films, reviews, and the sentences of reviews that name them. "
                    "Keys are yours to change in the [keys] table of config.toml: the command "
                    "bar's Keys command says where that file is and names every key."
                ),
                classes="dialog-lead",
            )
            left, right = _columns([s for s in help_sections() if s[0] in _LISTED], keys)
            with Horizontal(id="help-columns"):
                for column in (left, right):
                    with Vertical(classes="help-column"):
                        for table in column:
                            yield Static(table, classes="help-section")
        yield KeyBar()


def _id_table(scope: Scope, specs: list[KeySpec], keys: UserKeys) -> Table:
    """One scope's keys with their ids, the keys in effect and, when changed, the default."""
    table = Table.grid(padding=(0, 2))
    table.title = scope.value
    table.title_justify = "left"
    table.title_style = "bold"
    table.add_column(no_wrap=True, min_width=26)
    table.add_column(no_wrap=True, min_width=14)
    table.add_column()
    for spec in specs:
        shown = Text(keys.help_keys(spec), style="bold")
        what = Text(spec.help_text)
        if keys.changed(spec):
            what.append(f" (default {spec.help_keys})", style="dim")
        table.add_row(Text(spec.id), shown, what)
    return table


class KeysScreen(ScrollingDialog):
    """Where keys are set, what went wrong with the user's entries, and every key's id."""

    BINDINGS = bindings(Scope.HELP)

    def compose(self) -> ComposeResult:
        """The settings file, an example, the problems, then one table per scope."""
        app = reel_app(self.app)
        keys = app.user_keys
        with VerticalScroll(id="keys-dialog", classes="dialog") as dialog:
            dialog.border_title = "Your keys"
            dialog.border_subtitle = f"{keys.label('help_screen.close')} to close"
            lead = Text("Change a key in the [keys] table of ")
            lead.append(visible(str(app.paths.config)), style="bold")
            lead.append(
                " by its id (left), then start reeltui again. Several keys go in a list or "
                "between commas; the dotted ids may also be written as tables, like "
                "[keys.reader]. For example:\n\n"
            )
            lead.append('[keys]\nbookmark = "ctrl+b"\nreader.next_section = ["]", "n"]', "bold")
            if keys.keymap:
                lead.append(f"\n\nYou changed {counted(len(keys.keymap), 'key')}.")
            yield Static(lead, classes="dialog-lead")
            if keys.problems:
                problems = Text("Not used:\n", style="bold")
                for problem in keys.problems:
                    problems.append(f"• {problem}\n", style="not bold")
                yield Static(problems, classes="dialog-lead keys-problems")
            for scope, specs in help_sections():
                yield Static(_id_table(scope, specs, keys), classes="help-section")
        yield KeyBar()
