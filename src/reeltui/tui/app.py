"""The reeltui application: the composition root of the TUI.

`ReelApp` resolves nothing itself: it is given the `Paths`, reads the settings, shows the main
screen at once, and scans the library in a thread worker while the screen answers keys. What it
owns (the library, the scan's progress, the settings, the search session, the bookmarks and
their change signal) is declared in `base.py`, where the screens read it: the main screen
watches `library` and `scan_progress`. When a scan finds no reviews the app shows the
empty-folder screen. The panes and overlays live in `main/`, `bookmarks/`, `palette/` and
`screens/`, the keys in `keys.py`.

Run it with `run(paths)`; tests create `ReelApp(paths, loader=...)` and use `run_test()`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import ClassVar

from textual import events, on, work
from textual.command import CommandPalette, Provider
from textual.message import Message
from textual.theme import Theme
from textual.worker import Worker, WorkerState, get_current_worker

from reeltui.library import Library, Progress, describe_failure
from reeltui.model import FileProblem
from reeltui.paths import Paths
from reeltui.tui.base import ReelBase, ReviewChanged
from reeltui.tui.bookmarks.controller import ACTIONS as BOOKMARK_ACTIONS
from reeltui.tui.bookmarks.controller import BookmarksUI
from reeltui.tui.bookmarks.importer import ImportScreen
from reeltui.tui.bookmarks.screen import BookmarksScreen
from reeltui.tui.corrections.controller import CorrectionsUI
from reeltui.tui.main.screen import MainScreen
from reeltui.tui.palette.providers import COMMAND_PROVIDERS
from reeltui.tui.screens.empty import EmptyScreen
from reeltui.tui.screens.problems import ProblemsScreen

__all__ = ["Loader", "ReelApp", "run"]

#: How the app gets its library: `Library.scan` unless a test or a cache says otherwise.
Loader = Callable[[Path, Progress], Library]

#: The least time between two progress updates sent from the scanning thread.
_PROGRESS_INTERVAL = 0.05


class _ScanCancelled(Exception):
    """Raised inside the scan's progress callback to stop a scan nobody wants any more."""


def _scan(root: Path, progress: Progress, cache_dir: Path | None = None) -> Library:
    """The default loader: scan the folder, reusing the card cache in `cache_dir`."""
    return Library.scan(root, progress=progress, cache_dir=cache_dir)


