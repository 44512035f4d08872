"""Hostile and messy input in the TUI: the app stays up and nothing in a file acts.

The folder is the generated corpus of `tests/hostile.py`. Each test reads what the app draws:
the text of single widgets, and the characters of the whole composited screen, which is what
Textual writes to the terminal between the colour and cursor sequences it adds itself. No
escape sequence, control or invisible character from a file may be among them. Review text
that looks like Rich markup or a Textual `@click` action must appear as the brackets it is,
and clicking on it must do nothing but what a click on plain text does.

Opening times of very large bodies are printed (run with `-s` to see them), never asserted:
speed belongs to `bench/`.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from bar_support import ask, search_ready
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import Static

from reeltui.library import Library, Progress
from reeltui.text import display_path
from reeltui.tui.app import ReelApp
from reeltui.tui.main.bio import ReviewerBio
from reeltui.tui.main.facts import FilmFacts
from reeltui.tui.main.reader import MAX_BLOCKS, MAX_CHARS, Reader
from reeltui.tui.main.screen import MainScreen
from reeltui.tui.screens.empty import EmptyScreen
from reeltui.tui.screens.problems import ProblemsScreen

from hostile import (
    BIDI,
    ESC,
    MARKUP_LINES,
    MARKUP_TITLE,
    HostileFile,
    Outcome,
    make_hostile_corpus,
)
from tui_support import drawn_lines, library_of, loaded, make_review, widget_text

MAKE = Callable[..., ReelApp]
SIZE = (150, 60)

# What a terminal could act on, or what hides text: C0 controls other than newline, DEL, the
# C1 controls, bidi overrides and isolates, zero-width characters, the BOM and a soft hyphen.
_ACTIVE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b-\u200f\u2060\ufeff\u00ad]"
)


# -- reading the screen ----------------------------------------------------------------------


def screen_text(app: ReelApp) -> str:
    """Every character the screen is drawn with (overlays over the screens under them).

    This is the text of the segments Textual writes to the terminal, between the colour and
    cursor sequences it adds itself; so any control character found here came from content.
    """
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    rows = update.strips  # type: ignore[union-attr]  # a full update: rows of strips
    return "\n".join("".join(strip.text for strip in row) for row in rows)


def assert_nothing_acts(app: ReelApp) -> None:
    """No escape sequence, control or invisible character from a file reaches the terminal."""
    found = sorted({f"U+{ord(c):04X}" for c in _ACTIVE.findall(screen_text(app))})
    assert not found, f"characters that act or hide reached the terminal: {found}"


def words(text: str) -> str:
    """Text with every run of white space made one space: wrapping cannot hide a match."""
    return " ".join(text.split())


def reader_text(reader: Reader) -> str:
    """Everything the reader shows in its pane, as words."""
    return words(" ".join(drawn_lines(reader)))


def assert_still_up(app: ReelApp) -> None:
    """The app runs, shows the main screen, and no action from a file quit or moved it."""
    assert app.is_running
    assert app.return_code is None
    assert isinstance(app.screen, MainScreen)


@pytest.fixture
def bells(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the app's bells: a `[@click=app.bell]` in a review must never ring one."""
    rung: list[int] = []
    monkeypatch.setattr(ReelApp, "bell", lambda self: rung.append(1))
    return rung


@pytest.fixture
def corpus_root(tmp_path: Path) -> Path:
    return tmp_path / "hostile"


@pytest.fixture
def corpus(corpus_root: Path) -> dict[str, HostileFile]:
    """The corpus without the two very large files (they have a test of their own)."""
    return make_hostile_corpus(corpus_root, huge=False)


async def open_film(pilot: Pilot[int], title: str) -> Reader:
    """Open a film from the list with the keyboard, as a user does: select it, press enter."""
    screen = pilot.app.screen
    assert isinstance(screen, MainScreen)
    [row] = [row for row in screen.film_list.rows if row.review.film.title == title]
    screen.focus_pane("films")
    screen.film_list.select_film(row.film_key)
    await pilot.press("enter")
    await pilot.pause()
    reader = screen.reader
    assert reader.review is not None and reader.review.film.title == title
    return reader


