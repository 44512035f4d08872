"""The film list's columns: one small `Entry` per review, and the orders the list can take.

An entry is what the list needs to draw, sort and filter a review, and nothing more: no body,
no cast, no bio, no `Path`. Names, titles and films are shared between entries (`Interner`),
so a hundred thousand entries take a few tens of megabytes. The whole card and the body of
one review are read from the catalog when it is shown (`Library.card`, `Library.open`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from reeltui.model import Film, Kind
from reeltui.text import fold

__all__ = ["Entry", "Interner", "SortKey", "path_order", "sort_entries", "title_order"]


class SortKey(StrEnum):
    """The orders the film list can take."""

    TITLE = "title"
    YEAR = "year"
    REVIEWER = "reviewer"
    ADDED = "added"


@dataclass(slots=True, unsafe_hash=True)
class Entry:
    """One review as the film list holds it (read-only by convention: not frozen, because a
    frozen dataclass takes three times as long to make, and a warm start makes 100,000).

    `docno` is its row in the catalog, `key` its path under the data folder ("/" between
    folders), `reviewer` the reviewer's name. Reviews of one film share their `film` and
    `film_key` objects.
    """

    docno: int
    id: str
    key: str
    film: Film
    film_key: str
    reviewer: str | None
    mtime: float


class Interner:
    """Shares equal strings and films between entries, so that each is held once."""

    __slots__ = ("_films", "_strings")

    def __init__(self) -> None:
        self._strings: dict[str, str] = {}
        self._films: dict[tuple[str, int | None, str, int | None], Film] = {}

    def text(self, value: str) -> str:
        """The one shared copy of `value`."""
        return self._strings.setdefault(value, value)

    def maybe(self, value: str | None) -> str | None:
        """The shared copy of `value`, or None."""
        return None if value is None else self._strings.setdefault(value, value)

    def film(self, title: str, year: int | None, kind: str, season: int | None) -> Film:
        """The one shared `Film` with these fields."""
        ident = (title, year, kind, season)
        film = self._films.get(ident)
        if film is None:
            film = self._films[ident] = Film(self.text(title), year, Kind(kind), season)
        return film


def path_order(key: str) -> tuple[str, ...]:
    """How a folder walk orders files: folder by folder, each by name."""
    return tuple(key.split("/"))


def title_order(entry: Entry) -> tuple[str, int, tuple[str, ...]]:
    """The library's own order: folded title, then year, then the walk's order of paths."""
    return (fold(entry.film.title), entry.film.year or 0, path_order(entry.key))


def sort_entries(entries: Iterable[Entry], key: SortKey, *, presorted: bool = False) -> list[Entry]:
    """Sort entries: by title; year (newest first); reviewer; or recently added (newest file).

    Every order breaks ties by title (then year and path), so it is the same whatever order
    the entries came in; `presorted` says they already come in title order.
    """
    items = list(entries) if presorted else sorted(entries, key=title_order)
    match key:
        case SortKey.YEAR:
            items.sort(key=lambda e: e.film.year or 0, reverse=True)
        case SortKey.REVIEWER:
            items.sort(key=lambda e: (e.reviewer is None, fold(e.reviewer or "")))
        case SortKey.ADDED:
            items.sort(key=lambda e: e.mtime, reverse=True)
        case SortKey.TITLE:
            pass
    return items
