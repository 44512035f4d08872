"""The search behind the command bar: one `Searcher` per loaded library, built off the UI.

`SearchSession` belongs to the app. When a library has loaded, `load` starts a thread worker
that builds the `Searcher` (names and titles: quick) and then brings the full-text index
up to date (`prepare_text`: indexes the bodies the scan stored, so it can take a while on a
big first run; no file is read). Names and titles answer as soon as the first step is done;
until the second one is, `rank` says the full text is still indexing and leaves it out, so
typing never waits for it. A newer `load` or `close` stops the work in progress and closes the
old searcher.

After a first scan (or any change of many files), deriving the names and indexing the text
are done by a child process (`apart.Apart`), so that the memory they take is never the TUI's;
the searcher's names are built here once the child has settled them, and whatever the child
left undone (it could not start, it stopped) is done here, as it was before children.

`rank` asks the core (`Searcher.suggest`) once per query and gives every hit a score for
the command palette that keeps the core's order: the palette runs one provider per kind and
sorts their hits by score, so the bar shows exactly the ranking `reeltui search` uses. No
Textual here beyond the worker call.

During a first scan there is no searcher yet (it is built from the whole catalog once the scan
ends). `rank(query, reading=library)` then answers people and films from the reviews read so
far (`partial.PartialSearch`, made at the first such question and kept), with `Ranked.partial`
set; it goes on answering after the scan ends, while the searcher of the library is built,
and is closed once that searcher answers, so the bar never goes blank in between.
"""

from __future__ import annotations

import contextlib
import heapq
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from reeltui.library import Entry, Library
from reeltui.search.query import SearchKind, parse_query

if TYPE_CHECKING:
    from reeltui.search.apart import Apart
    from reeltui.search.partial import LastSession, PartialSearch
    from reeltui.search.searcher import Hit, Searcher

__all__ = [
    "SUGGESTIONS",
    "Ranked",
    "ScoredHit",
    "SearchSession",
    "SearchState",
    "palette_score",
]

#: How many hits of people, films and text the bar shows for a query.
SUGGESTIONS = 24

#: How many recently added reviews are kept for the empty bar.
_RECENTLY_ADDED = 8

#: Names to derive and reviews to index from which the work is done in a child process (less
#: is quicker done here than a child is started).
APART_MIN = 2_000

#: Runs `work` in a thread worker of the app (`App.run_worker(..., thread=True)`).
StartWorker = Callable[[Callable[[], None]], object]


class SearchState(StrEnum):
    """How far the search of the current library has got."""

    NO_LIBRARY = "no library"
    BUILDING = "building"
    INDEXING = "indexing"
    READY = "ready"
    TEXT_FAILED = "text failed"
    FAILED = "failed"


class _Stopped(Exception):
    """Raised in the indexing progress callback when nobody wants the index any more."""


@dataclass(slots=True)
class _Generation:
    """The search of one loaded library: its searcher once built, and how the text is doing.

    The worker thread writes the fields, the UI thread reads them; each is one reference
    assignment, and `lock` orders the hand-over of the index against `stop`.
    """

    library: Library
    lock: threading.Lock = field(default_factory=threading.Lock)
    searcher: Searcher | None = None
    state: SearchState = SearchState.BUILDING
    stopped: bool = False
    done: int = 0
    total: int = 0
    problem: str | None = None
    recently_added: tuple[Entry, ...] = ()
    #: The child process settling the names and indexing the text, while it runs.
    apart: Apart | None = None


@dataclass(frozen=True, slots=True)
class ScoredHit:
    """A core hit with the score the command palette sorts it by (higher first)."""

    hit: Hit
    score: float


@dataclass(frozen=True, slots=True)
class Ranked:
    """The answer to one query: hits in the core's order, and whether text was left out.

    `text_pending` is true when the query would search the full text but the index is not
    ready yet (still indexing, or it failed: `state` says which). `partial` is true when the
    hits come from the reviews a scan has read so far (people and films only).
    """

    query: str
    hits: tuple[ScoredHit, ...]
    state: SearchState
    text_pending: bool
    partial: bool = False


