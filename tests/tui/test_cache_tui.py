"""The TUI shows the same list and finds the same things from an empty cache, from a warm one
and with no cache at all (the catalog then lives in memory for the session)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.screen import Screen

from reeltui.library import Entry, SortKey
from reeltui.library.listing import Listing
from reeltui.paths import resolve
from reeltui.search import FilmHit, PersonHit, SearchState, TextHit
from reeltui.tui import app as app_module
from reeltui.tui.app import ReelApp
from reeltui.tui.base import RowsChanged
from reeltui.tui.main.film_list import FilmList
from reeltui.tui.main.screen import MainScreen

from sample_paths import SAMPLES
from tui_support import loaded

QUERIES = ("pena", "martian", "text:astronaut", "director:scott", "reviewer:indrayudh", "potatoes")

Seen = tuple[str, list[tuple[str, str, int]], dict[str, list[str]], str | None]


async def _seen(app: ReelApp) -> Seen:
    """What the app shows once loaded: the header's account, every row, and the command bar's
    hits for each query; and the review it opened."""
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert app.search_session.state is SearchState.READY
        rows = [(row.film_key, row.review.film.label, row.reviews) for row in screen.rows]
        hits: dict[str, list[str]] = {}
        for query in QUERIES:
            found = []
            for scored in app.search_session.rank(query).hits:
                hit = scored.hit
                if isinstance(hit, PersonHit):
                    found.append(f"{hit.role}:{hit.name}:{hit.film_count}")
                elif isinstance(hit, FilmHit):
                    found.append(f"film:{hit.name}:{len(hit.reviews)}")
                elif isinstance(hit, TextHit):
                    found.append(f"text:{hit.review.id}:{hit.section_index}:{hit.snippet}")
            hits[query] = found
        opened = screen.review.id if screen.review is not None else None
        return screen.description, rows, hits, opened


@pytest.fixture
def app_with_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], ReelApp]:
    """An app over a copy of the samples (a film with three reviews among them), its cache
    where it is told."""
    data_dir = tmp_path / "samples"
    shutil.copytree(SAMPLES, data_dir)

    def make(cache: Path) -> ReelApp:
        monkeypatch.setenv("REELTUI_CACHE", str(cache))
        return ReelApp(resolve(data=data_dir))

    return make


async def test_the_tui_shows_and_finds_alike_cold_warm_and_without_a_cache(
    app_with_cache: Callable[[Path], ReelApp], tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    cold = await _seen(app_with_cache(cache))
    assert any(cache.glob("catalog-*")), "the first session made the catalog"
    warm = await _seen(app_with_cache(cache))
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    none = await _seen(app_with_cache(blocker / "cache"))
    assert cold == warm == none
    description, rows, hits, opened = cold
    assert len(rows) >= 10 and "films" in description and opened is not None
    assert ("the-martian-2015", "The Martian (2015)", 3) in rows
    assert all(hits[query] for query in QUERIES), hits


async def test_a_warm_start_draws_its_first_frame_with_the_rows_and_a_first_one_without(
    app_with_cache: Callable[[Path], ReelApp], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # However slow the machine, the hold ends with the entries (or their absence), not the timer.
    monkeypatch.setattr(app_module, "_FIRST_DRAW_HOLD", 60.0)
    # What each frame the main screen rendered held: its number of rows.
    frames: list[int] = []
    render = Screen._compositor_refresh

    def counted(screen: Screen[object]) -> None:
        if isinstance(screen, MainScreen):
            frames.append(len(screen.rows))
        render(screen)

    # Whether the main screen had rows yet (the list's first screen of them, or all) each time
    # it was let draw.
    released: list[bool] = []
    release = MainScreen.release_drawing

    def releasing(screen: MainScreen) -> None:
        released.append(len(screen.rows) > 0)
        release(screen)

    monkeypatch.setattr(Screen, "_compositor_refresh", counted)
    monkeypatch.setattr(MainScreen, "release_drawing", releasing)
    cache = tmp_path / "cache"
    first = app_with_cache(cache)
    async with first.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
    # A first start has no entries to wait for: it is let draw before any row is read.
    assert released and released[0] is False
    assert frames and frames[-1] >= 10
    frames.clear()
    released.clear()
    warm = app_with_cache(cache)
    async with warm.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert not pilot.app.screen.query_one(FilmList).empty_text.startswith("Loading")
    # A warm start's first frame is the list filled: never the empty loading screen.
    assert frames and frames[0] >= 10, frames
    assert released and released[0] is True
    # and as long as it will be: its first screen of rows counts the whole list's.
    assert frames[0] == frames[-1], frames


async def test_a_first_start_keeps_the_entries_the_list_was_sent(
    app_with_cache: Callable[[Path], ReelApp], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When a first scan ends, the library's entries are those its batches sent to the list,
    not each made again from the catalog (which held every entry twice at that moment)."""
    sent: dict[int, Entry] = {}
    rows = ReelApp.on_reel_app_rows

    def recorded(app: ReelApp, message: ReelApp.Rows) -> None:
        sent.update((entry.docno, entry) for entry in message.changed.entries)
        rows(app, message)

    monkeypatch.setattr(ReelApp, "on_reel_app_rows", recorded)
    app = app_with_cache(tmp_path / "cache")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert app.library is not None and len(app.library) >= 10
        assert all(entry is sent[entry.docno] for entry in app.library.entries)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert all(row.review is sent[row.review.docno] for row in screen.rows)


