"""Tests for the search core: names, titles, full text, query prefixes, and the cache."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reeltui.library import Library
from reeltui.library import refresh as refresh_module
from reeltui.model import Credit, Film, Format, Review, Reviewer, Section
from reeltui.paths import samples_dir
from reeltui.search import Searcher, SearchKind, parse_query, run_search
from reeltui.search.fulltext.store import fts5_available
from reeltui.search.names import MatchKind, Tokenizer, osa_distance

pytestmark = pytest.mark.skipif(not fts5_available(), reason="SQLite without FTS5")


def review(
    rid: str,
    title: str,
    year: int = 2020,
    *,
    cast: Sequence[tuple[str, str | None]] = (),
    directors: Sequence[str] = (),
    reviewer: str | None = None,
    sections: Sequence[tuple[str | None, Sequence[str]]] = (),
    root: Path = Path("/nowhere"),
    mtime: float = 1.0,
) -> Review:
    """A full review (with body) for a library built with `Library.from_reviews`."""
    return Review(
        id=rid,
        path=root / f"{rid}.txt",
        format=Format.SCRAPED,
        headline=f"{title} ({year}) Review",
        film=Film(title, year),
        directors=tuple(directors),
        cast=tuple(Credit(actor, role) for actor, role in cast),
        sections=tuple(Section(heading, tuple(paragraphs)) for heading, paragraphs in sections),
        reviewer=Reviewer(reviewer) if reviewer else None,
        mtime=mtime,
    )


def library_of(*reviews: Review, root: Path = Path("/nowhere")) -> Library:
    return Library.from_reviews(root, reviews)


@pytest.fixture
def library() -> Library:
    """Michael Peña in three films (spelt two ways), Rosa Salazar in one, and company."""
    return library_of(
        review(
            "a-million-miles-away",
            "A Million Miles Away",
            2023,
            cast=[("Michael Pena", "Jose M. Hernandez"), ("Rosa Salazar", "Jose’s wife")],
            directors=["Alejandra Márquez Abella"],
            reviewer="Indrayudh Talukdar",
            sections=[
                (None, ["Michael Pena stars as Jose, a farmworker who wants to be an astronaut."]),
                ("What’s the Movie About?", ["Jose applies to NASA again and again."]),
                ("Final Verdict", ["An inspiring story, told with warmth."]),
            ],
        ),
        review(
            "end-of-watch",
            "End of Watch",
            2012,
            cast=[("Jake Gyllenhaal", "Brian Taylor"), ("Michael Pena", "Mike Zavala")],
            directors=["David Ayer"],
            reviewer="Dev Raghunathan",
            sections=[(None, ["Two cops, one camera, and the longest shift in South Central."])],
        ),
        review(
            "the-martian",
            "The Martian",
            2015,
            cast=[("Matt Damon", "Mark Watney"), ("Michael Peña", "Rick Martinez")],
            directors=["Ridley Scott"],
            reviewer="Dev Raghunathan",
            sections=[
                (None, ["An astronaut left for dead on Mars grows potatoes."]),
                ("The Crew", ["Michael Peña plays the pilot whose jokes keep Watney sane."]),
            ],
        ),
        review(
            "nomadland",
            "Nomadland",
            2020,
            cast=[("Frances McDormand", "Fern")],
            directors=["Chloé Zhao"],
            reviewer="Lena Fischbach",
            sections=[(None, ["A widow takes to the road in a van."])],
        ),
    )


@pytest.fixture
def index(library: Library) -> Iterator[Searcher]:
    with Searcher(library) as built:
        yield built


# -- query prefixes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "kind", "text"),
    [
        ("@pena", SearchKind.ACTOR, "pena"),
        ("  @ pena ", SearchKind.ACTOR, "pena"),
        ("actor: Michael", SearchKind.ACTOR, "Michael"),
        ("Actor:Michael", SearchKind.ACTOR, "Michael"),
        ("director:ayer", SearchKind.DIRECTOR, "ayer"),
        ("reviewer: dev", SearchKind.REVIEWER, "dev"),
        ("film: martian", SearchKind.FILM, "martian"),
        ("title:martian", SearchKind.FILM, "martian"),
        ("text: astronaut", SearchKind.TEXT, "astronaut"),
        ("pena", None, "pena"),
        ("note: not a kind", None, "note: not a kind"),
        ("", None, ""),
    ],
)
def test_parse_query_reads_kind_prefixes(query: str, kind: SearchKind | None, text: str) -> None:
    parsed = parse_query(query)
    assert (parsed.kind, parsed.text) == (kind, text)


# -- people: folding, order, typos, prefixes ---------------------------------------------


def test_accents_and_case_do_not_matter(index: Searcher) -> None:
    for query in ("pena", "Peña", "PENA", "peña"):
        hits = index.people(query, "actor")
        assert [h.name for h in hits] == ["Michael Peña"], query
        assert hits[0].match is MatchKind.EXACT


def test_spellings_merge_into_one_person_shown_with_accents(index: Searcher) -> None:
    (hit,) = index.people("michael pena", "actor")
    assert hit.name == "Michael Peña"
    assert hit.spellings == ("Michael Pena", "Michael Peña")
    assert hit.film_count == 3
    films = {r.id: credit for r, credit in hit.films}
    assert films["a-million-miles-away"] == Credit("Michael Pena", "Jose M. Hernandez")
    assert films["the-martian"] == Credit("Michael Peña", "Rick Martinez")


def test_word_order_does_not_matter(index: Searcher) -> None:
    hits = index.people("pena michael", "actor")
    assert [h.name for h in hits] == ["Michael Peña"]
    assert hits[0].match is MatchKind.EXACT
    assert hits[0].spans == ((0, 7), (8, 12))


@pytest.mark.parametrize("query", ["micheal pena", "michael pean", "michal pena", "salazr"])
def test_one_typo_per_word_is_forgiven(index: Searcher, query: str) -> None:
    hits = index.people(query, "actor")
    assert hits, query
    assert hits[0].match is MatchKind.FUZZY
    assert hits[0].name in ("Michael Peña", "Rosa Salazar")


def test_prefix_finds_a_name_being_typed(index: Searcher) -> None:
    hits = index.people("mich", "actor")
    assert [h.name for h in hits] == ["Michael Peña"]
    assert hits[0].match is MatchKind.PREFIX
    assert hits[0].spans == ((0, 4),)
    assert index.people("rosa s", "actor")[0].spans == ((0, 4), (5, 6))


def test_short_words_are_not_matched_by_typo(index: Searcher) -> None:
    assert index.people("zzz", "actor") == []
    assert index.people("mat", "actor")[0].name == "Matt Damon"  # a prefix, not a typo


def test_exact_beats_prefix_beats_fuzzy_whatever_the_film_counts() -> None:
    many = [("Lena Olin", None)]  # fuzzy for "pena": in three films
    lib = library_of(
        review("a", "Alpha", cast=[("Dan Pena", None), *many]),
        review("b", "Beta", cast=[("Ana Penalver", None), *many]),
        review("c", "Gamma", cast=many),
    )
    hits = Searcher(lib).people("pena", "actor")
    assert [(h.name, h.match) for h in hits] == [
        ("Dan Pena", MatchKind.EXACT),
        ("Ana Penalver", MatchKind.PREFIX),
        ("Lena Olin", MatchKind.FUZZY),
    ]
    assert hits[0].score > hits[1].score > hits[2].score


def test_ties_go_to_more_films_then_alphabetical() -> None:
    lib = library_of(
        review("a", "Alpha", cast=[("Carl Berg", None), ("Zoe Berg", None)]),
        review("b", "Beta", cast=[("Zoe Berg", None), ("Adam Berg", None)]),
    )
    names = [h.name for h in Searcher(lib).people("berg", "actor")]
    assert names == ["Zoe Berg", "Adam Berg", "Carl Berg"]


def test_roles_are_kept_apart(index: Searcher) -> None:
    assert [h.role for h in index.people("ayer")] == ["director"]
    assert index.people("ayer", "actor") == []
    (dev,) = index.people("dev", "reviewer")
    assert dev.film_count == 2
    assert all(credit is None for _, credit in dev.films)


def test_limit_is_respected(index: Searcher) -> None:
    assert len(index.people("m", limit=2)) == 2
    assert index.people("m", limit=0) == []


# -- films -------------------------------------------------------------------------------


def test_films_by_title_year_prefix_and_typo(index: Searcher) -> None:
    assert [h.name for h in index.films("martian")] == ["The Martian (2015)"]
    assert index.films("martian 2015")[0].spans == ((4, 11), (13, 17))
    assert index.films("nomad")[0].match is MatchKind.PREFIX
    typo = index.films("martain")
    assert typo[0].name == "The Martian (2015)"
    assert typo[0].match is MatchKind.FUZZY


def test_two_reviews_of_one_film_are_one_film_hit() -> None:
    lib = library_of(
        review("up-1", "Up", 2009, reviewer="A"),
        review("up-2", "Up", 2009, reviewer="B"),
        review("upgrade", "Upgrade", 2018),
    )
    hits = Searcher(lib).films("up")
    assert [h.name for h in hits] == ["Up (2009)", "Upgrade (2018)"]
    assert {r.id for r in hits[0].reviews} == {"up-1", "up-2"}


# -- full text ---------------------------------------------------------------------------


def test_text_gives_the_section_and_a_snippet_with_spans(index: Searcher) -> None:
    hits = index.text("NASA")
    assert [(h.review.id, h.section_index) for h in hits] == [("a-million-miles-away", 1)]
    hit = hits[0]
    assert hit.heading == "What’s the Movie About?"
    assert [hit.snippet[a:b] for a, b in hit.spans] == ["NASA"]


def test_text_ignores_accents_and_finds_the_best_section(index: Searcher) -> None:
    hits = {h.review.id: h for h in index.text("pena pilot")}
    assert set(hits) == {"the-martian"}
    hit = hits["the-martian"]
    assert hit.section_index == 1
    assert {hit.snippet[a:b] for a, b in hit.spans} == {"Peña", "pilot"}


def test_text_matches_headings(index: Searcher) -> None:
    hits = index.text("verdict")
    assert [(h.review.id, h.section_index) for h in hits] == [("a-million-miles-away", 2)]


def test_text_prefix_and_typo(index: Searcher) -> None:
    assert {h.review.id for h in index.text("astro")} == {"a-million-miles-away", "the-martian"}
    assert index.text("astro", prefix=False) == []
    typo = index.text("astronuat")
    assert {h.review.id for h in typo} == {"a-million-miles-away", "the-martian"}
    assert all(h.snippet[a:b] == "astronaut" for h in typo for a, b in h.spans)


def test_text_needs_every_word(index: Searcher) -> None:
    assert [h.review.id for h in index.text("astronaut potatoes")] == ["the-martian"]
    assert index.text("astronaut submarine") == []
    assert index.text("   ") == []


def test_text_within_limits_to_reviews(index: Searcher) -> None:
    martian = index.library.get("the-martian")
    assert martian is not None
    hits = index.text("astronaut", within={martian.docno})
    assert [h.review.id for h in hits] == ["the-martian"]


# -- mixed answers -----------------------------------------------------------------------


def test_search_by_actor_gives_each_review_with_its_credit(index: Searcher) -> None:
    results = index.search(actor="peña")
    assert {r.review.id for r in results} == {"a-million-miles-away", "end-of-watch", "the-martian"}
    matched = {r.review.id: r.matched for r in results}
    assert matched["end-of-watch"] == {
        "field": "cast",
        "value": "Michael Peña",
        "how": "exact",
        "credit": {"actor": "Michael Pena", "role": "Mike Zavala"},
    }
    assert "as Mike Zavala" in next(r for r in results if r.review.id == "end-of-watch").describe()


def test_free_text_keeps_only_the_best_kind_of_name_match(index: Searcher) -> None:
    """ "pena" is an exact actor; the reviewer Lena (one typo away) must not come along."""
    results = index.search("pena")
    assert "nomadland" not in {r.review.id for r in results}
    assert results[0].matches[0].field == "cast"


def test_search_combines_criteria(index: Searcher) -> None:
    both = index.search("astronaut", actor="pena")
    assert {r.review.id for r in both} == {"a-million-miles-away", "the-martian"}
    assert [m.field for m in both[0].matches] == ["cast", "text"]
    assert "also" in both[0].matched
    assert index.search("astronaut", actor="pena", director="ayer") == []
    assert [r.review.id for r in index.search(director="scott", reviewer="dev")] == ["the-martian"]


def test_search_prefix_restricts_the_kind(index: Searcher) -> None:
    assert {r.review.id for r in index.search("title:martian")} == {"the-martian"}
    # "martian" also appears in no text; "text:" looks only there.
    assert index.search("text:martian") == []
    assert {r.review.id for r in index.search("@salazar")} == {"a-million-miles-away"}


def test_suggest_mixes_kinds_and_honours_prefixes(index: Searcher) -> None:
    kinds = [type(h).__name__ for h in index.suggest("text:astronaut")]
    assert kinds == ["TextHit", "TextHit"]
    names = index.suggest("@mich")
    assert [getattr(h, "name", None) for h in names] == ["Michael Peña"]
    first = index.suggest("martian")
    assert type(first[0]).__name__ == "FilmHit"


def test_run_search_for_the_cli(library: Library) -> None:
    results = run_search(library, "", actor="salazr")
    assert [r.review.id for r in results] == ["a-million-miles-away"]
    assert results[0].matched["how"] == "fuzzy"


def test_matched_is_json_for_search_json(index: Searcher) -> None:
    (result,) = index.search("nasa", actor="pena")
    matched = json.loads(json.dumps(result.matched))
    assert matched["field"] == "cast"
    assert matched["also"] == [
        {
            "field": "text",
            "value": result.matches[1].value,
            "how": "text",
            "section": 1,
            "heading": "What’s the Movie About?",
        }
    ]


# -- the catalog and a growing library -----------------------------------------------------


def _write(root: Path, name: str, text: str) -> None:
    (root / f"{name}.txt").write_text(
        f"{name.title()} (2020) Review\n\n{text}\n\nJane Doe\nJane writes about films.\n",
        encoding="utf-8",
    )


def test_full_text_follows_the_folder_as_it_changes(tmp_path: Path) -> None:
    root, cache = tmp_path / "reviews", tmp_path / "cache"
    root.mkdir()
    _write(root, "alpha", "A heist in a lighthouse, told with patience.")
    library = Library.scan(root, cache_dir=cache)
    with Searcher(library) as first:
        assert first.prepare_text() == 1
        assert [h.review.id for h in first.text("lighthouse")] == ["alpha"]

    _write(root, "beta", "A lighthouse keeper and a submarine, told with patience.")
    library = Library.scan(root, cache_dir=cache, full=False)
    with Searcher(library) as grown:
        assert grown.prepare_text() == 1  # only the new review
        assert {h.review.id for h in grown.text("lighthouse")} == {"alpha", "beta"}
        assert [h.name for h in grown.films("beta")] == ["Beta (2020)"]

    _write(root, "alpha", "A vineyard in winter, told with patience.")
    library = Library.scan(root, cache_dir=cache)
    with Searcher(library) as changed:
        assert changed.prepare_text() == 1
        assert [h.review.id for h in changed.text("lighthouse")] == ["beta"]
        assert [h.review.id for h in changed.text("vineyard")] == ["alpha"]


def test_full_text_is_indexed_from_the_catalog_without_reading_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "reviews"
    shutil.copytree(samples_dir(), root)
    library = Library.scan(root, cache_dir=tmp_path / "cache")
    for path in root.glob("*.txt"):
        path.write_bytes(b"")  # any read of a file would now find nothing

    def no_reading(*args: object, **kwargs: object) -> object:
        raise AssertionError("a file was read again")

    monkeypatch.setattr(refresh_module, "parse_safely", no_reading)
    monkeypatch.setattr("reeltui.parse.parse_file", no_reading)
    with Searcher(Library.load(root, tmp_path / "cache")) as index:
        assert index.prepare_text() == len(library)
        hits = index.text("potatoes")
        assert [h.review.id for h in hits] == ["the-martian-2015"]
        assert not hasattr(hits[0].review, "sections")


def test_a_broken_catalog_is_rebuilt_for_search(tmp_path: Path) -> None:
    root, cache = tmp_path / "reviews", tmp_path / "cache"
    shutil.copytree(samples_dir(), root)
    Library.scan(root, cache_dir=cache)
    [path] = cache.glob("catalog-*.sqlite3")
    for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        extra.unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    with Searcher(Library.scan(root, cache_dir=cache)) as index:
        assert "a-million-miles-away-2023" in {h.review.id for h in index.text("nasa")}


def test_an_unwritable_cache_falls_back_to_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    library = Library.scan(samples_dir(), cache_dir=blocker / "cache")
    assert not library.catalog.persistent
    with Searcher(library) as index:
        assert "a-million-miles-away-2023" in {h.review.id for h in index.text("nasa")}


def test_names_follow_a_growing_library(library: Library) -> None:
    assert Searcher(library).people("gyllenhaal", "actor")[0].film_count == 1
    library.add_reviews([review("zodiac", "Zodiac", 2007, cast=[("Jake Gyllenhaal", None)])])
    library.load_entries()
    assert Searcher(library).people("gyllenhaal", "actor")[0].film_count == 2
    assert Searcher(library, in_memory=False).people("gyllenhaal", "actor")[0].film_count == 2


def test_samples_find_michael_pena_however_spelt() -> None:
    lib = Library.scan(samples_dir())
    (hit,) = Searcher(lib).people("pena", "actor")
    keys = {r.film_key for r, _ in hit.films}
    assert {"a-million-miles-away-2023", "the-martian-2015"} <= keys
    assert hit.name == "Michael Peña"


# -- matching primitives -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("michael", "micheal", 1), ("salazr", "salazar", 1), ("pena", "pane", 2), ("abc", "abc", 0)],
)
def test_osa_distance(a: str, b: str, distance: int) -> None:
    assert osa_distance(a, b, 3) == distance


def test_tokens_fold_and_join_apostrophes() -> None:
    tokenizer = Tokenizer()
    assert tokenizer.tokens("Lupita Nyong’o") == ("lupita", "nyongo")
    assert tokenizer.tokens("Aitana Sánchez-Gijón") == ("aitana", "sanchez", "gijon")
    spans = tokenizer.spans("Zoë Kravitz")
    assert [(s.token, s.start, s.end) for s in spans] == [("zoe", 0, 3), ("kravitz", 4, 11)]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=40))
def test_spans_and_tokens_agree(text: str) -> None:
    tokenizer = Tokenizer()
    spans = tokenizer.spans(text)
    assert tuple(s.token for s in spans) == tokenizer.tokens(text)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)


_QUERY = st.one_of(
    st.text(max_size=60),
    st.text(st.characters(blacklist_categories=()), max_size=20),  # lone surrogates too
    st.lists(
        st.sampled_from(
            ['"', "*", "(", ")", "NEAR", "AND", "OR", "NOT", ":", "@", "^", "-", "'", "pena", "a"]
        ),
        max_size=8,
    ).map(" ".join),
)


@pytest.fixture(scope="module")
def shared_index() -> Iterator[Searcher]:
    lib = library_of(
        review(
            "one",
            "Amores Perros",
            2000,
            cast=[("Gael García Bernal", "Octavio")],
            sections=[(None, ["Dogs, love and a car crash in México City."])],
        )
    )
    with Searcher(lib) as index:
        yield index


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=_QUERY)
def test_no_query_raises(shared_index: Searcher, query: str) -> None:
    parse_query(query)
    assert isinstance(shared_index.people(query), list)
    assert isinstance(shared_index.films(query), list)
    for hit in shared_index.text(query):
        assert all(0 <= a < b <= len(hit.snippet) for a, b in hit.spans)
    assert isinstance(shared_index.suggest(query, with_text=True), list)
    shared_index.search(query, actor=query, director=query, reviewer=query)


# -- in memory or from the catalog: the same answers -------------------------------------


def _queries(library: Library) -> list[str]:
    """Names and titles of the library, whole, cut short, misspelt and mixed up."""
    queries: list[str] = ["m", "mi", "pe", "sal", "2015", "x"]
    for entry in library:
        card = library.card(entry)
        assert card is not None
        for name in (entry.film.label, *card.directors, *(c.actor for c in card.cast)):
            words = name.split()
            queries += [name, name.lower(), words[0][:3], words[-1], " ".join(reversed(words))]
            if len(words[-1]) > 4:
                last = words[-1]
                queries.append(last[:2] + last[3] + last[2] + last[4:])  # two letters swapped
                queries.append(last[:-1])
    return sorted(set(queries))


def test_the_catalog_answers_names_as_the_matchers_in_memory_do() -> None:
    library = Library.scan(samples_dir())
    memory, catalog = Searcher(library, in_memory=True), Searcher(library, in_memory=False)

    def people(index: Searcher, query: str) -> list[tuple[object, ...]]:
        return [
            (h.name, h.role, h.film_count, h.score, h.spans, [e.id for e, _ in h.films])
            for h in index.people(query, limit=8)
        ]

    def films(index: Searcher, query: str) -> list[tuple[object, ...]]:
        return [(h.name, h.score, [e.id for e in h.reviews]) for h in index.films(query, 8)]

    for query in _queries(library):
        assert people(memory, query) == people(catalog, query), query
        assert films(memory, query) == films(catalog, query), query
    assert [(r.review.id, r.describe()) for r in memory.search("pena")] == [
        (r.review.id, r.describe()) for r in catalog.search("pena")
    ]


def test_names_are_found_after_the_text_vocabulary_was_rebuilt_in_bulk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bulk indexing reads the words back through a temporary table of SQLite's; the names'
    # own tables must not be shadowed by it.
    monkeypatch.setattr("reeltui.search.fulltext.store._VOCABULARY_BY_HAND", 0)
    library = Library.scan(samples_dir(), cache_dir=tmp_path)
    with Searcher(library, in_memory=False) as index:
        assert index.prepare_text() == len(library)
        assert [h.name for h in index.people("micheal pena", "actor")] == ["Michael Peña"]
        assert [h.review.id for h in index.text("astronuat")][:1] == ["the-martian-2015"]
