"""Bringing the catalog in line with the folder: the walk, the freshness check, the parsing.

Two ways to look at the folder:

- a *full* check walks every folder and reads every document's stamp (one `stat` for each
  file, and one for its sidecar when there is one), then parses what is new or changed;
- a *quick* check reads only the modification time of each folder recorded by the last scan.
  A folder's time changes when a file or folder is added to it, removed from it or renamed in
  it, which is also how most editors save (a new file renamed over the old one). Only those
  folders are listed again and their files' stamps read. A file written over in place (same
  name, new bytes) leaves its folder's time alone, so the quick check does not see it: a full
  check does (`reeltui check`, and every start of the TUI, in the background).

A time that may not have moved on yet (a file system that keeps whole seconds, and a change
less than two seconds ago) is recorded as unknown, so the next check looks again.

Parsing goes in chunks (in worker processes when there are many), and the documents of a few
chunks (at most a quarter of a second's) are written to the catalog in one transaction: a scan
that is killed keeps every document it wrote, and the next one reads only the rest. A full
check marks the catalog incomplete until it ends, so the next check after a kill is a full one.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reeltui.library.catalog import Catalog, Writer
from reeltui.library.entries import path_order
from reeltui.library.parsing import PARSERS, os_message, parse_chunk, parse_safely
from reeltui.library.rows import DocRow
from reeltui.model import FileProblem
from reeltui.parallel import WorkerPool
from reeltui.parse import SUFFIXES, id_of_parts

__all__ = [
    "PARALLEL_MIN",
    "Changes",
    "OnBatch",
    "Progress",
    "find_documents",
    "parse_chunk",
    "parse_safely",
    "refresh",
]

#: Called as progress(done, total) while files are read; an exception it raises stops the scan.
Progress = Callable[[int, int], None]
#: Called after each batch written to the catalog with the numbers of the documents written
#: (and of the reviews without a year the batch moved to another film: `Writer.regrouped`).
OnBatch = Callable[[list[int]], None]

#: Below this many files to parse, starting worker processes costs more than it saves.
PARALLEL_MIN = 400
#: The modules `parse_bytes` imports when first called: workers started early load them first.
_PARSERS = PARSERS
_CHUNK = 64
#: The sizes of the first chunks (at most `_CHUNK`): small, so that a first scan shows its first
#: rows as soon as the workers have read a few files, not a whole chunk each.
_FIRST_CHUNKS = (8, 16, 32)
#: The parsed documents of several chunks are written in one transaction, at most this many…
_WRITE_MOST = 256
#: …or after this many seconds. Each commit writes the pages of every index it touched, and a
#: first scan touches them all over: with a transaction a chunk, this process spent about an
#: eighth more on a first scan. The first chunks are written at once, for the first rows.
_WRITE_EVERY = 0.25
#: A time this close to now on a file system that keeps whole seconds may still move.
_RACY_NS = 2_000_000_000
#: Stored instead of a stamp or a folder time that must be looked at again.
_UNKNOWN = "?"
#: What a job is replaced with once its document is written (`_apply`).
_WRITTEN: tuple[str, str, int | None] = ("", "", None)


@dataclass(slots=True)
class Changes:
    """What a refresh did: documents added, changed (a new parse or a new id) and removed,
    and remarks on how it went (not about any one file)."""

    added: list[int] = field(default_factory=list)
    changed: list[int] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    full: bool = False

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def _join(folder: str, name: str) -> str:
    return f"{folder}/{name}" if folder else name


def _racy(mtime_ns: int, now_ns: int) -> bool:
    """Whether a time kept in whole seconds is too recent to be sure it has stopped moving."""
    return mtime_ns % 1_000_000_000 == 0 and now_ns - mtime_ns < _RACY_NS


# -- the walk ------------------------------------------------------------------------------


@dataclass(slots=True)
class Walk:
    """What walking (part of) a folder found: documents with their stamps, folders with their
    times and problems, and files that are broken links."""

    documents: dict[str, str] = field(default_factory=dict)
    folders: list[tuple[str, int, str | None]] = field(default_factory=list)
    broken: dict[str, str] = field(default_factory=dict)

    def document(self, key: str, stamp: str) -> None:
        """Take in a document found, with its stamp."""
        self.documents[key] = stamp


@dataclass(slots=True)
class _Compared(Walk):
    """A full walk compared with the catalog as it goes: only the documents that are new or
    changed are kept (with the number of the changed ones), so a check of 100,000 unchanged
    files holds one table, the catalog's, and empties it as it goes. What is left of it at the
    end is gone from the folder."""

    recorded: dict[str, tuple[str, int]] = field(default_factory=dict)
    known: dict[str, tuple[str, int]] = field(default_factory=dict)
    seen: int = 0
    #: Called once when `PARALLEL_MIN` documents to parse have been found.
    many: Callable[[], None] | None = None

    def document(self, key: str, stamp: str) -> None:
        self.seen += 1
        old = self.recorded.pop(key, None)
        if old is not None:
            if old[0] == stamp and stamp != _UNKNOWN:
                return
            self.known[key] = old
        self.documents[key] = stamp
        many = self.many
        if many is not None and len(self.documents) >= PARALLEL_MIN:
            self.many = None
            many()


def _stamp(path: str, entry_stat: os.stat_result, sidecar: str | None, now_ns: int) -> str:
    """A document's stamp: its and its sidecar's modification time and size."""
    mtime = entry_stat.st_mtime_ns
    side = "-"
    if sidecar is not None:
        try:
            info = os.stat(sidecar)
            side = f"{info.st_mtime_ns}:{info.st_size}"
            if _racy(info.st_mtime_ns, now_ns):
                return _UNKNOWN
        except OSError:
            side = "-"
    if _racy(mtime, now_ns):
        return _UNKNOWN
    return f"{mtime}:{entry_stat.st_size}:{side}"


def stamp_of(path: Path) -> str:
    """A document's stamp now (`_UNKNOWN` when it cannot be read)."""
    try:
        info = os.stat(path)
    except OSError:
        return _UNKNOWN
    sidecar = path.with_suffix(".toml")
    return _stamp(str(path), info, str(sidecar) if sidecar.exists() else None, time.time_ns())


