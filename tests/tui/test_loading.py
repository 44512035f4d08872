"""Loading: the screen comes first, keys work meanwhile; empty folders; files with problems."""

from __future__ import annotations

import gc
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from bar_support import ask, search_ready

from reeltui.library import Library, Progress
from reeltui.library.entries import SortKey
from reeltui.model import FileProblem
from reeltui.tui.app import ReelApp, _FirstRead
from reeltui.tui.base import RowsChanged
from reeltui.tui.collector import HELD_THRESHOLD
from reeltui.tui.main.film_list import FilmList
from reeltui.tui.main.screen import MainScreen
from reeltui.tui.screens.empty import EmptyScreen
from reeltui.tui.screens.help import HelpScreen
from reeltui.tui.screens.problems import ProblemsScreen

from tui_support import loaded, widget_text

MAKE = Callable[..., ReelApp]


def slow_scan() -> tuple[Callable[[Path, Progress], Library], threading.Event, threading.Event]:
    """A loader that says it read 1 of 3 files, then waits to be released; the events it sets
    once halfway, and that release it."""
    release = threading.Event()
    halfway = threading.Event()

    def scan(root: Path, progress: Progress) -> Library:
        progress(1, 3)
        halfway.set()
        assert release.wait(10), "the test never released the scan"
        return Library.scan(root, progress=progress)

    return scan, halfway, release


async def test_the_screen_answers_keys_while_the_library_loads(make_app: MAKE) -> None:
    loader, halfway, release = slow_scan()
    app = make_app(loader=loader)
    async with app.run_test(size=(140, 45)) as pilot:
        assert halfway.wait(10)
        await pilot.pause(0.1)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert screen.query_one("#progress").display
        assert screen.header.status == "Reading 1 of 3 files"
        # No full garbage collection walks a growing library while it loads.
        assert gc.get_threshold()[2] == HELD_THRESHOLD
        assert "Loading" in screen.film_list.render_line(0).text
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape", "tab")
        assert app.focused is screen.reader
        release.set()
        await loaded(pilot)
        assert not screen.query_one("#progress").display
        assert len(screen.query_one(FilmList).rows) == 3
        assert screen.reader.review is not None
        assert screen.header.status == ""
        assert gc.get_threshold()[2] < HELD_THRESHOLD


async def test_the_command_bar_says_the_reviews_are_still_being_read(make_app: MAKE) -> None:
    loader, halfway, release = slow_scan()
    app = make_app(loader=loader)
    async with app.run_test(size=(140, 45)) as pilot:
        assert halfway.wait(10)
        await pilot.pause(0.1)
        await pilot.press("colon")
        options = await ask(pilot, "martian")
        # A loader that shows no rows until it ends: nothing is read that could answer yet.
        assert options == [
            "The reviews are still being read…\n1 of 3 files read; the search answers as soon "
            "as the first are read"
        ]
        await pilot.press("escape")
        release.set()
        await search_ready(pilot)
        await pilot.press("colon")
        assert any("The Martian" in option for option in await ask(pilot, "martian"))


def empty_screen_text(app: ReelApp) -> str:
    screen = app.screen
    assert isinstance(screen, EmptyScreen)
    return " ".join(widget_text(screen.query_one("#empty-text")).split())


async def test_an_empty_folder_says_where_it_looked_and_how_to_change_it(
    make_app: MAKE, tmp_path: Path
) -> None:
    folder = tmp_path / "nothing here"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF")
    async with make_app(data=folder).run_test(size=(100, 36)) as pilot:
        await loaded(pilot)
        text = empty_screen_text(pilot.app)
        assert str(folder) in text
        assert "found no review files" in text
        assert "--data" in text and "REELTUI_DATA" in text


async def test_a_missing_folder_says_it_does_not_exist(make_app: MAKE, tmp_path: Path) -> None:
    folder = tmp_path / "missing"
    async with make_app(data=folder).run_test(size=(100, 36)) as pilot:
        await loaded(pilot)
        text = empty_screen_text(pilot.app)
        assert str(folder) in text and "does not exist" in text
        await pilot.press("q")
        await pilot.pause()
        assert not pilot.app.is_running


