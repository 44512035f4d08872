"""The full-text index: SQLite FTS5 over the bodies the catalog keeps, one row per section.

The catalog (`library/catalog.py`) stores each review's sections in its `sections` table as the
scan parses them (rowid `docno << 10 | section`, so a hit says which section to open the
review at). The FTS5 table `fulltext` indexes those rows where they are (an external-content
table: the text is stored once), so indexing reads no file and copies no text: `index` takes
the reviews not indexed yet (`docs.text = 0`) a batch at a time, in one statement per batch,
and a scan killed half-way leaves every finished batch indexed. A review parsed again is taken
out of the index by the catalog before its sections change.

Queries are built from the user's words by quoting each one (`query.py`), so no query string is
ever read as FTS5 syntax, and every word must match.

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
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from reeltui.library.catalog import MAX_SECTION, SECTION_BITS, Catalog
from reeltui.library.rows import PARAGRAPH_BREAK
from reeltui.search.fulltext.query import TOKEN, Query, compile_query, edits, quote
from reeltui.search.fulltext.snippets import first_words, snippet
from reeltui.text import fold

__all__ = [
    "RANK_ALL_BUDGET",
    "RANK_BUDGET",
    "RANK_WINDOW",
    "FullTextIndex",
    "Passage",
    "Ranked",
    "TextMatch",
    "fts5_available",
]

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
#: Reviews indexed in one statement (and one transaction).
_BATCH = 200
#: Up to this many reviews indexed in one go add their words to the vocabulary one by one;
#: past it, the vocabulary is rebuilt from the index in one pass at the end.
_VOCABULARY_BY_HAND = 200
#: Words shorter than this are not kept in the vocabulary (typos are fixed in longer words).
_MIN_TERM = 3
#: A prefix is searched as itself and this many of the most widespread words it begins.
_COMPLETIONS = 8

#: Called as progress(done, total) while documents are indexed; an exception it raises stops
#: the indexing (what was indexed is kept).
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

    `docno` is the review's number in the catalog; `snippet` is a short plain-text excerpt of
    the section around the match (with "…" where it was cut) and `spans` the character ranges
    of the matched words in it. `score` orders matches: higher is more relevant.
    """

    docno: int
    section_index: int
    heading: str | None
    snippet: str
    spans: tuple[tuple[int, int], ...]
    score: float


@dataclass(frozen=True, slots=True)
class Passage:
    """A section of a review that holds a phrase: its place and its text as indexed.

    `docno` is the review's number in the catalog; `body` is the section's paragraphs joined by
    newlines, as they were when the review was indexed (the file may have changed since; the
    next scan indexes it again).
    """

    docno: int
    section_index: int
    heading: str | None
    body: str


@dataclass(frozen=True, slots=True)
class Ranked:
    """What a full-text query found: the query as run (None: nothing was run), and for each
    review found, best first, its best section and rank (bm25: lower is better)."""

    query: Query | None
    sections: dict[int, tuple[int, float]]