class ReelApp(ReelBase):
    """The film review reader."""

    CSS_PATH = "app.tcss"
    TITLE = "reeltui"
    #: The command bar's providers: films, actors, directors, reviewers, full text, commands.
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = set(COMMAND_PROVIDERS)

    class LoadProgress(Message):
        """Sent from the scanning thread: `done` of `total` files read."""

        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done = done
            self.total = total

    def __init__(self, paths: Paths, loader: Loader | None = None) -> None:
        super().__init__(paths)
        self._loader: Loader = loader or partial(_scan, cache_dir=paths.cache)
        self.main_screen = MainScreen(app_name=self.TITLE)
        self.bookmarks_ui = BookmarksUI(self)
        self.corrections_ui = CorrectionsUI(self)

    def on_mount(self) -> None:
        """Apply the saved theme, show the main screen and start loading."""
        theme = self.settings_file.settings.theme
        if theme and theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.review_changed_signal.subscribe(self, self._review_changed)
        self.set_keymap(self.user_keys.keymap)
        self.push_screen(self.main_screen)
        self.bookmarks_ui.start()
        if self.settings_file.problem:
            self.notify(
                self.settings_file.problem,
                title="Settings ignored",
                severity="warning",
                timeout=10,
                markup=False,
            )
        if self.user_keys.problems:
            self.notify(
                "\n".join(self.user_keys.problems),
                title="Keys not changed",
                severity="warning",
                timeout=15,
                markup=False,
            )
        self.load_library()

    # -- loading -------------------------------------------------------------------------

    def load_library(self) -> None:
        """Scan the data folder in a thread worker (a scan already running is abandoned)."""
        self.scan_progress = (0, 0)
        self._scan_worker()

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def _scan_worker(self) -> Library:
        """Run the loader, posting throttled progress to the app; returns the library."""
        worker = get_current_worker()
        last_sent = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last_sent
            if worker.is_cancelled:
                raise _ScanCancelled
            now = time.monotonic()
            if done >= total or now - last_sent >= _PROGRESS_INTERVAL:
                last_sent = now
                self.post_message(self.LoadProgress(done, total))

        return self._loader(self.paths.data, progress)

    def on_reel_app_load_progress(self, message: ReelApp.LoadProgress) -> None:
        """Take the scan's progress (the main screen shows it)."""
        self.scan_progress = (message.done, message.total)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Hand a finished scan to the screens; show why a scan failed."""
        worker = event.worker
        if worker.group != "library":
            return
        if event.state is WorkerState.SUCCESS and isinstance(worker.result, Library):
            self._loaded(worker.result)
        elif event.state is WorkerState.ERROR and not isinstance(worker.error, _ScanCancelled):
            error = worker.error or RuntimeError("the scan stopped")
            self._loaded(Library(root=self.paths.data), failure=describe_failure(error))

    def _loaded(self, library: Library, failure: str | None = None) -> None:
        """Show the library (the main screen watches it), or the empty-folder screen when it
        holds no reviews (saying why when loading failed)."""
        self.scan_progress = None
        self.library = library
        self.search_session.load(library, self._start_search_worker)
        if isinstance(self.screen, EmptyScreen):
            self.pop_screen()
        for note in library.report.notes:
            self.notify(note, title="Reading files", timeout=8, markup=False)
        if len(library) == 0:
            self.push_screen(
                EmptyScreen(
                    library.root,
                    exists=library.root.is_dir(),
                    unreadable=len(library.report.unreadable),
                    failure=failure,
                )
            )

    def _review_changed(self, change: ReviewChanged) -> None:
        """A review was read again in place (its facts corrected): search the library's names
        and titles as they are now (the full text is unchanged and stays indexed)."""
        if self.library is not None:
            self.search_session.load(self.library, self._start_search_worker)

    # -- the command bar -----------------------------------------------------------------

    def _start_search_worker(self, build: Callable[[], None]) -> None:
        """Build the search index of a new library in a thread (see `SearchSession.load`)."""
        self.run_worker(
            build, thread=True, group="search", name="search index", exit_on_error=False
        )

    def action_command_palette(self) -> None:
        """Open the command bar (`:` or `ctrl+p`), saying what it searches."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            self.push_screen(
                CommandPalette(
                    placeholder="Films, actors (@), directors, reviewers, review text, commands…",
                    id="--command-palette",
                )
            )

    def on_unmount(self) -> None:
        """Stop indexing and close the search index."""
        self.search_session.close()

    # -- app-wide actions ----------------------------------------------------------------

    def action_reload(self) -> None:
        """Scan the data folder again (the main screen shows its progress)."""
        if isinstance(self.screen, EmptyScreen):
            self.pop_screen()
        self.load_library()

    def action_problems(self) -> None:
        """List the files that could not be read, over whatever screen is showing."""
        if self.library is not None and self.file_problems():
            self.push_screen(ProblemsScreen(self.file_problems(), self.library.root))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer the problems list only when there are problems."""
        if action == "problems":
            return bool(self.file_problems())
        if action in BOOKMARK_ACTIONS:
            return self.bookmarks_ui.check_action(action)
        if action == "edit_facts":
            return self.corrections_ui.can_edit()
        return True

    def file_problems(self) -> tuple[FileProblem, ...]:
        """The problems of files in the data folder (not of the folder itself)."""
        if self.library is None:
            return ()
        return tuple(p for p in self.library.problems if p.path != self.library.root)

    async def action_quit(self) -> None:
        """Remember where the reader was, then quit (asking first if bookmarks are unsaved)."""
        if not self.bookmarks_ui.may_quit():
            return
        if self.main_screen.is_mounted:
            self.main_screen.save_state()
        self.exit(0)

    # -- bookmarks (see bookmarks/controller.py; the command bar finds these by name) --------

    def action_toggle_bookmark(self) -> None:
        """Bookmark or un-bookmark the selected film (the open one from the reader)."""
        self.bookmarks_ui.toggle_bookmark()

    def action_toggle_watched(self) -> None:
        """Mark the selected bookmarked film watched, or to-watch again."""
        self.bookmarks_ui.toggle_watched()

    def action_edit_note(self) -> None:
        """Edit the note of the selected bookmarked film."""
        self.bookmarks_ui.edit_note()

    def action_undo_remove(self) -> None:
        """Put back the bookmark removed last."""
        self.bookmarks_ui.undo_remove()

    def action_repair_bookmarks(self) -> None:
        """Move a broken bookmarks file aside, or try again to save unsaved changes."""
        self.bookmarks_ui.repair()

    def action_edit_facts(self) -> None:
        """Correct the selected film's facts: in $VISUAL or $EDITOR, else in a form."""
        self.corrections_ui.edit()

    def action_import_letterboxd(self) -> None:
        """Ask for a Letterboxd file (or its export's folder) and bookmark its films."""
        self.bookmarks_ui.import_letterboxd()

    @on(ImportScreen.Imported)
    def _bookmarks_imported(self, message: ImportScreen.Imported) -> None:
        self.bookmarks_ui.imported(message.report, message.error)

    # -- what the bookmarks screen asks for (its keys post these; the controller acts) ------

    @on(BookmarksScreen.ToggleWatched)
    def _bookmark_watched(self, message: BookmarksScreen.ToggleWatched) -> None:
        self.bookmarks_ui.toggle_watched(message.film_key)

    @on(BookmarksScreen.EditNote)
    def _bookmark_note(self, message: BookmarksScreen.EditNote) -> None:
        self.bookmarks_ui.edit_note(message.film_key)

    @on(BookmarksScreen.Remove)
    def _bookmark_remove(self, message: BookmarksScreen.Remove) -> None:
        if message.film_key is not None:
            self.bookmarks_ui.remove(message.film_key)

    @on(BookmarksScreen.UndoRemove)
    def _bookmark_undo(self, message: BookmarksScreen.UndoRemove) -> None:
        self.bookmarks_ui.undo_remove()

    @on(BookmarksScreen.Repair)
    def _bookmark_repair(self, message: BookmarksScreen.Repair) -> None:
        self.bookmarks_ui.repair()

    def on_app_focus(self, event: events.AppFocus) -> None:
        """Back in the terminal's focus: pick up bookmarks changed by another copy."""
        self.bookmarks_ui.app_focused()

    def _remember_theme(self, theme: Theme) -> None:
        """Save a theme chosen from the command palette."""
        problem = self.settings_file.update(theme=theme.name)
        if problem:
            self.notify(problem, title="Settings", severity="warning", markup=False)


def run(paths: Paths) -> int:
    """Run the TUI on resolved paths until the user quits; returns the exit code."""
    app = ReelApp(paths)
    app.run()
    return app.return_code or 0