def walk(
    root: Path,
    start: str,
    seen: set[tuple[int, int]],
    found: Walk,
    *,
    recurse: bool = True,
    now_ns: int | None = None,
) -> None:
    """Walk the folder `start` (a key under `root`; "" for the root) into `found`.

    Symlinked folders are followed once each (by device and inode, `seen`), so loops end.
    Hidden files and folders, sidecars and other suffixes are skipped. The walk keeps its own
    stack, so no depth of folders can exhaust Python's recursion limit. Without `recurse`, the
    sub-folders are listed in `found.folders` with the time -1 (not walked).
    """
    now = time.time_ns() if now_ns is None else now_ns
    stack: list[str] = [start]
    while stack:
        folder = stack.pop()
        path = os.path.join(root, folder) if folder else str(root)
        try:
            info = os.stat(path)
        except OSError as exc:
            found.folders.append((folder, -1, os_message(exc)))
            continue
        ident = (info.st_dev, info.st_ino)
        if ident in seen:
            continue
        seen.add(ident)
        mtime = -1 if _racy(info.st_mtime_ns, now) else info.st_mtime_ns
        try:
            # Two passes over the listing, none kept whole: the sidecars' names, then the rest.
            with os.scandir(path) as listing:
                sidecars = {e.name for e in listing if e.name.lower().endswith(".toml")}
            listing = os.scandir(path)
        except OSError as exc:
            found.folders.append((folder, mtime, os_message(exc)))
            continue
        found.folders.append((folder, mtime, None))
        below: list[str] = []
        with listing:
            for entry in listing:
                name = entry.name
                if name.startswith("."):
                    continue
                key = _join(folder, name)
                try:
                    is_dir = entry.is_dir(follow_symlinks=True)
                    is_file = not is_dir and entry.is_file(follow_symlinks=True)
                    is_link = entry.is_symlink()
                except OSError as exc:
                    found.broken[key] = os_message(exc)
                    continue
                if is_dir:
                    if recurse:
                        below.append(key)
                    continue
                stem, suffix = os.path.splitext(name)
                if is_file and suffix.lower() in SUFFIXES:
                    sidecar_name = stem + ".toml"
                    sidecar = os.path.join(path, sidecar_name) if sidecar_name in sidecars else None
                    try:
                        found.document(key, _stamp(entry.path, entry.stat(), sidecar, now))
                    except OSError:
                        found.document(key, _UNKNOWN)
                elif is_link and not is_file:
                    found.broken[key] = "a broken or looping symbolic link"
        below.sort()
        stack.extend(reversed(below))


