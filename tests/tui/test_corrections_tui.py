"""Correcting a film's facts in the TUI: `e` with an editor (a script from
`corrections_support.py`), the form when no editor is set, a broken text, and what follows a
save: the list, the reader, the facts and the search, without a rescan."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, RadioButton, Static, TextArea

from reeltui.library import Library
from reeltui.search import FilmHit
from reeltui.tui.app import ReelApp
from reeltui.tui.corrections.form import FactsForm
from reeltui.tui.main.facts import FilmFacts
from reeltui.tui.main.film_list import FilmList
from reeltui.tui.main.reader import Reader
from reeltui.tui.main.screen import MainScreen

from corrections_support import CHROME_PAGE, editor_script, runs
from tui_support import heard, loaded, widget_text
from tui_support import settled as app_settled

MAKE = Callable[..., ReelApp]
SnapCompare = Callable[..., bool]

TITLE = "text = text.replace('title = \"Trending Now\"', 'title = \"Red Planet\"')"
YEAR = "text = text.replace('# year = 2023', 'year = 2015')"


@pytest.fixture
def page(data_dir: Path) -> Path:
    """The chrome page in the test's data folder."""
    path = data_dir / "trending.txt"
    path.write_text(CHROME_PAGE, encoding="utf-8")
    return path


@pytest.fixture
def no_editor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)


def use_editor(monkeypatch: pytest.MonkeyPatch, folder: Path, *edits: str) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", editor_script(folder, *edits))


def titles(app: ReelApp) -> list[str]:
    return [row.review.film.label for row in app.main_screen.query_one(FilmList).rows]


async def open_page(pilot: Pilot[int]) -> None:
    """Open the chrome page (last by title) in the reader."""
    await loaded(pilot)
    await pilot.press("G", "enter")
    await pilot.pause()


async def settled(pilot: Pilot[int]) -> None:
    """Wait for the save to be read again and shown."""
    for _ in range(3):
        await app_settled(pilot.app)
        await pilot.pause()


async def open_form(pilot: Pilot[int]) -> tuple[FactsForm, list[str]]:
    """Open the chrome page, then the form (`e` with no editor set, or one that fails); and
    what the app says from then on."""
    await open_page(pilot)
    app = pilot.app
    assert isinstance(app, ReelApp)
    said = heard(app)
    await pilot.press("e")
    await pilot.pause()
    form = app.screen
    assert isinstance(form, FactsForm)
    return form, said


def film_hit(app: ReelApp, query: str) -> FilmHit:
    ranked = app.search_session.rank(query)
    return next(s.hit for s in ranked.hits if isinstance(s.hit, FilmHit))


# -- where the extraction is unsure --------------------------------------------------------


async def test_the_facts_say_where_the_extraction_is_unsure(make_app: MAKE, page: Path) -> None:
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await open_page(pilot)
        facts = widget_text(app.main_screen.query_one(FilmFacts))
        assert "Unsure: title taken from the first line · no year stated" in " ".join(facts.split())
        assert facts.rstrip().endswith("e to correct")
        await pilot.press("escape", "g", "enter")  # a review the extraction was sure of
        await pilot.pause()
        assert "Unsure" not in widget_text(app.main_screen.query_one(FilmFacts))


# -- in the editor -------------------------------------------------------------------------


