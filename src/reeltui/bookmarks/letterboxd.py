"""Letterboxd, both ways: its export files read into bookmarks, bookmarks written for its importer.

Reading. Letterboxd's data export is a folder of CSV files; three of them are lists of films:
`watchlist.csv` and `watched.csv` (columns `Date`, `Name`, `Year`, `Letterboxd URI`) and
`diary.csv` (the same, plus `Rating`, `Rewatch`, `Tags` and `Watched Date`, one row per
viewing). Its *import* format (`Title`, `Year`, `LetterboxdURI`, `WatchedDate`, ...), which
`write_letterboxd` writes, is read too, so an export can be imported again. Column names are
compared without case or spaces, and unknown columns are ignored. Whether a file is a watchlist
or films watched is said by the caller, else told by its columns (a watched date, a rating or a
rewatch flag mean films watched), else by its name.

A file is read as a stream of lines of bounded length, and at most `MAX_ROWS` rows of it, so a
file of any size costs bounded memory and time. Either the whole file is good or nothing of it
is used: the first malformed line stops the read with `LetterboxdError`, one sentence naming the
file and the line.

Films are matched to the library by title and year, accent- and case-insensitively
(`text.fold`); a film without a review keeps the key its title and year make, so it joins its
review when one is added to the library later.

Writing. Letterboxd's importer takes a file of films watched (a diary entry for each one with a
watched date) or a watchlist, and no more than `PART_ROWS` films a file: `write_parts` splits a
longer list into files named `NAME-1-of-3.csv`, `NAME-2-of-3.csv`...
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO, TextIO

from reeltui.bookmarks.model import (
    RATINGS,
    AboutAFilm,
    Bookmark,
    BookmarkError,
    ImportCounts,
    ImportedFilm,
    Status,
    film_title,
)
from reeltui.bookmarks.store import BookmarkStore
from reeltui.model import film_key
from reeltui.storage import os_reason, write_atomic
from reeltui.text import clean_line, clip, display_path, fold
from reeltui.words import counted, noun

__all__ = [
    "EXPORT_FILES",
    "MAX_LINE",
    "MAX_ROWS",
    "PART_ROWS",
    "WATCHED_COLUMNS",
    "WATCHLIST_COLUMNS",
    "ImportReport",
    "LetterboxdError",
    "LetterboxdFile",
    "ListKind",
    "Row",
    "UnclearKind",
    "export_files",
    "import_letterboxd",
    "match_films",
    "part_paths",
    "read_letterboxd",
    "write_letterboxd",
    "write_parts",
]

#: The most rows one file may have: far more than any person's export, few enough to hold.
MAX_ROWS = 100_000
#: The longest physical line read, in characters (a long review in `reviews.csv` fits).
MAX_LINE = 1 << 20
#: The most films Letterboxd's importer takes in one file.
PART_ROWS = 1_900
#: The files of Letterboxd's export that list films, in the order a folder of them is read.
EXPORT_FILES = ("watchlist.csv", "watched.csv", "diary.csv")

#: Columns of Letterboxd's import format written for films watched and for a watchlist. A
#: private note never becomes a published review, so there is no `Review` column.
WATCHED_COLUMNS = (
    "Title",
    "Year",
    "Directors",
    "LetterboxdURI",
    "WatchedDate",
    "Rating",
    "Rewatch",
    "Tags",
)
WATCHLIST_COLUMNS = ("Title", "Year", "Directors", "LetterboxdURI")


class ListKind(StrEnum):
    """What a Letterboxd file lists: films to watch, or films watched."""

    WATCHLIST = "watchlist"
    WATCHED = "watched"

    @property
    def status(self) -> Status:
        """The status its films are bookmarked with."""
        return Status.WATCHED if self is ListKind.WATCHED else Status.TO_WATCH

    @property
    def described(self) -> str:
        """ "a watchlist" or "films watched"."""
        return "a watchlist" if self is ListKind.WATCHLIST else "films watched"


class LetterboxdError(BookmarkError):
    """A file could not be read as Letterboxd's; one sentence that names it (and the line)."""