class FullTextIndex:
    """Full-text search over the sections of a catalog's reviews. Safe to share between
    threads: queries use the catalog's read connection, indexing its write connection."""

    def __init__(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._lock = threading.Lock()

    @property
    def available(self) -> bool:
        """Whether this SQLite has FTS5 (without it, text queries find nothing)."""
        return self._catalog.fulltext_available

    # -- indexing ------------------------------------------------------------------------

    def pending(self) -> int:
        """How many reviews are not in the index yet."""
        return self._catalog.count_pending_text() if self.available else 0

    def index(self, progress: Progress | None = None) -> int:
        """Index every review not indexed yet, a batch at a time; returns how many.

        Reviews parsed while this runs are indexed too. `progress(done, total)` is called after
        each batch.
        """
        if not self.available:
            return 0
        with self._lock:
            total = self._catalog.count_pending_text()
            done = 0
            by_hand = total <= _VOCABULARY_BY_HAND
            while True:
                with self._catalog.text_writer() as db:
                    # Chosen inside the write transaction: two indexers (the TUI's and a
                    # command's, say) never index one review twice.
                    docnos = [
                        docno
                        for (docno,) in db.execute(
                            "SELECT docno FROM docs WHERE text = 0 AND problem IS NULL LIMIT ?",
                            (_BATCH,),
                        )
                    ]
                    if not docnos:
                        break
                    db.executemany(
                        "INSERT INTO fulltext(rowid, heading, body) SELECT rowid, heading, body"
                        " FROM sections WHERE rowid BETWEEN ? AND ?",
                        [_rowid_range(d) for d in docnos],
                    )
                    db.executemany(
                        "UPDATE docs SET text = 1 WHERE docno = ?", [(d,) for d in docnos]
                    )
                    if by_hand:
                        for docno in docnos:
                            _add_terms(db, docno)
                done += len(docnos)
                total = max(total, done)
                if progress is not None:
                    progress(done, total)
            if done and not by_hand:
                with self._catalog.text_writer() as db:
                    _rebuild_terms(db)
            return done

    # -- searching -----------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        limit: int = 20,
        prefix: bool = True,
        within: Collection[int] | None = None,
    ) -> list[TextMatch]:
        """The reviews whose sections hold every word of `query`, most relevant first.

        One match per review: its best section, with a snippet. The last word is also read as
        a prefix when `prefix` is true and it has three characters or more. `within` limits
        the answer to those reviews (document numbers). A query with no words, or one the index
        cannot answer, gives no matches.
        """
        found = self.ranked(query, limit=limit, prefix=prefix, within=within)
        return [self.match(found, docno) for docno in found.sections]

    def ranked(
        self,
        query: str,
        *,
        limit: int = 20,
        prefix: bool = True,
        within: Collection[int] | None = None,
    ) -> Ranked:
        """What `search` finds, without the snippets: each review's best section and rank,
        best first. `match` makes the snippet of one of them (a caller that keeps only a
        few of many pays for those few)."""
        # Lone surrogates (from a name that is not UTF-8) cannot be sent to SQLite.
        query = query.encode("utf-8", "replace").decode("utf-8")
        words = [w for w in query.split() if any(c.isalnum() for c in w)][:MAX_WORDS]
        if limit <= 0 or not words or not self.available:
            return Ranked(None, {})
        with self._catalog.text_reader() as db:
            try:
                last = TOKEN.findall(fold(words[-1]))
                completions: list[str] | None = None
                if prefix and len(last) == 1 and len(last[0]) >= 3:
                    completions = self._completions(db, last[0])
                compiled = compile_query(words, completions, {})
                rows = self._ranked_rows(db, compiled, within)
                if not rows:
                    fixes = self._fix_typos(db, words, skip_last=bool(completions))
                    if fixes:
                        compiled = compile_query(words, completions or None, fixes)
                        rows = self._ranked_rows(db, compiled, within)
            except sqlite3.Error:
                return Ranked(None, {})
        best: dict[int, tuple[int, float]] = {}
        for rowid, rank in rows:
            docno = rowid >> SECTION_BITS
            if docno not in best:
                best[docno] = (rowid & MAX_SECTION, rank)
                if len(best) >= limit:
                    break
        return Ranked(compiled, best)

    def passages(
        self,
        phrases: Sequence[str],
        *,
        limit: int,
        within: Collection[int] | None = None,
    ) -> list[Passage]:
        """Sections whose text (not heading) holds one of `phrases`, in index order.

        Each phrase is matched as its words in a row, case and accents ignored ("Michael
        Pena" finds "Michael Peña"). At most `limit` sections are read, so the cost is bounded
        however common the phrase. `within` limits the search to those reviews (document
        numbers), looked at one review at a time in the catalog's order. Phrases without words
        give nothing.
        """
        quoted = [
            quote(p.encode("utf-8", "replace").decode("utf-8"))
            for p in dict.fromkeys(phrases)
            if TOKEN.search(p)
        ]
        if limit <= 0 or not quoted or not self.available:
            return []
        expression = "body : (" + " OR ".join(quoted) + ")"
        select = "SELECT rowid, heading, body FROM fulltext WHERE fulltext MATCH ?"
        found: list[Passage] = []
        with self._catalog.text_reader() as db:
            try:
                if within is None:
                    rows = db.execute(f"{select} LIMIT ?", (expression, limit)).fetchall()
                    found = _passages(rows)
                else:
                    for docno in sorted(set(within)):
                        low, high = _rowid_range(docno)
                        rows = db.execute(
                            f"{select} AND rowid BETWEEN ? AND ? LIMIT ?",
                            (expression, low, high, limit - len(found)),
                        ).fetchall()
                        found.extend(_passages(rows))
                        if len(found) >= limit:
                            break
            except sqlite3.Error:
                return found[:limit]
        return found[:limit]

    def match(self, found: Ranked, docno: int) -> TextMatch:
        """The match of one review `ranked` found, with its heading and snippet."""
        section, rank = found.sections[docno]
        assert found.query is not None
        with self._catalog.text_reader() as db:
            try:
                return self._match(db, found.query, docno, section, rank)
            except sqlite3.Error:
                return TextMatch(docno, section, None, "", (), -float(rank))

    def _ranked_rows(
        self, db: sqlite3.Connection, query: Query, within: Collection[int] | None
    ) -> list[tuple[int, float]]:
        """Matching rows as (rowid, rank), best first (rank is bm25: lower is better).

        Ranking costs in proportion to the rows holding the query's words (SQLite counts them
        for bm25, then scores each match), so it is chosen by that count: up to
        `RANK_ALL_BUDGET` rows every match is ranked; up to `RANK_BUDGET` the first
        `RANK_WINDOW` matches are; past it (a very common word) matches come in index order,
        every rank 0. So the cost of any query stays bounded.
        """
        execute = db.execute
        cost = self._cost(db, query)
        ranked = cost <= RANK_BUDGET
        select = "SELECT rowid, rank FROM fulltext" if ranked else "SELECT rowid, 0 FROM fulltext"
        rows: list[tuple[int, float]] = []
        if within is None:
            order = " ORDER BY rank" if cost <= RANK_ALL_BUDGET else ""
            rows = execute(
                f"{select} WHERE fulltext MATCH ?{order} LIMIT ?",
                (query.expression, RANK_WINDOW),
            ).fetchall()
        else:
            docnos = sorted(set(within))
            if len(docnos) <= _SMALL_FILTER:
                # One statement per review: ranking would count the words' rows each time.
                for docno in docnos:
                    low, high = _rowid_range(docno)
                    rows.extend(
                        execute(
                            "SELECT rowid, 0 FROM fulltext WHERE fulltext MATCH ?"
                            " AND rowid BETWEEN ? AND ?",
                            (query.expression, low, high),
                        )
                    )
            else:
                allowed = set(docnos)
                rows = [
                    (rowid, rank)
                    for rowid, rank in execute(
                        f"{select} WHERE fulltext MATCH ? LIMIT ?",
                        (query.expression, _FILTER_WINDOW),
                    )
                    if rowid >> SECTION_BITS in allowed
                ]
        rows.sort(key=lambda row: (row[1], row[0]))
        return rows

    def _cost(self, db: sqlite3.Connection, query: Query) -> int:
        """How many rows ranking `query` would count: the rows holding each of its words."""
        words = sorted(query.tokens)
        if not words or any(len(w) < _MIN_TERM for w in words):
            return RANK_BUDGET + 1  # short words are not counted in the vocabulary: assume many
        marks = ",".join("?" * len(words))
        row = db.execute(
            f"SELECT coalesce(sum(docs), 0) FROM terms WHERE term IN ({marks})", words
        ).fetchone()
        return int(row[0])

    def _match(
        self, db: sqlite3.Connection, query: Query, docno: int, section: int, rank: float
    ) -> TextMatch:
        """The hit for one review's best section, with its heading and a snippet."""
        row = db.execute(
            "SELECT heading, body FROM sections WHERE rowid = ?",
            ((docno << SECTION_BITS) | section,),
        ).fetchone()
        heading, body = (row[0] or "", row[1] or "") if row else ("", "")
        found = snippet(body, query) or snippet(heading, query)
        if found is None:
            found = (first_words(body or heading), ())
        excerpt, spans = found
        return TextMatch(docno, section, heading or None, excerpt, spans, -float(rank))

    def _completions(self, db: sqlite3.Connection, start: str) -> list[str]:
        """The most widespread known words that begin with `start` (not `start` itself).

        A prefix is searched as these few words: FTS5 would otherwise merge the postings of
        every word with that beginning before answering, a cost that grows with the library.
        """
        rows = db.execute(
            "SELECT term FROM terms WHERE term > ? AND term < ? ORDER BY docs DESC, term LIMIT ?",
            (start, start + "\U0010ffff", _COMPLETIONS),
        )
        return [term for (term,) in rows]

    def _fix_typos(
        self, db: sqlite3.Connection, words: Sequence[str], skip_last: bool
    ) -> dict[int, list[str]]:
        """For each word the vocabulary lacks, the known words one edit away (if any).

        `skip_last` leaves the last word alone (it is a prefix of known words).
        """
        fixes: dict[int, list[str]] = {}
        execute = db.execute
        for position, word in enumerate(words):
            tokens = TOKEN.findall(fold(word))
            if len(tokens) != 1 or len(tokens[0]) < 4:
                continue
            if skip_last and position == len(words) - 1:
                continue
            term = tokens[0]
            if execute("SELECT 1 FROM terms WHERE term = ?", (term,)).fetchone() is None:
                found = self._corrections(db, term)
                if found:
                    fixes[position] = found
        return fixes

    def _corrections(self, db: sqlite3.Connection, term: str, most: int = 4) -> list[str]:
        """Known words one edit away from `term`, the most widespread first."""
        candidates = sorted(edits(term))
        found: list[tuple[int, str]] = []
        for start in range(0, len(candidates), 500):
            chunk = candidates[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.extend(
                (docs, known)
                for known, docs in db.execute(
                    f"SELECT term, docs FROM terms WHERE term IN ({marks})", chunk
                )
            )
        found.sort(key=lambda item: (-item[0], item[1]))
        return [t for _, t in found[:most]]


def _rebuild_terms(db: sqlite3.Connection) -> None:
    """Refill the vocabulary from the index in one pass (after indexing many documents)."""
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocabulary USING fts5vocab(main, fulltext, 'row')"
    )
    db.execute("DELETE FROM terms")
    db.execute(
        "INSERT INTO terms(term, docs) SELECT term, doc FROM temp.vocabulary"
        " WHERE length(term) >= ?",
        (_MIN_TERM,),
    )