async def test_e_corrects_the_open_review_in_the_editor(
    make_app: MAKE, page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_editor(monkeypatch, tmp_path, f"{TITLE}; {YEAR}")
    scans: list[bool] = []  # each check of the folder: whether it was a full one
    real_refresh = Library.refresh

    def counting_refresh(self: Library, **kwargs: Any) -> Any:
        scans.append(bool(kwargs.get("full")))
        return real_refresh(self, **kwargs)

    monkeypatch.setattr(Library, "refresh", counting_refresh)
    app = make_app()
    async with app.run_test(size=(140, 24)) as pilot:
        await open_page(pilot)
        screen = app.main_screen
        reader = screen.query_one(Reader)
        await pilot.press("space")  # read on a little: the correction keeps the place
        position = reader.position
        assert position > 0
        said = heard(app)
        assert titles(app)[-1] == "Trending Now"
        full_checks = scans.count(True)
        assert full_checks == 1  # the check of the folder after the warm start
        await pilot.press("e")
        await settled(pilot)
        assert runs(tmp_path) == 1
        sidecar = page.with_suffix(".toml").read_text(encoding="utf-8")
        assert 'title = "Red Planet"\nyear = 2015\n' in sidecar
        # The list: new title and year, new place in the title order, cursor on it.
        assert titles(app) == [
            "A Million Miles Away (2023)",
            "Parallel Mothers (2021)",
            "Red Planet (2015)",
            "The Martian (2015)",
        ]
        films = screen.query_one(FilmList)
        assert films.current is not None and films.current.review.id == "trending"
        # The reader and the facts: the same review, where it was, as corrected.
        assert screen.review is not None and screen.review.film.label == "Red Planet (2015)"
        assert str(reader.border_title) == "Red Planet (2015)"
        assert reader.position == position
        assert "Unsure" not in widget_text(screen.query_one(FilmFacts))
        # The search finds the new title and no longer the old one.
        assert film_hit(app, "red planet").name == "Red Planet (2015)"
        assert not any(
            isinstance(s.hit, FilmHit) for s in app.search_session.rank("film:trending").hits
        )
        assert said == ["Saved the corrections in trending.toml. Now: title Red Planet, year 2015."]
        assert scans.count(True) == full_checks  # no rescan: the one file was read again


async def test_e_on_the_list_corrects_the_film_under_the_cursor(
    make_app: MAKE, page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_editor(monkeypatch, tmp_path, TITLE)
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = app.main_screen
        opened = screen.review
        assert opened is not None and opened.id != "trending"
        await pilot.press("G", "b")
        await app_settled(app)  # the bookmark's write, and its message, before listening
        said = heard(app)
        await pilot.press("e")
        await settled(pilot)
        assert said == [
            "Saved the corrections in trending.toml. Now: title Red Planet.",
            "The bookmark of Trending Now moved to Red Planet.",
        ]
        assert screen.review is opened  # the open review is left as it was
        assert titles(app)[2] == "Red Planet"
        assert screen.query_one(FilmList).current.review.film.title == "Red Planet"  # type: ignore[union-attr]
        assert app.bookmarks.store.keys() == frozenset({"red-planet"})


async def test_a_bookmark_stays_with_a_film_other_reviews_are_still_about(
    make_app: MAKE, page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.with_name("trending-again.txt").write_text(CHROME_PAGE, encoding="utf-8")
    use_editor(monkeypatch, tmp_path, TITLE)
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("G", "b")
        await app_settled(app)
        said = heard(app)
        await pilot.press("e")
        await settled(pilot)
        assert said[-1] == "The bookmark stays with Trending Now: 1 other review is still about it."
        assert app.bookmarks.store.keys() == frozenset({"trending-now"})


async def test_a_broken_text_given_up_is_kept_and_said(
    make_app: MAKE, page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = "text = text.replace('# year = 2023', 'year = twenty')"
    use_editor(monkeypatch, tmp_path, broken, "assert text.startswith('#! reeltui'); text = None")
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await open_page(pilot)
        said = heard(app)
        await pilot.press("e")
        await settled(pilot)
        assert runs(tmp_path) == 2
        rejected = page.with_name("trending.toml.rejected")
        assert "year = twenty" in rejected.read_text(encoding="utf-8")
        assert not page.with_suffix(".toml").exists()
        [message] = said
        assert message.startswith("Nothing was saved. Line ")
        assert "is not valid TOML: invalid value" in message
        assert message.endswith(f"Your text is kept in {rejected}.")
        assert isinstance(app.screen, MainScreen) and titles(app)[-1] == "Trending Now"


async def test_an_editor_that_cannot_start_gives_the_form(
    make_app: MAKE, page: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VISUAL", "no-such-editor-anywhere --wait")
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        _, said = await open_form(pilot)
        assert said == [
            "The editor no-such-editor-anywhere could not be started (no such file or "
            "directory). Correct the facts here instead."
        ]


# -- in the form ---------------------------------------------------------------------------


async def test_the_form_corrects_the_facts(make_app: MAKE, page: Path, no_editor: None) -> None:
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        form, _ = await open_form(pilot)
        assert form.query_one("#facts-title", Input).value == "Trending Now"
        assert form.query_one("#facts-cast", TextArea).text == (
            "Matt Damon as Watney\nJessica Chastain as Commander Lewis\n"
            "Chiwetel Ejiofor as Vincent Kapoor"
        )
        form.query_one("#facts-title", Input).value = "Red Planet"
        form.query_one("#facts-year", Input).value = "2015"
        form.query_one("#facts-cast", TextArea).text = "Matt Damon as Mark Watney"
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, MainScreen)
        text = page.with_suffix(".toml").read_text(encoding="utf-8")
        assert text.startswith("# Corrections to the facts of trending.txt")
        assert 'title = "Red Planet"\nyear = 2015\n' in text
        review = app.main_screen.review
        assert review is not None and review.film.label == "Red Planet (2015)"
        assert [(c.actor, c.role) for c in review.cast] == [("Matt Damon", "Mark Watney")]
        assert titles(app)[2] == "Red Planet (2015)"


async def test_the_form_says_what_is_wrong_and_keeps_what_was_typed(
    make_app: MAKE, page: Path, no_editor: None
) -> None:
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        form, _ = await open_form(pilot)
        form.query_one("#facts-year", Input).value = "20x5"
        form.query_one("#facts-season", Input).value = "2"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        errors = str(form.query_one("#facts-errors", Static).content)
        assert errors == (
            "Write the year as four digits, such as 2023.\n"
            "Only a series has seasons: choose series, or clear it."
        )
        assert form.query_one("#facts-year", Input).has_class("-wrong")
        assert form.focused is form.query_one("#facts-year", Input)
        assert form.query_one("#facts-year", Input).value == "20x5"
        assert not page.with_suffix(".toml").exists()
        form.query_one("#facts-year", Input).value = "2015"
        form.query_one("#facts-series", RadioButton).value = True
        await pilot.press("ctrl+s")
        await settled(pilot)
        review = app.main_screen.review
        assert review is not None and review.film.label == "Trending Now Season 2 (2015)"


async def test_leaving_the_form_with_changes_takes_a_second_escape(
    make_app: MAKE, page: Path, no_editor: None
) -> None:
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await open_form(pilot)
        await pilot.press("escape")  # nothing changed yet: it closes at once
        assert isinstance(app.screen, MainScreen)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#facts-platform", Input).value = "Disney+"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, FactsForm)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert not page.with_suffix(".toml").exists()


async def test_the_form_replaces_a_broken_sidecar_and_keeps_it(
    make_app: MAKE, page: Path, no_editor: None
) -> None:
    page.with_suffix(".toml").write_text("# my notes\ntitle = Red Planet\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        form, said = await open_form(pilot)
        warning = " ".join(str(form.query_one("#facts-warning", Static).content).split())
        assert warning == (
            "trending.toml has an error. Line 2: this is not valid TOML: invalid value "
            '(column 9); text goes in double quotes, such as title = "Heat". Saving replaces '
            "it; its text is kept in trending.toml.rejected."
        )
        form.query_one("#facts-title", Input).value = "Red Planet"
        await pilot.press("ctrl+s")
        await settled(pilot)
        rejected = page.with_name("trending.toml.rejected")
        assert rejected.read_text(encoding="utf-8") == "# my notes\ntitle = Red Planet\n"
        assert said[0].startswith(
            f"Saved the corrections in trending.toml. Its old text is kept in {rejected}."
        )
        assert titles(app)[2] == "Red Planet"


# -- how it looks ----------------------------------------------------------------------------


def test_snapshot_facts_with_notes(snap_compare: SnapCompare, make_app: MAKE, page: Path) -> None:
    assert snap_compare(make_app(), terminal_size=(140, 45), run_before=open_page)


def test_snapshot_the_form(
    snap_compare: SnapCompare, make_app: MAKE, page: Path, no_editor: None
) -> None:
    async def wrong_year(pilot: Pilot[int]) -> None:
        form, _ = await open_form(pilot)
        form.query_one("#facts-year", Input).value = "20x5"
        await pilot.press("ctrl+s")
        await settled(pilot)

    assert snap_compare(make_app(), terminal_size=(120, 45), run_before=wrong_year)
