"""A folder of reviews as a queryable library.

`Library.scan` walks a folder (recursively, following symlinked folders once, never looping),
parses every document it recognises and keeps each review as a *card* (a review without its
body) so that a hundred thousand fit in memory. `Library.open` reads one body on demand.
Every file that cannot be read becomes a `FileProblem`; nothing a file contains stops a scan.
"""

from __future__ import annotations

import os
from bisect import insort
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from reeltui.library.cards import CardCache, parser_fingerprint, stamp_of
from reeltui.library.listing import SortKey, sort_reviews, title_order
from reeltui.model import FileProblem, Review, ScanReport
from reeltui.parallel import WorkerPool
from reeltui.parse import SUFFIXES, NotAReview, parse_file, relative_parts, review_id
from reeltui.storage import os_reason

#: Called as progress(done, total) while a scan runs.
Progress = Callable[[int, int], None]


def find_documents(root: Path, problems: list[FileProblem]) -> list[Path]:
    """Every review document under `root`, sorted; unreadable folders become problems.

    Symlinked folders are followed once each (by device and inode), so loops end. Hidden files
    and folders, sidecar `.toml` files and other suffixes are skipped. The walk keeps its own
    stack, so no depth of folders can exhaust Python's recursion limit.
    """
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    # Folders being listed, each with its remaining entries in reverse name order.
    stack: list[list[os.DirEntry[str]]] = []

    def enter(folder: Path) -> None:
        try:
            stat = folder.stat()
        except OSError as exc:
            problems.append(FileProblem(folder, _os_message(exc)))
            return
        ident = (stat.st_dev, stat.st_ino)
        if ident in seen:
            return
        seen.add(ident)
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name, reverse=True)
        except OSError as exc:
            problems.append(FileProblem(folder, _os_message(exc)))
            return
        stack.append(entries)

    enter(root)
    while stack:
        entries = stack[-1]
        if not entries:
            stack.pop()
            continue
        entry = entries.pop()
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=True)
            is_file = not is_dir and entry.is_file(follow_symlinks=True)
            is_link = entry.is_symlink()
        except OSError as exc:
            problems.append(FileProblem(path, _os_message(exc)))
            continue
        if is_dir:
            enter(path)
        elif is_file and path.suffix.lower() in SUFFIXES:
            found.append(path)
        elif is_link and not is_file:
            problems.append(FileProblem(path, "a broken or looping symbolic link"))
    return found


def _os_message(exc: OSError) -> str:
    """One sentence for an OS error met reading a file or folder."""
    return f"could not be read: {os_reason(exc, missing='it has been deleted or moved')}"


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


def _parse_safely(path: Path, root: Path, rid: str) -> Review | FileProblem:
    """Parse one file; whatever goes wrong becomes a `FileProblem` instead of an exception.

    Besides the expected failures (not a review, an OS error), an exception from a bug in a
    parser is reported too, so that one strange file can never stop a scan or an open.
    """
    try:
        return parse_file(path, root, rid)
    except NotAReview as exc:
        return FileProblem(path, str(exc))
    except OSError as exc:
        return FileProblem(path, _os_message(exc))
    except RecursionError:
        return FileProblem(path, "the file is nested too deeply to read")
    except MemoryError:
        return FileProblem(path, "the file is too large to read in the memory available")
    except Exception as exc:  # a parser bug must not take the whole folder down
        return FileProblem(
            path, f"reeltui failed on this file ({type(exc).__name__}); please report it"
        )


