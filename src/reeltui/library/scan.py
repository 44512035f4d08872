"""A folder of reviews as a library: its catalog, and the entries the film list shows.

`Library.scan` brings the folder's catalog up to date (`refresh.py`) and loads one small
`Entry` per review; `Library.load` loads the entries first, straight from the catalog of the
last session, and leaves the check of the folder to the caller (the TUI runs it in a worker
and patches the rows that changed). `Library.open_folder` gives a library for the command
line, which asks the catalog with queries and never loads every entry. The card of a review
(`card`) and its body (`open`) are read from the catalog when they are shown.

Every file that cannot be read becomes a `FileProblem`; nothing a file contains stops a scan.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from reeltui.library.catalog import Catalog, Known
from reeltui.library.entries import Entry, SortKey, sort_entries, title_order
from reeltui.library.rows import doc_row
from reeltui.model import FileProblem, Format, Review, ScanReport
from reeltui.storage import os_reason

if TYPE_CHECKING:
    from reeltui.library.refresh import Changes, OnBatch, Progress
    from reeltui.parallel import WorkerPool

# The check of the folder (`refresh`) and the parsers are imported when first used: a warm
# start of the TUI shows its first screen from the catalog alone, before checking anything.

__all__ = ["Library", "describe_failure"]


def describe_failure(exc: BaseException) -> str:
    """Why a whole scan failed, as the end of a sentence the user can act on."""
    if isinstance(exc, PermissionError):
        return "permission was denied; check that you may read the folder and its files"
    if isinstance(exc, OSError):
        return f"{os_reason(exc).rstrip('.')}; check the folder, then look again"
    if isinstance(exc, MemoryError):
        return "there was not enough memory; close other programs, then look again"
    detail = str(exc).strip()
    return (
        f"reeltui hit an error it did not expect ({type(exc).__name__}"
        f"{': ' + detail if detail else ''}); please report it"
    )


class Library:
    """The reviews of one folder: the catalog, and (once loaded) every review's entry in the
    library's order (title, year, path), with look-ups by id, film key and document number.

    The entries are replaced whole when the folder changes (`refresh`), so a reader on another
    thread sees the old set or the new one, never half of each.
    """

    def __init__(self, root: Path, catalog: Catalog | None = None) -> None:
        self.root = Path(root)
        self.catalog = catalog if catalog is not None else Catalog.open(None, self.root)
        self.notes: tuple[str, ...] = ()
        self._entries: list[Entry] | None = None
        #: Each loaded entry's place in `_entries` by document number (-1: not loaded); an
        #: array of machine integers, not a dict, at 100,000 reviews a tenth of the memory.
        self._places: array[int] = array("i")
        self._lock = threading.Lock()

    # -- making one ------------------------------------------------------------------------

    @classmethod
    def scan(
        cls,
        root: Path,
        progress: Progress | None = None,
        *,
        cache_dir: Path | None = None,
        workers: int | None = None,
        full: bool = True,
        on_batch: OnBatch | None = None,
    ) -> Library:
        """Scan a folder into a library, its entries loaded. A missing folder gives an empty
        library and a problem.

        With `cache_dir`, the catalog is kept there, and files unchanged since the last scan
        are not read again. When many files need parsing, they are parsed by `workers`
        processes (default: one per core). `progress(done, total)` is called from this thread;
        an exception it raises stops the scan (what was read so far is kept).
        """
        library = cls.open_folder(root, cache_dir)
        library.refresh(full=full, progress=progress, workers=workers, on_batch=on_batch)
        library.load_entries()
        return library

    @classmethod
    def open_folder(cls, root: Path, cache_dir: Path | None = None) -> Library:
        """The library of a folder from its catalog as it stands (nothing checked or loaded)."""
        root = Path(root)
        if not root.is_dir():
            return cls(root)
        return cls(root, Catalog.open(cache_dir, root))

    @staticmethod
    def first_scan_workers(
        root: Path, cache_dir: Path | None, workers: int | None = None
    ) -> WorkerPool | None:
        """Worker processes for a folder's first scan, started now if it is one
        (`first_scan.first_scan_workers`)."""
        from reeltui.library.first_scan import first_scan_workers

        return first_scan_workers(root, cache_dir, workers)

    @classmethod
    def load(cls, root: Path, cache_dir: Path | None = None) -> Library:
        """The library as the last session left it: its entries read from the catalog in one
        query, no file looked at. `refresh` then brings it up to date."""
        library = cls.open_folder(root, cache_dir)
        library.load_entries()
        return library

    @classmethod
    def from_reviews(cls, root: Path, reviews: Iterable[Review]) -> Library:
        """A library (with a catalog in memory) over reviews already parsed (tests, benches)."""
        library = cls(Path(root))
        library.add_reviews(reviews)
        library.load_entries()
        return library

    def add_reviews(self, reviews: Iterable[Review]) -> list[int]:
        """Store parsed reviews in the catalog as they are (their ids kept); their numbers."""
        from reeltui.parse import relative_parts

        numbers: list[int] = []
        with self.catalog.writing() as writer:
            for review in reviews:
                key = "/".join(relative_parts(review.path, self.root))
                numbers.append(writer.put(None, key, review.id, "", doc_row(review)))
            writer.set_meta(complete="1")
        return numbers

    def close(self) -> None:
        """Close the catalog."""
        self.catalog.close()

    # -- keeping up with the folder --------------------------------------------------------

    def refresh(
        self,
        *,
        full: bool = False,
        progress: Progress | None = None,
        workers: int | None = None,
        on_batch: OnBatch | None = None,
        touched: Iterable[str] = (),
        known: Known | None = None,
        started: WorkerPool | None = None,
    ) -> Changes:
        """Check the folder (quickly, by its folders' times, unless `full`; and the stamps of
        the `touched` files) and bring the catalog, and the entries if loaded, in line with
        it. See `refresh.refresh`. `known` gives the entries the caller made of documents
        written meanwhile (from `on_batch`): those still right are kept, not made again.
        `started`: worker processes started for it already (`first_scan_workers`), closed
        once it ends."""
        from reeltui.library.refresh import Changes, refresh

        if not self.root.is_dir():
            if started is not None:
                started.close()
            return Changes()
        changes = refresh(
            self.catalog,
            full=full,
            progress=progress,
            on_batch=on_batch,
            workers=workers,
            touched=touched,
            started=started,
        )
        self.notes = tuple(changes.notes)
        if changes:
            # The writes are done: their pages are not kept beside what comes next (the
            # entries read again, the list and the search made of them).
            self.catalog.release_memory()
        if changes and self._entries is not None:
            self.load_entries(known)
        return changes

    def load_entries(self, known: Known | None = None) -> list[Entry]:
        """Read every entry from the catalog (again), in the library's order. An entry still
        right is taken as it is, not made again: those `known` gives, else those loaded
        already (the list shows them: made again, every entry would be held twice)."""
        loaded = self._loaded

        def made(docno: int) -> Entry | None:
            entry = known(docno) if known is not None else None
            return entry if entry is not None else loaded(docno)

        entries = self.catalog.entries(made)
        places = array("i", [-1]) * (1 + max((entry.docno for entry in entries), default=0))
        for place, entry in enumerate(entries):
            places[entry.docno] = place
        with self._lock:
            self._entries, self._places = entries, places
        return entries

    def _loaded(self, docno: int) -> Entry | None:
        """A loaded entry by document number (None: not loaded, or not a review)."""
        entries, places = self._entries, self._places
        if entries is None or not 0 <= docno < len(places):
            return None
        place = places[docno]
        return entries[place] if place >= 0 else None

    # -- what it holds ---------------------------------------------------------------------

    @property
    def entries(self) -> list[Entry]:
        """Every review's entry, in the library's order (read on first use)."""
        entries = self._entries
        if entries is None:
            entries = self.load_entries()
        return entries

    @property
    def loaded(self) -> bool:
        """Whether the entries have been read."""
        return self._entries is not None

    def __len__(self) -> int:
        if self._entries is not None:
            return len(self._entries)
        return self.catalog.counts()[1]

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    @property
    def report(self) -> ScanReport:
        """What the last scan found beyond the reviews: files seen, files and folders that
        could not be read, remarks on how it went."""
        if not self.root.is_dir():
            why = "does not exist" if not self.root.exists() else "is not a folder"
            problem = FileProblem(self.root, f"the data folder {why}")
            return ScanReport(self.root, 0, (problem,), self.notes)
        files, _ = self.catalog.counts()
        fatal = tuple(p for p in self.catalog.problems() if p.fatal)
        return ScanReport(self.root, files, fatal, self.notes)

    @property
    def problems(self) -> tuple[FileProblem, ...]:
        """Every problem: unreadable folders and files, then the oddities of files that loaded."""
        if not self.root.is_dir():
            return self.report.problems
        return self.catalog.problems()

    def entry(self, docno: int) -> Entry | None:
        """The entry of a document (read from the catalog when not loaded, or newer)."""
        found = self._loaded(docno)
        if found is not None:
            return found
        fetched = self.catalog.entries_of([docno])
        return fetched[0] if fetched else None

    def entries_of(self, docnos: Iterable[int]) -> list[Entry]:
        """The entries of these documents, in the library's order."""
        if self._entries is None:
            return self.catalog.entries_of(docnos)
        wanted = set(docnos)
        chosen = [entry for d in wanted if (entry := self._loaded(d)) is not None]
        if len(chosen) < len(wanted):  # some came after the entries were loaded
            known = {entry.docno for entry in chosen}
            return sorted(
                [*chosen, *self.catalog.entries_of(d for d in wanted if d not in known)],
                key=title_order,
            )
        chosen.sort(key=self.position)
        return chosen

    def first_in_order(self, scores: dict[int, float], limit: int) -> list[int]:
        """The `limit` documents with the highest scores, ties in the library's order (by
        position when the entries are loaded, else by the catalog's sort columns)."""
        if self._entries is None:
            return self.catalog.first_in_order(scores, limit)
        places, last = self._places, len(self._places)
        return sorted(scores, key=lambda d: (-scores[d], places[d] if 0 <= d < last else last))[
            :limit
        ]

    def position(self, entry: Entry) -> int:
        """Where an entry stands in the library's order (loaded entries only)."""
        places = self._places
        place = places[entry.docno] if 0 <= entry.docno < len(places) else -1
        return place if place >= 0 else len(self.entries)

    def get(self, ref: str) -> Entry | None:
        """A review by id, film key, or path (absolute, or relative to the cwd or the folder)."""
        docno = self.catalog.find(ref)
        return None if docno is None else self.entry(docno)

    def reviews_of(self, film_key: str) -> list[Entry]:
        """All reviews of one film, in the library's order."""
        return self.entries_of(self.catalog.film_docnos(film_key))

    def reread(self, review: Review) -> Review | FileProblem:
        """Read one review's file (and its sidecar) again and store it in the catalog in place
        of the old one (card, credits, body, list columns), without looking at any other file:
        the entries, the library's order and the look-ups by id, film key and path follow the
        new facts (a corrected title moves it). The full text of the new body is indexed by the
        next sync of the index, the names when next asked for.

        Returns the review read again, with its body; or, when the file cannot be read now,
        the problem, leaving the old one in place. Safe to call from a worker thread while the
        UI thread reads the library: the entries are replaced whole.
        """
        from reeltui.library.refresh import parse_safely, stamp_of
        from reeltui.parse import relative_parts

        docno = self.catalog.find(review.id)
        entry = None if docno is None else self.entry(docno)
        key = entry.key if entry is not None else "/".join(relative_parts(review.path, self.root))
        path = self.root / key
        stamp = stamp_of(path)
        result = parse_safely(path, self.root, review.id)
        if isinstance(result, FileProblem):
            return result
        with self.catalog.writing() as writer:
            number = writer.put(docno, key, review.id, stamp, doc_row(result))
        if self._entries is not None:
            # With it, the reviews without a year its new title or year took in or let go.
            self._replace_entries([number, *writer.regrouped])
        stored = self.catalog.review(number)
        return stored if stored is not None else result

    def _replace_entries(self, docnos: Iterable[int]) -> None:
        """Put documents' entries, as the catalog has them now, in their places in the order."""
        with self._lock:
            entries = self._entries
        if entries is None:
            return
        wanted = set(docnos)
        fresh = self.catalog.entries_of(wanted)
        kept = [entry for entry in entries if entry.docno not in wanted]
        for entry in fresh:
            kept.insert(bisect_left(kept, title_order(entry), key=title_order), entry)
        places = array("i", [-1]) * (1 + max((entry.docno for entry in kept), default=0))
        for place, entry in enumerate(kept):
            places[entry.docno] = place
        with self._lock:
            self._entries, self._places = kept, places

    def sorted(self, key: SortKey) -> list[Entry]:
        """Every entry in one sort order."""
        return sort_entries(self.entries, key, presorted=True)

    def path_of(self, entry: Entry) -> Path:
        """Where a review's file is."""
        return self.root / entry.key

    def card(self, entry: Entry | int) -> Review | None:
        """A review's card (no body), read from the catalog; None when it is gone."""
        docno = entry if isinstance(entry, int) else entry.docno
        return self.catalog.card(docno)

    def open(self, entry: Entry | int) -> Review:
        """A review with its body, read from the catalog (no file is parsed).

        A review no longer in the catalog (its file went away meanwhile) gives what its
        entry knows, with a problem saying so; its file is parsed as a last resort.
        """
        docno = entry if isinstance(entry, int) else entry.docno
        review = self.catalog.review(docno)
        if review is not None:
            return review
        if isinstance(entry, int):
            raise KeyError(docno)
        from reeltui.library.refresh import parse_safely
        from reeltui.parse import SUFFIXES

        path = self.path_of(entry)
        result = parse_safely(path, self.root, entry.id)
        if isinstance(result, Review):
            return result
        message = result.message.removeprefix("could not be read: ")
        return Review(
            id=entry.id,
            path=path,
            format=SUFFIXES.get(path.suffix.lower(), Format.SCRAPED),
            headline=entry.film.label,
            film=entry.film,
            problems=(f"the text could not be read again: {message}",),
            has_body=False,
            mtime=entry.mtime,
        )