def position_of(app: ReelApp, needle: str) -> tuple[int, int]:
    """The screen cell where `needle` is drawn first (x, y)."""
    for y, line in enumerate(screen_text(app).splitlines()):
        x = line.find(needle)
        if x >= 0:
            return x, y
    raise AssertionError(f"{needle!r} is not on the screen")


# -- the folder ------------------------------------------------------------------------------


async def test_the_corpus_loads_with_every_good_film_and_the_problem_files_counted(
    make_app: MAKE, corpus_root: Path, corpus: dict[str, HostileFile], bells: list[int]
) -> None:
    app = make_app(data=corpus_root)
    async with app.run_test(size=SIZE) as pilot:
        started = time.perf_counter()
        await loaded(pilot)
        print(
            f"\nthe hostile corpus ({len(corpus)} files) loaded in the TUI in "
            f"{time.perf_counter() - started:.2f} s"
        )
        screen = app.screen
        assert isinstance(screen, MainScreen)
        titles = {row.review.film.title for row in screen.film_list.rows}
        expected = {e.title for e in corpus.values() if e.outcome is Outcome.LOADS and e.title}
        assert expected <= titles
        loads = sum(1 for e in corpus.values() if e.outcome is Outcome.LOADS)
        assert len(screen.film_list.rows) == loads
        with_problems = [
            name
            for name, e in corpus.items()
            if e.outcome in (Outcome.UNREADABLE, Outcome.LINK)
            or (e.outcome is Outcome.LOADS and e.problem)
        ]
        assert screen.header.status == f"{len(with_problems)} file problems (!)"
        assert f"{len(with_problems)} file problems" in screen_text(app).splitlines()[0]
        assert_nothing_acts(app)
        assert_still_up(app)
        assert bells == []


async def test_every_row_of_the_list_shows_its_title_literally(
    make_app: MAKE, corpus_root: Path, corpus: dict[str, HostileFile]
) -> None:
    app = make_app(data=corpus_root)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        drawn = [line.strip() for line in drawn_lines(screen.film_list)]
        for index, row in enumerate(screen.film_list.rows):
            title = row.review.film.title
            shown = drawn[index].removeprefix("▌").strip()
            shown = shown.rsplit(" ", 1)[0].rstrip()  # the year at the right
            if shown.endswith("…"):
                assert title.startswith(shown[:-1]), (title, shown)
            else:
                assert shown == title, (title, shown)
        assert any(line.strip().startswith("▌  [bold red]Not Bold") for line in drawn)
        assert_nothing_acts(app)


async def test_the_problems_screen_names_each_unreadable_file_safely(
    make_app: MAKE, corpus_root: Path, corpus: dict[str, HostileFile]
) -> None:
    app = make_app(data=corpus_root)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.press("exclamation_mark")
        problems = app.screen
        assert isinstance(problems, ProblemsScreen)
        skipped = widget_text(problems.query_one("#problems-skipped"))
        notes = widget_text(problems.query_one("#problems-notes"))
        for name, entry in corpus.items():
            if entry.outcome in (Outcome.UNREADABLE, Outcome.LINK):
                [line] = [line for line in skipped.splitlines() if display_path(name) in line]
                if entry.problem:
                    at = skipped.index(line)
                    assert entry.problem in words(skipped[at : at + 400]), (name, line)
            elif entry.outcome is Outcome.LOADS and entry.problem:
                assert display_path(name) in notes, name
        # A file name made of escape sequences is written out, not sent to the terminal.
        assert "\\x1b[2J.txt" in skipped
        assert "side \\x1b]0;car\\x1b\\.txt" in notes
        assert ESC not in skipped + notes
        assert_nothing_acts(app)
        await pilot.press("escape")
        assert_still_up(app)


# -- reviews that try to act -----------------------------------------------------------------


