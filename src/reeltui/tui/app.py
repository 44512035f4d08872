"""The reeltui application: the composition root of the TUI.

`ReelApp` resolves nothing itself: it is given the `Paths`, reads the settings, shows the main
screen at once, and loads the library in a thread worker while the screen answers keys. What
it owns (the library, the scan's progress, the settings, the search session, the bookmarks and
their change signal) is declared in `base.py`, where the screens read it: the main screen
watches `library` and `scan_progress`. When a scan finds no reviews the app shows the
empty-folder screen.

Loading goes in two steps, both in the worker. First the entries of the last session come
straight from the catalog (no file looked at) and the list shows them: the main screen is first
drawn with the list's first screen of rows, read from the catalog before the whole library's
entries (its drawing is held until they come, at most 0.3 s), not empty and again; keys wait
for the whole list but the cursor's steps among those rows. Once the list
is on the screen, every file's stamp is checked: what changed since is read again and patched
into the list (`rows_changed_signal`); on a first start, that is every file, and rows appear as
they are read, with the progress in the header. No garbage is collected until the list is first
drawn (what the app makes while it starts lives as long as it does), and while the library
loads, full collections are held off (`collector.py`); once loaded, the app collects once and
freezes what it holds out of the collector's sight (a full collection walks every object), and
watches the folder.

Start-up imports what the first screen shows and no more: the command bar's providers, the
overlays, the corrections and the Letterboxd formats are imported when first used, and on a
start the reader and the side panel come a frame after the list's first rows.

The panes and overlays live in `main/`, `bookmarks/`, `palette/` and `screens/`, the keys in
`keys.py`.

Run it with `run(paths)`; tests create `ReelApp(paths, loader=...)` and use `run_test()`.
"""

from __future__ import annotations

import gc
import os

# Importing Textual and the app makes some hundred thousand objects that live as long as the
# process (classes, functions, tables), and the collector, run every few hundred new objects,
# walks the young ones again and again: about a tenth of the imports' time, and once they are
# in, one walk of all of them. It is held off while they are imported, what they made is put
# out of its sight (`gc.freeze`), and it is left as it was (`on_mount` holds it off again
# until the list is first drawn).
_COLLECTING = gc.isenabled()
gc.disable()

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events, work
from textual.actions import SkipAction
from textual.command import CommandPalette, Provider
from textual.message import Message
from textual.theme import Theme
from textual.worker import Worker, WorkerState, get_current_worker

from reeltui.library import Entry, Library, SortKey, describe_failure
from reeltui.library.catalog import FirstFilms
from reeltui.model import FileProblem
from reeltui.paths import Paths
from reeltui.tui import hangup
from reeltui.tui.allocator import give_back, limit_arenas
from reeltui.tui.base import ReelBase, ReviewChanged, RowsChanged
from reeltui.tui.bookmarks.controller import ACTIONS as BOOKMARK_ACTIONS
from reeltui.tui.bookmarks.controller import BookmarksUI
from reeltui.tui.collector import FullCollections
from reeltui.tui.main.screen import MainScreen, sort_key
from reeltui.tui.palette import PROVIDERS
from reeltui.tui.style_cache import StyleCache
from reeltui.tui.text_box import is_text_box

if TYPE_CHECKING:
    from reeltui.library import Progress
    from reeltui.library.watch import Batch
    from reeltui.parallel import WorkerPool
    from reeltui.tui.bookmarks.importer import ImportScreen
    from reeltui.tui.bookmarks.screen import BookmarksScreen
    from reeltui.tui.corrections.controller import CorrectionsUI

gc.freeze()
if _COLLECTING:
    gc.enable()

# What the first screen does not show is imported when first used: the command bar and its
# providers (`PROVIDERS`), the corrections (`corrections_ui`), the problems list, the
# empty-folder screen, the bookmarks screen and import dialog (their messages are handled
# here by name), and the check and the watching of the folder. Each widget class costs Textual
# a walk of its attributes when it is defined.

__all__ = ["Loader", "ReelApp", "run"]

