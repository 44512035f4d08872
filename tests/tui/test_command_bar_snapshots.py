"""SVG snapshots of the command bar (pytest-textual-snapshot).

Regenerate with `pytest tests/tui/test_command_bar_snapshots.py --snapshot-update`, then look
at the SVGs in `__snapshots__/` before committing them. The empty bar is left to the Pilot
tests: it lists the key table's commands, whose wording belongs to other parts of the app.
"""

from __future__ import annotations

from collections.abc import Callable

from bar_support import bar_options, search_ready
from textual.pilot import Pilot

from reeltui.tui.app import ReelApp

MAKE = Callable[..., ReelApp]
SnapCompare = Callable[..., bool]


async def typed_pena(pilot: Pilot[int]) -> None:
    """Load, open the bar with `:` and type "pena"; wait for the hits."""
    await search_ready(pilot)
    await pilot.press("colon", *"pena")
    await bar_options(pilot)


def test_bar_with_actor_results(snap_compare: SnapCompare, make_app: MAKE) -> None:
    assert snap_compare(make_app(), terminal_size=(120, 36), run_before=typed_pena)
