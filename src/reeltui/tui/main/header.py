"""The one-line header: the app's name, what the list shows, and what needs attention.

Left: "reeltui" and the list's description ("13 films · by title", "Actor: X · 3 films").
Right: loading progress while the library loads, then the count of files with problems
(clickable: it opens the problems screen), and the bookmarks' badge when they need attention.
The description is built as `Content` from plain text, since a narrowing's label can carry
names taken from reviews. All three are reactive state the main screen binds.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from reeltui.tui.bookmarks.badge import BookmarkBadge
from reeltui.words import counted

__all__ = ["AppHeader"]


class AppHeader(Horizontal):
    """The app's name, the list's description, and status on the right."""

    description: reactive[str] = reactive("", init=False)
    """What the list shows ("13 films · by title")."""

    progress: reactive[tuple[int, int] | None] = reactive((0, 0), init=False)
    """While the library loads, (files read, files found); None once it has loaded."""

    problem_files: reactive[int] = reactive(0, init=False)
    """How many files have problems (said once the library has loaded)."""

    def __init__(self, app_name: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._app_name = app_name

    def compose(self) -> ComposeResult:
        """Name, description, status."""
        yield Static(Content(self._app_name), id="header-name")
        yield Static(Content(""), id="header-description")
        yield BookmarkBadge(id="header-bookmarks")
        yield Static(Content(""), id="header-status")

    def watch_description(self, description: str) -> None:
        """Say what the list shows."""
        # Its width is the header's rest and its height one line (it never wraps), whatever it
        # says: no layout once it says something (it changes at every batch of a first scan).
        shown = self.query_one("#header-description", Static)
        shown.update(Content(description), layout=not str(shown.content))

    def on_mount(self) -> None:
        """Say what is happening from the start."""
        self._show_status()

    def watch_progress(self) -> None:
        """Loading moved on, or ended."""
        self._show_status()

    def watch_problem_files(self) -> None:
        """The library loaded with this many files with problems."""
        self._show_status()

    def _show_status(self) -> None:
        """Scan progress ("Reading 120 of 14,000 files") while loading, then how many files have
        problems (nothing when none; a click opens the list)."""
        if self.progress is not None:
            done, total = self.progress
            reading = f"Reading {done:,} of {counted(total, 'file')}"
            self._status(Content(reading if total else "Looking for reviews…"), problems=False)
        elif self.problem_files == 0:
            self._status(Content(""), problems=False)
        else:
            link = Content.from_markup(
                "[@click=app.problems]$problems[/] [dim](!)[/]",
                problems=counted(self.problem_files, "file problem"),
            )
            self._status(link, problems=True)

    @property
    def status(self) -> str:
        """The status text on the right, as plain text."""
        return str(self.query_one("#header-status", Static).content)

    def _status(self, content: Content, *, problems: bool) -> None:
        """Set the right-hand text and whether it is a warning."""
        status = self.query_one("#header-status", Static)
        # As wide as what it says: the screen is laid out again only when that width changes
        # (the progress of a scan changes it four times a second, its width rarely).
        before = status.content
        same = isinstance(before, Content) and before.cell_length == content.cell_length
        status.update(content, layout=not same)
        status.set_class(problems, "-problems")
