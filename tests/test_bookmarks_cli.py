"""`reeltui bookmarks …`: FILM lookup, every action, exports, exit codes and error sentences."""

from __future__ import annotations

import argparse
import csv
import errno
import fcntl
import io
import json
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import pytest

from reeltui.bookmarks import BookmarkStore, Status
from reeltui.cli import bookmarks as bookmarks_cli
from reeltui.library import Library
from reeltui.model import Film, Format, Kind, Review
from reeltui.paths import Paths

from sample_paths import ROOT, SAMPLES


def review(
    rid: str, title: str, year: int | None, *directors: str, season: int | None = None
) -> Review:
    kind = Kind.SERIES if season is not None else Kind.FILM
    return Review(
        id=rid,
        path=Path(f"{rid}.txt"),
        format=Format.SCRAPED,
        headline=f"{title} ({year}) Review",
        film=Film(title, year, kind, season),
        directors=directors,
    )


REVIEWS = [
    review("amelie", "Amélie", 2001, "Jean-Pierre Jeunet"),
    review("heat-1995", "Heat", 1995, "Michael Mann"),
    review("heat-1986", "Heat", 1986, "Dick Richards"),
    review("reviews/the-batman", "The Batman", 2022, "Matt Reeves"),
    review("tv/severance", "Severance", 2025, "Ben Stiller", season=2),
]


class Cli:
    """Runs `reeltui bookmarks …` through a small parser, with the library given."""

    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data = tmp_path / "reviews"
        self.data.mkdir()
        self.bookmarks = tmp_path / "user" / "bookmarks.toml"
        self.reviews = list(REVIEWS)
        self.capsys = capsys

    def paths(self) -> Paths:
        return Paths(self.data, self.bookmarks, self.data / "c.toml", self.data / "cache")

    def __call__(self, *argv: str) -> tuple[int, str, str]:
        parser = argparse.ArgumentParser(prog="reeltui")
        bookmarks_cli.add_subparser(parser.add_subparsers(dest="command"))
        args = parser.parse_args(["bookmarks", *argv])
        out = io.StringIO()
        self.capsys.readouterr()
        code = bookmarks_cli.run(args, self.paths(), out)
        err = self.capsys.readouterr().err
        return code, out.getvalue(), err

    def store(self) -> BookmarkStore:
        return BookmarkStore.open(self.bookmarks)


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    runner = Cli(tmp_path, capsys)

    def library(paths: Paths) -> Library | None:
        if not paths.data.is_dir():
            return None
        return Library.from_reviews(paths.data, runner.reviews)

    monkeypatch.setattr(bookmarks_cli, "_library", library)
    return runner