async def test_r_looks_again_and_shows_reviews_that_appeared(
    make_app: MAKE, tmp_path: Path, data_dir: Path
) -> None:
    folder = tmp_path / "later"
    folder.mkdir()
    async with make_app(data=folder).run_test(size=(100, 36)) as pilot:
        await loaded(pilot)
        assert isinstance(pilot.app.screen, EmptyScreen)
        for review in data_dir.iterdir():
            (folder / review.name).write_bytes(review.read_bytes())
        await pilot.press("r")
        await loaded(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, MainScreen)
        assert len(screen.film_list.rows) == 3


async def test_unreadable_files_are_counted_and_listed(
    make_app: MAKE, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    (data_dir / "empty.md").write_bytes(b"")
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, MainScreen)
        assert len(screen.film_list.rows) == 3
        assert screen.header.status == "2 file problems (!)"
        await pilot.press("exclamation_mark")
        problems = pilot.app.screen
        assert isinstance(problems, ProblemsScreen)
        text = " ".join(widget_text(problems.query_one("#problems-skipped")).split())
        assert "broken.txt" in text and "NUL" in text
        assert "empty.md" in text
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, MainScreen)
        # The key bar asks whether `!` applies each time it is drawn: the answer comes from the
        # problems last read in a worker, never from the catalog on the event loop, not even
        # when rows change (the problems are read again when the load ends).
        app = pilot.app
        assert isinstance(app, ReelApp) and app.library is not None
        reads = 0
        real = type(app.library).problems

        def counted(library: Library) -> tuple[FileProblem, ...]:
            nonlocal reads
            reads += 1
            return real.fget(library)  # type: ignore[attr-defined,no-any-return]

        monkeypatch.setattr(type(app.library), "problems", property(counted))
        await pilot.press("tab", "tab", "tab")
        assert len(app.file_problems()) == 2 and reads == 0
        app.post_message(ReelApp.Rows(app.library, RowsChanged(())))
        await pilot.pause()
        assert len(app.file_problems()) == 2 and reads == 0


async def test_a_folder_of_only_broken_files_offers_the_problems(
    make_app: MAKE, tmp_path: Path
) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "broken.txt").write_bytes(b"\x00\x00\x00")
    async with make_app(data=folder).run_test(size=(100, 36)) as pilot:
        await loaded(pilot)
        text = empty_screen_text(pilot.app)
        assert "1 file it could not read" in text
        await pilot.press("exclamation_mark")
        assert isinstance(pilot.app.screen, ProblemsScreen)


async def test_a_failed_load_says_why_and_r_tries_again(make_app: MAKE) -> None:
    failures = ["disk on fire"]

    def flaky(root: Path, progress: Progress) -> Library:
        if failures:
            raise RuntimeError(failures.pop())
        return Library.scan(root, progress=progress)

    app = make_app(loader=flaky)
    async with app.run_test(size=(100, 36), notifications=True) as pilot:
        await loaded(pilot)
        assert app.is_running
        text = empty_screen_text(app)
        assert text.startswith("Loading failed reeltui could not read the reviews in")
        assert "found no review files" not in text
        assert (
            "because reeltui hit an error it did not expect (RuntimeError: disk on fire); "
            "please report it. Press r to look again." in text
        )
        await pilot.press("r")
        await loaded(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert len(screen.film_list.rows) == 3


async def test_a_folder_that_cannot_be_read_says_so(make_app: MAKE) -> None:
    def denied(root: Path, progress: Progress) -> Library:
        raise PermissionError(13, "Permission denied", str(root))

    async with make_app(loader=denied).run_test(size=(100, 36)) as pilot:
        await loaded(pilot)
        assert (
            "because permission was denied; check that you may read the folder and its files."
            in empty_screen_text(pilot.app)
        )


def test_a_first_read_taken_gives_the_catalogs_first_films_and_one_left_unused_is_closed(
    tmp_path: Path,
) -> None:
    root = Path(__file__).resolve().parents[2] / "data" / "reviews"
    cache = tmp_path / "cache"
    Library.scan(root, cache_dir=cache).close()

    library, first = _FirstRead(root, cache, SortKey.TITLE).take()
    assert first.entries and first.entries[0].film.title == "A Million Miles Away"
    library.close()

    unused = _FirstRead(root, cache, SortKey.YEAR)
    unused.discard()
    assert unused._library is not None
    with pytest.raises(sqlite3.ProgrammingError):
        unused._library.catalog.first_films(SortKey.TITLE, 5)
