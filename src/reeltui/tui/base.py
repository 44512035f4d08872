"""The app as its screens and widgets see it: what it owns, and how they hear that it changed.

`ReelApp` (`app.py`) is the composition root: it makes the screens, so they cannot import it.
They reach what the app owns through `reel_app(self.app)`, typed as `ReelBase`:

- `library`, a reactive: the library on show (None until the first scan ends); the main screen
  watches it and builds its list from it;
- `scan_progress`, a reactive: files read of files found while a scan runs, else None;
- `settings_file`, the settings (theme, sort, reading positions);
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
from typing import Any

from textual.app import App
from textual.binding import Binding
from textual.reactive import var
from textual.signal import Signal

from reeltui.bookmarks import BookmarkStore
from reeltui.library import Library
from reeltui.model import Review
from reeltui.paths import Paths
from reeltui.search.session import SearchSession
from reeltui.settings import SettingsFile
from reeltui.tui.bookmarks.state import Bookmarks
from reeltui.tui.keys import UserKeys, key_label, user_keys

__all__ = ["LOCK_TIMEOUT", "ReelBase", "ReviewChanged", "reel_app"]

#: How long a bookmark write from the TUI waits for another process's lock before keeping the
#: change in memory (the UI waits meanwhile, so this is shorter than the store's default).
LOCK_TIMEOUT = 3.0


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

    def __init__(self, paths: Paths) -> None:
        super().__init__()
        self.paths = paths
        self.settings_file = SettingsFile(paths.config)
        self.user_keys: UserKeys = user_keys(self.settings_file.settings.key_entries())
        self.search_session = SearchSession(paths.cache)
        self.bookmarks = Bookmarks(BookmarkStore(paths.bookmarks, lock_timeout=LOCK_TIMEOUT))
        self.bookmarks_changed_signal: Signal[Bookmarks] = Signal(self, "bookmarks-changed")
        self.review_changed_signal: Signal[ReviewChanged] = Signal(self, "review-changed")

    def get_key_display(self, binding: Binding) -> str:
        """How a key is written in the key bar: a key the user chose as the help writes it."""
        if binding.id is not None and self.user_keys.keymap.get(binding.id):
            return key_label(binding.key)
        return super().get_key_display(binding)

    def review_of(self, film_key: str) -> Review | None:
        """A review of a film (a bookmark's, say), when the library on show has one."""
        library = self.library
        return library.get(film_key) if library is not None else None


def reel_app(app: App[Any]) -> ReelBase:
    """The running reeltui app, typed (what `self.app` is for every screen and widget here)."""
    if not isinstance(app, ReelBase):
        raise TypeError(f"{type(app).__name__} is not the reeltui app")
    return app