def one_sentence(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("reeltui: "), err
    assert "Traceback" not in err
    return err


# -- FILM ------------------------------------------------------------------------------------


def test_add_by_title_ignores_case_and_accents(cli: Cli) -> None:
    code, out, err = cli("add", "AMELIE")
    assert (code, err) == (0, "")
    assert out == "bookmarked: Amélie (2001) [amelie-2001]\n"
    bookmark = cli.store().get("amelie-2001")
    assert bookmark is not None and bookmark.title == "Amélie" and bookmark.year == 2001


def test_add_by_review_id_film_key_and_season(cli: Cli) -> None:
    assert cli("add", "reviews/the-batman")[0] == 0
    assert cli("add", "severance-season-2-2025")[0] == 0
    assert cli("add", "heat-1986")[0] == 0
    store = cli.store()
    assert [b.film_key for b in store.all()] == [
        "the-batman-2022",
        "severance-season-2-2025",
        "heat-1986",
    ]
    assert store.all()[1].title == "Severance Season 2"


def test_an_ambiguous_title_names_the_candidates(cli: Cli) -> None:
    code, out, err = cli("add", "heat")
    assert code == 2 and out == ""
    one_sentence(err)
    assert "'heat' matches 2 films: Heat (1986) [heat-1986], Heat (1995) [heat-1995]" in err
    assert not cli.bookmarks.exists()
    assert cli("add", "Heat (1995)")[0] == 0
    assert cli.store().keys() == {"heat-1995"}


def test_an_unknown_title_is_a_usage_error(cli: Cli) -> None:
    code, _, err = cli("add", "nothing like it")
    assert code == 2
    assert "no film in" in one_sentence(err) and "'nothing like it'" in err
    code, _, err = cli("add", "Amelei")
    assert code == 2 and "did you mean 'Amélie'?" in one_sentence(err)


def test_a_part_of_a_title_that_names_one_film_is_enough(cli: Cli) -> None:
    assert cli("add", "batman")[0] == 0
    assert cli.store().keys() == {"the-batman-2022"}


def test_bookmarked_films_resolve_without_their_review(cli: Cli) -> None:
    cli("add", "amelie")
    cli.reviews = []  # the review file was deleted
    code, out, _ = cli("watched", "Amélie")
    assert code == 0 and out == "watched: Amélie (2001)\n"
    code, out, _ = cli("remove", "amelie")
    assert code == 0 and out == "removed: Amélie (2001)\n"
    assert len(cli.store()) == 0


def test_no_data_folder_and_no_bookmarks(cli: Cli) -> None:
    cli.data.rmdir()
    code, _, err = cli("add", "heat")
    assert code == 1 and "does not exist" in one_sentence(err)


# -- actions ---------------------------------------------------------------------------------


def test_add_note_and_again(cli: Cli) -> None:
    assert cli("add", "amelie", "--note", 'from "Ana" ]]')[0] == 0
    assert cli("add", "amelie")[1] == "already bookmarked: Amélie (2001)\n"
    assert cli("add", "amelie", "--note", "new")[1].startswith("already bookmarked, note updated")
    bookmark = cli.store().get("amelie-2001")
    assert bookmark is not None and bookmark.note == "new"


def test_status_actions(cli: Cli) -> None:
    cli("add", "amelie")
    assert cli("watched", "amelie")[1] == "watched: Amélie (2001)\n"
    assert cli.store().status_of("amelie-2001") is Status.WATCHED
    assert cli("watched", "amelie")[1] == "already watched: Amélie (2001)\n"
    assert cli("watched", "amelie", "--undo")[1] == "to-watch: Amélie (2001)\n"
    assert cli.store().status_of("amelie-2001") is Status.TO_WATCH
    cli("watched", "heat (1995)")  # not bookmarked yet: bookmarked as watched
    assert cli.store().status_of("heat-1995") is Status.WATCHED
    cli("to-watch", "heat-1995")
    assert cli.store().status_of("heat-1995") is Status.TO_WATCH


def test_note_action(cli: Cli) -> None:
    assert cli("note", "amelie", "line one\nline two")[0] == 0
    bookmark = cli.store().get("amelie-2001")
    assert bookmark is not None and bookmark.note == "line one\nline two"
    assert cli("note", "amelie", "")[1] == "note removed: Amélie (2001)\n"
    bookmark = cli.store().get("amelie-2001")
    assert bookmark is not None and bookmark.note is None


def test_remove_what_is_not_bookmarked(cli: Cli) -> None:
    assert cli("remove", "amelie") == (0, "not bookmarked: Amélie (2001)\n", "")
    assert not cli.bookmarks.exists()


def test_list_text_and_json(cli: Cli) -> None:
    assert cli("list") == (0, "no bookmarks yet\n", "")
    cli("add", "amelie", "--note", "with Ana")
    cli("watched", "batman")
    code, out, _ = cli("list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert lines[0].startswith("to-watch") and "Amélie (2001)" in lines[0]
    assert "amelie-2001" in lines[0] and lines[0].endswith("— with Ana")
    assert lines[1].startswith("watched") and "the-batman-2022" in lines[1]
    data = json.loads(cli("list", "--json")[1])
    assert [d["film_key"] for d in data] == ["amelie-2001", "the-batman-2022"]
    assert data[0]["note"] == "with Ana" and data[1]["status"] == "watched"
    only = json.loads(cli("list", "--json", "--status", "watched")[1])
    assert [d["film_key"] for d in only] == ["the-batman-2022"]


def test_an_action_is_required(cli: Cli) -> None:
    with pytest.raises(SystemExit) as caught:
        cli()
    assert caught.value.code == 2


# -- exports ---------------------------------------------------------------------------------


@pytest.fixture
def filled(cli: Cli) -> Cli:
    cli("add", "amelie", "--note", 'say "hi", then\nleave')
    cli("watched", "heat (1995)")
    cli("add", "batman")
    return cli


def test_export_toml_is_the_bookmarks_file(filled: Cli) -> None:
    code, out, _ = filled("export")
    assert code == 0
    assert tomllib.loads(out) == tomllib.loads(filled.bookmarks.read_text(encoding="utf-8"))
    part = tomllib.loads(filled("export", "--status", "watched")[1])
    assert [t["film_key"] for t in part["bookmark"]] == ["heat-1995"]


def test_export_csv(filled: Cli) -> None:
    rows = list(csv.DictReader(io.StringIO(filled("export", "--format", "csv")[1])))
    assert [r["film_key"] for r in rows] == ["amelie-2001", "heat-1995", "the-batman-2022"]
    assert rows[0]["note"] == 'say "hi", then\nleave' and rows[0]["year"] == "2001"
    assert rows[1]["status"] == "watched" and rows[1]["watched_at"].endswith("Z")


def test_export_json_is_list_json(filled: Cli) -> None:
    assert filled("export", "--json")[1] == filled("list", "--json")[1]
    assert filled("export", "--format", "json")[1] == filled("list", "--json")[1]


def test_export_letterboxd(filled: Cli) -> None:
    code, out, err = filled("export", "--format", "letterboxd")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    watched = filled.store().get("heat-1995")
    assert watched is not None and watched.watched_date is not None
    assert rows == [
        ["Title", "Year", "Directors", "LetterboxdURI", "WatchedDate", "Rating", "Rewatch", "Tags"],
        ["Heat", "1995", "Michael Mann", "", watched.watched_date.isoformat(), "", "", ""],
    ]
    assert "left out 2 to-watch films" in one_sentence(err)
    code, out, err = filled("export", "--format", "letterboxd", "--status", "to-watch")
    assert (code, err) == (0, "")
    assert list(csv.reader(io.StringIO(out))) == [
        ["Title", "Year", "Directors", "LetterboxdURI"],
        ["Amélie", "2001", "Jean-Pierre Jeunet", ""],
        ["The Batman", "2022", "Matt Reeves", ""],
    ]


def test_hostile_text_in_the_file_never_reaches_the_terminal(cli: Cli) -> None:
    cli.bookmarks.parent.mkdir(parents=True)
    cli.bookmarks.write_text(
        'version = 1\n[[bookmark]]\nfilm_key = "evil\\u001b[2J"\n'
        'title = "Evil\\u001b]0;pwned\\u0007 \\u202eTitle"\n'
        'note = "a\\u009b31mb \\u2028 c\\u0000"\n',
        encoding="utf-8",
    )
    unsafe = ["\x1b", "\x9b", "\u202e", "\u2028", "\x00", "\x07"]
    for argv in (["list"], ["list", "--json"], ["export"], ["export", "--format", "csv"]):
        code, out, _ = cli(*argv)
        assert code == 0
        assert not any(ch in out for ch in unsafe), argv
    exported = tomllib.loads(cli("export")[1])["bookmark"][0]
    original = tomllib.loads(cli.bookmarks.read_text(encoding="utf-8"))["bookmark"][0]
    assert exported == original  # escaped for the terminal, the same values for TOML


# -- problems with the file ------------------------------------------------------------------

BROKEN = b'version = 1\n[[bookmark]]\nfilm_key = "amelie-2001"\ntitle = "Am\n'


def test_a_broken_file_is_one_sentence_and_left_alone(cli: Cli) -> None:
    cli.bookmarks.parent.mkdir(parents=True)
    cli.bookmarks.write_bytes(BROKEN)
    for argv in (["list"], ["add", "heat-1995"], ["export"], ["remove", "amelie"]):
        code, out, err = cli(*argv)
        assert code == 1 and out == "", argv
        one_sentence(err)
        assert str(cli.bookmarks) in err and "line 4" in err and "repair" in err
    assert cli.bookmarks.read_bytes() == BROKEN

    code, out, err = cli("repair")
    assert code == 0 and err == ""
    aside = [p for p in cli.bookmarks.parent.iterdir() if ".broken-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == BROKEN
    assert str(aside[0]) in out
    assert cli("list")[0] == 0
    assert cli("repair")[1].endswith("nothing to repair\n")


def test_a_newer_file_can_be_listed_but_not_changed(cli: Cli) -> None:
    cli.bookmarks.parent.mkdir(parents=True)
    text = 'version = 7\n[[bookmark]]\nfilm_key = "heat-1995"\ntitle = "Heat"\nyear = 1995\n'
    cli.bookmarks.write_text(text, encoding="utf-8")
    code, out, _ = cli("list")
    assert code == 0 and "Heat (1995)" in out
    code, _, err = cli("add", "amelie")
    assert code == 1 and "version 7" in one_sentence(err)
    assert cli.bookmarks.read_text(encoding="utf-8") == text


def test_lookup_gives_the_bookmark_json(cli: Cli) -> None:
    cli("add", "amelie", "--note", "n")
    bookmark_of = bookmarks_cli.lookup(cli.paths())
    found = bookmark_of(REVIEWS[0])
    assert found is not None and found["note"] == "n" and found["film_key"] == "amelie-2001"
    assert bookmark_of(REVIEWS[1]) is None
    cli.bookmarks.write_bytes(BROKEN)
    salvaged = bookmarks_cli.lookup(cli.paths())(REVIEWS[0])
    assert salvaged is None or salvaged["film_key"] == "amelie-2001"


# -- the real command ------------------------------------------------------------------------


def test_python_m_reeltui_bookmarks(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "REELTUI_BOOKMARKS": str(tmp_path / "bookmarks.toml"),
    }

    def reeltui(*argv: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "reeltui", "--data", str(SAMPLES), "bookmarks", *argv]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)

    added = reeltui("add", "THE BATMAN", "--note", "cinema")
    assert added.returncode == 0, added.stderr
    assert added.stdout == "bookmarked: The Batman (2022) [the-batman-2022]\n"
    listed = reeltui("list", "--json")
    assert [b["film_key"] for b in json.loads(listed.stdout)] == ["the-batman-2022"]
    unknown = reeltui("remove", "no such film at all")
    assert unknown.returncode == 2 and unknown.stdout == ""
    assert unknown.stderr.count("\n") == 1 and "Traceback" not in unknown.stderr


# -- import from Letterboxd ------------------------------------------------------------------

LETTERBOXD = Path(__file__).resolve().parent / "data" / "letterboxd"
EXPORT_FILES = [str(LETTERBOXD / name) for name in ("watchlist.csv", "watched.csv", "diary.csv")]
#: Six of the twelve films of the Letterboxd files have a review in this library.
WITH_REVIEWS = [
    review("drive-my-car", "Drive My Car", 2021, "Ryusuke Hamaguchi"),
    review("amores-perros", "Amores Perros", 2000, "Alejandro G. Iñárritu"),
    review("the-martian", "The Martian", 2015, "Ridley Scott"),
    review("roma", "Roma", 2018, "Alfonso Cuarón"),
    review("nomadland", "Nomadland", 2020, "Chloé Zhao"),
    review("parallel-mothers", "Parallel Mothers", 2021, "Pedro Almodóvar"),
]


@pytest.fixture
def lb_cli(cli: Cli) -> Cli:
    cli.reviews = list(WITH_REVIEWS)
    return cli


def test_import_letterboxd_files(lb_cli: Cli) -> None:
    code, out, err = lb_cli("import", "letterboxd", *EXPORT_FILES)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"{EXPORT_FILES[0]}: a watchlist (by its name), 6 rows",
        f"{EXPORT_FILES[1]}: films watched (by its name), 4 rows",
        f"{EXPORT_FILES[2]}: films watched (by its columns), 6 rows",
        "Imported 12 films (6 without a review).",
    ]
    store = lb_cli.store()
    assert len(store) == 12
    assert store.status_of("drive-my-car-2021") is Status.TO_WATCH
    assert store.status_of("ikiru-1952") is Status.WATCHED

    before = lb_cli.bookmarks.read_bytes()
    code, out, _ = lb_cli("import", "letterboxd", *EXPORT_FILES)
    assert code == 0
    assert out.splitlines()[-1] == "Nothing new to import: all 12 films were already bookmarked."
    assert lb_cli.bookmarks.read_bytes() == before


def test_the_list_says_which_films_have_no_review(lb_cli: Cli) -> None:
    lb_cli("import", "letterboxd", EXPORT_FILES[0])
    code, out, _ = lb_cli("list")
    assert code == 0
    assert out.splitlines() == [
        "to-watch  2024-02-03  Drive My Car (2021)                    drive-my-car-2021",
        "to-watch  2024-02-10  Crouching Tiger, Hidden Dragon (2000)  "
        "crouching-tiger-hidden-dragon-2000  (no review)",
        "to-watch  2024-03-01  Amores Perros (2000)                   amores-perros-2000",
        'to-watch  2024-03-15  Say "Cheese", Again (1987)             '
        "say-cheese-again-1987               (no review)",
        "to-watch  2024-04-02  Untitled Lighthouse Project            "
        "untitled-lighthouse-project         (no review)",
        "to-watch  2024-05-20  Mañana es hoy (2019)                   "
        "manana-es-hoy-2019                  (no review)",
    ]
    data = json.loads(lb_cli("list", "--json")[1])
    assert [d["has_review"] for d in data] == [True, False, True, False, False, False]
    assert data[1]["letterboxd_uri"] == "https://boxd.it/tA02" and data[1]["added"] == "2024-02-10"
    assert lb_cli("export", "--json")[1] == lb_cli("list", "--json")[1]


def test_a_malformed_file_is_one_sentence_and_nothing_is_touched(
    lb_cli: Cli, tmp_path: Path
) -> None:
    lb_cli("add", "roma")
    before = lb_cli.bookmarks.read_bytes()
    bad = tmp_path / "diary.csv"
    bad.write_text(
        "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\r\n"
        "2024-01-02,Roma,2018,,4,,,2024-01-01\r\n"
        '2024-01-03,"Heat,1995,,4,,,2024-01-01\r\n',
        encoding="utf-8",
    )
    code, out, err = lb_cli("import", "letterboxd", EXPORT_FILES[0], str(bad))
    assert (code, out) == (1, "")
    assert one_sentence(err) == (
        f"reeltui: nothing was imported: {bad}, line 3: a quoted value that starts here is "
        "never closed\n"
    )
    assert lb_cli.bookmarks.read_bytes() == before


def test_a_file_that_does_not_say_what_it_lists(lb_cli: Cli, tmp_path: Path) -> None:
    films = tmp_path / "films.csv"
    films.write_text("Date,Name,Year,Letterboxd URI\n2024-01-01,Roma,2018,\n", encoding="utf-8")
    code, _, err = lb_cli("import", "letterboxd", str(films))
    assert code == 2 and "--as" in one_sentence(err) and "nothing was imported" in err
    assert not lb_cli.bookmarks.exists()
    code, out, _ = lb_cli("import", "letterboxd", str(films), "--as", "watched")
    assert code == 0 and out.endswith("Imported 1 film.\n")
    assert lb_cli.store().status_of("roma-2018") is Status.WATCHED


def test_a_dry_run(lb_cli: Cli) -> None:
    code, out, _ = lb_cli("import", "letterboxd", "--dry-run", *EXPORT_FILES)
    assert code == 0 and out.endswith(
        "Would import 12 films (6 without a review); nothing was saved (a dry run).\n"
    )
    assert not lb_cli.bookmarks.exists()


def test_import_into_a_broken_file(lb_cli: Cli) -> None:
    lb_cli.bookmarks.parent.mkdir(parents=True)
    lb_cli.bookmarks.write_bytes(BROKEN)
    code, _, err = lb_cli("import", "letterboxd", EXPORT_FILES[0])
    assert code == 1 and one_sentence(err).startswith("reeltui: nothing was imported: ")
    assert "repair" in err and lb_cli.bookmarks.read_bytes() == BROKEN


def test_export_to_a_folder_in_parts_and_import_them_again(lb_cli: Cli, tmp_path: Path) -> None:
    diary = tmp_path / "diary.csv"
    with open(diary, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["Date", "Name", "Year", "Letterboxd URI", "Rating", "Rewatch", "Tags", "Watched Date"]
        )
        for n in range(1901):
            writer.writerow(
                ["2024-01-02", f"Film, No. {n}", 1990 + n % 30, "", "", "", "", "2024-01-01"]
            )
    assert lb_cli("import", "letterboxd", str(diary), EXPORT_FILES[0])[0] == 0
    folder = tmp_path / "out"
    folder.mkdir()
    code, out, err = lb_cli("export", "--format", "letterboxd", "--output", str(folder))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"wrote 1,900 watched films to {folder / 'letterboxd-watched-1-of-2.csv'}",
        f"wrote 1 watched film to {folder / 'letterboxd-watched-2-of-2.csv'}",
        f"wrote 6 to-watch films to {folder / 'letterboxd-watchlist.csv'}",
    ]
    parts = sorted(folder.iterdir())
    assert [len(p.read_text(encoding="utf-8").splitlines()) for p in parts] == [1901, 2, 7]

    before = lb_cli.bookmarks.read_bytes()
    code, out, _ = lb_cli("import", "letterboxd", *map(str, parts))
    assert code == 0 and out.splitlines()[-1] == (
        "Nothing new to import: all 1,907 films were already bookmarked."
    )
    assert lb_cli.bookmarks.read_bytes() == before

    code, out, err = lb_cli("export", "--format", "letterboxd")
    assert (code, out) == (2, "")
    assert "1,901 watched films are more than Letterboxd takes in one file" in one_sentence(err)
    single = tmp_path / "mine.csv"
    code, out, err = lb_cli("export", "--format", "letterboxd", "--output", str(single))
    assert code == 0 and "mine-1-of-2.csv" in out and "left out 6 to-watch films" in err


