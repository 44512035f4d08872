"""SVG snapshots of the bookmarks as a user sees them: the marked list and the bookmarks screen.

Regenerate with `pytest tests/tui/test_bookmarks_snapshots.py --snapshot-update`, then look at
the SVGs in `__snapshots__/` before committing them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from reeltui.tui.app import ReelApp

from bookmark_files import MARTIAN_WATCHED
from tui_support import loaded, settled

MAKE = Callable[..., ReelApp]
SnapCompare = Callable[..., bool]

#: Dates at noon UTC, so the local date shown is the same in every time zone tests run in.
FILE = (
    MARTIAN_WATCHED
    + """
[[bookmark]]
film_key = "a-million-miles-away-2023"
title = "A Million Miles Away"
year = 2023
status = "to-watch"
added = 2026-11-24T12:00:00Z
note = "Recommended by Ana [b]after the festival[/b]; watch it with the family"

[[bookmark]]
film_key = "somewhere-else-1999"
title = "Somewhere Else"
year = 1999
status = "to-watch"
added = 2026-11-25T12:00:00Z
"""
)


async def settle(pilot: Pilot[Any]) -> None:
    """Wait for the library to load before the keys are pressed."""
    await loaded(pilot)


def test_bookmarks_screen(snap_compare: SnapCompare, make_app: MAKE, tui_home: Path) -> None:
    (tui_home / "bookmarks.toml").write_text(FILE, encoding="utf-8")
    assert snap_compare(make_app(), press=["m", "j"], terminal_size=(120, 32), run_before=settle)


def test_bookmarked_films_only(snap_compare: SnapCompare, make_app: MAKE, tui_home: Path) -> None:
    (tui_home / "bookmarks.toml").write_text(FILE, encoding="utf-8")
    assert snap_compare(make_app(), press=["B"], terminal_size=(120, 32), run_before=settle)


def test_import_prompt_with_a_malformed_file(
    snap_compare: SnapCompare, make_app: MAKE, tmp_path: Path, monkeypatch: Any
) -> None:
    (tmp_path / "broken-diary.csv").write_text(
        "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\r\n"
        "2024-01-02,Roma,2018,,4,,,2024-01-01\r\n"
        "2024-01-03,Heat,nineteen,,4,,,2024-01-01\r\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)

    async def import_it(pilot: Pilot[Any]) -> None:
        await loaded(pilot)
        await pilot.press("I", *"broken-diary.csv", "enter")
        await settled(pilot.app)
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(100, 30), run_before=import_it)
