"""People's pages in the TUI: opened from the command bar's "Open page" line or with `P`,
their films, reviews and sentences, and reading a sentence where it stands."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from bar_support import ask, hold_text_indexing, search_ready
from textual.pilot import Pilot

from reeltui.search import SearchState
from reeltui.tui.app import ReelApp
from reeltui.tui.main.screen import MainScreen
from reeltui.tui.people.chooser import PeopleScreen
from reeltui.tui.people.items import ItemKind
from reeltui.tui.people.screen import PersonScreen

from tui_support import drawn_text, library_of, make_review

MAKE = Callable[..., ReelApp]
SIZE = (120, 40)


def main_of(app: ReelApp) -> MainScreen:
    return app.main_screen


async def page_ready(pilot: Pilot[int], mentions: bool = True) -> PersonScreen:
    """Wait for the person's page on top to be made (with its sentences when `mentions`)."""
    for _ in range(200):
        await pilot.pause(0.02)
        screen = pilot.app.screen
        if not isinstance(screen, PersonScreen) or screen.page is None:
            continue
        if not mentions or screen.mentions is not None or not screen.page.has_credits:
            await pilot.pause()
            return screen
    raise AssertionError(f"no page on top: {pilot.app.screen!r}")


def kinds(screen: PersonScreen) -> list[tuple[ItemKind, str]]:
    """The page's items as (kind, what they show in a word)."""
    shown: list[tuple[ItemKind, str]] = []
    for item in screen.view.items:
        if item.film is not None:
            shown.append((item.kind, f"{item.film.film.label} {item.film.credit}"))
        elif item.review is not None:
            shown.append((item.kind, f"{item.review.film.label} {item.review.rating}"))
        elif item.mention is not None:
            shown.append((item.kind, item.mention.sentence[:30]))
        else:
            shown.append((item.kind, item.text))
    return shown