async def test_every_film_opened_from_the_list_is_literal_and_nothing_in_it_acts(
    make_app: MAKE, corpus_root: Path, corpus: dict[str, HostileFile], bells: list[int]
) -> None:
    """`g`, then `enter`, `escape`, `j` down the whole list, checking each film on the way."""
    app = make_app(data=corpus_root)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        reader = screen.reader
        opened: set[str] = set()
        await pilot.press("g")
        for _ in screen.film_list.rows:
            await pilot.press("enter")
            review = reader.review
            assert review is not None and app.focused is reader
            opened.add(review.id)
            entry = corpus[str(review.path.relative_to(corpus_root))]
            label = review.film.label
            shown = reader_text(reader)
            for text in entry.shows:
                assert words(text) in shown, (label, text)
            everything = screen_text(app)
            for text in entry.never:
                assert text not in everything, (label, text)
            assert Content.from_markup(reader.border_title or "").plain == label
            facts = words(widget_text(screen.query_one(FilmFacts)))
            if entry.problem:
                assert "Reading notes" in facts and entry.problem in facts, (label, facts)
            if entry.title == "Side Name":  # a note naming a sidecar with an escape in its name
                assert "the sidecar side \\x1b]0;car\\x1b\\.toml: 'year' should be" in facts
            assert_nothing_acts(app)
            await pilot.press("escape", "j")
        assert opened == {row.review.id for row in screen.film_list.rows}
        assert_still_up(app)
        assert bells == []


