"""Find in the open review (`ctrl+f`): marks as you type, the count, stepping, closing, and a
full-text hit opened with its words marked."""

from __future__ import annotations

import threading
from collections.abc import Callable

from bar_support import ask, search_ready
from textual.pilot import Pilot

from reeltui.paths import resolve
from reeltui.search.terms import FoldedText
from reeltui.tui.app import ReelApp
from reeltui.tui.main.find_bar import FindBar, FindInput
from reeltui.tui.main.reader import MAX_BLOCKS, Reader
from reeltui.tui.main.screen import MainScreen

from tui_support import library_of, loaded, make_review
from tui_support import settled as app_settled

MAKE = Callable[..., ReelApp]
SIZE = (140, 45)


def main_of(app: ReelApp) -> MainScreen:
    screen = app.screen
    assert isinstance(screen, MainScreen)
    return screen


async def settled(pilot: Pilot[int]) -> None:
    """Wait for the find workers and the messages they send."""
    await app_settled(pilot.app)
    await pilot.pause()
    await pilot.pause()


async def find(pilot: Pilot[int], text: str) -> None:
    """Type into the find bar, key by key, and wait for the marks."""
    await pilot.press(*("space" if char == " " else char for char in text))
    await settled(pilot)


def status(app: ReelApp) -> str:
    return str(app.screen.query_one("#find-status").render())


def marked(reader: Reader) -> dict[int, list[tuple[str, bool]]]:
    """The marked pieces of each visible line (by line number in the review): (text, current)."""
    normal = reader.get_component_rich_style("reader--match", partial=True).bgcolor
    current = reader.get_component_rich_style("reader--match-current", partial=True).bgcolor
    assert normal is not None and current is not None and normal != current
    lines: dict[int, list[tuple[str, bool]]] = {}
    for y in range(reader.scrollable_content_region.height):
        for segment in reader.render_line(y):
            color = segment.style.bgcolor if segment.style else None
            if color in (normal, current):
                lines.setdefault(round(reader.scroll_y) + y, []).append(
                    (segment.text, color == current)
                )
    return lines


def review_text(reader: Reader) -> str:
    """What the reader shows of the review: headline, byline, headings, paragraphs."""
    return "\n".join(block.text for block in reader._blocks)


async def open_martian(pilot: Pilot[int]) -> Reader:
    await loaded(pilot)
    await pilot.press("G", "enter")
    reader = main_of(pilot.app).reader
    assert reader.review is not None and reader.review.film.title == "The Martian"
    return reader


async def test_ctrl_f_marks_every_match_as_you_type_and_counts_them(make_app: MAKE) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        reader = await open_martian(pilot)
        app = pilot.app
        await pilot.press("ctrl+f")
        assert isinstance(app.focused, FindInput)
        assert app.screen.query_one(FindBar).display
        await find(pilot, "th")
        expected_th = review_text(reader).lower().count("th")
        assert reader.match_count == expected_th
        await find(pilot, "e")
        expected = review_text(reader).lower().count("the")
        assert 20 < expected < expected_th
        assert reader.match_count == expected
        assert status(app) == f"1 of {expected}"
        assert reader.matched_text().lower() == "the"
        lines = marked(reader)
        assert lines, "the matches in view are marked"
        assert sum(current for pieces in lines.values() for _, current in pieces) == 1
        assert all(text.lower() == "the" for pieces in lines.values() for text, _ in pieces)


async def test_enter_and_the_arrows_step_through_the_matches_and_wrap(make_app: MAKE) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        reader = await open_martian(pilot)
        app = pilot.app
        await pilot.press("ctrl+f")
        await find(pilot, "the")
        total = reader.match_count
        await pilot.press("enter", "down")
        assert status(app) == f"3 of {total}"
        await pilot.press("up")
        assert status(app) == f"2 of {total}"
        await pilot.press("shift+enter", "up")
        assert status(app) == f"{total} of {total}", "before the first is the last"
        assert reader.scroll_y > 0, "the last match was scrolled into view"
        line = max(marked(reader))
        assert any(current for _, current in marked(reader)[line])
        await pilot.press("enter")
        assert status(app) == f"1 of {total}"


async def test_accents_and_case_do_not_matter_and_the_match_is_scrolled_into_view(
    make_app: MAKE,
) -> None:
    async with make_app().run_test(size=(120, 20)) as pilot:
        reader = await open_martian(pilot)
        await pilot.press("ctrl+f")
        await find(pilot, "PENA")
        assert status(pilot.app) == "1 of 1"
        assert reader.matched_text() == "Peña"
        assert reader.scroll_y > 0
        assert [("Peña", True)] in marked(reader).values()


async def test_a_phrase_is_found_across_a_line_break_and_in_headings(make_app: MAKE) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        reader = await open_martian(pilot)
        lines = reader._text_plains
        at = next(
            n
            for n in range(len(lines) - 1)
            if lines[n] and lines[n + 1] and reader._text_lines[n + 1] == reader._text_lines[n] + 1
        )
        phrase = f"{lines[at].split()[-1]} {lines[at + 1].split()[0]}"
        await pilot.press("ctrl+f")
        await find(pilot, phrase)
        assert reader.match_count >= 1
        where = marked(reader)
        first, second = reader._text_lines[at], reader._text_lines[at + 1]
        assert first in where and second in where, "both halves of the phrase are marked"
        await pilot.press("ctrl+u")
        await find(pilot, "movie about")
        assert reader.matched_text() == "Movie About"
        heading = next(h for h in reader.headings if h.title.startswith("What"))
        assert heading.line in marked(reader)


