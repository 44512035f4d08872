"""The main screen: the film list, the reader and the side panel, with the header and footer.

This screen owns what the panes share, as reactive state its widgets are bound to
(`data_bind`): the rows of the list and their marks, the open review and the reading positions,
the names to highlight, what the find bar looks for and what it found, the header's description
and status. Behind the rows is the `Listing` (sort, narrowing, title filter). Widgets do their
own drawing and scrolling; this screen handles their messages and keeps the settings file told.

What the app owns it reads through `reel_app(self.app)`: it watches the app's `library` and
`scan_progress`, redraws the bookmark marks (and the `B` list) when the app's
`bookmarks_changed_signal` fires, and when its `review_changed_signal` says one review was read
again (its facts corrected), shows it anew: its row (title, year, place in the sort), the
reader where it was, the facts.

Others ask it for things with messages, which it carries out on its own panes: the command bar
posts `ShowPerson`, `OpenFilm`, `OpenReview`, `OpenPassage`, `SortBy` and `OpenPage`; the find
bar `FindBar.Step` and `FindBar.Close`; the reader `Reader.Matches`. `narrow()` sets a
narrowing with its header label and the names to highlight. A person's page (`open_page`, from
the bar or `P`) covers this screen and closes with what to read here.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from textual import on, work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.containers import Container, Horizontal, Vertical
from textual.events import DescendantFocus, ScreenResume
from textual.geometry import Size
from textual.message import Message
from textual.reactive import var
from textual.screen import Screen
from textual.widget import AwaitMount, Widget
from textual.widgets import Input
from textual.worker import Worker, WorkerState, get_current_worker

from reeltui.library import Entry, Library, SortKey
from reeltui.library.catalog import FirstFilms
from reeltui.library.listing import (
    FilmRow,
    FirstRows,
    Listing,
    Narrowing,
    describe_counts,
    sort_label,
)
from reeltui.model import FileProblem, Review
from reeltui.settings import Settings, SettingsFile
from reeltui.tui.base import ReviewChanged, RowsChanged, reel_app
from reeltui.tui.bookmarks.state import Bookmarks, bookmarked_rows
from reeltui.tui.key_bar import KeyBar
from reeltui.tui.keys import Scope, bindings
from reeltui.tui.main.film_list import FilmList
from reeltui.tui.main.header import AppHeader
from reeltui.tui.text_box import is_text_box

if TYPE_CHECKING:
    from textual.widgets import ProgressBar

    from reeltui.films import FilmSummary
    from reeltui.search import FilmHit, PersonHit, TextHit
    from reeltui.search.terms import FindQuery
    from reeltui.tui.main.filter_input import FilterInput
    from reeltui.tui.main.find_bar import FindBar
    from reeltui.tui.main.reader import Reader
    from reeltui.tui.main.side_panel import SidePanel
    from reeltui.tui.people.chooser import Person
    from reeltui.tui.people.items import PageChoice

# The bookmarks screen, a person's page, the people of a film, the table of contents and the
# help are imported when first opened, not at start-up; so are the merging of a film's reviews
# (`reeltui.films`, first needed once the list is drawn) and what a search hit does to the list
# and the reader (`hits`).

__all__ = ["BOOKMARKED_LABEL", "PANES", "MainScreen"]

#: The panes `tab` steps through, by the id of the widget that takes the focus.
PANES: tuple[str, ...] = ("films", "reader", "side")

#: How long a review may take to read before the reader says "Opening…".
_OPENING_NOTE = 0.08

#: The header's name for the `B` narrowing: "Bookmarked · 3 films".
BOOKMARKED_LABEL = "Bookmarked"


def sort_key(name: str | None) -> SortKey:
    """A sort key from the settings file; title when missing or unknown."""
    try:
        return SortKey(name) if name else SortKey.TITLE
    except ValueError:
        return SortKey.TITLE


class MainScreen(Screen[None]):
    """Three panes; below 100 columns the side panel goes under the reader, below 60 the
    panes take turns (the classes `-reading` and `-side` say which one shows)."""

    BINDINGS = bindings(Scope.MAIN)
    #: The list has the focus from the moment the panes exist (Textual would otherwise give it
    #: to the first focusable widget, the title filter, and a key typed during start-up, such
    #: as ":" for the command bar, would become a filter).
    AUTO_FOCUS = "#films"

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-medium"), (100, "-wide")]  # noqa: RUF012

    rows: var[Sequence[FilmRow]] = var((), always_update=True)
    """The rows of the film list: the listing as it is now."""

    marks: var[Mapping[str, str]] = var(dict)
    """The film list's bookmark mark of each bookmarked film, by film key."""

    review: var[Review | None] = var(None)
    """The review open in the reader (with its body), if any."""

    film: var[FilmSummary | None] = var(None)
    """The open review's film with all its reviews, merged, when it has several (else None)."""

    positions: var[Mapping[str, float]] = var(dict)
    """The reading positions the settings remember, where the reader opens a review."""

    terms: var[tuple[str, ...]] = var(())
    """Names marked in the reader and the facts (a person chosen in the command bar)."""

    find_query: var[FindQuery | None] = var(None)
    """What the find bar looks for in the review (None: the bar is closed)."""

    find_status: var[tuple[int, int] | None] = var(None)
    """The find bar's current match and number of matches (None: not looked yet)."""

    description: var[str] = var("Loading…")
    """What the list shows, for the header ("13 films · by title")."""

    scan_progress: var[tuple[int, int] | None] = var((0, 0))
    """The scan's progress for the header: (files read, files found); None once loaded."""

    problem_files: var[int] = var(0)
    """How many files have problems, for the header."""

    class ShowPerson(Message):
        """Show a person's films (an actor's with the role) and mark their name."""

        def __init__(self, hit: PersonHit) -> None:
            super().__init__()
            self.hit = hit

    class OpenFilm(Message):
        """Open a film's review; a film with several reviews narrows the list to them."""

        def __init__(self, hit: FilmHit) -> None:
            super().__init__()
            self.hit = hit

    class OpenReview(Message):
        """Open one review in the reader."""

        def __init__(self, review: Entry) -> None:
            super().__init__()
            self.review = review

    class OpenPassage(Message):
        """Open a review at the paragraph where a full-text query matched, its words marked.

        `typed` is what the user searched for (the hit's snippet shows some of the words).
        """

        def __init__(self, hit: TextHit, typed: str = "") -> None:
            super().__init__()
            self.hit = hit
            self.typed = typed

    class SortBy(Message):
        """Sort the list another way (remembered like `s`)."""

        def __init__(self, key: SortKey) -> None:
            super().__init__()
            self.key = key

    class OpenPage(Message):
        """Open a person's page (their folded name: `name_key`)."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, app_name: str = "reeltui") -> None:
        super().__init__()
        self._app_name = app_name
        self.listing = Listing([], SortKey.TITLE)
        #: The `B` narrowing while the list shows it, and the film keys it was made from.
        self._bookmarked: tuple[Narrowing, tuple[str, ...]] | None = None
        #: The id of the review being read in a worker, if any, and what to do with it once
        #: it is shown (scroll to a passage, say).
        self._opening: str | None = None
        self._then: Callable[[Review], None] | None = None
        #: The person the list is narrowed to (their key and name), for `P` to offer first.
        self._person: tuple[Narrowing, Person] | None = None
        #: The page opened last (its person, and where its cursor was), for `P` to go back to.
        self._last_page: tuple[Person, int | None] | None = None
        #: The review of each film read last in this session (film key to review id).
        self._read: dict[str, str] = {}
        #: Whether drawing is held (`hold_drawing`): laid out, styled, answering keys, but
        #: nothing rendered or written to the terminal.
        self._drawing_held = False
        #: Where the cursor steps taken on the list's first rows put it (`first_rows_step`).
        self._first_cursor = 0
        #: Whether the screen has been made current once (`on_screen_resume`).
        self._resumed = False
        #: The mounting of the widgets the first frame does not show (the title filter, the
        #: find bar), once begun (`mount_hidden`).
        self._hidden_mounted: list[AwaitMount] | None = None
        #: Set once the screen has been laid out (drawn or not): a start gives it its first
        #: rows then (`ReelApp._load_worker`). Set from the event loop, waited for in a thread.
        self.laid_out = threading.Event()
        #: What the reader says while it shows no review (`_say`).
        self._placeholder = "Loading reviews…"

    # -- composition ---------------------------------------------------------------------

    def hold_drawing(self) -> None:
        """Draw nothing until `release_drawing`: a start that will have its rows in a moment
        draws the screen once with them, instead of empty ("Loading reviews…") and at once
        again. Everything else goes on (compose, styles, layout, keys)."""
        self._drawing_held = True

    def release_drawing(self) -> None:
        """Draw what was held back (the whole screen), if drawing was held; the widgets it
        does not show are mounted once it is drawn."""
        if self._drawing_held:
            self._drawing_held = False
            # A layout pass draws the regions held back (all of the screen), and is one the
            # rows just given need anyway: a repaint would draw the whole screen once more.
            # So would the repaint asked for while held (Textual asks for one when the screen
            # is first made current, and when widgets are mounted on it): it is dropped.
            self._repaint_required = False
            self.refresh(repaint=False, layout=True)
            if self.is_mounted:  # (else `on_mount` does both)
                if not self.rows:
                    self._scan_moved(self.scan_progress)  # still loading, nothing to show
                self.call_after_refresh(self.mount_hidden)

    def _compositor_refresh(self) -> None:
        # Textual's one path from a laid-out screen to the terminal: rendering the lines that
        # changed. While held, the changed regions are kept for the first draw.
        if self.outer_size:
            self.laid_out.set()
        if not self._drawing_held:
            super()._compositor_refresh()

    def _screen_resized(self, size: Size) -> None:
        # Textual lays the screen out at each resize the terminal reports, even to the size
        # it has. A start gets one such report after its first rows are given (the size
        # Textual asked the terminal for, handed on when the app is first idle), when the
        # layout asked for with them is pending: the two layouts were one after the other, the
        # second (5 ms of CPU) for nothing. The layout pending is that same layout.
        if size == self.outer_size and self._layout_required:
            return
        super()._screen_resized(size)

    def compose(self) -> ComposeResult:
        """Header, the three panes, footer; each widget bound to the state it shows. The
        widgets hidden until used (the title filter, the find bar) are mounted once the screen
        has been drawn (`mount_hidden`); so are, on a start whose first frame waits for the
        list's rows, the progress bar and the reader and the side panel, which say nothing yet
        (their placeholder and an empty box): that frame is the list's rows alone, drawn
        sooner (composing, styling and drawing the two panes, and importing the reader, took
        about 13 ms of CPU of its 60 after the imports)."""
        # The classes of the width first, so that the panes are styled once, not twice.
        self._set_breakpoint(self.app.size.width)
        yield AppHeader(self._app_name, id="header").data_bind(
            MainScreen.description,
            progress=MainScreen.scan_progress,
            problem_files=MainScreen.problem_files,
        )
        with Horizontal(id="panes"):
            with Vertical(id="films-pane"):
                if not self._drawing_held:
                    yield self._progress_bar()
                yield FilmList(id="films").data_bind(
                    MainScreen.rows, MainScreen.marks, open_review=MainScreen.review
                )
            with Container(id="body"):
                with Vertical(id="reading"):
                    if not self._drawing_held:
                        yield self._reader()
                if not self._drawing_held:
                    yield self._side_panel()
        yield KeyBar()

    def _reader(self) -> Reader:
        """The reader, bound to the review and what it marks (made in this screen's context)."""
        from reeltui.tui.main.reader import Reader

        reader = Reader(id="reader").data_bind(
            MainScreen.review,
            MainScreen.film,
            MainScreen.terms,
            MainScreen.positions,
            MainScreen.find_query,
        )
        reader.placeholder = self._placeholder
        return reader

    def _side_panel(self) -> SidePanel:
        """The side panel, bound to the review (made in this screen's context)."""
        from reeltui.tui.main.side_panel import SidePanel

        side = SidePanel(id="side").data_bind(MainScreen.review, MainScreen.film, MainScreen.terms)
        side.border_title = "About"
        return side

    def _say(self, placeholder: str) -> None:
        """What the reader says when it shows no review (kept for a reader mounted later)."""
        self._placeholder = placeholder
        if self.query("#reader"):
            self.reader.placeholder = placeholder

    @staticmethod
    def _progress_bar() -> ProgressBar:
        """The scan's progress bar, shown (it is made while loading)."""
        from textual.widgets import ProgressBar  # (a warm start shows it after its first frame)

        progress = ProgressBar(id="progress", show_eta=False)
        progress.display = True
        return progress

    def mount_hidden(self) -> list[AwaitMount]:
        """Mount the widgets the first frame does not show, if not yet: the title filter, the
        find bar and the side panel's parts (and the reader, the side panel and the progress
        bar, hidden, where they were left out). An action that needs one awaits its mounting.
        Nothing is mounted on a screen already taken down (the app quit before its first
        frame's callbacks ran)."""
        if self._hidden_mounted is None and not self.is_attached:
            return []
        if self._hidden_mounted is None:
            panes: list[AwaitMount] = []
            if not self.query("#reader"):  # left out of a held first frame
                with self._context():  # bound to this screen's state, as if composed here
                    reader, side = self._reader(), self._side_panel()
                panes = [
                    self.query_one("#reading").mount(reader),
                    self.query_one("#body").mount(side),
                ]
            self.side_panel.mount_parts()
            from reeltui.tui.main.filter_input import FilterInput
            from reeltui.tui.main.find_bar import FindBar

            films = self.query_one("#films-pane")
            with self._context():  # bound to this screen's state, as if composed here
                bar = FindBar(id="find").data_bind(
                    MainScreen.find_query, status=MainScreen.find_status
                )
            self._hidden_mounted = [
                *panes,
                films.mount(FilterInput(placeholder="Filter titles…", id="filter"), before=0),
                self.query_one("#reading").mount(bar),
            ]
            if not self.query("#progress"):
                progress = self._progress_bar()
                progress.display = False
                self._hidden_mounted.append(films.mount(progress, before=self.film_list))
        return self._hidden_mounted

    async def hidden_ready(self) -> None:
        """Wait for the widgets of `mount_hidden` to be mounted (mounting them if not yet)."""
        for mounting in self.mount_hidden():
            await mounting

    def on_mount(self) -> None:
        """Start in the loading state with the list focused; follow the app's library, scan
        and bookmarks."""
        if not self._drawing_held:
            self.call_after_refresh(self.mount_hidden)
        self.query_one("#films-pane").border_title = "Films"
        self.film_list.empty_text = "Loading reviews…"
        app = reel_app(self.app)
        self.listing.sort = sort_key(app.settings_file.settings.sort)
        self.watch(app, "scan_progress", self._scan_moved)
        self.watch(app, "library", self._library_changed)
        self.watch(app, "problems", self._problems_changed)
        app.rows_changed_signal.subscribe(self, self._rows_changed)
        app.bookmarks_changed_signal.subscribe(self, self._bookmarks_changed)
        app.review_changed_signal.subscribe(self, self._review_changed)
        self.marks = app.bookmarks.marks(self.library)
        self.film_list.focus()

    @property
    def film_list(self) -> FilmList:
        """The film list widget."""
        return self.query_one(FilmList)

    @property
    def reader(self) -> Reader:
        """The reader widget."""
        from reeltui.tui.main.reader import Reader

        return self.query_one(Reader)

    @property
    def side_panel(self) -> SidePanel:
        """The side panel (facts and bio)."""
        from reeltui.tui.main.side_panel import SidePanel

        return self.query_one(SidePanel)

    @property
    def header(self) -> AppHeader:
        """The header."""
        return self.query_one(AppHeader)

    @property
    def library(self) -> Library | None:
        """The library this screen shows (the app's)."""
        return reel_app(self.app).library

    @property
    def _settings(self) -> SettingsFile:
        """The settings this screen remembers its state in (the app's)."""
        return reel_app(self.app).settings_file

    @property
    def selected_film(self) -> Review | Entry | None:
        """The film an action such as `b` is about: the list's cursor film, or the open one
        when the reader or the side panel has the focus (or the list shows nothing)."""
        if self.pane_of(self.focused) in ("reader", "side") and self.review is not None:
            return self.review
        current = self.film_list.current
        return current.review if current is not None else self.review

    # -- loading -------------------------------------------------------------------------

    def _scan_moved(self, progress: tuple[int, int] | None) -> None:
        """Show how far the app's scan has got."""
        self.scan_progress = progress
        # The bar alone is shown or hidden: a class on the screen would style every pane again.
        bars = self.query("#progress")
        if bars:
            from textual.widgets import ProgressBar  # (in already: the bar was made)

            bar = bars.first(ProgressBar)
        else:
            if progress is None or self._drawing_held:
                return  # (held: `release_drawing` shows it if the list has no rows by then)
            # A start that drew its rows first has no bar yet: it is wanted now.
            bar = self._progress_bar()
            self.query_one("#films-pane").mount(bar, before=self.film_list)
        bar.display = progress is not None
        if progress is not None:
            done, total = progress
            bar.update(total=total or None, progress=done)

    def _library_changed(self, library: Library | None) -> None:
        """Fill the list from a freshly scanned library and reopen the last review read."""
        if library is None:
            return
        old = self.listing
        if old.holds(library.entries):
            # A first scan's end: the patched listing is the library's already. Making it again
            # held two of every table (the films', their counts, the folded titles) at once.
            old.narrowing = None
        else:
            listing = Listing(library.entries, old.sort, sorted_by=SortKey.TITLE)
            listing.query = old.query
            self.listing = listing
        self._bookmarked = None
        self._remark()
        self._show_loaded()
        self._refresh_rows()
        self.refresh_bindings()
        # The other sort orders and the folded titles (for `s` and `/`) are made in a worker at
        # once. (Made after the next draw instead, a first scan's batches found them missing and
        # made them on the event loop: keys waited 140 ms at the 99th percentile at 100,000.)
        self._warm()
        if self.review is not None or self._opening is not None:
            # The same films again (a scan ended, the folder was looked at again): the review
            # open stays open, and the cursor where the user left it.
            return
        # The list is drawn first; the review is looked for and opened after.
        self.call_after_refresh(self._open_first, library)

    def _show_loaded(self) -> None:
        """What the screen says once the films are in: no progress bar, the list's and the
        reader's texts for when they show nothing."""
        for bar in self.query("#progress"):
            bar.display = False
        keys = reel_app(self.app).user_keys
        self.film_list.empty_text = (
            f"No films match the filter. Press {keys.label('list.clear_filter')} to clear it."
        )
        self._say(f"Choose a film and press {keys.label('list.open')} to read its review.")

    def show_first_films(self, first: FirstFilms) -> None:
        """Show the first screen of the list (the first films of the sort order, the count of
        every film) while the library's entries are read; `_library_changed` puts the whole
        list in their place, the cursor and scroll where they are."""
        if self.library is not None:
            return
        self._show_loaded()
        self._first_cursor = 0
        self.rows = FirstRows(first.entries, first.counts, first.films)
        self.description = (
            f"{describe_counts(first.films, first.reviews)} · {sort_label(self.listing.sort)}"
        )

    def first_rows_step(self, action: str) -> bool:
        """Whether a list action can be done on the first screen of rows alone (moving the
        cursor among those rows: counted, as it is let through); any other must wait for the
        whole list."""
        films = self.film_list
        rows = films.rows
        if not isinstance(rows, FirstRows) or self.focused is not films:
            return False
        # Where the steps let through will have put the cursor (they reach the list later).
        if action == "cursor_down" and self._first_cursor + 1 < rows.known:
            self._first_cursor += 1
            return True
        if action == "cursor_up":
            self._first_cursor = max(0, self._first_cursor - 1)
            return True
        return False

    @property
    def showing_first_rows(self) -> bool:
        """Whether the list shows only its first screen of rows (the whole list to come)."""
        return isinstance(self.rows, FirstRows)

    def _warm(self) -> None:
        """Make the listing's sort orders and folded titles in a worker."""
        self.run_worker(self.listing.warm, thread=True, group="warm", exclusive=True)

    def _open_first(self, library: Library) -> None:
        """Open the review read last (else the first row's) of a library just shown."""
        if library is not self.library:
            return
        last = self._settings.settings.last_review
        # Among the entries in memory: the catalog may be busy with the check of the folder,
        # which the UI must not wait for.
        card = (
            next((entry for entry in library.entries if entry.id == last), None) if last else None
        )
        if card is None and self.rows:
            card = self.rows[0].review
        if card is not None:
            # A cursor the user moved already (on the list's first rows, or with the keys
            # that waited for the whole list) stays where they put it.
            self.open_review(card, select=self.film_list.cursor == 0)
        else:
            self.review = None
            self.film = None

    def _problems_changed(self, problems: tuple[FileProblem, ...]) -> None:
        """Count the files with problems for the header (the app reads them in a worker)."""
        self.problem_files = len({p.path for p in problems})

    def _review_changed(self, change: ReviewChanged) -> None:
        """One review was read again: show it now in the reader (where the reader was), then
        its row and the film's merged facts, once a listing of the changed library is ready."""
        library = self.library
        if library is None:
            return
        after = change.after
        if self.review is not None and self.review.id == after.id:
            self.positions = self._remembered().positions
            self.review = after
        self._relist(library, after)

    @work(thread=True, group="listing", exclusive=True, exit_on_error=False)
    def _relist(self, library: Library, after: Review) -> None:
        """Make and warm a listing of the library as it is now (in a worker), with the film of
        the changed review, then show them with the sort, filter and narrowing of the moment."""
        listing = Listing(library.entries, self.listing.sort, sorted_by=SortKey.TITLE)
        listing.warm()
        entry = library.get(after.id)
        film = self._film_of(library, after)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._relisted, library, listing, after, entry, film)

    def _relisted(
        self,
        library: Library,
        listing: Listing,
        after: Review,
        entry: Entry | None,
        film: FilmSummary | None,
    ) -> None:
        """Show the new listing; a narrowing that held the changed review holds its new entry."""
        if library is not self.library:
            return  # scanned again meanwhile: that listing is newer
        if self.review is not None and self.review.id == after.id:
            self.film = film
        old = self.listing
        listing.sort, listing.query = old.sort, old.query
        narrowing = old.narrowing
        if narrowing is not None and entry is not None:
            rows = tuple(
                FilmRow(entry, row.detail) if row.review.id == entry.id else row
                for row in narrowing.rows
            )
            renewed = Narrowing(narrowing.label, rows)
            if self._bookmarked is not None and self._bookmarked[0] is narrowing:
                self._bookmarked = (renewed, self._bookmarked[1])
            narrowing = renewed
        listing.narrowing = narrowing
        self.listing = listing
        self._remark()
        current = self.film_list.current
        on_it = (self.review is not None and self.review.id == after.id) or (
            current is not None and current.review.id == after.id
        )
        self._refresh_rows(keep=after.film_key if on_it else None)
        self.refresh_bindings()

    def _rows_changed(self, changed: RowsChanged) -> None:
        """Reviews came, changed or went while the library is on show: patch the list (the
        cursor stays on its film), open the first review if none is, reload the open one if
        its file changed (where it was read is kept)."""
        if self.library is None:
            return
        self.listing = self.listing.patched(changed.entries, changed.removed)
        self._remark()
        self._refresh_rows(keep=self._followed_key(changed))
        review = self.review
        if review is None and self._opening is None and self.rows:
            self.open_review(self.rows[self.film_list.cursor].review)
        elif review is not None:
            for entry in changed.entries:
                if entry.id == review.id:
                    self.open_review(entry, again=True)
                    break

    def _followed_key(self, changed: RowsChanged) -> str | None:
        """The film the cursor should be on once `changed` is in: the one it is on, or, when
        its review changed film (a new title on disk, a correction saved), that film."""
        current = self.film_list.current
        if current is None:
            return None
        for entry in changed.entries:
            if entry.id == current.review.id:
                return entry.film_key
        return current.film_key

    # -- the list ------------------------------------------------------------------------

    def _refresh_rows(self, keep: str | None = None) -> None:
        """Show the listing's rows now (the cursor on the film of key `keep` if given, else on
        the film it was on) and say in the header what they are."""
        rows = self.listing.rows()
        self.rows = rows
        if keep is not None and not self.film_list.select_film(keep):
            self.film_list.cursor = 0
        description = self.listing.describe(len(rows))
        if self.library is not None:
            description += f" · {sort_label(self.listing.sort)}"
        self.description = description

    def narrow(self, narrowing: Narrowing | None, highlight: Sequence[str] = ()) -> None:
        """Show only a narrowing's films (None: all) and highlight names in reader and panel."""
        self.listing.narrowing = narrowing
        # Rows that say more (an actor's role) get a wider list pane to say it in.
        self.set_class(
            narrowing is not None and any(row.detail for row in narrowing.rows), "-detailed"
        )
        self.highlight(highlight)
        self._refresh_rows(keep=self.review.film_key if self.review else None)
        self.refresh_bindings()

    def highlight(self, names: Sequence[str]) -> None:
        """Mark these names wherever the reader and the facts show them."""
        self.terms = tuple(names)

    @on(FilmList.Selected)
    def _on_film_chosen(self, event: FilmList.Selected) -> None:
        """Open the chosen film; from the keyboard (or a click when narrow), go on to read it."""
        event.stop()
        focus = not event.by_mouse or self.has_class("-narrow")
        self.open_review(self._review_to_read(event.row.review), focus=focus)

    def _review_to_read(self, card: Review | Entry) -> Review | Entry:
        """Which review of a card's film to open: the one open now, else the one read last in
        this session, else the card itself."""
        key = card.film_key
        if self.review is not None and self.review.film_key == key:
            return self.review
        library = self.library
        last = self._read.get(key)
        if library is not None and last is not None:
            known = library.get(last)
            if known is not None and known.film_key == key:
                return known
        return card

    # -- bookmarks -----------------------------------------------------------------------

    def _remark(self) -> None:
        """The films changed: a bookmark made on a film without a year marks the film its
        reviews joined since (or no longer). Only asked when there are bookmarks."""
        bookmarks = reel_app(self.app).bookmarks
        if self.marks or bookmarks.keys():
            marks = bookmarks.marks(self.library)
            if marks != self.marks:
                self.marks = marks

    def _bookmarks_changed(self, bookmarks: Bookmarks) -> None:
        """The app's bookmarks changed: redraw the marks, and the `B` list if it shows."""
        self.marks = bookmarks.marks(self.library)
        if self._bookmarked is not None and self._bookmarked[1] != bookmarks.keys():
            self._renarrow(bookmarks)
        self.refresh_bindings()

    def _showing_bookmarked(self) -> bool:
        """Whether the list shows only bookmarked films (`B`)."""
        return self._bookmarked is not None and self.listing.narrowing is self._bookmarked[0]

    def _narrow_to_bookmarked(self, library: Library, bookmarks: Bookmarks) -> None:
        """Narrow the list to the bookmarked films the library holds."""
        keys = bookmarks.keys()
        narrowing = Narrowing(BOOKMARKED_LABEL, bookmarked_rows(library, keys))
        self._bookmarked = (narrowing, keys)
        self.narrow(narrowing)

    def _renarrow(self, bookmarks: Bookmarks) -> None:
        """Rebuild the `B` list after the bookmarks changed, keeping the cursor where it was."""
        library = self.library
        if library is None or not self._showing_bookmarked():
            self._bookmarked = None
            return
        films = self.film_list
        current = films.current
        index = films.cursor
        self._narrow_to_bookmarked(library, bookmarks)
        if current is not None and not films.select_film(current.film_key):
            films.cursor = min(index, max(0, len(self.rows) - 1))

    def action_bookmarks_only(self) -> None:
        """Show only bookmarked films in the list; again: all films."""
        library = self.library
        if library is None:
            return
        if self._showing_bookmarked():
            self._bookmarked = None
            self.narrow(None)
            return
        bookmarks = reel_app(self.app).bookmarks
        # With a bookmark still being written ("b" then "B" at once), the list follows it.
        if not len(bookmarks.store) and not bookmarks.writes_pending:
            self.app.notify(
                f"No bookmarks yet: press {reel_app(self.app).user_keys.label('bookmark')} on a "
                "film to bookmark it.",
                timeout=5,
                markup=False,
            )
            return
        self._narrow_to_bookmarked(library, bookmarks)

    def action_show_bookmarks(self) -> None:
        """Open the bookmarks screen; the film chosen there is opened here."""
        from reeltui.tui.bookmarks.screen import BookmarksScreen

        self.app.push_screen(BookmarksScreen(), self._read_bookmarked)

    def _read_bookmarked(self, review: Entry | None) -> None:
        """Read the film chosen on the bookmarks screen, if one was."""
        if review is not None:
            self.open_review(review, focus=True)

    # -- the reader ----------------------------------------------------------------------

    def open_review(
        self,
        card: Review | Entry,
        *,
        focus: bool = False,
        again: bool = False,
        then: Callable[[Review], None] | None = None,
        select: bool = True,
    ) -> None:
        """Open a review in the reader where it was left, and select its film in the list.

        The review (and, when its film has several, their merged facts) is read from the
        catalog in a worker (a large one takes a moment): the keys keep working meanwhile, and
        the reader says "Opening…" if it is not quick. `again` reads the open review anew (its
        file changed), keeping where it is read. `then` is called with the review once the
        reader shows it (at once when it already does). `select=False` leaves the list's
        cursor where it is.
        """
        library = self.library
        if library is None:
            return
        if select:
            self.film_list.select_film(card.film_key)
        if focus:
            self.focus_pane("reader")
        wanted = again or self.review is None or self.review.id != card.id
        if not wanted:
            self._then = None
            self._read[card.film_key] = card.id
            if then is not None and self.review is not None:
                then(self.review)
        elif self._opening != card.id or then is not None:
            settings = self._remembered()
            self.positions = settings.positions
            reel_app(self.app).remember_settings(replace(settings, last_review=card.id))
            self._opening = card.id
            self._then = then
            self._read_review(library, card)
            self.set_timer(_OPENING_NOTE, partial(self._say_opening, card.id))
        self.refresh_bindings()

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def _read_review(
        self, library: Library, card: Review | Entry
    ) -> tuple[Review, FilmSummary | None]:
        """Read a review from the catalog, with its film's merged facts (run in a worker)."""
        entry = card if isinstance(card, Entry) else library.get(card.id)
        if entry is None:
            raise KeyError(card.id)
        review = library.open(entry)
        return review, self._film_of(library, review)

    def _say_opening(self, review_id: str) -> None:
        """Still reading the review: say so in the reader."""
        if self._opening == review_id:
            self.review = None
            self.film = None
            self._say("Opening…")

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A review was read: show it (unless another was asked for since)."""
        worker = event.worker
        if worker.group != "open" or event.state not in (WorkerState.SUCCESS, WorkerState.ERROR):
            return
        result = worker.result if event.state is WorkerState.SUCCESS else None
        if not isinstance(result, tuple) or result[0].id != self._opening:
            if event.state is WorkerState.ERROR and self._opening is not None:
                self._opening = None
                self._then = None
                self._say("The review could not be read.")
            return
        review, film = result
        then, self._opening, self._then = self._then, None, None
        self.review = review
        self.film = film
        self._read[review.film_key] = review.id
        keys = reel_app(self.app).user_keys
        self._say(f"Choose a film and press {keys.label('list.open')} to read its review.")
        self.refresh_bindings()
        if then is not None:
            then(review)

    @staticmethod
    def _film_of(library: Library, review: Review) -> FilmSummary | None:
        """The review's film with all its reviews merged (their cards read from the catalog),
        when it has more than one."""
        entries = library.reviews_of(review.film_key)
        if len(entries) < 2:
            return None
        from reeltui.films import merge

        cards = library.catalog.cards([entry.docno for entry in entries])
        reviews = [cards[entry.docno] for entry in entries if entry.docno in cards]
        return merge(reviews) if len(reviews) > 1 else None

    def _step_review(self, delta: int) -> None:
        """Open the film's next (or previous) review, wrapping round."""
        film, review = self.film, self.review
        if film is None or review is None:
            self.app.bell()
            return
        from reeltui.films import position_of

        place = position_of(film, review.id)
        if place is None:
            return
        self.open_review(film.reviews[(place + delta) % len(film.reviews)])

    def action_next_review(self) -> None:
        """The next review of the open film (another reviewer)."""
        self._step_review(1)

    def action_previous_review(self) -> None:
        """The previous review of the open film."""
        self._step_review(-1)

    def _remembered(self) -> Settings:
        """The settings with the open review's reading position recorded."""
        settings = self._settings.settings
        if self.review is not None:
            settings = settings.with_position(self.review.id, self.reader.position)
        return settings

    def save_state(self) -> None:
        """Record the open review's position and the sort (called when the app quits)."""
        reel_app(self.app).remember_settings(self._remembered())

    # -- panes ---------------------------------------------------------------------------

    def pane_of(self, widget: Widget | None) -> str | None:
        """Which pane a widget belongs to ("films", "reader", "side"), if any."""
        node = widget
        while node is not None and node is not self:
            if node.id in PANES:
                return node.id
            if node.id == "films-pane":
                return "films"
            if node.id == "reading":
                return "reader"
            node = node.parent if isinstance(node.parent, Widget) else None
        return None

    def focus_pane(self, pane: str) -> None:
        """Give a pane the focus (and, when narrow, show it in place of the others)."""
        self._show_pane(pane)
        self.query_one(f"#{pane}").focus()

    def _focus_now(self, widget: Widget) -> None:
        """Focus a widget before the next key is read. (`Widget.focus` waits for the queue, so
        keys typed right after `/` or `ctrl+f` would reach the list or the reader.)"""
        widget.refresh()
        self.set_focus(widget)

    def _show_pane(self, pane: str) -> None:
        """When narrow, set the classes that say which pane shows (`-reading`, `-side`).

        Only the narrow layout uses them, and a class change restyles the whole screen, so
        they are changed only when narrow and only when they differ.
        """
        narrow = self.has_class("-narrow")
        for name, wanted in (("-reading", pane != "films"), ("-side", pane == "side")):
            wanted = wanted and narrow
            if self.has_class(name) != wanted:
                self.set_class(wanted, name)

    def on_resize(self) -> None:
        """Entering or leaving the narrow layout: show the pane that has the focus."""
        self._show_pane(self.pane_of(self.focused) or "films")

    def on_screen_resume(self, event: ScreenResume) -> None:
        """Back from an overlay: the window may have been resized meanwhile.

        Textual updates the breakpoint classes of the screen on top only, so this screen
        sets its own again from the current width before it is drawn. The first time (the
        screen just pushed), Textual's own handler, which runs after this one, is told not to
        style every widget again: each was styled as it was mounted, a moment ago.
        """
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False
        self._set_breakpoint(self.app.size.width)
        self._show_pane(self.pane_of(self.focused) or "films")

    def _set_breakpoint(self, width: int) -> None:
        """Give the screen the class of this width (`HORIZONTAL_BREAKPOINTS`), if it has not."""
        chosen = None
        for minimum, name in self.HORIZONTAL_BREAKPOINTS:
            if width >= minimum:
                chosen = name
        for _, name in self.HORIZONTAL_BREAKPOINTS:
            if self.has_class(name) != (name == chosen):
                self.set_class(name == chosen, name)

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        """Keep the pane classes in step with the focus, however it moved."""
        pane = self.pane_of(event.widget)
        if pane is not None:
            self._show_pane(pane)

    def _step_pane(self, delta: int) -> None:
        """Move the focus `delta` panes along, wrapping."""
        current = self.pane_of(self.focused) or "films"
        index = PANES.index(current)
        self.focus_pane(PANES[(index + delta) % len(PANES)])

    def action_next_pane(self) -> None:
        """Focus the next pane."""
        self._step_pane(1)

    def action_previous_pane(self) -> None:
        """Focus the previous pane."""
        self._step_pane(-1)

    def action_back(self) -> None:
        """Go back to the film list."""
        self.focus_pane("films")

    def action_leave_reader(self) -> None:
        """`esc` in the reader: close the find bar if it is open, else back to the list."""
        if self.find_query is not None:
            self.close_find()
        else:
            self.action_back()

    # -- find in the review --------------------------------------------------------------

    async def action_find(self) -> None:
        """Open the find bar under the reader (again: find its text again, selected)."""
        from reeltui.search.terms import FindQuery
        from reeltui.tui.main.find_bar import FindInput

        if self._typing_in_a_box(FindInput):
            raise SkipAction()
        if self.review is None:
            self.app.bell()
            return
        await self.hidden_ready()
        box = self.query_one(FindInput)
        if self.find_query is None or self.find_query.is_phrase:
            self.find_query = FindQuery(box.value)
        self._show_pane("reader")
        self._focus_now(box)
        box.select_all()

    def close_find(self) -> None:
        """Close the find bar and clear the marks; the reader keeps the focus."""
        in_bar = self.pane_of(self.focused) == "reader" and self.focused is not self.reader
        self.find_query = None
        self.find_status = None
        if in_bar:
            self.focus_pane("reader")

    @on(Input.Changed, "#find-input")
    def _on_find_changed(self, event: Input.Changed) -> None:
        """Find as the user types."""
        from reeltui.search.terms import FindQuery  # (in already: the find bar's)

        event.stop()
        self.find_query = FindQuery(event.value)

    def on_find_bar_step(self, message: FindBar.Step) -> None:
        """Make the next or previous match current."""
        message.stop()
        self.reader.step_match(message.delta)

    def on_find_bar_close(self, message: FindBar.Close) -> None:
        """Close the find bar."""
        message.stop()
        self.close_find()

    def on_reader_matches(self, message: Reader.Matches) -> None:
        """The reader found the query (or stepped): say so in the find bar."""
        message.stop()
        self.find_status = (message.current, message.total)

    def action_read_on(self) -> None:
        """Page the reader down without leaving the list."""
        self.reader.action_page_down()

    # -- filter and sort -----------------------------------------------------------------

    def _typing_in_a_box(self, *but: type[Widget]) -> bool:
        """Whether a text box (other than those of `but`) has the focus: a priority key is
        then typed into it, not acted on."""
        focused = self.focused
        return is_text_box(focused) and not isinstance(focused, but)

    async def action_filter(self) -> None:
        """Open the title filter and put the cursor in it."""
        if self._typing_in_a_box():
            raise SkipAction()
        await self.hidden_ready()
        self._show_pane("films")
        self.query_one("#films-pane").add_class("-filtering")
        box = self._filter_box()
        assert box is not None
        self._focus_now(box)

    def _filter_box(self) -> FilterInput | None:
        """The title filter's box (None until mounted, after the first frame)."""
        if self._hidden_mounted is None:
            return None  # (asked while the first frame is drawn: its module comes later)
        from reeltui.tui.main.filter_input import FilterInput

        boxes = self.query(FilterInput)
        return boxes.first() if boxes else None

    @on(Input.Changed, "#filter")
    def _on_filter_changed(self, event: Input.Changed) -> None:
        """Filter the list as the user types."""
        event.stop()
        had_query = bool(self.listing.query)
        self.listing.query = event.value
        self._refresh_rows()
        if had_query != bool(event.value):
            self.refresh_bindings()

    @on(Input.Submitted, "#filter")
    def _on_filter_submitted(self, event: Input.Submitted) -> None:
        """Enter in the filter: back to the list, filter kept."""
        event.stop()
        self.action_leave_filter()

    def action_leave_filter(self) -> None:
        """Leave the filter box for the list, keeping the filter (the box hides if empty)."""
        if not self.listing.query:
            self.query_one("#films-pane").remove_class("-filtering")
        self.film_list.focus()

    def can_clear_filter(self) -> bool:
        """Whether `escape` in the list has a filter, narrowing or highlighted names to clear."""
        return bool(self.listing.query or self.listing.narrowing is not None or self.terms)

    def action_clear_filter(self) -> None:
        """Clear the title filter if there is one, else the narrowing (or the names marked by
        a person's page); back to the list."""
        box = self._filter_box()
        focused = box is not None and box.has_focus
        if self.listing.query or focused:
            self.listing.query = ""
            if box is not None:
                with box.prevent(Input.Changed):
                    box.value = ""
            self.query_one("#films-pane").remove_class("-filtering")
            self._refresh_rows()
            self.film_list.focus()
        elif self.listing.narrowing is not None or self.terms:
            self.narrow(None)
        self.refresh_bindings()

    def action_cycle_sort(self) -> None:
        """Sort the list the next way: title, year, reviewer, recently added."""
        key = self.listing.next_sort()
        self._refresh_rows()
        reel_app(self.app).remember_settings(replace(self._settings.settings, sort=key.value))

    def sort_by(self, key: SortKey) -> None:
        """Sort the list by `key` (the command bar's "Sort by year"…), remembered like `s`."""
        self.listing.sort = key
        self._refresh_rows()
        reel_app(self.app).remember_settings(replace(self._settings.settings, sort=key.value))

    # -- what the command bar asks for ---------------------------------------------------

    def _reveal(self, review: Review | Entry) -> None:
        """Make sure the list shows a review's film: drop the title filter, then the narrowing."""
        key = review.film_key
        if self.film_list.index_of(key) is not None:
            return
        if self.listing.query:
            self.action_clear_filter()
        if self.film_list.index_of(key) is None and self.listing.narrowing is not None:
            self.narrow(None)

    @on(ShowPerson)
    def _show_person(self, message: ShowPerson) -> None:
        """Narrow the list to a person's films and highlight their name; keep or open a film."""
        from reeltui.tui.main.hits import highlight_names, person_narrowing
        from reeltui.tui.people.chooser import Person

        if self.listing.query:
            self.action_clear_filter()
        hit = message.hit
        narrowing = person_narrowing(hit)
        self.narrow(narrowing, highlight_names(hit))
        person = Person(hit.key, hit.name, "the list shows their films")
        self._person = (narrowing, person)
        shown = {row.review.id for row in narrowing.rows}
        current = self.review
        if (current is None or current.id not in shown) and self.rows:
            self.open_review(self.rows[0].review)
        self.focus_pane("films")

    @on(OpenFilm)
    def _open_film(self, message: OpenFilm) -> None:
        """Open a film (its row stands for all its reviews: `[` and `]` step through them)."""
        hit = message.hit
        if not hit.reviews:
            return
        self._reveal(hit.reviews[0])
        self.open_review(self._review_to_read(hit.reviews[0]), focus=True)

    @on(OpenReview)
    def _open_one(self, message: OpenReview) -> None:
        """Open one review in the reader (a recent film of the empty bar)."""
        self._reveal(message.review)
        self.open_review(message.review, focus=True)

    @on(OpenPassage)
    def _open_passage(self, message: OpenPassage) -> None:
        """Open a review at the paragraph where the full-text query matched, the words the
        search found marked as find marks them, the first of them in the passage current."""
        from reeltui.tui.main.hits import paragraph_of, passage_query

        hit = message.hit
        self._reveal(hit.review)

        def at_the_passage(review: Review) -> None:
            first = hit.spans[0][0] if hit.spans else None
            paragraph = paragraph_of(review, hit.section_index, hit.snippet, first)
            self.reader.scroll_to_section(hit.section_index, paragraph)
            query = passage_query(hit, message.typed)
            if query == self.find_query:
                self.reader.find_again()
            else:
                self.find_query = query

        self.open_review(hit.review, focus=True, then=at_the_passage)

    @on(SortBy)
    def _sort_by(self, message: SortBy) -> None:
        """Sort the list another way."""
        self.sort_by(message.key)

    # -- people's pages ------------------------------------------------------------------

    @on(OpenPage)
    def _open_page_message(self, message: OpenPage) -> None:
        """Open a person's page (the command bar's "Open page")."""
        self.open_page(message.key)

    def open_page(self, key: str, cursor: int | None = None) -> None:
        """Show a person's page; what is chosen there is opened here."""
        if not key:
            return
        from reeltui.tui.people.chooser import Person
        from reeltui.tui.people.screen import PersonScreen

        page = PersonScreen(key, app_name=self._app_name, cursor=cursor)

        def chosen(choice: PageChoice | None) -> None:
            if page.page is not None:
                person = Person(key, page.page.name, "back to their page")
                self._last_page = (person, page.last_cursor)
            if choice is not None:
                self._read_from_page(choice, page.page.terms if page.page is not None else ())

        self.app.push_screen(page, chosen)

    def _read_from_page(self, choice: PageChoice, names: Sequence[str]) -> None:
        """Open what a page offered: a review, at the sentence of a mention; mark the names."""
        review = self._review_to_read(choice.review) if choice.film else choice.review
        self._reveal(review)
        self.highlight(names)
        mention = choice.mention

        def at_the_sentence(shown: Review) -> None:
            if mention is not None and shown.id == review.id:
                self.reader.scroll_to_sentence(
                    mention.section_index, mention.paragraph_index, mention.sentence
                )

        self.open_review(review, focus=True, then=at_the_sentence)

    def action_people(self) -> None:
        """Offer the people of the open film (and the last page, and the narrowed person)."""
        from reeltui.tui.people.chooser import PeopleScreen, people_of

        review = self.review
        if review is None:
            return
        first: list[Person] = []
        if self._last_page is not None:
            first.append(self._last_page[0])
        if self._person is not None and self.listing.narrowing is self._person[0]:
            first.append(self._person[1])
        people = people_of(review, first)
        if not people:
            self.app.notify("This review names nobody.", timeout=4, markup=False)
            return

        def chosen(key: str | None) -> None:
            if key is None:
                return
            back = self._last_page
            cursor = back[1] if back is not None and back[0].key == key else None
            self.open_page(key, cursor)

        self.app.push_screen(PeopleScreen(review.film.label, people), chosen)

    # -- overlays ------------------------------------------------------------------------

    def action_contents(self) -> None:
        """Show the open review's table of contents; the chosen section is scrolled to."""
        from reeltui.tui.screens.toc import TocScreen

        if self.review is None:
            return
        reader = self.reader
        titles = [heading.title for heading in reader.headings]

        def jump(choice: int | None) -> None:
            if choice is not None:
                reader.jump_to_heading(choice)
                self.focus_pane("reader")

        self.app.push_screen(
            TocScreen(self.review.film.label, titles, reader.current_heading()), jump
        )

    def action_help(self) -> None:
        """Show every key."""
        from reeltui.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide keys that have nothing to act on (the footer shows only what applies)."""
        if action in ("contents", "read_on", "find", "people"):
            return self.review is not None
        if action in ("next_review", "previous_review"):
            return self.film is not None
        if action == "clear_filter":
            box = self._filter_box()
            return self.can_clear_filter() or (box is not None and box.has_focus)
        return True
