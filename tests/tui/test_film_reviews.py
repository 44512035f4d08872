"""A film's reviews together in the TUI: `[` and `]` switch reviewer, the reader's title says
which review this is, and the facts panel merges what the reviews say."""

from __future__ import annotations

from collections.abc import Callable

from bar_support import ask, search_ready
from textual.command import CommandPalette

from reeltui.model import Review
from reeltui.tui.app import ReelApp
from reeltui.tui.main.screen import MainScreen
from reeltui.tui.people.screen import PersonScreen

from tui_support import drawn_text, library_of, loaded, make_review, widget_text

MAKE = Callable[..., ReelApp]
SIZE = (140, 45)


def heat() -> list[Review]:
    """Heat reviewed three times on three scales, the cast spelt two ways; and another film."""
    paragraph = ((None, ("Pacino and De Niro share one scene.",)),)
    return [
        make_review(
            "heat-ana",
            "Heat",
            1995,
            reviewer="Ana Reviewer",
            rating="8/10",
            runtime=170,
            directors=("Michael Mann",),
            cast=(("Al Pacino", "Vincent Hanna"), ("Robert De Niro", "Neil McCauley")),
            sections=paragraph,
        ),
        make_review(
            "heat-bo",
            "Heat",
            1995,
            reviewer="Bo Critic",
            bio="Bo reviews crime films.",
            rating="3.5/4",
            runtime=170,
            directors=("Michael Mann",),
            cast=(("Al  Pacino", "Hanna"), ("Val Kilmer", "Chris Shiherlis")),
            sections=paragraph,
        ),
        make_review(
            "heat-cy",
            "Heat",
            1995,
            reviewer="Cy Writer",
            bio="Cy writes.",
            rating="B+",
            directors=("Michael Mann",),
            sections=paragraph,
        ),
        make_review("other", "Other", 2001, rating="4/5"),
    ]


def main_of(app: ReelApp) -> MainScreen:
    return app.main_screen


async def test_brackets_switch_reviewer_and_the_title_says_which(make_app: MAKE) -> None:
    app = make_app(loader=library_of(*heat()))
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        main = main_of(app)
        reader = main.reader
        assert main.review is not None and main.review.id == "heat-ana"
        assert str(reader.border_title) == "Heat (1995) · 1 of 3 · Ana Reviewer"
        await pilot.press("right_square_bracket")
        assert main.review is not None and main.review.id == "heat-bo"
        assert str(reader.border_title) == "Heat (1995) · 2 of 3 · Bo Critic"
        assert main.film_list.open_id == "heat-bo"
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert main.review is not None and main.review.id == "heat-cy", "wraps round"
        assert str(reader.border_title) == "Heat (1995) · 3 of 3 · Cy Writer"
        bio = widget_text(main.query_one("#bio"))
        assert "Cy Writer" in bio and "Cy writes." in bio
        # From the reader too.
        await pilot.press("tab")
        assert app.focused is reader
        await pilot.press("right_square_bracket")
        assert main.review is not None and main.review.id == "heat-ana"
        assert app.focused is reader

        # A film with one review: no counter, no reviewer keys.
        main.open_review(main.film_list.rows[-1].review)
        await pilot.pause()
        assert main.review is not None and main.review.id == "other"
        assert str(reader.border_title) == "Other (2001)"
        assert main.film is None
        assert not main.check_action("next_review", ())
        await pilot.press("right_square_bracket")
        assert main.review.id == "other"


async def test_the_facts_merge_what_the_reviews_say(make_app: MAKE) -> None:
    app = make_app(loader=library_of(*heat()))
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        main = main_of(app)
        await pilot.press("right_square_bracket")
        facts = widget_text(main.query_one("#facts"))
        lines = [line.strip() for line in facts.splitlines()]
        assert "Director Michael Mann" in lines, "one director, not three"
        assert sum("Pacino" in line for line in lines) == 1, "one actor across spellings"
        assert "as Vincent Hanna" in lines, "the bare 'Hanna' gives way"
        assert "as Chris Shiherlis" in lines and "as Neil McCauley" in lines
        assert "Runtime  170 min (2 h 50 min)" in lines
        assert "Ratings    8/10  Ana Reviewer" in lines
        assert "▸ 3.5/4 Bo Critic" in lines
        assert "B+    Cy Writer" in lines
        assert "Average  4.2/5 from 2 reviews" in lines


async def test_the_bar_offers_the_next_reviewer(make_app: MAKE) -> None:
    app = make_app(loader=library_of(*heat()))
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        await pilot.press("colon")
        assert isinstance(app.screen, CommandPalette)
        options = await ask(pilot, "next rev")
        assert options[0].startswith("Next review of the film  ]")
        await pilot.press("enter")
        await pilot.pause()
        main = main_of(app)
        assert main.review is not None and main.review.id == "heat-bo"


async def test_the_list_has_one_row_per_film_and_remembers_the_review_read(
    make_app: MAKE,
) -> None:
    app = make_app(loader=library_of(*heat()))
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        main = main_of(app)
        films = main.film_list
        assert [(row.review.film.title, row.reviews) for row in films.rows] == [
            ("Heat", 3),
            ("Other", 1),
        ]
        assert main.header.description == "2 films · 4 reviews · by title"
        assert "Heat  3 reviews" in drawn_text(films)
        await pilot.press("right_square_bracket")
        assert films.cursor == 0, "the film's row stays under the cursor"
        assert films.open_id == "heat-bo"
        await pilot.press("j", "enter")
        assert main.review is not None and main.review.id == "other"
        await pilot.press("escape", "k", "enter")
        assert main.review is not None and main.review.id == "heat-bo", "the review read last"
        # The bar opens a film with several reviews where it stands, without narrowing.
        await pilot.press("escape", "j", "enter")
        await pilot.press("colon")
        options = await ask(pilot, "film: heat")
        assert options[0].startswith("Heat (1995)  film · 3 reviews")
        await pilot.press("enter")
        await pilot.pause()
        assert main.listing.narrowing is None
        assert main.review is not None and main.review.id == "heat-bo"
        assert films.cursor == 0


async def test_a_film_on_a_persons_page_opens_the_review_read_last(make_app: MAKE) -> None:
    app = make_app(loader=library_of(*heat()))
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        main = main_of(app)
        await pilot.press("right_square_bracket")
        assert main.review is not None and main.review.id == "heat-bo"
        await pilot.press("j", "enter")  # another film between
        main.post_message(MainScreen.OpenPage("al pacino"))
        for _ in range(100):
            await pilot.pause(0.02)
            if isinstance(app.screen, PersonScreen) and app.screen.mentions is not None:
                break
        page = app.screen
        assert isinstance(page, PersonScreen)
        current = page.view.current
        assert current is not None and current.film is not None
        assert current.film.film.title == "Heat" and len(current.film.reviews) == 2
        await pilot.press("enter")
        await pilot.pause()
        assert main.review is not None and main.review.id == "heat-bo"
