"""Helpers for the TUI tests: wait for loading, read what a widget draws."""

from __future__ import annotations

import asyncio
import time
import tomllib
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from textual.app import App
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.worker import WorkerCancelled, WorkerFailed, WorkerState

from reeltui.library import Library, Progress
from reeltui.model import Credit, Film, Format, Review, Reviewer, Section
from reeltui.tui.app import Loader, ReelApp
from reeltui.tui.main.screen import MainScreen

#: Workers that run as long as the app does (not waited for).
_LASTING = frozenset({"watch"})


async def settled(app: App[object], groups: frozenset[str] | None = None) -> None:
    """Wait until the app's workers (of `groups`, else all but the lasting ones) have ended,
    however they ended, including workers they started, and their results were taken in."""
    while True:
        running = [
            worker
            for worker in app.workers
            if worker.state in (WorkerState.PENDING, WorkerState.RUNNING)
            and (worker.group in groups if groups is not None else worker.group not in _LASTING)
        ]
        if not running:
            return
        for worker in running:
            with suppress(WorkerCancelled, WorkerFailed):
                await worker.wait()
        await asyncio.sleep(0)


async def pressed(pilot: Pilot[int], *keys: str) -> None:
    """Press `keys`, then wait for the work they started (a bookmark write runs in a thread)
    and for its outcome to be taken in. `Pilot.press` waits only until the process looks idle,
    and a busy machine can keep a thread from running until after that."""
    await pilot.press(*keys)
    await settled(pilot.app)
    await pilot.pause()


async def loaded(pilot: Pilot[int]) -> None:
    """Wait until the library has loaded and the screen has settled, the widgets mounted
    after the first frame (the reader, the side panel and its parts among them) and the review
    read last opened included."""
    await settled(pilot.app)
    await pilot.pause()
    await settled(pilot.app)
    screen = pilot.app.screen
    if isinstance(screen, MainScreen):
        await screen.hidden_ready()
    await pilot.pause()
    # The review read last opens once the list is drawn (after the panes mounted a frame
    # later on a start): in a worker, which a busy machine may start only now.
    await settled(pilot.app)
    await pilot.pause()


def on_disk(path: Path) -> dict[str, dict[str, Any]]:
    """The bookmarks in a bookmarks file, by film key."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {entry["film_key"]: entry for entry in data.get("bookmark", [])}


def drawn_lines(widget: Widget) -> list[str]:
    """The text of each visible line of a Line API widget, as it would be drawn."""
    height = widget.scrollable_content_region.height
    return [widget.render_line(y).text for y in range(height)]


def widget_text(widget: Widget) -> str:
    """What any widget draws (borders and padding included), one line per row."""
    crop = Region(0, 0, widget.outer_size.width, widget.outer_size.height)
    return "\n".join(strip.text.rstrip() for strip in widget.render_lines(crop))


def drawn_text(widget: Widget) -> str:
    """All visible lines of a Line API widget joined by newlines, right-stripped."""
    return "\n".join(line.rstrip() for line in drawn_lines(widget))


def make_review(
    review_id: str,
    title: str,
    year: int | None = 2020,
    *,
    sections: tuple[tuple[str | None, tuple[str, ...]], ...] = ((None, ("A paragraph.",)),),
    headline: str | None = None,
    reviewer: str | None = "Ana Reviewer",
    bio: str | None = "Ana writes about films.",
    cast: tuple[tuple[str, str | None], ...] = (),
    directors: tuple[str, ...] = (),
    problems: tuple[str, ...] = (),
    rating: str | None = None,
    runtime: int | None = None,
    root: Path = Path("/reviews"),
) -> Review:
    """A review made in code, for tests that need exact text rather than parsed files."""
    return Review(
        id=review_id,
        path=root / f"{review_id}.txt",
        format=Format.SCRAPED,
        headline=headline if headline is not None else f"{title} Review",
        film=Film(title, year),
        directors=directors,
        cast=tuple(Credit(actor, role) for actor, role in cast),
        sections=tuple(Section(heading, paragraphs) for heading, paragraphs in sections),
        reviewer=Reviewer(reviewer, bio) if reviewer else None,
        word_count=sum(len(p.split()) for _, ps in sections for p in ps),
        problems=problems,
        rating=rating,
        runtime_minutes=runtime,
    )


def library_of(*reviews: Review) -> Loader:
    """A loader that returns a library of ready-made reviews (nothing is parsed)."""

    def load(root: Path, progress: Progress) -> Library:
        progress(len(reviews), len(reviews))
        return Library.from_reviews(root, reviews)

    return load


def heard(app: ReelApp) -> list[str]:
    """Record the app's notifications from now on; returns the list they go into."""
    said: list[str] = []
    notify = app.notify

    def record(message: str, *args: Any, **kwargs: Any) -> None:
        said.append(message)
        notify(message, *args, **kwargs)

    app.notify = record  # type: ignore[method-assign]
    return said


async def until(pilot: Pilot[int], done: object) -> None:
    """Pause until `done()` holds (at most a few seconds)."""
    for _ in range(500):
        if done():  # type: ignore[operator]
            return
        await pilot.pause(0.01)
    raise AssertionError("never came")


async def eventually(pilot: Pilot[int], check: Callable[[], bool], seconds: float = 30.0) -> None:
    """Let the app run until `check()` holds or `seconds` have passed on the clock (the test's
    own assertions then say what is wrong): a loaded machine can take seconds for what an idle
    one does between two frames, and a fixed number of pauses is no fixed time."""
    deadline = time.monotonic() + seconds
    while not check() and time.monotonic() < deadline:
        await pilot.pause(0.02)


async def within(check: Callable[[], bool], seconds: float = 4.0) -> float:
    """Seconds until `check()` holds (the app runs meanwhile, on the clock: a live folder's
    events take real time); fails after `seconds`."""
    started = time.monotonic()
    while not check():
        if time.monotonic() - started > seconds:
            raise AssertionError(f"not seen within {seconds} s")
        await asyncio.sleep(0.05)
    return time.monotonic() - started
