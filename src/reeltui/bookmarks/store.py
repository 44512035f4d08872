"""The bookmark store: the films a person means to watch, kept in `bookmarks.toml`.

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
import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from reeltui.bookmarks.document import (
    Document,
    Op,
    Read,
    Stamp,
    Table,
    op_add,
    op_import,
    op_move,
    op_note,
    op_put_back,
    op_remove,
    op_status,
    read_file,
    reason,
    stamp_of,
)
from reeltui.bookmarks.model import (
    AboutAFilm,
    Bookmark,
    BookmarkError,
    BookmarksBusy,
    BookmarksReadOnly,
    BookmarksWriteError,
    BrokenBookmarks,
    ImportCounts,
    ImportedFilm,
    NotBookmarked,
    Status,
    film_title,
    utc_now,
)
from reeltui.storage import (
    LockTimeout,
    aside_name,
    exclusive_lock,
    fsync_folder,
    remove_leftovers,
    write_atomic,
)

__all__ = ["LOCK_TIMEOUT", "BookmarkStore"]

#: How long a write waits for another process's lock before giving up, in seconds.
LOCK_TIMEOUT = 10.0


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
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        """Make a store over `path`; nothing is read until `load()` (see `open`)."""
        self.path = Path(path)
        self.lock_path = self.path.with_name(self.path.name + ".lock")
        self.lock_timeout = lock_timeout
        self._clock = clock
        self._mutex = threading.RLock()
        self._base = Document()
        self._pending: list[Op] = []
        self._view = Document()
        self._bookmarks: dict[str, Bookmark] = {}
        self._problem: BookmarksReadOnly | None = None
        self._warnings: tuple[str, ...] = ()
        self._stamp: Stamp | None = None
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
            self._adopt(read_file(self.path))

    def reload(self) -> bool:
        """Load again if another process changed the file; True if the bookmarks changed."""
        with self._mutex:
            if not self.changed_on_disk():
                return False
            before = self._generation
            self._adopt(read_file(self.path, (self._data, self._base) if self._data else None))
            return self._generation != before

    def changed_on_disk(self) -> bool:
        """True when the file on disk is not the version this store last read or wrote."""
        try:
            stamp: Stamp | None = stamp_of(os.stat(self.path))
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
        self._commit(op_add(film_key, title, year, Status(status), note, self._clock()), film_key)
        return self._must_get(film_key)

    def add_review(self, review: AboutAFilm, *, note: str | None = None) -> Bookmark:
        """Bookmark the film a review is about (see `add`)."""
        return self.add(review.film_key, film_title(review), review.film.year, note=note)

    def remove(self, film_key: str) -> bool:
        """Remove a film's bookmark and save; False if it was not bookmarked (nothing written)."""
        if film_key not in self._bookmarks and self._view.find(film_key) is None:
            return False
        self._commit(op_remove(film_key), film_key)
        return True

    def entry(self, film_key: str) -> Table | None:
        """A copy of a film's entry as the file holds it (every key), to `put_back` later."""
        with self._mutex:
            return self._view.copy_of(film_key)

    def put_back(self, entry: Table) -> Bookmark:
        """Write a removed entry back as it was (see `entry`) and save; when its film has been
        bookmarked again meanwhile, that bookmark is kept. Raises as `add` does."""
        key = entry.get("film_key")
        if not isinstance(key, str) or not key.strip():
            raise ValueError("an entry to put back needs a film key")
        self._commit(op_put_back(entry), key)
        return self._must_get(key)

    def move(self, film_key: str, to: AboutAFilm) -> Bookmark | None:
        """Move a film's bookmark to the film a corrected review is about now, and save.

        Returns the bookmark under its new key; None when that film was bookmarked already
        (then nothing changes). Raises `NotBookmarked`, or as `add` does.
        """
        self._require(film_key)
        if to.film_key == film_key:
            return self._must_get(film_key)
        if to.film_key in self._bookmarks:
            return None
        self._commit(op_move(film_key, to.film_key, film_title(to), to.film.year), film_key)
        # Another copy may have bookmarked the new film meanwhile: then nothing moved.
        return None if film_key in self._bookmarks else self.get(to.film_key)

    def set_status(self, film_key: str, status: Status) -> Bookmark:
        """Mark a bookmarked film watched or to-watch and save. Raises `NotBookmarked`."""
        self._require(film_key)
        self._commit(op_status(film_key, Status(status), self._clock()), film_key)
        return self._must_get(film_key)

    def set_note(self, film_key: str, note: str | None) -> Bookmark:
        """Set (or, with None or "", remove) a bookmarked film's note and save."""
        self._require(film_key)
        self._commit(op_note(film_key, note), film_key)
        return self._must_get(film_key)

    def toggle_watched(self, film_key: str) -> Bookmark:
        """Flip a bookmarked film between watched and to-watch. Raises `NotBookmarked`."""
        return self.set_status(film_key, self._require(film_key).status.other)

    def import_films(self, films: Sequence[ImportedFilm], *, dry_run: bool = False) -> ImportCounts:
        """Bookmark many films in one write (see `document.op_import`); returns what it did.

        Films already bookmarked are completed, never changed, so importing the same films
        again writes nothing. With `dry_run`, nothing is written: the counts say what the
        import would do to the bookmarks as they are in memory. Raises as `add` does.
        """
        counts = ImportCounts()
        op = op_import(films, self._clock(), counts)
        if dry_run:
            with self._mutex:
                op(self._view.clone())
            return counts
        self._commit(op)
        return counts

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
            read = read_file(self.path)
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
            self._adopt(Read(doc, stamp=stamp, data=data))
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

    def _adopt(self, read: Read) -> None:
        """Make a read (or a write) of the file the base of the view."""
        self._base = read.doc
        self._problem = read.problem
        self._stamp = read.stamp
        self._data = read.data if read.problem is None else None
        self._rebuild()

    def _apply_pending(self, doc: Document) -> bool:
        """Apply the unsaved changes to a document; True if any changed it.

        A change that no longer applies (its film was removed elsewhere) is dropped.
        """
        kept: list[Op] = []
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

    def _commit(self, op: Op | None, film_key: str | None = None) -> None:
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
                            self._adopt(read_file(self.path))
                            raise self._write_error(exc) from exc
                        read = Read(doc, stamp=stamp, data=data)
                    self._pending.clear()
                    self._adopt(read)
            except BookmarkError:
                self._rebuild()
                raise
            if dropped:
                raise NotBookmarked(f"{film_key} was removed by another reeltui", self.path)

    def _read_locked(self) -> Read:
        """The file as it is now, for a change to apply to (called with the lock held).

        The file is always read; it is parsed again only when its bytes differ from those this
        store last read or wrote.
        """
        if self._problem is None and self._data is not None:
            return read_file(self.path, (self._data, self._base))
        return read_file(self.path)

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
                cause = (
                    f"another reeltui has held {self.lock_path} for over "
                    f"{self.lock_timeout:g} seconds"
                )
                raise BookmarksBusy(
                    f"{cause}; the change is kept in memory", self.path, cause=cause
                ) from None
            except OSError as exc:
                raise self._write_error(exc) from exc
            yield

    def _write(self, doc: Document) -> tuple[Stamp, bytes]:
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
        return stamp_of(os.stat(self.path)), data

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
        why = reason(exc)
        return BookmarksWriteError(
            f"could not save bookmarks to {self.path} ({why}); "
            "the change is kept in memory until it can be saved",
            self.path,
            cause=f"{self.path} could not be written ({why})",
        )
