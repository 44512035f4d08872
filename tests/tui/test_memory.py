"""What reeltui remembers between runs: last review, reading positions, sort and theme."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

from reeltui.settings import load_settings
from reeltui.tui.app import ReelApp
from reeltui.tui.main.screen import MainScreen

from tui_support import loaded

MAKE = Callable[..., ReelApp]


def main(app: ReelApp) -> MainScreen:
    assert isinstance(app.screen, MainScreen)
    return app.screen


async def test_quitting_remembers_the_review_and_where_it_was_left(
    make_app: MAKE, config_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("G", "enter", "n", "n")
        reader = main(app).reader
        assert reader.review is not None and reader.review.id == "the-martian-2015"
        left_at = reader.scroll_y
        position = reader.position
        await pilot.press("q")
    saved = load_settings(config_path).settings
    assert saved.last_review == "the-martian-2015"
    assert saved.position_of("the-martian-2015") == round(position, 3)

    again = make_app()
    async with again.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = main(again)
        assert screen.reader.review is not None
        assert screen.reader.review.id == "the-martian-2015"
        assert screen.reader.scroll_y == left_at
        assert screen.film_list.current is not None
        assert screen.film_list.current.review.id == "the-martian-2015", "the row follows"


async def test_each_review_keeps_its_own_position(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = main(pilot.app)
        reader = screen.reader
        await pilot.press("tab", "space", "space")
        first = reader.scroll_y
        assert first > 0
        await pilot.press("escape", "j", "enter")
        assert reader.review is not None and reader.review.film.title == "Parallel Mothers"
        assert reader.scroll_y == 0
        await pilot.press("escape", "k", "enter")
        assert reader.review.film.title == "A Million Miles Away"
        assert reader.scroll_y == first


async def test_sort_and_theme_are_remembered(make_app: MAKE, config_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("s")
        app.theme = "nord"
        await pilot.pause()
    document = tomllib.loads(config_path.read_text())
    assert document["sort"] == "year"
    assert document["theme"] == "nord"

    again = make_app()
    async with again.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        assert again.theme == "nord"
        screen = main(again)
        assert screen.header.description == "3 films · by year"
        assert [r.review.film.year for r in screen.film_list.rows] == [2023, 2021, 2015]


async def test_a_broken_config_is_reported_and_ignored(make_app: MAKE, config_path: Path) -> None:
    config_path.write_text("theme = \n[[[ not toml")
    app = make_app()
    told: list[str] = []
    app.notify = lambda message, **options: told.append(message)  # type: ignore[method-assign]
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        assert app.is_running
        assert any(str(config_path) in message for message in told)
        assert main(app).reader.review is not None
        await pilot.press("s", "q")
    assert load_settings(config_path).settings.sort == "year"
    kept = [p for p in config_path.parent.iterdir() if ".broken-" in p.name]
    assert len(kept) == 1 and kept[0].read_text() == "theme = \n[[[ not toml"


async def test_unknown_saved_values_fall_back_to_defaults(
    make_app: MAKE, config_path: Path
) -> None:
    config_path.write_text('theme = "no-such-theme"\nsort = "sideways"\nlast_review = "gone"\n')
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = main(app)
        assert app.theme == "textual-dark"
        assert screen.header.description == "3 films · by title"
        assert screen.reader.review is not None
        assert screen.reader.review.id == "a-million-miles-away-2023"
