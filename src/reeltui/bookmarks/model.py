"""A bookmark as the rest of reeltui sees it, its status, and the errors of the bookmarks.

Every error's message is one sentence for the user.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from reeltui.model import Film
from reeltui.text import clean, clean_line
from reeltui.words import counted

__all__ = [
    "FORMAT_VERSION",
    "RATINGS",
    "Bookmark",
    "BookmarkError",
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
    "utc_now",
]

#: The format version this code reads and writes.
FORMAT_VERSION = 1

#: The ratings a bookmark can carry: Letterboxd's half stars, from 0.5 to 5.
RATINGS = frozenset(n / 2 for n in range(1, 11))


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
    """A change could not be saved (read-only folder, full disk); the store keeps it in memory.

    `cause` is why, without what follows from it ("could not write bookmarks.toml (the disk
    is full)"): a program about to exit says that nothing was saved instead.
    """

    def __init__(self, message: str, path: Path | None = None, *, cause: str = "") -> None:
        super().__init__(message, path)
        self.cause = cause or message


class BookmarksBusy(BookmarksWriteError):
    """Another process held the bookmarks lock for longer than the timeout."""


class NotBookmarked(BookmarkError, LookupError):
    """A change was asked for a film that has no bookmark (perhaps removed elsewhere)."""


@dataclass(frozen=True, slots=True)
class Bookmark:
    """One bookmarked film, as read from one `[[bookmark]]` table.

    `extra` holds the table's keys this version does not know; they are written back untouched.
    `added` and `watched_at` are timezone-aware UTC datetimes (None when the file has none). A
    file may give a day without a time instead (a TOML date, as an import from Letterboxd
    writes): the datetime is then that day's midnight in UTC, and `added_day`/`watched_day` keep
    the day itself, so that it is shown as that day in every time zone (`added_date`,
    `watched_date`).
    `title` and `note` are cleaned for display (no escape sequences or control characters, a
    one-line title); the file keeps whatever it holds until the value is changed.
    `letterboxd_uri`, `rating` (0.5 to 5), `tags` and `rewatch` come from Letterboxd: the
    film's address there, and the user's own rating, tags and rewatch flag.
    """

    film_key: str
    title: str
    year: int | None
    status: Status = Status.TO_WATCH
    added: datetime | None = None
    note: str | None = None
    watched_at: datetime | None = None
    extra: Mapping[str, Any] = field(default_factory=dict, hash=False)
    added_day: date | None = None
    watched_day: date | None = None
    letterboxd_uri: str | None = None
    rating: float | None = None
    tags: tuple[str, ...] = ()
    rewatch: bool = False

    @property
    def watched(self) -> bool:
        """True when the film has been watched."""
        return self.status is Status.WATCHED

    @property
    def label(self) -> str:
        """A human label: "Title (2023)"."""
        return Film(self.title, self.year).label

    @property
    def added_date(self) -> date | None:
        """The day the film was bookmarked: as the file gives it, or in local time."""
        return _local_day(self.added_day, self.added)

    @property
    def watched_date(self) -> date | None:
        """The day the film was watched: as the file gives it, or in local time."""
        return _local_day(self.watched_day, self.watched_at)

    def to_json(self) -> dict[str, Any]:
        """The bookmark as JSON-ready data: the `"bookmark"` field of `reeltui show --json`.

        `added` and `watched_at` are ISO 8601: a UTC time ("2026-11-24T09:30:00Z"), or a day
        ("2023-01-15") when the file gives no time.
        """
        return {
            "film_key": self.film_key,
            "title": self.title,
            "year": self.year,
            "status": self.status.value,
            "added": _iso(self.added_day or self.added),
            "watched_at": _iso(self.watched_day or self.watched_at),
            "note": self.note,
            "letterboxd_uri": self.letterboxd_uri,
            "rating": self.rating,
            "tags": list(self.tags),
            "rewatch": self.rewatch,
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
            added_day=_day(table.get("added")),
            watched_day=_day(table.get("watched_at")),
            letterboxd_uri=_letterboxd_uri(key, table, notes),
            rating=_rating(key, table, notes),
            tags=_tags(key, table, notes),
            rewatch=table.get("rewatch") is True,
        )
        return bookmark, notes


def _letterboxd_uri(key: str, table: Mapping[str, Any], notes: list[str]) -> str | None:
    """The film's Letterboxd address, when the table has one that is text."""
    uri = table.get("letterboxd_uri")
    if uri is None:
        return None
    if not isinstance(uri, str):
        notes.append(f"{key}: the Letterboxd address is not text")
        return None
    return clean_line(uri) or None


def _rating(key: str, table: Mapping[str, Any], notes: list[str]) -> float | None:
    """The user's rating, when the table has one of 0.5 to 5 in half stars."""
    value = table.get("rating")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value not in RATINGS:
        notes.append(f"{key}: the rating is not a number of stars from 0.5 to 5")
        return None
    return float(value)


def _tags(key: str, table: Mapping[str, Any], notes: list[str]) -> tuple[str, ...]:
    """The user's tags, when the table has a list of text."""
    value = table.get("tags")
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        notes.append(f"{key}: the tags are not a list of text")
        return ()
    return tuple(cleaned for tag in value if (cleaned := clean_line(tag)))


_KNOWN_KEYS = frozenset(
    {
        "film_key",
        "title",
        "year",
        "status",
        "added",
        "note",
        "watched_at",
        "letterboxd_uri",
        "rating",
        "tags",
        "rewatch",
    }
)


@dataclass(frozen=True, slots=True)
class ImportedFilm:
    """A film to bookmark from another service's list (Letterboxd's), one per film.

    `film_key`, `title` and `year` are the library's when the film has a review there
    (`has_review`), else made from the list's title and year. `added`, `watched_on` are days;
    the other fields are as on `Bookmark`.
    """

    film_key: str
    title: str
    year: int | None
    status: Status
    has_review: bool
    added: date | None = None
    watched_on: date | None = None
    letterboxd_uri: str | None = None
    rating: float | None = None
    tags: tuple[str, ...] = ()
    rewatch: bool = False


@dataclass(slots=True)
class ImportCounts:
    """What an import did: films bookmarked (how many of them have no review in the library),
    films that were bookmarked already, and how many of those it completed (marked watched, or
    gave a date, address, rating or tags they lacked)."""

    added: int = 0
    without_review: int = 0
    already: int = 0
    updated: int = 0


class AboutAFilm(Protocol):
    """Anything about one film: a review, its card, its entry in the film list."""

    @property
    def film(self) -> Film: ...

    @property
    def film_key(self) -> str: ...


def film_title(review: AboutAFilm) -> str:
    """The title a bookmark stores for a review's film: its title, with the season if any."""
    film = review.film
    return f"{film.title} Season {film.season}" if film.season is not None else film.title


def _iso(moment: datetime | date | None) -> str | None:
    """An aware UTC datetime as `2026-11-24T09:30:00Z`, a day as `2026-11-24` (None stays)."""
    if moment is None:
        return None
    if not isinstance(moment, datetime):
        return moment.isoformat()
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _day(value: object) -> date | None:
    """The day a TOML value gives when it is a day without a time (a date, or "2023-01-15")."""
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    return None


def _local_day(day: date | None, moment: datetime | None) -> date | None:
    """A day as given, else the day of a moment in local time."""
    if day is not None:
        return day
    return moment.astimezone().date() if moment is not None else None


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
