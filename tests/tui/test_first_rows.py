"""A warm start draws the list's first screen from the catalog before the library's entries are
read: the first rows are the whole list's, the cursor moves among them at once, and every other
key waits for the whole list, then acts on it; the whole list takes their place unseen."""

from __future__ import annotations

import threading

import pytest

from reeltui.library.listing import FirstRows, Rows
from reeltui.tui import app as app_module
from reeltui.tui.app import ReelApp

from tui_support import loaded, until


async def test_the_first_rows_move_at_once_and_other_keys_wait_for_the_whole_list(
    warm_app: ReelApp, let_read: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "_FIRST_FILMS", 3)
    async with warm_app.run_test(size=(120, 40)) as pilot:
        screen = warm_app.main_screen
        await until(pilot, lambda: isinstance(screen.rows, FirstRows))
        first = screen.rows
        assert isinstance(first, FirstRows) and first.known == 3
        films = screen.film_list
        shown = [row.film_key for row in first]
        await pilot.press("j", "j")
        assert films.cursor == 2 and warm_app.library is None
        await pilot.press("j", "G")  # past the first rows, and the end: both wait
        await pilot.pause()
        assert films.cursor == 2 and isinstance(screen.rows, FirstRows)
        let_read.set()
        await loaded(pilot)
        whole = screen.rows
        assert isinstance(whole, Rows) and not isinstance(whole, FirstRows)
        assert len(whole) == len(first) and [row.film_key for row in whole[:3]] == shown
        assert screen.description.startswith(f"{len(whole)} films")
        # The waiting keys acted on the whole list, in order; the review read first opened
        # without taking the cursor back.
        assert films.cursor == len(whole) - 1
        assert screen.review is not None


async def test_the_whole_list_takes_the_first_rows_place_where_the_cursor_is(
    warm_app: ReelApp, let_read: threading.Event
) -> None:
    async with warm_app.run_test(size=(120, 12)) as pilot:
        screen = warm_app.main_screen
        await until(pilot, lambda: isinstance(screen.rows, FirstRows))
        description = screen.description
        films = screen.film_list
        for _ in range(8):  # past the first screen's height: the list scrolls
            await pilot.press("j")
        cursor, scrolled = films.cursor, films.scroll_y
        assert cursor == 8 and scrolled > 0
        on = screen.rows[cursor].film_key
        let_read.set()
        await loaded(pilot)
        assert not isinstance(screen.rows, FirstRows)
        assert (films.cursor, films.scroll_y) == (cursor, scrolled)
        assert screen.rows[films.cursor].film_key == on
        assert screen.description == description


async def test_quitting_does_not_wait_for_the_whole_list(
    warm_app: ReelApp, let_read: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "_FIRST_FILMS", 3)
    async with warm_app.run_test(size=(120, 40)) as pilot:
        screen = warm_app.main_screen
        await until(pilot, lambda: isinstance(screen.rows, FirstRows))
        await pilot.press("q")
        await until(pilot, lambda: not warm_app.is_running)
        assert warm_app.library is None, "it quit before the whole list was in"
    let_read.set()  # let the loading thread end


async def test_the_first_rows_wait_for_the_screen_to_be_laid_out(
    warm_app: ReelApp, let_read: threading.Event
) -> None:
    """The first rows are given once the main screen has been laid out (its drawing held):
    given to a screen not laid out yet (read before it was shown), it was laid out and drawn
    with them, then laid out and drawn again as its widgets took their first sizes."""

    class Later(threading.Event):
        """The screen's "laid out", said only once the test lets it."""

        allowed = False

        def set(self) -> None:
            if self.allowed:
                super().set()

    later = Later()
    warm_app.main_screen.laid_out = later
    async with warm_app.run_test(size=(120, 40)) as pilot:
        screen = warm_app.main_screen
        await pilot.pause(0.5)
        assert not screen.rows  # the catalog's first films were read long since
        later.allowed = True
        later.set()
        await until(pilot, lambda: isinstance(screen.rows, FirstRows))
        let_read.set()
        await loaded(pilot)
