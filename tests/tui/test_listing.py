"""The film list's model: sort orders, the title filter, narrowing and the header's words."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reeltui.library import Entry, Library, SortKey
from reeltui.library.listing import SORT_CYCLE, FilmRow, Listing, Narrowing, sort_label
from reeltui.model import Kind
from reeltui.text import fold

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
    assert len(rows) == 3 and rows[0] == FilmRow(ENTRIES[1], None, 1, ENTRIES[1].film_key)
    assert rows.index_of("c") == 2 and rows.index_of("nope") is None
    assert [row.review for row in rows[1:]] == [ENTRIES[0], ENTRIES[2]]
    assert rows.index_of_film(ENTRIES[2].film_key) == 2


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
    # The films' counts carried over through the patches are those of a fresh listing.
    listing.query, listing.sort = "", SortKey.TITLE
    assert [(r.film_key, r.reviews) for r in listing.rows()] == [
        (r.film_key, r.reviews) for r in Listing([e for e in library.entries if e.id != "a"]).rows()
    ]
    assert listing.films == 4 and listing.describe(4) == "4 films"


def test_one_row_per_film_at_its_first_review_with_the_count() -> None:
    heat = [
        replace(make_review(rid, "Heat", 1995, reviewer=name), mtime=mtime)
        for rid, name, mtime in (("h1", "Zed", 5.0), ("h2", "Abe", 0.5), ("h3", "Kim", 9.0))
    ]
    library = Library.from_reviews(Path("/reviews"), [*_REVIEWS, *heat])
    entries = {entry.id: entry for entry in library.entries}
    listing = Listing(library.entries)
    rows = listing.rows()
    assert [(row.review.film.title, row.reviews) for row in rows] == [
        ("Amélie", 1),
        ("Birdman", 1),
        ("Coco", 1),
        ("Heat", 3),
    ]
    assert rows[-1].review.id == "h1" and rows[-1].film_key == "heat-1995"
    assert listing.describe(4) == "4 films · 6 reviews"
    listing.sort = SortKey.REVIEWER  # the film stands where its first reviewer does
    assert [(row.review.film.title, row.review.id) for row in listing.rows()] == [
        ("Heat", "h2"),
        ("Coco", "c"),
        ("Amélie", "a"),
        ("Birdman", "b"),
    ]
    listing.sort = SortKey.ADDED
    assert listing.rows()[0].review.id == "h3"
    listing.query = "hea"
    assert [row.reviews for row in listing.rows()] == [3]
    assert listing.describe(1) == "1 of 4 films match “hea”"
    listing.query = ""
    listing.narrowing = Narrowing(
        "Actor: X", (FilmRow(entries["h1"]), FilmRow(entries["h2"], "as Neil"))
    )
    (row,) = listing.rows()
    assert (row.review.id, row.detail, row.reviews) == ("h1", None, 2), "h1 comes first by path"
    listing.sort = SortKey.REVIEWER
    (row,) = listing.rows()
    assert (row.review.id, row.detail, row.reviews) == ("h2", "as Neil", 2), "Abe before Zed"
    assert listing.describe(1) == "Actor: X · 1 film"


# -- rows that come a batch at a time (a first scan) -----------------------------------------

_TITLES = ("Heat", "heat", "Amélie", "Amelie", "Coco", "Zodiac", "Élan", "Up")
_PEOPLE = (None, "Ana", "ana", "Bo", "Zoe", "Émile")


@st.composite
def _entries(draw: st.DrawFn) -> list[Entry]:
    """Entries of a library: several reviews of one film, films whose titles fold alike
    (seasons of a series, accents), ties of year, reviewer and time."""
    count = draw(st.integers(0, 40))
    entries = []
    for docno in range(1, count + 1):
        title = draw(st.sampled_from(_TITLES))
        year = draw(st.sampled_from((None, 1995, 2001)))
        season = draw(st.sampled_from((None, None, 1, 2)))
        kind = Kind.SERIES if season is not None else Kind.FILM
        key = f"{draw(st.sampled_from(('a', 'b', 'a b', 'a/x')))}/{docno:03}.txt"
        film_key = f"{fold(title)}-{year}" + (f"-s{season}" if season is not None else "")
        entries.append(
            Entry(
                docno,
                f"id{docno}",
                key,
                title,
                year,
                kind,
                season,
                film_key,
                draw(st.sampled_from(_PEOPLE)),
                float(draw(st.integers(0, 5))),
            )
        )
    return entries


def _shown(listing: Listing) -> list[tuple[str, str, int]]:
    return [(row.review.id, row.film_key, row.reviews) for row in listing.rows()]


@given(
    entries=_entries(),
    cuts=st.lists(st.integers(0, 40), max_size=6),
    start=st.sampled_from(SORT_CYCLE),
    query=st.sampled_from(("", "a", "heat", "amelie (2001)", "zz")),
)
def test_batches_patched_in_give_the_listing_of_the_whole(
    entries: list[Entry], cuts: list[int], start: SortKey, query: str
) -> None:
    """Entries patched in a batch at a time, in any order, with a sort and a filter shown
    meanwhile, give the rows, counts and places of a listing made of them all at once."""
    shuffled = sorted(entries, key=lambda entry: (entry.docno * 7919) % 101)
    bounds = sorted({0, len(shuffled), *(min(cut, len(shuffled)) for cut in cuts)})
    listing = Listing([], start, sorted_by=SortKey.TITLE)
    listing.query = query
    for low, high in itertools.pairwise(bounds):
        before = _shown(listing)  # the orders and filtered films made so far are carried over
        older, listing = listing, listing.patched(shuffled[low:high])
        # The older listing handed its tables over: asked again, it makes its own.
        assert _shown(older) == before
    whole = Listing(entries)
    assert listing.total == whole.total and listing.films == whole.films
    for key in SORT_CYCLE:
        for needle in ("", query):
            listing.sort = whole.sort = key
            listing.query = whole.query = needle
            assert _shown(listing) == _shown(whole), (key, needle)
            rows = listing.rows()
            for place, row in enumerate(rows):
                assert rows.index_of_film(row.film_key) == place
            hidden = {e.film_key for e in entries} - {row.film_key for row in rows}
            assert all(rows.index_of_film(film) is None for film in hidden)
            assert listing.describe(len(rows)) == whole.describe(len(rows))


@given(entries=_entries(), cut=st.integers(0, 40), changed=st.integers(0, 39))
def test_a_first_scans_batches_then_a_changed_entry_give_the_listing_of_the_whole(
    entries: list[Entry], cut: int, changed: int
) -> None:
    """Batches of numbers above every number held (a first scan's) are taken in as new; an
    entry that comes again afterwards (its file written over) takes its old one's place."""
    listing = Listing([], SortKey.TITLE, sorted_by=SortKey.TITLE)
    for batch in (entries[:cut], entries[cut:]):
        _shown(listing)
        listing = listing.patched(batch)
    assert _shown(listing) == _shown(Listing(entries))
    if entries:
        old = entries[changed % len(entries)]
        new = replace(old, title="Zz " + old.title, film_key=f"zz-{old.docno}")
        listing = listing.patched([new])
        whole = [new if entry is old else entry for entry in entries]
        assert listing.total == len(entries)
        assert _shown(listing) == _shown(Listing(whole))


def test_folded_titles_are_kept_by_number_and_folded_again_for_an_entry_that_changed() -> None:
    listing = Listing(ENTRIES)
    listing.warm()
    folded = listing._folded
    # A list by document number (its slots are a sixth of a table's), every entry folded once.
    assert isinstance(folded, list)
    assert len(folded) == max(entry.docno for entry in ENTRIES) + 1
    assert sorted(f for f in folded if f is not None) == sorted(
        fold(entry.film.label) for entry in ENTRIES
    )
    listing.query = "amel"
    assert titles(listing.rows()) == ["Amélie"]
    amelie = next(entry for entry in ENTRIES if entry.title == "Amélie")
    renamed = replace(amelie, title="Le Fabuleux Destin")
    listing = listing.patched([renamed])
    assert titles(listing.rows()) == []
    listing.query = "fabuleux"
    assert titles(listing.rows()) == ["Le Fabuleux Destin"]
    # The listing patched before keeps its own titles.
    assert folded[amelie.docno] == fold(amelie.film.label)


@given(entries=_entries())
def test_each_sort_order_is_the_order_its_key_gives(entries: list[Entry]) -> None:
    """`sort_entries` (one key per reviewer, shared by their reviews) orders as a sort by the
    whole key of each entry does, from any order and from title order."""
    from reeltui.library.entries import order_key, sort_entries

    titled = sorted(entries, key=order_key(SortKey.TITLE))
    for key in SORT_CYCLE:
        expected = sorted(entries, key=order_key(key))
        assert sort_entries(entries[::-1], key) == expected, key
        assert sort_entries(titled, key, presorted=True) == expected, key
