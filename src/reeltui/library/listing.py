"""What the film list shows: the library's cards, sorted, narrowed and filtered by title.

This module has no Textual in it. `Listing` keeps one sorted order per sort key (made once,
on first use) and the folded titles, so a keystroke in the title filter or a press of `s`
costs a pass over the cards, not a re-sort or re-fold of a hundred thousand of them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from reeltui.model import Review
from reeltui.text import fold
from reeltui.words import counted

__all__ = [
    "SORT_CYCLE",
    "FilmRow",
    "Listing",
    "Narrowing",
    "SortKey",
    "sort_label",
    "sort_reviews",
    "title_order",
]


class SortKey(StrEnum):
    """The orders the film list can take."""

    TITLE = "title"
    YEAR = "year"
    REVIEWER = "reviewer"
    ADDED = "added"


def title_order(review: Review) -> tuple[str, int]:
    """Where a review stands in the title order: its folded title, then its year."""
    return (fold(review.film.title), review.film.year or 0)


def sort_reviews(reviews: Iterable[Review], key: SortKey) -> list[Review]:
    """Sort reviews: by title; year (newest first); reviewer; or recently added (newest file)."""
    by_title = title_order
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
    """One row of the film list: a review card and an optional detail shown after its title.

    `detail` carries what a narrowing wants said beside the film (an actor's role, say). The
    bookmark mark is not stored here: the list asks for it when it draws the row, so marking a
    film never rebuilds the rows.
    """

    review: Review
    detail: str | None = None


@dataclass(frozen=True, slots=True)
class Narrowing:
    """A subset of the library chosen elsewhere (an actor, a director…), with its header label.

    The rows are re-ordered by the listing's sort; their details are kept.
    """

    label: str
    rows: tuple[FilmRow, ...]


class Listing:
    """The library's cards as the film list shows them: sort, narrowing and title filter."""

    __slots__ = ("_folded", "_orders", "_reviews", "_rows", "narrowing", "query", "sort")

    def __init__(
        self,
        reviews: Sequence[Review],
        sort: SortKey = SortKey.TITLE,
        *,
        sorted_by: SortKey | None = None,
    ) -> None:
        """`sorted_by` says the reviews already come in that order (the library's is title)."""
        self._reviews = list(reviews)
        self._orders: dict[SortKey, list[Review]] = {}
        self._rows: dict[SortKey, tuple[list[FilmRow], list[str]]] = {}
        self._folded: dict[str, str] = {}
        if sorted_by is not None:
            self._orders[sorted_by] = self._reviews
        self.sort = sort
        self.query = ""
        self.narrowing: Narrowing | None = None

    @property
    def total(self) -> int:
        """How many reviews the library holds."""
        return len(self._reviews)

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
            self._all_rows(key)

    def rows(self) -> list[FilmRow]:
        """The rows to show now: narrowed, sorted, then filtered by the title query."""
        needle = fold(self.query)
        if self.narrowing is None:
            rows, titles = self._all_rows(self.sort)
            if needle:
                return [row for row, title in zip(rows, titles, strict=True) if needle in title]
            return list(rows)
        ranks = self._rank(self.sort)
        last = len(ranks)
        narrowed = sorted(self.narrowing.rows, key=lambda row: ranks.get(row.review.id, last))
        if needle:
            return [row for row in narrowed if needle in self._folded_title(row.review)]
        return narrowed

    def describe(self, shown: int) -> str:
        """The header's account of the list: "13 films", "Actor: X · 2 of 3 films match “ab”"."""
        base = len(self.narrowing.rows) if self.narrowing is not None else self.total
        films = counted(base, "film")
        if self.query.strip():
            films = f"{shown:,} of {films} match “{self.query.strip()}”"
        if self.narrowing is not None:
            return f"{self.narrowing.label} · {films}"
        return films

    def _order(self, key: SortKey) -> list[Review]:
        """The whole library in one sort order, computed once."""
        order = self._orders.get(key)
        if order is None:
            order = sort_reviews(self._reviews, key)
            self._orders[key] = order
        return order

    def _all_rows(self, key: SortKey) -> tuple[list[FilmRow], list[str]]:
        """One row per review in one sort order, with their folded titles; made once."""
        made = self._rows.get(key)
        if made is None:
            order = self._order(key)
            rows = [FilmRow(review) for review in order]
            titles = [self._folded_title(review) for review in order]
            made = self._rows[key] = (rows, titles)
        return made

    def _rank(self, key: SortKey) -> dict[str, int]:
        """Each review id's position in one sort order."""
        return {review.id: index for index, review in enumerate(self._order(key))}

    def _folded_title(self, review: Review) -> str:
        """The folded label ("title (year)") the title filter matches against, cached."""
        folded = self._folded.get(review.id)
        if folded is None:
            folded = fold(review.film.label)
            self._folded[review.id] = folded
        return folded