async def test_a_first_start_keeps_the_listing_its_batches_made(
    app_with_cache: Callable[[Path], ReelApp], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When a first scan ends, the list keeps the listing the batches patched (it holds the
    library's entries already) instead of making it again beside it, and shows what a listing
    made from the library would."""
    patched: list[Listing] = []
    rows_changed = MainScreen._rows_changed

    def recorded(screen: MainScreen, changed: RowsChanged) -> None:
        rows_changed(screen, changed)
        patched.append(screen.listing)

    monkeypatch.setattr(MainScreen, "_rows_changed", recorded)
    app = app_with_cache(tmp_path / "cache")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen) and app.library is not None
        assert patched and screen.listing is patched[-1]
        fresh = Listing(app.library.entries, screen.listing.sort, sorted_by=SortKey.TITLE)
        assert list(screen.rows) == list(fresh.rows())
        assert screen.description.startswith(fresh.describe(len(fresh.rows())))


@pytest.mark.parametrize("interval", [0.0, 3600.0])
async def test_a_first_scan_gives_free_memory_back_from_its_own_thread_as_it_goes(
    app_with_cache: Callable[[Path], ReelApp],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    interval: float,
) -> None:
    """While a first scan writes its batches, the scanning thread hands the allocator's free
    memory back at most once an interval (not only at each full collection, once a minute,
    on the event loop's thread)."""
    import threading

    from reeltui.library import Library

    scanning = threading.local()
    given: list[bool] = []  # for each hand-back: whether the scan's thread made it, scanning
    batches: list[int] = []
    refresh = Library.refresh

    def refreshing(library: Library, **options: Any) -> Any:
        on_batch = options.get("on_batch")
        if on_batch is not None:

            def counted(numbers: list[int]) -> None:
                batches.append(len(numbers))
                on_batch(numbers)

            options["on_batch"] = counted
        scanning.now = True
        try:
            return refresh(library, **options)
        finally:
            scanning.now = False

    def recorded() -> bool:
        given.append(getattr(scanning, "now", False))
        return True

    monkeypatch.setattr(Library, "refresh", refreshing)
    monkeypatch.setattr(app_module, "give_back", recorded)
    monkeypatch.setattr(app_module, "_GIVE_BACK_INTERVAL", interval)
    app = app_with_cache(tmp_path / "cache")
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert app.library is not None and len(app.library) >= 10
    assert batches, "the scan wrote no batch"
    if interval:
        assert given.count(True) == 0, given
    else:
        assert given.count(True) == len(batches), (given, batches)
