"""The app's bookmarks as the TUI shows them: the store, and what the TUI remembers beside it.

The app owns one `Bookmarks` (see `tui/base.py`). Screens and widgets read it through the app
and draw themselves again when the app's `bookmarks_changed_signal` fires; the controller
(`controller.py`) is what changes it, and publishes the signal. No Textual here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from reeltui.bookmarks import Bookmark, BookmarkStore, BrokenBookmarks
from reeltui.library import Library
from reeltui.library.listing import FilmRow
from reeltui.tui.bookmarks.marks import mark_of
from reeltui.words import counted

__all__ = ["Bookmarks", "Removed", "bookmarked_rows"]


def bookmarked_rows(library: Library, keys: Iterable[str]) -> tuple[FilmRow, ...]:
    """The rows of every review of the bookmarked films the library holds (each once: a film
    may be bookmarked under its key and, from before it had a year, under its key without one).

    Looked up by film key, so the cost follows the number of bookmarks, not of reviews.
    """
    reviews = {review.docno: review for key in keys for review in library.reviews_of(key)}
    return tuple(FilmRow(review) for review in reviews.values())


@dataclass(frozen=True, slots=True)
class Removed:
    """What `u` needs to put back a removed bookmark: its entry as the file held it (every key:
    the note, the dates, a rating and tags from Letterboxd, keys of other versions)."""

    film_key: str
    title: str
    entry: Mapping[str, Any]

    @classmethod
    def of(cls, bookmark: Bookmark, entry: Mapping[str, Any] | None) -> Removed:
        """Remember a bookmark about to be removed, with its entry (`BookmarkStore.entry`)."""
        kept = dict(entry) if entry is not None else bookmark_entry(bookmark)
        return cls(bookmark.film_key, bookmark.title, kept)


def bookmark_entry(bookmark: Bookmark) -> dict[str, Any]:
    """The least entry of a bookmark the file no longer holds: key, title, year, status, note."""
    entry: dict[str, Any] = {"film_key": bookmark.film_key, "title": bookmark.title}
    if bookmark.year is not None:
        entry["year"] = bookmark.year
    entry["status"] = bookmark.status.value
    if bookmark.note:
        entry["note"] = bookmark.note
    return entry


class Bookmarks:
    """The bookmark store, the bookmark removed last and the last write error, and what the
    screens say about them (the badge, the problem line, the marks of the list)."""

    def __init__(self, store: BookmarkStore) -> None:
        self.store = store
        #: The bookmark removed last, which `u` puts back.
        self.removed: Removed | None = None
        #: Why the last write failed, while changes wait in memory (None once one succeeds).
        self.last_error: str | None = None
        #: Changes asked for whose write has not been taken in yet (they run in workers, in
        #: turn): until then the store may not show them ("b" then "w" pressed at once).
        self.writes_pending = 0

    @property
    def can_undo(self) -> bool:
        """Whether a removed bookmark can be put back."""
        return self.removed is not None and not self.store.is_bookmarked(self.removed.film_key)

    @property
    def needs_repair(self) -> bool:
        """Whether there is something to repair: a broken file or unsaved changes."""
        return isinstance(self.store.problem, BrokenBookmarks) or (
            bool(self.store.unsaved) and not self.store.read_only
        )

    def keys(self) -> tuple[str, ...]:
        """The bookmarked film keys, in the order they were added."""
        return tuple(bookmark.film_key for bookmark in self.store.all())

    def marks(self, library: Library | None = None) -> dict[str, str]:
        """The film list's one-cell mark of each bookmarked film, by film key; with the
        `library`, also under the key of the film a yearless key now stands for (a bookmark
        made before a dated review of the film came), unless that film has its own."""
        marks = {bookmark.film_key: mark_of(bookmark.status) for bookmark in self.store.all()}
        if library is not None and marks:
            for key, film in library.catalog.films_of(marks).items():
                marks.setdefault(film, marks[key])
        return marks

    def badge(self) -> tuple[str | None, bool]:
        """What the header says about the bookmarks (None when all is saved), and whether it
        is an error."""
        if self.store.read_only:
            return "Bookmarks read-only", True
        count = self.store.unsaved
        if count:
            return f"{counted(count, 'bookmark change')} not saved", True
        return None, False

    def problem_text(self, repair_key: str = "R") -> str | None:
        """A sentence on why changes are not being saved (for the bookmarks screen), or None;
        `repair_key` is the key that moves a broken file aside or tries again."""
        problem = self.store.problem
        if isinstance(problem, BrokenBookmarks):
            return f"{problem}. Press {repair_key} to move it aside and start a new file."
        if problem is not None:
            return f"{problem}."
        if self.store.unsaved:
            return f"{self.unsaved_sentence()}. Press {repair_key} to try again."
        return None

    def unsaved_sentence(self) -> str:
        """How many changes are not saved, and why: the last write error's first clause.

        (The store's message goes on to say the change is kept in memory; the callers say what
        the user can do instead.)
        """
        count = self.store.unsaved
        what = counted(count, "bookmark change is", "bookmark changes are")
        why = f" ({self.last_error.split('; ')[0]})" if self.last_error else ""
        return f"{what} not saved yet{why}"

    def shown(self) -> tuple[object, ...]:
        """Everything the screens show of the bookmarks, to tell whether any of it changed."""
        problem = self.store.problem
        return (
            self.store.generation,
            self.store.unsaved,
            str(problem) if problem is not None else None,
            self.can_undo,
            self.last_error,
        )