async def test_open_page_from_the_bar_then_read_a_sentence_where_it_stands(
    make_app: MAKE,
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        await pilot.press("colon")
        options = await ask(pilot, "pena")
        assert options[1] == "  ↳ Open page: Michael Peña  films and mentions"
        await pilot.press("down", "enter")
        screen = await page_ready(pilot)
        assert kinds(screen) == [
            (ItemKind.NAME, "Michael Peña"),
            (ItemKind.LINE, "Actor in 2 films"),
            (ItemKind.LINE, "Also written Michael Pena"),
            (ItemKind.HEADING, "Films · 2"),
            (ItemKind.FILM, "A Million Miles Away (2023) as Jose M. Hernandez"),
            (ItemKind.FILM, "The Martian (2015) as Rick Martinez"),
            (ItemKind.HEADING, "Mentioned in reviews · 3 sentences"),
            (ItemKind.MENTION, "Michael Pena stars as Jose M. "),
            (ItemKind.MENTION, "Michael Pena excels in his rol"),
            (ItemKind.MENTION, "Jessica Chastain, in the role "),
        ]
        text = drawn_text(screen.view)
        assert "Actor · Michael Peña" in str(screen.query_one("#person-title").render())
        assert "A Million Miles Away" in text and "as Rick Martinez" in text
        assert "The Martian (2015) › What’s the Movie About? · review by Dev Raghunathan" in text
        assert app.focused is screen.view
        assert screen.view.current is not None
        assert screen.view.current.kind is ItemKind.FILM, "the cursor starts on the first film"

        await pilot.press("n")  # to the sentences
        assert screen.view.current is not None and screen.view.current.kind is ItemKind.MENTION
        await pilot.press("j", "j")
        current = screen.view.current
        assert current is not None and current.mention is not None
        assert current.mention.review.id == "the-martian-2015"
        await pilot.press("enter")
        await pilot.pause()
        main = main_of(app)
        assert app.screen is main
        reader = main.reader
        assert reader.review is not None and reader.review.id == "the-martian-2015"
        assert app.focused is reader
        assert reader.scroll_y > 0, "scrolled down to the sentence"
        shown = " ".join(drawn_text(reader).split())
        assert "while Michael Peña plays Rick Martinez" in shown
        assert "Peña" in reader.highlighted and "Michael Pena" in reader.highlighted
        assert main.film_list.open_id == "the-martian-2015"

        # P offers the page again, where its cursor was.
        await pilot.press("P")
        await pilot.pause()
        chooser = app.screen
        assert isinstance(chooser, PeopleScreen)
        await pilot.press("enter")
        again = await page_ready(pilot)
        assert again.view.current is not None
        assert again.view.current.mention is not None
        assert again.view.current.mention.review.id == "the-martian-2015"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is main
        # escape in the list clears the names the page marked.
        assert app.focused is reader
        await pilot.press("escape")  # from the reader: back to the list
        assert app.focused is main.film_list
        await pilot.press("escape")
        assert reader.highlighted == ()


async def test_p_offers_the_films_people_and_opens_a_reviewers_page(make_app: MAKE) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        main = main_of(app)
        assert main.review is not None and main.review.id == "a-million-miles-away-2023"
        await pilot.press("P")
        await pilot.pause()
        chooser = app.screen
        assert isinstance(chooser, PeopleScreen)
        names = [
            str(option.prompt)
            for option in chooser.query_one("#people-options").options  # type: ignore[attr-defined]
        ]
        assert names[0] == "Alejandra Marquez Abella  director"
        assert "Michael Pena  as Jose M. Hernandez" in names
        assert names[-1] == "Indrayudh Talukdar  reviewer"
        await pilot.press("end", "enter")
        screen = await page_ready(pilot)
        assert screen.page is not None and screen.page.roles == ("reviewer",)
        assert kinds(screen)[:3] == [
            (ItemKind.NAME, "Indrayudh Talukdar"),
            (ItemKind.LINE, "Reviewer of 1 film"),
            (ItemKind.TEXT, screen.page.bio or ""),
        ]
        assert kinds(screen)[3:] == [
            (ItemKind.HEADING, "Reviews · 1"),
            (ItemKind.REVIEW, "A Million Miles Away (2023) None"),
        ]
        text = drawn_text(screen.view)
        assert "Indrayudh has a master's degree" in text
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is main
        assert main.reader.review is not None
        assert main.reader.review.id == "a-million-miles-away-2023"


async def test_p_after_choosing_a_person_offers_their_page_first(make_app: MAKE) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        await pilot.press("colon")
        await ask(pilot, "director: scott")
        await pilot.press("enter")
        await pilot.pause()
        main = main_of(app)
        assert main.header.description.startswith("Director: Ridley Scott")
        await pilot.press("P")
        await pilot.pause()
        chooser = app.screen
        assert isinstance(chooser, PeopleScreen)
        first = chooser.query_one("#people-options").get_option_at_index(0)  # type: ignore[attr-defined]
        assert str(first.prompt) == "Ridley Scott  the list shows their films · director"
        await pilot.press("enter")
        screen = await page_ready(pilot)
        assert kinds(screen)[:5] == [
            (ItemKind.NAME, "Ridley Scott"),
            (ItemKind.LINE, "Director of 1 film"),
            (ItemKind.HEADING, "Films · 1"),
            (ItemKind.FILM, "The Martian (2015) director"),
            (ItemKind.HEADING, "Mentioned in reviews · 1 sentence"),
        ]


async def test_the_page_waits_for_the_full_text(
    make_app: MAKE, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = hold_text_indexing(monkeypatch)
    app = make_app()
    try:
        async with app.run_test(size=SIZE) as pilot:
            await search_ready(pilot, SearchState.INDEXING)
            main = main_of(app)
            main.post_message(MainScreen.OpenPage("michael pena"))
            screen = await page_ready(pilot, mentions=False)
            assert screen.mentions is None
            assert kinds(screen)[-2:] == [
                (ItemKind.HEADING, "Mentioned in reviews"),
                (
                    ItemKind.NOTE,
                    "The review text is still being indexed (indexing…); the sentences that "
                    "name them will appear here.",
                ),
            ]
            assert kinds(screen)[4][0] is ItemKind.FILM, "the films do not wait"
            release.set()
            screen = await page_ready(pilot)
            assert screen.mentions is not None and len(screen.mentions.found) == 3
    finally:
        release.set()


async def test_a_page_is_drawn_literally_and_thousands_of_films_scroll(make_app: MAKE) -> None:
    hostile = "[b]Evil[/b] \x1b[31mRed"
    reviews = [
        make_review(
            f"film-{n:04}",
            f"Film {n:04}",
            2000 + n % 20,
            cast=((hostile, f"Role {n} [i]x[/i]"),),
            sections=((None, (f"In film {n}, {hostile} shines.",)),),
        )
        for n in range(3000)
    ]
    app = make_app(loader=library_of(*reviews))
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        main_of(app).post_message(MainScreen.OpenPage("b evil b 31mred"))
        screen = await page_ready(pilot)
        assert screen.page is not None and len(screen.page.films) == 3000
        view = screen.view
        text = drawn_text(view)
        assert "[b]Evil[/b] ␛[31mRed" in text
        assert "as Role 0 [i]x[/i]" in text
        assert "\x1b" not in text
        assert screen.mentions is not None and not screen.mentions.complete
        await pilot.press("G")
        assert view.current is not None and view.current.kind is ItemKind.MENTION
        bottom = drawn_text(view)
        assert "There may be more: a page reads at most 400 passages" in bottom
        assert "In film 299, [b]Evil[/b] ␛[31mRed shines." in bottom
        await pilot.press("g")
        assert view.current is not None and view.current.film is not None
        assert view.current.film.film.title == "Film 0000"