def find_documents(root: Path, problems: list[FileProblem]) -> list[Path]:
    """Every review document under `root`, in walk order; unreadable folders and broken links
    become problems."""
    found = Walk()
    walk(Path(root), "", set(), found)
    for folder, _, problem in found.folders:
        if problem is not None:
            problems.append(FileProblem(Path(root) / folder if folder else Path(root), problem))
    for key, message in found.broken.items():
        problems.append(FileProblem(Path(root) / key, message))
    return [Path(root) / key for key in sorted(found.documents, key=path_order)]


# -- parsing -------------------------------------------------------------------------------


class _Chunks:
    """The chunks of a scan's jobs as `parse_chunk` takes them: (path, id) pairs under the
    root, each chunk made when it is asked for. Made all at once, the paths and ids of a first
    scan of 100,000 files held some 35 MB until it ended."""

    __slots__ = ("_bounds", "_ids", "_jobs", "_root")

    def __init__(self, jobs: Sequence[tuple[str, str, int | None]], root: Path) -> None:
        self._jobs = jobs
        self._root = str(root)
        #: The ids of the chunks made and not yet taken (`ids`): each is made once a scan.
        self._ids: dict[int, list[str]] = {}
        self._bounds: list[int] = [0]
        while self._bounds[-1] < len(jobs):
            count = len(self._bounds) - 1
            size = min(_CHUNK, _FIRST_CHUNKS[count]) if count < len(_FIRST_CHUNKS) else _CHUNK
            self._bounds.append(min(len(jobs), self._bounds[-1] + size))

    def __len__(self) -> int:
        return len(self._bounds) - 1

    def __getitem__(self, index: int) -> tuple[list[tuple[str, str]], str]:
        if not 0 <= index < len(self):
            raise IndexError(index)
        root = self._root
        keys = [key for key, _, _ in self._jobs[self._bounds[index] : self._bounds[index + 1]]]
        ids = self._ids[index] = [id_of_parts(key.split("/")) for key in keys]
        return ([(os.path.join(root, key), rid) for key, rid in zip(keys, ids, strict=True)], root)

    def ids(self, index: int) -> list[str]:
        """The ids of a chunk's documents, as its tasks had them (made again if not made)."""
        ids = self._ids.pop(index, None)
        if ids is None:
            jobs = self._jobs[self._bounds[index] : self._bounds[index + 1]]
            ids = [id_of_parts(key.split("/")) for key, _, _ in jobs]
        return ids


def _parse_many(
    jobs: Sequence[tuple[str, str, int | None]],
    root: Path,
    workers: int,
    notes: list[str],
    started: WorkerPool | None = None,
) -> Iterator[tuple[list[str], list[DocRow | str]]]:
    """Parse the jobs (key, stamp, number) in chunks, in worker processes when there are
    enough (those `started` already, if given).

    Results come back chunk by chunk in job order, each with its documents' ids (made once,
    for the tasks). When worker processes cannot be started, or one stops, the chunks are
    parsed in this process and a sentence saying so is added to `notes`; the results are the
    same either way.
    """
    chunks = _Chunks(jobs, root)
    if started is None and (workers <= 1 or len(jobs) < PARALLEL_MIN):
        for index in range(len(chunks)):
            rows = parse_chunk(chunks[index])
            yield chunks.ids(index), rows
        return
    with contextlib.ExitStack() as stack:
        pool = started if started is not None else stack.enter_context(WorkerPool(workers))
        try:
            for index, rows in enumerate(pool.map(parse_chunk, chunks)):
                yield chunks.ids(index), rows
        finally:
            notes.extend(note for note in dict.fromkeys(pool.notes) if note not in notes)


