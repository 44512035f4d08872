"""What the film list shows: the library's cards, sorted, narrowed and filtered by title.

This module has no Textual in it. `Listing` keeps one sorted order per sort key (made once,
on first use) and the folded titles, so a keystroke in the title filter or a press of `s`
costs a pass over the cards, not a re-sort or re-fold of a hundred thousand of them.

The list has one row per film: the reviews of one film (one film key) are one row, at the place
of the first of them in the order, saying how many they are (`FilmRow.reviews`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
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
    """One row of the film list: a film, by one of its review cards, and an optional detail
    shown after its title.

    `detail` carries what a narrowing wants said beside the film (an actor's role, say);
    `reviews` is how many reviews of the film the row stands for; `key` is the film key (the
    listing sets it: computing it from the card takes a slug). The bookmark mark is not stored
    here: the list asks for it when it draws the row, so marking a film never rebuilds the rows.
    """

    review: Review
    detail: str | None = None
    reviews: int = 1
    key: str = ""

    @property
    def film_key(self) -> str:
        """The key of the row's film."""
        return self.key or self.review.film_key


@dataclass(frozen=True, slots=True)
class Narrowing:
    """A subset of the library chosen elsewhere (an actor, a director…), with its header label.

    The rows are re-ordered by the listing's sort; their details are kept.
    """

    label: str
    rows: tuple[FilmRow, ...]


class Listing:
    """The library's cards as the film list shows them: sort, narrowing and title filter."""

    __slots__ = (
        "_folded",
        "_keys",
        "_known_keys",
        "_orders",
        "_reviews",
        "_rows",
        "narrowing",
        "query",
        "sort",
    )

    def __init__(
        self,
        reviews: Sequence[Review],
        sort: SortKey = SortKey.TITLE,
        *,
        sorted_by: SortKey | None = None,
        film_keys: Mapping[str, str] | None = None,
    ) -> None:
        """`sorted_by` says the reviews already come in that order (the library's is title);
        `film_keys` gives the reviews' film keys by id, when known (`Library.film_keys`)."""
        self._reviews = list(reviews)
        self._orders: dict[SortKey, list[Review]] = {}
        self._rows: dict[SortKey, tuple[list[FilmRow], list[str]]] = {}
        self._folded: dict[str, str] = {}
        self._keys: dict[tuple[str, int | None, int | None], str] = {}
        self._known_keys: Mapping[str, str] = film_keys or {}
        if sorted_by is not None:
            self._orders[sorted_by] = self._reviews
        self.sort = sort
        self.query = ""
        self.narrowing: Narrowing | None = None

    @property
    def total(self) -> int:
        """How many reviews the library holds."""
        return len(self._reviews)

    @property
    def films(self) -> int:
        """How many films the library holds (reviews of one film count once)."""
        return len(self._all_rows(self.sort)[0])

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
        """The rows to show now, one per film: narrowed, sorted, then filtered by the title
        query."""
        needle = fold(self.query)
        if self.narrowing is None:
            rows, titles = self._all_rows(self.sort)
            if needle:
                return [row for row, title in zip(rows, titles, strict=True) if needle in title]
            return list(rows)
        ranks = self._rank(self.sort)
        last = len(ranks)
        narrowed = self.by_film(
            sorted(self.narrowing.rows, key=lambda row: ranks.get(row.review.id, last))
        )
        if needle:
            return [row for row in narrowed if needle in self._folded_title(row.review)]
        return narrowed

    def by_film(self, rows: Iterable[FilmRow]) -> list[FilmRow]:
        """One row per film, at the place of its first row, counting the reviews of the rest
        (the first row's detail is kept); each row given its film key."""
        given = list(rows)
        keys = [self._film_key(row.review) for row in given]
        counts: dict[str, int] = {}
        for row, key in zip(given, keys, strict=True):
            counts[key] = counts.get(key, 0) + row.reviews
        films: list[FilmRow] = []
        seen: set[str] = set()
        for row, key in zip(given, keys, strict=True):
            if key in seen:
                continue
            seen.add(key)
            count = counts[key]
            same = row.key == key and row.reviews == count
            films.append(row if same else FilmRow(row.review, row.detail, count, key))
        return films

    def describe(self, shown: int) -> str:
        """The header's account of the list: "13 films", "20 films · 25 reviews", "Actor: X ·
        2 of 3 films match “ab”"."""
        if self.narrowing is not None:
            base = len({self._film_key(row.review) for row in self.narrowing.rows})
        else:
            base = self.films
        films = counted(base, "film")
        if self.query.strip():
            films = f"{shown:,} of {films} match “{self.query.strip()}”"
        if self.narrowing is not None:
            return f"{self.narrowing.label} · {films}"
        if self.total != base and not self.query.strip():
            films += f" · {counted(self.total, 'review')}"
        return films

    def _order(self, key: SortKey) -> list[Review]:
        """The whole library in one sort order, computed once."""
        order = self._orders.get(key)
        if order is None:
            order = sort_reviews(self._reviews, key)
            self._orders[key] = order
        return order

    def _all_rows(self, key: SortKey) -> tuple[list[FilmRow], list[str]]:
        """One row per film in one sort order, with their folded titles; made once."""
        made = self._rows.get(key)
        if made is None:
            rows = self._films_in(self._order(key))
            titles = [self._folded_title(row.review) for row in rows]
            made = self._rows[key] = (rows, titles)
        return made

    def _films_in(self, order: Sequence[Review]) -> list[FilmRow]:
        """`by_film` for a whole order of reviews, without a row per review on the way."""
        key_of = self._film_key
        keys = [key_of(review) for review in order]
        counts: dict[str, int] = {}
        for key in keys:
            counts[key] = counts.get(key, 0) + 1
        films: list[FilmRow] = []
        seen: set[str] = set()
        for review, key in zip(order, keys, strict=True):
            if key not in seen:
                seen.add(key)
                films.append(FilmRow(review, None, counts[key], key))
        return films

    def _film_key(self, review: Review) -> str:
        """A review's film key: the library's, else made once per film (it costs a slug)."""
        known = self._known_keys.get(review.id)
        if known is not None:
            return known
        film = review.film
        ident = (film.title, film.year, film.season)
        key = self._keys.get(ident)
        if key is None:
            key = self._keys[ident] = film.key
        return key

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
