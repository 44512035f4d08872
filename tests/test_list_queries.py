"""The read commands answer from the catalog with queries, whatever the size of the library:
no command loads every review's entry, and `list` reads each of its orders from an index of the
catalog, giving exactly what sorting the loaded entries in Python gave."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reeltui.cli.common import Context, print_json, print_json_array
from reeltui.cli.main import main
from reeltui.library import Library, SortKey, sort_entries
from reeltui.library.catalog import FILM, ROLE_KINDS, SCHEMA_VERSION, Catalog
from reeltui.library.listing import FirstRows, Listing
from reeltui.model import Film, Format, Kind, Review, Reviewer
from reeltui.paths import resolve

from bookmark_files import MARTIAN_WATCHED, samples_with_bookmarks

BOOKMARKS = (
    MARTIAN_WATCHED
    + """
[[bookmark]]
film_key = "saltburn-2023"
title = "Saltburn"
year = 2023
status = "to-watch"
added = 2026-11-21T12:00:00Z
"""
)

#: Every command that only reads, with the options that change how it reads.
READ_COMMANDS: tuple[tuple[str, ...], ...] = (
    *(("list", "--sort", key.value) for key in SortKey),
    *(("list", "--sort", key.value, "--json", "--bookmarked") for key in SortKey),
    ("list", "--json", "--offset", "3", "--limit", "4"),
    ("show", "the-martian-2015"),
    ("show", "the-martian-2015", "--json"),
    ("show", "a-million-miles-away-2023", "--json"),
    ("search", "astronaut", "--json"),
    ("search", "--actor", "pena"),
    ("search", "--director", "scott", "--json"),
    ("search", "--reviewer", "talukdar"),
    ("person", "Matt Damon", "--json"),
    ("person", "Michael Pena"),
    ("bookmarks", "list"),
    ("bookmarks", "list", "--json"),
    ("bookmarks", "export", "--format", "letterboxd"),
    ("bookmarks", "export", "--json"),
    ("check", "--json"),
)


@pytest.fixture
def samples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the samples as the data folder, with two films bookmarked."""
    data = samples_with_bookmarks(tmp_path, monkeypatch, BOOKMARKS)
    return data


