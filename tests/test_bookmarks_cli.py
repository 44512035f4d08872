"""`reeltui bookmarks …`: FILM lookup, every action, exports, exit codes and error sentences."""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import subprocess
import sys
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
    assert watched is not None and watched.watched_at is not None
    assert rows == [
        ["Title", "Year", "Directors", "WatchedDate"],
        ["Heat", "1995", "Michael Mann", watched.watched_at.date().isoformat()],
    ]
    assert "left out 2 to-watch films" in one_sentence(err)
    code, out, err = filled("export", "--format", "letterboxd", "--status", "to-watch")
    assert (code, err) == (0, "")
    assert list(csv.reader(io.StringIO(out))) == [
        ["Title", "Year", "Directors"],
        ["Amélie", "2001", "Jean-Pierre Jeunet"],
        ["The Batman", "2022", "Matt Reeves"],
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