@dataclass(slots=True)
class Library:
    """The reviews of one folder, sorted by title, with lookups by id, film key and path."""

    root: Path
    reviews: list[Review] = field(default_factory=list)
    report: ScanReport = field(default_factory=lambda: ScanReport(Path(".")))
    _by_id: dict[str, Review] = field(default_factory=dict, repr=False)
    _by_key: dict[str, list[Review]] = field(default_factory=dict, repr=False)
    _key_of: dict[str, str] = field(default_factory=dict, repr=False)
    _by_path: dict[Path, Review] = field(default_factory=dict, repr=False)

    @classmethod
    def scan(
        cls,
        root: Path,
        progress: Progress | None = None,
        *,
        cache_dir: Path | None = None,
        workers: int | None = None,
    ) -> Library:
        """Scan a folder into a library. A missing folder gives an empty library and a problem.

        With `cache_dir`, cards of files unchanged since the last scan come from the card cache
        instead of the parser. When many files need parsing, they are parsed by `workers`
        processes (default: one per core). `progress(done, total)` is called from this thread;
        an exception it raises stops the scan.
        """
        root = Path(root)
        problems: list[FileProblem] = []
        if not root.is_dir():
            why = "does not exist" if not root.exists() else "is not a folder"
            problems.append(FileProblem(root, f"the data folder {why}"))
            return cls(root=root, report=ScanReport(root, 0, tuple(problems)))
        paths = find_documents(root, problems)
        notes: list[str] = []
        reviews = _load_all(paths, root, problems, notes, progress, cache_dir, workers)
        report = ScanReport(root, len(paths), tuple(problems), tuple(notes))
        return cls.from_reviews(root, reviews, report)

    @classmethod
    def from_reviews(
        cls, root: Path, reviews: Iterable[Review], report: ScanReport | None = None
    ) -> Library:
        """A library over reviews already parsed (tests, benchmarks, caches)."""
        library = cls(root=Path(root), report=report or ScanReport(Path(root)))
        library.reviews = sort_reviews(reviews, SortKey.TITLE)
        for review in library.reviews:
            key = review.film_key
            library._by_id[review.id] = review
            library._by_key.setdefault(key, []).append(review)
            library._key_of[review.id] = key
        return library

    def __len__(self) -> int:
        return len(self.reviews)

    def __iter__(self) -> Iterator[Review]:
        return iter(self.reviews)

    @property
    def problems(self) -> tuple[FileProblem, ...]:
        """Every per-file problem: unreadable files and the oddities of files that loaded."""
        loaded = tuple(
            FileProblem(review.path, message, fatal=False)
            for review in self.reviews
            for message in review.problems
        )
        return self.report.problems + loaded

    def get(self, ref: str) -> Review | None:
        """A review by id, film key, or path (absolute, or relative to the cwd or the folder)."""
        if ref in self._by_id:
            return self._by_id[ref]
        if ref in self._by_key:
            return self._by_key[ref][0]
        if not self._by_path:
            # Built on the first look-up by path: resolving 100,000 paths costs seconds, and
            # most sessions never ask.
            self._by_path = {_resolved(review.path): review for review in self.reviews}
        for candidate in (Path(ref), self.root / ref):
            resolved = _resolved(candidate)
            if resolved in self._by_path:
                return self._by_path[resolved]
        return None

    @property
    def film_keys(self) -> Mapping[str, str]:
        """Each review's film key, by review id (made once: a key costs a slug)."""
        return self._key_of

    def reviews_of(self, film_key: str) -> list[Review]:
        """All reviews of one film."""
        return list(self._by_key.get(film_key, []))

    def reread(self, review: Review) -> Review | FileProblem:
        """Read one review's file (and its sidecar) again and put its new card in place of the
        old one, without looking at any other file: the library's order and its look-ups by
        id, film key and path follow the new facts (a corrected title moves it).

        Returns the review read again, with its body; or, when the file cannot be read now,
        the problem, leaving the old card in place. Safe to call from a worker thread while
        the UI thread reads the library: every list and dict it changes is replaced whole.
        """
        old = self._by_id.get(review.id, review)
        result = _parse_safely(old.path, self.root, old.id)
        if isinstance(result, FileProblem):
            return result
        card = result.as_card()
        reviews = [r for r in self.reviews if r.id != old.id]
        insort(reviews, card, key=title_order)
        by_key = dict(self._by_key)
        for key in {old.film_key, card.film_key}:
            same = [r for r in by_key.get(key, []) if r.id != old.id]
            if key == card.film_key:
                insort(same, card, key=title_order)
            if same:
                by_key[key] = same
            else:
                by_key.pop(key, None)
        by_path = dict(self._by_path)
        for path, known in self._by_path.items():
            if known.id == old.id:
                by_path[path] = card
        self.reviews, self._by_key, self._by_path = reviews, by_key, by_path
        self._by_id = {**self._by_id, card.id: card}
        self._key_of = {**self._key_of, card.id: card.film_key}
        return result

    def open(self, review: Review) -> Review:
        """The review with its body, read from disk again; the card if the file is gone.

        A file that vanished or broke since the scan gives the card with a problem added.
        """
        if review.has_body:
            return review
        result = _parse_safely(review.path, self.root, review.id)
        if isinstance(result, Review):
            return result
        message = result.message.removeprefix("could not be read: ")
        return replace(
            review, problems=(*review.problems, f"the text could not be read again: {message}")
        )


