"""Letterboxd both ways: reading its export files, matching films, importing, writing parts.

The files in tests/data/letterboxd/ are written from the shape of Letterboxd's export (CRLF
line ends, `Date,Name,Year,Letterboxd URI` and the diary's extra columns); the films, dates and
addresses in them are made up.
"""

from __future__ import annotations

import csv
import io
import os
import time
import tomllib
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reeltui.bookmarks import Bookmark, BookmarkStore, ImportedFilm, Status
from reeltui.bookmarks import letterboxd as lb
from reeltui.bookmarks.letterboxd import (
    PART_ROWS,
    WATCHED_COLUMNS,
    WATCHLIST_COLUMNS,
    LetterboxdError,
    ListKind,
    UnclearKind,
    import_letterboxd,
    match_films,
    part_paths,
    read_letterboxd,
    write_letterboxd,
    write_parts,
)
from reeltui.library import Library
from reeltui.model import Film, Format, Review
from reeltui.text import clean_line

FILES = Path(__file__).resolve().parent / "data" / "letterboxd"
WATCHLIST, WATCHED, DIARY = FILES / "watchlist.csv", FILES / "watched.csv", FILES / "diary.csv"
ALL = [WATCHLIST, WATCHED, DIARY]
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def review(title: str, year: int | None, *directors: str) -> Review:
    rid = f"{title}-{year}".lower().replace(" ", "-")
    return Review(
        rid, Path(f"{rid}.txt"), Format.SCRAPED, f"{title} Review", Film(title, year), directors
    )


#: The reviews of the library the files are matched against: six of the twelve films have one.
REVIEWS = [
    review("Drive My Car", 2021, "Ryusuke Hamaguchi"),
    review("Amores Perros", 2000, "Alejandro G. Iñárritu"),
    review("The Martian", 2015, "Ridley Scott"),
    review("Roma", 2018, "Alfonso Cuarón"),
    review("Nomadland", 2020, "Chloé Zhao"),
    review("Parallel Mothers", 2021, "Pedro Almodóvar"),
    review("Heat", 1986, "Dick Richards"),
]
#: How an import finds them: the library's catalog, as the CLI and the TUI give it.
LIBRARY = Library.from_reviews(Path("."), REVIEWS).catalog.film_titled


def clock() -> datetime:
    return NOW


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "bookmarks.toml"


@pytest.fixture
def store(path: Path) -> BookmarkStore:
    return BookmarkStore.open(path, clock=clock)


def write(tmp_path: Path, name: str, text: str, *, encoding: str = "utf-8") -> Path:
    target = tmp_path / name
    target.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return target


def failure(path: Path, kind: ListKind | None = None) -> str:
    with pytest.raises(LetterboxdError) as caught:
        read_letterboxd(path, kind)
    message = str(caught.value)
    assert "\n" not in message and message
    return message


# -- reading ---------------------------------------------------------------------------------


def test_the_three_export_files_are_read_for_what_they_list() -> None:
    watchlist, watched, diary = (read_letterboxd(p) for p in ALL)
    assert (watchlist.kind, watchlist.decided_by) == (ListKind.WATCHLIST, "by its name")
    assert (watched.kind, watched.decided_by) == (ListKind.WATCHED, "by its name")
    assert (diary.kind, diary.decided_by) == (ListKind.WATCHED, "by its columns")
    assert [len(f.rows) for f in (watchlist, watched, diary)] == [6, 4, 6]
    assert [r.title for r in watchlist.rows] == [
        "Drive My Car",
        "Crouching Tiger, Hidden Dragon",
        "Amores perros",
        'Say "Cheese", Again',
        "Untitled Lighthouse Project",
        "Mañana es hoy",
    ]
    first = watchlist.rows[0]
    assert (first.line, first.year, first.added) == (2, 2021, date(2024, 2, 3))
    assert first.uri == "https://boxd.it/tA01"
    assert watchlist.rows[4].year is None  # an empty Year
    nomadland = diary.rows[3]
    assert (nomadland.line, nomadland.rating, nomadland.rewatch) == (5, 5.0, True)
    assert nomadland.watched_on == date(2024, 6, 1) and nomadland.tags == ("road",)
    assert diary.rows[1].tags == ("road", "quiet")
    # A diary's address is the viewing's, not the film's: it is not kept.
    assert all(row.uri is None for row in diary.rows)


