"""The film list's columns: one small `Entry` per review, and the orders the list can take.

An entry is what the list needs to draw, sort and filter a review, and nothing more: no body,
no cast, no bio, no `Path`. Names, titles and films are shared between entries (`Interner`),
so a hundred thousand entries take a few tens of megabytes. The whole card and the body of
one review are read from the catalog when it is shown (`Library.card`, `Library.open`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from reeltui.model import Film, Kind
from reeltui.text import fold

__all__ = [
    "Entry",
    "Interner",
    "SortKey",
    "order_key",
    "path_order",
    "sort_entries",
    "title_order",
]


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
    folders), `reviewer` the reviewer's name. The film is kept as its fields (a `Film` is made
    when asked for), so an entry is one object and its strings; equal names, kinds and years
    are shared between entries (`Interner`).
    """

    docno: int
    id: str
    key: str
    title: str
    year: int | None
    kind: Kind
    season: int | None
    film_key: str
    reviewer: str | None
    mtime: float

    @property
    def film(self) -> Film:
        """The film this review is about."""
        return Film(self.title, self.year, self.kind, self.season)


class Interner:
    """Shares equal strings and years between the entries made in one go, so each is held
    once (let it go afterwards: its tables are as large as what it shares)."""

    __slots__ = ("_numbers", "_strings")

    def __init__(self) -> None:
        self._strings: dict[str, str] = {}
        self._numbers: dict[int, int] = {}

    def text(self, value: str) -> str:
        """The one shared copy of `value`."""
        return self._strings.setdefault(value, value)

    def maybe(self, value: str | None) -> str | None:
        """The shared copy of `value`, or None."""
        return None if value is None else self._strings.setdefault(value, value)

    def number(self, value: int | None) -> int | None:
        """The shared copy of a number (a year: a few hundred of them for any library)."""
        return None if value is None else self._numbers.setdefault(value, value)


def path_order(key: str) -> str:
    """How a folder walk orders files, folder by folder, each by name: the path with its
    separators made the least character ("a/x" before "a b/x", which a plain comparison of
    the paths would put after it)."""
    return key.replace("/", "\x00")


def title_order(entry: Entry) -> tuple[str, int, str]:
    """The library's own order: folded title, then year, then the walk's order of paths."""
    return (fold(entry.title), entry.year or 0, path_order(entry.key))


def _year_order(entry: Entry) -> tuple[object, ...]:
    return (-(entry.year or 0), title_order(entry))


def _reviewer_order(entry: Entry) -> tuple[object, ...]:
    return (entry.reviewer is None, fold(entry.reviewer or ""), title_order(entry))


def _added_order(entry: Entry) -> tuple[object, ...]:
    return (-entry.mtime, title_order(entry))


_ORDER_KEYS: dict[SortKey, Callable[[Entry], tuple[object, ...]]] = {
    SortKey.TITLE: title_order,
    SortKey.YEAR: _year_order,
    SortKey.REVIEWER: _reviewer_order,
    SortKey.ADDED: _added_order,
}


def order_key(key: SortKey) -> Callable[[Entry], tuple[object, ...]]:
    """The whole of one sort order as a key of each entry: `sort_entries(entries, key)` is
    `sorted(entries, key=order_key(key))`, and no two entries of one library have equal keys
    (the path ends every key), so an entry's place in an order can be found by bisection."""
    return _ORDER_KEYS[key]


def sort_entries(entries: Iterable[Entry], key: SortKey, *, presorted: bool = False) -> list[Entry]:
    """Sort entries: by title; year (newest first); reviewer; or recently added (newest file).

    Every order breaks ties by title (then year and path), so it is the same whatever order
    the entries came in; `presorted` says they already come in title order.
    """
    items = list(entries) if presorted else sorted(entries, key=title_order)
    match key:
        case SortKey.YEAR:
            items.sort(key=lambda e: e.year or 0, reverse=True)
        case SortKey.REVIEWER:
            # One key per reviewer (a few hundred), shared by their reviews: a key made for
            # each review (a tuple and a folded name) took 11 MB for a moment at 100,000.
            keys = {name: (name is None, fold(name or "")) for name in {e.reviewer for e in items}}
            items.sort(key=lambda e: keys[e.reviewer])
        case SortKey.ADDED:
            items.sort(key=lambda e: e.mtime, reverse=True)
        case SortKey.TITLE:
            pass
    return items
