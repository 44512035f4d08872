"""The bookmark store: the films a person means to watch, kept in `bookmarks.toml` (design §4).

Losing this list, or corrupting it when two terminals are open, is the worst thing reeltui could
do, so every write follows one procedure: take an exclusive lock (a `.lock` file beside the
bookmarks, `fcntl.flock`, with a timeout), read the file again, apply the one change to what is
on disk *now* (so two processes never lose each other's entries), write a temporary file in the
same folder, flush and fsync it, `os.replace` it over the old file and fsync the folder. Readers
take no lock: a replaced file is always whole.

The store works on the file's raw tables and changes only the keys a change is about, so keys
it does not know (at the top level and inside entries) survive every write. A file that does
not parse is never overwritten: the store becomes read-only, keeps what it could salvage, and
`move_aside` renames the broken file to `bookmarks.toml.broken-<timestamp>` before writing a
fresh one. A file of a newer format version is read but never written.

Changes that could not be saved (read-only folder, full disk, lock held too long, broken file)
stay in memory as *pending* changes: the view shows them, `save()` retries them, and the next
successful write carries them along.
"""

from __future__ import annotations

import errno
import os
import re
import threading
import tomllib
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

import tomli_w

from reeltui.model import Review
from reeltui.storage import (
    LockTimeout,
    aside_name,
    exclusive_lock,
    fsync_folder,
    os_reason,
    remove_leftovers,
    write_atomic,
)
from reeltui.text import clean, clean_line

__all__ = [
    "FORMAT_VERSION",
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

#: The format version this code reads and writes.
FORMAT_VERSION = 1

#: How long a write waits for another process's lock before giving up, in seconds.
LOCK_TIMEOUT = 10.0

Table = dict[str, Any]
_Stamp = tuple[int, int, int, int]
#: A change: applied to a document, it says whether it changed anything.
_Op = Callable[["_Document"], bool]


class Status(StrEnum):
    """Where a bookmarked film stands."""

    TO_WATCH = "to-watch"
    WATCHED = "watched"

    @property
    def other(self) -> Status:
        """The status a watched/to-watch toggle moves to."""
        return Status.TO_WATCH if self is Status.WATCHED else Status.WATCHED


# --------------------------------------------------------------------------------------------
# Errors: each message is one sentence for the user.


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
            noun = "bookmark" if salvaged == 1 else f"{salvaged} bookmarks"
            outcome = f"moving it aside keeps the {noun} that could be read"
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


# --------------------------------------------------------------------------------------------
# The bookmark as the rest of reeltui sees it.


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
        return f"{self.title} ({self.year})" if self.year is not None else self.title

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


def _utc_now() -> datetime:
    """Now, in UTC, to the second (TOML has no need of microseconds here)."""
    return datetime.now(UTC).replace(microsecond=0)


# --------------------------------------------------------------------------------------------
# The file as raw tables.


@dataclass(slots=True)
class _Document:
    """The file's content: top-level keys (other than `bookmark`) and the raw entry tables."""

    top: Table = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)

    def clone(self) -> _Document:
        """A deep copy, so changes to it never reach the original."""
        return _Document(_copy(self.top), [_copy(t) for t in self.tables])

    def find(self, key: str) -> Table | None:
        """The first table of a film key."""
        for table in self.tables:
            if table.get("film_key") == key:
                return table
        return None

    def dumps(self) -> str:
        """The document as TOML text, version first; it always says the version we write."""
        data: Table = {"version": FORMAT_VERSION}
        data.update((k, v) for k, v in self.top.items() if k not in ("version", "bookmark"))
        if self.tables:
            data["bookmark"] = self.tables
        return tomli_w.dumps(data)


def _copy(value: Any) -> Any:
    """A deep copy of TOML data: tables and arrays are copied, other values are immutable."""
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


@dataclass(slots=True)
class _Read:
    """What one read of the file found."""

    doc: _Document
    problem: BookmarksReadOnly | None = None
    stamp: _Stamp | None = None
    data: bytes | None = None


