"""The full-text index: SQLite FTS5 in the cache folder, one row per section of each review.

The index lives in `paths.cache` (always safe to delete) in a file named after the
data folder. Each document is keyed by its path under the data folder with its mtime and size,
so a new scan re-indexes only what changed, and a file that is gone is dropped. A cache that
cannot be opened, is corrupt or is from another version is deleted and rebuilt; if the cache
folder cannot be written at all, the index lives in memory for the session.

A row's rowid packs the document number and the section index (`docno << 10 | section`), so a
hit says which section to open the review at. Queries are built from the user's words by
quoting each one (`query.py`), so no query string is ever read as FTS5 syntax, and every word
must match.

Every query's cost is bounded, whatever the size of the library (`bench/RESULTS.md` has the
latencies at 100,000 reviews). A `terms` table holds the vocabulary with the number of rows
holding each word; it serves three purposes:

- a last word of three letters or more is also searched as the eight most widespread words it
  begins ("astro" finds "astronaut"), where a plain FTS5 prefix query would merge the rows of
  every such word first;
- a query that finds nothing has its unknown words replaced by the known words one edit away
  ("astronuat" finds "astronaut");
- ranking (bm25) makes SQLite count every row holding each word, so it is applied in full
  only to rare words, to the first matches for commoner ones, and not at all to words found
  nearly everywhere (see `RANK_BUDGET`).

Snippets are cut in Python from the section's stored text (`snippets.py`).

Bodies are read only when a document is (re)indexed: `add` takes a review fresh from the
parser (the scan can hand each one over before it keeps only the card), and `sync` loads the
bodies still missing with the given `load` function.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import threading
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from reeltui.model import Review
from reeltui.search.fulltext.query import TOKEN, Query, compile_query, edits, quote
from reeltui.search.fulltext.snippets import first_words, snippet
from reeltui.text import fold

__all__ = [
    "RANK_ALL_BUDGET",
    "RANK_BUDGET",
    "RANK_WINDOW",
    "SCHEMA_VERSION",
    "FullTextIndex",
    "Passage",
    "SyncReport",
    "TextMatch",
    "fts5_available",
]

#: Bump when the tables change: an index of another version is rebuilt.
SCHEMA_VERSION = "3"

_SECTION_BITS = 10
_MAX_SECTION = (1 << _SECTION_BITS) - 1

#: At most this many matching sections are ranked by relevance; a query matching more (a
#: common word) ranks the first ones found. This bounds the cost of any query.
RANK_WINDOW = 300

#: Ranking needs the number of rows holding each word of the query, which SQLite counts row by
#: row; past this many rows in all (a very common word), matches come in index order instead.
RANK_BUDGET = 10_000
#: Up to this many rows, every match is scored and the best come first (about 3.5 µs a row).
RANK_ALL_BUDGET = 1_000

#: A query's words beyond this many are ignored.
MAX_WORDS = 12

#: A filter (`within`) of at most this many reviews is searched review by review.
_SMALL_FILTER = 256

_FILTER_WINDOW = 50_000
_COMMIT_EVERY = 500
#: Up to this many documents indexed in one go add their words to the vocabulary one by one;
#: past it, the vocabulary is rebuilt from the index in one pass at the end of `sync`.
_VOCABULARY_BY_HAND = 200
#: Words shorter than this are not kept in the vocabulary (typos are fixed in longer words).
_MIN_TERM = 3
#: A prefix is searched as itself and this many of the most widespread words it begins.
_COMPLETIONS = 8

#: Called as progress(done, total) while documents are indexed.
Progress = Callable[[int, int], None]


def fts5_available() -> bool:
    """True when this Python's SQLite was built with the FTS5 extension."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    finally:
        connection.close()
    return True


@dataclass(frozen=True, slots=True)
class TextMatch:
    """The best matching section of a review for a full-text query.

    `snippet` is a short plain-text excerpt of the section around the match (with "…" where it
    was cut) and `spans` the character ranges of the matched words in it. `score` orders
    matches: higher is more relevant.
    """

    review: Review
    section_index: int
    heading: str | None
    snippet: str
    spans: tuple[tuple[int, int], ...]
    score: float


