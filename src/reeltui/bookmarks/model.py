"""A bookmark as the rest of reeltui sees it, its status, and the errors of the bookmarks.

Every error's message is one sentence for the user.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from reeltui.model import Film, Review
from reeltui.text import clean, clean_line
from reeltui.words import counted

__all__ = [
    "FORMAT_VERSION",
    "Bookmark",
    "BookmarkError",
    "BookmarksBusy",
    "BookmarksReadOnly",
    "BookmarksWriteError",
    "BrokenBookmarks",
    "NewerBookmarks",
    "NotBookmarked",
    "Status",
    "UnreadableBookmarks",
    "film_title",
    "utc_now",
]

#: The format version this code reads and writes.
FORMAT_VERSION = 1


class Status(StrEnum):
    """Where a bookmarked film stands."""

    TO_WATCH = "to-watch"
    WATCHED = "watched"

    @property
    def other(self) -> Status:
        """The status a watched/to-watch toggle moves to."""
        return Status.TO_WATCH if self is Status.WATCHED else Status.WATCHED


class BookmarkError(Exception):
    """Something went wrong with the bookmarks; `str(error)` is one sentence for the user."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message


class BookmarksReadOnly(BookmarkError):
    """The bookmarks file may be read but must not be written (broken, newer or unreadable)."""


class BrokenBookmarks(BookmarksReadOnly):
    """The bookmarks file does not parse; `salvaged` entries could still be read from it."""

    def __init__(self, path: Path, reason: str, salvaged: int) -> None:
        if salvaged:
            kept = "bookmark" if salvaged == 1 else counted(salvaged, "bookmark")
            outcome = f"moving it aside keeps the {kept} that could be read"
        else:
            outcome = "none of its bookmarks could be read, and moving it aside starts afresh"
        super().__init__(
            f"{path} is not a valid bookmarks file ({reason}), so it is left untouched and "
            f"bookmarks are read-only; {outcome}",
            path,
        )
        self.reason = reason
        self.salvaged = salvaged


class NewerBookmarks(BookmarksReadOnly):
    """The bookmarks file was written by a newer reeltui (format `version` above ours)."""

    def __init__(self, path: Path, version: int) -> None:
        super().__init__(
            f"{path} has format version {version}, newer than this reeltui understands "
            f"({FORMAT_VERSION}), so bookmarks are read-only; upgrade reeltui to change them",
            path,
        )
        self.version = version


class UnreadableBookmarks(BookmarksReadOnly):
    """The bookmarks file exists but could not be read (permissions, not a file, I/O error)."""


class BookmarksWriteError(BookmarkError):
    """A change could not be saved (read-only folder, full disk); it is kept in memory."""


class BookmarksBusy(BookmarksWriteError):
    """Another process held the bookmarks lock for longer than the timeout."""


class NotBookmarked(BookmarkError, LookupError):
    """A change was asked for a film that has no bookmark (perhaps removed elsewhere)."""


@dataclass(frozen=True, slots=True)
class Bookmark:
    """One bookmarked film, as read from one `[[bookmark]]` table.

    `extra` holds the table's keys this version does not know; they are written back untouched.
    `added` and `watched_at` are timezone-aware UTC datetimes (None when the file has none).
    `title` and `note` are cleaned for display (no escape sequences or control characters, a
    one-line title); the file keeps whatever it holds until the value is changed.
    """

    film_key: str
    title: str
    year: int | None
    status: Status = Status.TO_WATCH
    added: datetime | None = None
    note: str | None = None
    watched_at: datetime | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False)

    @property
    def watched(self) -> bool:
        """True when the film has been watched."""
        return self.status is Status.WATCHED

    @property
    def label(self) -> str:
        """A human label: "Title (2023)"."""
        return Film(self.title, self.year).label

    def to_json(self) -> dict[str, Any]:
        """The bookmark as JSON-ready data: the `"bookmark"` field of `reeltui show --json`."""
        return {
            "film_key": self.film_key,
            "title": self.title,
            "year": self.year,
            "status": self.status.value,
            "added": _iso(self.added),
            "watched_at": _iso(self.watched_at),
            "note": self.note,
        }

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> tuple[Bookmark, list[str]]:
        """Read a bookmark from a raw table, leniently; returns it with notes on odd values.

        Raises `ValueError` only when the table has no usable `film_key`, the one value a
        bookmark cannot do without.
        """
        key = table.get("film_key")
        if not isinstance(key, str) or not key.strip():
            raise ValueError("a [[bookmark]] entry has no film_key")
        notes: list[str] = []
        title = table.get("title")
        if not isinstance(title, str) or not title:
            if "title" in table:
                notes.append(f"{key}: the title is not text")
            title = key
        title = clean_line(title) or key
        year = table.get("year")
        if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
            notes.append(f"{key}: the year is not a whole number")
            year = None
        raw_status = table.get("status", Status.TO_WATCH.value)
        try:
            status = Status(raw_status)
        except ValueError:
            notes.append(f"{key}: unknown status {raw_status!r}, shown as to-watch")
            status = Status.TO_WATCH
        note = table.get("note")
        if note is not None and not isinstance(note, str):
            notes.append(f"{key}: the note is not text")
            note = None
        note = clean(note).strip() if note else None
        added = _as_utc(table.get("added"))
        if added is None and "added" in table:
            notes.append(f"{key}: the added time is not a date")
        watched_at = _as_utc(table.get("watched_at"))
        extra = {k: v for k, v in table.items() if k not in _KNOWN_KEYS}
        bookmark = cls(
            film_key=key,
            title=title,
            year=year,
            status=status,
            added=added,
            note=note or None,
            watched_at=watched_at,
            extra=extra,
        )
        return bookmark, notes


_KNOWN_KEYS = frozenset({"film_key", "title", "year", "status", "added", "note", "watched_at"})


def film_title(review: Review) -> str:
    """The title a bookmark stores for a review's film: its title, with the season if any."""
    film = review.film
    return f"{film.title} Season {film.season}" if film.season is not None else film.title


def _iso(moment: datetime | None) -> str | None:
    """An aware UTC datetime as `2026-11-24T09:30:00Z` (None stays None)."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _as_utc(value: object) -> datetime | None:
    """A TOML date/datetime (or ISO text) as an aware UTC datetime; None if it is not one."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    return None


def utc_now() -> datetime:
    """Now, in UTC, to the second (TOML has no need of microseconds here)."""
    return datetime.now(UTC).replace(microsecond=0)
