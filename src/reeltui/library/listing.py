"""What the film list shows: the library's entries, sorted, narrowed and filtered by title.

This module has no Textual in it. `Listing` keeps one sorted order per sort key (a list of
the shared entries, made once, on first use) and the folded titles, so a keystroke in the
title filter or a press of `s` costs a pass over the entries, not a re-sort or re-fold of a
hundred thousand of them. Rows are made when the list asks for one (`Rows`), so no order
holds an object per row.

Rows can be grouped by film (`Listing.films`): a film's reviews share one `film_key` object,
so grouping is one pass over an order.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from reeltui.library.entries import Entry, SortKey, sort_entries, title_order
from reeltui.text import fold
from reeltui.words import counted

__all__ = [
    "SORT_CYCLE",
    "FilmRow",
    "Listing",
    "Narrowing",
    "Rows",
    "SortKey",
    "sort_label",
]


#: The order `s` steps through.
SORT_CYCLE: tuple[SortKey, ...] = (SortKey.TITLE, SortKey.YEAR, SortKey.REVIEWER, SortKey.ADDED)

_SORT_LABELS = {
    SortKey.TITLE: "by title",
    SortKey.YEAR: "by year",
    SortKey.REVIEWER: "by reviewer",
    SortKey.ADDED: "recently added",
}


def sort_label(key: SortKey) -> str:
    """How the header names a sort order: "by title", "recently added"."""
    return _SORT_LABELS[key]


@dataclass(frozen=True, slots=True)
class FilmRow:
    """One row of the film list: a review (its entry) and an optional detail after its title.

    `detail` carries what a narrowing wants said beside the film (an actor's role, say). The
    bookmark mark is not stored here: the list asks for it when it draws the row, so marking a
    film never rebuilds the rows.
    """

    review: Entry
    detail: str | None = None


class Rows(Sequence[FilmRow]):
    """Rows over a sequence of entries, each made when asked for; with the details of a
    narrowing when there is one."""

    __slots__ = ("_details", "_entries", "_index")

    def __init__(self, entries: Sequence[Entry], details: Sequence[str | None] | None = None):
        self._entries = entries
        self._details = details
        self._index: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self._entries)

    @overload
    def __getitem__(self, index: int) -> FilmRow: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[FilmRow]: ...

    def __getitem__(self, index: int | slice) -> FilmRow | Sequence[FilmRow]:
        if isinstance(index, slice):
            details = self._details[index] if self._details is not None else None
            return Rows(self._entries[index], details)
        detail = self._details[index] if self._details is not None else None
        return FilmRow(self._entries[index], detail)

    def __iter__(self) -> Iterator[FilmRow]:
        details = self._details
        if details is None:
            return (FilmRow(entry) for entry in self._entries)
        return (
            FilmRow(entry, detail) for entry, detail in zip(self._entries, details, strict=True)
        )

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def index_of(self, review_id: str) -> int | None:
        """The row of a review, or None (a table made on first use)."""
        if self._index is None:
            index: dict[str, int] = {}
            for position, entry in enumerate(self._entries):
                index.setdefault(entry.id, position)
            self._index = index
        return self._index.get(review_id)

    @property
    def entries(self) -> Sequence[Entry]:
        """The entries of the rows, in order."""
        return self._entries


@dataclass(frozen=True, slots=True)
class Narrowing:
    """A subset of the library chosen elsewhere (an actor, a director…), with its header label.

    The rows are re-ordered by the listing's sort; their details are kept.
    """

    label: str
    rows: tuple[FilmRow, ...]


class Listing:
    """The library's entries as the film list shows them: sort, narrowing and title filter."""

    __slots__ = ("_entries", "_folded", "_orders", "_ranks", "narrowing", "query", "sort")

    def __init__(
        self,
        entries: Sequence[Entry],
        sort: SortKey = SortKey.TITLE,
        *,
        sorted_by: SortKey | None = None,
    ) -> None:
        """`sorted_by` says the entries already come in that order (the library's is title)."""
        self._entries = list(entries)
        self._orders: dict[SortKey, list[Entry]] = {}
        self._ranks: dict[SortKey, dict[int, int]] = {}
        self._folded: dict[int, str] = {}
        if sorted_by is not None:
            self._orders[sorted_by] = self._entries
        self.sort = sort
        self.query = ""
        self.narrowing: Narrowing | None = None

    @property
    def total(self) -> int:
        """How many reviews the library holds."""
        return len(self._entries)

    def next_sort(self) -> SortKey:
        """Step to the next sort order of `SORT_CYCLE` and return it."""
        index = SORT_CYCLE.index(self.sort) if self.sort in SORT_CYCLE else -1
        self.sort = SORT_CYCLE[(index + 1) % len(SORT_CYCLE)]
        return self.sort

    def warm(self) -> None:
        """Compute every sort order and folded title now (safe to run in a worker thread).

        Each cache entry is a single dict assignment, so a reader on another thread sees either
        nothing (and computes it itself) or the finished value.
        """
        for key in SORT_CYCLE:
            self._order(key)
        for entry in self._entries:
            self._folded_title(entry)

    def rows(self) -> Rows:
        """The rows to show now: narrowed, sorted, then filtered by the title query."""
        needle = fold(self.query)
        if self.narrowing is None:
            order = self._order(self.sort)
            if needle:
                return Rows([e for e in order if needle in self._folded_title(e)])
            return Rows(order)
        ranks = self._rank(self.sort)
        last = len(ranks)
        narrowed = sorted(self.narrowing.rows, key=lambda row: ranks.get(row.review.docno, last))
        if needle:
            narrowed = [row for row in narrowed if needle in self._folded_title(row.review)]
        return Rows([row.review for row in narrowed], [row.detail for row in narrowed])

    def patched(self, entries: Iterable[Entry], removed: Collection[int] = ()) -> Listing:
        """This listing with new or changed entries taken in and removed ones (by document
        number) dropped, as a scan goes on or the folder changes; this one is left as it is,
        so it can be made in a worker while the list shows this one.

        Each new entry is put in its place in the title order by bisection (a few folds of
        titles each); the other orders are made again when next shown. The query and the
        narrowing carry over.
        """
        incoming = {entry.docno: entry for entry in entries}
        gone = set(removed) | set(incoming)
        title = [entry for entry in self._order(SortKey.TITLE) if entry.docno not in gone]
        for entry in incoming.values():
            title.insert(bisect_left(title, title_order(entry), key=title_order), entry)
        listing = Listing(title, self.sort, sorted_by=SortKey.TITLE)
        listing.query = self.query
        listing.narrowing = self.narrowing
        listing._folded = {d: f for d, f in self._folded.items() if d not in gone}
        return listing

    def films(self) -> list[list[Entry]]:
        """The entries of the current order grouped by film (each group at the place of its
        first review), for a list with one row per film."""
        groups: dict[str, list[Entry]] = {}
        for entry in self._order(self.sort):
            group = groups.get(entry.film_key)
            if group is None:
                groups[entry.film_key] = [entry]
            else:
                group.append(entry)
        return list(groups.values())

    def describe(self, shown: int) -> str:
        """The header's account of the list: "13 films", "Actor: X · 2 of 3 films match “ab”"."""
        base = len(self.narrowing.rows) if self.narrowing is not None else self.total
        films = counted(base, "film")
        if self.query.strip():
            films = f"{shown:,} of {films} match “{self.query.strip()}”"
        if self.narrowing is not None:
            return f"{self.narrowing.label} · {films}"
        return films

    def _order(self, key: SortKey) -> list[Entry]:
        """The whole library in one sort order, computed once."""
        order = self._orders.get(key)
        if order is None:
            title = self._orders.get(SortKey.TITLE)
            if title is None:
                title = self._orders[SortKey.TITLE] = sort_entries(self._entries, SortKey.TITLE)
            order = sort_entries(title, key, presorted=True)
            self._orders[key] = order
        return order

    def _rank(self, key: SortKey) -> dict[int, int]:
        """Each entry's position in one sort order."""
        ranks = self._ranks.get(key)
        if ranks is None:
            ranks = {entry.docno: index for index, entry in enumerate(self._order(key))}
            self._ranks = {key: ranks}  # one at a time: each is as large as the library
        return ranks

    def _folded_title(self, entry: Entry) -> str:
        """The folded label ("title (year)") the title filter matches against, cached."""
        folded = self._folded.get(entry.docno)
        if folded is None:
            folded = fold(entry.film.label)
            self._folded[entry.docno] = folded
        return folded
