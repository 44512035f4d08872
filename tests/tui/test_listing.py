"""The film list's model: sort orders, the title filter, narrowing and the header's words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from reeltui.library import Library, SortKey
from reeltui.library.listing import SORT_CYCLE, FilmRow, Listing, Narrowing, sort_label

from tui_support import make_review

_REVIEWS = [
    replace(make_review("b", "Birdman", 2014, reviewer="Zoe"), mtime=3.0),
    replace(make_review("a", "Amélie", 2001, reviewer="Yann"), mtime=1.0),
    replace(make_review("c", "Coco", 2017, reviewer="Ana"), mtime=2.0),
]
_LIBRARY = Library.from_reviews(Path("/reviews"), _REVIEWS)
#: The entries in the order the reviews were given (Birdman, Amélie, Coco).
ENTRIES = [entry for review in _REVIEWS if (entry := _LIBRARY.get(review.id)) is not None]


def titles(rows: Sequence[FilmRow]) -> list[str]:
    return [row.review.film.title for row in rows]


def test_sort_orders() -> None:
    listing = Listing(ENTRIES)
    assert titles(listing.rows()) == ["Amélie", "Birdman", "Coco"]
    listing.sort = SortKey.YEAR
    assert titles(listing.rows()) == ["Coco", "Birdman", "Amélie"]
    listing.sort = SortKey.REVIEWER
    assert titles(listing.rows()) == ["Coco", "Amélie", "Birdman"]
    listing.sort = SortKey.ADDED
    assert titles(listing.rows()) == ["Birdman", "Coco", "Amélie"]


def test_next_sort_cycles_through_all_four() -> None:
    listing = Listing(ENTRIES)
    seen = [listing.next_sort() for _ in SORT_CYCLE]
    assert seen == [SortKey.YEAR, SortKey.REVIEWER, SortKey.ADDED, SortKey.TITLE]
    assert sort_label(SortKey.ADDED) == "recently added"


def test_title_filter_ignores_case_and_accents() -> None:
    listing = Listing(ENTRIES)
    listing.query = "AMELIE"
    assert titles(listing.rows()) == ["Amélie"]
    listing.query = "20"
    assert titles(listing.rows()) == ["Amélie", "Birdman", "Coco"]
    listing.query = "nothing like it"
    assert listing.rows() == []


def test_describe_counts_films() -> None:
    listing = Listing(ENTRIES)
    assert listing.describe(3) == "3 films"
    listing.query = "co"
    assert listing.describe(1) == "1 of 3 films match “co”"
    assert Listing(ENTRIES[:1]).describe(1) == "1 film"


def test_narrowing_keeps_details_and_follows_the_sort() -> None:
    listing = Listing(ENTRIES)
    rows = (FilmRow(ENTRIES[2], "as Miguel"), FilmRow(ENTRIES[1], "as Amélie"))
    listing.narrowing = Narrowing("Actor: Someone", rows)
    assert titles(listing.rows()) == ["Amélie", "Coco"]
    assert [row.detail for row in listing.rows()] == ["as Amélie", "as Miguel"]
    assert listing.describe(2) == "Actor: Someone · 2 films"
    listing.sort = SortKey.YEAR
    assert titles(listing.rows()) == ["Coco", "Amélie"]


def test_rows_are_made_on_demand_and_found_by_id() -> None:
    rows = Listing(ENTRIES).rows()
    assert len(rows) == 3 and rows[0] == FilmRow(ENTRIES[1])
    assert rows.index_of("c") == 2 and rows.index_of("nope") is None
    assert list(rows[1:]) == [FilmRow(ENTRIES[0]), FilmRow(ENTRIES[2])]


def test_rows_group_by_film() -> None:
    twice = replace(make_review("b2", "Birdman", 2014, reviewer="Ann"), mtime=4.0)
    library = Library.from_reviews(Path("/reviews"), [*_REVIEWS, twice])
    groups = Listing(library.entries).films()
    assert [[e.id for e in group] for group in groups] == [["a"], ["b", "b2"], ["c"]]


def test_patching_keeps_the_orders_as_a_fresh_listing_would() -> None:
    more = [
        replace(make_review("d", "Dune", 2021, reviewer="Bo"), mtime=5.0),
        replace(make_review("e", "Akira", 1988, reviewer="Cy"), mtime=0.5),
    ]
    library = Library.from_reviews(Path("/reviews"), [*_REVIEWS, *more])
    by_id = {entry.id: entry for entry in library.entries}
    listing = Listing([by_id["b"], by_id["a"]])
    listing.sort = SortKey.ADDED
    assert titles(listing.rows()) == ["Birdman", "Amélie"]
    listing = listing.patched([by_id["c"], by_id["d"], by_id["e"]])
    fresh = Listing(library.entries)
    for key in SortKey:
        listing.sort = fresh.sort = key
        assert titles(listing.rows()) == titles(fresh.rows()), key
    listing.query = "a"
    before = listing
    listing = listing.patched([], removed=[by_id["a"].docno])
    assert "Amélie" not in titles(listing.rows()) and "Amélie" in titles(before.rows())
    assert listing.total == 4 and listing.query == "a"
