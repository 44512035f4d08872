"""Importing from Letterboxd in the TUI: the command, the keys, the path prompt, its outcome in
one sentence, the films without a review on the bookmarks screen, and what goes wrong."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input, RadioSet

from reeltui.bookmarks import Status
from reeltui.tui.app import ReelApp
from reeltui.tui.bookmarks.importer import ImportScreen, PathSuggester
from reeltui.tui.bookmarks.screen import NO_REVIEW, BookmarksScreen
from reeltui.tui.main.screen import MainScreen

from tui_support import drawn_lines, loaded, on_disk, settled

MAKE = Callable[..., ReelApp]
EXPORT = Path(__file__).resolve().parents[1] / "data" / "letterboxd"
HEADER = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\r\n"


def prompt(app: ReelApp) -> ImportScreen:
    screen = app.screen
    assert isinstance(screen, ImportScreen)
    return screen


async def import_path(pilot: Pilot[int], path: str) -> ImportScreen:
    """Type a path into the open prompt, press enter and wait for the import to end."""
    screen = prompt(pilot.app)  # type: ignore[arg-type]
    screen.path_box.value = path
    await pilot.press("enter")
    await settled(pilot.app)
    await pilot.pause()
    await pilot.pause()
    return screen


async def test_the_command_bar_imports_the_export_folder(
    make_app: MAKE, bookmarks_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("colon", *"letterboxd")
        await pilot.pause(0.3)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        await pilot.press("enter")
        await pilot.pause()
        screen = prompt(app)
        assert app.focused is screen.path_box
        await import_path(pilot, str(EXPORT))
        # Two of the twelve films (The Martian, Parallel Mothers) have a review here.
        assert screen.result_text == "Imported 12 films (10 without a review)."
        assert screen.path_box.value == "" and not screen.path_box.disabled
        saved = on_disk(bookmarks_path)
        assert len(saved) == 12
        assert saved["the-martian-2015"]["status"] == "watched"
        assert saved["drive-my-car-2021"]["status"] == "to-watch"

        await import_path(pilot, str(EXPORT / "diary.csv"))
        assert screen.result_text == "Nothing new to import: all 5 films were already bookmarked."

        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("m")
        bookmarks = app.screen
        assert isinstance(bookmarks, BookmarksScreen)
        title = str(bookmarks.query_one("#bookmarks-dialog").border_title)
        assert title == "Bookmarks · 12 films · 6 watched · 10 without a review"
        rows = [line.rstrip() for line in drawn_lines(bookmarks.table)[1:13]]
        assert sum(NO_REVIEW in row for row in rows) == 10
        assert rows[1].split() == [
            "★",
            *"Crouching Tiger, Hidden Dragon (no review) 2000 to watch 2024-02-10".split(),
        ]
        martian = next(row for row in rows if "The Martian" in row)
        assert NO_REVIEW not in martian and "2023-11-04" in martian


async def test_keys_open_the_prompt_from_the_list_and_the_bookmarks_screen(
    make_app: MAKE, bookmarks_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("I")
        prompt(app)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("m")
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("i")
        await import_path(pilot, str(EXPORT / "watchlist.csv"))
        assert prompt(app).result_text == "Imported 6 films (6 without a review)."
        await pilot.press("escape")
        bookmarks = app.screen
        assert isinstance(bookmarks, BookmarksScreen)
        assert len(bookmarks.film_keys) == 6  # drawn again behind the prompt


async def test_a_malformed_file_is_one_sentence_and_nothing_changes(
    make_app: MAKE, bookmarks_path: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "diary.csv"
    bad.write_text(
        HEADER + '2024-01-02,Roma,2018,,4,,,2024-01-01\r\n2024-01-03,"Heat,1995,,', "utf-8"
    )
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("I")
        screen = await import_path(pilot, str(bad))
        assert screen.result_text == (
            f"Nothing was imported: {bad}, line 3: a quoted value that starts here is never closed."
        )
        assert screen.query_one("#import-result").has_class("-error")
        assert screen.path_box.value == str(bad)  # to be put right
        assert app.screen is screen and not bookmarks_path.exists()
        await import_path(pilot, str(tmp_path / "nowhere.csv"))
        assert "(there is no such file)" in screen.result_text


async def test_a_file_that_does_not_say_what_it_lists_is_read_as_chosen(
    make_app: MAKE, bookmarks_path: Path, tmp_path: Path
) -> None:
    films = tmp_path / "films.csv"
    films.write_text("Date,Name,Year,Letterboxd URI\r\n2024-01-01,The Martian,2015,\r\n", "utf-8")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("I")
        screen = await import_path(pilot, str(films))
        assert screen.result_text.endswith("; choose what it lists above.")
        await pilot.press("tab")
        assert isinstance(app.focused, RadioSet)
        await pilot.press("right", "right", "enter", "shift+tab")
        assert isinstance(app.focused, Input)
        assert screen.kind is not None and screen.kind.value == "watched"
        await import_path(pilot, str(films))
        assert screen.result_text == "Imported 1 film."
        assert on_disk(bookmarks_path)["the-martian-2015"]["status"] == Status.WATCHED.value


async def test_a_disk_that_refuses_the_write_keeps_the_films_unsaved(
    make_app: MAKE, bookmarks_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)

        def refuse(*args: object, **kwargs: object) -> None:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
        await pilot.press("I")
        screen = await import_path(pilot, str(EXPORT / "watchlist.csv"))
        assert screen.result_text.startswith(
            f"The films are not saved yet: could not save bookmarks to {bookmarks_path} "
            "(the file system is read-only)"
        )
        store = app.bookmarks.store
        assert store.unsaved == 1 and len(store) == 6 and not bookmarks_path.exists()
        assert app.bookmarks.badge() == ("1 bookmark change not saved", True)
        monkeypatch.undo()
        await pilot.press("escape")
        app.bookmarks_ui.app_focused()  # a look at the file now: the change is saved
        for _ in range(250):  # the write runs in a worker: on a loaded machine it takes a while
            await pilot.pause(0.02)
            if store.unsaved == 0:
                break
        assert store.unsaved == 0 and len(on_disk(bookmarks_path)) == 6


async def test_the_path_is_completed_from_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "diary.csv").write_text("", "utf-8")
    (tmp_path / "downloads").mkdir()
    (tmp_path / "notes.txt").write_text("", "utf-8")
    (tmp_path / ".hidden.csv").write_text("", "utf-8")
    suggest = PathSuggester().get_suggestion
    folder = str(tmp_path)
    assert await suggest(f"{folder}/d") == f"{folder}/diary.csv"
    assert await suggest(f"{folder}/do") == f"{folder}/downloads/"
    assert await suggest(f"{folder}/n") is None  # not a CSV file
    assert await suggest(f"{folder}/.h") is None
    assert await suggest(f"{folder}/diary.csv") is None
    monkeypatch.setenv("HOME", folder)
    assert await suggest("~/dia") == "~/diary.csv"
    monkeypatch.chdir(tmp_path)
    assert await suggest("dow") == "downloads/"


async def test_undoing_a_removal_keeps_what_the_import_brought(
    make_app: MAKE, bookmarks_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("I")
        await import_path(pilot, str(EXPORT / "diary.csv"))
        await pilot.press("escape", "m")
        screen = app.screen
        assert isinstance(screen, BookmarksScreen)
        before = on_disk(bookmarks_path)["nomadland-2020"]
        assert before["rating"] == 5.0 and before["tags"] == ["road"]
        await pilot.press("j", "d")
        assert "nomadland-2020" not in on_disk(bookmarks_path)
        await pilot.press("u")
        assert on_disk(bookmarks_path)["nomadland-2020"] == before
