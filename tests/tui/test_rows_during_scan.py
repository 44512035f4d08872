"""Rows arriving during a first scan: each batch is patched into the listing in a worker, so the
list answers keys meanwhile; the rows come in the order and with the filter of the moment, and
what the user changed while a batch was being patched in (the sort, the filter, the cursor)
holds once it is shown."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from bar_support import ask
from textual.pilot import Pilot

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

from tui_support import loaded, settled

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
            await settled(app, frozenset({"patch"}))
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


async def test_the_list_answers_keys_while_a_batch_is_patched_in(
    make_app: MAKE, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch is patched into the listing in a worker: the cursor moves, the sort changes and
    more batches come meanwhile; once it is in, every batch is shown, in the sort chosen, and
    the cursor is on the film it was moved to."""
    patching, release = threading.Event(), threading.Event()
    real = Listing.patched

    def held(self: Listing, entries: object, removed: object = ()) -> Listing:
        if threading.current_thread() is not threading.main_thread():
            patching.set()
            assert release.wait(20), "the test never let the patch go on"
        return real(self, entries, removed)  # type: ignore[arg-type]

    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = app.main_screen
        assert app.library is not None
        library = app.library
        entries = list(library.entries)
        monkeypatch.setattr(Listing, "patched", held)
        before = titles(screen.rows)
        came = [_entry(9001, "Zzyzx Road", 2006)]
        app.post_message(ReelApp.Rows(library, RowsChanged(tuple(came))))
        for _ in range(200):
            await pilot.pause(0.01)
            if patching.is_set():
                break
        assert patching.is_set()
        # The patch waits in its worker; the list goes on answering.
        await pilot.press("j")
        assert screen.film_list.cursor == 1
        moved_to = screen.film_list.current
        assert moved_to is not None
        for more in (_entry(9002, "Aardvark Days", 1999), _entry(9003, "Middle Ground", 2030)):
            app.post_message(ReelApp.Rows(library, RowsChanged((more,))))
            came.append(more)
        await pilot.press("s")
        await pilot.pause()
        assert titles(screen.rows) == _fresh(entries, SortKey.YEAR)
        assert "Zzyzx Road" not in titles(screen.rows)  # not yet in
        release.set()
        await settled(app, frozenset({"patch"}))
        await pilot.pause()
        await settled(app, frozenset({"patch"}))
        await pilot.pause()
        shown = titles(screen.rows)
        assert len(shown) == len(before) + 3
        assert {"Zzyzx Road", "Aardvark Days", "Middle Ground"} <= set(shown)
        assert screen.listing.sort is SortKey.YEAR
        assert shown == _fresh(entries + came, SortKey.YEAR)
        assert shown[0] == "Middle Ground"  # 2030: the newest first
        current = screen.film_list.current
        assert current is not None and current.film_key == moved_to.film_key


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
            await settled(app, frozenset({"patch"}))
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
