"""The reader: scrolling keys, section jumps, the position indicator, literal text, highlights."""

from __future__ import annotations

from collections.abc import Callable

from reeltui.tui.app import ReelApp
from reeltui.tui.main.reader import MEASURE, Reader
from reeltui.tui.main.screen import MainScreen

from tui_support import drawn_text, library_of, loaded, make_review, widget_text

MAKE = Callable[..., ReelApp]


def reader_of(app: ReelApp) -> Reader:
    return app.screen.query_one(Reader)


async def test_the_sample_reads_as_headline_byline_sections(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        reader = reader_of(pilot.app)
        text = drawn_text(reader)
        lines = text.splitlines()
        assert "‘A Million Miles Away’ (2023) Review: A Beautiful Story" in lines[1]
        assert any("by Indrayudh Talukdar" in line for line in lines[:8])
        assert [h.title for h in reader.headings] == ["What’s the Movie About?"]
        assert max(len(line.strip()) for line in lines) <= MEASURE
        assert "Latest articles" not in text


async def test_paging_keys_move_by_a_screen_and_stop_at_the_ends(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        reader = reader_of(pilot.app)
        await pilot.press("tab")
        assert pilot.app.focused is reader
        page = reader.scrollable_content_region.height - 2
        await pilot.press("space")
        assert reader.scroll_y == page
        await pilot.press("pagedown")
        assert reader.scroll_y == 2 * page
        await pilot.press("pageup")
        assert reader.scroll_y == page
        await pilot.press("j", "j", "down")
        assert reader.scroll_y == page + 3
        await pilot.press("k", "up")
        assert reader.scroll_y == page + 1
        await pilot.press("G")
        assert reader.scroll_y == reader.end_y > 0
        assert reader.indicator() == "End"
        await pilot.press("space", "j")
        assert reader.scroll_y == reader.end_y
        await pilot.press("g")
        assert reader.scroll_y == 0
        assert reader.indicator() == "Top"
        await pilot.press("end", "home")
        assert reader.scroll_y == 0


async def test_the_indicator_names_the_section_and_the_percentage(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        reader = reader_of(pilot.app)
        await pilot.press("tab")
        assert str(reader.border_subtitle) == "Top"
        await pilot.press("n")
        where = reader.indicator()
        assert where.endswith("%")
        assert str(reader.border_subtitle) == f"What’s the Movie About? · {where}"


async def test_n_and_p_step_through_headings(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("G", "enter")
        reader = reader_of(pilot.app)
        assert reader.review is not None and reader.review.film.title == "The Martian"
        headings = reader.headings
        assert len(headings) == 4
        await pilot.press("n")
        assert reader.scroll_y == headings[0].line - 1
        assert reader.current_heading() == 0
        await pilot.press("n", "n", "n")
        assert reader.current_heading() == 3
        assert reader.scroll_y == headings[3].line - 1, "the last heading reaches the top"
        await pilot.press("p")
        assert reader.current_heading() == 2
        await pilot.press("p")
        assert reader.current_heading() == 1
        await pilot.press("p", "p")
        assert reader.scroll_y == 0
        assert reader.current_heading() is None


async def test_n_at_the_last_heading_stays_put(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("tab", "n")
        reader = reader_of(pilot.app)
        where = reader.scroll_y
        await pilot.press("n")
        assert reader.scroll_y == where


HOSTILE = make_review(
    "hostile",
    "[bold]Markup[/bold] Movie",
    headline="[@click=app.quit]Click me[/] Review",
    sections=(
        (None, ("Plain [red]not red[/red] and [@click=app.bell]no action[/] here.",)),
        ("# Not a *markdown* heading", ("Escape \x1b[31m byte and a bell \x07 shown.",)),
    ),
    reviewer="[i]Ann[/i]",
    bio="Bio with [link=https://example.com]a link[/link].",
    cast=(("Rosa [b]Salazar[/b]", "[blink]wife[/]"),),
)


async def test_review_text_is_shown_literally_never_interpreted() -> None:
    from reeltui.paths import resolve

    app = ReelApp(resolve(data="/reviews"), loader=library_of(HOSTILE))
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        text = " ".join(drawn_text(screen.query_one(Reader)).split())
        assert "[@click=app.quit]Click me[/] Review" in text
        assert "Plain [red]not red[/red] and [@click=app.bell]no action[/] here." in text
        assert "# Not a *markdown* heading" in text
        assert "Escape ␛[31m byte and a bell ␇ shown." in text
        assert "by [i]Ann[/i]" in text
        assert "\x1b" not in text
        side = screen.side_panel
        facts = " ".join(widget_text(side.query_one("#facts")).split())
        bio = " ".join(widget_text(side.query_one("#bio")).split())
        assert "Rosa [b]Salazar[/b]" in facts and "[blink]wife[/]" in facts
        assert "[link=https://example.com]alink[/link]" in "".join(bio.split())
        assert "[bold]Markup[/bold] Mo" in screen.film_list.render_line(0).text
        await pilot.press("tab", "n")
        assert "# Not a *markdown* heading" in str(screen.reader.border_subtitle)
        assert app.is_running


async def test_highlight_marks_names_in_reader_and_facts(make_app: MAKE) -> None:
    async with make_app().run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, MainScreen)
        reader = screen.reader
        style = reader.get_component_rich_style("reader--highlight")
        assert style.bgcolor is not None

        def highlighted_cells() -> list[str]:
            found: list[str] = []
            for y in range(reader.scrollable_content_region.height):
                for segment in reader.render_line(y):
                    if segment.style and segment.style.bgcolor == style.bgcolor:
                        found.append(segment.text)
            return found

        assert highlighted_cells() == []
        screen.highlight(["michael pena"])
        await pilot.pause()
        assert "Michael Pena" in highlighted_cells()
        assert reader.highlighted == ("michael pena",)
        screen.highlight([])
        await pilot.pause()
        assert highlighted_cells() == []


async def test_the_facts_heading_says_series_for_a_series() -> None:
    import dataclasses

    from textual.widgets import Static

    from reeltui.model import Kind
    from reeltui.paths import resolve

    film = make_review("a-film", "A Film")
    show = make_review("b-show", "B Show")
    show = dataclasses.replace(show, film=dataclasses.replace(show.film, kind=Kind.SERIES))
    app = ReelApp(resolve(data="/reviews"), loader=library_of(film, show))
    async with app.run_test(size=(140, 45)) as pilot:
        await loaded(pilot)
        heading = app.screen.query_one("#facts-heading", Static)
        assert str(heading.render()) == "Film"
        await pilot.press("j", "enter")
        await pilot.pause()
        assert reader_of(app).review is not None
        assert reader_of(app).review.film.title == "B Show"
        assert str(heading.render()) == "Series"
        await pilot.press("escape", "k", "enter")
        await pilot.pause()
        assert str(heading.render()) == "Film"
