"""The film list keeps the lines of rows it drew: a row is made again only when what it shows
or how it looks changed."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rich.text import Text
from textual.geometry import Region

from reeltui.tui.app import ReelApp
from reeltui.tui.main.film_list import FilmList, _fitted

from tui_support import loaded

MAKE = Callable[..., ReelApp]


async def test_rows_drawn_again_are_not_made_again_unless_they_changed(
    make_app: MAKE, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    make_row = FilmList._make_row

    def counted(self: FilmList, row, *args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(row.review.film.title)
        return make_row(self, row, *args, **kwargs)

    monkeypatch.setattr(FilmList, "_make_row", counted)
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        films = app.main_screen.query_one(FilmList)
        region = films.scrollable_content_region
        crop = Region(0, 0, region.width, region.height)
        count = len(films.rows)
        assert count >= 2
        first = [strip.text for strip in films.render_lines(crop)]
        made.clear()
        # The same rows again (a batch of a scan gives the list its rows anew): none made.
        films.rows = films.rows
        assert [strip.text for strip in films.render_lines(crop)] == first
        assert made == []
        # A mark, the cursor and the open bar change what a row shows: those rows are made.
        key = films.rows[1].film_key
        films.marks = {key: "*"}
        films.cursor = 1
        again = [strip.text for strip in films.render_lines(crop)]
        assert again[1] != first[1] and "*" in again[1]
        assert set(made) <= {films.rows[0].review.film.title, films.rows[1].review.film.title}
        assert films.rows[1].review.film.title in made


@pytest.mark.parametrize(
    "title", ["", "Up", "The Martian", "x" * 120, "東京物語 Tokyo Story", "e\u0301cole", "😀 smile"]
)
def test_a_plain_title_is_cut_and_padded_as_rich_would(title: str) -> None:
    for width in (0, 1, 2, 5, 12, 30, 110):
        text = Text(title)
        text.truncate(width, overflow="ellipsis", pad=True)
        assert _fitted(title, width) == text.plain, (title, width)
