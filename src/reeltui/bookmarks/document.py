"""The bookmarks file as raw TOML tables, read leniently, and the changes made to it.

The store changes only the keys a change is about, so keys this version does not know (at the
top level and inside entries) survive every write. A file that does not parse is salvaged one
`[[bookmark]]` block at a time. A change is a function of a document (`Op`), so it can be
applied again to what is on disk at the moment of writing.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import tomli_w

from reeltui.bookmarks.model import (
    FORMAT_VERSION,
    BookmarksReadOnly,
    BrokenBookmarks,
    ImportCounts,
    ImportedFilm,
    NewerBookmarks,
    NotBookmarked,
    Status,
    UnreadableBookmarks,
)
from reeltui.storage import os_reason

Table = dict[str, Any]
#: What identifies one version of the file (device, inode, mtime, size).
Stamp = tuple[int, int, int, int]
#: A change: applied to a document, it says whether it changed anything.
Op = Callable[["Document"], bool]


@dataclass(slots=True)
class Document:
    """The file's content: top-level keys (other than `bookmark`) and the raw entry tables."""

    top: Table = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)

    def clone(self) -> Document:
        """A deep copy, so changes to it never reach the original."""
        return Document(_copy(self.top), [_copy(t) for t in self.tables])

    def find(self, key: str) -> Table | None:
        """The first table of a film key."""
        for table in self.tables:
            if table.get("film_key") == key:
                return table
        return None

    def copy_of(self, key: str) -> Table | None:
        """A deep copy of the first table of a film key (None when there is none)."""
        table = self.find(key)
        return _copy(table) if table is not None else None

    def dumps(self) -> str:
        """The document as TOML text, version first; it always says the version we write."""
        data: Table = {"version": FORMAT_VERSION}
        data.update((k, v) for k, v in self.top.items() if k not in ("version", "bookmark"))
        if self.tables:
            data["bookmark"] = self.tables
        return tomli_w.dumps(data)


def _copy(value: Any) -> Any:
    """A deep copy of TOML data: tables and arrays are copied, other values are immutable."""
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


@dataclass(slots=True)
class Read:
    """What one read of the file found."""

    doc: Document
    problem: BookmarksReadOnly | None = None
    stamp: Stamp | None = None
    data: bytes | None = None


def stamp_of(st: os.stat_result) -> Stamp:
    """What identifies one version of the file: a replace changes the inode, a write the rest."""
    return (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)


def read_file(path: Path, known: tuple[bytes, Document] | None = None) -> Read:
    """Read and check the bookmarks file; never raises (problems are in the result).

    `known` is bytes already parsed and their document: when the file holds exactly those
    bytes, a copy of the document is returned without parsing again.
    """
    try:
        with open(path, "rb") as handle:
            stamp = stamp_of(os.fstat(handle.fileno()))
            data = handle.read()
    except FileNotFoundError:
        return Read(Document())
    except IsADirectoryError:
        return Read(Document(), UnreadableBookmarks(f"{path} is a folder, not a file", path))
    except OSError as exc:
        return Read(
            Document(),
            UnreadableBookmarks(
                f"could not read {path} ({reason(exc)}), so bookmarks are read-only", path
            ),
        )
    if known is not None and data == known[0]:
        return Read(known[1].clone(), stamp=stamp, data=data)
    result = _parse(path, data)
    result.stamp = stamp
    result.data = data
    return result