async def test_no_matches_and_an_empty_box(make_app: MAKE) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        reader = await open_martian(pilot)
        await pilot.press("ctrl+f")
        await find(pilot, "zzq")
        assert status(pilot.app) == "No matches"
        assert reader.match_count == 0 and marked(reader) == {}
        await pilot.press("enter")
        await pilot.press("ctrl+u")
        await settled(pilot)
        assert status(pilot.app) == ""


async def test_escape_closes_the_bar_and_clears_the_marks_and_ctrl_f_finds_again(
    make_app: MAKE,
) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        reader = await open_martian(pilot)
        app = pilot.app
        screen = main_of(app)
        await pilot.press("ctrl+f")
        await find(pilot, "mars")
        assert reader.match_count > 0
        await pilot.press("escape")
        await settled(pilot)
        assert not screen.query_one(FindBar).display
        assert app.focused is reader
        assert reader.match_count == 0 and marked(reader) == {}
        await pilot.press("ctrl+f")
        await settled(pilot)
        assert screen.query_one(FindInput).value == "mars"
        assert reader.match_count > 0, "the bar remembers its text"
        await pilot.press("tab")
        assert app.focused is not reader and screen.find_query is not None
        await pilot.press("shift+tab", "escape")
        await settled(pilot)
        assert app.focused is reader and screen.find_query is None, "esc in the reader closes"
        await pilot.press("escape")
        assert screen.pane_of(app.focused) == "films", "then esc goes back to the list"


async def test_another_review_is_searched_for_the_same_words(make_app: MAKE) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        reader = await open_martian(pilot)
        await pilot.press("ctrl+f")
        await find(pilot, "the")
        martian = reader.match_count
        await pilot.press("shift+tab", "g", "enter")
        await settled(pilot)
        assert reader.review is not None and reader.review.film.title != "The Martian"
        assert reader.match_count == review_text(reader).lower().count("the") != martian
        assert status(pilot.app) == f"1 of {reader.match_count}"


async def test_ctrl_f_with_nothing_open_does_nothing(tmp_path: object) -> None:
    app = ReelApp(resolve(data="/reviews"), loader=library_of())
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+f")
        assert not isinstance(app.focused, FindInput)


async def test_a_long_review_is_searched_without_holding_up_the_keys(
    make_app: MAKE, monkeypatch: object
) -> None:
    """Matching waits on a gate here: the keys typed meanwhile still reach the box, and
    only the last query's matches are shown once it opens."""
    paragraphs = tuple(f"Paragraph {n} says needle and hay." for n in range(MAX_BLOCKS + 50))
    long = make_review("long", "Long", sections=((None, paragraphs),))
    app = ReelApp(resolve(data="/reviews"), loader=library_of(long))
    gate = threading.Event()
    real_find = FoldedText.find

    def slow_find(self: FoldedText, *args: object, **kwargs: object) -> list[tuple[int, int]]:
        gate.wait(10)
        return real_find(self, *args, **kwargs)  # type: ignore[arg-type]

    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(FoldedText, "find", slow_find)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        reader = main_of(app).reader
        await pilot.press("tab", "ctrl+f", "n", "e", "e", "d")
        await pilot.pause()
        box = app.screen.query_one(FindInput)
        assert box.value == "need", "the keys went on while the review was searched"
        assert reader.match_count == 0
        gate.set()
        await settled(pilot)
        shown = sum(1 for block in reader._blocks if "needle" in block.text)
        assert shown == MAX_BLOCKS
        assert reader.match_count == shown
        assert status(app) == f"1 of {shown:,}"


async def test_the_command_bar_finds_in_the_review(make_app: MAKE) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        await pilot.press("colon")
        options = await ask(pilot, "find")
        assert options[0] == "Find in review  ctrl+f"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.focused, FindInput)


async def test_a_full_text_hit_opens_with_its_words_marked_and_the_first_in_view(
    make_app: MAKE,
) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        app = pilot.app
        screen = main_of(app)
        await pilot.press("colon")
        options = await ask(pilot, "text: arithmetic potatoe")
        assert options[0].startswith("The Martian (2015) › What’s the Movie About?")
        await pilot.press("enter")
        await settled(pilot)
        reader = screen.reader
        assert app.focused is reader, "the reader has the focus, to read on"
        query = screen.find_query
        assert query is not None and not query.is_phrase
        assert screen.query_one(FindInput).value == "arithmetic potatoe"
        found = [reader.matched_text(n) for n in range(reader.match_count)]
        assert sorted(found) == ["arithmetic", "potatoes"]
        assert status(app) == "1 of 2 · words of your search"
        assert reader.matched_text() == "arithmetic"
        assert reader.scroll_y > 0
        pieces = [piece for line in marked(reader).values() for piece in line]
        assert ("arithmetic", True) in pieces and ("potatoes", False) in pieces
        await pilot.press("ctrl+f", "enter")
        assert reader.matched_text() == "potatoes"
        await pilot.press("escape")
        await settled(pilot)
        assert reader.match_count == 0 and screen.find_query is None


async def test_when_narrow_ctrl_f_from_the_list_shows_the_reader_with_the_bar(
    make_app: MAKE,
) -> None:
    async with make_app().run_test(size=(50, 24)) as pilot:
        await loaded(pilot)
        screen = main_of(pilot.app)
        assert screen.has_class("-narrow") and not screen.has_class("-reading")
        await pilot.press("ctrl+f")
        await pilot.pause()
        assert screen.has_class("-reading"), "the reader's pane shows, the bar under it"
        assert isinstance(pilot.app.focused, FindInput)
        await find(pilot, "space")
        assert screen.reader.match_count > 0
        assert status(pilot.app).startswith("1 of ")