#: How the app gets its library: `Library.scan` unless a test or a cache says otherwise.
Loader = Callable[[Path, "Progress"], Library]

#: The least time between two progress updates sent from the scanning thread (each redraws
#: the header and the progress bar).
_PROGRESS_INTERVAL = 0.25
#: The least time between two batches of rows sent from the scanning thread (each lays the
#: screen out again, as the list's length changes): the first rows are sent at once.
_ROWS_INTERVAL = 0.5
#: The least time between two hand-backs of free memory (`give_back`) by the scanning thread.
#: A scan frees much as it goes (each batch's parsed reviews, the catalog's statements), and
#: the C allocator held it until the next full collection, once a minute: at 100,000 files
#: each of those gave back 3 to 11 MB, the process's peak standing just before one.
_GIVE_BACK_INTERVAL = 10.0
#: A batch of more changed files than this shows its progress in the header.
_MANY_CHANGES = 50
#: The most seconds the check of the folder waits for the list to be drawn first.
_DRAW_WAIT = 2.0
#: The most seconds a start holds its first draw for the catalog's entries (drawn without
#: them after that: "Loading reviews…").
_FIRST_DRAW_HOLD = 0.3
#: How many films the first screen of a warm start reads, before the whole library (more
#: than a terminal shows).
_FIRST_FILMS = 200


class _FirstRead:
    """A warm start's first reads, in a thread started as the app starts (`ReelApp.on_load`):
    the catalog opened and the list's first screen of films read, while Textual sets up the
    terminal and composes and styles the screen (the loading worker, started once the app is
    mounted, read them only then, and the first frame waited for them). The loading worker
    takes them (`take`)."""

    def __init__(self, root: Path, cache: Path | None, sort: SortKey) -> None:
        self.sort = sort
        self._library: Library | None = None
        self._first: FirstFilms | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._read, args=(root, cache), name="first-read", daemon=True
        )
        self._thread.start()

    def _read(self, root: Path, cache: Path | None) -> None:
        try:
            library = self._library = Library.open_folder(root, cache)
            self._first = library.catalog.first_films(self.sort, _FIRST_FILMS)
        except BaseException as exc:  # raised in the loading worker, as if it had read them
            self._error = exc

    def take(self) -> tuple[Library, FirstFilms]:
        """The library opened and its first films (what went wrong, raised)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._library is not None and self._first is not None
        return self._library, self._first

    def discard(self) -> None:
        """Unused (the list is to be sorted otherwise): the catalog it opened is closed."""
        self._thread.join()
        if self._library is not None:
            self._library.close()


class _ScanCancelled(Exception):
    """Raised inside the scan's progress callback to stop a scan nobody wants any more."""


@dataclass(frozen=True, slots=True)
class _Loaded:
    """What the loading worker gives: the library, whether the check changed anything since
    its entries were first shown, and its problems (None: those already sent, unchanged)."""

    library: Library
    changed: bool
    problems: tuple[FileProblem, ...] | None


