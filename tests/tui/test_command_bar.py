"""The command bar: `:` and `ctrl+p`, people, films, full text, commands, and the search's life.

The bar is Textual's command palette fed by `reeltui.tui.palette.providers`; these tests drive
it with keys as a user would and check what the list, header and reader show afterwards.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from bar_support import ask, bar_options, hold_text_indexing, search_ready, type_in_bar
from textual.command import CommandPalette
from textual.screen import ModalScreen

from reeltui.library import Library, SortKey
from reeltui.paths import resolve
from reeltui.search import Searcher
from reeltui.search.session import SearchSession, SearchState
from reeltui.tui.app import ReelApp
from reeltui.tui.main.hits import highlight_names, paragraph_of
from reeltui.tui.main.screen import MainScreen
from reeltui.tui.screens.help import HelpScreen

from tui_support import drawn_text, library_of, make_review

MAKE = Callable[..., ReelApp]
SIZE = (120, 40)


def main_of(app: ReelApp) -> MainScreen:
    """The main screen, which must be on top."""
    assert isinstance(app.screen, MainScreen)
    return app.screen


async def test_colon_opens_the_bar_and_pena_narrows_to_the_actor(make_app: MAKE) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        await pilot.press("colon")
        assert isinstance(app.screen, CommandPalette)
        options = await type_in_bar(pilot, "pena")
        assert options[0].startswith("Michael Peña  actor · 2 films")
        await pilot.press("enter")
        await pilot.pause()
        screen = main_of(app)
        rows = screen.film_list.rows
        assert [(r.review.film.title, r.detail) for r in rows] == [
            ("A Million Miles Away", "as Jose M. Hernandez"),
            ("The Martian", "as Rick Martinez"),
        ]
        assert screen.header.description.startswith("Actor: Michael Peña · 2 films")
        assert "The Martian  as Rick Martinez" in drawn_text(screen.film_list), "the whole role"
        assert screen.has_class("-detailed")
        assert "Michael Pena" in screen.reader.highlighted
        assert "Peña" in screen.reader.highlighted
        assert app.focused is screen.film_list
        await pilot.press("escape")
        assert screen.listing.narrowing is None
        assert not screen.has_class("-detailed")
        assert len(screen.film_list.rows) == 3
        assert screen.header.description == "3 films · by title"
        assert screen.reader.highlighted == ()


async def test_ctrl_p_opens_the_bar_and_forgives_typos_and_word_order(make_app: MAKE) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        options = await type_in_bar(pilot, "pena micheal")
        assert options[0].startswith("Michael Peña  actor")
        await pilot.press("enter")
        await pilot.pause()
        assert main_of(app).header.description.startswith("Actor: Michael Peña · 2 films")


async def test_a_prefix_restricts_the_bar_to_one_kind(make_app: MAKE) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        await pilot.press("colon")
        everything = await ask(pilot, "pena")
        assert any("  text\n" in option for option in everything)
        assert await ask(pilot, "@") == ["Type an actor's name"]
        actors = await ask(pilot, "@pena")
        assert len(actors) == 2 and actors[0].startswith("Michael Peña  actor")
        assert actors[1] == "  ↳ Open page: Michael Peña  films and mentions"
        assert await ask(pilot, "actor: jet fuel") == []
        texts = await ask(pilot, "text: pena")
        assert texts and all("  text\n" in option for option in texts)


async def test_a_full_text_hit_opens_the_review_at_the_matched_paragraph(make_app: MAKE) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        screen = main_of(app)
        await pilot.press("G")  # the list cursor on another film than the one to open
        await pilot.press("colon")
        options = await type_in_bar(pilot, "jet fuel")
        assert options[0].startswith("A Million Miles Away (2023) › What’s the Movie About?  text")
        assert "jet fuel" in options[0]
        await pilot.press("enter")
        await pilot.pause()
        reader = screen.reader
        assert reader.review is not None
        assert reader.review.id == "a-million-miles-away-2023"
        assert app.focused is reader
        assert reader.scroll_y > 0
        heading = reader.current_heading()
        assert heading is not None
        assert reader.headings[heading].title == "What’s the Movie About?"
        assert "discrepancy in the jet fuel" in " ".join(drawn_text(reader).split())


async def test_films_directors_and_reviewers(make_app: MAKE) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        screen = main_of(app)
        await pilot.press("slash", *"parallel", "enter")  # a title filter that hides the film
        await pilot.press("colon")
        options = await ask(pilot, "martian")
        assert options[0].startswith("The Martian (2015)  film")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.reader.review is not None
        assert screen.reader.review.id == "the-martian-2015"
        assert screen.film_list.open_id == "the-martian-2015"
        assert screen.film_list.index_of("the-martian-2015") is not None, "the filter gave way"
        assert app.focused is screen.reader

        await pilot.press("colon")
        options = await ask(pilot, "reviewer: indrayudh")
        assert len(options) == 2
        assert options[0].startswith("Indrayudh Talukdar  reviewer · 1 film")
        assert options[1] == "  ↳ Open page: Indrayudh Talukdar  bio and reviews"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.header.description.startswith("Reviewer: Indrayudh Talukdar · 1 film")
        assert [row.review.id for row in screen.film_list.rows] == ["a-million-miles-away-2023"]
        assert screen.reader.review is not None
        assert screen.reader.review.id == "a-million-miles-away-2023", "a film of theirs is open"

        await pilot.press("colon")
        options = await ask(pilot, "director: scott")
        assert options[0].startswith("Ridley Scott  director · 1 film")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.header.description.startswith("Director: Ridley Scott · 1 film")
        assert [row.review.id for row in screen.film_list.rows] == ["the-martian-2015"]


async def test_the_empty_bar_and_the_commands(make_app: MAKE) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        screen = main_of(app)
        await pilot.press("colon")
        options = await bar_options(pilot)
        lines = [option.split("\n")[0] for option in options]
        names = [line.split("  ")[0] for line in lines]
        assert "Filter the list by title  /" in lines, "a command says its key"
        assert lines[0].endswith("  film")
        assert "A Million Miles Away (2023)" not in names, "the open film is not offered"
        assert {"Help", "Quit", "Theme", "Sort by year", "Filter the list by title"} <= set(names)
        assert "Files with problems" not in names, "no problems, no problems command"
        assert names.index("Help") > names.index("Sort by year")

        options = await ask(pilot, "year sort")
        assert options[0].startswith("Sort by year")
        await pilot.press("enter")
        await pilot.pause()
        assert screen.listing.sort is SortKey.YEAR
        assert screen.header.description.endswith("by year")

        await pilot.press("colon")
        options = await ask(pilot, "help")
        assert options[0].startswith("Help")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")

        await pilot.press("colon")
        options = await ask(pilot, "theme")
        assert options[0].startswith("Theme")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        themes = await bar_options(pilot)
        assert any("textual-dark" in theme for theme in themes)


async def test_ctrl_p_over_an_overlay_acts_on_the_main_screen(make_app: MAKE) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("ctrl+p")
        await ask(pilot, "salazar")
        await pilot.press("enter")
        await pilot.pause()
        screen = main_of(app)
        assert screen.header.description.startswith("Actor: Rosa Salazar · 1 film")
        assert screen.film_list.rows[0].detail == "as Jose’s wife"


async def test_the_bar_leaves_alone_a_screen_that_is_not_finished(make_app: MAKE) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        question = ModalScreen[None]()
        await app.push_screen(question)
        await pilot.press("ctrl+p")
        options = await ask(pilot, "salazar")
        assert not any("Salazar" in option for option in options)
        await pilot.press("escape")
        assert app.screen is question


HOSTILE = make_review(
    "hostile",
    "Safe Title",
    cast=(("[@click=app.quit]Evil Actor", "[b]role[/b]"),),
    sections=((None, ("The [@click=app.quit]Evil Actor plays here.",)),),
)


async def test_names_from_reviews_are_shown_literally(tmp_path: Path) -> None:
    app = ReelApp(resolve(data=tmp_path), loader=library_of(HOSTILE))
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        await pilot.press("colon")
        options = await ask(pilot, "evil")
        assert options[0].startswith("[@click=app.quit]Evil Actor  actor · 1 film")
        assert "as [b]role[/b] in Safe Title" in options[0]
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running
        screen = main_of(app)
        assert screen.header.description.startswith("Actor: [@click=app.quit]Evil Actor")
        assert screen.film_list.rows[0].detail == "as [b]role[/b]"


async def test_names_answer_while_the_text_is_indexing(
    make_app: MAKE, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = hold_text_indexing(monkeypatch)
    app = make_app()
    try:
        async with app.run_test(size=SIZE) as pilot:
            await search_ready(pilot, SearchState.INDEXING)
            await pilot.press("colon")
            options = await ask(pilot, "pena")
            assert options[0].startswith("Michael Peña  actor")
            assert options[-1].startswith("Full text: indexing…")
            assert not any("  text\n" in option for option in options)
            release.set()
            await search_ready(pilot)
            options = await ask(pilot, "pena ")
            assert any("  text\n" in option for option in options)
    finally:
        release.set()
    assert app.search_session.state is SearchState.NO_LIBRARY, "closed on exit"


# -- the search without the bar -----------------------------------------------------------


def _library() -> Library:
    reviews = (
        make_review("one", "One", cast=(("Michael Peña", "Jose"),)),
        make_review("two", "Two", cast=(("Michael Pena", "Rick"), ("Lena Park", None))),
        make_review("three", "Three", reviewer="Pena Reviewer"),
    )
    return Library.from_reviews(Path("/reviews"), reviews)


def test_the_bar_keeps_the_core_order_with_falling_scores(tmp_path: Path) -> None:
    search = SearchSession()
    search.load(_library(), lambda work: work())
    assert search.state is SearchState.READY
    index = search.searcher
    assert index is not None
    for query in ("pena", "micheal", "@pena", "one", "text: paragraph"):
        ranked = search.rank(query)
        assert [s.hit for s in ranked.hits] == index.suggest(query, 24, with_text=True)
        scores = [s.score for s in ranked.hits]
        assert scores == sorted(scores, reverse=True) and len(set(scores)) == len(scores)
        assert all(0.05 < score <= 0.95 for score in scores)
    assert search.rank("pena") is search.rank("pena"), "providers share one search"
    search.close()
    assert search.searcher is None and search.state is SearchState.NO_LIBRARY


def test_before_the_index_is_built_the_bar_waits_and_says_so(tmp_path: Path) -> None:
    search = SearchSession()
    search.load(_library(), lambda work: None)
    ranked = search.rank("pena")
    assert ranked.hits == () and ranked.text_pending
    assert search.describe() == "indexing…"
    search.close()


def test_closing_stops_the_indexing_in_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()
    calls: list[int] = []

    def endless(self: Searcher, progress: Callable[[int, int], None] | None = None) -> None:
        assert progress is not None
        started.set()
        for done in range(1_000_000):
            calls.append(done)
            progress(done, 1_000_000)
            threading.Event().wait(0.001)

    monkeypatch.setattr(Searcher, "prepare_text", endless)
    search = SearchSession()
    threads: list[threading.Thread] = []

    def start(work: Callable[[], None]) -> None:
        thread = threading.Thread(target=work)
        threads.append(thread)
        thread.start()

    search.load(_library(), start)
    assert started.wait(10)
    assert search.state is SearchState.INDEXING
    search.close()
    threads[0].join(10)
    assert not threads[0].is_alive()
    assert len(calls) < 1_000_000


def test_highlighted_names_are_the_spellings_and_the_surname(tmp_path: Path) -> None:
    search = SearchSession()
    search.load(_library(), lambda work: work())
    index = search.searcher
    assert index is not None
    actor = index.people("pena", "actor")[0]
    assert highlight_names(actor) == ("Michael Peña", "Michael Pena", "Peña", "Pena")
    reviewer = index.people("pena", "reviewer")[0]
    assert highlight_names(reviewer) == ("Pena Reviewer",)
    search.close()


def test_paragraph_of_a_snippet() -> None:
    review = make_review(
        "r",
        "R",
        sections=(
            (None, ("Intro.",)),
            ("Heading", ("First paragraph here.", "Second one with jet fuel in it.", "Third.")),
        ),
    )
    snippet = "…paragraph here. Second one with jet fuel in it.…"
    assert paragraph_of(review, 1, snippet, snippet.index("jet")) == 1
    assert paragraph_of(review, 1, "First paragraph here. Second one…", 0) == 0
    assert paragraph_of(review, 1, "Heading", 0) == 0
    assert paragraph_of(review, 9, "anything", None) == 0


async def test_commands_answer_while_a_first_scan_has_shown_rows_but_read_nothing_yet(
    make_app: MAKE, monkeypatch: pytest.MonkeyPatch
) -> None:
    """During a first scan the library on show has no entries loaded yet (its rows come in
    batches): the bar's commands still act on the main screen."""
    app = make_app()
    async with app.run_test(size=(140, 45)) as pilot:
        await search_ready(pilot)
        monkeypatch.setattr(Library, "__len__", lambda library: 0)
        await pilot.press("colon")
        options = await ask(pilot, "sort by year")
        assert options and options[0].startswith("Sort by year")