def test_a_bom_extra_columns_and_other_delimiters(tmp_path: Path) -> None:
    text = (
        "\ufeffDate;Name;Year;Letterboxd URI;Liked;Watched Date\n"
        "2024-01-02;Heat;1986;https://letterboxd.com/film/heat/;Yes;2024-01-01\n"
    )
    file = read_letterboxd(write(tmp_path, "mine.csv", text))
    assert file.kind is ListKind.WATCHED and file.decided_by == "by its columns"
    (row,) = file.rows
    assert (row.title, row.year, row.watched_on) == ("Heat", 1986, date(2024, 1, 1))
    tabbed = write(tmp_path, "watchlist.tsv", "Title\tYear\nHeat\t1995\n\n\n")
    assert [(r.title, r.year) for r in read_letterboxd(tabbed).rows] == [("Heat", 1995)]


def test_utf16_and_windows_1252(tmp_path: Path) -> None:
    text = "Date,Name,Year,Letterboxd URI\n2024-05-20,Mañana es hoy,2019,\n"
    for encoding in ("utf-16", "cp1252"):
        rows = read_letterboxd(
            write(tmp_path, f"watchlist-{encoding}.csv", text, encoding=encoding)
        ).rows
        assert [r.title for r in rows] == ["Mañana es hoy"], encoding


def test_the_kind_is_asked_for_when_nothing_tells(tmp_path: Path) -> None:
    films = write(tmp_path, "films.csv", "Date,Name,Year,Letterboxd URI\n2024-01-01,Heat,1995,\n")
    with pytest.raises(UnclearKind, match=r"films\.csv"):
        read_letterboxd(films)
    assert read_letterboxd(films, ListKind.WATCHED).decided_by == "as asked"
    assert read_letterboxd(WATCHED, ListKind.WATCHLIST).kind is ListKind.WATCHLIST


HEADER = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n"
GOOD = "2024-01-02,Heat,1995,,4,,,2024-01-01\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('2024-01-02,"Heat,1995,,4,,,2024-01-01\n' + GOOD, "line 3: a quoted value that starts"),
        ('2024-01-02,"Heat"x,1995,,4,,,2024-01-01\n', "line 3: has text right after a closing"),
        ("2024-01-02,Heat, the Return,1995,,4,,,2024-01-01\n", "line 3: there are 9 values"),
        ("2024-01-02,Heat,1995\n", "line 3: there are 3 values where the first line names 8"),
        ("2024-01-02,Heat,nineteen,,4,,,2024-01-01\n", "line 3: the Year 'nineteen' is not"),
        ("2024-01-02,Heat,1995,,4,,,01/02/2024\n", "line 3: the Watched Date '01/02/2024'"),
        ("2024-13-02,Heat,1995,,4,,,2024-01-01\n", "line 3: the Date '2024-13-02' is not"),
        ("2024-01-02,Heat,1995,,7,,,2024-01-01\n", "line 3: the Rating '7' is not"),
        ("2024-01-02,Heat,1995,,4,maybe,,2024-01-01\n", "line 3: the Rewatch 'maybe'"),
        ("2024-01-02,Heat,1995,javascript:x,4,,,2024-01-01\n", "line 3: the Letterboxd URI"),
        ("2024-01-02, ,1995,,4,,,2024-01-01\n", "line 3: the film has no title"),
    ],
)
def test_a_malformed_line_is_one_sentence_naming_it(
    tmp_path: Path, body: str, expected: str
) -> None:
    message = failure(write(tmp_path, "diary.csv", HEADER + GOOD + body))
    assert message.startswith(f"{tmp_path / 'diary.csv'}, line 3: "), message
    assert expected in message


def test_a_quoted_title_over_lines_and_the_line_after_it(tmp_path: Path) -> None:
    body = '2024-01-02,"Heat\nPart Two",1995,,,,,\n2024-01-02,Heat,1995,,x,,,\n'
    message = failure(write(tmp_path, "diary.csv", HEADER + body))
    assert ", line 4: the Rating 'x'" in message
    rows = read_letterboxd(
        write(tmp_path, "ok.csv", HEADER + body.split("\n2024")[0] + "\n"), ListKind.WATCHED
    ).rows
    assert rows[0].title == "Heat Part Two"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"PK\x03\x04\x14\x00\x00\x00", "is a zip archive, not a CSV file; unzip"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is not a CSV file (it holds binary data)"),
        (b"<html><body>Watchlist</body></html>\n", "line 1: there is no Name or Title column"),
        (b'{"films": [{"title": "Heat"}]}\n', "line 1: there is no Name or Title column"),
    ],
)
def test_files_that_are_not_csv(tmp_path: Path, content: bytes, expected: str) -> None:
    target = tmp_path / "watchlist.csv"
    target.write_bytes(content)
    assert expected in failure(target)