def _stamp_of(st: os.stat_result) -> _Stamp:
    """What identifies one version of the file: a replace changes the inode, a write the rest."""
    return (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)


def _read(path: Path, known: tuple[bytes, _Document] | None = None) -> _Read:
    """Read and check the bookmarks file; never raises (problems are in the result).

    `known` is bytes already parsed and their document: when the file holds exactly those
    bytes, a copy of the document is returned without parsing again.
    """
    try:
        with open(path, "rb") as handle:
            stamp = _stamp_of(os.fstat(handle.fileno()))
            data = handle.read()
    except FileNotFoundError:
        return _Read(_Document())
    except IsADirectoryError:
        return _Read(_Document(), UnreadableBookmarks(f"{path} is a folder, not a file", path))
    except OSError as exc:
        return _Read(
            _Document(),
            UnreadableBookmarks(
                f"could not read {path} ({_reason(exc)}), so bookmarks are read-only", path
            ),
        )
    if known is not None and data == known[0]:
        return _Read(known[1].clone(), stamp=stamp, data=data)
    result = _parse(path, data)
    result.stamp = stamp
    result.data = data
    return result


def _parse(path: Path, data: bytes) -> _Read:
    """Turn the file's bytes into a document, salvaging what it can from a broken one."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        doc = _salvage(data.decode("utf-8", errors="replace"))
        reason = f"it is not UTF-8 text at byte {exc.start}"
        return _Read(doc, BrokenBookmarks(path, reason, _count_entries(doc)))
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        doc = _salvage(text)
        return _Read(doc, BrokenBookmarks(path, _toml_reason(exc), _count_entries(doc)))

    entries = raw.pop("bookmark", [])
    if not isinstance(entries, list) or not all(isinstance(t, dict) for t in entries):
        reason = "'bookmark' is not a list of [[bookmark]] tables"
        return _Read(_Document(raw, []), BrokenBookmarks(path, reason, 0))
    doc = _Document(raw, entries)
    version = raw.get("version", FORMAT_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        reason = f"the version {version!r} is not a format version"
        return _Read(doc, BrokenBookmarks(path, reason, _count_entries(doc)))
    problem: BookmarksReadOnly | None = None
    if version > FORMAT_VERSION:
        problem = NewerBookmarks(path, version)
    return _Read(doc, problem)


def _toml_reason(exc: tomllib.TOMLDecodeError) -> str:
    """The parser's complaint as a clause: "expected '=' after a key (at line 3, column 5)"."""
    text = str(exc).strip().rstrip(".")
    return text[:1].lower() + text[1:] if text else "it is not valid TOML"


def _count_entries(doc: _Document) -> int:
    """How many tables of a document have a film key."""
    return sum(1 for t in doc.tables if isinstance(t.get("film_key"), str))


# A table header line: `[name]` or `[[name]]`, optionally followed by a comment.
_HEADER = re.compile(r"^[ \t]*(\[\[?)[ \t]*([^\[\]\n]*?)[ \t]*(\]\]?)[ \t]*(?:#[^\n]*)?$", re.M)


def _salvage(text: str) -> _Document:
    """Read what can be read of a broken file, one `[[bookmark]]` block at a time.

    The text is cut at table header lines; each `[[bookmark]]` block that parses on its own and
    has a film key is kept, and so are the top-level keys and other tables that parse.
    """
    doc = _Document()
    headers = list(_HEADER.finditer(text))
    preamble = text[: headers[0].start()] if headers else text
    with suppress(tomllib.TOMLDecodeError):
        top = tomllib.loads(preamble)
        top.pop("bookmark", None)
        doc.top.update(top)
    for i, match in enumerate(headers):
        end = headers[i + 1].start() if i + 1 < len(headers) else len(text)
        is_entry = match.group(1) == "[[" and match.group(3) == "]]"
        if is_entry and match.group(2).strip("\"' ") == "bookmark":
            try:
                table = tomllib.loads(text[match.end() : end])
            except tomllib.TOMLDecodeError:
                continue
            if isinstance(table.get("film_key"), str):
                doc.tables.append(table)
        elif not match.group(2).startswith("bookmark"):
            try:
                other = tomllib.loads(text[match.start() : end])
            except tomllib.TOMLDecodeError:
                continue
            for key, value in other.items():
                doc.top.setdefault(key, value)
    return doc


