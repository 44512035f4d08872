"""The command bar during a first scan: people and films answer from the files read so far,
with a quiet line saying how far the scan is; choosing a hit acts as usual; when the scan
ends the bar goes on to the library's own search without a gap."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from bar_support import ask, bar_options, search_ready
from textual.command import CommandInput, CommandList

from reeltui.library import refresh as refresh_module
from reeltui.paths import resolve, samples_dir
from reeltui.search import Searcher
from reeltui.search.session import SearchState
from reeltui.tui.app import ReelApp
from reeltui.tui.main.screen import MainScreen
from reeltui.tui.palette.bar import REFRESH_EVERY

from tui_support import loaded

#: The first batch of a scan: eight files.
FIRST_BATCH = 8
SAMPLES = len(list(samples_dir().iterdir()))
NOTE = (
    f"{FIRST_BATCH:,} of {SAMPLES:,} files read so far; more answers as the rest is read\n"
    "full text once every file is read"
)


#: The files a scan reads first (a folder's files come before its sub-folders): Michael Peña
#: is in two of them; the rest, The Martian's three reviews with him among them, come later.
FIRST = (
    "a-million-miles-away-2023.txt",
    "end-of-watch-2012.txt",
    "amores-perros-2000.txt",
    "anatomy-of-a-fall-2023.txt",
    "drive-my-car-2021.txt",
    "dune-part-two-2024.txt",
    "nomadland-2020.txt",
    "roma-2018.txt",
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The samples: the eight of `FIRST` at the top, the others in a sub-folder."""
    target = tmp_path / "samples"
    later = target / "later"
    later.mkdir(parents=True)
    for sample in samples_dir().iterdir():
        shutil.copy(sample, (target if sample.name in FIRST else later) / sample.name)
    return target


@pytest.fixture
def paused_scan(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[threading.Event, threading.Event]]:
    """The scan stops after its first batch of files until released: the events it sets once
    it has stopped, and that release it."""
    stopped, release = threading.Event(), threading.Event()
    real = refresh_module.parse_chunk
    calls = 0

    def parse(chunk: tuple[list[tuple[str, str]], str]) -> list[object]:
        nonlocal calls
        calls += 1
        if calls == 2:
            stopped.set()
            assert release.wait(20), "the test never released the scan"
        return real(chunk)  # type: ignore[return-value]

    monkeypatch.setattr(refresh_module, "parse_chunk", parse)
    yield stopped, release
    release.set()


async def _first_rows(pilot: object, app: ReelApp) -> None:
    """Wait until the first batch is on show, with the scan's progress."""
    for _ in range(400):
        await pilot.pause(0.02)  # type: ignore[attr-defined]
        if app.library is not None and app.scan_progress == (FIRST_BATCH, SAMPLES):
            return
    raise AssertionError(f"no rows: {app.library} {app.scan_progress}")


async def test_people_and_films_answer_from_the_files_read_so_far(
    folder: Path, paused_scan: tuple[threading.Event, threading.Event]
) -> None:
    stopped, release = paused_scan
    app = ReelApp(resolve(data=folder))
    async with app.run_test(size=(140, 45)) as pilot:
        assert stopped.wait(20)
        await _first_rows(pilot, app)
        assert app.search_session.state is SearchState.NO_LIBRARY
        await pilot.press("colon")
        options = await ask(pilot, "pena")
        assert options[0].startswith("Michael Pena  actor · 2 films\n")
        assert not any("Open page" in option for option in options)  # pages wait for the end
        assert options[-1] == NOTE
        assert await ask(pilot, "martian") == [NOTE]  # not read yet
        films = await ask(pilot, "end of wat")
        assert films[0].startswith("End of Watch (2012)  film")
        # Choosing a person narrows the list to their films read so far.
        await ask(pilot, "micheal pena")
        await pilot.press("enter")
        await pilot.pause(0.1)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert screen.listing.narrowing is not None
        assert screen.listing.narrowing.label == "Actor: Michael Pena"
        assert sorted(row.review.film.title for row in screen.rows) == [
            "A Million Miles Away",
            "End of Watch",
        ]
        # Choosing a film opens it in the reader.
        await pilot.press("colon")
        await ask(pilot, "end of watch")
        await pilot.press("enter")
        await pilot.pause(0.1)
        assert screen.review is not None and screen.review.film.title == "End of Watch"
        release.set()
        await search_ready(pilot)
        await pilot.press("colon")
        options = await ask(pilot, "pena")
        assert options[0].startswith("Michael Peña  actor · 3 films\n")
        assert any("Open page" in option for option in options)
        assert NOTE not in options
        assert app.search_session._partial is None  # let go once the search answers


