"""Rows arriving during a first scan: each batch is patched into the listing (the title order and
the order shown; the others are made again when asked for); the rows come in the order and with
the filter of the moment, every sort chosen meanwhile is right, and the cursor stays on its
film."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from bar_support import ask
from textual import messages
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Static

from reeltui.library import Entry, SortKey
from reeltui.library import refresh as refresh_module
from reeltui.library.entries import title_order
from reeltui.library.listing import FilmRow, Listing
from reeltui.model import Kind
from reeltui.paths import resolve, samples_dir
from reeltui.tui import app as app_module
from reeltui.tui.app import ReelApp
from reeltui.tui.base import RowsChanged
from reeltui.tui.main.screen import MainScreen

from tui_support import loaded

MAKE = Callable[..., ReelApp]

#: A first scan parses the 25 samples in chunks of 8, 16, then 1.
SAMPLES = len(list(samples_dir().iterdir()))
FIRST, SECOND = 8, 24


def titles(rows: Sequence[FilmRow]) -> list[str]:
    return [row.review.title for row in rows]


@pytest.fixture
def chunks(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[int, tuple[threading.Event, ...]]]:
    """The scan stops before its second and its third chunk of files until released: for each
    chunk, the event it sets once stopped and the one that releases it. Every batch's rows are
    sent at once (no half-second between two)."""
    pauses = {number: (threading.Event(), threading.Event()) for number in (2, 3)}
    real = refresh_module.parse_chunk
    calls = 0

    def parse(chunk: tuple[list[tuple[str, str]], str]) -> list[object]:
        nonlocal calls
        calls += 1
        if calls in pauses:
            stopped, release = pauses[calls]
            stopped.set()
            assert release.wait(20), "the test never released the scan"
        return real(chunk)  # type: ignore[return-value]

    monkeypatch.setattr(refresh_module, "parse_chunk", parse)
    monkeypatch.setattr(app_module, "_ROWS_INTERVAL", 0.0)
    yield pauses
    for _, release in pauses.values():
        release.set()


async def _shown(pilot: Pilot[int], app: ReelApp, done: int) -> MainScreen:
    """Wait until `done` files are read and their rows patched in; the main screen."""
    screen = app.main_screen
    for _ in range(500):
        await pilot.pause(0.02)
        progress = app.scan_progress
        if progress is not None and progress[0] == done and screen.listing.total == done:
            await pilot.pause()
            return screen
    raise AssertionError(f"{done} rows never shown: {app.scan_progress} {screen.listing.total}")


def _fresh(entries: Sequence[Entry], sort: SortKey, query: str = "") -> list[str]:
    """The titles a listing made at once of `entries` shows."""
    listing = Listing(entries, sort)
    listing.query = query
    return titles(listing.rows())


async def test_rows_filter_and_sort_are_right_during_a_first_scan_and_after(
    tmp_path: Path,
    chunks: dict[int, tuple[threading.Event, ...]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "samples"
    shutil.copytree(samples_dir(), folder)
    sent: list[Entry] = []  # every entry the scan sent, in batches
    real = ReelApp.on_reel_app_rows

    def heard(self: ReelApp, message: ReelApp.Rows) -> None:
        sent.extend(message.changed.entries)
        real(self, message)

    monkeypatch.setattr(ReelApp, "on_reel_app_rows", heard)
    app = ReelApp(resolve(data=folder))
    async with app.run_test(size=(140, 45)) as pilot:
        assert chunks[2][0].wait(20)
        screen = await _shown(pilot, app, FIRST)
        first = list(sent)
        assert len(first) == FIRST
        rows = list(screen.rows.entries)  # type: ignore[attr-defined]
        assert rows == sorted(rows, key=title_order)  # in title order as they come
        assert titles(screen.rows) == _fresh(first, SortKey.TITLE)
        # The title filter and the sort act on the rows read so far.
        await pilot.press("slash", *"the")
        shown = titles(screen.rows)
        assert shown and all("the" in title.lower() for title in shown)
        await pilot.press("escape", "escape")  # back to the list, filter cleared
        assert not screen.listing.query
        await pilot.press("s")
        assert screen.listing.sort is SortKey.YEAR
        assert titles(screen.rows) == _fresh(first, SortKey.YEAR)
        # The command bar answers from the files read so far.
        await pilot.press("colon")
        title = first[0].title
        options = await ask(pilot, title.lower())
        assert any(option.startswith(f"{title} ({first[0].year})  film") for option in options)
        await pilot.press("escape")
        # A filter typed now holds for the rows that come.
        await pilot.press("slash", *"the", "enter")
        chunks[2][1].set()
        assert chunks[3][0].wait(20)
        await _shown(pilot, app, SECOND)
        assert len(sent) == SECOND
        assert screen.listing.query == "the" and screen.listing.sort is SortKey.YEAR
        assert titles(screen.rows) == _fresh(sent, SortKey.YEAR, "the")
        chunks[3][1].set()
        await loaded(pilot)
        assert app.scan_progress is None and app.library is not None
        assert len(app.library) == SAMPLES
        assert titles(screen.rows) == _fresh(app.library.entries, SortKey.YEAR, "the")
        await pilot.press("escape", "escape")
        assert titles(screen.rows) == _fresh(app.library.entries, SortKey.YEAR)


def _entry(docno: int, title: str, year: int) -> Entry:
    """An entry of a film of its own, as a scan's batch brings it."""
    key = f"new/{docno}.txt"
    return Entry(docno, f"new-{docno}", key, title, year, Kind.FILM, None, key, None, 0.0)