class UnclearKind(LetterboxdError):
    """Neither the columns nor the name of a file tell whether it is a watchlist."""


@dataclass(frozen=True, slots=True)
class Row:
    """One film of a Letterboxd file, checked; `line` is where its row starts."""

    line: int
    title: str
    year: int | None
    added: date | None = None
    watched_on: date | None = None
    uri: str | None = None
    rating: float | None = None
    tags: tuple[str, ...] = ()
    rewatch: bool = False


@dataclass(frozen=True, slots=True)
class LetterboxdFile:
    """A Letterboxd file read whole: what it lists, how that was decided, and its rows."""

    path: Path
    kind: ListKind
    decided_by: str
    rows: tuple[Row, ...]


# -- reading ---------------------------------------------------------------------------------

# Normalised column name (case and spaces dropped) to the field it fills.
_FIELDS = {
    "name": "title",
    "title": "title",
    "year": "year",
    "letterboxduri": "uri",
    "date": "added",
    "watcheddate": "watched_on",
    "rating": "rating",
    "rating10": "rating10",
    "rewatch": "rewatch",
    "tags": "tags",
}
# Columns only a list of films watched has.
_WATCHED_ONLY = frozenset({"watched_on", "rating", "rating10", "rewatch"})
# Words in a file's name that tell what it lists (Letterboxd's own names and ours).
_WATCHED_NAMES = ("watched", "diary", "ratings", "reviews")
_DELIMITERS = (",", ";", "\t")
_YEAR = re.compile(r"\d{4}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_URI = re.compile(r"https?://(?:[a-z0-9-]+\.)*(?:letterboxd\.com|boxd\.it)/\S*", re.IGNORECASE)
_YES = frozenset({"yes", "true", "1", "y"})
_NO = frozenset({"", "no", "false", "0", "n"})
_CSV_REASONS = {
    "unexpected end of data": "a quoted value that starts here is never closed",
    "expected after": "has text right after a closing quote",
    "field larger than field limit": "has a value too long for a title",
}


def read_letterboxd(
    path: Path, kind: ListKind | None = None, *, max_rows: int = MAX_ROWS
) -> LetterboxdFile:
    """Read a Letterboxd CSV file whole, or raise `LetterboxdError` naming what is wrong.

    `kind` says what the file lists; by default its columns or its name tell
    (`UnclearKind` when neither does). Text is UTF-8 (a BOM is skipped), UTF-16 with a BOM, or
    else Windows-1252, as a spreadsheet may save it; lines may end in CRLF; the delimiter may be
    a comma, a semicolon or a tab.
    """
    name = display_path(path)
    try:
        with open(path, "rb") as handle:
            encoding = _encoding(handle, name)
            try:
                return _read(handle, path, encoding, kind, max_rows)
            except UnicodeDecodeError:
                if encoding != "utf-8-sig":
                    raise
                handle.seek(0)
                return _read(handle, path, "cp1252", kind, max_rows)
    except UnicodeDecodeError as exc:
        raise LetterboxdError(f"{name} is not text in {exc.encoding.upper()}", path) from None
    except IsADirectoryError:
        raise LetterboxdError(f"{name} is a folder, not a CSV file", path) from None
    except OSError as exc:
        reason = os_reason(exc, missing="there is no such file")
        raise LetterboxdError(f"could not read {name} ({reason})", path) from None


def _encoding(handle: BinaryIO, name: str) -> str:
    """The encoding of a file from its first bytes; raises when it is not text at all."""
    head = handle.read(4096)
    handle.seek(0)
    if not head:
        raise LetterboxdError(f"{name} is empty, so it holds no films")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if head.startswith(b"PK\x03\x04"):
        raise LetterboxdError(
            f"{name} is a zip archive, not a CSV file; unzip Letterboxd's export and import "
            "watchlist.csv, watched.csv or diary.csv from it"
        )
    if b"\x00" in head:
        raise LetterboxdError(f"{name} is not a CSV file (it holds binary data)")
    return "utf-8-sig"


def _read(
    handle: BinaryIO, path: Path, encoding: str, kind: ListKind | None, max_rows: int
) -> LetterboxdFile:
    """Read the rows of an opened file in one encoding (see `read_letterboxd`)."""
    name = display_path(path)
    text = io.TextIOWrapper(handle, encoding=encoding, errors="strict", newline="")
    try:
        lines = _Lines(text, name)
        first = next(lines, None)
        if first is None:
            raise LetterboxdError(f"{name} is empty, so it holds no films", path)
        delimiter, header = _header(first.lstrip("\ufeff"), name)
        columns = _columns(header)
        found_kind, decided_by = _kind(path, columns, kind)
        # A diary's address is the viewing's, not the film's: only the film's is kept.
        film_uris = not ("watched_on" in columns and _has_column(header, "name"))
        rows = _rows(lines, name, delimiter, header, columns, film_uris, max_rows)
    finally:
        text.detach()
    return LetterboxdFile(path, found_kind, decided_by, tuple(rows))


class _Lines(Iterator[str]):
    """The physical lines of a text, each at most `MAX_LINE` characters, counted from 1."""

    def __init__(self, text: TextIO, name: str) -> None:
        self._text = text
        self._name = name
        self.number = 0

    def __next__(self) -> str:
        line = self._text.readline(MAX_LINE + 1)
        if not line:
            raise StopIteration
        self.number += 1
        if len(line) > MAX_LINE:
            raise LetterboxdError(
                f"{self._name}, line {self.number:,}: the line is longer than "
                f"{MAX_LINE:,} characters, so this is not a Letterboxd file"
            )
        return line


def _header(line: str, name: str) -> tuple[str, list[str]]:
    """The delimiter and the column names of the first line; it must name the film's title."""
    for delimiter in _DELIMITERS:
        try:
            cells = next(csv.reader([line], delimiter=delimiter, strict=True), [])
        except csv.Error:
            continue
        if any(_norm(cell) in ("name", "title") for cell in cells):
            return delimiter, cells
    raise LetterboxdError(
        f"{name}, line 1: there is no Name or Title column, so this is not a Letterboxd "
        "export (its first line must name the columns)"
    )


def _norm(column: str) -> str:
    """A column name without case or spaces: "Letterboxd URI" and "LetterboxdURI" are one."""
    return "".join(column.split()).casefold()


def _has_column(header: list[str], normalised: str) -> bool:
    return any(_norm(cell) == normalised for cell in header)


def _columns(header: list[str]) -> dict[str, int]:
    """Field to column index; the first of two columns of one field wins ("Name" or
    "Title")."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        wanted = _FIELDS.get(_norm(cell))
        if wanted is not None:
            columns.setdefault(wanted, index)
    return columns


def _kind(path: Path, columns: Mapping[str, int], kind: ListKind | None) -> tuple[ListKind, str]:
    """What the file lists and what said so: the caller, its columns, or its name."""
    if kind is not None:
        return kind, "as asked"
    if _WATCHED_ONLY & columns.keys():
        return ListKind.WATCHED, "by its columns"
    stem = fold(path.stem)
    if "watchlist" in stem:
        return ListKind.WATCHLIST, "by its name"
    if any(word in stem for word in _WATCHED_NAMES):
        return ListKind.WATCHED, "by its name"
    raise UnclearKind(
        f"neither the name nor the columns of {display_path(path)} tell whether it is a "
        "watchlist or a list of films watched",
        path,
    )


def _rows(
    lines: _Lines,
    name: str,
    delimiter: str,
    header: list[str],
    columns: Mapping[str, int],
    film_uris: bool,
    max_rows: int,
) -> list[Row]:
    """Every row after the header, checked; the first bad one raises naming its line."""
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    rows: list[Row] = []
    while True:
        start = lines.number + 1
        try:
            cells = next(reader)
        except StopIteration:
            return rows
        except csv.Error as exc:
            raise LetterboxdError(f"{name}, line {start:,}: {_csv_reason(exc)}") from None
        if not any(cell.strip() for cell in cells):
            continue
        if len(rows) >= max_rows:
            raise LetterboxdError(
                f"{name} has more than {max_rows:,} films (line {start:,}), more than any "
                "Letterboxd export holds"
            )
        if len(cells) != len(header):
            hint = " (is a title with a comma not in quotes?)" if len(cells) > len(header) else ""
            raise LetterboxdError(
                f"{name}, line {start:,}: there are {len(cells)} values where the first line "
                f"names {len(header)} columns{hint}"
            )
        try:
            rows.append(_row(start, cells, columns, film_uris))
        except ValueError as exc:
            raise LetterboxdError(f"{name}, line {start:,}: {exc}") from None


def _csv_reason(exc: csv.Error) -> str:
    """The CSV reader's complaint in plain words."""
    message = str(exc)
    for known, words in _CSV_REASONS.items():
        if known in message:
            return words
    return message[:1].lower() + message[1:]


def _row(line: int, cells: list[str], columns: Mapping[str, int], film_uris: bool) -> Row:
    """One row as a film; raises `ValueError` with a clause on the first bad value."""

    def cell(wanted: str) -> str:
        index = columns.get(wanted)
        return cells[index].strip() if index is not None else ""

    title = clip(clean_line(cell("title")))
    if not title:
        raise ValueError("the film has no title")
    rating = _rating(cell("rating"), cell("rating10"))
    uri = cell("uri")
    if uri and not _URI.fullmatch(uri):
        shown = clip(clean_line(uri), 60)
        raise ValueError(f"the Letterboxd URI {shown!r} is not an address on Letterboxd")
    return Row(
        line=line,
        title=title,
        year=_year(cell("year")),
        added=_date(cell("added"), "Date"),
        watched_on=_date(cell("watched_on"), "Watched Date"),
        uri=uri if uri and film_uris else None,
        rating=rating,
        tags=tuple(tag for part in cell("tags").split(",") if (tag := clean_line(part))),
        rewatch=_flag(cell("rewatch")),
    )


def _year(text: str) -> int | None:
    if not text:
        return None
    if not _YEAR.fullmatch(text):
        raise ValueError(f"the Year {clip(clean_line(text), 40)!r} is not a year")
    return int(text)


def _date(text: str, column: str) -> date | None:
    if not text:
        return None
    try:
        if _DAY.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise ValueError(
        f"the {column} {clip(clean_line(text), 40)!r} is not a date written as YYYY-MM-DD"
    )


def _rating(stars: str, out_of_ten: str) -> float | None:
    """A rating from `Rating` (0.5 to 5) or, without one, `Rating10` (1 to 10)."""
    try:
        if stars:
            value = float(stars)
            if value in RATINGS:
                return value
        elif out_of_ten:
            value = float(out_of_ten) / 2
            if value in RATINGS:
                return value
        else:
            return None
    except ValueError:
        pass
    if stars:
        raise ValueError(
            f"the Rating {clip(clean_line(stars), 20)!r} is not a number of stars from 0.5 to 5"
        )
    raise ValueError(f"the Rating10 {clip(clean_line(out_of_ten), 20)!r} is not from 1 to 10")


def _flag(text: str) -> bool:
    word = text.casefold()
    if word in _YES:
        return True
    if word in _NO:
        return False
    raise ValueError(f"the Rewatch {clip(clean_line(text), 20)!r} is neither yes nor no")


# -- matching and importing ------------------------------------------------------------------


#: Finds the library's review of a film by its folded title (with its season) and its year;
#: the library answers it from its catalog (`Catalog.film_titled`).
FindFilm = Callable[[str, int | None], AboutAFilm | None]


def match_films(files: Iterable[LetterboxdFile], find: FindFilm | None) -> list[ImportedFilm]:
    """The films of the files, one each, matched to the library's reviews by title and year.

    A film listed more than once (a diary's rewatches, a film in two files) is one film:
    watched if any row says so, with the latest viewing's day, rating, tags and rewatch flag,
    the earliest day it was listed, and its address where a row gives one. Without `find`
    (no library), no film has a review.
    """
    found: dict[tuple[str, int | None], AboutAFilm | None] = {}

    def review_of(title: str, year: int | None) -> AboutAFilm | None:
        key = (fold(title), year)
        if key not in found:
            found[key] = find(*key) if find is not None else None
        return found[key]

    films: dict[str, _Merged] = {}
    order = 0
    for file in files:
        for row in file.rows:
            review = review_of(row.title, row.year)
            if review is not None:
                key, title, year = review.film_key, film_title(review), review.film.year
            else:
                key, title, year = film_key(row.title, row.year), row.title, row.year
            merged = films.get(key)
            if merged is None:
                merged = films[key] = _Merged(key, title, year, review is not None)
            merged.take(row, file.kind, order)
            order += 1
    return [merged.film() for merged in films.values()]


@dataclass(slots=True)
class _Merged:
    """The rows of one film, folded into one."""

    key: str
    title: str
    year: int | None
    has_review: bool
    status: Status = Status.TO_WATCH
    added: date | None = None
    uri: str | None = None
    latest: tuple[date, int] | None = None
    watched_on: date | None = None
    rating: float | None = None
    tags: tuple[str, ...] = ()
    rewatch: bool = False

    def take(self, row: Row, kind: ListKind, order: int) -> None:
        if kind is ListKind.WATCHED:
            self.status = Status.WATCHED
        if row.added is not None and (self.added is None or row.added < self.added):
            self.added = row.added
        if self.uri is None:
            self.uri = row.uri
        when = (row.watched_on or date.min, order)
        if self.latest is None or when > self.latest:
            self.latest = when
            if row.watched_on is not None:
                self.watched_on = row.watched_on
            self.rewatch = row.rewatch or (self.rewatch and row.watched_on is None)
            if row.rating is not None:
                self.rating = row.rating
            if row.tags:
                self.tags = row.tags
        else:
            self.rating = self.rating if self.rating is not None else row.rating
            self.tags = self.tags or row.tags

    def film(self) -> ImportedFilm:
        watched = self.status is Status.WATCHED
        return ImportedFilm(
            film_key=self.key,
            title=self.title,
            year=self.year,
            status=self.status,
            has_review=self.has_review,
            added=self.added,
            watched_on=self.watched_on if watched else None,
            letterboxd_uri=self.uri,
            rating=self.rating if watched else None,
            tags=self.tags if watched else (),
            rewatch=self.rewatch and watched,
        )


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What importing some files did (or, in a dry run, would do)."""

    files: tuple[LetterboxdFile, ...]
    films: tuple[ImportedFilm, ...]
    counts: ImportCounts = field(default_factory=ImportCounts)
    dry_run: bool = False

    def sentence(self) -> str:
        """One sentence: "Imported 12 films (3 without a review); 4 were already bookmarked."."""
        c = self.counts
        verb = "Would import" if self.dry_run else "Imported"
        be = noun(c.already, "is", "are") if self.dry_run else noun(c.already, "was", "were")
        updated = ""
        if c.updated:
            done = "would be" if self.dry_run else "were"
            updated = f" ({c.updated:,} of them {done} updated from the file)"
        if c.added:
            missing = f" ({c.without_review:,} without a review)" if c.without_review else ""
            text = f"{verb} {counted(c.added, 'film')}{missing}"
            if c.already:
                text += f"; {c.already:,} {be} already bookmarked{updated}"
        elif c.already:
            films = "the film" if c.already == 1 else f"all {counted(c.already, 'film')}"
            text = f"Nothing new to import: {films} {be} already bookmarked{updated}"
        else:
            names = [display_path(f.path.name) for f in self.files]
            listed = " and ".join(names) or "the file"
            text = f"Nothing to import: {listed} {noun(len(names), 'lists', 'list')} no films"
        if self.dry_run:
            text += "; nothing was saved (a dry run)"
        return text + "."


def export_files(path: Path) -> list[Path]:
    """The files to import for a path: the path itself, or for a folder (Letterboxd's export,
    unzipped) those of `EXPORT_FILES` it holds; a folder holding none raises."""
    if not path.is_dir():
        return [path]
    found = [path / name for name in EXPORT_FILES if (path / name).is_file()]
    if not found:
        raise LetterboxdError(
            f"{display_path(path)} is a folder without {', '.join(EXPORT_FILES[:-1])} or "
            f"{EXPORT_FILES[-1]}, so it is not Letterboxd's export",
            path,
        )
    return found


def import_letterboxd(
    store: BookmarkStore,
    paths: Sequence[Path],
    find: FindFilm | None,
    *,
    kind: ListKind | None = None,
    dry_run: bool = False,
    max_rows: int = MAX_ROWS,
) -> ImportReport:
    """Read Letterboxd files and bookmark their films in one locked, merged, atomic write.

    A folder stands for the files of Letterboxd's export in it (`export_files`). Every file is
    read whole before anything is written; a bad one raises `LetterboxdError`
    and the bookmarks are not touched. Store errors raise as `BookmarkStore.add` does.
    """
    wanted = [file for path in paths for file in export_files(path)]
    files = tuple(read_letterboxd(path, kind, max_rows=max_rows) for path in wanted)
    films = tuple(match_films(files, find))
    counts = store.import_films(films, dry_run=dry_run)
    return ImportReport(files, films, counts, dry_run)


# -- writing ---------------------------------------------------------------------------------


def write_letterboxd(
    bookmarks: Iterable[Bookmark],
    directors: Mapping[str, Sequence[str]],
    out: TextIO,
    *,
    watched: bool,
) -> int:
    """Letterboxd's import CSV: its diary columns for watched films, else its watchlist's.

    One file cannot hold both: Letterboxd marks every film of a diary import as watched, so
    to-watch films go to its watchlist importer in a file of their own. `directors` gives the
    directors of a film key, where the library knows them. Returns how many films it wrote.
    """
    columns = WATCHED_COLUMNS if watched else WATCHLIST_COLUMNS
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for bookmark in bookmarks:
        watched_on = bookmark.watched_date
        cells = {
            "Title": clean_line(bookmark.title),
            "Year": "" if bookmark.year is None else str(bookmark.year),
            "Directors": clean_line(", ".join(directors.get(bookmark.film_key, ()))),
            "LetterboxdURI": clean_line(bookmark.letterboxd_uri or ""),
            "WatchedDate": watched_on.isoformat() if watched_on else "",
            "Rating": f"{bookmark.rating:g}" if bookmark.rating is not None else "",
            "Rewatch": "true" if bookmark.rewatch else "",
            "Tags": clean_line(", ".join(bookmark.tags)),
        }
        writer.writerow([cells[c] for c in columns])
        count += 1
    return count


def part_paths(path: Path, parts: int) -> list[Path]:
    """The files a list split in `parts` goes to: `NAME-1-of-3.csv`... (one part: `path`)."""
    if parts <= 1:
        return [path]
    return [path.with_name(f"{path.stem}-{n}-of-{parts}{path.suffix}") for n in range(1, parts + 1)]


def write_parts(
    bookmarks: Sequence[Bookmark],
    directors: Mapping[str, Sequence[str]],
    path: Path,
    *,
    watched: bool,
    part_rows: int = PART_ROWS,
) -> list[tuple[Path, int]]:
    """Write Letterboxd import files of at most `part_rows` films each; returns each file and
    its count. Each file is written atomically; when one cannot be written, those written
    before it are removed again and the `OSError` is raised."""
    chunks = [bookmarks[i : i + part_rows] for i in range(0, len(bookmarks), part_rows)] or [[]]
    written: list[tuple[Path, int]] = []
    try:
        for target, chunk in zip(part_paths(path, len(chunks)), chunks, strict=True):
            out = io.StringIO()
            count = write_letterboxd(chunk, directors, out, watched=watched)
            write_atomic(target, out.getvalue().encode("utf-8"), mode=0o644)
            written.append((target, count))
    except OSError:
        for target, _ in written:
            target.unlink(missing_ok=True)
        raise
    return written