# --------------------------------------------------------------------------------------------
# The changes, as functions of a document (so they can be applied to what is on disk now).


def _op_add(
    key: str, title: str, year: int | None, status: Status, note: str | None, now: datetime
) -> _Op:
    """Add a film unless it is already there (then the existing bookmark is kept as it is)."""

    def apply(doc: _Document) -> bool:
        if doc.find(key) is not None:
            return False
        table: Table = {"film_key": key, "title": title}
        if year is not None:
            table["year"] = year
        table["status"] = status.value
        table["added"] = now
        if status is Status.WATCHED:
            table["watched_at"] = now
        if note:
            table["note"] = note
        doc.tables.append(table)
        return True

    return apply


def _op_remove(key: str) -> _Op:
    """Remove every table of a film key (hand-made duplicates too)."""

    def apply(doc: _Document) -> bool:
        kept = [t for t in doc.tables if t.get("film_key") != key]
        if len(kept) == len(doc.tables):
            return False
        doc.tables[:] = kept
        return True

    return apply


def _op_status(key: str, status: Status, now: datetime) -> _Op:
    """Set a film's status; watching records when, un-watching forgets it."""

    def apply(doc: _Document) -> bool:
        table = doc.find(key)
        if table is None:
            raise NotBookmarked(f"{key} is not bookmarked")
        if table.get("status") == status.value:
            return False
        if status is Status.WATCHED:
            table["watched_at"] = now
        else:
            table.pop("watched_at", None)
        table["status"] = status.value
        return True

    return apply


def _op_note(key: str, note: str | None) -> _Op:
    """Set a film's note; an empty note removes it."""

    def apply(doc: _Document) -> bool:
        table = doc.find(key)
        if table is None:
            raise NotBookmarked(f"{key} is not bookmarked")
        if note:
            if table.get("note") == note:
                return False
            table["note"] = note
            return True
        return table.pop("note", None) is not None

    return apply


# --------------------------------------------------------------------------------------------
# The store.