def test_export_to_a_file_and_never_over_the_bookmarks(filled: Cli, tmp_path: Path) -> None:
    target = tmp_path / "all.csv"
    code, out, _ = filled("export", "--format", "csv", "--output", str(target))
    assert (code, out) == (0, f"wrote 3 bookmarks to {target}\n")
    assert target.read_text(encoding="utf-8") == filled("export", "--format", "csv")[1]
    code, out, _ = filled("export", "--output", str(tmp_path))
    assert (code, out) == (0, f"wrote 3 bookmarks to {tmp_path / 'bookmarks-export.toml'}\n")
    assert tomllib.loads((tmp_path / "bookmarks-export.toml").read_text(encoding="utf-8")) == (
        tomllib.loads(filled.bookmarks.read_text(encoding="utf-8"))
    )
    before = filled.bookmarks.read_bytes()
    code, _, err = filled("export", "--output", str(filled.bookmarks))
    assert code == 2 and "is the bookmarks file itself" in one_sentence(err)
    assert filled.bookmarks.read_bytes() == before
    code, _, err = filled("export", "--output", str(tmp_path / "no" / "such" / "x.toml"))
    assert code == 2 and "does not exist" in one_sentence(err)


# -- errors of changes never speak of memory -------------------------------------------------


def test_a_change_that_cannot_be_saved_says_nothing_was_saved(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("add", "amelie")

    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    for argv in (["add", "heat-1995"], ["import", "letterboxd", EXPORT_FILES[0]]):
        code, _, err = cli(*argv)
        assert code == 1
        assert "memory" not in one_sentence(err)
        what = "imported" if argv[0] == "import" else "saved"
        assert err == (
            f"reeltui: nothing was {what}: {cli.bookmarks} could not be written "
            "(the file system is read-only)\n"
        )


def test_a_busy_file_says_nothing_was_saved(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    cli("add", "amelie")
    defaults = {**(BookmarkStore.__init__.__kwdefaults__ or {}), "lock_timeout": 0.05}
    monkeypatch.setattr(BookmarkStore.__init__, "__kwdefaults__", defaults)
    with open(cli.bookmarks.with_name("bookmarks.toml.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        code, _, err = cli("watched", "amelie")
    assert code == 1 and "memory" not in one_sentence(err)
    assert err == (
        f"reeltui: nothing was saved: another reeltui has held {cli.bookmarks}.lock for over "
        "0.05 seconds\n"
    )