def _parse(path: Path, data: bytes) -> Read:
    """Turn the file's bytes into a document, salvaging what it can from a broken one."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        doc = _salvage(data.decode("utf-8", errors="replace"))
        reason = f"it is not UTF-8 text at byte {exc.start}"
        return Read(doc, BrokenBookmarks(path, reason, _count_entries(doc)))
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        doc = _salvage(text)
        return Read(doc, BrokenBookmarks(path, _tomlreason(exc), _count_entries(doc)))

    entries = raw.pop("bookmark", [])
    if not isinstance(entries, list) or not all(isinstance(t, dict) for t in entries):
        reason = "'bookmark' is not a list of [[bookmark]] tables"
        return Read(Document(raw, []), BrokenBookmarks(path, reason, 0))
    doc = Document(raw, entries)
    version = raw.get("version", FORMAT_VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        reason = f"the version {version!r} is not a format version"
        return Read(doc, BrokenBookmarks(path, reason, _count_entries(doc)))
    problem: BookmarksReadOnly | None = None
    if version > FORMAT_VERSION:
        problem = NewerBookmarks(path, version)
    return Read(doc, problem)


def _tomlreason(exc: tomllib.TOMLDecodeError) -> str:
    """The parser's complaint as a clause: "expected '=' after a key (at line 3, column 5)"."""
    text = str(exc).strip().rstrip(".")
    return text[:1].lower() + text[1:] if text else "it is not valid TOML"


def _count_entries(doc: Document) -> int:
    """How many tables of a document have a film key."""
    return sum(1 for t in doc.tables if isinstance(t.get("film_key"), str))


# A table header line: `[name]` or `[[name]]`, optionally followed by a comment.
_HEADER = re.compile(r"^[ \t]*(\[\[?)[ \t]*([^\[\]\n]*?)[ \t]*(\]\]?)[ \t]*(?:#[^\n]*)?$", re.M)


def _salvage(text: str) -> Document:
    """Read what can be read of a broken file, one `[[bookmark]]` block at a time.

    The text is cut at table header lines; each `[[bookmark]]` block that parses on its own and
    has a film key is kept, and so are the top-level keys and other tables that parse.
    """
    doc = Document()
    headers = list(_HEADER.finditer(text))
    preamble = text[: headers[0].start()] if headers else text
    with suppress(tomllib.TOMLDecodeError):
        top = tomllib.loads(preamble)
        top.pop("bookmark", None)
        doc.top.update(top)
    for i, match in enumerate(headers):
        end = headers[i + 1].start() if i + 1 < len(headers) else len(text)
        is_entry = match.group(1) == "[[" and match.group(3) == "]]"
        if is_entry and match.group(2).strip("\"' ") == "bookmark":
            try:
                table = tomllib.loads(text[match.end() : end])
            except tomllib.TOMLDecodeError:
                continue
            if isinstance(table.get("film_key"), str):
                doc.tables.append(table)
        elif not match.group(2).startswith("bookmark"):
            try:
                other = tomllib.loads(text[match.start() : end])
            except tomllib.TOMLDecodeError:
                continue
            for key, value in other.items():
                doc.top.setdefault(key, value)
    return doc


def op_add(
    key: str, title: str, year: int | None, status: Status, note: str | None, now: datetime
) -> Op:
    """Add a film unless it is already there (then the existing bookmark is kept as it is)."""

    def apply(doc: Document) -> bool:
        if doc.find(key) is not None:
            return False
        table: Table = {"film_key": key, "title": title}
        if year is not None:
            table["year"] = year
        table["status"] = status.value
        table["added"] = now
        if status is Status.WATCHED:
            table["watched_at"] = now
        if note:
            table["note"] = note
        doc.tables.append(table)
        return True

    return apply


def op_remove(key: str) -> Op:
    """Remove every table of a film key (hand-made duplicates too)."""

    def apply(doc: Document) -> bool:
        kept = [t for t in doc.tables if t.get("film_key") != key]
        if len(kept) == len(doc.tables):
            return False
        doc.tables[:] = kept
        return True

    return apply


def op_status(key: str, status: Status, now: datetime) -> Op:
    """Set a film's status; watching records when, un-watching forgets it."""

    def apply(doc: Document) -> bool:
        table = doc.find(key)
        if table is None:
            raise NotBookmarked(f"{key} is not bookmarked")
        if table.get("status") == status.value:
            return False
        if status is Status.WATCHED:
            table["watched_at"] = now
        else:
            table.pop("watched_at", None)
        table["status"] = status.value
        return True

    return apply


def op_note(key: str, note: str | None) -> Op:
    """Set a film's note; an empty note removes it."""

    def apply(doc: Document) -> bool:
        table = doc.find(key)
        if table is None:
            raise NotBookmarked(f"{key} is not bookmarked")
        if note:
            if table.get("note") == note:
                return False
            table["note"] = note
            return True
        return table.pop("note", None) is not None

    return apply