@dataclass(frozen=True, slots=True)
class Passage:
    """A section of a review that holds a phrase: its place and its text as indexed.

    `body` is the section's paragraphs joined by newlines, as they were when the review was
    indexed (the file may have changed since; the library's next scan re-indexes it).
    """

    review: Review
    section_index: int
    heading: str | None
    body: str


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What bringing the index up to date with a library did."""

    reviews: int
    reused: int
    indexed: int
    removed: int


@dataclass(frozen=True, slots=True)
class _Doc:
    """A document of the index: its number and the mtime and size it was indexed at."""

    docno: int
    mtime: float
    size: int


_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS docs(docno INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,"
    " mtime REAL NOT NULL, size INTEGER NOT NULL)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS sections USING fts5(heading, body,"
    " tokenize='unicode61 remove_diacritics 2')",
    "CREATE TABLE IF NOT EXISTS terms(term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID",
)


class FullTextIndex:
    """Full-text search over the sections of a library's reviews.

    Safe to share between threads (one lock guards the connection). Close it when done, or
    use it as a context manager.
    """

    def __init__(self, connection: sqlite3.Connection, root: Path, path: Path | None) -> None:
        self._connection = connection
        self._root = Path(root)
        self._prefix = str(self._root).rstrip(os.sep) + os.sep
        self._path = path
        self._lock = threading.RLock()
        self._docs: dict[str, _Doc] | None = None
        # The library's reviews by document number (None: not in the library), and the
        # number of each review id, made on first need (only filtered searches use it).
        self._cards: list[Review | None] = []
        self._docno_of: dict[str, int] | None = None
        self._in_transaction = False
        self._pending = 0
        self._indexed = 0
        self._next_docno = 1
        self._new_docs: list[tuple[int, str, float, int]] = []
        self._new_rows: list[tuple[int, str, str]] = []
        _create_schema(connection)

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, cache_dir: Path | None, root: Path) -> FullTextIndex:
        """The index of the folder `root`, kept in `cache_dir` (in memory when None).

        A cache that is corrupt or from another version is deleted and rebuilt; a cache
        folder that cannot be written gives an index in memory.
        """
        if cache_dir is None:
            return cls.in_memory(root)
        path = Path(cache_dir) / f"fulltext-{_folder_digest(root)}.sqlite3"
        for _attempt in range(2):
            try:
                Path(cache_dir).mkdir(parents=True, exist_ok=True)
                return cls(_connect(path), root, path)
            except sqlite3.DatabaseError as exc:
                if isinstance(exc, sqlite3.OperationalError) and "unable to open" in str(exc):
                    break
                _remove_database(path)
            except OSError:
                break
        return cls.in_memory(root)

    @classmethod
    def in_memory(cls, root: Path) -> FullTextIndex:
        """An index that lives in memory only (tests, or when the cache cannot be written)."""
        return cls(_connect(None), root, None)

    @property
    def path(self) -> Path | None:
        """The database file, or None for an index in memory."""
        return self._path

    def close(self) -> None:
        """Commit what is pending and close the database."""
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self._commit()
            self._connection.close()

    def __enter__(self) -> FullTextIndex:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def key(self, review: Review) -> str:
        """The document key of a review: its path under the data folder."""
        path = str(review.path)
        if path.startswith(self._prefix):  # a string slice: pathlib costs 50 µs a review
            key = path[len(self._prefix) :].replace(os.sep, "/")
        else:
            key = review.path.as_posix()
        if key.isascii() or key.isprintable():
            return key
        # A name that is not UTF-8 holds lone surrogates, which SQLite cannot store.
        return key.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")

    def add(self, review: Review) -> bool:
        """Index a review fresh from the parser, unless its file is indexed as it is now.

        This is the hook for a scan: called with each review (with its body) before the scan
        keeps only the card, it saves reading the bodies again. Returns True if it indexed.
        """
        with self._lock:
            docs = self._load_docs()
            key = self.key(review)
            size = _file_size(review.path)
            doc = docs.get(key)
            if doc is not None and doc.mtime == review.mtime and doc.size == size:
                return False
            self._write(key, review, size, doc)
            self._pending += 1
            if self._pending >= _COMMIT_EVERY:
                self._commit()
            return True

    def sync(
        self,
        reviews: Sequence[Review],
        load: Callable[[Review], Review],
        progress: Progress | None = None,
    ) -> SyncReport:
        """Bring the index in line with a library's reviews (cards or full reviews).

        Documents whose file changed or that are new are indexed (a card's body comes from
        `load`, e.g. `Library.open`), documents no longer in the library are dropped, and the
        rest is reused as it is. Afterwards `search` answers with these reviews.
        """
        with self._lock:
            docs = self._load_docs()
            cards: dict[int, Review] = {}
            stale: list[tuple[Review, str, int, _Doc | None]] = []
            wanted: set[str] = set()
            for review in reviews:
                key = self.key(review)
                wanted.add(key)
                size = _file_size(review.path)
                doc = docs.get(key)
                if doc is not None and doc.mtime == review.mtime and doc.size == size:
                    cards[doc.docno] = review
                else:
                    stale.append((review, key, size, doc))
            gone = [key for key in docs if key not in wanted]
            for key in gone:
                self._delete(key)
            total = len(stale)
            for done, (review, key, size, doc) in enumerate(stale, start=1):
                full = review if review.has_body else load(review)
                cards[self._write(key, full, size, doc)] = review
                self._pending += 1
                if self._pending >= _COMMIT_EVERY:
                    self._commit()
                if progress is not None:
                    progress(done, total)
            if self._indexed > _VOCABULARY_BY_HAND:
                self._rebuild_terms()
            self._indexed = 0
            self._commit()
            slots: list[Review | None] = [None] * (max(cards, default=0) + 1)
            for docno, card in cards.items():
                slots[docno] = card
            self._cards = slots
            self._docno_of = None
            self._docs = None  # read again if more documents are added
            return SyncReport(len(cards), len(cards) - total, total, len(gone))

    def _rebuild_terms(self) -> None:
        """Refill the vocabulary from the index in one pass (after indexing many documents)."""
        self._flush()
        self._begin()
        execute = self._connection.execute
        execute("DELETE FROM terms")
        execute(
            "INSERT INTO terms(term, docs) SELECT term, doc FROM temp.vocabulary"
            " WHERE length(term) >= ?",
            (_MIN_TERM,),
        )

    def _add_terms(self, review: Review) -> None:
        """Count a document's words into the vocabulary (for a few documents at a time)."""
        words: set[str] = set()
        for section in review.sections:
            for text in (section.heading or "", *section.paragraphs):
                words.update(TOKEN.findall(text.lower()))
        for word in [w for w in words if not w.isascii()]:
            words.discard(word)
            words.update(TOKEN.findall(fold(word)))
        words = {w for w in words if len(w) >= _MIN_TERM}
        self._connection.executemany(
            "INSERT INTO terms(term, docs) VALUES (?, 1)"
            " ON CONFLICT(term) DO UPDATE SET docs = docs + 1",
            ((w,) for w in words),
        )

    def _load_docs(self) -> dict[str, _Doc]:
        """The documents already indexed, read once."""
        if self._docs is None:
            rows = self._connection.execute("SELECT key, docno, mtime, size FROM docs")
            self._docs = {key: _Doc(docno, mtime, size) for key, docno, mtime, size in rows}
            self._next_docno = 1 + max((d.docno for d in self._docs.values()), default=0)
        return self._docs

    def _begin(self) -> None:
        if not self._in_transaction:
            self._connection.execute("BEGIN")
            self._in_transaction = True

    def _flush(self) -> None:
        """Write the documents and rows gathered so far (inserts go in batches)."""
        if self._new_docs or self._new_rows:
            self._begin()
            self._connection.executemany(
                "INSERT INTO docs(docno, key, mtime, size) VALUES (?, ?, ?, ?)", self._new_docs
            )
            self._connection.executemany(
                "INSERT INTO sections(rowid, heading, body) VALUES (?, ?, ?)", self._new_rows
            )
            self._new_docs, self._new_rows = [], []

    def _commit(self) -> None:
        self._flush()
        if self._in_transaction:
            self._connection.execute("COMMIT")
            self._in_transaction = False
        self._pending = 0

    def _write(self, key: str, review: Review, size: int, doc: _Doc | None) -> int:
        """(Re)index one review's sections under its key; returns its document number."""
        if doc is None:
            docno = self._next_docno
            self._next_docno += 1
            self._new_docs.append((docno, key, review.mtime, size))
        else:
            docno = doc.docno
            self._flush()
            self._begin()
            execute = self._connection.execute
            execute(
                "UPDATE docs SET mtime = ?, size = ? WHERE docno = ?", (review.mtime, size, docno)
            )
            execute("DELETE FROM sections WHERE rowid BETWEEN ? AND ?", _rowid_range(docno))
        self._new_rows.extend(_section_rows(docno, review))
        self._indexed += 1
        if self._indexed <= _VOCABULARY_BY_HAND:
            self._begin()
            self._add_terms(review)
        assert self._docs is not None
        self._docs[key] = _Doc(docno, review.mtime, size)
        return docno

    def _delete(self, key: str) -> None:
        """Drop a document that is no longer in the library."""
        assert self._docs is not None
        doc = self._docs.pop(key)
        self._flush()
        self._begin()
        self._connection.execute(
            "DELETE FROM sections WHERE rowid BETWEEN ? AND ?", _rowid_range(doc.docno)
        )
        self._connection.execute("DELETE FROM docs WHERE docno = ?", (doc.docno,))

    # -- searching -----------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        prefix: bool = True,
        within: Collection[str] | None = None,
    ) -> list[TextMatch]:
        """The reviews whose sections hold every word of `query`, most relevant first.

        One match per review: its best section, with a snippet. The last word is also read as
        a prefix when `prefix` is true and it has three characters or more. `within` limits
        the answer to reviews with those ids. Only reviews of the last `sync` are returned;
        a query with no words, or one the index cannot answer, gives no matches.
        """
        # Lone surrogates (from a name that is not UTF-8) cannot be sent to SQLite.
        query = query.encode("utf-8", "replace").decode("utf-8")
        words = [w for w in query.split() if any(c.isalnum() for c in w)][:MAX_WORDS]
        if limit <= 0 or not words:
            return []
        with self._lock:
            try:
                self._flush()
                last = TOKEN.findall(fold(words[-1]))
                completions: list[str] | None = None
                if prefix and len(last) == 1 and len(last[0]) >= 3:
                    completions = self._completions(last[0])
                compiled = compile_query(words, completions, {})
                ranked = self._ranked_rows(compiled, within)
                if not ranked:
                    fixes = self._fix_typos(words, skip_last=bool(completions))
                    if fixes:
                        compiled = compile_query(words, completions or None, fixes)
                        ranked = self._ranked_rows(compiled, within)
                best: dict[int, tuple[int, float]] = {}
                for rowid, rank in ranked:
                    docno = rowid >> _SECTION_BITS
                    if docno < len(self._cards) and self._cards[docno] and docno not in best:
                        best[docno] = (rowid & _MAX_SECTION, rank)
                        if len(best) >= limit:
                            break
                return [
                    self._match(compiled, docno, section, rank)
                    for docno, (section, rank) in best.items()
                ]
            except sqlite3.Error:
                return []

    def passages(
        self,
        phrases: Sequence[str],
        *,
        limit: int,
        within: Collection[str] | None = None,
    ) -> list[Passage]:
        """Sections whose text (not heading) holds one of `phrases`, in index order.

        Each phrase is matched as its words in a row, case and accents ignored ("Michael
        Pena" finds "Michael Peña"). At most `limit` sections are read, so the cost is bounded
        however common the phrase. `within` limits the search to reviews with those ids,
        looked at one review at a time in the index's order. Only reviews of the last `sync`
        are returned; phrases without words give nothing.
        """
        quoted = [
            quote(p.encode("utf-8", "replace").decode("utf-8"))
            for p in dict.fromkeys(phrases)
            if TOKEN.search(p)
        ]
        if limit <= 0 or not quoted:
            return []
        expression = "body : (" + " OR ".join(quoted) + ")"
        select = "SELECT rowid, heading, body FROM sections WHERE sections MATCH ?"
        found: list[Passage] = []
        with self._lock:
            try:
                self._flush()
                execute = self._connection.execute
                if within is None:
                    rows = execute(f"{select} LIMIT ?", (expression, limit)).fetchall()
                    found = self._passages(rows, limit)
                else:
                    if self._docno_of is None:
                        self._docno_of = {
                            c.id: n for n, c in enumerate(self._cards) if c is not None
                        }
                    number = self._docno_of
                    for docno in sorted({number[i] for i in within if i in number}):
                        low, high = _rowid_range(docno)
                        rows = execute(
                            f"{select} AND rowid BETWEEN ? AND ? LIMIT ?",
                            (expression, low, high, limit - len(found)),
                        ).fetchall()
                        found.extend(self._passages(rows, limit - len(found)))
                        if len(found) >= limit:
                            break
            except sqlite3.Error:
                return found
        return found

    def _passages(self, rows: Iterable[tuple[int, str, str]], limit: int) -> list[Passage]:
        """Rows of the index as passages of the library's reviews (rows of others dropped)."""
        found: list[Passage] = []
        cards = self._cards
        for rowid, heading, body in rows:
            docno = rowid >> _SECTION_BITS
            card = cards[docno] if docno < len(cards) else None
            if card is not None:
                found.append(Passage(card, rowid & _MAX_SECTION, heading or None, body or ""))
                if len(found) >= limit:
                    break
        return found

    def _ranked_rows(self, query: Query, within: Collection[str] | None) -> list[tuple[int, float]]:
        """Matching rows as (rowid, rank), best first (rank is bm25: lower is better).

        Ranking costs in proportion to the rows holding the query's words (SQLite counts them
        for bm25, then scores each match), so it is chosen by that count: up to
        `RANK_ALL_BUDGET` rows every match is ranked; up to `RANK_BUDGET` the first
        `RANK_WINDOW` matches are; past it (a very common word) matches come in index order,
        every rank 0. So the cost of any query stays bounded.
        """
        execute = self._connection.execute
        cost = self._cost(query)
        ranked = cost <= RANK_BUDGET
        select = "SELECT rowid, rank FROM sections" if ranked else "SELECT rowid, 0 FROM sections"
        rows: list[tuple[int, float]] = []
        if within is None:
            order = " ORDER BY rank" if cost <= RANK_ALL_BUDGET else ""
            rows = execute(
                f"{select} WHERE sections MATCH ?{order} LIMIT ?",
                (query.expression, RANK_WINDOW),
            ).fetchall()
        else:
            if self._docno_of is None:
                self._docno_of = {c.id: n for n, c in enumerate(self._cards) if c is not None}
            number = self._docno_of
            docnos = sorted({number[i] for i in within if i in number})
            if len(docnos) <= _SMALL_FILTER:
                # One statement per review: ranking would count the words' rows each time.
                for docno in docnos:
                    low, high = _rowid_range(docno)
                    rows.extend(
                        execute(
                            "SELECT rowid, 0 FROM sections WHERE sections MATCH ?"
                            " AND rowid BETWEEN ? AND ?",
                            (query.expression, low, high),
                        )
                    )
            else:
                allowed = set(docnos)
                rows = [
                    (rowid, rank)
                    for rowid, rank in execute(
                        f"{select} WHERE sections MATCH ? LIMIT ?",
                        (query.expression, _FILTER_WINDOW),
                    )
                    if rowid >> _SECTION_BITS in allowed
                ]
        rows.sort(key=lambda row: (row[1], row[0]))
        return rows

    def _cost(self, query: Query) -> int:
        """How many rows ranking `query` would count: the rows holding each of its words."""
        words = sorted(query.tokens)
        if not words or any(len(w) < _MIN_TERM for w in words):
            return RANK_BUDGET + 1  # short words are not counted in the vocabulary: assume many
        marks = ",".join("?" * len(words))
        row = self._connection.execute(
            f"SELECT coalesce(sum(docs), 0) FROM terms WHERE term IN ({marks})", words
        ).fetchone()
        return int(row[0])

    def _match(self, query: Query, docno: int, section: int, rank: float) -> TextMatch:
        """The hit for one review's best section, with its heading and a snippet."""
        row = self._connection.execute(
            "SELECT heading, body FROM sections WHERE rowid = ?",
            ((docno << _SECTION_BITS) | section,),
        ).fetchone()
        heading, body = (row[0] or "", row[1] or "") if row else ("", "")
        found = snippet(body, query) or snippet(heading, query)
        if found is None:
            found = (first_words(body or heading), ())
        excerpt, spans = found
        card = self._cards[docno]
        assert card is not None
        return TextMatch(card, section, heading or None, excerpt, spans, -float(rank))

    def _completions(self, start: str) -> list[str]:
        """The most widespread known words that begin with `start` (not `start` itself).

        A prefix is searched as these few words: FTS5 would otherwise merge the postings of
        every word with that beginning before answering, a cost that grows with the library.
        """
        rows = self._connection.execute(
            "SELECT term FROM terms WHERE term > ? AND term < ? ORDER BY docs DESC, term LIMIT ?",
            (start, start + "\U0010ffff", _COMPLETIONS),
        )
        return [term for (term,) in rows]

    def _fix_typos(self, words: Sequence[str], skip_last: bool) -> dict[int, list[str]]:
        """For each word the vocabulary lacks, the known words one edit away (if any).

        `skip_last` leaves the last word alone (it is a prefix of known words).
        """
        fixes: dict[int, list[str]] = {}
        execute = self._connection.execute
        for position, word in enumerate(words):
            tokens = TOKEN.findall(fold(word))
            if len(tokens) != 1 or len(tokens[0]) < 4:
                continue
            if skip_last and position == len(words) - 1:
                continue
            term = tokens[0]
            if execute("SELECT 1 FROM terms WHERE term = ?", (term,)).fetchone() is None:
                found = self._corrections(term)
                if found:
                    fixes[position] = found
        return fixes

    def _corrections(self, term: str, most: int = 4) -> list[str]:
        """Known words one edit away from `term`, the most widespread first."""
        candidates = sorted(edits(term))
        found: list[tuple[int, str]] = []
        for start in range(0, len(candidates), 500):
            chunk = candidates[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.extend(
                (docs, known)
                for known, docs in self._connection.execute(
                    f"SELECT term, docs FROM terms WHERE term IN ({marks})", chunk
                )
            )
        found.sort(key=lambda item: (-item[0], item[1]))
        return [t for _, t in found[:most]]


def _create_schema(connection: sqlite3.Connection) -> None:
    """Create the tables, or recreate them when the file holds another schema version."""
    execute = connection.execute
    version: str | None = None
    has_meta = execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if has_meta:
        row = execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        version = row[0] if row else None
    if version != SCHEMA_VERSION:
        for table in ("sections", "docs", "terms", "meta"):
            execute(f"DROP TABLE IF EXISTS {table}")
    for statement in _SCHEMA:
        execute(statement)
    execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?)", (SCHEMA_VERSION,))
    execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocabulary USING fts5vocab(main, sections, 'row')"
    )


