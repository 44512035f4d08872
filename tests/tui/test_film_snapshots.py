"""SVG snapshots of a film with several reviews (pytest-textual-snapshot).

Regenerate with `pytest tests/tui/test_film_snapshots.py --snapshot-update`, then look at the
SVGs in `__snapshots__/` before committing them.
"""

from __future__ import annotations

from collections.abc import Callable

from test_film_reviews import heat
from textual.pilot import Pilot

from reeltui.tui.app import ReelApp

from tui_support import library_of, loaded

MAKE = Callable[..., ReelApp]
SnapCompare = Callable[..., bool]


async def second_review(pilot: Pilot[int]) -> None:
    """Load, then `]`: the film's second review."""
    await loaded(pilot)
    await pilot.press("right_square_bracket")
    await pilot.pause()


def test_a_film_with_three_reviews(snap_compare: SnapCompare, make_app: MAKE) -> None:
    app = make_app(loader=library_of(*heat()))
    assert snap_compare(app, terminal_size=(140, 36), run_before=second_review)
