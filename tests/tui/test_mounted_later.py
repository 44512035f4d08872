"""What the first frame does not show (the title filter, the find bar, the side panel's parts,
on a warm start the progress bar, the reader and the side panel) is mounted once the screen has
been drawn; it works as if it
had been there from the start, keys typed during the start included. The widgets mounted with
the screen are styled once: the main screen's first `ScreenResume` does not style them again."""

from __future__ import annotations

import threading

import pytest
from textual import events
from textual.widgets import ProgressBar

from reeltui.library.listing import FirstRows
from reeltui.text import fold
from reeltui.tui.app import ReelApp
from reeltui.tui.main.facts import FilmFacts
from reeltui.tui.main.film_list import FilmList
from reeltui.tui.main.filter_input import FilterInput
from reeltui.tui.main.find_bar import FindBar, FindInput
from reeltui.tui.main.reader import Reader
from reeltui.tui.main.side_panel import SidePanel

from tui_support import loaded, until


async def test_a_warm_start_composes_the_hidden_widgets_after_its_first_frame(
    warm_app: ReelApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    composed: list[bool] = []
    compose = warm_app.main_screen.compose

    def noting() -> object:
        # What the screen composes, before anything is drawn.
        for widget in compose():
            composed.append(
                isinstance(widget, (FilterInput, FindBar, ProgressBar, Reader, SidePanel))
            )
            yield widget

    monkeypatch.setattr(warm_app.main_screen, "compose", noting)
    async with warm_app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        screen = warm_app.main_screen
        assert composed and not any(composed)
        # Mounted since, hidden, in their places.
        pane = screen.query_one("#films-pane")
        assert [type(child) for child in pane.children] == [FilterInput, ProgressBar, FilmList]
        assert not screen.query_one(ProgressBar).display
        assert not screen.query_one(FilterInput).display
        assert not screen.query_one(FindBar).display
        side = screen.query_one(SidePanel)
        assert screen.review is not None
        assert side.query_one(FilmFacts).review is screen.review
        # The panes mounted later are bound as if composed: the reader shows the review read
        # last, in its place under the find bar's, beside the side panel.
        reading = screen.query_one("#reading")
        assert [type(child) for child in reading.children] == [Reader, FindBar]
        assert screen.reader.review is screen.review and side.border_title == "About"
        assert [child.id for child in screen.query_one("#body").children] == ["reading", "side"]


async def test_keys_typed_during_a_warm_start_reach_the_filter_mounted_later(
    warm_app: ReelApp, let_read: threading.Event
) -> None:
    async with warm_app.run_test(size=(120, 40)) as pilot:
        screen = warm_app.main_screen
        await until(pilot, lambda: isinstance(screen.rows, FirstRows))
        # Typed before the whole list is in: held, then handed on in order.
        for key, character in (("slash", "/"), ("t", "t"), ("h", "h"), ("e", "e")):
            warm_app.post_message(events.Key(key, character))
        await pilot.pause()
        assert warm_app.library is None
        let_read.set()
        await loaded(pilot)
        box = screen.query_one(FilterInput)
        assert box.value == "the" and warm_app.focused is box
        titles = [row.review.film.title for row in screen.film_list.rows]
        assert titles and all("the" in fold(title) for title in titles)
        await pilot.press("escape")
        assert not box.value and len(screen.film_list.rows) > len(titles)


async def test_the_find_bar_mounted_later_finds_by_keys_and_closes(warm_app: ReelApp) -> None:
    async with warm_app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        screen = warm_app.main_screen
        assert screen.review is not None
        await pilot.press("ctrl+f")
        box = screen.query_one(FindInput)
        assert warm_app.focused is box and screen.query_one(FindBar).display
        await pilot.press("t", "h", "e")
        await until(pilot, lambda: screen.find_status is not None)
        assert screen.find_status is not None and screen.find_status[1] > 0
        await pilot.press("escape")
        assert screen.find_query is None and not screen.query_one(FindBar).display


async def test_a_click_on_the_side_panel_mounted_later_focuses_it(warm_app: ReelApp) -> None:
    async with warm_app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        side = warm_app.main_screen.query_one(SidePanel)
        assert side.query_one(FilmFacts).display
        await pilot.click(SidePanel, offset=(3, 3))
        assert warm_app.focused is side


async def test_the_first_resume_leaves_every_widget_styled_as_a_full_restyle_would(
    warm_app: ReelApp,
) -> None:
    async with warm_app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        screen = warm_app.main_screen
        nodes = [screen, *screen.walk_children(with_self=False)]
        before = {id(node): node.styles.get_rules() for node in nodes}
        components = {id(node): dict(node._component_styles) for node in nodes}
        screen.update_node_styles(animate=False)
        assert {id(node): node.styles.get_rules() for node in nodes} == before
        assert {id(node): dict(node._component_styles) for node in nodes} == components


async def test_a_screen_taken_down_before_its_first_frame_mounts_nothing(
    warm_app: ReelApp, let_read: threading.Event
) -> None:
    """Quitting at once can take the screen down before the callback that mounts the hidden
    widgets runs: it must then do nothing, not raise."""
    async with warm_app.run_test(size=(120, 40)) as pilot:
        screen = warm_app.main_screen
        await until(pilot, lambda: isinstance(screen.rows, FirstRows))
        await pilot.press("q")
        await until(pilot, lambda: not warm_app.is_running)
    let_read.set()
    assert not screen.is_attached
    screen._hidden_mounted = None  # as if the first frame's callbacks had not run yet
    assert screen.mount_hidden() == []