class ReelApp(ReelBase):
    """The film review reader."""

    CSS_PATH = "app.tcss"
    TITLE = "reeltui"
    #: The command bar's providers: films, actors, directors, reviewers, full text, commands.
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = set(PROVIDERS)

    class FirstRows(Message):
        """Sent from a thread: the first screen of the list, read before the entries."""

        def __init__(self, first: FirstFilms, drawn: threading.Event) -> None:
            super().__init__()
            self.first = first
            #: Set once they are drawn (or will not be).
            self.drawn = drawn

    class Snapshot(Message):
        """Sent from the loading thread: the library as the last session left it. `drawn` is
        set once the screen has been drawn with it (the folder's check waits for that)."""

        def __init__(self, library: Library, drawn: threading.Event) -> None:
            super().__init__()
            self.library = library
            self.drawn = drawn

    class Rows(Message):
        """Sent from the loading thread: reviews read, changed or gone since the last batch."""

        def __init__(self, library: Library, changed: RowsChanged) -> None:
            super().__init__()
            self.library = library
            self.changed = changed

    class Problems(Message):
        """Sent from a thread: the problems of a library, as its catalog holds them now."""

        def __init__(self, library: Library, problems: tuple[FileProblem, ...]) -> None:
            super().__init__()
            self.library = library
            self.problems = problems

    class FolderChanged(Message):
        """Sent from the watching thread: files of the library changed (rows were sent)."""

        def __init__(self, library: Library) -> None:
            super().__init__()
            self.library = library

    class NoSnapshot(Message):
        """Sent from the loading thread: the catalog had no entries to show at once (a first
        start): the screen is drawn without them."""

    class LoadDone(Message):
        """Sent from the watching thread: a batch of changes has been read."""

    class LoadProgress(Message):
        """Sent from the scanning thread: `done` of `total` files read."""

        def __init__(self, done: int, total: int) -> None:
            super().__init__()
            self.done = done
            self.total = total

    def __init__(
        self, paths: Paths, loader: Loader | None = None, workers: WorkerPool | None = None
    ) -> None:
        if loader is None:
            # A start: what the app makes from here to its first frame lives as long as it
            # does (`on_mount` says more); the collector waits, as while the modules were
            # imported.
            gc.disable()
        super().__init__(paths)
        self._loader: Loader | None = loader
        #: Set to stop watching the folder (a new one is made for each library watched).
        self._stop_watching = threading.Event()
        self.main_screen = MainScreen(app_name=self.TITLE)
        self.bookmarks_ui = BookmarksUI(self)
        #: Full garbage collections are held off while the library loads (see collector.py).
        self._collections = FullCollections()
        # Before the app's threads start: they share one arena of the allocator, not one each.
        limit_arenas()
        #: Keys and mouse events held until a warm start's list is in (None: none are held).
        self._waiting: list[events.Event] | None = None
        #: Worker processes started for a first scan before the app (`run`), taken by the
        #: first check of the folder.
        self._first_workers = workers
        #: The first reads of the catalog, begun as the app starts (`on_load`), taken by the
        #: first load of the library.
        self._first_read: _FirstRead | None = None
        #: The rules of the stylesheet as the last start parsed them, given to Textual before
        #: it parses (`style_cache.py`); kept once the list is drawn, if any were parsed.
        self._style_cache = StyleCache(paths.cache, self.stylesheet)
        self._style_cache.seed()

    @cached_property
    def corrections_ui(self) -> CorrectionsUI:
        """Corrections (`e`), made when first asked for."""
        from reeltui.tui.corrections.controller import CorrectionsUI

        return CorrectionsUI(self)

    def on_load(self) -> None:
        """The app starts (its styles read, its terminal, screen and first frame to come): a
        start of the reader begins reading the catalog meanwhile (`_FirstRead`)."""
        if self._loader is None:
            sort = sort_key(self.settings_file.settings.sort)
            self._first_read = _FirstRead(self.paths.data, self.paths.cache, sort)

    def on_mount(self) -> None:
        """Apply the saved theme, show the main screen and start loading."""
        # Until the list is first drawn, no collection of garbage: what the app makes now (the
        # screen, the library's entries) lives as long as it does, and a collection would
        # walk all of it, more than once, before the first list is on the screen.
        gc.disable()
        theme = self.settings_file.settings.theme
        if theme and theme in self.available_themes:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.review_changed_signal.subscribe(self, self._review_changed)
        self.set_keymap(self.user_keys.keymap)
        if self._loader is None:
            # A warm start has the list's entries in a few tens of milliseconds: the screen is
            # first drawn with them, not drawn empty ("Loading reviews…") and again at once.
            self.main_screen.hold_drawing()
            self.set_timer(_FIRST_DRAW_HOLD, self._show_first)
            # Keys and the mouse wait for the list (but for steps among its first rows).
            self._waiting = []
        self.push_screen(self.main_screen)
        self.bookmarks_ui.start()
        terminal = None if self.is_headless else hangup.terminal_fd()
        if terminal is not None:
            self.set_interval(hangup.EVERY, partial(self._check_terminal, terminal))
        if self.settings_file.problem:
            self.notify(
                self.settings_file.problem,
                title="Settings ignored",
                severity="warning",
                timeout=10,
                markup=False,
            )
        if self.user_keys.problems:
            self.notify(
                "\n".join(self.user_keys.problems),
                title="Keys not changed",
                severity="warning",
                timeout=15,
                markup=False,
            )
        self.load_library()

    def _check_terminal(self, fd: int) -> None:
        """Quit once the terminal the app draws on has hung up (`tui/hangup.py`): save what a
        quit saves, then end the process at once. Textual's own way out writes to the
        terminal to put it back as it was, and with nobody reading, that write never ends."""
        if hangup.hung_up(fd):
            if self.main_screen.is_mounted:
                self.main_screen.save_state()
            self._close()
            os._exit(0)

    # -- loading -------------------------------------------------------------------------

    def load_library(self) -> None:
        """Load the data folder in a thread worker (a load already running is abandoned)."""
        self.scan_progress = (0, 0)
        self._collections.hold()
        if self._loader is not None:
            self._scan_worker()
        else:
            self._load_worker(sort_key(self.settings_file.settings.sort))

    def _progress(self) -> Progress:
        """A progress callback for the loading thread: throttled, and raising once the worker
        was cancelled (so an abandoned scan stops at its next file)."""
        worker = get_current_worker()
        last_sent = 0.0

        def progress(done: int, total: int) -> None:
            nonlocal last_sent
            if worker.is_cancelled:
                raise _ScanCancelled
            now = time.monotonic()
            if done >= total or now - last_sent >= _PROGRESS_INTERVAL:
                last_sent = now
                self.post_message(self.LoadProgress(done, total))

        return progress

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def _load_worker(self, sort: SortKey) -> _Loaded:
        """Show the catalog's entries, then check every file and patch what changed."""
        # The first screen of the list from the catalog (a few milliseconds), drawn while the
        # whole library's entries are read (a few tens): read as the app started, on its first
        # load.
        early, self._first_read = self._first_read, None
        if early is not None and early.sort is sort:
            library, first = early.take()
        else:
            if early is not None:
                early.discard()
            library = Library.open_folder(self.paths.data, self.paths.cache)
            first = library.catalog.first_films(sort, _FIRST_FILMS)
        if first.entries:
            # The rows are given once the main screen has been laid out (its drawing held):
            # given before, it was laid out and drawn with them, then laid out and drawn again
            # as its widgets took their first sizes (two full frames instead of one).
            self._wait_drawn(self.main_screen.laid_out)
            # Reading the entries would only compete with drawing the first screen.
            drawn = threading.Event()
            self.post_message(self.FirstRows(first, drawn))
            self._wait_drawn(drawn)
        library.load_entries()
        shown = bool(len(library))
        if not shown:
            self.post_message(self.NoSnapshot())
        else:
            drawn = threading.Event()
            self.post_message(self.Snapshot(library, drawn))
            # Until the list is on the screen, the check (and the query of the problems)
            # would only compete with drawing it.
            self._wait_drawn(drawn)
            self.post_message(self.Problems(library, library.problems))
        waiting: list[int] = []
        last_sent = 0.0  # the first rows are sent at once
        given_back = time.monotonic()
        # The entries sent, by document number: when the check ends, the library takes those
        # still right (the list holds them) rather than make each one again.
        sent: list[Entry | None] = []

        def send(loaded: bool = False) -> None:
            nonlocal last_sent
            numbers = set(waiting)
            waiting.clear()
            last_sent = time.monotonic()
            # Once the library has its entries again, the last rows are those.
            read = library.entries_of if loaded else library.catalog.entries_of
            entries = read(numbers)
            removed = frozenset(numbers - {entry.docno for entry in entries})
            self.post_message(self.Rows(library, RowsChanged(tuple(entries), removed)))
            if numbers:
                sent.extend([None] * (max(numbers) + 1 - len(sent)))
            for docno in removed:
                sent[docno] = None
            for entry in entries:
                sent[entry.docno] = entry

        def known(docno: int) -> Entry | None:
            return sent[docno] if 0 <= docno < len(sent) else None

        def on_batch(numbers: list[int]) -> None:
            nonlocal given_back
            waiting.extend(numbers)
            now = time.monotonic()
            if now - last_sent >= _ROWS_INTERVAL:
                send()
            if now - given_back >= _GIVE_BACK_INTERVAL:
                # In the scanning thread, not on the event loop (the call lets the
                # interpreter go; other threads wait only to allocate meanwhile).
                given_back = now
                give_back()

        started, self._first_workers = self._first_workers, None
        changes = library.refresh(
            full=True, progress=self._progress(), on_batch=on_batch, known=known, started=started
        )
        sent.clear()
        if waiting:
            send(loaded=True)
        problems = library.problems if changes or not shown else None
        return _Loaded(library, bool(changes), problems)

    @staticmethod
    def _wait_drawn(drawn: threading.Event) -> None:
        """In the loading thread: wait for the screen to be drawn (at most `_DRAW_WAIT`
        seconds, and no longer once the worker is cancelled)."""
        worker = get_current_worker()
        deadline = time.monotonic() + _DRAW_WAIT
        while not drawn.wait(0.05) and not worker.is_cancelled:
            if time.monotonic() > deadline:
                break

    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def _scan_worker(self) -> _Loaded:
        """Run a given loader (tests, benchmarks), posting throttled progress; the library."""
        assert self._loader is not None
        library = self._loader(self.paths.data, self._progress())
        return _Loaded(library, True, library.problems)

    def on_reel_app_first_rows(self, message: ReelApp.FirstRows) -> None:
        """Draw the list's first screen while the rest is read (keys and the mouse that need
        more than those rows still wait: `on_event`)."""
        if self.library is None:
            self.main_screen.show_first_films(message.first)
            self._show_first()
        self.call_after_refresh(message.drawn.set)

    async def on_reel_app_snapshot(self, message: ReelApp.Snapshot) -> None:
        """Show the last session's library at once (the main screen watches it); once it is
        drawn, the folder is checked and garbage is collected again."""
        if self.library is None:
            # The panes the first frame left out (the reader, the side panel) are in first: the
            # review read last opens in the reader, and the keys held may be for them.
            await self.main_screen.hidden_ready()
            self.library = message.library
        self._show_first()
        self.call_after_refresh(self._drawn, message.drawn)
        await self._replay_waiting()

    async def _replay_waiting(self) -> None:
        """Hand on the keys and mouse events held until the list was in (a warm start), in
        the order they came."""
        waiting, self._waiting = self._waiting, None
        for event in waiting or ():
            await self.on_event(event)

    async def on_reel_app_no_snapshot(self, message: ReelApp.NoSnapshot) -> None:
        """Nothing to show at once: draw the screen as it is (loading), and let the keys on."""
        self._show_first()
        await self._replay_waiting()

    def _show_first(self) -> None:
        """Let the main screen be drawn, if its first draw is still held."""
        self.main_screen.release_drawing()

    def _drawn(self, drawn: threading.Event | None = None) -> None:
        """The list has been drawn: the loading thread may go on (`drawn`), the collector too."""
        if drawn is not None:
            drawn.set()
        gc.enable()
        self._style_cache.save()

    def on_reel_app_rows(self, message: ReelApp.Rows) -> None:
        """Rows read or changed while loading: show the library if not yet, then patch."""
        if self.library is None:
            self.library = message.library
            self.call_after_refresh(self._drawn)
        if self.library is message.library:
            self.rows_changed_signal.publish(message.changed)
        self._collections.now_and_then()

    def on_reel_app_problems(self, message: ReelApp.Problems) -> None:
        """The problems of the library on show, read in a thread."""
        if self.library is message.library:
            self.problems = message.problems

    def on_reel_app_load_progress(self, message: ReelApp.LoadProgress) -> None:
        """Take the scan's progress (the main screen shows it)."""
        self.scan_progress = (message.done, message.total)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """Hand a finished scan to the screens; show why a scan failed."""
        worker = event.worker
        if worker.group != "library":
            return
        if event.state in (WorkerState.ERROR, WorkerState.CANCELLED, WorkerState.SUCCESS):
            self._show_first()
            if self._waiting is not None:
                self.call_next(self._replay_waiting)
        if event.state is WorkerState.SUCCESS and isinstance(worker.result, _Loaded):
            result = worker.result
            self._loaded(result.library, changed=result.changed, problems=result.problems)
        elif event.state is WorkerState.ERROR and not isinstance(worker.error, _ScanCancelled):
            error = worker.error or RuntimeError("the scan stopped")
            self._loaded(Library(self.paths.data), failure=describe_failure(error))

    def _loaded(
        self,
        library: Library,
        failure: str | None = None,
        changed: bool = True,
        problems: tuple[FileProblem, ...] | None = None,
    ) -> None:
        """Show the library (the main screen watches it) and its problems (None: those on show
        already), or the empty-folder screen when it holds no reviews (saying why when
        loading failed). A library already on show, that the check found unchanged, is left
        as it is."""
        self.scan_progress = None
        if problems is None and (failure is not None or library is not self.library):
            problems = library.problems
        if problems is not None:
            self.problems = problems
        if changed or library is not self.library:
            self.library = library
        self.search_session.load(library, self._start_search_worker, give_back)
        # Everything loaded lives as long as the library: keep it out of the collector's walks
        # (once the screen has been drawn with it).
        self._collections.release()
        self.call_after_refresh(self._freeze)
        if self._loader is None and library.root.is_dir():
            self._watch(library)
        from reeltui.tui.screens.empty import EmptyScreen

        if isinstance(self.screen, EmptyScreen):
            self.pop_screen()
        for note in library.notes:
            self.notify(note, title="Reading files", timeout=8, markup=False)
        if len(library) == 0:
            self.push_screen(
                EmptyScreen(
                    library.root,
                    exists=library.root.is_dir(),
                    unreadable=len(library.report.unreadable),
                    failure=failure,
                )
            )

    def _freeze(self) -> None:
        """Collect the garbage, then keep every object left out of later collections; give
        the memory freed back to the system."""
        gc.collect()
        gc.freeze()
        gc.enable()
        give_back()
        self._style_cache.save()

    def _review_changed(self, change: ReviewChanged) -> None:
        """A review was read again in place (its facts corrected): search the library as it
        is now (names, titles and the review's text from the catalog, rebuilt in a worker while
        the current search answers)."""
        if self.library is not None:
            self.search_session.refresh(self._start_search_worker)
            self.run_worker(
                partial(self._read_problems, self.library),
                thread=True,
                group="problems",
                name="read the problems",
                exit_on_error=False,
            )

    def _read_problems(self, library: Library) -> None:
        """Read a library's problems from its catalog (in a worker) and post them."""
        self.post_message(self.Problems(library, library.problems))

    # -- the command bar -----------------------------------------------------------------

    def _start_search_worker(self, build: Callable[[], None]) -> None:
        """Build the search index of a new library in a thread (see `SearchSession.load`),
        then give back to the system the memory the build used and freed."""

        def building() -> None:
            try:
                build()
            finally:
                give_back()

        self.run_worker(
            building, thread=True, group="search", name="search index", exit_on_error=False
        )

    async def on_event(self, event: events.Event) -> None:
        """`esc` in the command bar closes it at once, in the app's own turn.

        The bar would close when its box gets to the key, after the app has already handed it
        the keys typed next: a `:` typed right after `esc` (to ask again) went into the closing
        bar and was lost, and the query after it reached the film list as commands.
        """
        waiting = self._waiting
        if waiting is not None and self._must_wait(event):
            waiting.append(event)
            return
        if (
            isinstance(event, events.Key)
            and not event.is_forwarded
            and event.key == "escape"
            and isinstance(self.screen, CommandPalette)
        ):
            await self.screen.run_action("escape")
            return
        await super().on_event(event)

    def _must_wait(self, event: events.Event) -> bool:
        """Whether an event must wait for the whole list: every key but a step of the cursor
        among its first rows on show, and the mouse's presses and wheel."""
        if isinstance(event, events.Key):
            if event.is_forwarded:
                return False
            active = self.screen.active_bindings.get(event.key)
            action = active.binding.action if active is not None else ""
            if action in ("quit", "app.quit"):
                return False  # leaving never waits
            return not self.main_screen.first_rows_step(action)
        return isinstance(event, events.MouseEvent) and not isinstance(event, events.MouseMove)

    def action_search(self) -> None:
        """`:` opens the command bar, but in a text box it is typed. (Its binding acts as the
        key arrives, before the keys that follow, so what is typed next reaches the bar.)"""
        if is_text_box(self.focused):
            raise SkipAction()
        self.action_command_palette()

    def action_command_palette(self) -> None:
        """Open the command bar (`:` or `ctrl+p`), saying what it searches."""
        if self.use_command_palette and not isinstance(self.screen, CommandPalette):
            from reeltui.tui.palette.bar import CommandBar

            self.push_screen(CommandBar())

    # -- the live folder -----------------------------------------------------------------

    def _watch(self, library: Library) -> None:
        """Watch the library's folder in a worker, until the app ends or loads another."""
        self._stop_watching.set()
        stop = self._stop_watching = threading.Event()
        self.run_worker(
            partial(self._watching, library, stop),
            thread=True,
            group="watch",
            name="watch the folder",
            exit_on_error=False,
        )

    def _watching(self, library: Library, stop: threading.Event) -> None:
        """The watch's thread: each batch of changes is read into the catalog here, then the
        list is patched and the search brought up to date."""
        from reeltui.library.watch import watch

        def changed(batch: Batch) -> None:
            # Many changes at once (an unzip, a pull) show their progress in the header.
            many = batch.keys is None or len(batch.keys) > _MANY_CHANGES
            progress = self._progress() if many else None
            changes = library.refresh(full=batch.full, touched=batch.keys or (), progress=progress)
            if progress is not None:
                self.post_message(self.LoadDone())
            if not changes or stop.is_set():
                return
            numbers = set(changes.added) | set(changes.changed) | set(changes.removed)
            entries = library.catalog.entries_of(numbers)
            removed = frozenset(numbers - {entry.docno for entry in entries})
            self.post_message(self.Rows(library, RowsChanged(tuple(entries), removed)))
            self.post_message(self.Problems(library, library.problems))
            self.post_message(self.FolderChanged(library))

        watch(library.root, stop, changed)

    def on_reel_app_folder_changed(self, message: ReelApp.FolderChanged) -> None:
        """Files changed while the app runs: bring the search up to date (in a worker)."""
        if message.library is self.library:
            self.search_session.refresh(self._start_search_worker)

    def on_reel_app_load_done(self, message: ReelApp.LoadDone) -> None:
        """A batch of changes was read: the header stops saying it is reading."""
        self.scan_progress = None

    def on_unmount(self) -> None:
        """Write the settings, stop indexing and close the search index."""
        self._close()

    def _close(self) -> None:
        """What the app does as it ends: the settings written, indexing stopped, the search
        index closed."""
        gc.enable()
        if self._first_workers is not None:  # never taken by a check
            self._first_workers.close()
        self._stop_watching.set()
        self._collections.release()
        self.save_settings()
        if "search_session" in self.__dict__:  # made (`ReelBase.search_session`)
            self.search_session.close()

    # -- app-wide actions ----------------------------------------------------------------

    def action_reload(self) -> None:
        """Scan the data folder again (the main screen shows its progress)."""
        from reeltui.tui.screens.empty import EmptyScreen

        if isinstance(self.screen, EmptyScreen):
            self.pop_screen()
        self.load_library()

    def action_problems(self) -> None:
        """List the files that could not be read, over whatever screen is showing."""
        if self.library is not None and self.file_problems():
            from reeltui.tui.screens.problems import ProblemsScreen

            self.push_screen(ProblemsScreen(self.file_problems(), self.library.root))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer the problems list only when there are problems."""
        if action == "problems":  # asked each time the keys are drawn: stops at the first
            library = self.library
            return library is not None and any(p.path != library.root for p in self.problems)
        if action in BOOKMARK_ACTIONS:
            return self.bookmarks_ui.check_action(action)
        if action == "edit_facts":  # a film is selected (nothing is read)
            screen = self.screen
            # Offered on the list's first screen too (as it will be; `e` waits for the rest).
            return (
                isinstance(screen, MainScreen)
                and (self.library is not None or screen.showing_first_rows)
                and screen.selected_film is not None
            )
        return True

    def file_problems(self) -> tuple[FileProblem, ...]:
        """The problems of files in the data folder (not of the folder itself), as last read
        (asked for each time the keys are drawn: it never reads the catalog)."""
        if self.library is None:
            return ()
        return tuple(p for p in self.problems if p.path != self.library.root)

    async def action_quit(self) -> None:
        """Remember where the reader was, then quit (asking first if bookmarks are unsaved)."""
        if not self.bookmarks_ui.may_quit():
            return
        if self.main_screen.is_mounted:
            self.main_screen.save_state()
        self.exit(0)

    # -- bookmarks (see bookmarks/controller.py; the command bar finds these by name) --------

    def action_toggle_bookmark(self) -> None:
        """Bookmark or un-bookmark the selected film (the open one from the reader)."""
        self.bookmarks_ui.toggle_bookmark()

    def action_toggle_watched(self) -> None:
        """Mark the selected bookmarked film watched, or to-watch again."""
        self.bookmarks_ui.toggle_watched()

    def action_edit_note(self) -> None:
        """Edit the note of the selected bookmarked film."""
        self.bookmarks_ui.edit_note()

    def action_undo_remove(self) -> None:
        """Put back the bookmark removed last."""
        self.bookmarks_ui.undo_remove()

    def action_repair_bookmarks(self) -> None:
        """Move a broken bookmarks file aside, or try again to save unsaved changes."""
        self.bookmarks_ui.repair()

    def action_edit_facts(self) -> None:
        """Correct the selected film's facts: in $VISUAL or $EDITOR, else in a form."""
        self.corrections_ui.edit()

    def action_import_letterboxd(self) -> None:
        """Ask for a Letterboxd file (or its export's folder) and bookmark its films."""
        self.bookmarks_ui.import_letterboxd()

    def on_import_screen_imported(self, message: ImportScreen.Imported) -> None:
        """An import from Letterboxd reached the store."""
        self.bookmarks_ui.imported(message.report, message.error)

    # -- what the bookmarks screen asks for (its keys post these; the controller acts) ------

    def on_bookmarks_screen_toggle_watched(self, message: BookmarksScreen.ToggleWatched) -> None:
        """Mark a bookmarked film watched, or to-watch again."""
        self.bookmarks_ui.toggle_watched(message.film_key)

    def on_bookmarks_screen_edit_note(self, message: BookmarksScreen.EditNote) -> None:
        """Edit a bookmarked film's note."""
        self.bookmarks_ui.edit_note(message.film_key)

    def on_bookmarks_screen_remove(self, message: BookmarksScreen.Remove) -> None:
        """Remove a film's bookmark."""
        if message.film_key is not None:
            self.bookmarks_ui.remove(message.film_key)

    def on_bookmarks_screen_undo_remove(self, message: BookmarksScreen.UndoRemove) -> None:
        """Put back the bookmark removed last."""
        self.bookmarks_ui.undo_remove()

    def on_bookmarks_screen_repair(self, message: BookmarksScreen.Repair) -> None:
        """Move a broken bookmarks file aside, or save again."""
        self.bookmarks_ui.repair()

    def on_app_focus(self, event: events.AppFocus) -> None:
        """Back in the terminal's focus: pick up bookmarks changed by another copy."""
        self.bookmarks_ui.app_focused()

    def _remember_theme(self, theme: Theme) -> None:
        """Save a theme chosen from the command palette."""
        self.remember_settings(replace(self.settings_file.settings, theme=theme.name))


def run(paths: Paths, workers: WorkerPool | None = None) -> int:
    """Run the TUI on resolved paths until the user quits; returns the exit code. `workers`:
    worker processes started for the folder's first scan (`Library.first_scan_workers`)."""
    app = ReelApp(paths, workers=workers)
    app.run()
    return app.return_code or 0