class _EarlyWorkers:
    """The worker processes of a full check, started from its walk once that has found
    `PARALLEL_MIN` documents to parse: they load the parsers while the walk goes on."""

    def __init__(self, workers: int, started: WorkerPool | None = None) -> None:
        self.workers = workers
        self.pool: WorkerPool | None = started

    def start(self) -> None:
        """Start the workers (at most once)."""
        if self.pool is None:
            self.pool = WorkerPool(self.workers)
            self.pool.start(parse_chunk, *_PARSERS)

    def close(self) -> None:
        """Stop the workers, if started."""
        if self.pool is not None:
            self.pool.close()


class _Enough(Exception):
    """Raised by `_Head` to end a walk once it has found enough documents."""


@dataclass(slots=True)
class _Head(Walk):
    """The first `limit` documents a walk finds (those whose stamp is known), then it stops."""

    limit: int = 1

    def document(self, key: str, stamp: str) -> None:
        if stamp != _UNKNOWN:
            self.documents[key] = stamp
        if len(self.documents) >= self.limit:
            raise _Enough


def _first_documents(
    catalog: Catalog,
    changes: Changes,
    on_batch: OnBatch | None,
    pool: WorkerPool,
    now_ns: int,
) -> None:
    """The start of a full check given workers already started (a folder's first scan): the
    first documents its walk finds (a first chunk's worth) are parsed and written at once,
    before the folder is walked whole, so that the first rows wait for the workers and a few
    files, not for a walk of every file (a second or more at 100,000 files). The walk that
    follows finds them written, unchanged."""
    head = _Head(limit=_FIRST_CHUNKS[0])
    more = False
    try:
        walk(catalog.root, "", set(), head, now_ns=now_ns)
    except _Enough:
        more = True
    if not head.documents:
        return
    head.broken.clear()  # recorded by the walk that follows
    recorded = catalog.recorded_keys(head.documents)
    _apply(catalog, catalog.root, head, recorded, [], changes, None, on_batch, pool.size,
           started=pool)  # fmt: skip
    if more:  # the other workers load the parsers while the folder is walked
        pool.grow()


# -- refreshing ----------------------------------------------------------------------------


def refresh(
    catalog: Catalog,
    *,
    full: bool = False,
    progress: Progress | None = None,
    on_batch: OnBatch | None = None,
    workers: int | None = None,
    touched: Iterable[str] = (),
    started: WorkerPool | None = None,
) -> Changes:
    """Bring the catalog in line with the folder: a quick check (folder times), or a full one
    when asked, when the catalog is not complete, or when the parsers changed. `touched` are
    keys of files a watcher saw change: their stamps are read too (a file written over in
    place leaves its folder's time alone). `started`: worker processes started for a first
    scan already (`Library.first_scan_workers`); they are closed when it ends."""
    with contextlib.ExitStack() as stack:
        if started is not None:
            stack.callback(started.close)
        return _refresh(catalog, full, progress, on_batch, workers, touched, started)