def _caches(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A cache folder, and one that cannot be made (the catalog then lives in memory)."""
    yield "cache", tmp_path / "cache"
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    yield "no cache", blocker / "cache"


def _run(*command: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(command), out=out)
    return code, out.getvalue()


def test_no_read_command_loads_every_entry(
    samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("a command loaded every entry of the library")

    monkeypatch.setattr(Catalog, "entries", refuse)
    monkeypatch.setattr(Library, "load_entries", refuse)
    for label, cache in _caches(tmp_path):
        monkeypatch.setenv("REELTUI_CACHE", str(cache))
        for command in READ_COMMANDS:
            code, out = _run(*command)
            assert code == 0 and out.strip(), (label, command)
        # Changes look films up the same way.
        assert _run("bookmarks", "add", "A Million Miles Away")[0] == 0, label
        assert _run("bookmarks", "remove", "a-million-miles-away-2023")[0] == 0, label


@pytest.mark.parametrize("key", list(SortKey))
def test_list_gives_the_order_of_the_loaded_entries(
    samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: SortKey
) -> None:
    library = Library.scan(samples)
    expected = [e.id for e in sort_entries(library.entries, key)]
    bookmarked = {"the-martian-2015", "saltburn-2023"}
    marked = [e.id for e in sort_entries(library.entries, key) if e.film_key in bookmarked]
    assert len(expected) >= 13 and len(marked) >= 4
    for label, cache in _caches(tmp_path):
        monkeypatch.setenv("REELTUI_CACHE", str(cache))
        code, out = _run("list", "--sort", key.value, "--json")
        assert code == 0, label
        assert [review["id"] for review in json.loads(out)] == expected, label
        code, out = _run("list", "--sort", key.value)
        assert [line.split()[-1] for line in out.splitlines()] == expected, label
        starred = [line.split()[-1] for line in out.splitlines() if line.startswith("*")]
        assert starred == marked, label
        code, out = _run("list", "--sort", key.value, "--bookmarked")
        assert [line.split()[-1] for line in out.splitlines()] == marked, label


def test_a_page_of_the_list_is_a_slice_of_the_whole(
    samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REELTUI_CACHE", str(tmp_path / "cache"))
    for extra in ((), ("--json",)):
        whole = _run("list", "--sort", "reviewer", *extra)[1]
        lines = whole.splitlines()
        everything = json.loads(whole) if extra else lines
        for offset, limit in ((0, 1), (3, 4), (10, 100), (100, 5), (0, 0)):
            page = _run(
                "list", "--sort", "reviewer", "--offset", str(offset), "--limit", str(limit), *extra
            )[1]
            chosen = everything[offset : offset + limit]
            if extra:
                assert json.loads(page) == chosen
                assert page == _json_text(chosen)
            else:
                assert page.splitlines() == chosen
        assert _run("list", "--sort", "reviewer", "--offset", "2", *extra)[1] == (
            _json_text(everything[2:]) if extra else "".join(f"{line}\n" for line in lines[2:])
        )


def test_a_negative_page_is_bad_usage(samples: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for option in ("--limit", "--offset"):
        with pytest.raises(SystemExit) as exited:
            main(["list", option, "-1"])
        assert exited.value.code == 2
        assert "0 or more" in capsys.readouterr().err


def _json_text(value: object) -> str:
    out = io.StringIO()
    print_json(Context(args=None, paths=resolve(), out=out), value)  # type: ignore[arg-type]
    return out.getvalue()


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


@given(st.lists(JSON, max_size=5))
def test_a_streamed_json_array_is_the_array_printed_whole(values: list[Any]) -> None:
    out = io.StringIO()
    print_json_array(Context(args=None, paths=resolve(), out=out), iter(values))  # type: ignore[arg-type]
    assert out.getvalue() == _json_text(values)


# -- the orders of the catalog against those of the loaded entries -----------------------------

TITLES = ["Heat", "heat", "Héat", "Alien", "ALIEN", "Ça va", "ca va", "Zulu", "Émile", "emile"]
REVIEWERS = [None, "Ana Peña", "ana pena", "ANA PENA", "Bo", "bo", "Zed", "Ågot", "agot"]
#: Folders whose byte order is not the walk's ("a b/x" sorts before "a/x" byte by byte).
FOLDERS = ["", "a/", "a b/", "a-b/", "a!/", "z/", "a/b/"]

REVIEW = st.tuples(
    st.sampled_from(TITLES),
    st.sampled_from([None, 1995, 2001]),
    st.sampled_from([None, 1, 2]),
    st.sampled_from(REVIEWERS),
    st.sampled_from([1.0, 2.0, 2.5]),
    st.sampled_from(FOLDERS),
)


def _library(root: Path, rows: list[tuple[Any, ...]]) -> Library:
    reviews = []
    for number, (title, year, season, reviewer, mtime, folder) in enumerate(rows):
        kind = Kind.SERIES if season is not None else Kind.FILM
        reviews.append(
            Review(
                id=f"review-{number}",
                path=root / f"{folder}r{number}.txt",
                format=Format.SCRAPED,
                headline=title,
                film=Film(title, year, kind, season),
                reviewer=Reviewer(reviewer) if reviewer is not None else None,
                mtime=mtime,
            )
        )
    return Library.from_reviews(root, reviews)


@settings(max_examples=150)
@given(rows=st.lists(REVIEW, max_size=30), chosen=st.sets(st.integers(0, 29), max_size=6))
def test_the_catalog_orders_as_the_entries_sort(
    rows: list[tuple[Any, ...]], chosen: set[int]
) -> None:
    library = _library(Path("/reviews"), rows)
    try:
        loaded = library.catalog.entries()
        film_keys = {loaded[i].film_key for i in chosen if i < len(loaded)}
        for key in SortKey:
            expected = sort_entries(loaded, key, presorted=True)
            assert expected == sort_entries(loaded, key)
            assert list(library.catalog.ordered(key)) == expected, key
            picked = [e for e in expected if e.film_key in film_keys]
            assert list(library.catalog.ordered(key, film_keys)) == picked, key
    finally:
        library.close()


@settings(max_examples=100)
@given(rows=st.lists(REVIEW, max_size=30), most=st.integers(1, 12))
def test_the_first_films_are_the_first_rows_of_the_listing(
    rows: list[tuple[Any, ...]], most: int
) -> None:
    library = _library(Path("/reviews"), rows)
    try:
        for key in SortKey:
            listing = Listing(library.entries, key, sorted_by=SortKey.TITLE)
            whole = listing.rows()
            first = library.catalog.first_films(key, most)
            assert list(first.entries) == list(whole.entries[:most]), key
            assert [first.counts[e.film_key] for e in first.entries] == [
                row.reviews for row in whole[:most]
            ]
            assert (first.films, first.reviews) == (listing.films, listing.total)
            shown = FirstRows(first.entries, first.counts, first.films)
            assert len(shown) == len(whole) and shown.known == min(most, len(whole))
            assert list(shown) == list(whole[: shown.known])
    finally:
        library.close()


def test_an_iterator_left_half_way_lets_the_catalog_go_on(tmp_path: Path) -> None:
    library = _library(tmp_path, [(t, 2001, None, "Bo", 1.0, "") for t in TITLES])
    try:
        orders = library.catalog.ordered(SortKey.TITLE)
        first = next(orders)
        orders.close()
        assert next(e.id for e in library.catalog.ordered(SortKey.TITLE)) == first.id
        assert library.catalog.counts() == (len(TITLES), len(TITLES))
    finally:
        library.close()


# -- the catalog of the version before: upgraded in place ---------------------------------------


def _older_catalog_reopened(
    samples: Path, tmp_path: Path, indexes: tuple[str, ...], version: str
) -> tuple[Library, set[str]]:
    """Scan the samples, take the catalog back to `version` (without `indexes`), open the
    folder again: the library, once its catalog is checked to be of today's version with every
    document kept, and the catalog's indexes then."""
    cache = tmp_path / "cache"
    Library.scan(samples, cache_dir=cache).close()
    [path] = cache.glob("catalog-*.sqlite3")
    db = sqlite3.connect(path, isolation_level=None)
    for index in indexes:
        db.execute(f"DROP INDEX {index}")
    db.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (version,))
    stamps = db.execute("SELECT docno, stamp FROM docs ORDER BY docno").fetchall()
    db.close()
    library = Library.open_folder(samples, cache)
    db = sqlite3.connect(path)
    assert db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone() == (SCHEMA_VERSION,)
    assert db.execute("SELECT docno, stamp FROM docs ORDER BY docno").fetchall() == stamps
    found = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    db.close()
    return library, found