def test_a_folder_and_a_missing_file(tmp_path: Path) -> None:
    assert failure(tmp_path) == f"{tmp_path} is a folder, not a CSV file"
    missing = tmp_path / "nope.csv"
    assert failure(missing) == f"could not read {missing} (there is no such file)"


def test_a_huge_line_is_refused_after_reading_a_bounded_part(tmp_path: Path) -> None:
    target = tmp_path / "watchlist.csv"
    with open(target, "wb") as out:
        out.write(b"Date,Name,Year,Letterboxd URI\n2024-01-01,")
        chunk = b"x" * (1 << 20)
        for _ in range(24):
            out.write(chunk)
    tracemalloc.start()
    try:
        message = failure(target)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "line 2: the line is longer than 1,048,576 characters" in message
    assert peak < 12 * (1 << 20), peak  # far less than the 24 MiB file


def test_a_file_of_too_many_rows_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "watchlist.csv"
    with open(target, "w", encoding="utf-8") as out:
        out.write("Name,Year\n")
        out.writelines(f"Film {n},2000\n" for n in range(30))
    with pytest.raises(LetterboxdError, match=r"has more than 25 films \(line 27\)"):
        read_letterboxd(target, max_rows=25)
    assert len(read_letterboxd(target, max_rows=30).rows) == 30


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    titles=st.lists(
        st.text(
            st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
            min_size=1,
            max_size=40,
        ),
        max_size=8,
    ),
    year=st.one_of(st.none(), st.integers(1874, 2099)),
)
def test_any_title_written_as_csv_is_read_back(
    tmp_path: Path, titles: list[str], year: int | None
) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Date", "Name", "Year", "Letterboxd URI"])
    for title in titles:
        writer.writerow(["2024-01-01", title, "" if year is None else year, ""])
    target = tmp_path / "watchlist.csv"
    target.write_text(out.getvalue(), encoding="utf-8", newline="")
    shown = [clean_line(t) for t in titles]
    if not all(shown):
        assert "the film has no title" in failure(target)
        return
    rows = read_letterboxd(target).rows
    assert [(r.title, r.year) for r in rows] == [(lb.clip(t), year) for t in shown]


# -- matching --------------------------------------------------------------------------------


def test_films_are_matched_by_title_and_year_whatever_the_case_and_accents() -> None:
    films = {f.film_key: f for f in match_films([read_letterboxd(p) for p in ALL], LIBRARY)}
    assert len(films) == 12
    roma = films["roma-2018"]  # "ROMA" in watched.csv
    assert (roma.title, roma.has_review, roma.status) == ("Roma", True, Status.WATCHED)
    assert films["amores-perros-2000"].title == "Amores Perros"  # the library's spelling
    assert sorted(key for key, f in films.items() if not f.has_review) == [
        "amelie-2001",
        "crouching-tiger-hidden-dragon-2000",
        "ikiru-1952",
        "manana-es-hoy-2019",
        "say-cheese-again-1987",
        "untitled-lighthouse-project",
    ]
    nomadland = films["nomadland-2020"]  # in watched.csv, and twice in the diary
    assert nomadland == ImportedFilm(
        film_key="nomadland-2020",
        title="Nomadland",
        year=2020,
        status=Status.WATCHED,
        has_review=True,
        added=date(2024, 1, 7),
        watched_on=date(2024, 6, 1),
        letterboxd_uri="https://boxd.it/wB03",
        rating=5.0,
        tags=("road",),
        rewatch=True,
    )
    ikiru = films["ikiru-1952"]
    assert (ikiru.rating, ikiru.tags, ikiru.rewatch) == (5.0, ("classics",), False)


def test_the_year_must_agree(tmp_path: Path) -> None:
    text = "Name,Year\nHeat,1995\nHeat,1986\nRoma,\n"
    films = match_films([read_letterboxd(write(tmp_path, "watchlist.csv", text))], LIBRARY)
    assert [(f.film_key, f.has_review) for f in films] == [
        ("heat-1995", False),
        ("heat-1986", True),
        ("roma", False),  # no year is not 2018
    ]


def test_without_a_library_no_film_has_a_review() -> None:
    films = match_films([read_letterboxd(WATCHLIST)], None)
    assert films and not any(f.has_review for f in films)


