"""What the film list shows: the library's entries, sorted, narrowed and filtered by title.

This module has no Textual in it. `Listing` keeps one sorted order per sort key (a list of
the shared entries, made once, on first use) and the folded titles, so a keystroke in the
title filter or a press of `s` costs a pass over the entries, not a re-sort or re-fold of a
hundred thousand of them. Rows are made when the list asks for one (`Rows`), so no order
holds an object per row.

The list has one row per film: the reviews of one film (one film key) are one row, at the place
of the first of them in the order, saying how many they are (`FilmRow.reviews`). Entries carry
their film key (the catalog's column), so grouping an order is one pass, with no slug made.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from operator import itemgetter
from typing import overload

from reeltui.library.entries import Entry, SortKey, order_key, path_order, sort_entries
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
    """One row of the film list: a film, by one of its reviews (its entry), and an optional
    detail shown after its title.

    `detail` carries what a narrowing wants said beside the film (an actor's role, say);
    `reviews` is how many reviews of the film the row stands for; `key` is the film key (the
    listing sets it; the entry's own otherwise). The bookmark mark is not stored here: the list
    asks for it when it draws the row, so marking a film never rebuilds the rows.
    """

    review: Entry
    detail: str | None = None
    reviews: int = 1
    key: str = ""

    @property
    def film_key(self) -> str:
        """The key of the row's film."""
        return self.key or self.review.film_key


class Rows(Sequence[FilmRow]):
    """Rows over a sequence of entries (one per film), each made when asked for; with the
    details of a narrowing when there is one, and each film's number of reviews (`counts`, by
    film key; 1 for a film it does not list)."""

    __slots__ = ("_counts", "_details", "_entries", "_films", "_index", "_locate")

    def __init__(
        self,
        entries: Sequence[Entry],
        details: Sequence[str | None] | None = None,
        counts: Mapping[str, int] | None = None,
        *,
        locate: Callable[[str], int | None] | None = None,
    ):
        """`locate` finds a film's row by its key without a table of every row (a listing
        knows where each film stands in its orders); without it, a table is made on first
        use."""
        self._entries = entries
        self._details = details
        self._counts: Mapping[str, int] = counts if counts is not None else {}
        self._index: dict[str, int] | None = None
        self._films: dict[str, int] | None = None
        self._locate = locate

    def __len__(self) -> int:
        return len(self._entries)

    def _row(self, entry: Entry, detail: str | None) -> FilmRow:
        return FilmRow(entry, detail, self._counts.get(entry.film_key, 1), entry.film_key)

    @overload
    def __getitem__(self, index: int) -> FilmRow: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[FilmRow]: ...

    def __getitem__(self, index: int | slice) -> FilmRow | Sequence[FilmRow]:
        if isinstance(index, slice):
            details = self._details[index] if self._details is not None else None
            return Rows(self._entries[index], details, self._counts)
        detail = self._details[index] if self._details is not None else None
        return self._row(self._entries[index], detail)

    def __iter__(self) -> Iterator[FilmRow]:
        row = self._row
        details = self._details
        if details is None:
            return (row(entry, None) for entry in self._entries)
        return (row(entry, detail) for entry, detail in zip(self._entries, details, strict=True))

    def __eq__(self, other: object) -> bool:
        # Two sets of rows (the list's reactive compares the new with the old at each batch of
        # a scan) are compared by what they are made of, in C, without making a row each.
        if isinstance(other, Rows):
            if len(self) != len(other):
                return False
            mine = self._details if self._details is not None else [None] * len(self)
            theirs = other._details if other._details is not None else [None] * len(other)
            return (
                list(self._entries) == list(other._entries)
                and list(mine) == list(theirs)
                and all(self._counts.get(k, 1) == other._counts.get(k, 1) for k in self._keys())
            )
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def _keys(self) -> set[str]:
        """The film keys of the rows."""
        return {entry.film_key for entry in self._entries}

    __hash__ = None  # type: ignore[assignment]

    def index_of(self, review_id: str) -> int | None:
        """The row of a review, or None (a table made on first use)."""
        if self._index is None:
            index: dict[str, int] = {}
            for position, entry in enumerate(self._entries):
                index.setdefault(entry.id, position)
            self._index = index
        return self._index.get(review_id)

    def index_of_film(self, film_key: str) -> int | None:
        """The row of a film, or None (found by bisection, or in a table made on first use)."""
        if self._locate is not None:
            return self._locate(film_key)
        if self._films is None:
            films: dict[str, int] = {}
            for position, entry in enumerate(self._entries):
                films.setdefault(entry.film_key, position)
            self._films = films
        return self._films.get(film_key)

    @property
    def entries(self) -> Sequence[Entry]:
        """The entries of the rows, in order."""
        return self._entries


class FirstRows(Rows):
    """The first screen of the list, before the library's entries are read: the rows of the
    first films of one order (`Catalog.first_films`) as many as the list will hold, so the
    list is as long (and its scroll bar as large) as it will be. Only the first `known` rows
    can be asked for; nothing beyond them is drawn or reached before the whole list replaces
    these rows."""

    __slots__ = ("_films_count",)

    def __init__(self, entries: Sequence[Entry], counts: Mapping[str, int], films: int) -> None:
        super().__init__(entries, None, counts)
        self._films_count = max(films, len(entries))

    def __len__(self) -> int:
        return self._films_count

    @property
    def known(self) -> int:
        """How many rows (from the first) can be asked for."""
        return len(self._entries)


def describe_counts(films: int, reviews: int) -> str:
    """The header's account of a whole library: "13 films", "20 films · 25 reviews"."""
    said = counted(films, "film")
    if reviews != films:
        said += f" · {counted(reviews, 'review')}"
    return said


@dataclass(frozen=True, slots=True)
class Narrowing:
    """A subset of the library chosen elsewhere (an actor, a director…), with its header label.

    The rows are re-ordered by the listing's sort; their details are kept.
    """

    label: str
    rows: tuple[FilmRow, ...]


class Listing:
    """The library's entries as the film list shows them: sort, narrowing and title filter.

    What it computes it keeps: each sort order made so far (the whole library, and the first
    review of each film in it, with each film's first review by key), the folded titles, each
    film's number of reviews, and the films that match the title filter in the order shown.
    `patched` carries all of it over to the next listing, with only the new entries put in
    their places (by bisection: a few comparisons each), so the rows of a library that grows
    by a batch cost the batch, not the library.
    """

    __slots__ = (
        "_counts",
        "_docnos",
        "_entries",
        "_films",
        "_filtered",
        "_first_of",
        "_folded",
        "_orders",
        "_ranks",
        "_top",
        "narrowing",
        "query",
        "sort",
    )

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
        #: Folded titles by document number (None: not folded yet). A list, not a table: at
        #: 100,000 reviews the table's slots alone took 5 MB, the list's 0.8.
        self._folded: list[str | None] = []
        #: Each order's first entry of every film, in the order and by film key (made together:
        #: the table first, so a reader that finds the list finds the table too).
        self._films: dict[SortKey, list[Entry]] = {}
        self._first_of: dict[SortKey, dict[str, Entry]] = {}
        #: Each film's number of reviews, and the document numbers of the entries.
        self._counts: dict[str, int] | None = None
        self._docnos: set[int] | None = None
        #: The highest document number held (None: not worked out yet). A batch of numbers all
        #: above it (a first scan's: it numbers documents upwards) holds no entry changed.
        self._top: int | None = None
        #: The films of one order that match one folded query, in that order.
        self._filtered: tuple[SortKey, str, list[Entry]] | None = None
        if sorted_by is not None:
            self._orders[sorted_by] = self._entries
        self.sort = sort
        self.query = ""
        self.narrowing: Narrowing | None = None

    @property
    def total(self) -> int:
        """How many reviews the library holds."""
        return len(self._entries)

    @property
    def films(self) -> int:
        """How many films the library holds (reviews of one film count once)."""
        return len(self._film_counts())

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
            self._firsts(key)
        for entry in self._entries:
            self._folded_title(entry)

    def rows(self) -> Rows:
        """The rows to show now, one per film: narrowed, sorted, then filtered by the title
        query."""
        needle = fold(self.query)
        if self.narrowing is None:
            order = self._firsts(self.sort)
            counts = self._film_counts()
            if needle:
                order = self._matching(self.sort, needle)
            first_of = self._first_of[self.sort]
            key = order_key(self.sort)
            folded = self._folded_title

            def locate(film_key: str) -> int | None:
                first = first_of.get(film_key)
                if first is None or (needle and needle not in folded(first)):
                    return None
                index = bisect_left(order, key(first), key=key)
                return index if index < len(order) and order[index] is first else None

            return Rows(order, None, counts, locate=locate)
        ranks = self._rank(self.sort)
        last = len(ranks)
        narrowed = self.by_film(
            sorted(self.narrowing.rows, key=lambda row: ranks.get(row.review.docno, last))
        )
        if needle:
            narrowed = [row for row in narrowed if needle in self._folded_title(row.review)]
        counts = {row.film_key: row.reviews for row in narrowed}
        return Rows([row.review for row in narrowed], [row.detail for row in narrowed], counts)

    @staticmethod
    def by_film(rows: Iterable[FilmRow]) -> list[FilmRow]:
        """One row per film, at the place of its first row, counting the reviews of the rest
        (the first row's detail is kept); each row given its film key."""
        given = list(rows)
        counts: dict[str, int] = {}
        for row in given:
            counts[row.film_key] = counts.get(row.film_key, 0) + row.reviews
        films: list[FilmRow] = []
        seen: set[str] = set()
        for row in given:
            key = row.film_key
            if key in seen:
                continue
            seen.add(key)
            count = counts[key]
            same = row.key == key and row.reviews == count
            films.append(row if same else FilmRow(row.review, row.detail, count, key))
        return films

    def patched(self, entries: Iterable[Entry], removed: Collection[int] = ()) -> Listing:
        """This listing with new or changed entries taken in and removed ones (by document
        number) dropped, as a scan goes on or the folder changes. The new listing takes over
        this one's tables of films, counts and document numbers and changes them in place (a
        copy of each made a batch cost three passes in C over the library, a few milliseconds
        each at 100,000, on the event loop): this one hands them over and makes its own again
        if asked, so show the new one at once. (Patching in a worker was tried, and left: the
        keys waited longer, for the interpreter's lock.)

        When entries only come (a first scan), the title order, the order shown with its films'
        table, and the filtered list are carried over with the new entries put in their
        places by bisection, and the films' counts are adjusted: the cost is the batch's (and a
        copy of each list in C), not a pass in Python over the library. The other orders are
        dropped, to be made again from the title order when asked for (`warm`, or the sort
        changed): each look at an entry makes its sort key and folds its title, and patching
        four orders and their films made a batch of a few hundred entries cost 80 ms at 100,000
        (twice a second on the event loop, the keys' longest wait), against 25 ms or so to sort
        one order again from the title order when the sort changes. An entry that changed or
        went makes the orders again from the title order. The query and the narrowing carry
        over.
        """
        incoming = {entry.docno: entry for entry in entries}
        top = self._highest()
        present = self._docnos
        if removed or min(incoming, default=top + 1) <= top:
            # Entries may have changed or gone: looked for among those held (a set of their
            # numbers, made once and carried over; a first scan never needs it).
            present = self._present()
            gone = {docno for docno in removed if docno in present}
            gone.update(docno for docno in incoming if docno in present)
            if gone:
                return self._rebuilt(incoming, gone)
        listing = Listing([], self.sort)
        listing.query = self.query
        listing.narrowing = self.narrowing
        # Folded titles are kept by document number, and none changed: the table is shared
        # (a worker warming this listing may still be adding to it).
        listing._folded = self._folded
        if present is not None:
            present.update(incoming)
            listing._docnos, self._docnos = present, None
        listing._top = max(top, max(incoming, default=top))
        listing._entries = _spliced(self._order(SortKey.TITLE), SortKey.TITLE, incoming.values())
        listing._orders[SortKey.TITLE] = listing._entries
        kept = (SortKey.TITLE, self.sort)
        for key, order in list(self._orders.items()):
            if key is not SortKey.TITLE and key in kept:
                listing._orders[key] = _spliced(order, key, incoming.values())
        counts = self._counts
        if counts is not None:
            for entry in incoming.values():
                counts[entry.film_key] = counts.get(entry.film_key, 0) + 1
            listing._counts, self._counts = counts, None
        filtered = self._filtered
        for key, firsts in list(self._films.items()):
            first_of = self._first_of.get(key)
            if first_of is None or key is not self.sort:
                continue
            del self._first_of[key]
            sort_key = order_key(key)
            came: list[Entry] = []
            went: list[Entry] = []
            for entry in sorted(incoming.values(), key=sort_key):
                first = first_of.get(entry.film_key)
                if first is None or sort_key(entry) < sort_key(first):
                    first_of[entry.film_key] = entry
                    came.append(entry)
                    if first is not None:
                        went.append(first)
            listing._first_of[key] = first_of
            listing._films[key] = _spliced(firsts, key, came, went)
            if filtered is not None and filtered[0] is key:
                needle = filtered[1]
                listing._filtered = (
                    key,
                    needle,
                    _spliced(
                        filtered[2],
                        key,
                        [e for e in came if needle in listing._folded_title(e)],
                        [e for e in went if needle in listing._folded_title(e)],
                    ),
                )
        return listing

    def _rebuilt(self, incoming: Mapping[int, Entry], gone: Collection[int]) -> Listing:
        """This listing with the entries `gone` dropped and `incoming` put in (one pass over
        the title order; the other orders are made again when next shown)."""
        order = self._order(SortKey.TITLE)
        title = [entry for entry in order if entry.docno not in gone]
        counts = self._counts
        if counts is not None:
            counts = dict(counts)
            for entry in order:
                if entry.docno in gone:
                    left = counts.get(entry.film_key, 0) - 1
                    if left > 0:
                        counts[entry.film_key] = left
                    else:
                        counts.pop(entry.film_key, None)
            for entry in incoming.values():
                counts[entry.film_key] = counts.get(entry.film_key, 0) + 1
        listing = Listing(
            _spliced(title, SortKey.TITLE, incoming.values()), self.sort, sorted_by=SortKey.TITLE
        )
        listing.query = self.query
        listing.narrowing = self.narrowing
        folded = list(self._folded)
        for docno in gone:
            if docno < len(folded):
                folded[docno] = None
        listing._folded = folded
        listing._counts = counts
        return listing

    def holds(self, entries: list[Entry]) -> bool:
        """Whether this listing holds `entries` (in the library's order, title), as they are: a
        first scan's last batch leaves the listing patched with the very entries the library
        then holds, and the list keeps it rather than make it again. (A pass in C: each entry
        is found to be itself.)"""
        order = self._orders.get(SortKey.TITLE)
        return order is not None and order == entries

    def describe(self, shown: int) -> str:
        """The header's account of the list: "13 films", "20 films · 25 reviews", "Actor: X ·
        2 of 3 films match “ab”"."""
        if self.narrowing is not None:
            base = len({row.film_key for row in self.narrowing.rows})
        else:
            base = self.films
        if self.narrowing is None and not self.query.strip():
            return describe_counts(base, self.total)
        films = counted(base, "film")
        if self.query.strip():
            films = f"{shown:,} of {films} match “{self.query.strip()}”"
        if self.narrowing is not None:
            return f"{self.narrowing.label} · {films}"
        return films

    def _highest(self) -> int:
        """The highest document number held (0 for none; worked out once, then carried)."""
        top = self._top
        if top is None:
            top = self._top = max((entry.docno for entry in self._entries), default=0)
        return top

    def _present(self) -> set[int]:
        """The document numbers of the entries (a set made once, then carried over)."""
        docnos = self._docnos
        if docnos is None:
            docnos = self._docnos = {entry.docno for entry in self._entries}
        return docnos

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

    def _firsts(self, key: SortKey) -> list[Entry]:
        """The first review of each film in one sort order (the rows of the whole list), made
        once: one pass over the order."""
        firsts = self._films.get(key)
        if firsts is None or key not in self._first_of:
            first_of: dict[str, Entry] = {}
            firsts = []
            for entry in self._order(key):
                if entry.film_key not in first_of:
                    first_of[entry.film_key] = entry
                    firsts.append(entry)
            self._first_of[key] = first_of
            self._films[key] = firsts
        return firsts

    def _matching(self, key: SortKey, needle: str) -> list[Entry]:
        """The first review of each film whose title holds the folded `needle`, in the order
        `key` (the last one asked for is kept, and carried over by `patched`)."""
        filtered = self._filtered
        if filtered is not None and filtered[0] is key and filtered[1] == needle:
            return filtered[2]
        folded = self._folded_title
        matching = [entry for entry in self._firsts(key) if needle in folded(entry)]
        self._filtered = (key, needle, matching)
        return matching

    def _film_counts(self) -> dict[str, int]:
        """How many reviews each film has, by film key; made once."""
        counts = self._counts
        if counts is None:
            counts = {}
            for entry in self._entries:
                counts[entry.film_key] = counts.get(entry.film_key, 0) + 1
            self._counts = counts
        return counts

    def _rank(self, key: SortKey) -> dict[int, int]:
        """Each entry's position in one sort order."""
        ranks = self._ranks.get(key)
        if ranks is None:
            ranks = {entry.docno: index for index, entry in enumerate(self._order(key))}
            self._ranks = {key: ranks}  # one at a time: each is as large as the library
        return ranks

    def _folded_title(self, entry: Entry) -> str:
        """The folded label ("title (year)") the title filter matches against, cached."""
        table = self._folded
        docno = entry.docno
        folded = table[docno] if docno < len(table) else None
        if folded is None:
            folded = fold(entry.film.label)
            if docno >= len(table):
                table.extend([None] * (docno + 1 - len(table)))
            table[docno] = folded
        return folded


def _spliced(
    order: Sequence[Entry], key: SortKey, came: Iterable[Entry], went: Iterable[Entry] = ()
) -> list[Entry]:
    """A new list: `order` (sorted by `key`) with the entries `went` taken out and `came` put
    in, each found by bisection. The list is copied a slice at a time, in C, so the Python
    work is the entries', whatever the length of the order.

    The entries that come are put in their own order first; the middle one's place is looked
    for in the whole order, then each half's places between its ends, and so on: a batch of
    a few hundred in an order of a hundred thousand looks at about half as many entries (each
    look makes an entry's sort key, folding its title) as a bisection of the whole order for
    each would."""
    sort_key = order_key(key)
    place_of = _title_place if key is SortKey.TITLE else partial(_place, sort_key)
    # (place, 1 for an entry that goes or 0, the rank of one that comes, the entry)
    cuts: list[tuple[int, int, int, Entry]] = []
    for entry in went:
        place = place_of(order, sort_key(entry), 0, len(order))
        if place < len(order) and order[place] is entry:
            cuts.append((place, 1, 0, entry))
    coming = sorted(((sort_key(e), e) for e in came), key=itemgetter(0))
    # (first, last) of a run of `coming` whose places lie in order[low:high]
    runs = [(0, len(coming), 0, len(order))]
    while runs:
        first, last, low, high = runs.pop()
        if first >= last:
            continue
        middle = (first + last) // 2
        entry_key, entry = coming[middle]
        place = place_of(order, entry_key, low, high)
        cuts.append((place, 0, middle, entry))
        runs.append((first, middle, low, place))
        runs.append((middle + 1, last, place, high))
    if not cuts:
        return list(order)
    # At one place, what comes goes before what went (which is the entry at that place), and
    # entries that come at one place go in their own order.
    cuts.sort(key=itemgetter(0, 1, 2))
    spliced: list[Entry] = []
    start = 0
    for place, out, _, entry in cuts:
        spliced += order[start:place]
        start = place
        if out:
            start = place + 1
        else:
            spliced.append(entry)
    spliced += order[start:]
    return spliced


def _place(
    sort_key: Callable[[Entry], tuple[object, ...]],
    order: Sequence[Entry],
    wanted: tuple[object, ...],
    low: int,
    high: int,
) -> int:
    """Where an entry of sort key `wanted` goes in `order[low:high]` (bisection)."""
    return bisect_left(order, wanted, low, high, key=sort_key)


def _title_place(order: Sequence[Entry], wanted: tuple[object, ...], low: int, high: int) -> int:
    """Where an entry of title key `wanted` goes in `order[low:high]`, sorted by title: a
    bisection that folds each title it looks at and makes the rest of its key only when the
    folded titles are equal (a whole key for each look, the tuple and the path's order, made
    a batch's bisections cost about a millisecond more at 90,000)."""
    title, year, path = wanted
    assert isinstance(title, str) and isinstance(year, int) and isinstance(path, str)
    while low < high:
        middle = (low + high) // 2
        entry = order[middle]
        folded = fold(entry.title)
        if folded == title:
            other = entry.year or 0
            before = other < year or (other == year and path_order(entry.key) < path)
        else:
            before = folded < title
        if before:
            low = middle + 1
        else:
            high = middle
    return low
