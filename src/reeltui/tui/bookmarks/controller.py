"""Bookmarks in the TUI: the one place where the screens meet the bookmark store.

`BookmarksUI` owns the app's `BookmarkStore`. Every change the user asks for (`b`, `w`, a note,
a removal, an undo) goes through it, so errors are handled one way: the store keeps a change it
could not save in memory, and this module tells the user why, in one sentence, and shows the
state in the header until it is saved. It draws the list's marks, keeps the "Bookmarked"
narrowing (`B`) in step with the store, and notices other running copies' writes by a cheap
`stat` once a second and whenever the app regains the focus.

The app's `action_…` methods for bookmarks are one-line calls into this object, so the keys, the
command bar and the bookmarks screen all reach the same code.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textual.app import App
from textual.notifications import SeverityLevel
from textual.screen import Screen

from reeltui.bookmarks import (
    Bookmark,
    BookmarkError,
    BookmarksReadOnly,
    BookmarkStore,
    BrokenBookmarks,
    NotBookmarked,
    Status,
)
from reeltui.library import Entry, Library
from reeltui.library.listing import FilmRow, Narrowing
from reeltui.model import Review
from reeltui.tui.bookmarks.badge import BookmarkBadge
from reeltui.tui.bookmarks.marks import mark_of
from reeltui.tui.bookmarks.note import NoteScreen, one_line
from reeltui.tui.bookmarks.repair import RepairScreen
from reeltui.tui.bookmarks.screen import BookmarksScreen
from reeltui.tui.main.screen import MainScreen
from reeltui.tui.safe import visible
from reeltui.words import counted, noun

__all__ = [
    "ACTIONS",
    "BOOKMARKED_LABEL",
    "BookmarksUI",
    "bookmarked_rows",
]

#: The header's name for the `B` narrowing: "Bookmarked · 3 films".
BOOKMARKED_LABEL = "Bookmarked"

#: The app actions this module answers (their `check_action` is asked here).
ACTIONS = frozenset(
    {
        "toggle_bookmark",
        "toggle_watched",
        "bookmarks_only",
        "show_bookmarks",
        "edit_note",
        "undo_remove",
        "repair_bookmarks",
    }
)

#: Seconds between two looks at the file for other copies' writes (a `stat`, nothing more).
POLL_INTERVAL = 1.0

#: Seconds between two quiet attempts to save changes a write error left in memory.
RETRY_INTERVAL = 5.0

#: How long a write from the TUI waits for another process's lock before keeping the change
#: in memory (the UI waits meanwhile, so this is shorter than the store's default).
LOCK_TIMEOUT = 3.0


def bookmarked_rows(library: Library, keys: Iterable[str]) -> tuple[FilmRow, ...]:
    """The rows of every review of the bookmarked films the library holds.

    Looked up by film key, so the cost follows the number of bookmarks, not of reviews.
    """
    return tuple(FilmRow(review) for key in keys for review in library.reviews_of(key))


@dataclass(frozen=True, slots=True)
class _Target:
    """The film a bookmark key acts on: its key, a label for messages, and a review if any."""

    film_key: str
    label: str
    review: Review | Entry | None


@dataclass(frozen=True, slots=True)
class _Removed:
    """What `u` needs to put back a removed bookmark."""

    film_key: str
    title: str
    year: int | None
    status: Status
    note: str | None

    @classmethod
    def of(cls, bookmark: Bookmark) -> _Removed:
        """Remember a bookmark about to be removed."""
        return cls(bookmark.film_key, bookmark.title, bookmark.year, bookmark.status, bookmark.note)


class BookmarksUI:
    """The TUI's side of the bookmarks: actions, marks, the `B` narrowing, errors, watching."""

    def __init__(self, app: App[Any], main: MainScreen, path: Path) -> None:
        """Make the bookmarks side of `app` over the file at `path` (read by `start`)."""
        self.app = app
        self.main = main
        self.store = BookmarkStore(path, lock_timeout=LOCK_TIMEOUT)
        self._narrowing: Narrowing | None = None
        self._removed: _Removed | None = None
        self._seen = -1
        self._announced: str | None = None
        self._last_error: str | None = None
        self._next_retry = 0.0
        self._quit_warned = False

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        """Read the file, say if it cannot be written, and start watching it."""
        self.store.load()
        self.app.set_interval(POLL_INTERVAL, self.poll, name="bookmarks-watch")
        self.sync(force=True)

    def library_loaded(self) -> None:
        """A library is on the main screen: draw its marks (a new listing has no narrowing)."""
        self.main.film_list.mark_for = self.mark_for
        self._narrowing = None
        self.sync(force=True)

    def poll(self) -> None:
        """Pick up other copies' writes (a `stat` when nothing changed); retry unsaved changes."""
        if self.store.changed_on_disk():
            self.store.reload()
        if self.store.unsaved and not self.store.read_only and time.monotonic() >= self._next_retry:
            self._save_pending(quiet=True)
        self.sync()

    def app_focused(self) -> None:
        """The terminal gave the app the focus back: look at the file now."""
        self._next_retry = 0.0
        self.poll()

    def may_quit(self) -> bool:
        """Whether quitting loses nothing; if it would, say so once (a second `q` quits)."""
        if not self.store.unsaved:
            return True
        if not self.store.read_only:
            self._save_pending(quiet=True)
            if not self.store.unsaved:
                return True
        if self._quit_warned:
            return True
        self._quit_warned = True
        lose = noun(self.store.unsaved, "it", "them")
        self._tell(
            f"{self._unsaved_sentence()}. Press q again to quit and lose {lose}.",
            title="Bookmarks not saved",
            severity="error",
            timeout=15,
        )
        return False

    # -- reading -------------------------------------------------------------------------

    def mark_for(self, review: Entry) -> str:
        """The list's mark for a review's film (called for each row drawn)."""
        return mark_of(self.store.status_of(review.film_key))

    @property
    def library(self) -> Library | None:
        """The library on the main screen, once loaded."""
        return self.main.library

    def review_of(self, film_key: str) -> Entry | None:
        """A review of a bookmarked film, when the data folder has one."""
        library = self.library
        return library.get(film_key) if library is not None else None

    @property
    def narrowed(self) -> bool:
        """Whether the list shows only bookmarked films (`B`)."""
        return self._narrowing is not None and self.main.listing.narrowing is self._narrowing

    @property
    def can_undo(self) -> bool:
        """Whether a removed bookmark can be put back."""
        return self._removed is not None and not self.store.is_bookmarked(self._removed.film_key)

    @property
    def needs_repair(self) -> bool:
        """Whether there is something for `repair` to do: a broken file or unsaved changes."""
        return isinstance(self.store.problem, BrokenBookmarks) or (
            bool(self.store.unsaved) and not self.store.read_only
        )

    def check_action(self, action: str) -> bool | None:
        """Whether a bookmark action applies now (False hides it from the footer)."""
        if action == "undo_remove":
            return self.can_undo
        if action == "repair_bookmarks":
            return self.needs_repair
        return True

    # -- the user's changes ---------------------------------------------------------------

    def toggle_bookmark(self) -> None:
        """Bookmark the selected (or open) film, or remove its bookmark (`u` puts it back)."""
        target = self._target()
        if target is None:
            return
        bookmark = self.store.get(target.film_key)
        if bookmark is not None:
            self.remove(target.film_key)
        elif target.review is not None:
            review = target.review
            if self._change(lambda: self.store.add_review(review)):
                self._tell(f"Bookmarked {target.label}.", timeout=3)

    def toggle_watched(self, film_key: str | None = None) -> None:
        """Mark a bookmarked film watched, or to-watch again (the selected one by default)."""
        target = self._target(film_key)
        if target is None:
            return
        if not self.store.is_bookmarked(target.film_key):
            self._tell(
                f"{target.label} is not bookmarked: press b to bookmark it, then w.",
                severity="warning",
                timeout=5,
            )
            return
        key = target.film_key
        if self._change(lambda: self.store.toggle_watched(key)):
            status = self.store.status_of(key)
            done = "watched" if status is Status.WATCHED else "to watch"
            self._tell(f"{target.label}: {done}.", timeout=3)

    def remove(self, film_key: str) -> None:
        """Remove a film's bookmark; `u` puts it back (with its note)."""
        bookmark = self.store.get(film_key)
        if bookmark is None:
            return
        removed = _Removed.of(bookmark)
        if self._change(lambda: self.store.remove(film_key)):
            self._removed = removed
            label = visible(bookmark.label)
            self._tell(f"Removed the bookmark of {label}; press u to undo.", timeout=6)
            self._refresh_bindings()

    def undo_remove(self) -> None:
        """Put back the bookmark removed last (status and note; the date added is today's)."""
        removed = self._removed
        if removed is None or self.store.is_bookmarked(removed.film_key):
            self._removed = None
            return

        def put_back() -> None:
            self.store.add(
                removed.film_key,
                removed.title,
                removed.year,
                note=removed.note,
                status=removed.status,
            )

        if self._change(put_back):
            self._removed = None
            self._tell(f"Bookmark of {visible(removed.title)} put back.", timeout=3)
            self._refresh_bindings()

    def edit_note(self, film_key: str | None = None) -> None:
        """Open the note editor for a bookmarked film (the selected one by default)."""
        target = self._target(film_key)
        if target is None:
            return
        bookmark = self.store.get(target.film_key)
        if bookmark is None:
            self._tell(
                f"{target.label} is not bookmarked: press b to bookmark it first.",
                severity="warning",
                timeout=5,
            )
            return
        key = target.film_key
        before = one_line(bookmark.note or "")

        def done(note: str | None) -> None:
            if note is None or note.strip() == before:
                return
            text = note.strip() or None
            if self._change(lambda: self.store.set_note(key, text)):
                self._tell("Note saved." if text else "Note removed.", timeout=3)

        self.app.push_screen(NoteScreen(target.label, bookmark.note), done)

    def bookmarks_only(self) -> None:
        """Show only bookmarked films in the list; again: all films."""
        if self.library is None:
            return
        self._back_to_main()
        if self.narrowed:
            self._narrowing = None
            self.main.narrow(None)
            return
        if not len(self.store):
            self._tell("No bookmarks yet: press b on a film to bookmark it.", timeout=5)
            return
        self._narrowing = Narrowing(BOOKMARKED_LABEL, bookmarked_rows(self.library, self._keys()))
        self.main.narrow(self._narrowing)

    def show_bookmarks(self) -> None:
        """Open the bookmarks screen (status, date added, note), or close it when it shows."""
        screen = self._top_screen()
        if isinstance(screen, BookmarksScreen):
            screen.dismiss(None)
            return
        self.app.push_screen(BookmarksScreen(self))

    def open_film(self, film_key: str) -> None:
        """Close the bookmarks screen and read a bookmarked film's review."""
        review = self.review_of(film_key)
        if review is None:
            bookmark = self.store.get(film_key)
            label = visible(bookmark.label) if bookmark else film_key
            self._tell(
                f"{label} has no review in {self.library.root if self.library else 'the data'}.",
                severity="warning",
                timeout=5,
            )
            return
        self._back_to_main()
        self.main.open_review(review, focus=True)

    def repair(self) -> None:
        """Offer to move a broken file aside, or try again to save unsaved changes."""
        problem = self.store.problem
        if isinstance(problem, BrokenBookmarks):
            self._offer_move_aside(problem)
        elif problem is not None:
            self._tell(str(problem), title="Bookmarks read-only", severity="error", timeout=10)
        elif self.store.unsaved:
            self._save_pending(quiet=False)
        else:
            self._tell("The bookmarks are saved; there is nothing to repair.", timeout=4)

    # -- keeping the screens in step ----------------------------------------------------

    def sync(self, *, force: bool = False) -> None:
        """Redraw what shows bookmarks if they changed; say so when the file's state changes."""
        self._announce()
        self._show_state()
        if not force and self.store.generation == self._seen:
            return
        self._seen = self.store.generation
        if self.main.is_mounted:
            self.main.film_list.refresh()
            if self.narrowed:
                self._renarrow()
        for screen in self.app.screen_stack:
            if isinstance(screen, BookmarksScreen) and screen.is_mounted:
                screen.refresh_rows()
        self._refresh_bindings()

    def _renarrow(self) -> None:
        """Rebuild the `B` list after the bookmarks changed, keeping the cursor where it was."""
        library = self.library
        if library is None:
            return
        films = self.main.film_list
        current = films.current
        index = films.cursor
        self._narrowing = Narrowing(BOOKMARKED_LABEL, bookmarked_rows(library, self._keys()))
        self.main.narrow(self._narrowing)
        if current is not None and not films.select_review(current.review.id):
            films.cursor = min(index, max(0, len(films.rows) - 1))

    def _announce(self) -> None:
        """Tell the user once when the file becomes read-only, and when it is writable again."""
        problem = self.store.problem
        message = str(problem) if problem is not None else None
        if message == self._announced:
            return
        if message is not None:
            hint = (
                " Press m, then R, to move it aside."
                if isinstance(problem, BrokenBookmarks)
                else ""
            )
            self._tell(
                message + "." + hint, title="Bookmarks read-only", severity="error", timeout=20
            )
        elif self._announced is not None:
            self._tell(f"{self.store.path} can be saved again.", title="Bookmarks", timeout=5)
        self._announced = message

    def _show_state(self) -> None:
        """Put the store's state (read-only, unsaved changes) in every header's badge."""
        text, error = self.state_text()
        for screen in self.app.screen_stack:
            for badge in screen.query(BookmarkBadge):
                badge.show(text, error=error)

    def state_text(self) -> tuple[str | None, bool]:
        """What the header says about the bookmarks: None when all is saved; and whether bad."""
        if self.store.read_only:
            return "Bookmarks read-only", True
        count = self.store.unsaved
        if count:
            return f"{counted(count, 'bookmark change')} not saved", True
        return None, False

    def problem_text(self) -> str | None:
        """A sentence on why changes are not being saved (for the bookmarks screen), or None."""
        problem = self.store.problem
        if isinstance(problem, BrokenBookmarks):
            return f"{problem}. Press R to move it aside and start a new file."
        if problem is not None:
            return f"{problem}."
        if self.store.unsaved:
            return f"{self._unsaved_sentence()}. Press R to try again."
        return None

    # -- internals ----------------------------------------------------------------------

    def _change(self, change: Callable[[], object]) -> bool:
        """Make one change through the store; True if it was saved. Errors are told here."""
        try:
            change()
        except NotBookmarked as exc:
            self._tell(f"{exc}.", title="Bookmarks", severity="warning", timeout=6)
            return False
        except BrokenBookmarks as exc:
            self._last_error = str(exc)
            self._offer_move_aside(exc)
            return False
        except BookmarksReadOnly as exc:
            self._last_error = str(exc)
            self._tell(
                f"{exc}. The change is kept in memory for now.",
                title="Bookmarks read-only",
                severity="error",
                timeout=10,
            )
            return False
        except BookmarkError as exc:
            self._last_error = str(exc)
            self._next_retry = time.monotonic() + RETRY_INTERVAL
            self._tell(f"{exc}.", title="Bookmarks not saved", severity="error", timeout=15)
            return False
        finally:
            self.sync()
        self._last_error = None
        self._quit_warned = False
        return True

    def _save_pending(self, *, quiet: bool) -> None:
        """Try to write the changes left in memory; say how it went (errors only if asked)."""
        count = self.store.unsaved
        try:
            self.store.save()
        except BookmarkError as exc:
            self._last_error = str(exc)
            self._next_retry = time.monotonic() + RETRY_INTERVAL
            if not quiet:
                self._tell(f"{exc}.", title="Bookmarks not saved", severity="error", timeout=10)
        else:
            self._last_error = None
            self._quit_warned = False
            if count:
                changes = counted(count, "bookmark change")
                self._tell(f"Saved {changes} to {self.store.path}.", timeout=5)
        finally:
            self.sync()

    def _unsaved_sentence(self) -> str:
        """How many changes are not saved, and why: the last write error's first clause.

        (The store's message goes on to say the change is kept in memory; the callers say what
        the user can do instead.)
        """
        count = self.store.unsaved
        what = counted(count, "bookmark change is", "bookmark changes are")
        why = f" ({self._last_error.split('; ')[0]})" if self._last_error else ""
        return f"{what} not saved yet{why}"

    def _offer_move_aside(self, problem: BrokenBookmarks) -> None:
        """Ask whether to move the broken file aside (once at a time)."""
        if any(isinstance(screen, RepairScreen) for screen in self.app.screen_stack):
            return

        def chosen(move: bool | None) -> None:
            if move:
                self._move_aside()

        self.app.push_screen(RepairScreen(problem, unsaved=self.store.unsaved), chosen)

    def _move_aside(self) -> None:
        """Move the broken file aside and write what could be read, with unsaved changes."""
        try:
            kept = self.store.move_aside()
        except BookmarkError as exc:
            self._tell(f"{exc}.", title="Bookmarks", severity="error", timeout=15)
        else:
            if kept is None:
                self._tell(f"{self.store.path} is fine again; nothing was moved.", timeout=6)
            else:
                count = len(self.store)
                self._tell(
                    f"The broken file is kept as {kept.name}; {self.store.path} now holds "
                    f"{counted(count, 'bookmark')}.",
                    title="Bookmarks repaired",
                    timeout=10,
                )
                self._last_error = None
                self._announced = None  # this message already says it can be saved again
        finally:
            self.sync(force=True)

    def _top_screen(self) -> Screen[Any] | None:
        """The topmost main or bookmarks screen (a command palette may be above it)."""
        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, BookmarksScreen | MainScreen):
                return screen
        return None

    def _back_to_main(self) -> None:
        """Close the bookmarks screen if it shows above the main screen."""
        screen = self._top_screen()
        if isinstance(screen, BookmarksScreen) and screen is self.app.screen:
            screen.dismiss(None)

    def _target(self, film_key: str | None = None) -> _Target | None:
        """The film an action is about: the given key, the bookmarks screen's choice, or on the
        main screen the selected film (the open one when the reader or panel has the focus)."""
        if film_key is None:
            screen = self._top_screen()
            if isinstance(screen, BookmarksScreen):
                selected = screen.selected
                film_key = selected.film_key if selected is not None else None
            elif screen is self.main:
                review = self._main_film()
                if review is None:
                    return None
                return _Target(review.film_key, self._label(review.film_key, review), review)
        if film_key is None:
            return None
        review = self.review_of(film_key)
        return _Target(film_key, self._label(film_key, review), review)

    def _main_film(self) -> Review | Entry | None:
        """On the main screen: the list's cursor film, or the open film from the reader."""
        main = self.main
        current = main.film_list.current
        if main.pane_of(main.focused) in ("reader", "side") and main.open_review_card:
            return main.open_review_card
        return current.review if current is not None else main.open_review_card

    def _label(self, film_key: str, review: Review | Entry | None) -> str:
        """How messages name a film: its bookmark's label, else the review's, else its key."""
        bookmark = self.store.get(film_key)
        if bookmark is not None:
            return visible(bookmark.label)
        if review is not None:
            return visible(review.film.label)
        return film_key

    def _keys(self) -> list[str]:
        """The bookmarked film keys, in the order they were added."""
        return [bookmark.film_key for bookmark in self.store.all()]

    def _refresh_bindings(self) -> None:
        """Let the footers show keys that just began or stopped applying (`u`, `R`)."""
        for screen in self.app.screen_stack:
            if screen.is_mounted:
                screen.refresh_bindings()

    def _tell(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float = 5,
    ) -> None:
        """A notification; its text is shown literally (titles and notes are untrusted)."""
        self.app.notify(message, title=title, severity=severity, timeout=timeout, markup=False)