# -- importing -------------------------------------------------------------------------------


def raw(path: Path) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def test_import_writes_every_film_once(store: BookmarkStore, path: Path) -> None:
    report = import_letterboxd(store, ALL, LIBRARY)
    assert report.sentence() == "Imported 12 films (6 without a review)."
    tables = {t["film_key"]: t for t in raw(path)["bookmark"]}
    assert len(tables) == 12
    assert tables["say-cheese-again-1987"] == {
        "film_key": "say-cheese-again-1987",
        "title": 'Say "Cheese", Again',
        "year": 1987,
        "status": "to-watch",
        "added": date(2024, 3, 15),
        "letterboxd_uri": "https://boxd.it/tA04",
    }
    assert tables["nomadland-2020"]["watched_at"] == date(2024, 6, 1)
    assert tables["nomadland-2020"]["tags"] == ["road"] and tables["nomadland-2020"]["rewatch"]
    assert tables["roma-2018"]["status"] == "watched" and "watched_at" not in tables["roma-2018"]
    assert "year" not in tables["untitled-lighthouse-project"]
    amelie = store.get("amelie-2001")
    assert amelie is not None and amelie.watched_date == date(2024, 6, 9)
    assert amelie.added_date == date(2024, 6, 10)


def test_importing_again_changes_nothing(store: BookmarkStore, path: Path) -> None:
    import_letterboxd(store, ALL, LIBRARY)
    before = path.read_bytes(), path.stat().st_mtime_ns
    for files in (ALL, [DIARY], [WATCHLIST, WATCHLIST]):
        report = import_letterboxd(store, files, LIBRARY)
        assert report.counts.added == report.counts.updated == 0
        assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert import_letterboxd(store, ALL, LIBRARY).sentence() == (
        "Nothing new to import: all 12 films were already bookmarked."
    )


def test_import_completes_what_was_bookmarked_and_changes_nothing_else(
    store: BookmarkStore, path: Path
) -> None:
    store.add("nomadland-2020", "Nomadland", 2020, note="with Ana")
    store.add("the-martian-2015", "The Martian", 2015, status=Status.WATCHED)
    store.add("drive-my-car-2021", "Drive My Car", 2021, status=Status.WATCHED)
    report = import_letterboxd(store, ALL, LIBRARY)
    assert report.sentence() == (
        "Imported 9 films (6 without a review); 3 were already bookmarked "
        "(3 of them were updated from the file)."
    )
    nomadland = store.get("nomadland-2020")
    assert nomadland is not None and nomadland.status is Status.WATCHED
    assert nomadland.watched_day == date(2024, 6, 1) and nomadland.note == "with Ana"
    assert nomadland.added == NOW  # the day it was bookmarked here is kept
    martian = store.get("the-martian-2015")
    assert martian is not None and martian.watched_at == NOW  # watched here: kept
    assert martian.watched_day is None and martian.rating == 4.0
    drive = store.get("drive-my-car-2021")  # on the watchlist, watched here: stays watched
    assert drive is not None and drive.status is Status.WATCHED
    assert drive.letterboxd_uri == "https://boxd.it/tA01"


def test_a_film_known_by_its_address_is_not_bookmarked_twice(
    store: BookmarkStore, path: Path
) -> None:
    import_letterboxd(store, [WATCHLIST], None)  # no library: "amores-perros-2000" as listed
    store.remove("amores-perros-2000")
    store.add("amores-perros", "Amores perros", None)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'film_key = "amores-perros"',
            'film_key = "amores-perros"\nletterboxd_uri = "https://boxd.it/tA03"',
        ),
        encoding="utf-8",
    )
    store.load()
    report = import_letterboxd(store, [WATCHLIST], LIBRARY)
    assert report.counts.added == 0 and report.counts.already == 6
    assert "amores-perros-2000" not in store


def test_unknown_keys_survive_an_import(store: BookmarkStore, path: Path) -> None:
    path.write_text(
        'version = 1\ntheme = "x"\n[[bookmark]]\nfilm_key = "roma-2018"\ntitle = "Roma"\n'
        'year = 2018\nstatus = "to-watch"\nadded = 2025-01-01T00:00:00Z\nsource = { app = 1 }\n',
        encoding="utf-8",
    )
    store.load()
    import_letterboxd(store, [WATCHED], LIBRARY)
    data = raw(path)
    assert data["theme"] == "x"
    roma = data["bookmark"][0]
    assert roma["source"] == {"app": 1} and roma["status"] == "watched"
    assert roma["letterboxd_uri"] == "https://boxd.it/wB02"


