"""The app as its screens and widgets see it: what it owns, and how they hear that it changed.

`ReelApp` (`app.py`) is the composition root: it makes the screens, so they cannot import it.
They reach what the app owns through `reel_app(self.app)`, typed as `ReelBase`:

- `library`, a reactive: the library on show (None until the first scan ends); the main screen
  watches it and builds its list from it;
- `scan_progress`, a reactive: files read of files found while a scan runs, else None;
- `problems`, a reactive: the problems of the library on show, read from its catalog in a
  worker whenever the library or its files change (the header counts them, `!` lists them);
- `rows_changed_signal`, published when reviews come, change or go without a new library
  (rows arriving during a first scan, the folder's check after a warm start, the watcher):
  the main screen patches its list;
- `settings_file`, the settings (theme, sort, reading positions), changed through
  `remember_settings`, which writes them a moment after the last change (in a worker) and
  `save_settings` when the app ends;
- `user_keys`, the keys in effect: the key table's, with the user's `[keys]` entries that could
  be used (the app sets them as its keymap; the help and the command bar write keys from it);
- `search_session`, the search of the library (names at once, full text in a worker);
- `bookmarks`, the bookmark store with what the TUI remembers beside it, and
  `bookmarks_changed_signal`, published whenever what they show may have changed (a change made
  here, another running copy's write, a save that failed or succeeded). The main screen, the
  bookmarks screen and the header's badge subscribe and draw themselves again;
- `review_changed_signal`, published when one review of the library was read again in place
  (its facts corrected, `Library.reread`): the main screen redraws its row, the reader and the
  facts, and the app renews the search of names and titles.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.binding import Binding
from textual.reactive import var
from textual.signal import Signal
from textual.timer import Timer

from reeltui.bookmarks import BookmarkStore
from reeltui.library import Entry, Library
from reeltui.model import FileProblem, Review
from reeltui.paths import Paths
from reeltui.settings import Settings, SettingsFile
from reeltui.tui.bookmarks.state import Bookmarks
from reeltui.tui.keys import UserKeys, key_label, user_keys

if TYPE_CHECKING:
    from reeltui.search.session import SearchSession

__all__ = ["LOCK_TIMEOUT", "ReelBase", "ReviewChanged", "RowsChanged", "reel_app"]

#: How long after the last change of the settings they are written (reading one review after
#: another changes them each time).
SETTINGS_DELAY = 2.0

#: How long a bookmark write from the TUI waits for another process's lock before keeping the
#: change in memory (the UI waits meanwhile, so this is shorter than the store's default).
LOCK_TIMEOUT = 3.0


@dataclass(frozen=True, slots=True)
class RowsChanged:
    """Reviews of the library on show that came or changed (their entries), and that went
    (their document numbers)."""

    entries: tuple[Entry, ...]
    removed: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class ReviewChanged:
    """One review read again in place: the card it was, and the review it is now (with its
    body). Its id and file are the same; its facts, and so its film key, may not be."""

    before: Review
    after: Review


class ReelBase(App[int]):
    """What the reeltui app owns, for its screens and widgets to read."""

    library: var[Library | None] = var(None, always_update=True)
    """The library on show; None until the first scan ends."""

    scan_progress: var[tuple[int, int] | None] = var(None)
    """While a scan runs, (files read, files found); None when none runs."""

    problems: var[tuple[FileProblem, ...]] = var(())
    """The problems of the library on show (read from its catalog in a worker each time the
    library or its files change, never while drawing)."""

    def __init__(self, paths: Paths) -> None:
        super().__init__()
        self.paths = paths
        self.settings_file = SettingsFile(paths.config)
        self.user_keys: UserKeys = user_keys(self.settings_file.settings.key_entries())
        self.bookmarks = Bookmarks(BookmarkStore(paths.bookmarks, lock_timeout=LOCK_TIMEOUT))
        self.bookmarks_changed_signal: Signal[Bookmarks] = Signal(self, "bookmarks-changed")
        self.rows_changed_signal: Signal[RowsChanged] = Signal(self, "rows-changed")
        self.review_changed_signal: Signal[ReviewChanged] = Signal(self, "review-changed")
        self._settings_timer: Timer | None = None

    @cached_property
    def search_session(self) -> SearchSession:
        """The search of the library, made (and its modules imported) when first needed: once
        the library is loaded, after the first frame."""
        from reeltui.search.session import SearchSession

        return SearchSession()

    def get_key_display(self, binding: Binding) -> str:
        """How a key is written in the key bar: a key the user chose as the help writes it."""
        if binding.id is not None and self.user_keys.keymap.get(binding.id):
            return key_label(binding.key)
        return super().get_key_display(binding)

    def remember_settings(self, settings: Settings) -> None:
        """Take new settings now; write them a moment after the last change, off the UI."""
        self.settings_file.remember(settings)
        if self._settings_timer is not None:
            self._settings_timer.stop()
        self._settings_timer = self.set_timer(SETTINGS_DELAY, self._write_settings)

    def _write_settings(self) -> None:
        self._settings_timer = None
        self.run_worker(self._save_in_worker, thread=True, group="settings", exit_on_error=False)

    def _save_in_worker(self) -> None:
        problem = self.settings_file.save()
        if problem:
            self.call_from_thread(self._settings_problem, problem)

    def save_settings(self) -> None:
        """Write the settings now if they changed (when the app ends)."""
        if self._settings_timer is not None:
            self._settings_timer.stop()
            self._settings_timer = None
        problem = self.settings_file.save()
        if problem:
            self._settings_problem(problem)

    def _settings_problem(self, problem: str) -> None:
        self.notify(problem, title="Settings", severity="warning", markup=False)

    def review_of(self, film_key: str) -> Entry | None:
        """A review of a film (a bookmark's, say), when the library on show has one."""
        library = self.library
        return library.get(film_key) if library is not None else None


def reel_app(app: App[Any]) -> ReelBase:
    """The running reeltui app, typed (what `self.app` is for every screen and widget here)."""
    if not isinstance(app, ReelBase):
        raise TypeError(f"{type(app).__name__} is not the reeltui app")
    return app
