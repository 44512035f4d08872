"""A folder of reviews as a queryable library.

`Library.scan` walks a folder (recursively, following symlinked folders once, never looping),
parses every document it recognises and keeps each review as a *card* (a review without its
body) so that a hundred thousand fit in memory. `Library.open` reads one body on demand.
Every file that cannot be read becomes a `FileProblem`; nothing a file contains stops a scan.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from reeltui.model import Credit, FileProblem, Review, ScanReport
from reeltui.parse import SUFFIXES, NotAReview, parse_file, review_id
from reeltui.text import fold

#: Called as progress(done, total) while a scan runs.
Progress = Callable[[int, int], None]


class SortKey(StrEnum):
    """The orders the film list can take."""

    TITLE = "title"
    YEAR = "year"
    REVIEWER = "reviewer"
    ADDED = "added"


def sort_reviews(reviews: Iterable[Review], key: SortKey) -> list[Review]:
    """Sort reviews: by title; year (newest first); reviewer; or recently added (newest file)."""

    def by_title(review: Review) -> tuple[str, int]:
        return (fold(review.film.title), review.film.year or 0)

    items = list(reviews)
    match key:
        case SortKey.TITLE:
            items.sort(key=by_title)
        case SortKey.YEAR:
            items.sort(key=by_title)
            items.sort(key=lambda r: r.film.year or 0, reverse=True)
        case SortKey.REVIEWER:
            items.sort(key=by_title)
            items.sort(
                key=lambda r: (r.reviewer is None, fold(r.reviewer.name if r.reviewer else ""))
            )
        case SortKey.ADDED:
            items.sort(key=by_title)
            items.sort(key=lambda r: r.mtime, reverse=True)
    return items


@dataclass(frozen=True, slots=True)
class CreditMatch:
    """A review in which a person matched, with the credit that matched (actors only)."""

    review: Review
    credit: Credit | None = None


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
    """One sentence for an OS error, without the Python exception's decoration."""
    if isinstance(exc, FileNotFoundError):
        return "could not be read: it has been deleted or moved"
    reason = exc.strerror or exc.__class__.__name__
    return f"could not be read: {reason.lower()}"


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
    _by_path: dict[Path, Review] = field(default_factory=dict, repr=False)

    @classmethod
    def scan(cls, root: Path, progress: Progress | None = None) -> Library:
        """Scan a folder into a library. A missing folder gives an empty library and a problem."""
        root = Path(root)
        problems: list[FileProblem] = []
        if not root.is_dir():
            why = "does not exist" if not root.exists() else "is not a folder"
            problems.append(FileProblem(root, f"the data folder {why}"))
            return cls(root=root, report=ScanReport(root, 0, tuple(problems)))
        paths = find_documents(root, problems)
        reviews = list(_parse_all(paths, root, problems, progress))
        return cls.from_reviews(root, reviews, ScanReport(root, len(paths), tuple(problems)))

    @classmethod
    def from_reviews(
        cls, root: Path, reviews: Iterable[Review], report: ScanReport | None = None
    ) -> Library:
        """A library over reviews already parsed (tests, benchmarks, caches)."""
        library = cls(root=Path(root), report=report or ScanReport(Path(root)))
        library.reviews = sort_reviews(reviews, SortKey.TITLE)
        for review in library.reviews:
            library._by_id[review.id] = review
            library._by_key.setdefault(review.film_key, []).append(review)
            library._by_path[_resolved(review.path)] = review
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
        for candidate in (Path(ref), self.root / ref):
            resolved = _resolved(candidate)
            if resolved in self._by_path:
                return self._by_path[resolved]
        return None

    def reviews_of(self, film_key: str) -> list[Review]:
        """All reviews of one film."""
        return list(self._by_key.get(film_key, []))

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

    def by_actor(self, name: str) -> list[CreditMatch]:
        """Reviews crediting an actor whose folded name contains the folded `name`."""
        needle = fold(name)
        matches: list[CreditMatch] = []
        for review in self.reviews:
            for credit in review.cast:
                if needle and needle in fold(credit.actor):
                    matches.append(CreditMatch(review, credit))
                    break
        return matches

    def by_director(self, name: str) -> list[Review]:
        """Reviews of films directed by someone whose folded name contains the folded `name`."""
        needle = fold(name)
        return [r for r in self.reviews if needle and any(needle in fold(d) for d in r.directors)]

    def by_reviewer(self, name: str) -> list[Review]:
        """Reviews written by someone whose folded name contains the folded `name`."""
        needle = fold(name)
        return [
            r for r in self.reviews if needle and r.reviewer and needle in fold(r.reviewer.name)
        ]


def _resolved(path: Path) -> Path:
    """The path made absolute with symlinks resolved; as given (absolute) if that fails (a
    loop, a NUL in a typed reference, an unreadable folder on the way)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return path.absolute()


def _parse_all(
    paths: list[Path], root: Path, problems: list[FileProblem], progress: Progress | None
) -> Iterator[Review]:
    """Parse each path, turning failures into problems; ids are made unique in path order."""
    taken: set[str] = set()
    total = len(paths)
    for done, path in enumerate(paths, start=1):
        rid = review_id(path, root)
        if rid in taken:
            rid = f"{rid}-{path.suffix.lstrip('.').lower()}"
        n = 2
        base = rid
        while rid in taken:
            rid, n = f"{base}-{n}", n + 1
        result = _parse_safely(path, root, rid)
        if isinstance(result, FileProblem):
            problems.append(result)
        else:
            taken.add(rid)
            yield result.as_card()
        if progress is not None:
            progress(done, total)
