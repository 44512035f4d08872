"""The catalog: everything the last scan learnt about a folder, in one SQLite file.

The catalog lives in the cache folder (always safe to delete), one file per data folder. It
holds, for every document found:

- `docs`: the list's columns (id, title, year, reviewer, file time…), the rest of the card
  as JSON, the file's stamp (modification time and size, and its sidecar's), or the reason
  the file could not be read;
- `sections`: the body, one row per section (rowid `docno << 10 | section`), which the
  reader shows and the full-text index is built from (an FTS5 table over these rows), so no
  file is read twice;
- `credits`: who is in each review (actors with their parts, directors, the reviewer), from
  which `names` is derived: each person and film once, with how many films it has and its
  words, for the name search of the command line;
- `folders`: every folder walked with its modification time, so that a cheap check can tell
  whether files were added, removed or renamed since (`library/refresh.py`).

A review that states no year belongs to a film of the same title, season and kind when the
catalog holds exactly one such film with a year: its `year`, `film_key` and `label` are that
film's, `undated` remembers that the review gave none, and `title_key` (the key without a
year) finds its fellows. Every write settles the titles it touched (`Writer._regroup`), so the
list, the command line's queries and the names all see one film; with no dated film, or two
(a remake), the review keeps a film of its own, without a year.

Writes go in short transactions of a few hundred documents; a scan killed half-way leaves
what it committed, every row true to the file it came from, and the next start goes on from
there. Derived data is brought up to date when it is needed: `dirty` lists the names whose
documents changed (`settle_names`), `docs.text` says which bodies are in the full-text
index yet.

A catalog that cannot be opened, is corrupt or of another version is deleted and made anew (one
of a version this one only adds indexes to is brought up to it in place, `_ADDED_TO`);
when the cache folder cannot be written at all, the catalog lives in memory for the process.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import threading
from array import array
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reeltui.library.entries import Entry, SortKey, path_order
from reeltui.library.first_scan import catalog_file
from reeltui.library.rows import (
    MAX_SECTION,
    PARAGRAPH_BREAK,
    SECTION_BITS,
    DocRow,
    card_from,
    parser_fingerprint,
)
from reeltui.model import FileProblem, Film, Kind, Review, Section
from reeltui.text import fold, name_tokens

__all__ = [
    "FILM",
    "MAX_SECTION",
    "ROLE_KINDS",
    "SCHEMA_VERSION",
    "SECTION_BITS",
    "Catalog",
    "Follower",
    "NameRow",
    "Writer",
    "Written",
    "display_name",
]

#: Bump when the tables or queries change in a way an older catalog cannot serve: a catalog
#: of another version is made anew, unless `_ADDED_TO` names it. (A change to what a parse
#: gives is `parser_fingerprint`.)
SCHEMA_VERSION = "8"

#: Older versions whose tables this one only adds to (new indexes): a catalog of one of them
#: is brought up to this version in place, keeping every document, instead of being made anew.
#: 5 → 6: the indexes of the list's other orders (`docs_year`, `docs_added`, `docs_reviewer`).
#: 6 → 7: the names' ranking order (`names_rank`).
_ADDED_TO = frozenset({"5", "6"})

#: `credits.kind` and `names.kind`: the roles, then films.
ROLE_KINDS: dict[str, int] = {"actor": 0, "director": 1, "reviewer": 2}
FILM = 3


#: Past this many names to recompute, all names are derived again in one pass.
_REBUILD_NAMES = 2_000
#: Words shorter than this get no typo variants (a typo match needs four letters).
_MIN_FUZZY = 4
#: A folded film title that ends in its season, as `film_titled` is given it.
_SEASONED = re.compile(r"(.+) season (0|[1-9][0-9]*)")
#: The reviews of a film by folded title (alone, or split from its season), which the index
#: on `sort_title` answers; joining title and season in SQL would read every row.
FILM_TITLED = (
    "SELECT docno FROM docs WHERE sort_title IN (?, ?) AND problem IS NULL AND year IS ?"
    " AND ((sort_title = ? AND season IS NULL) OR (sort_title = ? AND season = ?))"
)

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS folders(path BLOB PRIMARY KEY, mtime INTEGER NOT NULL,"
    " problem TEXT) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS docs(docno INTEGER PRIMARY KEY, key BLOB NOT NULL UNIQUE,"
    " base TEXT NOT NULL, id TEXT NOT NULL, stamp TEXT NOT NULL, problem TEXT,"
    " title TEXT, sort_title TEXT, year INTEGER, season INTEGER, kind TEXT, film_key TEXT,"
    " label TEXT, reviewer TEXT, mtime REAL, card TEXT, flagged INTEGER NOT NULL DEFAULT 0,"
    " noted INTEGER NOT NULL DEFAULT 0,"
    " text INTEGER NOT NULL DEFAULT 0, title_key TEXT, undated INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS docs_id ON docs(id)",
    # The library's order, with every column of an entry: loading the entries reads this
    # index from end to end, neither sorting nor visiting the table.
    "CREATE INDEX IF NOT EXISTS docs_order ON docs(sort_title, coalesce(year, 0), key, docno,"
    " id, title, year, kind, season, film_key, reviewer, mtime) WHERE problem IS NULL",
    # The list's other orders (`Catalog.ordered`), each followed by the library's order. Only
    # the order's columns: holding an entry's every column too would spare a look-up of each
    # row when the whole list is read (0.2 s of 0.65 at 100,000), but cost every write of a
    # scan twice what these do.
    "CREATE INDEX IF NOT EXISTS docs_year ON docs(coalesce(year, 0) DESC, sort_title, key)"
    " WHERE problem IS NULL",
    "CREATE INDEX IF NOT EXISTS docs_added ON docs(mtime DESC, sort_title, coalesce(year, 0),"
    " key) WHERE problem IS NULL",
    "CREATE INDEX IF NOT EXISTS docs_reviewer ON docs(reviewer, sort_title, coalesce(year, 0),"
    " key) WHERE problem IS NULL",
    "CREATE INDEX IF NOT EXISTS docs_base ON docs(base)",
    "CREATE INDEX IF NOT EXISTS docs_film ON docs(film_key)",
    # The reviews of one title (and season) and kind, those without a year last.
    "CREATE INDEX IF NOT EXISTS docs_title ON docs(title_key, kind, undated) WHERE problem IS NULL",
    "CREATE INDEX IF NOT EXISTS docs_text ON docs(text) WHERE text = 0",
    "CREATE TABLE IF NOT EXISTS sections(rowid INTEGER PRIMARY KEY, heading TEXT NOT NULL,"
    " body TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS credits(docno INTEGER NOT NULL, kind INTEGER NOT NULL,"
    " pos INTEGER NOT NULL, name TEXT NOT NULL, person TEXT NOT NULL, part TEXT)",
    "CREATE INDEX IF NOT EXISTS credits_doc ON credits(docno)",
    "CREATE INDEX IF NOT EXISTS credits_person ON credits(kind, person)",
    "CREATE TABLE IF NOT EXISTS names(nid INTEGER PRIMARY KEY, kind INTEGER NOT NULL,"
    " key TEXT NOT NULL, tokens TEXT NOT NULL, display TEXT NOT NULL, weight INTEGER NOT NULL,"
    " spellings TEXT NOT NULL, UNIQUE(kind, key))",
    # The names of a kind in ranking order (`name_words`, `names`): without it each kind's
    # names were sorted in memory when the searcher was built, 5.5 MB for 70,000 films.
    "CREATE INDEX IF NOT EXISTS names_rank ON names(kind, weight DESC, tokens, display)"
    " WHERE tokens != ''",
    "CREATE TABLE IF NOT EXISTS name_tokens(token TEXT NOT NULL, nid INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS name_tokens_token ON name_tokens(token)",
    "CREATE INDEX IF NOT EXISTS name_tokens_nid ON name_tokens(nid)",
    "CREATE TABLE IF NOT EXISTS name_words(token TEXT PRIMARY KEY) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS name_variants(variant TEXT NOT NULL, token TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS name_variants_variant ON name_variants(variant)",
    "CREATE TABLE IF NOT EXISTS dirty(kind INTEGER NOT NULL, key TEXT NOT NULL,"
    " PRIMARY KEY(kind, key)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS terms(term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID",
)

#: The full-text index: FTS5 over `sections`, which holds the text (see search/fulltext/).
_FULLTEXT = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS fulltext USING fts5(heading, body,"
    " content='sections', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')"
)

_TABLES = (
    "meta",
    "folders",
    "docs",
    "sections",
    "credits",
    "names",
    "name_tokens",
    "name_words",
    "name_variants",
    "dirty",
    "terms",
    "fulltext",
)


def _key_blob(key: str) -> bytes:
    # What os.fsencode gives on the platforms reeltui runs on (UTF-8 file names), quicker.
    return key.encode("utf-8", "surrogateescape")


def _key_text(blob: bytes) -> str:
    return blob.decode("utf-8", "surrogateescape")


@dataclass(frozen=True, slots=True)
class NameRow:
    """A person (of one role) or a film, as `names` holds it.

    `tokens` are the folded words that name search matches, space-separated; `weight` is the
    number of films (people) or reviews (films) it has; `spellings` every way the reviews
    wrote a person's name.
    """

    nid: int
    kind: int
    key: str
    tokens: str
    display: str
    weight: int
    spellings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Written:
    """What a scan wrote after a document (`Follower.written_after`): the highest document
    number written by then (`last`); each review's film (docno, the number of the film's first
    review, and the film's label if this review is that first one, else None), in document
    order; each credit (docno, kind, name as written, person)."""

    last: int
    reviews: list[tuple[int, int, str | None]]
    credits: list[tuple[int, int, str, str]]


def display_name(spellings: dict[str, int]) -> str:
    """The spelling to show: accented spellings win (scrapers drop accents, never add them),
    then the most common, then the first alphabetically."""
    return min(spellings, key=lambda s: (-sum(1 for c in s if ord(c) > 127), -spellings[s], s))


def _deletions(token: str) -> set[str]:
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


# -- the catalog ---------------------------------------------------------------------------


class Catalog:
    """The catalog of one data folder. Safe to share between threads.

    Reads and writes each go through their own connection (one when in memory), each guarded
    by its own lock, so a long write never holds up a read: SQLite's WAL lets a reader see the
    last committed state while a writer works.
    """

    def __init__(
        self,
        root: Path,
        writer: sqlite3.Connection,
        reader: sqlite3.Connection | None,
        path: Path | None,
        fingerprint: str,
    ) -> None:
        self.root = Path(root)
        self.path = path
        self.fingerprint = fingerprint
        self._writer = writer
        self._reader = reader if reader is not None else writer
        self._write_lock = threading.RLock()
        self._read_lock = self._write_lock if reader is None else threading.RLock()
        self.fulltext_available = _has_fulltext(writer)
        self._closed = False

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, cache_dir: Path | None, root: Path, *, fingerprint: str | None = None) -> Catalog:
        """The catalog of `root` in `cache_dir`, made anew when missing, corrupt or old; in
        memory when `cache_dir` is None or cannot be written."""
        fingerprint = fingerprint or parser_fingerprint()
        if cache_dir is not None:
            path = cls.file_of(cache_dir, root)
            for attempt in range(2):
                try:
                    Path(cache_dir).mkdir(parents=True, exist_ok=True)
                    writer = _connect(path)
                    try:
                        _prepare(writer, fingerprint)
                        reader = _connect(path, readonly=True)
                    except BaseException:
                        writer.close()
                        raise
                    return cls(root, writer, reader, path, fingerprint)
                except sqlite3.DatabaseError as exc:
                    if isinstance(exc, sqlite3.OperationalError) and _cannot_open(exc):
                        break
                    if attempt == 0:
                        _remove_database(path)  # corrupt: it is only a cache
                except OSError:
                    break
        writer = _connect(None)
        _prepare(writer, fingerprint)
        return cls(root, writer, None, None, fingerprint)

    @staticmethod
    def file_of(cache_dir: Path, root: Path) -> Path:
        """The file in `cache_dir` that holds the catalog of `root` (once made)."""
        return catalog_file(cache_dir, root)

    @property
    def persistent(self) -> bool:
        """Whether the catalog is kept on disk between runs."""
        return self.path is not None

    def release_memory(self) -> None:
        """Let the writer's page cache go (SQLite's `shrink_memory`): after a scan, it holds up
        to 16 MB of pages that nothing reads again (a first scan at 100,000 reaches the limit),
        while the process goes on to make its list and search. It fills again as writes need
        it. (In memory the pages are the database: nothing is let go.)"""
        if self.path is None:
            return
        with self._write_lock:
            self._writer.execute("PRAGMA shrink_memory")

    def close(self) -> None:
        """Close the connections (further calls fail)."""
        if self._closed:
            return
        self._closed = True
        with self._write_lock:
            for connection in (self._reader, self._writer):
                with contextlib.suppress(sqlite3.Error):
                    connection.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- meta ----------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        """A value of the meta table."""
        with self._read_lock:
            row = self._reader.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    @property
    def complete(self) -> bool:
        """Whether the last full scan of the folder finished (else a full one is needed)."""
        return self.meta("complete") == "1"

    # -- reading -------------------------------------------------------------------------

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The read connection, held for the block (one consistent snapshot)."""
        with self._read_lock:
            if self._reader.in_transaction:  # in memory, inside a write: already one snapshot
                yield self._reader
                return
            self._reader.execute("BEGIN")
            try:
                yield self._reader
            finally:
                self._reader.execute("COMMIT")

    def entries(self, known: Known | None = None) -> list[Entry]:
        """Every review's entry, in the library's order (title, year, path). The rows are
        made into entries as they come (no list of rows is held: at 100,000 reviews that
        would double what loading needs). `known` gives entries already made (by document
        number): one equal to its row is taken as it is, not made again."""
        with self._read_lock:
            cursor = self._reader.execute(
                "SELECT docno, id, key, title, year, kind, season, film_key, reviewer, mtime,"
                " sort_title FROM docs WHERE problem IS NULL"
                " ORDER BY sort_title, coalesce(year, 0), key"
            )
            return _entries(cursor, known)

    def entries_of(self, docnos: Iterable[int]) -> list[Entry]:
        """The entries of these documents (reviews only), in the library's order."""
        wanted = sorted(set(docnos))
        rows: list[Any] = []
        with self._read_lock:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                rows.extend(
                    self._reader.execute(
                        "SELECT docno, id, key, title, year, kind, season, film_key, reviewer,"
                        " mtime, sort_title FROM docs WHERE problem IS NULL AND docno IN "
                        f"({','.join('?' * len(chunk))})",
                        chunk,
                    )
                )
        rows.sort(key=lambda row: (row[10], row[4] or 0, row[2]))
        return _entries(rows)

    def first_films(self, key: SortKey, most: int) -> FirstFilms:
        """The first `most` films of the list in one order (each by its first review, as
        `ordered` gives them), each film's number of reviews, and how many films and reviews
        there are: a screen of the list, without reading the whole library."""
        firsts: dict[str, Entry] = {}
        rows = self.ordered(key)
        try:
            for entry in rows:
                if entry.film_key not in firsts:
                    if len(firsts) == most:
                        break
                    firsts[entry.film_key] = entry
        finally:
            rows.close()
        with self._read_lock:
            films, reviews = self._reader.execute(
                "SELECT count(DISTINCT film_key), count(*) FROM docs INDEXED BY docs_order"
                " WHERE problem IS NULL"
            ).fetchone()
            counts = dict(
                self._reader.execute(
                    "SELECT film_key, count(*) FROM docs WHERE problem IS NULL AND film_key IN"
                    " (SELECT value FROM json_each(?)) GROUP BY film_key",
                    (json.dumps(list(firsts)),),
                ).fetchall()
            )
        return FirstFilms(tuple(firsts.values()), counts, int(films), int(reviews))

    def ordered(
        self, key: SortKey, film_keys: Iterable[str] | None = None
    ) -> Generator[Entry, None, None]:
        """The reviews' entries in one of the list's orders, as `sort_entries` puts them, made
        as the rows come (only the reviews of `film_keys`, when given). Each order is read from
        its index (`docs_order`, `docs_year`, `docs_added`, `docs_reviewer`): nothing is
        sorted in Python but runs of ties and the distinct reviewers.

        SQLite orders the paths of reviews of one title and year by their bytes, the library
        by the walk's order (`path_order`): each run of rows tied on all but the path is put
        in that order before it is given (a run is a few rows). Reviewers go in the order of
        their folded names: the distinct names are read and folded (a few hundred at 100,000
        reviews), then the reviews of each in turn, from the index.

        The read snapshot is held until the iterator is used up or closed: use it on the
        thread that made it.
        """
        where, values = "problem IS NULL", []
        if film_keys is not None:
            where += " AND film_key IN (SELECT value FROM json_each(?))"
            values.append(json.dumps(sorted(set(film_keys))))
        select = f"SELECT {_ENTRY_COLUMNS} FROM docs WHERE {where}"
        by_title = "sort_title, coalesce(year, 0), key"
        with self.reading() as db:
            match key:
                case SortKey.TITLE:
                    yield from _run_sorted(db.execute(f"{select} ORDER BY {by_title}", values))
                case SortKey.YEAR:
                    order = "coalesce(year, 0) DESC, sort_title, key"
                    yield from _run_sorted(db.execute(f"{select} ORDER BY {order}", values))
                case SortKey.ADDED:
                    rows = db.execute(f"{select} ORDER BY mtime DESC, {by_title}", values)
                    yield from _run_sorted(rows, by_time=True)
                case SortKey.REVIEWER:
                    groups: dict[tuple[bool, str], list[str | None]] = {}
                    for name in self._reviewers(db, where, values, everyone=film_keys is None):
                        groups.setdefault((name is None, fold(name or "")), []).append(name)
                    for group in sorted(groups):
                        names = groups[group]
                        if group[0]:
                            same, more = "reviewer IS NULL", []
                        else:
                            same, more = f"reviewer IN ({','.join('?' * len(names))})", names
                        rows = db.execute(
                            f"{select} AND {same} ORDER BY {by_title}", [*values, *more]
                        )
                        yield from _run_sorted(rows)

    @staticmethod
    def _reviewers(
        db: sqlite3.Connection, where: str, values: Sequence[Any], *, everyone: bool
    ) -> list[str | None]:
        """The distinct reviewers of the reviews `where` picks (None: reviews with none). Of
        every review, they are found by skipping from one name to the next in `docs_reviewer`
        (a few hundred searches, where reading the index through is 100,000 rows)."""
        if not everyone:
            rows = db.execute(f"SELECT DISTINCT reviewer FROM docs WHERE {where}", values)
            return [name for (name,) in rows]
        names: list[str | None] = [name for (name,) in db.execute(_REVIEWERS)]
        if db.execute(_ANONYMOUS).fetchone() is not None:
            names.append(None)
        return names

    def first_in_order(self, scores: dict[int, float], limit: int) -> list[int]:
        """The `limit` reviews with the highest scores, ties in the library's order."""
        wanted = sorted(scores)
        rows: list[tuple[int, str, int, bytes]] = []
        with self._read_lock:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                rows.extend(
                    self._reader.execute(
                        "SELECT docno, sort_title, coalesce(year, 0), key FROM docs"
                        f" WHERE problem IS NULL AND docno IN ({','.join('?' * len(chunk))})",
                        chunk,
                    )
                )
        rows.sort(key=lambda r: (-scores[r[0]], r[1], r[2], r[3]))
        # The key's bytes order reviews of one title and year almost as the walk does; those
        # tied with the last one kept are put in the walk's order before cutting.
        end = min(limit, len(rows))
        if 0 < end < len(rows):
            edge = (scores[rows[end - 1][0]], rows[end - 1][1], rows[end - 1][2])
            while end < len(rows) and (scores[rows[end][0]], rows[end][1], rows[end][2]) == edge:
                end += 1
        top = sorted(
            rows[:end],
            key=lambda r: (-scores[r[0]], r[1], r[2], path_order(_key_text(r[3]))),
        )
        return [docno for docno, _, _, _ in top[:limit]]

    def card(self, docno: int) -> Review | None:
        """The card of a review (without its body), or None when it is not in the catalog."""
        with self._read_lock:
            row = self._reader.execute(_CARD_SELECT + " WHERE docno = ?", (docno,)).fetchone()
        return None if row is None else self._card(row)

    def review(self, docno: int) -> Review | None:
        """A review with its body, as the reader shows it; None when it is not a review."""
        with self.reading() as db:
            row = db.execute(_CARD_SELECT + " WHERE docno = ?", (docno,)).fetchone()
            if row is None:
                return None
            low, high = docno << SECTION_BITS, (docno << SECTION_BITS) | MAX_SECTION
            sections = db.execute(
                "SELECT heading, body FROM sections WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
                (low, high),
            ).fetchall()
        card = self._card(row)
        body = tuple(
            Section(heading or None, tuple(body.split(PARAGRAPH_BREAK)) if body else ())
            for heading, body in sections
        )
        return _with_body(card, body)

    def _card(self, row: Sequence[Any]) -> Review:
        (_, rid, key, title, year, kind, season, reviewer, mtime, card, undated) = row
        film = Film(title, year, Kind(kind), season)
        path = self.root / _key_text(key)
        inferred = bool(undated) and year is not None
        return card_from(rid, path, film, reviewer, mtime, card, year_inferred=inferred)

    def cards(self, docnos: Sequence[int]) -> dict[int, Review]:
        """The cards of many reviews at once, by document number."""
        found: dict[int, Review] = {}
        wanted = sorted(set(docnos))
        with self.reading() as db:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                for row in db.execute(
                    _CARD_SELECT + f" WHERE docno IN ({','.join('?' * len(chunk))})", chunk
                ):
                    found[row[0]] = self._card(row)
        return found

    def find(self, ref: str) -> int | None:
        """The document a reference names: a review id, a film key, or a path (relative to
        the data folder, or absolute under it). The first in the library's order for a film."""
        with self._read_lock:
            db = self._reader
            row = db.execute(
                "SELECT docno FROM docs WHERE id = ? AND problem IS NULL", (ref,)
            ).fetchone()
            if row is None:
                row = db.execute(
                    "SELECT docno FROM docs WHERE film_key = ? AND problem IS NULL"
                    " ORDER BY sort_title, coalesce(year, 0), key LIMIT 1",
                    (self._film_of(db, ref),),
                ).fetchone()
            if row is None:
                for key in _keys_of(ref, self.root):
                    row = db.execute(
                        "SELECT docno FROM docs WHERE key = ? AND problem IS NULL",
                        (_key_blob(key),),
                    ).fetchone()
                    if row is not None:
                        break
        return None if row is None else int(row[0])

    def film_docnos(self, film_key: str) -> list[int]:
        """The reviews of one film (of the film a yearless key now stands for, `film_of`)."""
        with self._read_lock:
            db = self._reader
            rows = db.execute(
                "SELECT docno FROM docs WHERE film_key = ? AND problem IS NULL",
                (self._film_of(db, film_key),),
            ).fetchall()
        return [int(docno) for (docno,) in rows]

    def film_of(self, film_key: str) -> str:
        """The key of the film a key stands for now: itself, unless it is the key of a film
        without a year whose reviews joined the one dated film of their title (a bookmark made
        before the dated review came then follows them), whose key it gives."""
        with self._read_lock:
            return self._film_of(self._reader, film_key)

    @staticmethod
    def _film_of(db: sqlite3.Connection, film_key: str) -> str:
        if db.execute(
            "SELECT 1 FROM docs WHERE film_key = ? AND problem IS NULL LIMIT 1", (film_key,)
        ).fetchone():
            return film_key
        (joined,) = db.execute(
            "SELECT min(film_key) FROM docs WHERE title_key = ? AND undated = 1"
            " AND problem IS NULL",
            (film_key,),
        ).fetchone()
        return film_key if joined is None else str(joined)

    def films_of(self, film_keys: Iterable[str]) -> dict[str, str]:
        """`film_of` for many keys at once (a user's bookmarks): only the keys that stand for
        another film's key, with that key (one query, by the index on `title_key`)."""
        keys = sorted(set(film_keys))
        if not keys:
            return {}
        with self._read_lock:
            rows = self._reader.execute(
                "SELECT k.value, min(d.film_key) FROM json_each(?) AS k"
                " JOIN docs AS d ON d.title_key = k.value AND d.undated = 1 AND d.problem IS NULL"
                " WHERE d.film_key != k.value AND NOT EXISTS (SELECT 1 FROM docs AS f"
                "  WHERE f.film_key = k.value AND f.problem IS NULL)"
                " GROUP BY k.value",
                (json.dumps(keys),),
            ).fetchall()
        return {str(key): str(film) for key, film in rows}

    def counts(self) -> tuple[int, int]:
        """(documents found, reviews among them)."""
        with self._read_lock:
            files, reviews = self._reader.execute(
                "SELECT count(*) FILTER (WHERE stamp NOT LIKE '!%'), count(*) - count(problem)"
                " FROM docs"
            ).fetchone()
        return int(files), int(reviews)

    def films_named(self, folded: str, *, partial: bool) -> list[tuple[str, str, int | None]]:
        """Films whose folded title (with its season) or label ("title (2023)") is `folded`
        (or, `partial`, whose label holds it): film key, title as a bookmark stores it, year;
        one row per film."""
        title = "sort_title || CASE WHEN season IS NULL THEN '' ELSE ' season ' || season END"
        label = f"{title} || CASE WHEN year IS NULL THEN '' ELSE ' (' || year || ')' END"
        where = f"instr({label}, ?) > 0" if partial else f"({title} = ? OR {label} = ?)"
        values = (folded,) if partial else (folded, folded)
        with self._read_lock:
            rows = self._reader.execute(
                "SELECT film_key, title, season, year FROM docs WHERE problem IS NULL AND "
                f"{where} ORDER BY sort_title, coalesce(year, 0), key",
                values,
            ).fetchall()
        films: dict[str, tuple[str, str, int | None]] = {}
        for film_key, title, season, year in rows:
            shown = f"{title} Season {season}" if season is not None else title
            films.setdefault(film_key, (film_key, shown, year))
        return list(films.values())

    def film_titled(self, folded: str, year: int | None) -> Entry | None:
        """The first review, in the library's order, of the film whose folded title (with
        its season) is `folded` and whose year is `year` (an import matches films so)."""
        seasoned = _SEASONED.fullmatch(folded)
        title, season = (seasoned[1], int(seasoned[2])) if seasoned else (None, None)
        with self._read_lock:
            rows = self._reader.execute(
                FILM_TITLED, (folded, title, year, folded, title, season)
            ).fetchall()
        found = self.entries_of(docno for (docno,) in rows)
        return found[0] if found else None

    def reviewed(self, film_keys: Iterable[str]) -> frozenset[str]:
        """Which of these films have a review."""
        keys = sorted(set(film_keys))
        found: set[str] = set()
        with self._read_lock:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                found.update(
                    key
                    for (key,) in self._reader.execute(
                        "SELECT DISTINCT film_key FROM docs WHERE problem IS NULL AND film_key"
                        f" IN ({marks}) UNION SELECT DISTINCT title_key FROM docs"
                        f" WHERE problem IS NULL AND undated = 1 AND title_key IN ({marks})",
                        chunk + chunk,
                    )
                )
        return frozenset(found)

    def noted(self) -> list[Review]:
        """The cards of the reviews the extraction left notes on, in path order."""
        with self._read_lock:
            rows = self._reader.execute(_CARD_SELECT + " WHERE noted = 1").fetchall()
        cards = [self._card(row) for row in rows]
        cards.sort(key=lambda card: path_order(str(card.path)))
        return cards

    def titles(self) -> list[str]:
        """Every film's title, once each (for suggestions when nothing matched)."""
        with self._read_lock:
            rows = self._reader.execute(
                "SELECT DISTINCT title FROM docs WHERE problem IS NULL"
            ).fetchall()
        return [str(title) for (title,) in rows]

    def directors(self, film_keys: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """The directors of each of these films (from its first review that names them)."""
        keys = sorted(set(film_keys))
        found: dict[str, list[str]] = {}
        first: dict[str, int] = {}
        with self._read_lock:
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                for film_key, docno, name in self._reader.execute(
                    "SELECT d.film_key, d.docno, c.name FROM credits c"
                    " JOIN docs d ON d.docno = c.docno"
                    f" WHERE c.kind = 1 AND d.film_key IN ({','.join('?' * len(chunk))})"
                    " ORDER BY d.sort_title, coalesce(d.year, 0), d.key, c.pos",
                    chunk,
                ):
                    if first.setdefault(film_key, docno) == docno:
                        found.setdefault(film_key, []).append(name)
        return {key: tuple(names) for key, names in found.items()}

    def problems(self) -> tuple[FileProblem, ...]:
        """The problems of the folder: folders and files that could not be read (fatal), then
        what was odd about files that loaded, in path order."""
        found: list[tuple[str, FileProblem]] = []
        with self.reading() as db:
            for path, problem in db.execute(
                "SELECT path, problem FROM folders WHERE problem IS NOT NULL"
            ):
                key = _key_text(path)
                found.append((path_order(key), FileProblem(self.root / key, problem)))
            for key, problem in db.execute(
                "SELECT key, problem FROM docs WHERE problem IS NOT NULL"
            ):
                found.append(
                    (path_order(_key_text(key)), FileProblem(self.root / _key_text(key), problem))
                )
            for key, card in db.execute("SELECT key, card FROM docs WHERE flagged = 1"):
                text = _key_text(key)
                for message in json.loads(card)[9]:  # the card's problems (rows.py)
                    found.append(
                        (path_order(text), FileProblem(self.root / text, message, fatal=False))
                    )
        found.sort(key=lambda item: (not item[1].fatal, item[0]))
        return tuple(problem for _, problem in found)

    # -- names ---------------------------------------------------------------------------

    def names(self, kind: int) -> list[NameRow]:
        """Every person of a role, or every film, in ranking order (most films first)."""
        self.settle_names()
        with self._read_lock:
            rows = self._reader.execute(
                "SELECT nid, kind, key, tokens, display, weight, spellings FROM names"
                " WHERE kind = ? AND tokens != '' ORDER BY weight DESC, tokens, display",
                (kind,),
            ).fetchall()
        return [_name_row(row) for row in rows]

    def name_words(self, kind: int) -> Iterator[tuple[int, str]]:
        """Every person of a role, or every film, in ranking order: its number and its words
        (space-separated). Read a slice at a time, for a matcher to take in without holding
        rows: the order is read as numbers alone, then the words of 500 names at a time (the
        rows of every film at once, a tuple, a number and a string each, took 14 MB for a
        moment at 70,000 films, left as holes in the interpreter's memory)."""
        self.settle_names()
        with self._read_lock:
            order = array(
                "q",
                (
                    nid
                    for (nid,) in self._reader.execute(
                        "SELECT nid FROM names WHERE kind = ? AND tokens != ''"
                        " ORDER BY weight DESC, tokens, display",
                        (kind,),
                    )
                ),
            )
        for start in range(0, len(order), 500):
            chunk = order[start : start + 500].tolist()
            with self._read_lock:
                words = dict(
                    self._reader.execute(
                        "SELECT nid, tokens FROM names"
                        f" WHERE nid IN ({','.join('?' * len(chunk))}) AND tokens != ''",
                        chunk,
                    )
                )
            for nid in chunk:
                text = words.get(nid)
                if text is not None:  # (gone meanwhile: left out)
                    yield int(nid), str(text)

    def names_by_number(self, nids: Iterable[int]) -> dict[int, NameRow]:
        """Names by their numbers (those still in the catalog)."""
        wanted = sorted(set(nids))
        found: dict[int, NameRow] = {}
        with self._read_lock:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                for row in self._reader.execute(
                    "SELECT nid, kind, key, tokens, display, weight, spellings FROM names"
                    f" WHERE nid IN ({','.join('?' * len(chunk))})",
                    chunk,
                ):
                    found[row[0]] = _name_row(row)
        return found

    def name_by_key(self, kind: int, key: str) -> NameRow | None:
        """The person of a role (or the film) whose key is `key`, if the catalog has one."""
        self.settle_names()
        with self._read_lock:
            row = self._reader.execute(
                "SELECT nid, kind, key, tokens, display, weight, spellings FROM names"
                " WHERE kind = ? AND key = ?",
                (kind, key),
            ).fetchone()
        return None if row is None else _name_row(row)

    def name_candidates(self, kind: int, tokens: Sequence[str]) -> list[NameRow]:
        """The names of `kind` that could match every query token (a superset: each has, for
        every token, a word equal to it, beginning with it, or one edit away), in ranking
        order. What does match is decided by the caller (`NameMatcher`)."""
        self.settle_names()
        chosen: set[int] | None = None
        with self.reading() as db:
            for token in tokens:
                words = self._words_like(db, token)
                if not words:
                    return []
                found: set[int] = set()
                for start in range(0, len(words), 500):
                    some = words[start : start + 500]
                    found.update(
                        nid
                        for (nid,) in db.execute(
                            "SELECT t.nid FROM name_tokens t JOIN names n ON n.nid = t.nid"
                            f" WHERE n.kind = ? AND t.token IN ({','.join('?' * len(some))})",
                            (kind, *some),
                        )
                    )
                chosen = found if chosen is None else chosen & found
                if not chosen:
                    return []
            if not chosen:
                return []
            numbers = sorted(chosen)
            rows: list[Any] = []
            for start in range(0, len(numbers), 500):
                chunk = numbers[start : start + 500]
                rows.extend(
                    db.execute(
                        "SELECT nid, kind, key, tokens, display, weight, spellings FROM names"
                        f" WHERE nid IN ({','.join('?' * len(chunk))})",
                        chunk,
                    )
                )
        names = [_name_row(row) for row in rows]
        names.sort(key=lambda n: (-n.weight, n.tokens, n.display))
        return names

    @staticmethod
    def _words_like(db: sqlite3.Connection, token: str) -> list[str]:
        """The known words equal to `token`, beginning with it, or one edit away from it (the
        latter found through the words' one-letter deletions)."""
        words = {
            word
            for (word,) in db.execute(
                "SELECT token FROM name_words WHERE token >= ? AND token < ?",
                (token, token + "\U0010ffff"),
            )
        }
        if len(token) >= _MIN_FUZZY:
            variants = sorted(_deletions(token))
            marks = ",".join("?" * (len(variants) + 1))
            words.update(
                word
                for (word,) in db.execute(
                    f"SELECT token FROM name_variants WHERE variant IN ({marks})",
                    (token, *variants),
                )
            )
            words.update(
                word
                for (word,) in db.execute(
                    f"SELECT token FROM name_words WHERE token IN ({marks[2:]})", variants
                )
            )
        return sorted(words)

    def name_docs(self, kind: int, key: str) -> list[tuple[int, str, str | None]]:
        """The reviews of a person (docno, the name as written there, the part played), each
        review once (its first credit), or of a film (docno, its label, None)."""
        with self._read_lock:
            if kind == FILM:
                rows = self._reader.execute(
                    "SELECT docno, label, NULL FROM docs WHERE film_key = ? AND problem IS NULL",
                    (key,),
                ).fetchall()
                return [(int(d), str(n), None) for d, n, _ in rows]
            rows = self._reader.execute(
                "SELECT docno, name, part FROM credits WHERE kind = ? AND person = ?"
                " ORDER BY docno, pos",
                (kind, key),
            ).fetchall()
        seen: set[int] = set()
        result: list[tuple[int, str, str | None]] = []
        for docno, name, part in rows:
            if docno not in seen:
                seen.add(docno)
                result.append((int(docno), str(name), part))
        return result

    def name_docnos(self, kind: int, key: str) -> list[int]:
        """The reviews of a person (of one role) or of a film."""
        with self._read_lock:
            if kind == FILM:
                rows = self._reader.execute(
                    "SELECT docno FROM docs WHERE film_key = ? AND problem IS NULL", (key,)
                ).fetchall()
            else:
                rows = self._reader.execute(
                    "SELECT DISTINCT docno FROM credits WHERE kind = ? AND person = ?",
                    (kind, key),
                ).fetchall()
        return [docno for (docno,) in rows]

    def credit(self, docno: int, kind: int, key: str) -> tuple[str, str | None] | None:
        """How a review credits a person: the name as written there and the part played."""
        with self._read_lock:
            row = self._reader.execute(
                # By the review's rows (a few), not the person's (thousands for some).
                "SELECT name, part FROM credits WHERE docno = ? AND +kind = ? AND +person = ?"
                " ORDER BY pos LIMIT 1",
                (docno, kind, key),
            ).fetchone()
        return None if row is None else (str(row[0]), row[1])

    def settle_names(self) -> None:
        """Bring `names` up to date with the documents (after a scan changed some)."""
        with self._write_lock:
            db = self._writer
            count = db.execute("SELECT count(*) FROM dirty").fetchone()[0]
            if not count:
                return
            with _transaction(db):
                if count > _REBUILD_NAMES:
                    self._rebuild_names(db)
                else:
                    dirty = db.execute("SELECT kind, key FROM dirty").fetchall()
                    for kind, key in dirty:
                        self._recompute_name(db, kind, key)
                db.execute("DELETE FROM dirty")

    def _rebuild_names(self, db: sqlite3.Connection) -> None:
        db.execute("DELETE FROM names")
        db.execute("DELETE FROM name_tokens")
        spellings: dict[tuple[int, str], dict[str, int]] = {}
        for kind, person, name, count in db.execute(
            "SELECT kind, person, name, count(*) FROM credits GROUP BY kind, person, name"
        ):
            spellings.setdefault((kind, person), {})[name] = count
        weights = {
            (kind, person): films
            for kind, person, films in db.execute(
                "SELECT c.kind, c.person, count(DISTINCT d.film_key) FROM credits c"
                " JOIN docs d ON d.docno = c.docno GROUP BY c.kind, c.person"
            )
        }
        rows = [
            (kind, person, person, display_name(written), weights.get((kind, person), 0),
             json.dumps(sorted(written), ensure_ascii=False))
            for (kind, person), written in spellings.items()
        ]  # fmt: skip
        rows.extend(
            (FILM, film_key, " ".join(name_tokens(label)), label, count, "[]")
            for film_key, label, count in db.execute(
                "SELECT film_key, label, count(*) FROM (SELECT film_key, label FROM docs"
                " WHERE problem IS NULL ORDER BY sort_title, coalesce(year, 0), key)"
                " GROUP BY film_key"
            )
        )
        self._insert_names(db, rows)

    def _recompute_name(self, db: sqlite3.Connection, kind: int, key: str) -> None:
        old = db.execute("SELECT nid FROM names WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        if old is not None:
            db.execute("DELETE FROM name_tokens WHERE nid = ?", old)
            db.execute("DELETE FROM names WHERE nid = ?", old)
        if kind == FILM:
            row = db.execute(
                "SELECT label, count(*) FROM (SELECT label FROM docs WHERE film_key = ?"
                " AND problem IS NULL ORDER BY sort_title, coalesce(year, 0), key)",
                (key,),
            ).fetchone()
            if row is None or not row[1]:
                return
            label, count = row
            self._insert_names(db, [(FILM, key, " ".join(name_tokens(label)), label, count, "[]")])
            return
        written = {
            name: count
            for name, count in db.execute(
                "SELECT name, count(*) FROM credits WHERE kind = ? AND person = ? GROUP BY name",
                (kind, key),
            )
        }
        if not written:
            return
        (films,) = db.execute(
            "SELECT count(DISTINCT d.film_key) FROM credits c JOIN docs d ON d.docno = c.docno"
            " WHERE c.kind = ? AND c.person = ?",
            (kind, key),
        ).fetchone()
        row = (
            kind,
            key,
            key,
            display_name(written),
            films,
            json.dumps(sorted(written), ensure_ascii=False),
        )
        self._insert_names(db, [row])

    @staticmethod
    def _insert_names(
        db: sqlite3.Connection, rows: list[tuple[int, str, str, str, int, str]]
    ) -> None:
        tokens: list[tuple[str, int]] = []
        words: set[str] = set()
        for row in rows:
            cursor = db.execute(
                "INSERT INTO names(kind, key, tokens, display, weight, spellings)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                row,
            )
            nid = cursor.lastrowid
            assert nid is not None
            for token in set(row[2].split()):
                tokens.append((token, nid))
                words.add(token)
        db.executemany("INSERT INTO name_tokens(token, nid) VALUES (?, ?)", tokens)
        known: set[str] = set()
        ordered = sorted(words)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            known.update(
                word
                for (word,) in db.execute(
                    f"SELECT token FROM name_words WHERE token IN ({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        new = [w for w in ordered if w not in known]
        db.executemany("INSERT INTO name_words(token) VALUES (?)", ((w,) for w in new))
        db.executemany(
            "INSERT INTO name_variants(variant, token) VALUES (?, ?)",
            ((v, w) for w in new if len(w) >= _MIN_FUZZY for v in _deletions(w)),
        )

    # -- writing -------------------------------------------------------------------------

    @contextlib.contextmanager
    def writing(self) -> Iterator[Writer]:
        """A transaction on the write connection, committed at the end of the block."""
        with self._write_lock, _transaction(self._writer):
            yield Writer(self._writer)

    def set_meta(self, **values: str) -> None:
        """Set values of the meta table (in their own transaction)."""
        with self.writing() as writer:
            writer.set_meta(**values)

    def recorded(self) -> dict[str, tuple[str, int]]:
        """Every document's key with its stamp and number."""
        with self._read_lock:
            rows = self._reader.execute("SELECT key, stamp, docno FROM docs").fetchall()
        return {_key_text(key): (stamp, docno) for key, stamp, docno in rows}

    def recorded_under(self, folder: str) -> dict[str, tuple[str, int]]:
        """The documents in a folder (not in its sub-folders): key, stamp and number."""
        prefix = _key_blob(folder + "/") if folder else b""
        with self._read_lock:
            if prefix:
                rows = self._reader.execute(
                    "SELECT key, stamp, docno FROM docs WHERE key >= ? AND key < ?",
                    (prefix, prefix[:-1] + b"0"),
                ).fetchall()
            else:
                rows = self._reader.execute("SELECT key, stamp, docno FROM docs").fetchall()
        result: dict[str, tuple[str, int]] = {}
        for key, stamp, docno in rows:
            text = _key_text(key)
            rest = text[len(folder) + 1 :] if folder else text
            if "/" not in rest:
                result[text] = (stamp, docno)
        return result

    def folders(self) -> dict[str, int]:
        """Every folder the last scans walked, with the modification time recorded."""
        with self._read_lock:
            rows = self._reader.execute("SELECT path, mtime FROM folders").fetchall()
        return {_key_text(path): int(mtime) for path, mtime in rows}

    def docnos_under(self, folder: str) -> dict[str, int]:
        """Every document under a folder, sub-folders included: key and number."""
        return {key: docno for key, (_, docno) in self.recorded_tree(folder).items()}

    def recorded_tree(self, folder: str) -> dict[str, tuple[str, int]]:
        """Every document under a folder, sub-folders included: key, stamp and number."""
        prefix = _key_blob(folder + "/")
        with self._read_lock:
            rows = self._reader.execute(
                "SELECT key, stamp, docno FROM docs WHERE key >= ? AND key < ?",
                (prefix, prefix[:-1] + b"0"),
            ).fetchall()
        return {_key_text(key): (stamp, int(docno)) for key, stamp, docno in rows}

    def recorded_keys(self, keys: Iterable[str]) -> dict[str, tuple[str, int]]:
        """The stamp and number of each of these documents the catalog holds."""
        blobs = [_key_blob(key) for key in keys]
        result: dict[str, tuple[str, int]] = {}
        with self._read_lock:
            for start in range(0, len(blobs), 500):
                chunk = blobs[start : start + 500]
                for key, stamp, docno in self._reader.execute(
                    "SELECT key, stamp, docno FROM docs WHERE key IN "
                    f"({','.join('?' * len(chunk))})",
                    chunk,
                ):
                    result[_key_text(key)] = (stamp, int(docno))
        return result

    def count_unsettled(self) -> int:
        """How many names wait to be derived again, and reviews to be indexed for full text:
        the work a search of the catalog has left to do."""
        with self._read_lock:
            (dirty,) = self._reader.execute("SELECT count(*) FROM dirty").fetchone()
        return int(dirty) + (self.count_pending_text() if self.fulltext_available else 0)

    @contextlib.contextmanager
    def writes_held(self) -> Iterator[None]:
        """No write of this process starts during the block (while another process writes
        the catalog at length, this one's writers wait here, not on SQLite's busy timeout)."""
        with self._write_lock:
            yield

    def count_pending_text(self) -> int:
        """How many reviews are not in the full-text index yet."""
        with self._read_lock:
            (count,) = self._reader.execute(
                "SELECT count(*) FROM docs WHERE text = 0 AND problem IS NULL"
            ).fetchone()
        return int(count)

    def assign_ids(self) -> list[int]:
        """Make review ids unique in path order ("film", then "film-txt", "film-2"), as a
        clean scan gives them; returns the documents whose id changed."""
        with self._write_lock:
            db = self._writer
            clash = (
                db.execute("SELECT 1 FROM docs GROUP BY id HAVING count(*) > 1 LIMIT 1").fetchone()
                or db.execute("SELECT 1 FROM docs WHERE id != base LIMIT 1").fetchone()
            )
            if clash is None:
                return []
            rows = db.execute("SELECT docno, key, base, id FROM docs").fetchall()
            rows.sort(key=lambda row: path_order(_key_text(row[1])))
            taken: set[str] = set()
            changed: list[tuple[str, int]] = []
            for docno, key, base, current in rows:
                rid = base
                if rid in taken:
                    rid = f"{rid}-{os.path.splitext(_key_text(key))[1].lstrip('.').lower()}"
                stem, n = rid, 2
                while rid in taken:
                    rid, n = f"{stem}-{n}", n + 1
                taken.add(rid)
                if rid != current:
                    changed.append((rid, docno))
            if changed:
                with _transaction(db):
                    db.executemany("UPDATE docs SET id = ? WHERE docno = ?", changed)
        return [docno for _, docno in changed]

    # -- full text -------------------------------------------------------------------------

    @contextlib.contextmanager
    def text_reader(self) -> Iterator[sqlite3.Connection]:
        """The read connection for full-text queries (held for the block)."""
        with self._read_lock:
            yield self._reader

    @contextlib.contextmanager
    def text_writer(self) -> Iterator[sqlite3.Connection]:
        """The write connection in a transaction, for indexing bodies."""
        with self._write_lock, _transaction(self._writer):
            yield self._writer

    # -- following a scan ----------------------------------------------------------------

    def follow(self) -> Follower:
        """A reader of what a scan writes, as it writes it (for a search while it runs), on a
        read connection of its own: its queries never wait for, nor hold up, the scan's thread
        or the reader's other users. (In memory there is one connection, shared.)"""
        if self.path is None:
            return Follower(self, None)
        connection = _connect(self.path, readonly=True)
        # It reads each range of documents once: a page cache of 1 MB (not 4) serves it as well.
        connection.execute(f"PRAGMA cache_size = {-_FOLLOWER_CACHE_KB}")
        return Follower(self, connection)


#: The page cache of a follower's connection, in KiB.
_FOLLOWER_CACHE_KB = 1000

#: The reviews written in a range of document numbers, each with its film's number (its first
#: review's, by the index on `docs.film_key`) and, for that first review, the film's label
#: (`Follower`).
_WRITTEN_REVIEWS = (
    "SELECT docno, first, CASE WHEN first = docno THEN label END FROM ("
    " SELECT d.docno, d.label, (SELECT min(f.docno) FROM docs AS f"
    "  WHERE f.film_key = d.film_key AND f.problem IS NULL) AS first"
    " FROM docs AS d WHERE d.docno > ? AND d.docno <= ? AND d.problem IS NULL)"
    " ORDER BY docno"
)
#: Their credits, by the index on `credits.docno`.
_WRITTEN_CREDITS = (
    "SELECT docno, kind, name, person FROM credits WHERE docno > ? AND docno <= ? AND person != ''"
)


class Follower:
    """Reads the documents a scan has committed so far, a range of document numbers at a time:
    a first scan numbers new documents upwards, so what came after the last look is what was
    written since. (A document written over in place keeps its number: not seen again.)"""

    def __init__(self, catalog: Catalog, connection: sqlite3.Connection | None) -> None:
        self._catalog = catalog
        self._connection = connection
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[sqlite3.Connection]:
        if self._connection is None:
            with self._catalog.reading() as db:
                yield db
            return
        with self._lock:
            db = self._connection
            db.execute("BEGIN")
            try:
                yield db
            finally:
                db.execute("COMMIT")

    def written_after(self, docno: int, most: int) -> Written:
        """The reviews and credits of the documents numbered above `docno`, at most `most`
        numbers of them (the rest: ask again from `Written.last`), as committed now (one
        snapshot)."""
        with self._snapshot() as db:
            (last,) = db.execute("SELECT coalesce(max(docno), 0) FROM docs").fetchone()
            if last <= docno:
                return Written(docno, [], [])
            last = min(last, docno + max(most, 1))
            reviews = db.execute(_WRITTEN_REVIEWS, (docno, last)).fetchall()
            credits = db.execute(_WRITTEN_CREDITS, (docno, last)).fetchall()
        return Written(int(last), reviews, credits)

    def film_keys(self, numbers: Iterable[int]) -> dict[int, str]:
        """The film keys of documents, by their numbers (a film is kept by its first review's
        number; its key is read for the few films a question shows)."""
        wanted = sorted(set(numbers))
        found: dict[int, str] = {}
        with self._snapshot() as db:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                marks = ",".join("?" * len(chunk))
                found.update(
                    db.execute(f"SELECT docno, film_key FROM docs WHERE docno IN ({marks})", chunk)
                )
        return found

    def spellings(self, kind: int, person: str) -> dict[str, int]:
        """Every way the documents committed so far write a person of a role, with how often
        (by the index on `credits(kind, person)`)."""
        with self._snapshot() as db:
            rows = db.execute(
                "SELECT name, count(*) FROM credits WHERE kind = ? AND person = ? GROUP BY name",
                (kind, person),
            ).fetchall()
        return {str(name): int(count) for name, count in rows}

    def close(self) -> None:
        """Close its connection (the catalog's own stay open)."""
        if self._connection is not None:
            with self._lock, contextlib.suppress(sqlite3.Error):
                self._connection.close()


class Writer:
    """Changes to the catalog inside one transaction (`Catalog.writing`).

    `regrouped` lists the documents it moved to another film without writing them: reviews
    without a year that joined the one dated film of their title when it came, or left it when
    it went (or another dated film of that title came). Their entries changed.
    """

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self.regrouped: list[int] = []

    def _groups_of(self, docnos: Sequence[int]) -> set[tuple[str, str]]:
        """The titles (title key and kind) of documents as stored now."""
        groups: set[tuple[str, str]] = set()
        for start in range(0, len(docnos), 500):
            chunk = list(docnos[start : start + 500])
            groups.update(
                self._db.execute(
                    "SELECT title_key, kind FROM docs WHERE title_key IS NOT NULL AND docno IN"
                    f" ({','.join('?' * len(chunk))})",
                    chunk,
                )
            )
        return groups

    def _regroup(self, groups: Iterable[tuple[str, str]]) -> None:
        """Give each review without a year of these titles its film: the one dated film of its
        title, season and kind, when there is exactly one; else a film of its own, without a
        year. A title with no review without a year costs one look in the index."""
        db = self._db
        wanted = sorted(set(groups))
        if not wanted:
            return
        undated: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for row in db.execute(
                "SELECT d.title_key, d.kind, d.docno, d.title, d.season, d.film_key, d.label"
                " FROM json_each(?) AS g JOIN docs AS d INDEXED BY docs_title"
                " ON d.title_key = json_extract(g.value, '$[0]')"
                " AND d.kind = json_extract(g.value, '$[1]') AND d.undated = 1"
                " AND d.problem IS NULL",
                (json.dumps(chunk),),
            ):
                undated.setdefault((row[0], row[1]), []).append(row[2:])
        for (title_key, kind), reviews in undated.items():
            years = db.execute(
                "SELECT DISTINCT year FROM docs WHERE title_key = ? AND kind = ? AND undated = 0"
                " AND problem IS NULL LIMIT 2",
                (title_key, kind),
            ).fetchall()
            year = years[0][0] if len(years) == 1 else None
            for docno, title, season, was, label in reviews:
                film = Film(title, year, Kind(kind), season)
                if (film.key, film.label) == (was, label):
                    continue
                db.execute(
                    "UPDATE docs SET year = ?, film_key = ?, label = ? WHERE docno = ?",
                    (year, film.key, film.label, docno),
                )
                db.executemany(
                    "INSERT OR IGNORE INTO dirty(kind, key) VALUES (?, ?)",
                    [(FILM, was), (FILM, film.key)],
                )
                self.regrouped.append(docno)

    def set_meta(self, **values: str) -> None:
        """Set values of the meta table."""
        self._db.executemany(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", list(values.items())
        )

    def _forget_body(self, docnos: Sequence[int]) -> None:
        """Drop the sections, credits and index rows of documents (before they change)."""
        db = self._db
        for docno in docnos:
            low, high = docno << SECTION_BITS, (docno << SECTION_BITS) | MAX_SECTION
            row = db.execute("SELECT text, film_key FROM docs WHERE docno = ?", (docno,)).fetchone()
            if row is None:
                continue
            indexed, film_key = row
            if indexed:
                db.execute(
                    "INSERT INTO fulltext(fulltext, rowid, heading, body) SELECT 'delete',"
                    " rowid, heading, body FROM sections WHERE rowid BETWEEN ? AND ?",
                    (low, high),
                )
            db.execute("DELETE FROM sections WHERE rowid BETWEEN ? AND ?", (low, high))
            db.execute(
                "INSERT OR IGNORE INTO dirty(kind, key) SELECT kind, person FROM credits"
                " WHERE docno = ?",
                (docno,),
            )
            if film_key is not None:
                db.execute("INSERT OR IGNORE INTO dirty(kind, key) VALUES (?, ?)", (FILM, film_key))
            db.execute("DELETE FROM credits WHERE docno = ?", (docno,))

    def _existing(self, docno: int | None, key: str) -> int | None:
        """The document to write over: `docno`, or the one another process stored under the
        same key since this one looked (two commands refreshing the same folder at once)."""
        if docno is not None:
            return docno
        row = self._db.execute("SELECT docno FROM docs WHERE key = ?", (_key_blob(key),)).fetchone()
        return None if row is None else int(row[0])

    def put(self, docno: int | None, key: str, base: str, stamp: str, row: DocRow) -> int:
        """Store a parsed review (over the document `docno`, or as a new one); its number."""
        db = self._db
        docno = self._existing(docno, key)
        groups = self._groups_of([docno]) if docno is not None else set()
        values = (
            stamp,
            row.title,
            row.sort_title,
            row.year,
            row.season,
            row.kind,
            row.film_key,
            row.label,
            row.reviewer,
            row.mtime,
            row.card,
            int(row.flagged),
            int(row.noted),
            row.title_key,
            int(row.year is None),
        )
        if docno is not None:
            self._forget_body([docno])
            db.execute(
                "UPDATE docs SET stamp = ?, problem = NULL, title = ?, sort_title = ?, year = ?,"
                " season = ?, kind = ?, film_key = ?, label = ?, reviewer = ?, mtime = ?,"
                " card = ?, flagged = ?, noted = ?, title_key = ?, undated = ?, text = 0"
                " WHERE docno = ?",
                (*values, docno),
            )
        else:
            cursor = db.execute(
                "INSERT INTO docs(key, base, id, stamp, title, sort_title, year, season, kind,"
                " film_key, label, reviewer, mtime, card, flagged, noted, title_key, undated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (_key_blob(key), base, base, *values),
            )
            assert cursor.lastrowid is not None
            docno = cursor.lastrowid
        db.executemany(
            "INSERT INTO sections(rowid, heading, body) VALUES (?, ?, ?)",
            [
                ((docno << SECTION_BITS) | index, heading, body)
                for index, (heading, body) in enumerate(row.sections)
            ],
        )
        db.executemany(
            "INSERT INTO credits(docno, kind, pos, name, person, part) VALUES (?, ?, ?, ?, ?, ?)",
            [(docno, *credit) for credit in row.credits],
        )
        db.executemany(
            "INSERT OR IGNORE INTO dirty(kind, key) VALUES (?, ?)",
            [(kind, person) for kind, _, _, person, _ in row.credits],
        )
        db.execute("INSERT OR IGNORE INTO dirty(kind, key) VALUES (?, ?)", (FILM, row.film_key))
        self._regroup({*groups, (row.title_key, row.kind)})
        return docno

    def put_many(
        self, items: Sequence[tuple[int | None, str, str, str, DocRow | str]]
    ) -> list[int]:
        """Store a batch of parsed reviews, or of problems (a `str` in place of the row), each
        as `put` or `put_problem` would; their numbers, in order.

        A first scan writes thousands of new documents: they are numbered here (after the
        highest number in use, as SQLite would) and written with one statement per table for
        the whole batch, instead of several per document.
        """
        db = self._db
        fresh = [item[1] for item in items if item[0] is None]
        found: dict[str, int] = {}
        for start in range(0, len(fresh), 500):
            part = [_key_blob(key) for key in fresh[start : start + 500]]
            marks = ",".join("?" * len(part))
            for blob, number in db.execute(
                f"SELECT key, docno FROM docs WHERE key IN ({marks})", part
            ):
                found[_key_text(blob)] = number
        (last,) = db.execute("SELECT coalesce(max(docno), 0) FROM docs").fetchone()
        numbers: list[int] = []
        docs: list[tuple[Any, ...]] = []
        problems: list[tuple[Any, ...]] = []
        sections: list[tuple[int, str, str]] = []
        credits: list[tuple[Any, ...]] = []
        dirty: list[tuple[int, str]] = []
        groups: set[tuple[str, str]] = set()
        for docno, key, base, stamp, row in items:
            if docno is None:
                docno = found.get(key)
            if docno is not None:  # written over: rare in a batch, done one at a time
                if isinstance(row, DocRow):
                    numbers.append(self.put(docno, key, base, stamp, row))
                else:
                    numbers.append(self.put_problem(docno, key, base, stamp, row))
                continue
            last += 1
            numbers.append(last)
            if not isinstance(row, DocRow):
                problems.append((last, _key_blob(key), base, base, stamp, row))
                continue
            docs.append(
                (
                    last, _key_blob(key), base, base, stamp, row.title, row.sort_title, row.year,
                    row.season, row.kind, row.film_key, row.label, row.reviewer, row.mtime,
                    row.card, int(row.flagged), int(row.noted), row.title_key,
                    int(row.year is None),
                )
            )  # fmt: skip
            groups.add((row.title_key, row.kind))
            low = last << SECTION_BITS
            sections.extend(
                (low | index, heading, body) for index, (heading, body) in enumerate(row.sections)
            )
            credits.extend((last, *credit) for credit in row.credits)
            dirty.extend((kind, person) for kind, _, _, person, _ in row.credits)
            dirty.append((FILM, row.film_key))
        if problems:
            db.executemany(
                "INSERT INTO docs(docno, key, base, id, stamp, problem) VALUES (?, ?, ?, ?, ?, ?)",
                problems,
            )
        if docs:
            db.executemany(
                "INSERT INTO docs(docno, key, base, id, stamp, title, sort_title, year, season,"
                " kind, film_key, label, reviewer, mtime, card, flagged, noted, title_key,"
                " undated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                docs,
            )
            db.executemany("INSERT INTO sections(rowid, heading, body) VALUES (?, ?, ?)", sections)
            db.executemany(
                "INSERT INTO credits(docno, kind, pos, name, person, part)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                credits,
            )
            db.executemany("INSERT OR IGNORE INTO dirty(kind, key) VALUES (?, ?)", dirty)
            self._regroup(groups)
        return numbers

    def put_problem(self, docno: int | None, key: str, base: str, stamp: str, problem: str) -> int:
        """Record a document that could not be read, and why."""
        db = self._db
        docno = self._existing(docno, key)
        if docno is not None:
            groups = self._groups_of([docno])
            self._forget_body([docno])
            db.execute(
                "UPDATE docs SET stamp = ?, problem = ?, title = NULL, sort_title = NULL,"
                " year = NULL, season = NULL, kind = NULL, film_key = NULL, label = NULL,"
                " reviewer = NULL, mtime = NULL, card = NULL, flagged = 0, noted = 0, text = 0,"
                " title_key = NULL, undated = 0 WHERE docno = ?",
                (stamp, problem, docno),
            )
            self._regroup(groups)
            return docno
        cursor = db.execute(
            "INSERT INTO docs(key, base, id, stamp, problem) VALUES (?, ?, ?, ?, ?)",
            (_key_blob(key), base, base, stamp, problem),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def remove(self, docnos: Sequence[int]) -> None:
        """Forget documents that are gone."""
        groups = self._groups_of(docnos)
        self._forget_body(docnos)
        self._db.executemany("DELETE FROM docs WHERE docno = ?", [(d,) for d in docnos])
        self._regroup(groups)

    def set_folders(self, folders: Iterable[tuple[str, int, str | None]], *, every: bool) -> None:
        """Record folders walked (path, modification time, problem); `every`: these are all of
        them (the others are forgotten)."""
        if every:
            self._db.execute("DELETE FROM folders")
        self._db.executemany(
            "INSERT OR REPLACE INTO folders(path, mtime, problem) VALUES (?, ?, ?)",
            [(_key_blob(path), mtime, problem) for path, mtime, problem in folders],
        )

    def forget_folders(self, paths: Iterable[str]) -> None:
        """Forget folders that are gone, with every folder under them."""
        for path in paths:
            blob = _key_blob(path)
            self._db.execute(
                "DELETE FROM folders WHERE path = ? OR (path >= ? AND path < ?)",
                (blob, blob + b"/", blob + b"0"),
            )


# -- helpers -----------------------------------------------------------------------------

_CARD_SELECT = (
    "SELECT docno, id, key, title, year, kind, season, reviewer, mtime, card, undated FROM docs"
)


@dataclass(frozen=True, slots=True)
class FirstFilms:
    """The first films of the list in one order (`Catalog.first_films`)."""

    #: Each film's first review, in the order.
    entries: tuple[Entry, ...]
    #: The number of reviews of each of those films, by film key.
    counts: dict[str, int]
    #: How many films, and how many reviews, the catalog holds.
    films: int
    reviews: int


def _entries(rows: Iterable[Sequence[Any]], known: Known | None = None) -> list[Entry]:
    """Entries from `docs` rows that come ordered by (sort_title, year, key), in the library's
    order: the same but for reviews of one title and year, which go by the walk's order of
    their paths (only those are sorted again). This loop runs once per review at every start:
    it keeps to local names and plain dictionaries. An entry `known` gives that is equal to
    its row is taken instead of a new one."""
    entries: list[Entry] = []
    append = entries.append
    ties: list[tuple[int, int]] = []
    strings: dict[str, str] = {}
    numbers: dict[int, int] = {}
    share, share_number = strings.setdefault, numbers.setdefault
    kinds = {str(kind): kind for kind in Kind}
    last_title, last_year, start, count = None, None, 0, 0
    for docno, rid, key, title, year, kind, season, film_key, reviewer, mtime, sort_title in rows:
        if sort_title != last_title or year != last_year:
            if count - start > 1:
                ties.append((start, count))
            start, last_title, last_year = count, sort_title, year
        if known is not None:
            entry = known(docno)
            if (
                entry is not None
                and entry.id == rid
                and entry.title == title
                and entry.year == year
                and entry.kind == kind
                and entry.season == season
                and entry.film_key == film_key
                and entry.reviewer == reviewer
                and entry.mtime == mtime
                and entry.key == key.decode("utf-8", "surrogateescape")
            ):
                append(entry)
                count += 1
                continue
        append(
            Entry(
                docno,
                rid,
                key.decode("utf-8", "surrogateescape"),
                share(title, title),
                None if year is None else share_number(year, year),
                kinds[kind],
                season,
                share(film_key, film_key),
                None if reviewer is None else share(reviewer, reviewer),
                mtime,
            )
        )
        count += 1
    if count - start > 1:
        ties.append((start, count))
    for low, high in ties:
        entries[low:high] = sorted(entries[low:high], key=lambda e: path_order(e.key))
    return entries


#: The entries already made of some documents, by document number (None: not made).
Known = Callable[[int], Entry | None]

#: Every review's reviewer once, from `docs_reviewer`: the least name, then each time the
#: least one after it (a search of the index per name, not a read of every row).
_REVIEWERS = (
    "WITH RECURSIVE names(name) AS ("
    " SELECT min(reviewer) FROM docs WHERE problem IS NULL"
    " UNION ALL SELECT (SELECT min(reviewer) FROM docs"
    " WHERE problem IS NULL AND reviewer > names.name) FROM names WHERE name IS NOT NULL)"
    " SELECT name FROM names WHERE name IS NOT NULL"
)
#: Whether a review has no reviewer.
_ANONYMOUS = "SELECT 1 FROM docs WHERE problem IS NULL AND reviewer IS NULL LIMIT 1"

#: The columns of an entry, in the order `_entries` and `_run_sorted` take them.
_ENTRY_COLUMNS = "docno, id, key, title, year, kind, season, film_key, reviewer, mtime, sort_title"
_KINDS = {str(kind): kind for kind in Kind}


def _run_sorted(rows: Iterable[Sequence[Any]], *, by_time: bool = False) -> Iterator[Entry]:
    """Entries from `docs` rows that come in one of the list's orders, the paths of each run
    of reviews of one title and year (and file time, `by_time`) compared by bytes: each such
    run is given in the walk's order of its paths, as the library orders it."""
    run: list[Entry] = []
    last: tuple[Any, ...] | None = None
    for docno, rid, key, title, year, kind, season, film_key, reviewer, mtime, sort_title in rows:
        tie = (sort_title, year or 0, mtime if by_time else None)
        if tie != last:
            if len(run) > 1:
                run.sort(key=lambda e: path_order(e.key))
            yield from run
            run, last = [], tie
        key_text = key.decode("utf-8", "surrogateescape")
        run.append(
            Entry(
                docno, rid, key_text, title, year, _KINDS[kind], season, film_key, reviewer, mtime
            )
        )
    if len(run) > 1:
        run.sort(key=lambda e: path_order(e.key))
    yield from run


def _with_body(card: Review, sections: tuple[Section, ...]) -> Review:
    from dataclasses import replace

    return replace(card, sections=sections, has_body=True)


def _name_row(row: Sequence[Any]) -> NameRow:
    nid, kind, key, tokens, display, weight, spellings = row
    return NameRow(nid, kind, key, tokens, display, weight, tuple(json.loads(spellings)))


def _keys_of(ref: str, root: Path) -> list[str]:
    """The keys (paths under the data folder) a typed reference may mean."""
    keys: list[str] = []
    candidates = [Path(ref)] if os.path.isabs(ref) else [Path.cwd() / ref, root / ref]
    roots = [str(root).rstrip(os.sep) + os.sep]
    with contextlib.suppress(OSError, RuntimeError, ValueError):
        roots.append(str(root.resolve()).rstrip(os.sep) + os.sep)
    for candidate in candidates:
        forms = [os.path.normpath(str(candidate))]
        with contextlib.suppress(OSError, RuntimeError, ValueError):
            forms.append(str(candidate.resolve()))
        for form in forms:
            for prefix in roots:
                if form.startswith(prefix):
                    keys.append(form[len(prefix) :].replace(os.sep, "/"))
    return list(dict.fromkeys(keys))


def _has_fulltext(db: sqlite3.Connection) -> bool:
    row = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'fulltext'").fetchone()
    return row is not None


def _prepare(db: sqlite3.Connection, fingerprint: str) -> None:
    """Create the tables, or make them anew when the file holds another version; forget every
    document's stamp when the parsers changed (each is read again). A catalog that is as it
    should be is only read: opening one never waits for another process that is writing."""
    if _meta_of(db) == (SCHEMA_VERSION, fingerprint):
        return
    with _transaction(db):
        version, parsers = _meta_of(db)
        anew = version != SCHEMA_VERSION and version not in _ADDED_TO
        if anew:
            for table in _TABLES:
                db.execute(f"DROP TABLE IF EXISTS {table}")
        for statement in _SCHEMA:
            db.execute(statement)
        with contextlib.suppress(sqlite3.OperationalError):  # no FTS5 in this SQLite
            db.execute(_FULLTEXT)
        db.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,)
        )
        if anew or parsers != fingerprint:
            db.execute("UPDATE docs SET stamp = ''")
            db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('complete', '0')")
            db.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('parsers', ?)", (fingerprint,)
            )


def _meta_of(db: sqlite3.Connection) -> tuple[str | None, str | None]:
    """The schema version and parsers' fingerprint a catalog was made with (None: unknown)."""
    has_meta = db.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not has_meta:
        return None, None
    values = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('schema', 'parsers')"))
    return values.get("schema"), values.get("parsers")


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on an error); nested use joins the outer one."""
    if db.in_transaction:
        yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _connect(path: Path | None, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection tuned for a disposable cache: WAL, and no fsync at all. A process killed
    at any point keeps every committed transaction (the WAL is in the OS's hands once written);
    only a crash of the machine itself can lose recent ones, or damage the file, and a damaged
    catalog is made anew. The writer keeps more pages in memory: a first scan updates indexes
    all over the file."""
    connection = sqlite3.connect(
        ":memory:" if path is None else str(path),
        isolation_level=None,
        check_same_thread=False,
        timeout=10.0,
    )
    try:
        if path is not None and not readonly:
            connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute(f"PRAGMA cache_size = {-4000 if readonly else -10000}")
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def _cannot_open(exc: sqlite3.OperationalError) -> bool:
    text = str(exc)
    return "unable to open" in text or "readonly" in text or "read-only" in text


def _remove_database(path: Path) -> None:
    """Delete a broken catalog and its journal files."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(OSError):
            candidate.unlink()
