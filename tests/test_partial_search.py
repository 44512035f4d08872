"""The search of the reviews a first scan has read so far: people and films from the documents
and credits the catalog holds before its names are derived, ranked as the real search ranks."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_search import review

from reeltui.library import Library
from reeltui.library.catalog import Catalog
from reeltui.model import Review
from reeltui.paths import samples_dir
from reeltui.search import FilmHit, PersonHit, Searcher
from reeltui.search import partial as partial_module
from reeltui.search.partial import PartialSearch
from reeltui.search.session import SearchSession, SearchState


@pytest.fixture(params=["on disk", "in memory"])
def empty(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Library]:
    """An empty library, its catalog in a cache folder (a reader of its own for the partial
    search) or in memory (one connection, shared)."""
    root = tmp_path / "reviews"
    cache = tmp_path / "cache" if request.param == "on disk" else None
    library = Library(root, Catalog.open(cache, root))
    yield library
    library.close()


def _summary(hits: list[PersonHit | FilmHit]) -> list[tuple[str, str, int, float]]:
    return [
        (
            hit.role if isinstance(hit, PersonHit) else "film",
            hit.name,
            hit.film_count if isinstance(hit, PersonHit) else len(hit.reviews),
            hit.score,
        )
        for hit in hits
    ]


FIRST = (
    review("end-of-watch", "End of Watch", 2012, cast=[("Michael Peña", "Zavala")]),
    review(
        "a-million-miles-away",
        "A Million Miles Away",
        2023,
        cast=[("Michael Pena", "José"), ("Rosa Salazar", "Adela")],
        directors=["Alejandra Márquez Abella"],
        reviewer="Dana Fox",
    ),
)
SECOND = (
    review("the-martian", "The Martian", 2015, cast=[("Michael Peña", "Rick Martinez")]),
    review("the-martian-2", "The Martian", 2015, reviewer="Dana Fox", root=Path("/nowhere/b")),
    review("ant-man", "Ant-Man", 2015, cast=[("Michael Peña", "Luis")], directors=["Peyton Reed"]),
)


def test_people_and_films_answer_from_the_batches_written_so_far(empty: Library) -> None:
    search = PartialSearch(empty)
    assert search.suggest("pena", 10) == []
    empty.add_reviews(FIRST)
    search.catch_up(now=True)
    assert search.reviews == 2
    hits = search.suggest("pena", 10)
    assert _summary(hits) == [("actor", "Michael Peña", 2, 3.0)]  # accented spelling shown
    person = hits[0]
    assert isinstance(person, PersonHit)
    assert set(person.spellings) == {"Michael Peña", "Michael Pena"}
    assert [
        (entry.film.title, credit.role if credit else None) for entry, credit in person.films
    ] == [
        ("A Million Miles Away", "José"),
        ("End of Watch", "Zavala"),
    ]
    assert search.suggest("martian", 10) == []  # not read yet
    empty.add_reviews(SECOND)
    search.catch_up(now=True)
    hits = search.suggest("pena", 10)
    assert _summary(hits) == [("actor", "Michael Peña", 4, 3.0)]
    films = search.suggest("martian", 10)
    assert _summary(films) == [("film", "The Martian (2015)", 2, 3.0)]
    film = films[0]
    assert isinstance(film, FilmHit) and film.spans == ((4, 11),)


def test_a_typo_a_prefix_and_a_kind_prefix_are_read_as_the_search_reads_them(
    empty: Library,
) -> None:
    empty.add_reviews(FIRST + SECOND)
    search = PartialSearch(empty)
    assert _summary(search.suggest("micheal pena", 5)) == [("actor", "Michael Peña", 4, 1.0)]
    assert _summary(search.suggest("sala", 5)) == [("actor", "Rosa Salazar", 1, 2.0)]
    assert _summary(search.suggest("director: reed", 5)) == [("director", "Peyton Reed", 1, 3.0)]
    assert _summary(search.suggest("@fox", 5)) == []
    assert _summary(search.suggest("reviewer: fox", 5)) == [("reviewer", "Dana Fox", 2, 3.0)]
    assert search.suggest("text: pena", 5) == []  # the full text waits for the scan's end
    # Exact before prefix, whatever the kind: "ant" is a whole word of "Ant-Man".
    assert _summary(search.suggest("ant", 5))[0] == ("film", "Ant-Man (2015)", 1, 3.0)


def test_names_that_come_after_the_first_look_are_found_and_ranked_by_what_is_read_now(
    empty: Library,
) -> None:
    """Names read after the matcher was first built (its tail), and a base built again once
    the tail grows, rank people by their films as read now."""
    search = PartialSearch(empty)
    empty.add_reviews(
        [
            review(f"one-{n}", f"Film {n}", 2000 + n % 20, cast=[(f"Actor{n} Lee", None)])
            for n in range(40)
        ]
    )
    assert len(search.suggest("lee", 50)) == 40
    empty.add_reviews(
        [review(f"two-{n}", f"Other {n}", 1990, cast=[("Actor7 Lee", None)]) for n in range(3)]
        + [
            review(f"three-{n}", f"Third {n}", 1980, cast=[(f"New{n} Lee", None)])
            for n in range(300)
        ]
    )
    search.catch_up(now=True)
    hits = search.suggest("lee", 5)
    assert _summary(hits)[0] == ("actor", "Actor7 Lee", 4, 3.0)
    assert len(search.suggest("lee", 400)) == 340
    found = _summary(search.suggest("new299", 5))
    assert found[0] == ("actor", "New299 Lee", 1, 3.0)
    assert {score for *_, score in found[1:]} == {1.0}  # New199 Lee, New209 Lee…: one typo


_WORDS = st.sampled_from(["a", "ab", "abc", "b", "ba", "z", "0", "10", "é", "ß"])


@given(
    first=st.lists(st.tuples(st.lists(_WORDS, max_size=3), st.integers(0, 3)), max_size=30),
    then=st.lists(st.tuples(st.lists(_WORDS, max_size=3), st.integers(0, 3)), min_size=1,
                  max_size=30),
)  # fmt: skip
def test_a_base_built_again_is_in_ranking_order(
    first: list[tuple[list[str], int]], then: list[tuple[list[str], int]]
) -> None:
    """The names of a base built again are numbered most films first, then by their words,
    then as they came: the order of (-weight, words joined by spaces, number)."""
    names = partial_module._Growing()
    weights: list[int] = []
    for batch in (first, then):
        for tokens, weight in batch:
            names.add(tokens)
            weights.append(weight)
        saved = partial_module._TAIL_MIN
        partial_module._TAIL_MIN = 0  # built again at every look
        try:
            names.matches(["a"], weights.__getitem__, 5)
        finally:
            partial_module._TAIL_MIN = saved
    based = len(names._entry_of)  # (a tail of at most a quarter of the base is left as it is)
    assert based * 5 >= len(names) * 4
    spaced = [names.words(n) for n in range(based)]
    expected = sorted(range(based), key=lambda n: (-weights[n], spaced[n], n))
    assert list(names._base_names) == expected


QUERIES = (
    "pena", "michael", "mich", "micheal pena", "martian", "the", "a", "@sal",
    "director: villeneuve", "reviewer: a", "2023", "season 2", "dune part",
)  # fmt: skip


def test_once_every_file_is_read_it_answers_as_the_search_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "reviews"
    shutil.copytree(samples_dir(), root)
    library = Library.scan(root, cache_dir=tmp_path / "cache")
    monkeypatch.setattr(partial_module, "_SLICE", 4)  # the catalog taken in a slice at a time
    search = PartialSearch(library)
    search.catch_up(now=True)
    assert search.reviews == len(library) and search.last == max(e.docno for e in library)
    with Searcher(library, in_memory=True) as real:
        for query in QUERIES:
            expected = real.suggest(query, 24, with_text=False)
            assert _summary(search.suggest(query, 24)) == _summary(expected), query  # type: ignore[arg-type]
    search.close()
    assert search.suggest("pena", 5) == []


def test_it_never_waits_for_a_write_in_progress_nor_sees_it(tmp_path: Path) -> None:
    """Its reader is its own: a transaction of the scan that is open is neither waited for
    nor seen half-written."""
    root = tmp_path / "reviews"
    library = Library(root, Catalog.open(tmp_path / "cache", root))
    library.add_reviews(FIRST)
    search = PartialSearch(library)
    with library.catalog.writing() as writer:
        writer.set_meta(complete="0")
        library.add_reviews(SECOND)  # joins the open transaction
        search.catch_up(now=True)
        assert search.reviews == 2
    search.catch_up(now=True)
    assert search.reviews == 5
    search.close()
    library.close()


def read_by_a_first_scan(library: Library, reviews: tuple[Review, ...]) -> None:
    """Store reviews as a first scan's batch does: the catalog stays incomplete until it ends."""
    library.add_reviews(reviews)
    library.catalog.set_meta(complete="0")