def _add_terms(db: sqlite3.Connection, docno: int) -> None:
    """Count a document's words into the vocabulary (for a few documents at a time)."""
    words: set[str] = set()
    for heading, body in db.execute(
        "SELECT heading, body FROM sections WHERE rowid BETWEEN ? AND ?", _rowid_range(docno)
    ):
        for text in (heading, body):
            words.update(TOKEN.findall(text.lower()))
    for word in [w for w in words if not w.isascii()]:
        words.discard(word)
        words.update(TOKEN.findall(fold(word)))
    db.executemany(
        "INSERT INTO terms(term, docs) VALUES (?, 1)"
        " ON CONFLICT(term) DO UPDATE SET docs = docs + 1",
        ((w,) for w in words if len(w) >= _MIN_TERM),
    )


def _passages(rows: Iterable[tuple[int, str | None, str | None]]) -> list[Passage]:
    """Rows of the index as passages."""
    return [
        Passage(
            rowid >> SECTION_BITS,
            rowid & MAX_SECTION,
            heading or None,
            (body or "").replace(PARAGRAPH_BREAK, "\n"),
        )
        for rowid, heading, body in rows
    ]


def _rowid_range(docno: int) -> tuple[int, int]:
    """The first and last rowid a document's sections can have."""
    return docno << SECTION_BITS, (docno << SECTION_BITS) | MAX_SECTION
