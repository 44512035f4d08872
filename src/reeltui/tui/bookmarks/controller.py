"""Bookmarks in the TUI: every change the user asks for, and the watch on the file.

`BookmarksUI` changes the app's bookmarks (`app.bookmarks`, see `state.py`): `b`, `w`, a note, a
removal, an undo, a repair and an import from Letterboxd all go through it, so errors are
handled one way: the store keeps a change it could not save in memory, and this module tells the
user why, in one sentence. It notices other running copies' writes by a cheap `stat` once a
second and whenever the app regains the focus, and retries unsaved changes now and then.

It draws nothing: after every change, and whenever the file changed under it, it publishes the
app's `bookmarks_changed_signal` (if anything shown changed), and the main screen, the bookmarks
screen and the header's badge draw themselves from the app's bookmarks.

The app's `action_…` methods for bookmarks are one-line calls into this object, so the keys, the
command bar and the bookmarks screen all reach the same code.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from reeltui.library import Entry
from reeltui.model import Review
from reeltui.tui.base import ReelBase, ReviewChanged
from reeltui.tui.bookmarks.marks import status_word
from reeltui.tui.bookmarks.state import Bookmarks, Removed
from reeltui.tui.main.screen import MainScreen
from reeltui.tui.safe import visible
from reeltui.words import counted, noun

if TYPE_CHECKING:
    from reeltui.bookmarks.letterboxd import ImportReport, ListKind

# The import dialog, the bookmarks screen, the note editor, the offer to repair a broken file
# and the Letterboxd formats are imported when first used, not at start-up.

__all__ = ["ACTIONS", "BookmarksUI"]

#: The app actions this module answers (their `check_action` is asked here).
ACTIONS = frozenset(
    {
        "toggle_bookmark",
        "toggle_watched",
        "edit_note",
        "undo_remove",
        "repair_bookmarks",
        "import_letterboxd",
    }
)

#: Seconds between two looks at the file for other copies' writes (a `stat`, nothing more).
POLL_INTERVAL = 1.0

#: Seconds between two quiet attempts to save changes a write error left in memory.
RETRY_INTERVAL = 5.0


@dataclass(frozen=True, slots=True)
class _Target:
    """The film a bookmark key acts on: its key, a label for messages, and a review if any."""

    film_key: str
    label: str
    review: Review | Entry | None


class BookmarksUI:
    """The TUI's changes to the bookmarks: actions, errors told, the file watched."""

    def __init__(self, app: ReelBase) -> None:
        """Make the bookmarks side of `app` (its file is read by `start`)."""
        self.app = app
        self._shown: tuple[object, ...] | None = None
        self._announced: str | None = None
        self._next_retry = 0.0
        self._quit_warned = False
        # Writes run in workers, one after another in the order asked for: each takes a
        # ticket and waits for its turn.
        self._turn = threading.Condition()
        self._tickets = 0
        self._served = 0

    @property
    def bookmarks(self) -> Bookmarks:
        """The app's bookmarks."""
        return self.app.bookmarks

    @property
    def store(self) -> BookmarkStore:
        """The app's bookmark store."""
        return self.app.bookmarks.store

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        """Read the file, say if it cannot be written, and start watching it."""
        self.store.load()
        self.app.set_interval(POLL_INTERVAL, self.poll, name="bookmarks-watch")
        self.app.review_changed_signal.subscribe(self.app, self.follow)
        self.sync(force=True)

    def poll(self) -> None:
        """Pick up other copies' writes (a `stat` when nothing changed); retry unsaved changes
        once no write is on its way (on a busy machine a write can outlast a poll, and a retry
        then would write twice and say "Saved" after the change's own notice)."""
        if self.store.changed_on_disk():
            self.store.reload()
        if (
            self.store.unsaved
            and not self.store.read_only
            and not self.bookmarks.writes_pending  # (a write still on its way is no failure)
            and time.monotonic() >= self._next_retry
        ):
            self._next_retry = time.monotonic() + RETRY_INTERVAL
            changes = counted(self.store.unsaved, "bookmark change")
            self._change(
                self.store.save,
                quiet=True,
                then=lambda: self._tell(f"Saved {changes} to {self.store.path}.", timeout=5),
            )
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
            f"{self.bookmarks.unsaved_sentence()}. Press {self._key('quit')} again to quit and lose"
            f" {lose}.",
            title="Bookmarks not saved",
            severity="error",
            timeout=15,
        )
        return False

    def check_action(self, action: str) -> bool | None:
        """Whether a bookmark action applies now (False hides it from the footer)."""
        if action == "undo_remove":
            return self.bookmarks.can_undo
        if action == "repair_bookmarks":
            return self.bookmarks.needs_repair
        return True

    # -- the user's changes ---------------------------------------------------------------

    def toggle_bookmark(self) -> None:
        """Bookmark the selected (or open) film, or remove its bookmark (`u` puts it back).
        Which of the two is decided in the change's turn, once the changes asked for before it
        are written: "b b" pressed at once adds, then removes."""
        target = self._target()
        if target is None:
            return
        key, review, undo = target.film_key, target.review, self._key("undo")
        told: list[tuple[str, float]] = []

        def toggle() -> None:
            if self.store.get(key) is not None:
                told.append((self._remove_now(key, undo), 6))
            elif review is not None:
                self.store.add_review(review)
                told.append((f"Bookmarked {target.label}.", 3))

        self._change(toggle, then=lambda: self._tell_all(told))

    def toggle_watched(self, film_key: str | None = None) -> None:
        """Mark a bookmarked film watched, or to-watch again (the selected one by default)."""
        target = self._target(film_key)
        if target is None:
            return
        # With a write still on its way ("b" then "w" at once), the store answers in its turn.
        if not self.bookmarks.writes_pending and self._bookmark_of(target, then=", then w") is None:
            return
        key = target.film_key

        def told() -> None:
            status = self.store.status_of(key) or Status.TO_WATCH
            self._tell(f"{target.label}: {status_word(status)}.", timeout=3)

        self._change(lambda: self.store.toggle_watched(key), then=told)

    def remove(self, film_key: str) -> None:
        """Remove a film's bookmark; `u` puts it back (with its note)."""
        if self.store.get(film_key) is None:
            return
        undo = self._key("undo")
        told: list[tuple[str, float]] = []

        def remove() -> None:
            if self.store.get(film_key) is not None:
                told.append((self._remove_now(film_key, undo), 6))

        self._change(remove, then=lambda: self._tell_all(told))

    def _remove_now(self, film_key: str, undo: str) -> str:
        """Remove a bookmark the store holds, remembered for `u` (in a write's turn); what to
        say of it."""
        bookmark = self.store.get(film_key)
        assert bookmark is not None
        removed = Removed.of(bookmark, self.store.entry(film_key))
        self.store.remove(film_key)
        self.bookmarks.removed = removed
        return f"Removed the bookmark of {visible(bookmark.label)}; press {undo} to undo."

    def _tell_all(self, told: list[tuple[str, float]]) -> None:
        """Say what a change did, each message for its time on screen."""
        for message, timeout in told:
            self._tell(message, timeout=timeout)

    def undo_remove(self) -> None:
        """Put back the bookmark removed last, as it was (note, dates, rating, every key)."""
        removed = self.bookmarks.removed
        if removed is None or self.store.is_bookmarked(removed.film_key):
            self.bookmarks.removed = None
            return

        def put_back() -> None:
            self.store.put_back(dict(removed.entry))
            self.bookmarks.removed = None

        self._change(
            put_back,
            then=lambda: self._tell(f"Bookmark of {visible(removed.title)} put back.", timeout=3),
        )

    def follow(self, change: ReviewChanged) -> None:
        """A correction moved a review to another film: its bookmark goes with it, unless other
        reviews are still about the old film or the new one is bookmarked already."""
        before, after = change.before, change.after
        bookmark = self.store.get(before.film_key)
        if before.film_key == after.film_key or bookmark is None:
            return
        old, new = visible(bookmark.label), visible(after.film.label)
        library = self.app.library
        others = len(library.reviews_of(before.film_key)) if library is not None else 0
        if others:
            still = counted(others, "other review is", "other reviews are")
            self._tell(f"The bookmark stays with {old}: {still} still about it.", timeout=6)
            return
        if self.store.get(after.film_key) is not None:
            self._tell(f"{new} was bookmarked already; the bookmark of {old} stays.", timeout=6)
            return

        def told() -> None:
            moved = self.store.get(after.film_key) is not None
            self._tell(
                f"The bookmark of {old} moved to {new}."
                if moved
                else f"{new} was bookmarked meanwhile; the bookmark of {old} stays.",
                timeout=6,
            )

        self._change(lambda: self.store.move(before.film_key, after), then=told)

    def edit_note(self, film_key: str | None = None) -> None:
        """Open the note editor for a bookmarked film (the selected one by default)."""
        from reeltui.tui.bookmarks.note import NoteScreen, one_line

        target = self._target(film_key)
        bookmark = self._bookmark_of(target, then=" first") if target is not None else None
        if target is None or bookmark is None:
            return
        key = target.film_key
        before = one_line(bookmark.note or "")

        def done(note: str | None) -> None:
            if note is None or note.strip() == before:
                return
            text = note.strip() or None
            self._change(
                lambda: self.store.set_note(key, text),
                then=lambda: self._tell("Note saved." if text else "Note removed.", timeout=3),
            )

        self.app.push_screen(NoteScreen(target.label, bookmark.note), done)

    def import_letterboxd(self) -> None:
        """Ask for a Letterboxd file (or the export's folder) and import it (`import_files`)."""
        from reeltui.tui.bookmarks.importer import ImportScreen

        if not any(isinstance(screen, ImportScreen) for screen in self.app.screen_stack):
            self.app.push_screen(ImportScreen(self.import_files))

    def import_files(self, path: Path, kind: ListKind | None) -> ImportReport:
        """Import a Letterboxd file or folder into the bookmarks, matched against the library
        on show. Runs in the import dialog's thread worker: it touches the store (which is
        thread-safe) and nothing of Textual. Raises as `import_letterboxd` does."""
        from reeltui.bookmarks.letterboxd import import_letterboxd

        library = self.app.library
        find = library.catalog.film_titled if library is not None else None
        return import_letterboxd(self.store, [path], find, kind=kind)

    def imported(self, report: ImportReport | None, error: BookmarkError | None) -> None:
        """An import reached the store: saved, or kept in memory by a write that failed (the
        dialog said which); the screens are told."""
        if error is not None:
            self._not_saved(error, timeout=None)
        elif report is not None and not report.dry_run:
            self._saved()
        self.sync()

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

    # -- telling the screens ------------------------------------------------------------

    def sync(self, *, force: bool = False) -> None:
        """Publish the app's bookmarks signal if anything the screens show changed (or if
        `force`); say so when the file turns read-only or writable again."""
        self._announce()
        shown = self.bookmarks.shown()
        if not force and shown == self._shown:
            return
        self._shown = shown
        self.app.bookmarks_changed_signal.publish(self.bookmarks)

    def _key(self, binding_id: str) -> str:
        """The key the user has for a binding, for a sentence ("press b")."""
        return self.app.user_keys.label(binding_id)

    def _announce(self) -> None:
        """Tell the user once when the file becomes read-only, and when it is writable again."""
        problem = self.store.problem
        message = str(problem) if problem is not None else None
        if message == self._announced:
            return
        if message is not None:
            hint = (
                f" Press {self._key('my_list')}, then {self._key('bookmarks.repair')},"
                " to move it aside."
                if isinstance(problem, BrokenBookmarks)
                else ""
            )
            self._tell(
                message + "." + hint, title="Bookmarks read-only", severity="error", timeout=20
            )
        elif self._announced is not None:
            self._tell(f"{self.store.path} can be saved again.", title="Bookmarks", timeout=5)
        self._announced = message

    # -- internals ----------------------------------------------------------------------

    def _change(
        self,
        change: Callable[[], object],
        *,
        then: Callable[[], None] | None = None,
        quiet: bool = False,
    ) -> None:
        """Make one change through the store in a worker (a write takes a lock, which another
        copy may hold for a while, and an fsync), after the changes asked for before it;
        `then` runs once it is saved. Errors are told here (`quiet`: only remembered)."""
        ticket = self._tickets
        self._tickets += 1
        self.bookmarks.writes_pending += 1
        self.app.run_worker(
            partial(self._write, ticket, change, then, quiet),
            thread=True,
            group="bookmarks",
            name="bookmark write",
            exit_on_error=False,
        )

    def _write(
        self,
        ticket: int,
        change: Callable[[], object],
        then: Callable[[], None] | None,
        quiet: bool,
    ) -> None:
        """A worker's write, in its turn; its outcome is taken in on the UI thread."""
        with self._turn:
            while self._served != ticket:
                self._turn.wait()
            try:
                change()
                error: Exception | None = None
            except Exception as exc:  # told on the UI thread
                error = exc
            finally:
                self._served += 1
                self._turn.notify_all()
        with contextlib.suppress(RuntimeError):  # the app ended meanwhile
            self.app.call_from_thread(self._written, error, then, quiet)

    def _written(
        self, error: Exception | None, then: Callable[[], None] | None, quiet: bool
    ) -> None:
        """Take in how a write went: tell errors, run `then` once saved, update the screens."""
        self.bookmarks.writes_pending -= 1
        try:
            if error is not None:
                raise error
        except NotBookmarked as exc:
            self._tell(f"{exc}.", title="Bookmarks", severity="warning", timeout=6)
            return
        except BrokenBookmarks as exc:
            self.bookmarks.last_error = str(exc)
            self._offer_move_aside(exc)
            return
        except BookmarksReadOnly as exc:
            self.bookmarks.last_error = str(exc)
            self._tell(
                f"{exc}. The change is kept in memory for now.",
                title="Bookmarks read-only",
                severity="error",
                timeout=10,
            )
            return
        except BookmarkError as exc:
            self._not_saved(exc, timeout=None if quiet else 15)
        else:
            self._saved()
            if then is not None:
                then()
        finally:
            self.sync()

    def _save_pending(self, *, quiet: bool) -> None:
        """Try to write the changes left in memory; say how it went (errors only if asked)."""
        count = self.store.unsaved
        try:
            self.store.save()
        except BookmarkError as exc:
            self._not_saved(exc, timeout=None if quiet else 10)
        else:
            self._saved()
            if count:
                changes = counted(count, "bookmark change")
                self._tell(f"Saved {changes} to {self.store.path}.", timeout=5)
        finally:
            self.sync()

    def _not_saved(self, error: BookmarkError, *, timeout: float | None) -> None:
        """A write failed: remember why, retry later, and say so (unless `timeout` is None)."""
        self.bookmarks.last_error = str(error)
        self._next_retry = time.monotonic() + RETRY_INTERVAL
        if timeout is not None:
            self._tell(f"{error}.", title="Bookmarks not saved", severity="error", timeout=timeout)

    def _saved(self) -> None:
        """A write succeeded: nothing waits in memory any more."""
        self.bookmarks.last_error = None
        self._quit_warned = False

    def _offer_move_aside(self, problem: BrokenBookmarks) -> None:
        """Ask whether to move the broken file aside (once at a time)."""
        from reeltui.tui.bookmarks.repair import RepairScreen

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
                self.bookmarks.last_error = None
                self._announced = None  # this message already says it can be saved again
        finally:
            self.sync(force=True)

    def _top_screen(self) -> Screen[Any] | None:
        """The topmost main or bookmarks screen (a command palette may be above it)."""
        from reeltui.tui.bookmarks.screen import BookmarksScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, BookmarksScreen | MainScreen):
                return screen
        return None

    def _target(self, film_key: str | None = None) -> _Target | None:
        """The film an action is about: the given key, the bookmarks screen's choice, or on the
        main screen its selected film (the open one when the reader or panel has the focus)."""
        from reeltui.tui.bookmarks.screen import BookmarksScreen

        if film_key is None:
            screen = self._top_screen()
            if isinstance(screen, BookmarksScreen):
                selected = screen.selected
                film_key = selected.film_key if selected is not None else None
            elif isinstance(screen, MainScreen):
                review = screen.selected_film
                if review is None:
                    return None
                key = self._bookmarked_key(review.film_key)
                return _Target(key, self._label(key, review), review)
        if film_key is None:
            return None
        review = self.app.review_of(film_key)
        key = self._bookmarked_key(film_key)
        return _Target(key, self._label(key, review), review)

    def _bookmarked_key(self, film_key: str) -> str:
        """The key a film is bookmarked under: its own; or, when that is not bookmarked, the
        key of a bookmark made on its reviews without a year before a dated review of it came
        (`Catalog.films_of`), which follows them."""
        library = self.app.library
        if library is None or self.store.get(film_key) is not None:
            return film_key
        keys = [bookmark.film_key for bookmark in self.store.all()]
        for key, film in library.catalog.films_of(keys).items():
            if film == film_key:
                return key
        return film_key

    def _bookmark_of(self, target: _Target, *, then: str) -> Bookmark | None:
        """The film's bookmark; without one, say how to bookmark it (`then`: what after)."""
        bookmark = self.store.get(target.film_key)
        if bookmark is None:
            self._tell(
                f"{target.label} is not bookmarked:"
                f" press {self._key('bookmark')} to bookmark it{then}.",
                severity="warning",
                timeout=5,
            )
        return bookmark

    def _label(self, film_key: str, review: Review | Entry | None) -> str:
        """How messages name a film: its bookmark's label, else the review's, else its key."""
        bookmark = self.store.get(film_key)
        if bookmark is not None:
            return visible(bookmark.label)
        if review is not None:
            return visible(review.film.label)
        return film_key

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
