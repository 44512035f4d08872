"""The command line sees a review without a year in the one dated film of its title, from an
empty cache, a warm one and with none; a remake's yearless review stays apart; a bookmark made
on the yearless film has its review."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from undated_films import write_review

from reeltui.cli.main import main

COMMANDS: tuple[tuple[str, ...], ...] = (
    ("list", "--json"),
    ("list", "--sort", "year"),
    ("list", "--bookmarked", "--json"),
    ("search", "aavesham", "--json"),
    ("search", "--actor", "faasil", "--json"),
    ("search", "--reviewer", "priya", "--json"),
    ("search", "--director", "madhavan", "--json"),
    ("show", "aavesham", "--json"),
    ("show", "aavesham-2024", "--json"),
    ("show", "aavesham-plain", "--json"),
    ("person", "Fahadh Faasil", "--json"),
    ("bookmarks", "list", "--json"),
)

BOOKMARKS = """version = 1

[[bookmark]]
film_key = "aavesham"
title = "Aavesham"
status = "to-watch"
added = 2026-11-24T12:00:00Z
"""


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "reviews"
    write_review(folder, "aavesham-plain", "Aavesham", None, "Priya Nair")
    write_review(folder, "aavesham-dated", "Aavesham", 2024, "Anil Menon")
    write_review(folder, "dune-plain", "Dune", None, "Priya Nair", actor="Kyle MacLachlan")
    write_review(folder, "dune-old", "Dune", 1984, "Anil Menon", actor="Kyle MacLachlan")
    write_review(folder, "dune-new", "Dune", 2021, "Dev Raghunathan", actor="Timothee Chalamet")
    bookmarks = tmp_path / "bookmarks.toml"
    bookmarks.write_text(BOOKMARKS, encoding="utf-8")
    monkeypatch.setenv("REELTUI_BOOKMARKS", str(bookmarks))
    monkeypatch.setenv("REELTUI_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("REELTUI_DATA", str(folder))
    return folder


def _answers(cache: Path, monkeypatch: pytest.MonkeyPatch) -> dict[tuple[str, ...], str]:
    monkeypatch.setenv("REELTUI_CACHE", str(cache))
    found = {}
    for command in COMMANDS:
        out = io.StringIO()
        assert main(list(command), out=out) == 0, command
        found[command] = out.getvalue()
    return found


def _keys(output: str) -> list[tuple[str, str]]:
    return [(item["id"], item["film_key"]) for item in json.loads(output)]


def test_the_cli_answers_alike_and_sees_one_film(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cold = _answers(tmp_path / "cache", monkeypatch)
    warm = _answers(tmp_path / "cache", monkeypatch)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    none = _answers(blocker / "cache", monkeypatch)
    for command in COMMANDS:
        assert cold[command] == warm[command] == none[command], command

    assert _keys(cold[("list", "--json")]) == [
        ("aavesham-dated", "aavesham-2024"),
        ("aavesham-plain", "aavesham-2024"),
        ("dune-plain", "dune"),
        ("dune-old", "dune-1984"),
        ("dune-new", "dune-2021"),
    ]
    for command in (("search", "aavesham", "--json"), ("search", "--actor", "faasil", "--json")):
        assert {key for _, key in _keys(cold[command])} == {"aavesham-2024"}, command
        assert len(_keys(cold[command])) == 2
    plain: list[dict[str, Any]] = json.loads(cold[("search", "--reviewer", "priya", "--json")])
    assert {item["film_key"] for item in plain} == {"aavesham-2024", "dune"}
    assert plain[0]["film"]["year"] == 2024
    # The yearless key, and the dated one, show the film with both reviews.
    film = json.loads(cold[("show", "aavesham", "--json")])
    assert film == json.loads(cold[("show", "aavesham-2024", "--json")])
    assert film["film_key"] == "aavesham-2024" and film["film"]["year"] == 2024
    assert sorted(review["id"] for review in film["reviews"]) == [
        "aavesham-dated",
        "aavesham-plain",
    ]
    person = json.loads(cold[("person", "Fahadh Faasil", "--json")])
    assert [item["film_key"] for item in person["films"]] == ["aavesham-2024"]
    [bookmark] = json.loads(cold[("bookmarks", "list", "--json")])
    assert bookmark["film_key"] == "aavesham" and bookmark["has_review"] is True
    # The bookmark made on the yearless film is the merged film's.
    assert _keys(cold[("list", "--bookmarked", "--json")]) == [
        ("aavesham-dated", "aavesham-2024"),
        ("aavesham-plain", "aavesham-2024"),
    ]
    assert {review["bookmark"]["film_key"] for review in film["reviews"]} == {"aavesham"}
    assert "* Aavesham (2024)" in cold[("list", "--sort", "year")]


def test_a_yearless_bookmark_of_a_remake_is_the_yearless_film(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REELTUI_CACHE", str(tmp_path / "cache"))
    out = io.StringIO()
    assert main(["show", "dune", "--json"], out=out) == 0
    shown = json.loads(out.getvalue())
    assert shown["id"] == "dune-plain" and shown["film_key"] == "dune"
