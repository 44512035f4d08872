"""The live folder: files added, changed and deleted while the app runs show up by themselves,
and the review open in the reader is read again, where it was being read."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from reeltui.tui.app import ReelApp
from reeltui.tui.main.screen import MainScreen

from tui_support import loaded, within

MAKE = Callable[..., ReelApp]


def _ids(screen: MainScreen) -> list[str]:
    return [row.review.id for row in screen.rows]


async def test_files_added_changed_and_deleted_show_up(make_app: MAKE, data_dir: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert "the-martian-again" not in _ids(screen)

        def martians() -> int:  # one row per film: a second review of it counts in its row
            return sum(row.reviews for row in screen.rows if row.film_key == "the-martian-2015")

        before = martians()
        shutil.copy(data_dir / "the-martian-2015.txt", data_dir / "the-martian-again.txt")
        took = await within(lambda: martians() == before + 1)
        assert took < 2.5
        assert app.library is not None and app.library.get("the-martian-again") is not None
        (data_dir / "parallel-mothers-2021.txt").unlink()
        await within(lambda: "parallel-mothers-2021" not in _ids(screen))
        assert app.library is not None and app.library.get("parallel-mothers-2021") is None


async def test_the_open_review_is_read_again_where_it_was(make_app: MAKE, data_dir: Path) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.press("G", "enter", "space", "space")
        reader = screen.reader
        assert reader.review is not None and reader.review.id == "the-martian-2015"
        left_at = reader.scroll_y
        assert left_at > 0
        path = data_dir / "the-martian-2015.txt"
        text = path.read_text(encoding="utf-8")
        with open(path, "r+", encoding="utf-8") as handle:  # written over in place
            handle.write(text.replace("The Martian", "The Martian Revisited", 1))
            handle.truncate()
        before = reader.review
        await within(lambda: reader.review is not None and reader.review is not before)
        await pilot.pause()
        assert reader.review is not None and reader.review.id == "the-martian-2015"
        assert abs(reader.scroll_y - left_at) <= 1
        assert "Revisited" in reader.review.headline + reader.review.film.title


async def test_the_cursor_follows_its_film_to_a_new_title(make_app: MAKE, data_dir: Path) -> None:
    """A file under the cursor (not the open one) is given another title on disk: the list
    sorts it elsewhere and the cursor goes with it, not to the top."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        films = screen.film_list
        assert screen.review is not None and screen.review.id != "the-martian-2015"
        assert films.select_film("the-martian-2015")
        path = data_dir / "the-martian-2015.txt"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("The Martian", "Zulu Martian"), encoding="utf-8")
        await within(lambda: any(row.film_key.startswith("zulu-martian") for row in screen.rows))
        await pilot.pause()
        current = films.current
        assert current is not None and current.review.id == "the-martian-2015"
        assert current.film_key.startswith("zulu-martian")
        assert films.cursor == len(screen.rows) - 1, "sorted last, and not the first row"
