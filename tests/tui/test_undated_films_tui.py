"""A review without a year joins the one dated film of its title: one row in the list, with
the year and both reviews, the facts merged, the bookmark made on the yearless row before
following it; live, as the dated review comes and goes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bar_support import search_ready, type_in_bar
from textual.command import CommandPalette
from undated_films import write_review

from reeltui.bookmarks import Status
from reeltui.tui.app import ReelApp
from reeltui.tui.bookmarks.marks import mark_of
from reeltui.tui.main.screen import MainScreen

from tui_support import drawn_lines, loaded, on_disk, pressed, within

MAKE = Callable[..., ReelApp]


def _aavesham(screen: MainScreen) -> list[tuple[str, int, int | None]]:
    """The rows of Aavesham: film key, number of reviews, the year shown."""
    return [
        (row.film_key, row.reviews, row.review.year)
        for row in screen.rows
        if row.film_key.startswith("aavesham")
    ]


async def test_one_row_and_its_bookmark_as_the_dated_review_comes_and_goes(
    make_app: MAKE, data_dir: Path, bookmarks_path: Path
) -> None:
    write_review(data_dir, "aavesham-plain", "Aavesham", None, "Priya Nair")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert _aavesham(screen) == [("aavesham", 1, None)]
        assert screen.film_list.select_film("aavesham")
        await pressed(pilot, "b")  # bookmarked while the film has no year
        assert list(on_disk(bookmarks_path)) == ["aavesham"]
        mark = mark_of(Status.TO_WATCH)

        dated = write_review(data_dir, "aavesham-dated", "Aavesham", 2024, "Anil Menon")
        took = await within(lambda: _aavesham(screen) == [("aavesham-2024", 2, 2024)])
        assert took < 2.5
        await pilot.pause()
        assert screen.marks.get("aavesham-2024") == mark
        [line] = [line for line in drawn_lines(screen.film_list) if "Aavesham" in line]
        assert "2024" in line and mark in line and "2 reviews" in line.replace("  ", " ")

        # The merged row's facts hold both reviews; `enter` reads one of them.
        assert screen.film_list.select_film("aavesham-2024")
        await pressed(pilot, "enter")
        assert screen.film is not None and screen.film.film.year == 2024
        assert sorted(review.id for review in screen.film.reviews) == [
            "aavesham-dated",
            "aavesham-plain",
        ]

        # `b` on the merged row removes the bookmark made before, not a second one.
        await pressed(pilot, "b")
        await pilot.pause()
        assert on_disk(bookmarks_path) == {}
        assert "aavesham-2024" not in screen.marks
        await pressed(pilot, "u")
        assert list(on_disk(bookmarks_path)) == ["aavesham"]
        await within(lambda: screen.marks.get("aavesham-2024") == mark)

        dated.unlink()
        await within(lambda: _aavesham(screen) == [("aavesham", 1, None)])
        await pilot.pause()
        assert screen.marks.get("aavesham") == mark
        assert "aavesham-2024" not in screen.marks


async def test_a_remake_keeps_the_yearless_row_apart(make_app: MAKE, data_dir: Path) -> None:
    write_review(data_dir, "aavesham-plain", "Aavesham", None, "Priya Nair")
    write_review(data_dir, "aavesham-old", "Aavesham", 1984, "Anil Menon")
    write_review(data_dir, "aavesham-new", "Aavesham", 2024, "Dev Raghunathan")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert _aavesham(screen) == [
            ("aavesham", 1, None),
            ("aavesham-1984", 1, 1984),
            ("aavesham-2024", 1, 2024),
        ]


async def test_the_command_bar_gives_one_film_as_the_cli_does(
    make_app: MAKE, data_dir: Path
) -> None:
    write_review(data_dir, "aavesham-plain", "Aavesham", None, "Priya Nair")
    write_review(data_dir, "aavesham-dated", "Aavesham", 2024, "Anil Menon")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await search_ready(pilot)
        await pilot.press("colon")
        assert isinstance(app.screen, CommandPalette)
        options = await type_in_bar(pilot, "@faasil")
        assert options[0].startswith("Fahadh Faasil  actor · 1 film")
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert [(row.film_key, row.review.year) for row in screen.film_list.rows] == [
            ("aavesham-2024", 2024)
        ]
        await pilot.press("escape")
        await pilot.press("colon")
        options = await type_in_bar(pilot, "film:aavesham")
        assert [option for option in options if option.startswith("Aavesham")] == [
            option for option in options if option.startswith("Aavesham (2024)")
        ]
        assert any(option.startswith("Aavesham (2024)") for option in options)