def op_move(key: str, to: str, title: str, year: int | None) -> Op:
    """Move a film's bookmark to another film key, its title and year with it (its facts were
    corrected); status, dates, note and every other key stay. Nothing changes when the other
    key is bookmarked already."""

    def apply(doc: Document) -> bool:
        table = doc.find(key)
        if table is None:
            raise NotBookmarked(f"{key} is not bookmarked")
        if key == to or doc.find(to) is not None:
            return False
        table["film_key"] = to
        table["title"] = title
        if year is None:
            table.pop("year", None)
        else:
            table["year"] = year
        return True

    return apply


def op_put_back(table: Table) -> Op:
    """Put a removed entry back as it was (every key of it), unless its film is there again."""

    def apply(doc: Document) -> bool:
        if doc.find(table.get("film_key", "")) is not None:
            return False
        doc.tables.append(_copy(table))
        return True

    return apply


def op_import(films: Sequence[ImportedFilm], now: datetime, counts: ImportCounts) -> Op:
    """Bookmark many films at once; each application says what it did in `counts`.

    A film is already bookmarked when an entry has its Letterboxd address or its film key.
    Such an entry is only ever completed, never changed: a watched film makes a to-watch entry
    watched (a watched one never goes back), and a day watched, an address, a rating, tags or
    the rewatch flag are written where the entry has none. So importing the same films again
    changes nothing.
    """

    def apply(doc: Document) -> bool:
        by_key: dict[str, Table] = {}
        by_uri: dict[str, Table] = {}
        for existing in doc.tables:
            _index(existing, by_key, by_uri)
        done = ImportCounts()
        changed = False
        for film in films:
            table = by_uri.get(film.letterboxd_uri) if film.letterboxd_uri else None
            if table is None:
                table = by_key.get(film.film_key)
            if table is None:
                new = _imported_table(film, now)
                doc.tables.append(new)
                _index(new, by_key, by_uri)
                done.added += 1
                done.without_review += not film.has_review
                changed = True
            else:
                done.already += 1
                if _complete(table, film):
                    done.updated += 1
                    changed = True
        counts.added, counts.without_review = done.added, done.without_review
        counts.already, counts.updated = done.already, done.updated
        return changed

    return apply


def _index(table: Table, by_key: dict[str, Table], by_uri: dict[str, Table]) -> None:
    """Note a table under its film key and its Letterboxd address (the first of each wins)."""
    key, uri = table.get("film_key"), table.get("letterboxd_uri")
    if isinstance(key, str):
        by_key.setdefault(key, table)
    if isinstance(uri, str) and uri:
        by_uri.setdefault(uri, table)


def _imported_table(film: ImportedFilm, now: datetime) -> Table:
    """The `[[bookmark]]` table of a film an import adds."""
    table: Table = {"film_key": film.film_key, "title": film.title}
    if film.year is not None:
        table["year"] = film.year
    table["status"] = film.status.value
    table["added"] = film.added if film.added is not None else now
    _complete(table, film)
    return table


def _complete(table: Table, film: ImportedFilm) -> bool:
    """Give an entry what an imported film knows and the entry lacks; True if it changed."""
    changed = False
    if film.status is Status.WATCHED:
        if table.get("status") != Status.WATCHED.value:
            table["status"] = Status.WATCHED.value
            table.pop("watched_at", None)
            changed = True
        if film.watched_on is not None and "watched_at" not in table:
            table["watched_at"] = film.watched_on
            changed = True
    wanted: dict[str, Any] = {
        "letterboxd_uri": film.letterboxd_uri,
        "rating": film.rating,
        "tags": list(film.tags) or None,
        "rewatch": film.rewatch or None,
    }
    for name, value in wanted.items():
        if value is not None and table.get(name) in (None, "", []):
            table[name] = value
            changed = True
    return changed


def reason(exc: OSError) -> str:
    """A short lower-case reason for an OS error met reading or writing the bookmarks."""
    return os_reason(exc, missing="the folder does not exist")
