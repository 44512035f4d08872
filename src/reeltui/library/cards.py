"""The card cache: what the last scan parsed, so the next start does not parse it again.

A card is a review without its body (`Review.as_card`). The cache is an SQLite file in the
cache folder (always safe to delete), one per data folder, holding each document's
card under its path with a stamp: the file's and its sidecar's modification time and size, and
a fingerprint of the parsers' source code. A file whose stamp changed, or any file after the
parsers changed, is parsed again. A cache that cannot be opened or read is ignored (and
rebuilt when possible); it never stops a scan.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reeltui.model import Credit, Film, Format, Kind, Review, Reviewer

__all__ = ["CardCache", "parser_fingerprint", "stamp_of"]

_SCHEMA = "3"


def parser_fingerprint() -> str:
    """A hash of the parsers' and the model's source: any change to them invalidates cards."""
    here = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(_SCHEMA.encode())
    sources = [*sorted((here / "parse").glob("*.py")), here / "model.py", here / "text.py"]
    for source in sources:
        with contextlib.suppress(OSError):
            digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def stamp_of(path: Path, fingerprint: str) -> str | None:
    """The stamp of a document now: its and its sidecar's mtime and size; None if unreadable."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    try:
        side = os.stat(path.with_suffix(".toml"))
        sidecar = f"{side.st_mtime_ns}:{side.st_size}"
    except OSError:
        sidecar = "-"
    return f"{stat.st_mtime_ns}:{stat.st_size}:{sidecar}:{fingerprint}"


def _encode(card: Review) -> str:
    """A card as compact JSON (the cache's own format, not that of `show --json`)."""
    film = card.film
    reviewer = [card.reviewer.name, card.reviewer.bio] if card.reviewer else None
    return json.dumps(
        [
            card.id,
            str(card.format),
            card.headline,
            [film.title, film.year, str(film.kind), film.season],
            list(card.directors),
            [[c.actor, c.role] for c in card.cast],
            card.runtime_minutes,
            card.platform,
            card.rating,
            reviewer,
            card.word_count,
            list(card.problems),
            list(card.notes),
            card.mtime,
        ],
        separators=(",", ":"),
    )


def _decode(text: str, path: Path) -> Review:
    """A card from the cache's JSON; raises ValueError/TypeError/KeyError on anything odd."""
    data: list[Any] = json.loads(text)
    (rid, fmt, headline, film, directors, cast, runtime, platform, rating, reviewer, words,
     problems, notes, mtime) = data  # fmt: skip
    title, year, kind, season = film
    return Review(
        id=str(rid),
        path=path,
        format=Format(fmt),
        headline=str(headline),
        film=Film(str(title), year, Kind(kind), season),
        directors=tuple(str(d) for d in directors),
        cast=tuple(Credit(str(a), r) for a, r in cast),
        runtime_minutes=runtime,
        platform=platform,
        rating=rating,
        reviewer=Reviewer(str(reviewer[0]), reviewer[1]) if reviewer else None,
        word_count=int(words),
        problems=tuple(str(p) for p in problems),
        notes=tuple(str(n) for n in notes),
        has_body=False,
        mtime=float(mtime),
    )


class CardCache:
    """The cards of one data folder, read at once and written back in one transaction."""

    def __init__(self, connection: sqlite3.Connection | None) -> None:
        self._db = connection
        self._rows: dict[str, tuple[str, str]] = {}
        self._fresh: dict[str, tuple[str, str]] = {}
        if connection is not None:
            try:
                self._rows = {
                    os.fsdecode(key): (stamp, card)
                    for key, stamp, card in connection.execute("SELECT key, stamp, card FROM cards")
                    if isinstance(key, bytes)
                }
            except sqlite3.Error:
                self._rows = {}

    @classmethod
    def open(cls, cache_dir: Path | None, root: Path) -> CardCache:
        """The cache for `root` in `cache_dir`; an inert one if it cannot be opened."""
        if cache_dir is None:
            return cls(None)
        name = hashlib.sha256(os.fsencode(root.resolve()))
        path = cache_dir / f"cards-{name.hexdigest()[:16]}.sqlite3"
        for attempt in range(2):
            try:
                cache_dir.mkdir(parents=True, exist_ok=True)
                connection = sqlite3.connect(path, timeout=2.0, check_same_thread=False)
                connection.execute(
                    "CREATE TABLE IF NOT EXISTS cards("
                    "key BLOB PRIMARY KEY, stamp TEXT NOT NULL, card TEXT NOT NULL) WITHOUT ROWID"
                )
                return cls(connection)
            except (OSError, sqlite3.Error):
                if attempt == 0:
                    with contextlib.suppress(OSError):
                        path.unlink()  # corrupt: it is only a cache
        return cls(None)

    def get(self, key: str, stamp: str, path: Path) -> Review | None:
        """The cached card of a document if its stamp still matches."""
        row = self._rows.get(key)
        if row is None or row[0] != stamp:
            return None
        try:
            return _decode(row[1], path)
        except (ValueError, TypeError, KeyError, IndexError):
            return None

    def put(self, key: str, stamp: str, card: Review) -> None:
        """Remember a freshly parsed card (written by `save`)."""
        self._fresh[key] = (stamp, _encode(card))

    def save(self, keep: Iterable[str]) -> None:
        """Write new cards and forget documents that are gone; errors are ignored."""
        if self._db is None:
            return
        kept = set(keep)
        gone = [key for key in self._rows if key not in kept]
        if not self._fresh and not gone:
            return
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO cards(key, stamp, card) VALUES (?, ?, ?)",
                    [(os.fsencode(k), stamp, card) for k, (stamp, card) in self._fresh.items()],
                )
                self._db.executemany(
                    "DELETE FROM cards WHERE key = ?", [(os.fsencode(k),) for k in gone]
                )
        except sqlite3.Error:
            return
        self._rows.update(self._fresh)
        for key in gone:
            self._rows.pop(key, None)
        self._fresh.clear()

    def close(self) -> None:
        """Close the database."""
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
