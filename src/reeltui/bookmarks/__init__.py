"""Bookmarks: the films a person means to watch, in a TOML file that survives crashes and
other running copies. `model` (a bookmark, its status, the errors), `document` (the file as
tables, salvage, changes), `store` (lock, re-read, merge, atomic write) and `export` (CSV,
Letterboxd, TOML safe for a terminal)."""

from reeltui.bookmarks.model import (
    FORMAT_VERSION,
    Bookmark,
    BookmarkError,
    BookmarksBusy,
    BookmarksReadOnly,
    BookmarksWriteError,
    BrokenBookmarks,
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
    "NewerBookmarks",
    "NotBookmarked",
    "Status",
    "UnreadableBookmarks",
    "film_title",
]
