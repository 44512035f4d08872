"""Bookmarks: the films a person means to watch, in a TOML file that survives crashes and
other running copies. `model` (a bookmark, its status, the errors), `document` (the file as
tables, salvage, changes), `store` (lock, re-read, merge, atomic write), `export` (CSV, TOML
safe for a terminal) and `letterboxd` (its export files imported, its import CSV written)."""

from reeltui.bookmarks.model import (
    FORMAT_VERSION,
    Bookmark,
    BookmarkError,
    BookmarksBusy,
    BookmarksReadOnly,
    BookmarksWriteError,
    BrokenBookmarks,
    ImportCounts,
    ImportedFilm,
    NewerBookmarks,
    NotBookmarked,
    Status,
    UnreadableBookmarks,
    film_title,
)
from reeltui.bookmarks.store import LOCK_TIMEOUT, BookmarkStore

__all__ = [
    "FORMAT_VERSION",
    "LOCK_TIMEOUT",
    "Bookmark",
    "BookmarkError",
    "BookmarkStore",
    "BookmarksBusy",
    "BookmarksReadOnly",
    "BookmarksWriteError",
    "BrokenBookmarks",
    "ImportCounts",
    "ImportedFilm",
    "NewerBookmarks",
    "NotBookmarked",
    "Status",
    "UnreadableBookmarks",
    "film_title",
]