async def test_every_sort_is_right_as_batches_come(make_app: MAKE) -> None:
    """Batches come while the list is sorted one way, then another: each sort shows the whole
    of what came in its order (the orders not shown were made again when chosen), and the
    cursor stays on its film as rows arrive above it."""
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = app.main_screen
        assert app.library is not None
        library = app.library
        entries = list(library.entries)
        came: list[Entry] = []
        shown_in: list[SortKey] = []
        batches = (
            (_entry(9001, "Zzyzx Road", 2006), _entry(9002, "Aardvark Days", 1999)),
            (_entry(9003, "Middle Ground", 2030),),
            (_entry(9004, "Aardvark Again", 1950), _entry(9005, "Beta Ray", 2031)),
            (_entry(9006, "Omega", 1990),),
        )
        for number, batch in enumerate(batches):
            await pilot.press("j")
            current = screen.film_list.current
            assert current is not None
            app.post_message(ReelApp.Rows(library, RowsChanged(batch)))
            came.extend(batch)
            await pilot.pause()
            after = screen.film_list.current
            assert after is not None and after.film_key == current.film_key
            sort = screen.listing.sort
            shown_in.append(sort)
            assert titles(screen.rows) == _fresh(entries + came, sort), (number, sort)
            for _ in range(4):  # every sort, back to the one shown
                await pilot.press("s")
                key = screen.listing.sort
                assert titles(screen.rows) == _fresh(entries + came, key), (number, key)
            await pilot.press("s")  # the next sort for the next batch
        assert set(shown_in) == set(SortKey)  # a batch came under each sort


async def test_the_list_scrolls_to_the_last_of_the_rows_that_came(make_app: MAKE) -> None:
    """Batches make the list longer than the pane (its scroll bar comes), then longer still
    (it stays): the list scrolls as far as its last row, and draws it, each time."""
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = app.main_screen
        assert app.library is not None
        films = screen.film_list
        room = films.scrollable_content_region.height
        docno = 10_000
        for count in (room * 2, room // 2, 3):
            batch = []
            for _ in range(count):
                docno += 1
                batch.append(_entry(docno, f"Zz Film {docno}", 2000))
            app.post_message(ReelApp.Rows(app.library, RowsChanged(tuple(batch))))
            await pilot.pause()
            rows = screen.rows
            assert films.virtual_size.height == len(rows)
            assert films.show_vertical_scrollbar
            assert films.vertical_scrollbar.window_virtual_size == len(rows)
            await pilot.press("end")
            await pilot.pause()
            assert films.cursor == len(rows) - 1
            assert films.scroll_y == films.max_scroll_y == len(rows) - room
            last = films.render_line(room - 1).text
            assert f"Zz Film {docno}" in last
            await pilot.press("home")


async def test_a_batch_of_rows_lengthens_the_list_without_laying_the_screen_out(
    tmp_path: Path,
    chunks: dict[int, tuple[threading.Event, ...]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A batch of rows makes the list longer and says so in the header, without a layout of
    the whole screen (at 100,000 files one took about 10 ms of every batch on the event loop):
    the scroll bar is told, and the list scrolls to its new last row."""
    folder = tmp_path / "samples"
    shutil.copytree(samples_dir(), folder)
    laid_out: list[str] = []
    real_layout = messages.Layout.__init__

    def layout(message: messages.Layout, widget: Widget) -> None:
        laid_out.append(widget.id or type(widget).__name__)
        real_layout(message, widget)

    monkeypatch.setattr(messages.Layout, "__init__", layout)
    monkeypatch.setattr(app_module, "_PROGRESS_INTERVAL", 0.0)  # every file's progress is sent
    app = ReelApp(resolve(data=folder))
    async with app.run_test(size=(100, 10)) as pilot:
        assert chunks[2][0].wait(20)
        screen = await _shown(pilot, app, FIRST)
        films = screen.film_list
        assert films.virtual_size.height == len(screen.rows) > films.size.height
        assert films.show_vertical_scrollbar
        laid_out.clear()
        chunks[2][1].set()
        assert chunks[3][0].wait(20)
        await _shown(pilot, app, SECOND)
        # (The header's status lays it out: "Reading 24 of…" is wider than "Reading 8 of…".)
        assert "films" not in laid_out, laid_out
        assert films.virtual_size.height == len(screen.rows)
        assert films.vertical_scrollbar.window_virtual_size == len(screen.rows)
        assert screen.header.status == f"Reading {SECOND} of {SAMPLES} files"
        assert screen.header.query_one("#header-description", Static).content == (
            screen.description
        )
        await pilot.press("G")
        assert films.cursor == len(screen.rows) - 1
        assert films.scroll_y == films.max_scroll_y > 0
        assert films.cursor - round(films.scroll_y) == films.scrollable_content_region.height - 1
        chunks[3][1].set()
        await loaded(pilot)