async def test_the_markup_review_shows_every_bracket_and_click_actions_do_nothing(
    make_app: MAKE, corpus_root: Path, corpus: dict[str, HostileFile], bells: list[int]
) -> None:
    app = make_app(data=corpus_root)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        reader = await open_film(pilot, MARKUP_TITLE)
        shown = reader_text(reader)
        assert f"‘{MARKUP_TITLE}’ (2020) Review: [italic]Brackets[/italic] Everywhere" in shown
        for line in MARKUP_LINES:
            assert words(line) in shown
        assert "[b]A Heading[/b]" in shown
        # The border title is the film's label, drawn as text.
        assert f"{MARKUP_TITLE} (2020)" in screen_text(app)
        # Click each would-be action where it is drawn: the reader, the border, the list row.
        for needle in (
            "[@click=app.quit]Click here to quit[/]",
            "[@click=app.bell]ring[/]",
            "[link=https://evil.example/]a link",
            "[@click=app.quit]Quit[/] (2020)",
            "[bold red]Not Bold",
        ):
            x, y = position_of(app, needle)
            for offset in (0, 1, len(needle) // 2):
                await pilot.click(offset=(x + offset, y))
                await pilot.pause()
                assert_still_up(app)
        await pilot.press("tab", "tab", "tab")
        assert_still_up(app)
        assert bells == []
        assert_nothing_acts(app)


async def test_the_command_bar_shows_crafted_titles_and_text_literally(
    make_app: MAKE, tmp_path: Path, bells: list[int]
) -> None:
    root = tmp_path / "reviews"
    make_hostile_corpus(root, huge=False, names=False)  # see the test below for the names
    app = make_app(data=root)
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        await pilot.press("colon")
        options = await ask(pilot, "not bold")
        assert any(option.startswith(f"{MARKUP_TITLE} (2020)") for option in options), options
        assert_nothing_acts(app)
        options = await ask(pilot, "clipboard stays untouched")
        assert any("The clipboard stays untouched." in words(o) for o in options), options
        assert_nothing_acts(app)
        options = await ask(pilot, "click here to quit")
        assert any("[@click=app.quit]Click here to quit[/]" in words(o) for o in options), options
        assert_nothing_acts(app)
        await pilot.press("enter")
        await pilot.pause()
        assert_still_up(app)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert screen.reader.review is not None
        assert screen.reader.review.film.title == MARKUP_TITLE
        assert bells == []


async def test_full_text_search_survives_a_file_name_that_is_not_utf8(
    make_app: MAKE, corpus_root: Path, corpus: dict[str, HostileFile]
) -> None:
    assert "latin1-caf\udce9-2011.txt" in corpus  # the name holds a byte that is not UTF-8
    app = make_app(data=corpus_root)
    async with app.run_test(size=SIZE) as pilot:
        await search_ready(pilot)
        await pilot.press("colon")
        options = await ask(pilot, "text: latin name patient drama")
        found = [o for o in options if o.startswith("Latin Name (2011)")]
        assert found, options
        assert "Latin Name is a patient drama" in words(found[0])
        assert_nothing_acts(app)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert screen.reader.review is not None
        assert screen.reader.review.film.title == "Latin Name"
        assert_nothing_acts(app)


# -- facts and bio: text the parsers never cleaned ----------------------------------------------

# A review made in code, so that the TUI's own defences are tested, not the parsers' cleaning.
_OSC52 = f"{ESC}]52;c;cm0gLXJmIH4=\x07"
_RAW = make_review(
    "raw-2020",
    f"[@click=app.quit]Raw[/] {ESC}[7m{BIDI}x",
    2020,
    headline=f"[bold]Raw[/bold] {ESC}[2J{ESC}]0;pwned\x07headline",
    sections=(
        (None, (f"Body [@click=app.quit]quit[/] and {ESC}[31mred{ESC}[0m and {BIDI}bidi.",)),
        (f"[@click=app.bell]Heading[/] {ESC}[5m", ("Under it.",)),
    ),
    reviewer="[@click=app.quit]Reviewer[/]",
    bio=f"Bio with [link=file:///etc/passwd]a link[/link] and {_OSC52} a clipboard write.",
    cast=(("[@click=app.quit]Actor Name[/]", f"[b]Role[/b] {ESC}]0;title\x07"),),
    directors=("[red]Director[/red]",),
    problems=(f"a problem naming {ESC}[2J.txt and [@click=app.quit]x[/]",),
)


async def test_facts_bio_and_reader_draw_raw_markup_and_escapes_as_visible_text(
    make_app: MAKE, bells: list[int]
) -> None:
    app = make_app(loader=library_of(_RAW))
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert screen.reader.review is not None
        reader = reader_text(screen.reader)
        assert "[bold]Raw[/bold] ␛[2J␛]0;pwned␇headline" in reader
        assert "Body [@click=app.quit]quit[/] and ␛[31mred␛[0m and" in reader
        assert "[@click=app.bell]Heading[/] ␛[5m" in reader
        assert "by [@click=app.quit]Reviewer[/]" in reader
        everything = screen_text(app)
        assert "[@click=app.quit]Raw[/] ␛[7m\ufffdx (2020)" in everything  # the border title
        assert drawn_lines(screen.film_list)[0].startswith("▌  [@click=app.quit]Raw[/] ␛")
        facts = words(widget_text(screen.query_one(FilmFacts)))
        assert "[red]Director[/red]" in facts
        assert "[@click=app.quit]Actor Name[/]" in facts
        assert "as [b]Role[/b] ␛]0;title␇" in facts
        assert "a problem naming ␛[2J.txt and [@click=app.quit]x[/]" in facts
        bio = words(widget_text(screen.query_one(ReviewerBio)))
        assert "[@click=app.quit]Reviewer[/]" in bio
        assert "[link=file:///etc/passwd]a link[/link] and ␛]52;c;cm0gLXJmIH4=␇" in bio
        assert_nothing_acts(app)
        for needle in ("[@click=app.quit]Actor", "[@click=app.quit]Reviewer", "[@click=app.bell]"):
            x, y = position_of(app, needle)
            await pilot.click(offset=(x + 2, y))
            await pilot.pause()
            assert_still_up(app)
        await pilot.press("tab", "n", "p")
        assert_still_up(app)
        assert len(bells) <= 1  # `p` at the top rings once; nothing from the text does


# -- notifications -----------------------------------------------------------------------------


async def test_a_failed_scan_is_reported_literally(make_app: MAKE, tmp_path: Path) -> None:
    folder = tmp_path / f"reviews {ESC}]0;owned{ESC}\\ [@click=app.quit]here {BIDI}"
    folder.mkdir()

    def failing(root: Path, progress: Progress) -> Library:
        raise OSError(f"[@click=app.quit]boom[/] {ESC}]52;c;ZXZpbA=={ESC}\\ and {ESC}[2J")

    app = make_app(data=folder, loader=failing)
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EmptyScreen)
        # What the failure screen says, before it is wrapped to the box's width.
        said = words(str(screen.query_one("#empty-text", Static).content))
        assert said.startswith("Loading failed reeltui could not read the reviews in")
        assert display_path(folder) in said
        assert "\\x1b]0;owned\\x1b\\" in said and "\\u202e" in said
        assert "because [@click=app.quit]boom[/] ␛]52;c;ZXZpbA==␛\\ and ␛[2J; check the" in said
        assert_nothing_acts(app)
        x, y = position_of(app, "[@click=app.quit]boom")
        await pilot.click(offset=(x + 3, y))
        await pilot.pause()
        assert app.is_running and app.return_code is None