def test_a_dry_run_writes_nothing(store: BookmarkStore, path: Path) -> None:
    report = import_letterboxd(store, ALL, LIBRARY, dry_run=True)
    assert report.sentence() == (
        "Would import 12 films (6 without a review); nothing was saved (a dry run)."
    )
    assert not path.exists() and len(store) == 0


def test_a_bad_file_among_good_ones_imports_nothing(
    store: BookmarkStore, path: Path, tmp_path: Path
) -> None:
    store.add("heat-1995", "Heat", 1995)
    before = path.read_bytes()
    bad = write(tmp_path, "diary2.csv", HEADER + "2024-01-02,Heat,1995,,9,,,\n")
    with pytest.raises(LetterboxdError, match="line 2"):
        import_letterboxd(store, [WATCHLIST, bad], LIBRARY)
    assert path.read_bytes() == before and store.unsaved == 0


def test_a_folder_is_the_export_files_in_it(store: BookmarkStore, tmp_path: Path) -> None:
    report = import_letterboxd(store, [FILES], LIBRARY)
    assert [f.path for f in report.files] == [WATCHLIST, WATCHED, DIARY]
    assert report.counts.added == 12
    empty = tmp_path / "export"
    empty.mkdir()
    (empty / "profile.csv").write_text("Username\nsomeone\n", encoding="utf-8")
    with pytest.raises(LetterboxdError) as caught:
        import_letterboxd(store, [empty], LIBRARY)
    assert str(caught.value) == (
        f"{empty} is a folder without watchlist.csv, watched.csv or diary.csv, so it is not "
        "Letterboxd's export"
    )


def test_nothing_listed(store: BookmarkStore, tmp_path: Path) -> None:
    empty = write(tmp_path, "watchlist.csv", "Date,Name,Year,Letterboxd URI\n")
    assert import_letterboxd(store, [empty], None).sentence() == (
        "Nothing to import: watchlist.csv lists no films."
    )


def test_one_film_and_one_already() -> None:
    report = lb.ImportReport((), (), lb.ImportCounts(added=1, without_review=1, already=1))
    assert report.sentence() == "Imported 1 film (1 without a review); 1 was already bookmarked."


# -- days ------------------------------------------------------------------------------------