def _connect(path: Path | None) -> sqlite3.Connection:
    """A connection tuned for a disposable cache: WAL, no fsync, a small page cache."""
    connection = sqlite3.connect(
        ":memory:" if path is None else str(path),
        isolation_level=None,
        check_same_thread=False,
        timeout=10.0,
    )
    try:
        if path is not None:
            connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("PRAGMA cache_size = -8000")
        connection.execute("PRAGMA temp_store = MEMORY")
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def _remove_database(path: Path) -> None:
    """Delete a broken cache database and its journal files."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        with contextlib.suppress(OSError):
            candidate.unlink()


def _folder_digest(root: Path) -> str:
    """A short stable name for a data folder, used to name its cache file."""
    try:
        resolved = Path(root).resolve()
    except (OSError, RuntimeError):
        resolved = Path(os.path.abspath(root))
    return hashlib.sha256(str(resolved).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _file_size(path: Path) -> int:
    """A file's size, or -1 when it cannot be read (a review that exists only in memory)."""
    try:
        return os.stat(path).st_size
    except (OSError, ValueError):
        return -1


def _rowid_range(docno: int) -> tuple[int, int]:
    """The first and last rowid a document's sections can have."""
    return docno << _SECTION_BITS, (docno << _SECTION_BITS) | _MAX_SECTION


def _section_rows(docno: int, review: Review) -> Iterable[tuple[int, str, str]]:
    """The rows of one review: (rowid, heading, body) per section.

    Sections past the last one a rowid can number are folded into that last row.
    """
    sections = review.sections
    for index, section in enumerate(sections[:_MAX_SECTION]):
        yield (
            (docno << _SECTION_BITS) | index,
            section.heading or "",
            "\n".join(section.paragraphs),
        )
    if len(sections) > _MAX_SECTION:
        rest = sections[_MAX_SECTION:]
        yield (
            (docno << _SECTION_BITS) | _MAX_SECTION,
            rest[0].heading or "",
            "\n".join(p for s in rest for p in s.paragraphs),
        )
