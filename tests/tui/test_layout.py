"""The layout at each width, and what survives a resize."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual.geometry import Region
from textual.screen import Screen
from textual.strip import Strip
from textual.widget import Widget

from reeltui.tui.app import ReelApp
from reeltui.tui.main.film_list import FilmList
from reeltui.tui.main.reader import Reader
from reeltui.tui.main.screen import MainScreen
from reeltui.tui.main.side_panel import SidePanel

from tui_support import loaded

MAKE = Callable[..., ReelApp]


def panes(app: ReelApp) -> tuple[MainScreen, FilmList, Reader, SidePanel]:
    screen = app.screen
    assert isinstance(screen, MainScreen)
    return screen, screen.film_list, screen.reader, screen.side_panel


async def test_wide_three_panes_side_by_side(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen, films, reader, side = panes(pilot.app)
        assert screen.has_class("-wide")
        assert films.region.right <= reader.region.x
        assert reader.region.right <= side.region.x
        assert side.region.y == reader.region.y
        assert screen.header.region.y == 0


async def test_below_100_columns_the_side_panel_goes_under_the_reader(make_app: MAKE) -> None:
    async with make_app().run_test(size=(80, 30)) as pilot:
        await loaded(pilot)
        screen, films, reader, side = panes(pilot.app)
        assert screen.has_class("-medium")
        assert side.region.y >= reader.region.bottom
        assert side.region.x == reader.region.x
        assert reader.region.height > side.region.height
        assert films.region.right <= reader.region.x


async def test_below_60_columns_the_list_and_the_reader_take_turns(make_app: MAKE) -> None:
    async with make_app().run_test(size=(50, 24)) as pilot:
        await loaded(pilot)
        screen, films, reader, side = panes(pilot.app)
        assert screen.has_class("-narrow")
        assert films.region.width > 40
        assert reader.region.width == 0
        await pilot.press("j", "enter")
        assert pilot.app.focused is reader
        assert reader.region.width > 40
        assert films.region.width == 0
        assert reader.review is not None and reader.review.film.title == "Parallel Mothers"
        assert reader.line_count > 0 and reader.indicator() == "Top"
        await pilot.press("space")
        assert reader.scroll_y > 0
        await pilot.press("tab")
        assert pilot.app.focused is side
        assert side.region.width > 40 and reader.region.width == 0
        await pilot.press("tab")
        assert pilot.app.focused is films
        assert films.region.width > 40 and side.region.width == 0
        await pilot.press("l")
        await pilot.press("escape")
        assert pilot.app.focused is films


async def test_resizing_keeps_the_place_in_the_review(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen, films, reader, side = panes(pilot.app)
        await pilot.press("tab", "n")
        heading = reader.headings[0]
        assert reader.scroll_y == heading.line - 1
        await pilot.resize_terminal(80, 30)
        await pilot.pause()
        assert screen.has_class("-medium")
        moved = reader.headings[0]
        assert moved.line != heading.line, "narrower text wraps into more lines"
        assert reader.scroll_y == moved.line - 1, "the same heading is still at the top"
        await pilot.resize_terminal(50, 24)
        await pilot.pause()
        assert screen.has_class("-narrow")
        assert pilot.app.focused is reader
        assert reader.region.width > 0
        assert reader.current_heading() == 0
        await pilot.resize_terminal(140, 45)
        await pilot.pause()
        assert screen.has_class("-wide")
        assert reader.scroll_y == reader.headings[0].line - 1
        assert films.region.width > 0 and side.region.width > 0


async def test_the_list_keeps_the_cursor_visible_when_the_window_shrinks(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        _, films, _, _ = panes(pilot.app)
        await pilot.press("G")
        await pilot.resize_terminal(140, 8)
        await pilot.pause()
        top = round(films.scroll_y)
        assert top <= films.cursor < top + films.scrollable_content_region.height


async def test_a_resize_behind_an_overlay_still_changes_the_layout(make_app: MAKE) -> None:
    from reeltui.tui.screens.help import HelpScreen

    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen, _films, reader, side = panes(pilot.app)
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.resize_terminal(80, 30)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert screen.has_class("-medium") and not screen.has_class("-wide")
        assert side.region.y >= reader.region.bottom


async def test_a_resize_to_the_size_it_has_with_a_layout_pending_lays_out_once(
    make_app: MAKE, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        layouts: list[object] = []
        refresh_layout = Screen._refresh_layout

        def counted(self: Screen[object], *args: Any, **kwargs: Any) -> None:
            if self is screen:
                layouts.append(args)
            refresh_layout(self, *args, **kwargs)

        monkeypatch.setattr(Screen, "_refresh_layout", counted)
        screen.refresh(layout=True)
        screen._screen_resized(app.size)  # as Textual hands on the terminal's report
        await pilot.pause()
        assert len(layouts) == 1
        layouts.clear()
        await pilot.resize_terminal(90, 40)  # another size: laid out for it
        await pilot.pause()
        assert layouts and screen.has_class("-medium")
        assert screen.query_one("#films-pane").region.width == 28


async def test_the_panes_containers_are_not_drawn_what_they_hold_is(
    make_app: MAKE, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The containers that only place the panes (no background, no border) are left out of the
    frame: each was a screenful of blank lines drawn under the panes at every full draw."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        drawn: list[str | None] = []
        render_lines = Widget.render_lines

        def recorded(widget: Widget, crop: Region) -> list[Strip]:
            drawn.append(widget.id)
            return render_lines(widget, crop)

        monkeypatch.setattr(Widget, "render_lines", recorded)
        app.screen.refresh()  # the whole screen drawn again
        await pilot.pause()
        assert {"films-pane", "films", "reader", "side"} <= set(drawn), drawn
        assert not {"panes", "body", "reading"} & set(drawn), drawn
