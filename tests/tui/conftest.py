"""Fixtures for the TUI tests: private user files, a fixed copy of the data, app factories.

Every TUI test runs with `REELTUI_CONFIG`, `REELTUI_BOOKMARKS` and `REELTUI_CACHE` pointing
into its own temporary folder, so no test reads or writes the user's real files. The reviews
come from `tests/tui/data/reviews` (three fixed copies of sample reviews), copied per test, so
the snapshots do not change when more sample reviews are added to `data/reviews`.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from reeltui.library import Library
from reeltui.paths import Paths, resolve
from reeltui.tui.app import Loader, ReelApp

from sample_paths import SAMPLES
from tui_support import settled

DATA = Path(__file__).parent / "data" / "reviews"


@pytest.fixture(autouse=True)
def reviews_open_before_the_next_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let each key press and click also wait for a review being opened and a bookmark being
    written (the app does both in workers): the tests then see the screen as a person would a
    moment later."""
    wait = Pilot._wait_for_screen
    groups = frozenset({"open", "bookmarks"})

    async def and_the_open_review(self: Pilot[object], timeout: float = 30.0) -> bool:
        done = await wait(self, timeout)
        if any(w.group in groups for w in self.app.workers):
            await settled(self.app, groups)
            done = await wait(self, timeout)
        return done

    monkeypatch.setattr(Pilot, "_wait_for_screen", and_the_open_review)


@pytest.fixture(autouse=True)
def steady_text_cursors(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text cursors stay lit instead of blinking every half second.

    A snapshot taken on a loaded machine can land more than half a second after a box got the
    focus, when the cursor is in the dark half of its blink; that failed the form's snapshot
    now and then. A person sees the cursor lit as they type, which is what the snapshots show.
    """
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)


@pytest.fixture(autouse=True)
def tui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private home for settings, bookmarks and cache; the environment points at it."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("REELTUI_CONFIG", str(home / "config.toml"))
    monkeypatch.setenv("REELTUI_BOOKMARKS", str(home / "bookmarks.toml"))
    monkeypatch.setenv("REELTUI_CACHE", str(home / "cache"))
    monkeypatch.delenv("REELTUI_DATA", raising=False)
    return home


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh copy of the fixed test reviews."""
    target = tmp_path / "reviews"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    """Paths resolved the way the CLI does, with the data folder given as `--data`."""
    return resolve(data=data_dir)


@pytest.fixture
def make_app(paths: Paths) -> Callable[..., ReelApp]:
    """Make an app over the test data (or another folder, or a custom loader)."""

    def make(data: Path | None = None, loader: Loader | None = None) -> ReelApp:
        chosen = paths if data is None else resolve(data=data)
        return ReelApp(chosen, loader=loader)

    return make


@pytest.fixture
def config_path(tui_home: Path) -> Path:
    """Where the settings of the app under test are written."""
    return tui_home / "config.toml"


@pytest.fixture
def bookmarks_path(tui_home: Path) -> Path:
    """Where the app under test keeps its bookmarks ($REELTUI_BOOKMARKS)."""
    return tui_home / "bookmarks.toml"


@pytest.fixture
def warm_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReelApp:
    """An app over a copy of the samples whose catalog is already made: a warm start."""
    data_dir = tmp_path / "samples"
    shutil.copytree(SAMPLES, data_dir)
    monkeypatch.setenv("REELTUI_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("REELTUI_CONFIG", str(tmp_path / "config.toml"))
    Library.load(data_dir, tmp_path / "cache").refresh(full=True)  # the catalog, made once
    return ReelApp(resolve(data=data_dir))


@pytest.fixture
def let_read(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The library's entries are read only once the test sets this: until then a warm start's
    list has its first rows alone."""
    let = threading.Event()
    load_entries = Library.load_entries

    def held(library: Library) -> list[object]:
        let.wait(10)
        return load_entries(library)  # type: ignore[return-value]

    monkeypatch.setattr(Library, "load_entries", held)
    yield let
    let.set()
