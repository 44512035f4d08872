"""SVG snapshots of a person's page (pytest-textual-snapshot).

Regenerate with `pytest tests/tui/test_people_snapshots.py --snapshot-update`, then look at the
SVGs in `__snapshots__/` before committing them.
"""

from __future__ import annotations

from collections.abc import Callable

from bar_support import bar_options, search_ready
from textual.pilot import Pilot

from reeltui.tui.app import ReelApp
from reeltui.tui.people.screen import PersonScreen

MAKE = Callable[..., ReelApp]
SnapCompare = Callable[..., bool]


async def pena_page(pilot: Pilot[int]) -> None:
    """Load, type "pena" in the bar, choose "Open page", wait for the sentences."""
    await search_ready(pilot)
    await pilot.press("colon", *"pena")
    await bar_options(pilot)
    await pilot.press("down", "enter")
    for _ in range(200):
        await pilot.pause(0.02)
        screen = pilot.app.screen
        if isinstance(screen, PersonScreen) and screen.mentions is not None:
            break
    await pilot.press("n", "j")  # the cursor on the second sentence
    await pilot.pause()


def test_an_actors_page(snap_compare: SnapCompare, make_app: MAKE) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 36), run_before=pena_page)