def _refresh(
    catalog: Catalog,
    full: bool,
    progress: Progress | None,
    on_batch: OnBatch | None,
    workers: int | None,
    touched: Iterable[str],
    started: WorkerPool | None,
) -> Changes:
    root = catalog.root
    full = full or not catalog.complete
    changes = Changes(full=full)
    if not root.is_dir():
        return changes
    now = time.time_ns()
    if full:
        catalog.set_meta(complete="0")
        early = _EarlyWorkers(workers or os.cpu_count() or 1, started)
        try:
            if started is not None:
                _first_documents(catalog, changes, on_batch, started, now)
            compared = _Compared(
                recorded=catalog.recorded(), many=early.start if early.workers > 1 else None
            )
            walk(root, "", set(), compared, now_ns=now)
            left = compared.recorded
            gone = [docno for key, (_, docno) in left.items() if key not in compared.broken]
            known = compared.known | {key: left[key] for key in compared.broken if key in left}
            _apply(
                catalog, root, compared, known, gone, changes, progress, on_batch, workers,
                seen=compared.seen, started=early.pool,
            )  # fmt: skip
        finally:
            early.close()
        with catalog.writing() as writer:
            writer.set_folders(compared.folders, every=True)
            writer.set_meta(complete="1", checked=str(now))
        return _settled(catalog, changes)
    changed, vanished, seen = _changed_folders(catalog)
    named = _documents_named(catalog, touched, changed)
    if not changed and not vanished and not named:
        return changes
    walked = catalog.folders()
    found = Walk()
    gone = []
    for folder in vanished:
        gone.extend(catalog.docnos_under(folder).values())
    recorded = {}
    for key in named:
        path = os.path.join(root, key)
        try:
            info = os.stat(path)
        except OSError:
            continue  # gone: its folder's time says so
        sidecar = os.path.splitext(path)[0] + ".toml"
        found.document(key, _stamp(path, info, sidecar if os.path.exists(sidecar) else None, now))
    for folder in changed:
        recorded.update(catalog.recorded_under(folder))
        path = os.path.join(root, folder) if folder else str(root)
        try:
            info = os.stat(path)
        except OSError:
            continue
        seen.discard((info.st_dev, info.st_ino))
        walk(root, folder, seen, found, recurse=False, now_ns=now)
        for key in _subfolders(root, folder):
            if key not in walked:  # a new folder: walked whole
                walk(root, key, seen, found, now_ns=now)
                recorded.update(catalog.recorded_tree(key))
    recorded.update(catalog.recorded_keys([*found.documents, *found.broken]))
    listed = set(found.documents) | set(found.broken)
    for key, (_, docno) in recorded.items():
        if key not in listed:
            gone.append(docno)
    _apply(catalog, root, found, recorded, sorted(set(gone)), changes, progress, on_batch, workers)
    with catalog.writing() as writer:
        writer.forget_folders(vanished)
        writer.set_folders(found.folders, every=False)
    return _settled(catalog, changes)


def _documents_named(catalog: Catalog, touched: Iterable[str], changed: list[str]) -> list[str]:
    """The documents a watcher saw touched, outside the folders listed again anyway: each
    document named, and the documents of each sidecar named."""
    folders = set(changed)
    found: set[str] = set()
    for key in touched:
        folder, _, name = key.rpartition("/")
        if folder in folders:
            continue
        stem, suffix = os.path.splitext(name)
        if suffix.lower() in SUFFIXES:
            found.add(key)
        elif suffix.lower() == ".toml":
            for other in catalog.recorded_under(folder):
                if os.path.splitext(other.rpartition("/")[2])[0] == stem:
                    found.add(other)
    return sorted(found)


def _changed_folders(catalog: Catalog) -> tuple[list[str], list[str], set[tuple[int, int]]]:
    """The recorded folders whose time moved on, those that are gone, and the identities of
    those still there (so a walk of new folders does not enter them again)."""
    changed: list[str] = []
    vanished: list[str] = []
    seen: set[tuple[int, int]] = set()
    for folder, mtime in sorted(catalog.folders().items()):
        if any(folder.startswith(v + "/") for v in vanished if v):
            continue
        path = os.path.join(catalog.root, folder) if folder else str(catalog.root)
        try:
            info = os.stat(path)
        except OSError:
            vanished.append(folder)
            continue
        if not stat.S_ISDIR(info.st_mode):
            vanished.append(folder)
            continue
        seen.add((info.st_dev, info.st_ino))
        if mtime < 0 or info.st_mtime_ns != mtime:
            changed.append(folder)
    return changed, vanished, seen


def _subfolders(root: Path, folder: str) -> list[str]:
    """The keys of a folder's visible sub-folders (symlinked ones included)."""
    path = os.path.join(root, folder) if folder else str(root)
    keys: list[str] = []
    try:
        with os.scandir(path) as listing:
            for entry in listing:
                if entry.name.startswith("."):
                    continue
                try:
                    if entry.is_dir(follow_symlinks=True):
                        keys.append(_join(folder, entry.name))
                except OSError:
                    continue
    except OSError:
        return []
    return sorted(keys)


def _settled(catalog: Catalog, changes: Changes) -> Changes:
    """Make ids unique again after documents came or went (reported as changed)."""
    if changes.added or changes.removed:
        renamed = catalog.assign_ids()
        if renamed:  # (rarely: the sets of a first scan's 100,000 numbers took 8 MB)
            known = set(changes.added) | set(changes.changed)
            changes.changed.extend(d for d in renamed if d not in known)
    return changes


