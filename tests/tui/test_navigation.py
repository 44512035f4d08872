"""Keyboard and mouse: the list, opening reviews, panes, the filter, sort, overlays, quit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from textual import events
from textual.command import CommandInput
from textual.screen import Screen
from textual.widget import Widget

from reeltui.library import SortKey
from reeltui.tui.app import ReelApp
from reeltui.tui.main.film_list import FilmList
from reeltui.tui.main.filter_input import FilterInput
from reeltui.tui.main.find_bar import FindInput
from reeltui.tui.main.reader import Reader
from reeltui.tui.main.screen import MainScreen
from reeltui.tui.main.side_panel import SidePanel
from reeltui.tui.palette.bar import CommandBar
from reeltui.tui.screens.help import HelpScreen
from reeltui.tui.screens.toc import TocScreen

from tui_support import eventually, library_of, loaded, make_review

MAKE = Callable[..., ReelApp]
TITLES = ["A Million Miles Away", "Parallel Mothers", "The Martian"]


def main(app: ReelApp) -> MainScreen:
    assert isinstance(app.screen, MainScreen)
    return app.screen


async def test_start_opens_the_first_film_with_the_list_focused(make_app: MAKE) -> None:
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = main(app)
        films = screen.query_one(FilmList)
        assert [row.review.film.title for row in films.rows] == TITLES
        assert app.focused is films
        assert films.cursor == 0
        reader = screen.query_one(Reader)
        assert reader.review is not None
        assert reader.review.id == "a-million-miles-away-2023"
        assert films.open_id == "a-million-miles-away-2023"
        assert screen.header.description == "3 films · by title"


async def test_the_title_filter_never_has_the_focus_during_start_up(
    make_app: MAKE, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key typed while the app starts (":" for the command bar) must not become a filter:
    the list has the focus from the moment the panes exist."""
    focused: list[object] = []
    set_focus = Screen.set_focus

    def record(screen: Screen[object], widget: Widget | None, *args: Any, **kwargs: Any) -> Any:
        focused.append(widget)
        return set_focus(screen, widget, *args, **kwargs)

    monkeypatch.setattr(Screen, "set_focus", record)
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        assert focused, "nothing was focused"
        assert isinstance(focused[0], FilmList)
        assert not any(isinstance(widget, FilterInput) for widget in focused)