# -- size ----------------------------------------------------------------------------------------


def _bodies() -> Iterator[tuple[str, tuple[str, ...]]]:
    """A 1 MiB body two ways: 100 paragraphs of 10,000 characters, 262,144 of "A."."""
    yield "long paragraphs", tuple(("word " * 2_000)[:10_000] for _ in range(100))
    yield "tiny paragraphs", ("A.",) * 262_144


@pytest.mark.parametrize(("label", "paragraphs"), list(_bodies()), ids=["long", "tiny"])
async def test_a_megabyte_body_opens_with_a_notice_and_the_app_answers(
    make_app: MAKE, label: str, paragraphs: tuple[str, ...]
) -> None:
    small = make_review("aaa-small", "A Small Film")
    big = make_review("zzz-big", "Zz Big Body", sections=((None, paragraphs),))
    app = make_app(loader=library_of(small, big))
    async with app.run_test(size=SIZE) as pilot:
        await loaded(pilot)
        started = time.perf_counter()
        reader = await open_film(pilot, "Zz Big Body")
        lines = reader.line_count
        print(
            f"\nopening a 1 MiB body of {label} ({len(paragraphs):,} paragraphs) took "
            f"{time.perf_counter() - started:.2f} s; the reader laid out {lines:,} lines"
        )
        shown = min(MAX_BLOCKS, MAX_CHARS // len(paragraphs[0]))
        notice = (
            "This review is too long to show in full: the reader shows its first "
            f"{shown:,} of {len(paragraphs):,} paragraphs."
        )
        assert notice in reader_text(reader)
        assert lines < 10_000
        await pilot.press("G")
        assert notice in reader_text(reader)
        started = time.perf_counter()
        await pilot.resize_terminal(100, 40)
        await pilot.pause()
        print(f"relaying out for a new width took {time.perf_counter() - started:.2f} s")
        await pilot.press("escape", "g", "enter")
        assert reader.review is not None and reader.review.film.title == "A Small Film"
        assert "too long" not in reader_text(reader)
        assert_still_up(app)


async def test_the_huge_files_load_with_the_too_large_notice_in_view(
    make_app: MAKE, tmp_path: Path, bells: list[int]
) -> None:
    root = tmp_path / "huge"
    corpus = make_hostile_corpus(root, names=False)
    app = make_app(data=root)
    async with app.run_test(size=SIZE) as pilot:
        started = time.perf_counter()
        await loaded(pilot)
        print(
            f"\nthe corpus with the 30 MB and 5 MB files loaded in "
            f"{time.perf_counter() - started:.2f} s"
        )
        screen = app.screen
        assert isinstance(screen, MainScreen)
        loads = sum(1 for e in corpus.values() if e.outcome is Outcome.LOADS)
        assert len(screen.film_list.rows) == loads
        for name in ("huge-30mb.txt", "one-line-5mb.txt"):
            [row] = [r for r in screen.film_list.rows if r.review.key == name]
            started = time.perf_counter()
            reader = await open_film(pilot, row.review.film.title)
            print(f"opening {name} took {time.perf_counter() - started:.2f} s")
            facts = words(widget_text(screen.query_one(FilmFacts)))
            assert "too large for a review: only the first 1.0 MiB were read" in facts
            assert reader_text(reader)
            assert_nothing_acts(app)
        await pilot.press("exclamation_mark")
        problems = app.screen
        assert isinstance(problems, ProblemsScreen)
        notes = words(widget_text(problems.query_one("#problems-notes")))
        assert "huge-30mb.txt the file is 30.0 MiB, too large for a review" in notes
        await pilot.press("escape")
        assert_still_up(app)
        assert bells == []
