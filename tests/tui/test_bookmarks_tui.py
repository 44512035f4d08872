"""Bookmarks in the TUI: `b`, `w`, `B`, the bookmarks screen, the note editor, other copies'
writes, a broken file and a disk that refuses writes."""

from __future__ import annotations

import asyncio
import errno
import os
import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input

from reeltui.bookmarks import BookmarkStore, Status
from reeltui.library import Library
from reeltui.tui.app import ReelApp
from reeltui.tui.bookmarks.badge import BookmarkBadge
from reeltui.tui.bookmarks.marks import mark_of
from reeltui.tui.bookmarks.note import NoteScreen, one_line
from reeltui.tui.bookmarks.repair import RepairScreen
from reeltui.tui.bookmarks.screen import BookmarksScreen, describe, short_date
from reeltui.tui.bookmarks.state import bookmarked_rows
from reeltui.tui.main.film_list import FilmList
from reeltui.tui.main.screen import MainScreen

from bookmark_files import MARTIAN_WATCHED
from tui_support import (
    drawn_lines,
    heard,
    loaded,
    make_review,
    on_disk,
    pressed,
    settled,
    widget_text,
)

MAKE = Callable[..., ReelApp]
MILLION = "a-million-miles-away-2023"
MOTHERS = "parallel-mothers-2021"
MARTIAN = "the-martian-2015"

#: A file as a user might have it: a note, a watched film, a film not in the data folder, and a
#: title and note that look like markup (they must be shown as they are).
FILE = (
    MARTIAN_WATCHED
    + """
[[bookmark]]
film_key = "a-million-miles-away-2023"
title = "A Million Miles Away"
year = 2023
status = "to-watch"
added = 2026-11-24T12:00:00Z
note = "Recommended by Ana [b]not bold[/b]"

[[bookmark]]
film_key = "somewhere-else-1999"
title = "[red]Somewhere[/red] Else"
year = 1999
status = "to-watch"
added = 2026-11-25T12:00:00Z
"""
)


def main(app: ReelApp) -> MainScreen:
    assert isinstance(app.screen, MainScreen)
    return app.screen


def marks(app: ReelApp) -> dict[str, str]:
    """The mark drawn in each row of the film list, by title."""
    films = app.main_screen.query_one(FilmList)
    lines = drawn_lines(films)[: len(films.rows)]
    return {row.review.film.title: line[1] for row, line in zip(films.rows, lines, strict=True)}


# -- pure helpers ----------------------------------------------------------------------------


def test_marks_and_descriptions() -> None:
    assert mark_of(None) == " "
    assert mark_of(Status.TO_WATCH) == "★"
    assert mark_of(Status.WATCHED) == "✓"
    assert one_line("  two\nlines\t here ") == "two lines here"
    assert short_date(None) == ""
    assert short_date(datetime(2026, 11, 24, 12, tzinfo=UTC)) == "2026-11-24"
    assert short_date(date(2024, 6, 9)) == "2024-06-09"  # a day is that day in every zone
    assert describe([]) == "Bookmarks"


def test_bookmarked_rows_follow_the_film_keys_and_keep_every_review_of_a_film() -> None:
    first = make_review("dune-a", "Dune", 2021)
    second = make_review("dune-b", "Dune", 2021)
    other = make_review("heat", "Heat", 1995)
    library = Library.from_reviews(Path("/reviews"), [first, second, other])
    rows = bookmarked_rows(library, ["dune-2021", "not-here-2000"])
    assert sorted(row.review.id for row in rows) == ["dune-a", "dune-b"]


# -- b, w, B ---------------------------------------------------------------------------------