def test_the_session_answers_from_a_scan_until_its_searcher_is_ready(empty: Library) -> None:
    session = SearchSession()
    read_by_a_first_scan(empty, FIRST)
    assert session.rank("pena").hits == ()  # nothing to ask without the library being read
    ranked = session.rank("pena", reading=empty)
    assert ranked.partial and ranked.state is SearchState.NO_LIBRARY and ranked.text_pending
    assert [scored.hit.name for scored in ranked.hits] == ["Michael Peña"]
    assert not session.checking
    read_by_a_first_scan(empty, SECOND)
    session.warm(empty)
    ranked = session.rank("pena", reading=empty)
    person = ranked.hits[0].hit
    assert isinstance(person, PersonHit) and person.film_count == 4
    # The scan ends: the library is loaded; while its searcher is built, the scan's reviews
    # answer; then the searcher does, and the partial search is let go.
    started: list[object] = []
    session.load(empty, started.append)
    assert session.state is SearchState.BUILDING
    building = session.rank("pena")
    assert building.partial and [s.hit.name for s in building.hits] == ["Michael Peña"]
    (build,) = started
    build()  # type: ignore[operator]
    ready = session.rank("pena")
    assert not ready.partial and ready.state is SearchState.READY
    assert [s.hit.name for s in ready.hits][:1] == ["Michael Peña"]
    assert session._partial is None
    session.close()


def test_a_warm_check_answers_from_the_last_sessions_catalog(empty: Library) -> None:
    """While a warm start checks the folder there is no searcher yet; the catalog the last
    session completed answers by its indexes, with every film, and nothing is read in."""
    empty.add_reviews((*FIRST, *SECOND))  # a complete catalog, as the last session left it
    session = SearchSession()
    ranked = session.rank("pena", reading=empty)
    assert session.checking and ranked.partial and ranked.state is SearchState.NO_LIBRARY
    person = ranked.hits[0].hit
    assert isinstance(person, PersonHit) and person.film_count == 4
    assert session.rank("peyton reed", reading=empty).hits[0].hit.name == "Peyton Reed"
    assert [s.hit.name for s in session.rank("martian", reading=empty).hits] == [
        "The Martian (2015)"
    ]
    session.close()
    assert not session.checking