async def test_j_k_and_arrows_move_the_cursor_within_bounds(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        films = pilot.app.screen.query_one(FilmList)
        await pilot.press("j")
        assert films.cursor == 1
        await pilot.press("down", "down", "down")
        assert films.cursor == 2
        await pilot.press("k")
        assert films.cursor == 1
        await pilot.press("up", "up")
        assert films.cursor == 0
        await pilot.press("G")
        assert films.cursor == 2
        await pilot.press("g")
        assert films.cursor == 0
        await pilot.press("end", "home")
        assert films.cursor == 0
        await pilot.press("pagedown")
        assert films.cursor == 2
        await pilot.press("pageup")
        assert films.cursor == 0
        assert films.current is not None
        assert films.current.review.film.title == TITLES[0]


async def test_moving_the_cursor_does_not_open_the_film(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("j")
        reader = pilot.app.screen.query_one(Reader)
        assert reader.review is not None
        assert reader.review.id == "a-million-miles-away-2023"


async def test_enter_and_l_open_the_selected_film_and_focus_the_reader(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = main(pilot.app)
        reader = screen.query_one(Reader)
        await pilot.press("j", "enter")
        assert reader.review is not None and reader.review.film.title == "Parallel Mothers"
        assert pilot.app.focused is reader
        assert screen.query_one(FilmList).open_id == reader.review.id
        await pilot.press("escape")
        assert pilot.app.focused is screen.query_one(FilmList)
        await pilot.press("j", "l")
        assert reader.review.film.title == "The Martian"
        assert pilot.app.focused is reader
        assert reader.review.sections, "the reader shows the full review, not the card"


async def test_tab_and_shift_tab_cycle_the_panes(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = main(pilot.app)
        order = [screen.query_one(FilmList), screen.query_one(Reader), screen.query_one(SidePanel)]
        assert pilot.app.focused is order[0]
        for expected in [*order[1:], order[0]]:
            await pilot.press("tab")
            assert pilot.app.focused is expected
        for expected in [order[2], order[1], order[0]]:
            await pilot.press("shift+tab")
            assert pilot.app.focused is expected


async def test_space_in_the_list_pages_the_reader(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        reader = pilot.app.screen.query_one(Reader)
        assert reader.scroll_y == 0
        await pilot.press("space")
        assert reader.scroll_y > 0
        assert isinstance(pilot.app.focused, FilmList)


async def test_slash_filters_titles_as_you_type(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = main(pilot.app)
        films = screen.query_one(FilmList)
        await pilot.press("slash")
        assert isinstance(pilot.app.focused, FilterInput)
        await pilot.press("m", "a", "r")
        assert [row.review.film.title for row in films.rows] == ["The Martian"]
        assert screen.header.description == "1 of 3 films match “mar” · by title"
        await pilot.press("enter")
        assert pilot.app.focused is films
        assert len(films.rows) == 1
        await pilot.press("enter")
        reader = screen.query_one(Reader)
        assert reader.review is not None and reader.review.film.title == "The Martian"
        await pilot.press("escape", "escape")
        assert pilot.app.focused is films
        assert len(films.rows) == 3
        assert films.current is not None
        assert films.current.review.film.title == "The Martian", "the cursor stays on the film"
        assert screen.header.description == "3 films · by title"


async def test_keys_typed_at_once_after_slash_or_ctrl_f_go_into_the_box(make_app: MAKE) -> None:
    """Keys that arrive together (a fast typist, a paste, a slow terminal) are read before the
    app is idle: the box must have the focus by then, or `m` opens the bookmarks."""
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = main(app)
        for key, character in (("slash", "/"), ("m", "m"), ("a", "a"), ("r", "r")):
            app.post_message(events.Key(key, character))
        await pilot.pause()
        assert app.screen is screen, "no key reached the list"
        assert screen.query_one(FilterInput).value == "mar"
        assert [row.review.film.title for row in screen.query_one(FilmList).rows] == ["The Martian"]
        await pilot.press("enter", "enter")
        for key, character in (("ctrl+f", None), ("m", "m"), ("a", "a"), ("r", "r")):
            app.post_message(events.Key(key, character))
        await pilot.pause()
        assert app.screen is screen
        assert screen.query_one(FindInput).value == "mar"
        await pilot.press("slash", "x", "colon")  # in a box, `/` and `:` are text
        assert screen.query_one(FindInput).value == "mar/x:"
        assert screen.query_one(FilterInput).value == "mar"
        await pilot.press("escape", "escape")
        for key, character in (("colon", ":"), ("at", "@"), ("p", "p"), ("e", "e")):
            app.post_message(events.Key(key, character))
        await pilot.pause()
        assert isinstance(app.screen, CommandBar)
        assert app.screen.query_one(CommandInput).value == "@pe"


async def test_keys_typed_at_once_after_escape_reach_a_new_bar(make_app: MAKE) -> None:
    """`esc` then `:` and a new query, typed in one burst: the bar closes and opens again with
    the query in it; no key of it reaches the film list (where `s` would sort)."""
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = main(app)
        await pilot.press("colon", "p", "e")
        first = app.screen
        assert isinstance(first, CommandBar)
        for key, character in (
            ("escape", None),
            ("colon", ":"),
            ("at", "@"),
            ("s", "s"),
            ("x", "x"),
        ):
            app.post_message(events.Key(key, character))

        def new_bar_has_the_query() -> bool:
            # The new bar is on the screen stack before its box is composed.
            bar = app.screen
            return (
                isinstance(bar, CommandBar)
                and bar is not first
                and any(box.value == "@sx" for box in bar.query(CommandInput))
            )

        await eventually(pilot, new_bar_has_the_query)
        await pilot.pause()
        assert isinstance(app.screen, CommandBar) and app.screen is not first
        assert app.screen.query_one(CommandInput).value == "@sx"
        assert screen.listing.sort is SortKey.TITLE


async def test_escape_in_the_filter_box_clears_it(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = main(pilot.app)
        await pilot.press("slash", "z", "z", "z")
        films = screen.query_one(FilmList)
        assert films.rows == []
        assert "No films match" in films.render_line(0).text
        await pilot.press("escape")
        assert len(films.rows) == 3
        assert pilot.app.focused is films
        assert not screen.query_one(FilterInput).display


async def test_q_typed_in_the_filter_is_text_not_quit(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("slash", "q")
        assert pilot.app.is_running
        assert pilot.app.screen.query_one(FilterInput).value == "q"


async def test_s_cycles_the_sort(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = main(pilot.app)
        films = screen.query_one(FilmList)
        await pilot.press("s")
        assert [r.review.film.year for r in films.rows] == [2023, 2021, 2015]
        assert screen.header.description == "3 films · by year"
        await pilot.press("s")
        assert screen.header.description == "3 films · by reviewer"
        assert [r.review.reviewer for r in films.rows if r.review.reviewer] == sorted(
            r.review.reviewer for r in films.rows if r.review.reviewer
        )
        await pilot.press("s", "s")
        assert screen.header.description == "3 films · by title"
        assert films.current is not None
        assert films.current.review.id == "a-million-miles-away-2023"


async def test_question_mark_opens_the_help_and_escape_closes_it(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, MainScreen)
        await pilot.press("question_mark", "question_mark")
        assert isinstance(pilot.app.screen, MainScreen)


async def test_t_opens_the_contents_and_enter_jumps(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = main(pilot.app)
        await pilot.press("G", "enter")
        reader = screen.query_one(Reader)
        assert reader.review is not None and reader.review.film.title == "The Martian"
        headings = reader.headings
        assert [h.title for h in headings][-1] == "Final Verdict"
        await pilot.press("t")
        assert isinstance(pilot.app.screen, TocScreen)
        await pilot.press("j", "j", "enter")
        assert isinstance(pilot.app.screen, MainScreen)
        assert reader.scroll_y == headings[1].line - 1
        assert reader.current_heading() == 1
        assert pilot.app.focused is reader
        await pilot.press("t", "escape")
        assert isinstance(pilot.app.screen, MainScreen)
        assert reader.current_heading() == 1


async def test_q_quits(make_app: MAKE) -> None:
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_clicking_a_row_opens_that_film(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = main(pilot.app)
        films = screen.query_one(FilmList)
        await pilot.click(FilmList, offset=(5, 2))
        assert films.cursor == 2
        reader = screen.query_one(Reader)
        assert reader.review is not None and reader.review.film.title == "The Martian"


async def test_the_wheel_scrolls_the_reader(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        reader = pilot.app.screen.query_one(Reader)
        x, y = reader.region.center
        reader.post_message(
            events.MouseScrollDown(reader, 10, 10, 0, 1, 0, False, False, False, x, y)
        )
        await pilot.pause()
        assert reader.scroll_y > 0
        before = reader.scroll_y
        reader.post_message(
            events.MouseScrollUp(reader, 10, 10, 0, -1, 0, False, False, False, x, y)
        )
        await pilot.pause()
        assert reader.scroll_y < before


async def test_the_side_panel_scrolls_with_keys_and_escape_goes_back(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 16)) as pilot:
        await loaded(pilot)
        screen = main(pilot.app)
        side = screen.side_panel

        async def press(*keys: str) -> None:
            # The panel scrolls smoothly: a loaded machine can still be animating a scroll
            # when the keys have been handled.
            await pilot.press(*keys)
            await pilot.wait_for_scheduled_animations()

        await press("shift+tab")
        assert pilot.app.focused is side
        assert side.max_scroll_y > 0
        await press("j", "down")
        assert side.scroll_y == 2
        await press("k")
        assert side.scroll_y == 1
        await press("G")
        assert side.scroll_y == side.max_scroll_y
        await press("g")
        assert side.scroll_y == 0
        await press("space")
        assert side.scroll_y > 0
        await press("pageup", "escape")
        assert side.scroll_y == 0
        assert pilot.app.focused is screen.film_list


def _sixty_films() -> ReelApp:
    """An app whose list holds sixty films, more than a screen."""
    from reeltui.paths import resolve

    many = [make_review(f"film-{n:02}", f"Film {n:02}", 2000 + n) for n in range(60)]
    return ReelApp(resolve(data="/reviews"), loader=library_of(*many))


async def test_the_wheel_scrolls_the_list_and_keys_keep_the_cursor_in_view() -> None:
    app = _sixty_films()
    async with app.run_test(size=(140, 20)) as pilot:
        await loaded(pilot)
        films = main(app).film_list
        height = films.scrollable_content_region.height
        films.post_message(events.MouseScrollDown(films, 5, 5, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert films.scroll_y > 0
        assert films.cursor == 0, "the wheel scrolls; it does not move the cursor"
        await pilot.press("pagedown")
        assert films.cursor == height - 1
        await pilot.press("G")
        assert films.cursor == 59
        assert films.scroll_y == films.max_scroll_y
        assert "Film 59" in films.render_line(height - 1).text


async def test_the_cursor_keeps_its_line_when_rows_move_around_it(make_app: MAKE) -> None:
    """A new order (or rows arriving in a scan) keeps the chosen film where the eye is."""
    # 200 films, each year once, in an order of years unlike the order of titles.
    reviews = [make_review(f"film-{n}", f"Film {n}", 1800 + n * 7 % 200) for n in range(100, 300)]
    app = make_app(loader=library_of(*reviews))
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        films = main(app).query_one(FilmList)
        await pilot.press(*"jjjjj")
        assert films.current is not None and films.current.review.film.title == "Film 105"
        assert films.cursor - round(films.scroll_y) == 5
        await pilot.press("s")  # newest first: Film 105 (1935) has 64 films above it
        await pilot.pause()
        assert films.current is not None and films.current.review.film.title == "Film 105"
        assert films.cursor == 64
        assert films.cursor - round(films.scroll_y) == 5


async def test_the_end_of_a_scan_leaves_the_cursor_and_the_open_review_alone(
    make_app: MAKE,
) -> None:
    """A first scan sets the library again when it ends (its last rows): the film the user
    moved to stays chosen, and the review open stays open."""
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = main(app)
        films = screen.query_one(FilmList)
        opened = screen.review
        await pilot.press("j", "j")
        assert films.current is not None and films.current.review.film.title == "The Martian"
        app.library = app.library  # what the end of a scan does
        await pilot.pause()
        await pilot.pause()
        assert films.current is not None and films.current.review.film.title == "The Martian"
        assert screen.review is opened


async def test_a_passing_smaller_height_leaves_the_list_where_it_was() -> None:
    app = _sixty_films()
    async with app.run_test(size=(140, 20)) as pilot:
        await loaded(pilot)
        films = main(app).film_list
        height = films.scrollable_content_region.height
        await pilot.press(*["j"] * height)  # the cursor on the last line shown
        top = films.scroll_y
        assert top == 1 and films.cursor == height
        await pilot.resize_terminal(140, 18)  # two rows fewer: the list follows the cursor
        await pilot.pause()
        assert films.scroll_y == top + 2
        await pilot.resize_terminal(140, 20)  # back: the rows shown before, not one line on
        await pilot.pause()
        assert films.scroll_y == top and films.cursor == height
        await pilot.resize_terminal(140, 18)
        await pilot.pause()
        await pilot.press("k")  # the reader moved: the height's return changes nothing
        scrolled = films.scroll_y
        await pilot.resize_terminal(140, 20)
        await pilot.pause()
        assert films.scroll_y == scrolled