def _resolved(path: Path) -> Path:
    """The path made absolute with symlinks resolved; as given (absolute) if that fails (a
    loop, a NUL in a typed reference, an unreadable folder on the way)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return path.absolute()


def _unique_ids(paths: list[Path], root: Path) -> list[str]:
    """Each path's review id, made unique in path order ("film", then "film-txt", "film-2")."""
    taken: set[str] = set()
    ids: list[str] = []
    for path in paths:
        rid = review_id(path, root)
        if rid in taken:
            rid = f"{rid}-{path.suffix.lstrip('.').lower()}"
        base, n = rid, 2
        while rid in taken:
            rid, n = f"{base}-{n}", n + 1
        taken.add(rid)
        ids.append(rid)
    return ids


#: Below this many files to parse, starting worker processes costs more than it saves.
PARALLEL_MIN = 400
_CHUNK = 64


def parse_chunk(chunk: tuple[list[tuple[str, str]], str]) -> list[Review | FileProblem]:
    """Parse (path, id) pairs under a root, returning cards and problems (run in workers)."""
    items, root = chunk
    out: list[Review | FileProblem] = []
    for path, rid in items:
        result = _parse_safely(Path(path), Path(root), rid)
        out.append(result.as_card() if isinstance(result, Review) else result)
    return out


def _parse_many(
    jobs: list[tuple[Path, str]], root: Path, workers: int, notes: list[str]
) -> Iterator[list[Review | FileProblem]]:
    """Parse the jobs in chunks, in worker processes when there are enough of them.

    Results come back chunk by chunk in job order. When worker processes cannot be started, or
    one stops, the chunks are parsed in this process and a sentence saying so is added to
    `notes`; the results are the same either way.
    """
    chunks = [
        ([(str(p), rid) for p, rid in jobs[start : start + _CHUNK]], str(root))
        for start in range(0, len(jobs), _CHUNK)
    ]
    if workers <= 1 or len(jobs) < PARALLEL_MIN:
        for chunk in chunks:
            yield parse_chunk(chunk)
        return
    with WorkerPool(workers) as pool:
        try:
            yield from pool.map(parse_chunk, chunks)
        finally:
            notes.extend(dict.fromkeys(pool.notes))


def _load_all(
    paths: list[Path],
    root: Path,
    problems: list[FileProblem],
    notes: list[str],
    progress: Progress | None,
    cache_dir: Path | None,
    workers: int | None,
) -> list[Review]:
    """Cards for every path, from the card cache where still valid, else parsed."""
    ids = _unique_ids(paths, root)
    total = len(paths)
    cache = CardCache.open(cache_dir, root)
    fingerprint = parser_fingerprint() if cache_dir is not None else ""
    keys = ["/".join(relative_parts(path, root)) for path in paths]
    stamps = [stamp_of(path, fingerprint) if cache_dir is not None else None for path in paths]
    results: list[Review | FileProblem | None] = [None] * total
    done = 0
    misses: list[int] = []
    try:
        for index, path in enumerate(paths):
            stamp = stamps[index]
            card = cache.get(keys[index], stamp, path) if stamp else None
            if card is not None and card.id == ids[index]:
                results[index] = card
                done += 1
            else:
                misses.append(index)
        if progress is not None and done:
            progress(done, total)
        jobs = [(paths[i], ids[i]) for i in misses]
        position = 0
        for chunk in _parse_many(jobs, root, workers or os.cpu_count() or 1, notes):
            for result in chunk:
                index = misses[position]
                position += 1
                results[index] = result
                stamp = stamps[index]
                if isinstance(result, Review) and stamp:
                    cache.put(keys[index], stamp, result)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        cache.save(keys)
    finally:
        cache.close()
    reviews: list[Review] = []
    for outcome in results:
        if isinstance(outcome, FileProblem):
            problems.append(outcome)
        elif outcome is not None:
            reviews.append(outcome)
    return reviews