async def test_b_bookmarks_the_selected_film_b_again_removes_it_and_u_puts_it_back(
    make_app: MAKE, bookmarks_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        said = heard(app)
        await pressed(pilot, "j", "b")
        assert list(on_disk(bookmarks_path)) == [MOTHERS]
        assert marks(app) == {
            "A Million Miles Away": " ",
            "Parallel Mothers": "★",
            "The Martian": " ",
        }
        assert said[-1] == "Bookmarked Parallel Mothers (2021)."
        app.bookmarks.store.set_note(MOTHERS, "ask Ana")
        assert not main(app).active_bindings.get("u")
        await pressed(pilot, "b")
        assert on_disk(bookmarks_path) == {}
        assert marks(app)["Parallel Mothers"] == " "
        assert "press u to undo" in said[-1]
        assert "u" in main(app).active_bindings
        await pressed(pilot, "u")
        entry = on_disk(bookmarks_path)[MOTHERS]
        assert (entry["note"], entry["status"]) == ("ask Ana", "to-watch")
        assert marks(app)["Parallel Mothers"] == "★"
        assert "u" not in main(app).active_bindings


async def test_bookmarks_survive_a_restart(make_app: MAKE, bookmarks_path: Path) -> None:
    async with make_app().run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("b", "j", "b", "j", "b", "q")
    assert sorted(on_disk(bookmarks_path)) == [MILLION, MOTHERS, MARTIAN]
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        assert set(marks(app).values()) == {"★"}


async def test_b_in_the_reader_acts_on_the_open_film(make_app: MAKE, bookmarks_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pressed(pilot, "G", "enter")  # open The Martian; the reader has the focus
        await pressed(pilot, "escape", "g", "tab")  # cursor back on the first film, reader focused
        assert main(app).film_list.current is not None
        assert main(app).film_list.current.review.id == MILLION
        await pressed(pilot, "b")
        assert list(on_disk(bookmarks_path)) == [MARTIAN]


async def test_w_marks_a_bookmarked_film_watched_and_back(
    make_app: MAKE, bookmarks_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        said = heard(app)
        await pressed(pilot, "w")
        assert not bookmarks_path.exists(), "w does not bookmark a film by itself"
        assert "is not bookmarked: press b" in said[-1]
        await pressed(pilot, "b", "w")
        entry = on_disk(bookmarks_path)[MILLION]
        assert entry["status"] == "watched" and "watched_at" in entry
        assert marks(app)["A Million Miles Away"] == "✓"
        await pressed(pilot, "w")
        entry = on_disk(bookmarks_path)[MILLION]
        assert entry["status"] == "to-watch" and "watched_at" not in entry
        assert marks(app)["A Million Miles Away"] == "★"


async def test_B_shows_only_bookmarked_films_and_again_all(
    make_app: MAKE, bookmarks_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        screen = main(app)
        films = screen.film_list
        said = heard(app)
        await pressed(pilot, "B")
        assert len(films.rows) == 3 and "No bookmarks yet" in said[-1]
        await pressed(pilot, "b", "G", "b", "B")
        assert [row.review.id for row in films.rows] == [MILLION, MARTIAN]
        assert screen.header.description == "Bookmarked · 2 films · by title"
        await pressed(pilot, "G", "b")  # un-bookmarking a film takes it off this list
        assert [row.review.id for row in films.rows] == [MILLION]
        assert screen.header.description == "Bookmarked · 1 film · by title"
        await pressed(pilot, "B")
        assert len(films.rows) == 3
        assert screen.header.description == "3 films · by title"
        await pressed(pilot, "B", "escape")  # esc clears the narrowing too
        assert len(films.rows) == 3 and screen.listing.narrowing is None


# -- the bookmarks screen and the note editor ------------------------------------------------


async def test_the_bookmarks_screen_shows_status_date_and_note_literally(
    make_app: MAKE, bookmarks_path: Path
) -> None:
    bookmarks_path.write_text(FILE, encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        assert marks(app)["The Martian"] == "✓"
        await pressed(pilot, "m")
        screen = app.screen
        assert isinstance(screen, BookmarksScreen)
        assert screen.film_keys == [MARTIAN, MILLION, "somewhere-else-1999"]
        assert screen.query_one("#bookmarks-dialog").border_title is not None
        assert str(screen.query_one("#bookmarks-dialog").border_title) == (
            "Bookmarks · 3 films · 1 watched · 1 without a review"
        )
        rows = [line.rstrip() for line in drawn_lines(screen.table)[:4]]
        assert rows[0].split() == ["Title", "Year", "Status", "Added", "Note"]
        assert rows[1].split()[:6] == ["✓", "The", "Martian", "2015", "watched", "2026-11-20"]
        assert "2023  to watch  2026-11-24  Recommended by Ana [b]not bold[/b]" in rows[2]
        # The notes keep their room; the title without a review gives way to "(no review)".
        assert "★  [red]Somewhere[/red] … (no review)  1999" in rows[3]
        await pressed(pilot, "j")
        detail = widget_text(screen.query_one("#bookmarks-detail"))
        assert "Note: Recommended by Ana [b]not bold[/b]" in detail
        await pressed(pilot, "j")
        detail = widget_text(screen.query_one("#bookmarks-detail"))
        assert "No review of this film in the data folder." in detail
        await pressed(pilot, "k", "enter")
        assert isinstance(app.screen, MainScreen)
        assert main(app).reader.review is not None
        assert main(app).reader.review.id == MILLION
        assert app.focused is main(app).reader


async def test_keys_of_the_bookmarks_screen_change_the_file(
    make_app: MAKE, bookmarks_path: Path
) -> None:
    bookmarks_path.write_text(FILE, encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pressed(pilot, "m", "w")  # The Martian: watched -> to watch
        assert on_disk(bookmarks_path)[MARTIAN]["status"] == "to-watch"
        await pressed(pilot, "G", "d")
        assert "somewhere-else-1999" not in on_disk(bookmarks_path)
        screen = app.screen
        assert isinstance(screen, BookmarksScreen)
        assert screen.film_keys == [MARTIAN, MILLION]
        await pressed(pilot, "u")
        assert screen.film_keys == [MARTIAN, MILLION, "somewhere-else-1999"]
        assert (
            on_disk(bookmarks_path)["somewhere-else-1999"]["title"] == "[red]Somewhere[/red] Else"
        )
        await pressed(pilot, "escape")
        assert isinstance(app.screen, MainScreen)
        assert marks(app)["The Martian"] == "★"


async def test_the_note_editor_saves_on_enter_and_cancels_on_escape(
    make_app: MAKE, bookmarks_path: Path
) -> None:
    bookmarks_path.write_text(FILE, encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pressed(pilot, "m", "j", "e")
        assert isinstance(app.screen, NoteScreen)
        box = app.screen.query_one(Input)
        assert box.value == "Recommended by Ana [b]not bold[/b]"
        await pressed(pilot, "ctrl+u", *"[i]x[/i]", "enter")
        assert isinstance(app.screen, BookmarksScreen)
        assert on_disk(bookmarks_path)[MILLION]["note"] == "[i]x[/i]"
        await pressed(pilot, "e", "x", "escape")
        assert isinstance(app.screen, BookmarksScreen)
        assert on_disk(bookmarks_path)[MILLION]["note"] == "[i]x[/i]"
        await pressed(pilot, "e", "ctrl+u", "enter")
        assert "note" not in on_disk(bookmarks_path)[MILLION]


# -- other copies, a broken file, a full disk ------------------------------------------------


async def test_another_copys_bookmarks_show_up_when_the_app_regains_focus(
    make_app: MAKE, bookmarks_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pressed(pilot, "b")
        other = BookmarkStore.open(bookmarks_path)
        other.add(MARTIAN, "The Martian", 2015)
        other.set_status(MILLION, Status.WATCHED)
        app.post_message(events.AppFocus())
        await pilot.pause()
        assert marks(app) == {
            "A Million Miles Away": "✓",
            "Parallel Mothers": " ",
            "The Martian": "★",
        }
        await pressed(pilot, "j", "b")  # this copy's write merges with the other's
        assert sorted(on_disk(bookmarks_path)) == [MILLION, MOTHERS, MARTIAN]
        other.reload()
        assert other.keys() == {MILLION, MOTHERS, MARTIAN}


async def test_another_copys_writes_redraw_the_bookmarked_list_and_the_bookmarks_screen(
    make_app: MAKE, bookmarks_path: Path
) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        await pressed(pilot, "b", "B")
        screen = main(app)
        assert [row.review.id for row in screen.film_list.rows] == [MILLION]
        other = BookmarkStore.open(bookmarks_path)
        other.add(MARTIAN, "The Martian", 2015)
        app.post_message(events.AppFocus())
        await pilot.pause()
        assert [row.review.id for row in screen.film_list.rows] == [MILLION, MARTIAN]
        assert screen.header.description == "Bookmarked · 2 films · by title"
        await pressed(pilot, "m")
        bookmarks = app.screen
        assert isinstance(bookmarks, BookmarksScreen)
        assert bookmarks.film_keys == [MILLION, MARTIAN]
        other.remove(MILLION)
        app.post_message(events.AppFocus())
        await pilot.pause()
        assert bookmarks.film_keys == [MARTIAN]
        await pressed(pilot, "escape")
        assert [row.review.id for row in screen.film_list.rows] == [MARTIAN]
        await pressed(pilot, "B")
        assert marks(app) == {
            "A Million Miles Away": " ",
            "Parallel Mothers": " ",
            "The Martian": "★",
        }


async def test_a_broken_file_is_read_only_until_moved_aside(
    make_app: MAKE, bookmarks_path: Path
) -> None:
    broken = FILE + "\n[[bookmark]]\nfilm_key = \n"
    bookmarks_path.write_text(broken, encoding="utf-8")
    app = make_app()
    said = heard(app)
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        assert any(str(bookmarks_path) in message and "read-only" in message for message in said)
        badge = main(app).header.query_one(BookmarkBadge)
        assert badge.text == "Bookmarks read-only"
        assert marks(app)["The Martian"] == "✓", "what could be read is shown"
        await pressed(pilot, "j", "b")  # a change: kept in memory, and the way out is offered
        assert bookmarks_path.read_text(encoding="utf-8") == broken
        assert isinstance(app.screen, RepairScreen)
        await pressed(pilot, "escape")
        assert isinstance(app.screen, MainScreen)
        assert marks(app)["Parallel Mothers"] == "★"
        await pressed(pilot, "m", "R")
        assert isinstance(app.screen, RepairScreen)
        await pressed(pilot, "y")
        await pilot.pause()
        kept = [p for p in bookmarks_path.parent.iterdir() if ".broken-" in p.name]
        assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == broken
        assert sorted(on_disk(bookmarks_path)) == sorted(
            [MARTIAN, MILLION, "somewhere-else-1999", MOTHERS]
        )
        assert badge.text is None
        assert not app.bookmarks.store.read_only


async def test_a_full_disk_keeps_the_change_in_memory_and_quit_asks_first(
    make_app: MAKE, bookmarks_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        said = heard(app)

        def full(*args: object) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(os, "fsync", full)
        await pressed(pilot, "b")
        # (on a busy machine the settings' own save may fail on the full disk and say so too)
        assert any("the disk is full" in line and "kept in memory" in line for line in said)
        assert marks(app)["A Million Miles Away"] == "★", "the list in memory is not lost"
        badge = main(app).header.query_one(BookmarkBadge)
        assert badge.text == "1 bookmark change not saved"
        told = len(said)
        await pilot.press("q")
        assert app.is_running and any("Press q again" in line for line in said[told:])
        monkeypatch.undo()
        app.post_message(events.AppFocus())  # back at the terminal: saved now (in a worker)
        await pilot.pause()
        await settled(app, frozenset({"bookmarks"}))
        await pilot.pause()
        assert list(on_disk(bookmarks_path)) == [MILLION]
        assert badge.text is None
        await pilot.press("q")
    assert app.return_code == 0


def _slow_bookmarking(app: ReelApp, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make adding a bookmark take 0.3 s, as on a slow disk or under another copy's lock."""
    store = app.bookmarks_ui.store
    add_review = store.add_review

    def slow_add(*args: object, **kwargs: object) -> object:
        time.sleep(0.3)
        return add_review(*args, **kwargs)

    monkeypatch.setattr(store, "add_review", slow_add)


async def test_w_right_after_b_waits_for_the_bookmark_to_be_written(
    make_app: MAKE, bookmarks_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "b" then "w" at once, on a machine slow to write: the "w" is not lost to the write still
    # on its way (it used to say "not bookmarked" and drop the key).
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        _slow_bookmarking(app, monkeypatch)
        said = heard(app)
        await pressed(pilot, "b", "w")
        entry = on_disk(bookmarks_path)[MILLION]
        assert entry["status"] == "watched", said
        assert not any("not bookmarked" in line for line in said)


async def test_B_right_after_b_shows_the_film_being_bookmarked(
    make_app: MAKE, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "b" then "B" at once: the list narrows to the bookmark still being written, rather than
    # saying there are no bookmarks yet and showing every film.
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        _slow_bookmarking(app, monkeypatch)
        await pressed(pilot, "b", "B")
        assert [row.review.id for row in main(app).film_list.rows] == [MILLION]


async def test_b_twice_at_once_adds_then_removes(
    make_app: MAKE, bookmarks_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "b b" at once, on a machine slow to write: the second "b" removes the bookmark the first
    # one is still writing (it used to add it a second time and leave it bookmarked).
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        _slow_bookmarking(app, monkeypatch)
        said = heard(app)
        await pressed(pilot, "b", "b")
        assert MILLION not in on_disk(bookmarks_path), said
        assert any("Removed the bookmark" in line for line in said), said
        await pressed(pilot, "u")
        assert MILLION in on_disk(bookmarks_path)


async def test_a_write_slower_than_the_poll_is_not_retried_nor_told_twice(
    make_app: MAKE, bookmarks_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A write that outlasts a poll of the file (a slow disk, a busy machine): the poll does not
    # take the change still on its way for a failed one, write it again and say "Saved".
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await loaded(pilot)
        said = heard(app)
        fsync = os.fsync
        syncing, go_on = threading.Event(), threading.Event()

        def slow_fsync(fd: int) -> None:
            if threading.current_thread() is not threading.main_thread():
                syncing.set()
                go_on.wait(timeout=10)  # the disk takes as long as the test wants
            fsync(fd)

        monkeypatch.setattr(os, "fsync", slow_fsync)
        app.bookmarks_ui.toggle_bookmark()  # "b"
        assert await asyncio.to_thread(syncing.wait, 10), "the write is on its way ..."
        assert app.bookmarks.writes_pending == 1
        app.bookmarks_ui.poll()  # ... when the poll comes (called here, so it surely does)
        go_on.set()
        await settled(app, frozenset({"bookmarks"}))
        await pilot.pause()
        assert list(on_disk(bookmarks_path)) == [MILLION]
        assert not any(line.startswith("Saved") for line in said), said