class BookmarkStore:
    """The bookmarks of one file: read on `load`, changed one locked, merged write at a time.

    Reading methods (`all`, `get`, `is_bookmarked`, `status_of`) are cheap dictionary lookups on
    the in-memory view, fit to call from a render loop. `generation` grows whenever the view
    changes, and `changed_on_disk()`/`reload()` notice writes by other processes. Methods are
    safe to call from several threads of one process.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        lock_timeout: float = LOCK_TIMEOUT,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        """Make a store over `path`; nothing is read until `load()` (see `open`)."""
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.lock_timeout = lock_timeout
        self._clock = clock
        self._mutex = threading.RLock()
        self._base = _Document()
        self._pending: list[_Op] = []
        self._view = _Document()
        self._bookmarks: dict[str, Bookmark] = {}
        self._problem: BookmarksReadOnly | None = None
        self._warnings: tuple[str, ...] = ()
        self._stamp: _Stamp | None = None
        self._data: bytes | None = None
        self._generation = 0

    @classmethod
    def open(cls, path: str | os.PathLike[str], **options: Any) -> BookmarkStore:
        """Make a store over `path` and load it (a missing file is an empty list)."""
        store = cls(path, **options)
        store.load()
        return store

    # -- reading ------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the file again; pending (unsaved) changes stay applied on top of it.

        Never raises: a broken, newer or unreadable file makes the store read-only, with the
        reason in `problem` and whatever could be salvaged in the view.
        """
        with self._mutex:
            self._adopt(_read(self.path))

    def reload(self) -> bool:
        """Load again if another process changed the file; True if the bookmarks changed."""
        with self._mutex:
            if not self.changed_on_disk():
                return False
            before = self._generation
            self._adopt(_read(self.path, (self._data, self._base) if self._data else None))
            return self._generation != before

    def changed_on_disk(self) -> bool:
        """True when the file on disk is not the version this store last read or wrote."""
        try:
            stamp: _Stamp | None = _stamp_of(os.stat(self.path))
        except FileNotFoundError:
            stamp = None
        except OSError:
            return False
        return stamp != self._stamp

    @property
    def generation(self) -> int:
        """A counter that grows each time the bookmarks in memory change (for UIs to watch)."""
        return self._generation

    @property
    def problem(self) -> BookmarksReadOnly | None:
        """Why the store is read-only (broken, newer or unreadable file), or None."""
        return self._problem

    @property
    def read_only(self) -> bool:
        """True when writes would be refused because of the file itself."""
        return self._problem is not None

    @property
    def warnings(self) -> tuple[str, ...]:
        """Notes on odd entries that were read leniently (bad status, missing film key...)."""
        return self._warnings

    @property
    def unsaved(self) -> int:
        """How many changes are in memory but not yet on disk (see `save`)."""
        return len(self._pending)

    def all(self) -> list[Bookmark]:
        """Every bookmark, in the file's order (the order they were added)."""
        return list(self._bookmarks.values())

    def get(self, film_key: str) -> Bookmark | None:
        """The bookmark of a film, or None."""
        return self._bookmarks.get(film_key)

    def is_bookmarked(self, film_key: str) -> bool:
        """True when the film is bookmarked."""
        return film_key in self._bookmarks

    def status_of(self, film_key: str) -> Status | None:
        """The film's status, or None when it is not bookmarked."""
        bookmark = self._bookmarks.get(film_key)
        return bookmark.status if bookmark is not None else None

    def keys(self) -> frozenset[str]:
        """The film keys of every bookmark."""
        return frozenset(self._bookmarks)

    def to_toml(self, film_keys: Collection[str] | None = None) -> str:
        """The bookmarks in memory as `bookmarks.toml` text, unknown keys included.

        With `film_keys`, only the entries of those films are included (for filtered exports).
        """
        doc = self._view.clone()
        if film_keys is not None:
            doc.tables = [t for t in doc.tables if t.get("film_key") in film_keys]
        return doc.dumps()

    def __len__(self) -> int:
        return len(self._bookmarks)

    def __contains__(self, film_key: object) -> bool:
        return film_key in self._bookmarks

    def __iter__(self) -> Iterator[Bookmark]:
        return iter(self.all())

    # -- changing -----------------------------------------------------------------------------

    def add(
        self,
        film_key: str,
        title: str,
        year: int | None = None,
        *,
        note: str | None = None,
        status: Status = Status.TO_WATCH,
    ) -> Bookmark:
        """Bookmark a film and save; an existing bookmark of it is returned unchanged.

        Raises `BookmarksReadOnly` or `BookmarksWriteError` when it cannot be saved; the
        bookmark is then kept in memory (`unsaved`) so that `save()` can try again.
        """
        if not film_key.strip():
            raise ValueError("a bookmark needs a film key")
        self._commit(_op_add(film_key, title, year, Status(status), note, self._clock()), film_key)
        return self._must_get(film_key)

    def add_review(self, review: Review, *, note: str | None = None) -> Bookmark:
        """Bookmark the film a review is about (see `add`)."""
        return self.add(review.film_key, film_title(review), review.film.year, note=note)

    def remove(self, film_key: str) -> bool:
        """Remove a film's bookmark and save; False if it was not bookmarked (nothing written)."""
        if film_key not in self._bookmarks and self._view.find(film_key) is None:
            return False
        self._commit(_op_remove(film_key), film_key)
        return True

    def set_status(self, film_key: str, status: Status) -> Bookmark:
        """Mark a bookmarked film watched or to-watch and save. Raises `NotBookmarked`."""
        self._require(film_key)
        self._commit(_op_status(film_key, Status(status), self._clock()), film_key)
        return self._must_get(film_key)

    def set_note(self, film_key: str, note: str | None) -> Bookmark:
        """Set (or, with None or "", remove) a bookmarked film's note and save."""
        self._require(film_key)
        self._commit(_op_note(film_key, note), film_key)
        return self._must_get(film_key)

    def toggle(self, film_key: str, title: str, year: int | None = None) -> Bookmark | None:
        """Bookmark the film if it is not bookmarked, else remove it; the bookmark or None.

        The choice follows what this store shows, which is what the user saw when asking.
        """
        if film_key in self._bookmarks:
            self.remove(film_key)
            return None
        return self.add(film_key, title, year)

    def toggle_review(self, review: Review) -> Bookmark | None:
        """`toggle` for the film a review is about."""
        return self.toggle(review.film_key, film_title(review), review.film.year)

    def toggle_watched(self, film_key: str) -> Bookmark:
        """Flip a bookmarked film between watched and to-watch. Raises `NotBookmarked`."""
        return self.set_status(film_key, self._require(film_key).status.other)

    def save(self) -> None:
        """Write the unsaved changes (after an error); does nothing when there are none."""
        with self._mutex:
            if self._pending:
                self._commit(None)

    def move_aside(self) -> Path | None:
        """Keep a broken file as `NAME.broken-<timestamp>` and write the salvaged bookmarks.

        The broken copy is the same bytes (a hard link, else a copy made before anything is
        replaced), and the new file holds every entry that could be read plus unsaved changes.
        Returns the broken copy's path, or None when the file is not broken (any more).
        Raises `BookmarksReadOnly` for a newer or unreadable file, `BookmarksWriteError` when
        the folder cannot be written.
        """
        with self._mutex, self._locked():
            read = _read(self.path)
            if read.problem is None:
                self._adopt(read)
                return None
            if not isinstance(read.problem, BrokenBookmarks) or read.data is None:
                self._adopt(read)
                raise read.problem
            doc = read.doc.clone()
            self._apply_pending(doc)
            target = self._broken_name()
            try:
                self._keep_copy(target, read.data)
                stamp, data = self._write(doc)
            except OSError as exc:
                self._adopt(read)
                raise self._write_error(exc) from exc
            self._pending.clear()
            self._adopt(_Read(doc, stamp=stamp, data=data))
            return target

    # -- internals ----------------------------------------------------------------------------

    def _require(self, film_key: str) -> Bookmark:
        """The bookmark of a film, or `NotBookmarked`."""
        bookmark = self._bookmarks.get(film_key)
        if bookmark is None:
            raise NotBookmarked(f"{film_key} is not bookmarked", self.path)
        return bookmark

    def _must_get(self, film_key: str) -> Bookmark:
        """The bookmark just changed (it is in the view whether or not it was saved)."""
        return self._require(film_key)

    def _adopt(self, read: _Read) -> None:
        """Make a read (or a write) of the file the base of the view."""
        self._base = read.doc
        self._problem = read.problem
        self._stamp = read.stamp
        self._data = read.data if read.problem is None else None
        self._rebuild()

    def _apply_pending(self, doc: _Document) -> bool:
        """Apply the unsaved changes to a document; True if any changed it.

        A change that no longer applies (its film was removed elsewhere) is dropped.
        """
        kept: list[_Op] = []
        changed = False
        for op in self._pending:
            try:
                changed = op(doc) or changed
            except NotBookmarked:
                continue
            kept.append(op)
        self._pending[:] = kept
        return changed

    def _rebuild(self) -> None:
        """Recompute the view (base plus pending changes) and its bookmarks."""
        view = self._base
        if self._pending:
            view = self._base.clone()
            self._apply_pending(view)
        bookmarks: dict[str, Bookmark] = {}
        warnings: list[str] = []
        for table in view.tables:
            try:
                bookmark, notes = Bookmark.from_table(table)
            except ValueError as exc:
                warnings.append(str(exc))
                continue
            if bookmark.film_key in bookmarks:
                warnings.append(f"{bookmark.film_key}: bookmarked twice; the first is used")
                continue
            warnings.extend(notes)
            bookmarks[bookmark.film_key] = bookmark
        if bookmarks != self._bookmarks or view != self._view:
            self._generation += 1
        self._view = view
        self._bookmarks = bookmarks
        self._warnings = tuple(warnings)

    def _commit(self, op: _Op | None, film_key: str | None = None) -> None:
        """Save one change (or only the pending ones): lock, re-read, merge, write, replace.

        The change joins the pending ones first, so whatever goes wrong it stays in the view.
        A change that no longer applies to the file on disk (its film was removed by another
        process) is dropped with `NotBookmarked`, after the other pending changes are saved.
        """
        with self._mutex:
            dropped = False
            if op is not None:
                self._pending.append(op)
            try:
                with self._locked():
                    read = self._read_locked()
                    if read.problem is not None:
                        self._adopt(read)
                        raise read.problem
                    doc = read.doc
                    changed = self._apply_pending(doc)
                    dropped = op is not None and op not in self._pending
                    if changed or read.stamp is None:
                        try:
                            stamp, data = self._write(doc)
                        except OSError as exc:
                            self._adopt(_read(self.path))
                            raise self._write_error(exc) from exc
                        read = _Read(doc, stamp=stamp, data=data)
                    self._pending.clear()
                    self._adopt(read)
            except BookmarkError:
                self._rebuild()
                raise
            if dropped:
                raise NotBookmarked(f"{film_key} was removed by another reeltui", self.path)

    def _read_locked(self) -> _Read:
        """The file as it is now, for a change to apply to (called with the lock held).

        The file is always read; it is parsed again only when its bytes differ from those this
        store last read or wrote.
        """
        if self._problem is None and self._data is not None:
            return _read(self.path, (self._data, self._base))
        return _read(self.path)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the exclusive lock on the lock file beside the bookmarks, or raise."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:
            missing = OSError(errno.ENOTDIR, os.strerror(errno.ENOTDIR))
            raise self._write_error(missing) from None
        except OSError as exc:
            raise self._write_error(exc) from exc
        with ExitStack() as held:
            try:
                held.enter_context(exclusive_lock(self.lock_path, self.lock_timeout))
            except LockTimeout:
                raise BookmarksBusy(
                    f"another reeltui has held {self.lock_path} for over "
                    f"{self.lock_timeout:g} seconds; the change is kept in memory",
                    self.path,
                ) from None
            except OSError as exc:
                raise self._write_error(exc) from exc
            yield

    def _write(self, doc: _Document) -> tuple[_Stamp, bytes]:
        """Write a document over the file (`storage.write_atomic`), keeping the file's mode.

        Called with the lock held. Leftover temporary files of writers killed mid-write are
        removed first (holding the lock, no other writer can be using them).
        """
        remove_leftovers(self.path)
        data = doc.dumps().encode("utf-8")
        try:
            mode = os.stat(self.path).st_mode & 0o7777
        except OSError:
            mode = 0o644
        write_atomic(self.path, data, mode=mode)
        return _stamp_of(os.stat(self.path)), data

    def _broken_name(self) -> Path:
        """A free `NAME.broken-<UTC timestamp>[-N]` path beside the file."""
        return aside_name(self.path, self._clock())

    def _keep_copy(self, target: Path, data: bytes) -> None:
        """Keep the broken file's bytes at `target`: a hard link, else a synced copy."""
        try:
            os.link(self.path, target)
        except OSError:
            with open(target, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        fsync_folder(target.parent)

    def _write_error(self, exc: OSError) -> BookmarksWriteError:
        """The one-sentence error for a failed write."""
        return BookmarksWriteError(
            f"could not save bookmarks to {self.path} ({_reason(exc)}); "
            "the change is kept in memory until it can be saved",
            self.path,
        )


def _reason(exc: OSError) -> str:
    """A short lower-case reason for an OS error met reading or writing the bookmarks."""
    return os_reason(exc, missing="the folder does not exist")