def _regrouped(writer: Writer, changes: Changes, written: list[int]) -> list[int]:
    """The reviews a transaction moved to another film without writing them (a review without
    a year joining the one dated film of its title, or leaving it), recorded as changed."""
    if not writer.regrouped:
        return []
    left = set(written)
    moved = [docno for docno in dict.fromkeys(writer.regrouped) if docno not in left]
    changes.changed.extend(moved)
    return moved


def _apply(
    catalog: Catalog,
    root: Path,
    found: Walk,
    recorded: dict[str, tuple[str, int]],
    gone: list[int],
    changes: Changes,
    progress: Progress | None,
    on_batch: OnBatch | None,
    workers: int | None,
    *,
    seen: int | None = None,
    started: WorkerPool | None = None,
) -> None:
    """Remove what is gone, record broken links, and parse what is new or changed (`seen`:
    how many documents there are in all, when the walk saw every one; `started`: worker
    processes started for them already)."""
    if gone:
        with catalog.writing() as writer:
            writer.remove(gone)
        changes.removed.extend(gone)
        moved = _regrouped(writer, changes, gone)
        if on_batch is not None:
            on_batch([*gone, *moved])
    broken: list[int] = []
    with catalog.writing() as writer:
        for key, message in found.broken.items():
            old = recorded.get(key)
            stamp = "!" + message
            if old is not None and old[0] == stamp:
                continue
            docno = old[1] if old else None
            number = writer.put_problem(docno, key, id_of_parts(key.split("/")), stamp, message)
            (changes.changed if docno is not None else changes.added).append(number)
            broken.append(number)
    moved = _regrouped(writer, changes, broken)
    if (broken or moved) and on_batch is not None:
        on_batch([*broken, *moved])
    # Each job is the key and stamp the walk found (taken from it, not copied) and the number
    # of the document it replaces; its path and id are made chunk by chunk (`_Chunks`). The
    # walk's table of documents is let go once the jobs are made, and each job once its
    # document is written: held to the end, the keys and stamps of a first scan of 100,000
    # files took 23 MB, at the scan's last files, its fullest moment.
    jobs: list[tuple[str, str, int | None]] = []
    for key, stamp in found.documents.items():
        old = recorded.get(key)
        if old is not None and old[0] == stamp and stamp != _UNKNOWN:
            continue
        jobs.append((key, stamp, old[1] if old else None))
    found.documents.clear()
    total = seen if seen is not None else len(jobs)
    done = total - len(jobs)
    if progress is not None and (done or not jobs):
        progress(done, total)
    if not jobs:
        return
    position = start = 0  # the next job parsed, the first not yet written
    results: list[DocRow | str] = []
    ids: list[str] = []
    last_write = time.monotonic()
    for count, (chunk_ids, chunk) in enumerate(
        _parse_many(jobs, root, workers or os.cpu_count() or 1, changes.notes, started)
    ):
        results.extend(chunk)
        ids.extend(chunk_ids)
        position += len(chunk)
        now = time.monotonic()
        if (
            count > len(_FIRST_CHUNKS)
            and position < len(jobs)
            and len(results) < _WRITE_MOST
            and now - last_write < _WRITE_EVERY
        ):
            continue
        batch, first = jobs[start:position], start
        start, last_write = position, now
        with catalog.writing() as writer:
            written = writer.put_many(
                [(docno, key, rid, stamp, result)
                 for (key, stamp, docno), rid, result in zip(batch, ids, results, strict=True)]
            )  # fmt: skip
        results.clear()
        ids.clear()
        for (_, _, docno), number in zip(batch, written, strict=True):
            (changes.changed if docno is not None else changes.added).append(number)
        moved = _regrouped(writer, changes, written)
        done += len(batch)
        # Never asked for again: the chunks are made in order, and these were all parsed.
        jobs[first:start] = [_WRITTEN] * len(batch)
        if on_batch is not None:
            on_batch([*written, *moved] if moved else written)
        if progress is not None:
            progress(done, total)
