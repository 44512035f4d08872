"""A person's page: an actor's or director's films and the sentences of reviews that name them,
a reviewer's bio and reviews with their ratings.

The screen covers the main screen. It is opened from the command bar (a person's "Open page"
line) or with `P` (the people of the open film), and closes with the item chosen (a
`PageChoice`: a review, at a sentence for a mention) for the main screen to open, or with None.

The page is made in thread workers, as it asks the search index: first the films and reviews
(names only: quick), then the sentences (`find_mentions`, bounded). While the full text is still
being indexed, the page says so and looks again every half second.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from reeltui.search import SearchState
from reeltui.search.people import Mentions, PersonPage, find_mentions, person_page
from reeltui.tui.base import reel_app
from reeltui.tui.key_bar import KeyBar
from reeltui.tui.people.items import PageChoice, page_items, page_title
from reeltui.tui.people.view import PersonView
from reeltui.tui.safe import visible

__all__ = ["PersonScreen"]

#: How often the page looks again while the search index is not ready (seconds).
_POLL = 0.5


class PersonScreen(Screen[PageChoice | None]):
    """The page of the person whose folded name is `key`."""

    DEFAULT_CSS = """
    PersonScreen #person-header {
        dock: top;
        height: 1;
        background: $panel;
        padding: 0 1;
    }
    PersonScreen #person-app {
        width: auto;
        color: $text-accent;
        text-style: bold;
        padding-right: 2;
    }
    PersonScreen #person-title {
        width: 1fr;
        color: $text-muted;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    PersonView {
        height: 1fr;
        padding: 1 0 0 0;
        scrollbar-size-vertical: 1;
        overflow-x: hidden;
        background: $background;
    }
    PersonView > .person-view--name {
        color: $text-accent;
        text-style: bold;
    }
    PersonView > .person-view--line {
        color: $text-muted;
    }
    PersonView > .person-view--heading {
        color: $text-primary;
        text-style: bold;
    }
    PersonView > .person-view--text {
        color: $foreground;
    }
    PersonView > .person-view--note {
        color: $text-muted;
        text-style: italic;
    }
    PersonView > .person-view--muted {
        color: $text-muted;
    }
    PersonView > .person-view--where {
        color: $text-secondary;
        text-style: bold;
    }
    PersonView > .person-view--cursor {
        background: $block-cursor-blurred-background;
    }
    PersonView:focus > .person-view--cursor {
        background: $block-cursor-background 40%;
    }
    PersonView > .person-view--highlight {
        background: $warning-muted;
        text-style: bold;
    }
    """

    def __init__(self, key: str, *, app_name: str = "reeltui", cursor: int | None = None) -> None:
        super().__init__()
        self.key = key
        self._app_name = app_name
        self._cursor = cursor
        self.page: PersonPage | None = None
        self.mentions: Mentions | None = None
        self._waiting: str | None = "Looking for the sentences that name them…"
        self._timer: Timer | None = None
        #: Where the cursor was when the page closed (to open it there again).
        self.last_cursor: int | None = None

    def compose(self) -> ComposeResult:
        """Header, the page, the keys."""
        with Horizontal(id="person-header"):
            yield Static(Content(self._app_name), id="person-app")
            yield Static(Content("Loading the page…"), id="person-title")
        yield PersonView(id="person-view")
        yield KeyBar()

    @property
    def view(self) -> PersonView:
        """The page's list."""
        return self.query_one(PersonView)

    def on_mount(self) -> None:
        """Start making the page."""
        self.view.focus()
        self._start()

    def _start(self) -> None:
        """Make the page if names are searchable yet, else look again soon."""
        searcher = reel_app(self.app).search_session.searcher
        if searcher is None:
            self._wait()
            return
        self.run_worker(
            lambda: person_page(searcher, self.key),
            thread=True,
            group="person-page",
            exit_on_error=False,
        )

    def _wait(self) -> None:
        """Look again in a moment (names, or the full text, are still being indexed)."""
        if self._timer is None:
            self._timer = self.set_interval(_POLL, self._look_again)

    def _look_again(self) -> None:
        """The index may be ready now: go on where the page stopped."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self.page is None:
            self._start()
        else:
            self._find_mentions(self.page)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A part of the page is ready (or failed)."""
        worker = event.worker
        if event.state is WorkerState.ERROR:
            self._waiting = f"The sentences could not be looked for: {worker.error}"
            self._show()
            return
        if event.state is not WorkerState.SUCCESS:
            return
        if worker.group == "person-page":
            page = worker.result
            if not isinstance(page, PersonPage):
                self.query_one("#person-title", Static).update(
                    Content("Nobody of that name is in the library")
                )
                return
            self.page = page
            self._show()
            if page.has_credits:
                self._find_mentions(page)
        elif worker.group == "person-mentions" and isinstance(worker.result, Mentions):
            self.mentions = worker.result
            self._show()

    def _find_mentions(self, page: PersonPage) -> None:
        """Look for the sentences that name them once the full text is indexed."""
        session = reel_app(self.app).search_session
        searcher = session.searcher
        state = session.state
        if state is SearchState.READY and searcher is not None:
            self._waiting = "Looking for the sentences that name them…"
            self.run_worker(
                lambda: find_mentions(searcher, page),
                thread=True,
                group="person-mentions",
                exit_on_error=False,
            )
        elif state in (SearchState.TEXT_FAILED, SearchState.FAILED):
            self._waiting = f"The review text cannot be searched: {session.problem}."
        else:
            self._waiting = (
                f"The review text is still being indexed ({session.describe()}); the "
                "sentences that name them will appear here."
            )
            self._wait()
        self._show()

    def _show(self) -> None:
        """Draw the page as far as it is made."""
        page = self.page
        if page is None:
            return
        self.query_one("#person-title", Static).update(Content(visible(page_title(page))))
        view = self.view
        view.items = page_items(page, self.mentions, self._waiting)
        if self._cursor is not None and (self.mentions is not None or not page.has_credits):
            view.cursor = self._cursor
            self._cursor = None

    @on(PersonView.Chosen)
    def _chosen(self, event: PersonView.Chosen) -> None:
        """Close with the chosen item, for the main screen to open."""
        event.stop()
        self.last_cursor = self.view.cursor
        self.dismiss(event.choice)

    @on(PersonView.Closed)
    def _leave(self, event: PersonView.Closed) -> None:
        """Close without choosing."""
        event.stop()
        self.last_cursor = self.view.cursor
        self.dismiss(None)