def palette_score(rank: int, count: int) -> float:
    """The palette score of the hit at `rank` of `count`: strictly decreasing, in (0.05, 0.95].

    Commands that match a query by a word's beginning score above this band, other commands
    below it, so the palette's sort by score keeps the core's order for people, films and text.
    """
    return 0.95 - 0.9 * rank / max(count, 1)


class SearchSession:
    """The app's search: builds, answers, and closes the index of the loaded library."""

    def __init__(self) -> None:
        self._current: _Generation | None = None
        self._memo: tuple[tuple[int, SearchState, str, int], Ranked] | None = None
        #: The command bar's providers ask from their own threads: one search at a time.
        self._asking = threading.Lock()
        #: The search of the reviews a scan has read so far (see `rank`).
        self._partial: PartialSearch | LastSession | None = None

    # -- lifecycle -----------------------------------------------------------------------

    def load(
        self, library: Library, start: StartWorker, tidy: Callable[[], object] | None = None
    ) -> None:
        """Search `library` from now on: stop the old searcher, build the new one in a worker.
        `tidy()` is called where the build has just let much memory go (the scan's search, the
        names' making), to hand it back to the system before the next part takes more."""
        partial = self._partial
        self.close(keep_partial=partial is not None and partial.library is library)
        generation = _Generation(library)
        self._current = generation
        start(lambda: self._build(generation, tidy))

    def refresh(self, start: StartWorker) -> None:
        """The library on show changed (files came, changed or went): build a new searcher of
        it in a worker, with the new bodies indexed, and swap it in when ready; the current
        one answers meanwhile."""
        generation = self._current
        if generation is not None:
            start(lambda: self._rebuild(generation))

    def _rebuild(self, generation: _Generation) -> None:
        """The worker of `refresh` (runs in a thread)."""
        from reeltui.search.searcher import Searcher

        try:
            searcher = Searcher(generation.library, in_memory=True)
            self._apart(generation)
            if generation.stopped:
                searcher.close()
                return
            searcher.prepare_names()
            searcher.prepare_text()
        except Exception as error:  # the current searcher goes on answering
            generation.problem = str(error) or type(error).__name__
            return
        reviews = generation.library.entries
        recent = tuple(heapq.nlargest(_RECENTLY_ADDED, reviews, key=lambda review: review.mtime))
        with generation.lock:
            if generation.stopped:
                searcher.close()
                return
            old, generation.searcher = generation.searcher, searcher
            generation.recently_added = recent
            generation.state = SearchState.READY
        if old is not None:
            old.close()
        self._memo = None

    def _build(self, generation: _Generation, tidy: Callable[[], object] | None = None) -> None:
        """The worker: names and titles first, then the full text (runs in a thread; the
        ranking is imported here, not when the app starts)."""
        from reeltui.search.searcher import Searcher

        def progress(done: int, total: int) -> None:
            if generation.stopped:
                raise _Stopped
            generation.done, generation.total = done, total

        try:
            searcher = Searcher(generation.library, in_memory=True)
        except Exception as error:  # a broken library must not take the app down
            generation.problem = str(error) or type(error).__name__
            generation.state = SearchState.FAILED
            return
        named = published = False

        def names() -> None:
            nonlocal named, published
            named = True
            published = self._publish_names(generation, searcher)
            if tidy is not None:
                tidy()

        def settled() -> None:
            # The child has derived the names: the catalog answers the bar from now on, and
            # the scan's reviews read into memory are let go before the searcher's own are.
            self._answer_from_catalog(generation.library)
            if tidy is not None:
                tidy()
            names()

        try:
            self._apart(generation, settled, progress)
            if not named:
                names()
        except _Stopped:
            if not published:
                searcher.close()
            return
        except Exception as error:  # a broken library must not take the app down
            if not published:
                generation.problem = str(error) or type(error).__name__
                generation.state = SearchState.FAILED
                searcher.close()
            return
        if not published:  # stopped meanwhile
            searcher.close()
            return
        try:
            searcher.prepare_text(progress)
        except _Stopped:
            return
        except Exception as error:  # names still work without the full text
            generation.problem = str(error) or type(error).__name__
            generation.state = SearchState.TEXT_FAILED
            return
        if not generation.stopped:
            generation.state = SearchState.READY

    def _answer_from_catalog(self, library: Library) -> None:
        """Until the searcher answers, answer the bar from the catalog of `library` (complete,
        its names derived) instead of from the reviews a scan read into memory."""
        from reeltui.search.partial import LastSession, PartialSearch

        with self._asking:
            partial = self._partial
            if not isinstance(partial, PartialSearch) or partial.library is not library:
                return
            if not library.catalog.complete:
                return
            self._partial = LastSession(library)
            self._memo = None
        partial.close()

    @staticmethod
    def _publish_names(generation: _Generation, searcher: Searcher) -> bool:
        """Build the searcher's names and let it answer (not if stopped meanwhile)."""
        searcher.prepare_names()
        reviews = generation.library.entries
        recent = tuple(heapq.nlargest(_RECENTLY_ADDED, reviews, key=lambda review: review.mtime))
        with generation.lock:
            if generation.stopped:
                return False
            generation.recently_added = recent
            generation.searcher = searcher
            generation.state = SearchState.INDEXING
        return True

    @staticmethod
    def _apart(
        generation: _Generation,
        on_names: Callable[[], None] | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Have a child process settle the names and index the text of the library, when
        there is much to do (in a thread; it waits for the child). `on_names()` is called once
        the names are settled. While the child derives the names, this process's writes of the
        catalog wait (as they would for the names derived here); what the child leaves undone
        is the caller's to do."""
        catalog = generation.library.catalog
        if not catalog.persistent or catalog.count_unsettled() < APART_MIN:
            return
        from reeltui.search.apart import Apart

        with generation.lock:
            if generation.stopped:
                return
            apart = generation.apart = Apart.start(catalog)
        if apart is None:
            return
        holding = contextlib.ExitStack()
        holding.enter_context(catalog.writes_held())

        def names() -> None:
            holding.close()
            if on_names is not None:
                on_names()

        try:
            apart.follow(names, progress)
        finally:
            holding.close()
            apart.stop()
            with generation.lock:
                generation.apart = None

    def close(self, *, keep_partial: bool = False) -> None:
        """Stop any indexing in progress and close the index (on exit, or before a reload),
        and the search of a scan's reviews unless `keep_partial` (the new library is the one
        that scan read).

        Closing waits for the indexing thread to reach its next document, if one is running,
        and for a question being answered from a scan's reviews.
        """
        if not keep_partial:
            self._drop_partial()
        generation, self._current = self._current, None
        self._memo = None
        if generation is None:
            return
        with generation.lock:
            generation.stopped = True
            searcher, generation.searcher = generation.searcher, None
            apart = generation.apart
        if apart is not None:
            apart.stop()
        if searcher is not None:
            searcher.close()

    # -- state ---------------------------------------------------------------------------

    @property
    def state(self) -> SearchState:
        """How far the search of the current library has got."""
        return self._current.state if self._current is not None else SearchState.NO_LIBRARY

    @property
    def searcher(self) -> Searcher | None:
        """The current library's searcher, once names and titles are indexed."""
        return self._current.searcher if self._current is not None else None

    @property
    def progress(self) -> tuple[int, int]:
        """Documents indexed for full text so far, and how many need it (0, 0 when unknown)."""
        if self._current is None:
            return (0, 0)
        return (self._current.done, self._current.total)

    @property
    def problem(self) -> str | None:
        """Why the index or its full text could not be built, if it could not."""
        return self._current.problem if self._current is not None else None

    @property
    def recently_added(self) -> tuple[Entry, ...]:
        """The newest reviews of the library (by file time), newest first."""
        return self._current.recently_added if self._current is not None else ()

    def describe(self) -> str:
        """One line about the full text for the bar: "indexing… 120 of 1,400 reviews"."""
        state = self.state
        if state is SearchState.TEXT_FAILED:
            return f"full-text search is unavailable: {self.problem}"
        if state is SearchState.FAILED:
            return f"search is unavailable: {self.problem}"
        if state in (SearchState.BUILDING, SearchState.NO_LIBRARY):
            return "indexing…"
        done, total = self.progress
        if total:
            return f"indexing… {done:,} of {total:,} reviews"
        return "indexing…"

    # -- answering -----------------------------------------------------------------------

    def rank(self, query: str, reading: Library | None = None) -> Ranked:
        """People, films and text hits for `query`, best first, each with a palette score.

        `reading` is the library a scan is reading now, if one is: until the searcher of a
        library answers, people and films come from the reviews read so far (`partial`).

        The answer is remembered for the last query, so the palette's providers (one per
        kind, each asking for the same query) share one search.
        """
        with self._asking:
            generation = self._current
            state = self.state
            partial = self._partial_for(generation, reading)
            seen = -1  # how far the partial search has read: its answers change with it
            if partial is not None:
                partial.catch_up()
                seen = partial.last
            key = (id(generation), state, query, seen)
            memo = self._memo
            if memo is not None and memo[0] == key:
                return memo[1]
            if partial is not None:
                ranked = self._rank_partial(partial, query, state)
            else:
                ranked = self._rank(query, state)
            self._memo = (key, ranked)
            return ranked

    def _partial_for(
        self, generation: _Generation | None, reading: Library | None
    ) -> PartialSearch | LastSession | None:
        """The search of a scan's reviews read so far, when it should answer: no searcher
        yet, and a scan reading (or one that has just ended, its library now loading); for
        the check of a warm start (its catalog complete), the last session's answers.
        Closed once the searcher answers. (Called holding `_asking`.)"""
        partial = self._partial
        if generation is not None and generation.searcher is not None:
            if partial is not None:
                self._partial = None
                partial.close()
            return None
        library = reading
        if library is None and generation is not None and partial is not None:
            library = generation.library if partial.library is generation.library else None
        if library is None:
            return None
        if partial is None or partial.library is not library:
            from reeltui.search.partial import LastSession, PartialSearch

            if partial is not None:
                partial.close()
            made = LastSession if library.catalog.complete else PartialSearch
            partial = self._partial = made(library)
        return partial

    @property
    def checking(self) -> bool:
        """Whether the bar answers from the last session while a warm start checks the folder."""
        partial = self._partial
        return partial is not None and partial.whole

    def _drop_partial(self) -> None:
        """Close the search of a scan's reviews (waiting for a question being answered)."""
        with self._asking:
            partial, self._partial = self._partial, None
            self._memo = None
        if partial is not None:
            partial.close()

    def warm(self, reading: Library) -> None:
        """Read what a scan has written so far now, so that the first question is quick (the
        command bar calls it in a thread as it opens during a scan)."""
        with self._asking:
            partial = self._partial_for(self._current, reading)
        if partial is not None:
            partial.catch_up(now=True)

    def _rank_partial(
        self, partial: PartialSearch | LastSession, query: str, state: SearchState
    ) -> Ranked:
        """People and films from the reviews read so far; full text is left out."""
        parsed = parse_query(query)
        wants_text = parsed.kind in (None, SearchKind.TEXT) and bool(parsed.text)
        hits = partial.suggest(query, SUGGESTIONS) if parsed.kind is not SearchKind.TEXT else []
        scored = tuple(
            ScoredHit(hit, palette_score(rank, len(hits))) for rank, hit in enumerate(hits)
        )
        return Ranked(query, scored, state, wants_text, partial=True)

    def _rank(self, query: str, state: SearchState) -> Ranked:
        """Ask the core for the hits of `query` (full text only once it is indexed)."""
        searcher = self.searcher
        parsed = parse_query(query)
        wants_text = parsed.kind in (None, SearchKind.TEXT) and bool(parsed.text)
        text_ready = state is SearchState.READY
        if searcher is None or not parsed.text:
            return Ranked(query, (), state, wants_text and not text_ready)
        if parsed.kind is SearchKind.TEXT and not text_ready:
            return Ranked(query, (), state, True)
        hits = searcher.suggest(query, SUGGESTIONS, with_text=text_ready)
        scored = tuple(
            ScoredHit(hit, palette_score(rank, len(hits))) for rank, hit in enumerate(hits)
        )
        return Ranked(query, scored, state, wants_text and not text_ready)
