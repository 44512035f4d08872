"""SVG snapshots of what a user sees (pytest-textual-snapshot).

Regenerate with `pytest tests/tui/test_snapshots.py --snapshot-update`, then look at the SVGs
in `__snapshots__/` before committing them: they are the product's screens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from reeltui.tui.app import ReelApp

from tui_support import loaded, settled

MAKE = Callable[..., ReelApp]
SnapCompare = Callable[..., bool]


async def settle(pilot: Pilot[Any]) -> None:
    """Wait for the library to load before the keys are pressed."""
    await loaded(pilot)


def test_main_screen_wide_with_the_sample_open(snap_compare: SnapCompare, make_app: MAKE) -> None:
    assert snap_compare(make_app(), terminal_size=(140, 45), run_before=settle)


def test_main_screen_at_80_columns(snap_compare: SnapCompare, make_app: MAKE) -> None:
    assert snap_compare(make_app(), terminal_size=(80, 30), run_before=settle)


def test_reading_a_section(snap_compare: SnapCompare, make_app: MAKE) -> None:
    assert snap_compare(
        make_app(), press=["enter", "n", "j"], terminal_size=(140, 45), run_before=settle
    )


def test_narrow_reader(snap_compare: SnapCompare, make_app: MAKE) -> None:
    assert snap_compare(make_app(), press=["enter"], terminal_size=(50, 24), run_before=settle)


def test_help_screen(snap_compare: SnapCompare, make_app: MAKE) -> None:
    assert snap_compare(
        make_app(), press=["question_mark"], terminal_size=(140, 45), run_before=settle
    )


def test_table_of_contents(snap_compare: SnapCompare, make_app: MAKE) -> None:
    assert snap_compare(
        make_app(), press=["G", "enter", "t"], terminal_size=(140, 45), run_before=settle
    )


def test_title_filter(snap_compare: SnapCompare, make_app: MAKE) -> None:
    assert snap_compare(
        make_app(), press=["slash", "m", "a", "r"], terminal_size=(140, 45), run_before=settle
    )


def test_empty_folder_screen(snap_compare: SnapCompare, make_app: MAKE) -> None:
    missing = Path("/nonexistent/reeltui/reviews")
    assert snap_compare(make_app(data=missing), terminal_size=(100, 32), run_before=settle)


def test_find_bar_with_matches(snap_compare: SnapCompare, make_app: MAKE) -> None:
    """The Martian, "the" found: every match marked, the second current, "2 of 44"."""

    async def find_the(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("G", "enter", "ctrl+f", "t", "h", "e")
        await settled(pilot.app)
        await pilot.press("enter")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(140, 45), run_before=find_the)


def test_help_screen_with_rebound_keys(
    snap_compare: SnapCompare, make_app: MAKE, config_path: Path
) -> None:
    config_path.write_text('[keys]\nbookmark = "ctrl+b"\nreader.next_section = [">", "n"]\n')
    assert snap_compare(
        make_app(), press=["question_mark"], terminal_size=(140, 45), run_before=settle
    )