def test_a_catalog_of_version_5_gains_the_indexes_and_keeps_its_documents(
    samples: Path, tmp_path: Path
) -> None:
    added = ("docs_year", "docs_added", "docs_reviewer")
    library, indexes = _older_catalog_reopened(samples, tmp_path, added, "5")
    assert set(added) <= indexes
    changes = library.refresh()
    assert not changes  # nothing read again
    assert [e.id for e in library.catalog.ordered(SortKey.YEAR)] == [
        e.id for e in sort_entries(library.entries, SortKey.YEAR)
    ]
    library.close()


def test_a_catalog_of_version_6_gains_the_names_order_and_keeps_its_documents(
    samples: Path, tmp_path: Path
) -> None:
    library, indexes = _older_catalog_reopened(samples, tmp_path, ("names_rank",), "6")
    assert "names_rank" in indexes
    assert not library.refresh()  # nothing read again
    library.close()


def test_the_names_are_read_in_ranking_order_from_an_index(samples: Path, tmp_path: Path) -> None:
    """The searcher's names come in ranking order from an index, never sorted in memory."""
    cache = tmp_path / "cache"
    library = Library.scan(samples, cache_dir=cache)
    catalog = library.catalog
    catalog.settle_names()
    seen: list[str] = []
    catalog._reader.set_trace_callback(seen.append)  # what the queries are, not what they give
    for kind in (*ROLE_KINDS.values(), FILM):
        words = [text for _, text in catalog.name_words(kind)]
        rows = catalog.names(kind)
        assert words == [row.tokens for row in rows]
        ranked = sorted(rows, key=lambda row: (-row.weight, row.tokens, row.display))
        assert rows == ranked and words
    catalog._reader.set_trace_callback(None)
    ordered = [query for query in seen if "ORDER BY weight DESC" in query]
    assert len(ordered) == 8
    for query in ordered:
        plan = " ".join(
            str(row[-1]) for row in catalog._reader.execute(f"EXPLAIN QUERY PLAN {query}")
        )
        assert "names_rank" in plan and "TEMP B-TREE" not in plan, plan
    library.close()


def test_the_list_orders_read_an_index(samples: Path, tmp_path: Path) -> None:
    """Each order is a walk of an index, never a sort of the whole library."""
    cache = tmp_path / "cache"
    Library.scan(samples, cache_dir=cache).close()
    [path] = cache.glob("catalog-*.sqlite3")
    seen: list[str] = []
    library = Library.open_folder(samples, cache)
    reader = library.catalog._reader  # what the queries are, not what they give
    reader.set_trace_callback(seen.append)
    for key in SortKey:
        list(library.catalog.ordered(key))
    reader.set_trace_callback(None)
    library.close()
    db = sqlite3.connect(path)
    selects = [sql for sql in seen if sql.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert len(selects) >= len(SortKey)
    for sql in selects:
        plan = " ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "USING" in plan and "INDEX" in plan, (sql, plan)
        # (Only the reviews of one reviewer spelt several ways are sorted: a few at a time.)
        several = "reviewer IN (" in sql and "," in sql.split("reviewer IN (")[1].split(")")[0]
        assert several or "TEMP B-TREE" not in plan, (sql, plan)
    db.close()
