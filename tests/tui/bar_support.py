"""Helpers for the command bar tests: wait for the search, type into the bar, read its hits."""

from __future__ import annotations

import threading

import pytest
from textual.command import CommandInput, CommandList, CommandPalette
from textual.pilot import Pilot

from reeltui.search import Searcher
from reeltui.search.session import SearchState
from reeltui.tui.app import ReelApp

from tui_support import loaded

_GATHER = "--textual-command-palette-gather-commands"


def hold_text_indexing(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Make the full-text indexing of the next search wait (at most 10 s) until the event
    returned is set: names answer meanwhile, the search stays INDEXING."""
    release = threading.Event()
    real = Searcher.prepare_text

    def slow(self: Searcher, progress: object = None) -> object:
        release.wait(10)
        return real(self)

    monkeypatch.setattr(Searcher, "prepare_text", slow)
    return release


async def search_ready(pilot: Pilot[int], state: SearchState = SearchState.READY) -> None:
    """Wait for the library to load and its search to reach `state`."""
    if state is SearchState.READY:
        await loaded(pilot)
    app = pilot.app
    assert isinstance(app, ReelApp)
    for _ in range(200):
        if app.search_session.state is state:
            return
        await pilot.pause(0.02)
    raise AssertionError(f"search stayed {app.search_session.state}")


async def bar_options(pilot: Pilot[int]) -> list[str]:
    """Wait for the open bar to finish gathering hits; its options as plain text."""
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    for _ in range(200):
        await pilot.pause(0.02)
        gathering = any(w.group == _GATHER and w.is_running for w in palette.workers)
        if not gathering:
            break
    await pilot.pause()
    options = palette.query_one(CommandList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def type_in_bar(pilot: Pilot[int], text: str) -> list[str]:
    """Type into the open bar, key by key; the options it then shows."""
    await pilot.press(*("space" if char == " " else char for char in text))
    return await bar_options(pilot)


async def ask(pilot: Pilot[int], text: str) -> list[str]:
    """Put a whole query in the open bar at once (quicker than typing); the options shown."""
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    palette.query_one(CommandInput).value = text
    return await bar_options(pilot)
