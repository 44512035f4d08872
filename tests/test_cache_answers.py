"""The catalog is a cache: the command line gives the same answers from an empty cache, from a
warm one and with none at all (a cache folder that cannot be made, so the catalog lives in
memory for the process)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from reeltui.cli.main import main

from bookmark_files import MARTIAN_WATCHED, samples_with_bookmarks

#: Commands whose every answer comes from the catalog (lists, reviews, a film's reviews,
#: searches of each kind, a person's page, bookmarks with whether each film has a review, and
#: the check of every file).
COMMANDS: tuple[tuple[str, ...], ...] = (
    ("list", "--json"),
    ("list", "--sort", "year"),
    ("list", "--sort", "reviewer", "--bookmarked"),
    ("show", "a-million-miles-away-2023", "--json"),
    ("show", "the-martian-2015", "--json"),
    ("show", "the-martian-2015"),
    ("search", "astronaut", "--json"),
    ("search", "potatoes"),
    ("search", "--actor", "pena", "--json"),
    ("search", "--director", "scott"),
    ("search", "--reviewer", "talukdar", "--json"),
    ("person", "Matt Damon", "--json"),
    ("person", "Michael Pena"),
    ("bookmarks", "list", "--json"),
    ("bookmarks", "export", "--format", "letterboxd"),
    ("check", "--json"),
)

BOOKMARKS = (
    MARTIAN_WATCHED
    + """
[[bookmark]]
film_key = "not-in-the-library-1999"
title = "Not in the Library"
year = 1999
status = "to-watch"
added = 2026-11-24T12:00:00Z
"""
)

Answers = dict[tuple[str, ...], tuple[int, str]]


@pytest.fixture
def ask(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], Answers]:
    """Every command's exit code and output over a copy of the samples, with a given cache."""
    samples_with_bookmarks(tmp_path, monkeypatch, BOOKMARKS)

    def answers(cache: Path) -> Answers:
        monkeypatch.setenv("REELTUI_CACHE", str(cache))
        found: Answers = {}
        for command in COMMANDS:
            out = io.StringIO()
            code = main(list(command), out=out)
            found[command] = (code, out.getvalue())
        return found

    return answers


def test_the_cli_answers_alike_cold_warm_and_without_a_cache(
    ask: Callable[[Path], Answers], tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    cold = ask(cache)
    assert any(cache.glob("catalog-*")), "the first commands made the catalog"
    warm = ask(cache)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    none = ask(blocker / "cache")
    assert not (blocker / "cache").exists()
    for command in COMMANDS:
        assert cold[command] == warm[command] == none[command], command
    # The answers are real ones, not three empty ones.
    assert cold[("show", "the-martian-2015", "--json")][1].count('"reviewer"') >= 3
    assert '"has_review": true' in cold[("bookmarks", "list", "--json")][1]
    assert "Michael Pe" in cold[("search", "--actor", "pena", "--json")][1]
    assert all(code == 0 and out for code, out in cold.values())