async def test_when_the_scan_ends_the_bar_answers_while_the_search_is_built(
    folder: Path,
    paused_scan: tuple[threading.Event, threading.Event],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Between the end of the scan and the library's searcher answering (names derived and
    matched: seconds at 100,000 reviews) the bar goes on answering from what was read."""
    stopped, release = paused_scan
    names = threading.Event()
    real = Searcher.prepare_names

    def slow(self: Searcher) -> None:
        assert names.wait(20), "the test never let the names be built"
        real(self)

    monkeypatch.setattr(Searcher, "prepare_names", slow)
    app = ReelApp(resolve(data=folder))
    async with app.run_test(size=(140, 45)) as pilot:
        assert stopped.wait(20)
        await _first_rows(pilot, app)
        await pilot.press("colon")
        assert (await ask(pilot, "pena"))[0].startswith("Michael Pena  actor · 2 films\n")
        await pilot.press("escape")
        release.set()
        for _ in range(400):
            await pilot.pause(0.02)
            if app.scan_progress is None:
                break
        assert app.search_session.state is SearchState.BUILDING
        await pilot.press("colon")
        options = await ask(pilot, "pena")
        assert options[0].startswith("Michael Peña  actor · 3 films\n")  # every file read
        assert options[-1].startswith("Full text: indexing…")
        await pilot.press("escape")
        names.set()
        await loaded(pilot)
        await search_ready(pilot)
        await pilot.press("colon")
        options = await ask(pilot, "pena")
        assert options[0].startswith("Michael Peña  actor · 3 films\n")
        assert "↳ Open page" in options[1]


async def test_an_open_bar_asks_again_as_the_files_are_read(
    folder: Path, paused_scan: tuple[threading.Event, threading.Event]
) -> None:
    """Left open on a query nothing read so far answers, the bar fills in by itself once the
    rest of the files are read: no need to type again."""
    stopped, release = paused_scan
    app = ReelApp(resolve(data=folder))
    async with app.run_test(size=(140, 45)) as pilot:
        assert stopped.wait(20)
        await _first_rows(pilot, app)
        await pilot.press("colon")
        assert await ask(pilot, "martian") == [NOTE]  # not read yet
        release.set()
        options: list[str] = []
        for _ in range(40):
            await pilot.pause(0.25)
            options = await bar_options(pilot)
            if any(option.startswith("The Martian (2015)") for option in options):
                break
        assert any(option.startswith("The Martian (2015)") for option in options), options
        assert NOTE not in options
        assert app.screen.query_one(CommandInput).value == "martian"


async def test_the_bar_stays_put_while_the_user_is_down_its_hits(
    folder: Path, paused_scan: tuple[threading.Event, threading.Event]
) -> None:
    """Asking again would put the highlight back on the first hit: not while the user has moved
    down the list; once they are back at the top it catches up."""
    stopped, release = paused_scan
    app = ReelApp(resolve(data=folder))
    async with app.run_test(size=(140, 45)) as pilot:
        assert stopped.wait(20)
        await _first_rows(pilot, app)
        await pilot.press("colon")
        before = await ask(pilot, "a")
        assert len(before) > 2
        await pilot.press("down")
        hits = app.screen.query_one(CommandList)
        assert hits.highlighted == 1
        release.set()
        for _ in range(400):
            await pilot.pause(0.02)
            if app.scan_progress is None:
                break
        await pilot.pause(REFRESH_EVERY * 2)
        assert hits.highlighted == 1
        assert await bar_options(pilot) == before
        await pilot.press("up")
        for _ in range(40):
            await pilot.pause(0.25)
            if await bar_options(pilot) != before:
                break
        assert await bar_options(pilot) != before
