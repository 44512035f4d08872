"""The user's keys from `[keys]` in config.toml: they work, the defaults they replace do not,
the key bar, the help and the command bar show them, and unusable entries are reported once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bar_support import ask, search_ready
from rich.console import Console
from textual.widgets import Static

from reeltui.tui.app import ReelApp
from reeltui.tui.key_bar import KeyBar
from reeltui.tui.main.find_bar import FindInput
from reeltui.tui.main.screen import MainScreen
from reeltui.tui.screens.help import HelpScreen, KeysScreen

from tui_support import heard, loaded, settled

MAKE = Callable[..., ReelApp]
SIZE = (140, 45)

KEYS = """
[keys]
bookmark = "ctrl+b"
help = "f1"
reader.next_section = [">", "N"]
find_bar.next = "ctrl+n"
"""


def main_of(app: ReelApp) -> MainScreen:
    screen = app.screen
    assert isinstance(screen, MainScreen)
    return screen


def bar_text(app: ReelApp) -> str:
    return " ".join(
        f"{item.keys} {item.description}" for item in app.screen.query_one(KeyBar).shown
    )


def screen_text(app: ReelApp) -> str:
    """Everything the top screen's text widgets say (scrolled out of view or not), plain."""
    console = Console(width=200, color_system=None)
    parts: list[str] = []
    for widget in app.screen.query(Static):
        with console.capture() as capture:
            console.print(widget.content)
        parts.append(capture.get())
    return " ".join(" ".join(parts).split())


async def test_a_rebound_key_works_and_its_default_no_longer_does(
    make_app: MAKE, config_path: Path
) -> None:
    config_path.write_text(KEYS)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        film = main_of(app).film_list.current
        assert film is not None
        await pilot.press("b")
        await pilot.pause()
        assert film.review.film_key not in set(app.bookmarks.keys())
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert film.review.film_key in set(app.bookmarks.keys())
        assert "ctrl+b Bookmark" in bar_text(app)
        assert "f1 Help" in bar_text(app)
        assert " b Bookmark" not in bar_text(app)
        await pilot.press("question_mark")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)


async def test_pane_and_find_bar_keys_can_be_rebound_too(make_app: MAKE, config_path: Path) -> None:
    config_path.write_text(KEYS)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("G", "enter")
        reader = main_of(app).reader
        assert reader.current_heading() is None
        await pilot.press("n")
        assert reader.current_heading() is None, "n is no longer next section"
        await pilot.press("greater_than_sign")
        assert reader.current_heading() == 0
        await pilot.press("N")
        assert reader.current_heading() == 1
        assert "> p Section" in bar_text(app)
        await pilot.press("ctrl+f", "t", "h", "e")
        await settled(app)
        await pilot.pause()
        assert isinstance(app.focused, FindInput)
        first = reader.current_match
        await pilot.press("enter")
        assert reader.current_match == first, "enter no longer steps"
        await pilot.press("ctrl+n")
        assert reader.current_match != first
        assert "ctrl+n Next" in bar_text(app)


async def test_the_help_and_the_command_bar_show_the_user_s_keys(
    make_app: MAKE, config_path: Path
) -> None:
    config_path.write_text(KEYS)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        await pilot.press("f1")
        text = screen_text(app)
        assert "ctrl+b Bookmark / un-bookmark the film" in text
        assert "> N Next section" in text
        assert "ctrl+n ↓ Next match" not in text and "ctrl+n Next match" in text
        assert "[keys] table of config.toml" in text
        assert "f1 to close" not in text
        await pilot.press("escape")
        await pilot.press("colon")
        options = await ask(pilot, "bookmark")
        assert "Bookmark / un-bookmark the film  ctrl+b" in options


async def test_the_keys_command_says_where_keys_are_set_and_lists_every_id(
    make_app: MAKE, config_path: Path
) -> None:
    config_path.write_text(KEYS + 'bookmrk = "x"\n')
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        await pilot.press("colon")
        options = await ask(pilot, "keys")
        assert options[0] == "Keys: where to change them, and their names"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, KeysScreen)
        flat = screen_text(app)
        assert str(config_path) in flat
        assert "You changed 4 keys." in flat
        assert 'keys.bookmrk = "x" names no action' in flat
        assert "bookmark ctrl+b Bookmark / un-bookmark the film (default b)" in flat
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_unusable_entries_are_reported_once_at_start_and_keep_their_defaults(
    make_app: MAKE, config_path: Path
) -> None:
    config_path.write_text(
        '[keys]\nbookmark = "n"\nreader.top = "ctrl+q"\nnothing = "x"\nwatched = "ctrl+w"\n'
    )
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        notes = [n for n in app._notifications if n.title == "Keys not changed"]
        assert len(notes) == 1
        sentences = sorted(notes[0].message.split("\n"))
        assert len(sentences) == 3
        assert sentences[0].startswith('keys.bookmark = "n" takes n')
        assert sentences[1].startswith('keys.nothing = "x" names no action')
        assert sentences[2].startswith('keys.reader.top = "ctrl+q" takes ctrl+q')
        assert app.user_keys.keymap == {"watched": "ctrl+w"}
        film = main_of(app).film_list.current
        assert film is not None
        await pilot.press("b")
        await pilot.pause()
        assert film.review.film_key in set(app.bookmarks.keys()), "b still bookmarks"
        await pilot.press("q")
    assert config_path.read_text().count('bookmark = "n"') == 1, "the user's table is kept"


async def test_sentences_name_the_users_keys_not_the_defaults(
    make_app: MAKE, config_path: Path
) -> None:
    config_path.write_text('[keys]\nbookmark = "ctrl+b"\nundo = "U"\nbookmarks.import = "I"\n')
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        said = heard(app)
        await pilot.press("m")
        await pilot.pause()
        empty = screen_text(app)
        assert "press ctrl+b on a film to bookmark it" in empty
        assert "press I to import" in empty
        await pilot.press("escape")
        await pilot.press("ctrl+b")
        await pilot.pause()
        await pilot.press("ctrl+b")
        await settled(app)
        await pilot.pause()
        removed = [line for line in said if line.startswith("Removed the bookmark")]
        assert removed and removed[-1].endswith("press U to undo.")
        await pilot.press("w")
        await pilot.pause()
        assert any("press ctrl+b to bookmark it" in line for line in said)


async def test_dialog_borders_name_the_users_keys(make_app: MAKE, config_path: Path) -> None:
    config_path.write_text(
        '[keys]\nbookmarks.open = "o"\nbookmarks.close = "x"\nnote.cancel = "ctrl+g"\n'
    )
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("m")
        await pilot.pause()
        bookmarks = app.screen.query_one("#bookmarks-dialog")
        assert str(bookmarks.border_subtitle) == "o to read · x to close"
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("b", "m")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        note = app.screen.query_one("#note-dialog")
        assert str(note.border_subtitle) == "enter to save · ctrl+g to cancel"