@pytest.fixture
def far_west() -> Iterator[None]:
    """Local time ten hours behind UTC, where midnight UTC is the evening before."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Pacific/Honolulu"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


@pytest.mark.usefixtures("far_west")
def test_a_day_is_that_day_in_every_time_zone() -> None:
    day, _ = Bookmark.from_table(
        {
            "film_key": "x",
            "status": "watched",
            "added": date(2024, 6, 10),
            "watched_at": date(2024, 6, 9),
        }
    )
    assert (day.added_date, day.watched_date) == (date(2024, 6, 10), date(2024, 6, 9))
    assert day.watched_at == datetime(2024, 6, 9, tzinfo=UTC)  # what older code reads too
    assert day.to_json()["watched_at"] == "2024-06-09"
    moment, _ = Bookmark.from_table(
        {"film_key": "y", "status": "watched", "watched_at": datetime(2024, 6, 9, 5, tzinfo=UTC)}
    )
    assert moment.watched_date == date(2024, 6, 8)  # 19:00 the day before, in Honolulu
    assert moment.to_json()["watched_at"] == "2024-06-09T05:00:00Z"
    out = io.StringIO()
    write_letterboxd([day, moment], {}, out, watched=True)
    assert [row[4] for row in csv.reader(io.StringIO(out.getvalue()))][1:] == [
        "2024-06-09",
        "2024-06-08",
    ]


def test_odd_letterboxd_values_in_the_file_are_noted_and_left_alone() -> None:
    bookmark, notes = Bookmark.from_table(
        {"film_key": "x", "rating": 9, "tags": "a, b", "letterboxd_uri": 3, "rewatch": "yes"}
    )
    assert (bookmark.rating, bookmark.tags, bookmark.letterboxd_uri) == (None, (), None)
    assert not bookmark.rewatch and len(notes) == 3


# -- writing ---------------------------------------------------------------------------------


def many(count: int) -> list[Bookmark]:
    return [
        Bookmark(f"film-{n}", f"Film {n}", 2000, Status.WATCHED, watched_day=date(2024, 1, 1))
        for n in range(count)
    ]


def test_long_lists_are_split_into_parts_named_clearly(tmp_path: Path) -> None:
    target = tmp_path / "letterboxd-watched.csv"
    written = write_parts(many(2 * PART_ROWS + 1), {}, target, watched=True)
    assert [(p.name, n) for p, n in written] == [
        ("letterboxd-watched-1-of-3.csv", PART_ROWS),
        ("letterboxd-watched-2-of-3.csv", PART_ROWS),
        ("letterboxd-watched-3-of-3.csv", 1),
    ]
    for part, count in written:
        rows = list(csv.reader(part.open(encoding="utf-8")))
        assert rows[0] == list(WATCHED_COLUMNS) and len(rows) == count + 1
    assert not target.exists()
    assert write_parts(many(PART_ROWS), {}, target, watched=True) == [(target, PART_ROWS)]
    assert part_paths(target, 1) == [target]


def test_a_part_that_cannot_be_written_takes_back_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written: list[Path] = []
    real = lb.write_atomic

    def fail_on_the_second(path: Path, data: bytes, *, mode: int | None = None) -> None:
        if written:
            raise OSError(28, "No space left on device", str(path))
        written.append(path)
        real(path, data, mode=mode)

    monkeypatch.setattr(lb, "write_atomic", fail_on_the_second)
    with pytest.raises(OSError):
        write_parts(many(PART_ROWS + 1), {}, tmp_path / "w.csv", watched=True)
    assert written and list(tmp_path.iterdir()) == []


def test_import_export_and_import_again_lose_and_double_nothing(
    store: BookmarkStore, path: Path, tmp_path: Path
) -> None:
    import_letterboxd(store, ALL, LIBRARY)
    directors = {r.film_key: r.directors for r in REVIEWS}
    folder = tmp_path / "export"
    folder.mkdir()
    watched = [b for b in store.all() if b.watched]
    to_watch = [b for b in store.all() if not b.watched]
    files = write_parts(watched, directors, folder / "letterboxd-watched.csv", watched=True)
    files += write_parts(to_watch, directors, folder / "letterboxd-watchlist.csv", watched=False)
    exported = [p for p, _ in files]

    rows = list(csv.DictReader(exported[0].open(encoding="utf-8")))
    assert list(rows[0]) == list(WATCHED_COLUMNS)
    nomadland = next(r for r in rows if r["Title"] == "Nomadland")
    assert nomadland == {
        "Title": "Nomadland",
        "Year": "2020",
        "Directors": "Chloé Zhao",
        "LetterboxdURI": "https://boxd.it/wB03",
        "WatchedDate": "2024-06-01",
        "Rating": "5",
        "Rewatch": "true",
        "Tags": "road",
    }
    assert next(csv.reader(exported[1].open(encoding="utf-8"))) == list(WATCHLIST_COLUMNS)

    before = path.read_bytes()
    again = import_letterboxd(store, exported, LIBRARY)
    assert (again.counts.added, again.counts.already, again.counts.updated) == (0, 12, 0)
    assert path.read_bytes() == before

    fresh = BookmarkStore.open(tmp_path / "fresh.toml", clock=clock)
    assert import_letterboxd(fresh, exported, LIBRARY).counts.added == 12

    def essence(b: Bookmark) -> tuple[object, ...]:
        return (
            b.film_key,
            b.title,
            b.year,
            b.status,
            b.watched_date,
            b.letterboxd_uri,
            b.rating,
            b.tags,
            b.rewatch,
        )

    assert sorted(map(essence, fresh.all()), key=str) == sorted(map(essence, store.all()), key=str)


def test_a_removed_entry_is_put_back_whole(store: BookmarkStore, path: Path) -> None:
    import_letterboxd(store, [DIARY], LIBRARY)
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            'film_key = "nomadland-2020"', 'film_key = "nomadland-2020"\nsource = { app = 1 }'
        ),
        encoding="utf-8",
    )
    store.load()
    before = raw(path)["bookmark"]
    entry = store.entry("nomadland-2020")
    assert entry is not None and entry["rating"] == 5.0 and entry["source"] == {"app": 1}
    store.remove("nomadland-2020")
    assert store.entry("nomadland-2020") is None
    bookmark = store.put_back(entry)
    assert bookmark.rating == 5.0 and bookmark.watched_day == date(2024, 6, 1)
    after = raw(path)["bookmark"]
    assert sorted(after, key=str) == sorted(before, key=str)
    store.put_back({**entry, "note": "twice"})  # bookmarked already: kept as it is
    assert store.get("nomadland-2020") == bookmark
