"""The command bar: Textual command-palette providers for films, people, full text and commands.

`:` or `ctrl+p` opens Textual's `CommandPalette` with these providers, one per kind of answer:
films, actors, directors, reviewers, full text, and the app's commands. The first five share
one search per query (`SearchSession.rank`, the core's ranking), and each keeps its own kind,
with palette scores that keep the core's order. A kind prefix (`@pena`, `director: …`, `text:
…`) restricts the bar to one kind. With nothing typed, the bar offers recent films and the
commands.

Choosing does what the hit names:
- a film opens its review in the reader;
- an actor, director or reviewer narrows the list to their films (an actor's with the role),
  says so in the header, and highlights the name in the reader; `escape` clears it; the line
  under each person, "Open page", opens their page instead (films, reviews, mentions);
- a full-text passage opens the review scrolled to the paragraph that matched, the words the
  search found marked and the find bar open on them;
- a command runs it (the commands come from the key table, so new keys appear here too).

Review data is untrusted: every hit is built as `Content` from plain text (never markup), with
control characters made visible, and highlighted with the core's character spans.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any, ClassVar

from textual.app import App
from textual.command import CommandPalette, Hits, Provider
from textual.command import Hit as PaletteHit
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget

from reeltui.library import Entry, Library, SortKey
from reeltui.library.listing import sort_label
from reeltui.model import Review
from reeltui.search import FilmHit, PersonHit, SearchKind, TextHit, parse_query
from reeltui.search import Hit as SearchHit
from reeltui.search.session import Ranked, SearchState
from reeltui.text import fold
from reeltui.tui.base import reel_app
from reeltui.tui.keys import KEYS, KeySpec, Scope
from reeltui.tui.main.hits import reviewed_by
from reeltui.tui.main.screen import MainScreen
from reeltui.tui.people.screen import PersonScreen
from reeltui.tui.safe import visible
from reeltui.tui.screens.help import HelpScreen, KeysScreen
from reeltui.tui.screens.problems import ProblemsScreen
from reeltui.tui.screens.toc import TocScreen
from reeltui.words import counted

__all__ = [
    "ActorsProvider",
    "CommandsProvider",
    "DirectorsProvider",
    "FilmsProvider",
    "FullTextProvider",
    "ReviewersProvider",
]

#: What to type after a bare kind prefix ("@", "director:").
_KIND_HINTS: dict[SearchKind, str] = {
    SearchKind.ACTOR: "Type an actor's name",
    SearchKind.DIRECTOR: "Type a director's name",
    SearchKind.REVIEWER: "Type a reviewer's name",
    SearchKind.FILM: "Type a film's title",
    SearchKind.TEXT: "Type words from a review",
}

#: The quiet style of the second line of a hit and of the kind label.
_QUIET = "dim not bold"
#: The highlight used when the palette gives none.
_MATCH = "bold underline"

#: Recent films offered by the empty bar.
_RECENT = 5

#: Actions of the key table that make no sense as commands: moving about, and the bar itself.
_NOT_COMMANDS = frozenset(
    {
        "next_pane",
        "previous_pane",
        "cursor_down",
        "cursor_up",
        "page_down",
        "page_up",
        "first",
        "last",
        "open",
        "screen.read_on",
        "cycle_sort",
        "app.command_palette",
    }
)
#: Commands listed after the others (the app's housekeeping).
_LAST_COMMANDS = ("help", "app.problems", "app.quit")

#: Overlays that only show things: the bar closes them to act on the main screen.
_READ_ONLY: tuple[type[Screen[Any]], ...] = (
    HelpScreen,
    KeysScreen,
    TocScreen,
    ProblemsScreen,
    PersonScreen,
)

# -- finding the main screen --------------------------------------------------------------


def _main_of(app: App[object]) -> MainScreen | None:
    """The app's main screen, if the app shows a library and the bar may act on that screen
    (during a first scan too: its rows are on show before its entries are loaded).

    It may when nothing covers it but the bar itself and overlays that only show things
    (help, contents, problems, a person's page). Any other screen on top (a note being
    written, a question asked) must be finished first, so the bar then offers no films, people
    or commands.
    """
    if reel_app(app).library is None:
        return None
    stack = app.screen_stack
    place = next((i for i, screen in enumerate(stack) if isinstance(screen, MainScreen)), None)
    if place is None:
        return None
    main = stack[place]
    assert isinstance(main, MainScreen)
    above = stack[place + 1 :]
    if all(isinstance(screen, (*_READ_ONLY, CommandPalette)) for screen in above):
        return main
    return None


def _to_main(app: App[object]) -> MainScreen | None:
    """The main screen brought to the top (read-only overlays are closed), or None."""
    main = _main_of(app)
    if main is None:
        return None
    while app.screen is not main and isinstance(app.screen, _READ_ONLY):
        app.pop_screen()  # the stack changes at once; the old screen goes away later
    on_top = app.screen is main
    return main if on_top else None


def _reading(app: App[object]) -> Library | None:
    """The library a scan is reading now, if one is (its rows are on show as they come)."""
    reel = reel_app(app)
    return reel.library if reel.scan_progress is not None else None


def _on_main(app: App[object], message: Message) -> None:
    """Send the main screen a request (closing overlays first); ring the bell if there is none."""
    main = _to_main(app)
    if main is None:
        app.bell()
        return
    main.post_message(message)


# -- how hits look ------------------------------------------------------------------------


def _spanned(text: str, spans: Iterable[tuple[int, int]], style: Style | str) -> Content:
    """Untrusted text as plain `Content`, control characters visible, `spans` highlighted."""
    content = Content(visible(text))
    for start, end in spans:
        if 0 <= start < end <= len(text):
            content = content.stylize(style, start, end)
    return content


def _prompt(first: Content, label: str, second: str | Content | None) -> Content:
    """A two-line hit: the name with a quiet kind label, then a quiet line of detail."""
    line = first.append(Content.styled(f"  {label}", _QUIET)) if label else first
    if second is None or not str(second):
        return line
    detail = second if isinstance(second, Content) else Content(visible(second))
    return Content("\n").join([line, detail.stylize_before(_QUIET)])


def _person_detail(hit: PersonHit) -> str:
    """The second line for a person: the role and film, or the first few films."""
    films = hit.films
    if len(films) == 1:
        review, credit = films[0]
        role = f"as {credit.role} in " if credit is not None and credit.role else ""
        return role + review.film.label
    labels: dict[str, None] = {}
    for review, _ in films:
        labels.setdefault(review.film.label, None)
        if len(labels) > 3:
            break
    shown = list(labels)[:3]
    more = hit.film_count - len(shown)
    return ", ".join(shown) + (f" and {more:,} more" if more > 0 else "")


def _review_detail(review: Review | None) -> str:
    """The second line for a film: who directed it and who reviewed it."""
    parts: list[str] = []
    if review is None:
        return ""
    if review.directors:
        parts.append("directed by " + ", ".join(review.directors))
    by = reviewed_by(review)
    if by is not None:
        parts.append(by)
    return " · ".join(parts)


def _hint(text: str, second: str | None, score: float) -> PaletteHit:
    """A hit that only informs (choosing it just closes the bar)."""
    return PaletteHit(score, _prompt(Content(text), "", second), _nothing, text=text)


def _nothing() -> None:
    """What choosing a hint does: nothing."""


# -- providers of people, films and text --------------------------------------------------


def _kind_of(hit: SearchHit) -> SearchKind:
    """The kind of a core hit (a person's role, film or text)."""
    if isinstance(hit, PersonHit):
        return SearchKind(hit.role)
    if isinstance(hit, FilmHit):
        return SearchKind.FILM
    return SearchKind.TEXT


class _LibraryProvider(Provider):
    """Hits of one kind from the app's shared search, in the core's order."""

    kind: ClassVar[SearchKind]

    @property
    def _style(self) -> Style | str:
        """How matched characters are marked."""
        return self.match_style or _MATCH

    def _ranked(self, query: str) -> Ranked:
        """The shared answer for `query` (from the reviews read so far, during a scan)."""
        return reel_app(self.app).search_session.rank(query, reading=_reading(self.app))

    async def search(self, query: str) -> Hits:
        """This provider's kind of hits for `query`, or a hint after a bare kind prefix."""
        if _main_of(self.app) is None:
            return
        parsed = parse_query(query)
        if parsed.kind is self.kind and not parsed.text:
            yield _hint(_KIND_HINTS[self.kind], None, 0.5)
            return
        # The search and the hits' details are queries of the catalog: off the event loop.
        for hit in await asyncio.to_thread(self._palette_hits, query):
            yield hit

    def _palette_hits(self, query: str) -> list[PaletteHit]:
        """The palette hits of this provider's kind for `query` (run in a thread)."""
        ranked = self._ranked(query)
        return [
            made
            for scored in ranked.hits
            if _kind_of(scored.hit) is self.kind
            for made in self._hits(scored.hit, scored.score, partial=ranked.partial)
        ]

    def _hits(self, hit: SearchHit, score: float, *, partial: bool) -> Iterator[PaletteHit]:
        """The palette hits for one core hit: one, unless a kind offers more (`partial`: the
        hit comes from the reviews a scan has read so far)."""
        yield self._hit(hit, score)

    def _hit(self, hit: SearchHit, score: float) -> PaletteHit:
        """The palette hit for one core hit."""
        raise NotImplementedError


#: How far below its person a person's "Open page" line scores: less than the gap between two
#: hits (`palette_score`), so the line stays right under its person.
_PAGE_BELOW = 1e-6


class _PeopleProvider(_LibraryProvider):
    """Actors, directors or reviewers: choosing one narrows the list to their films; the line
    under each, "Open page", opens their page instead."""

    def _hits(self, hit: SearchHit, score: float, *, partial: bool) -> Iterator[PaletteHit]:
        """The person, then the line that opens their page (not during a scan: a page is
        made from the whole library's names and text, which wait for the scan's end)."""
        yield self._hit(hit, score)
        assert isinstance(hit, PersonHit)
        if not partial:
            yield self._page_hit(hit, score - _PAGE_BELOW)

    def _hit(self, hit: SearchHit, score: float) -> PaletteHit:
        assert isinstance(hit, PersonHit)
        label = f"{self.kind.value} · {counted(hit.film_count, 'film')}"
        prompt = _prompt(_spanned(hit.name, hit.spans, self._style), label, _person_detail(hit))
        command = partial(_on_main, self.app, MainScreen.ShowPerson(hit))
        return PaletteHit(score, prompt, command, text=hit.name)

    def _page_hit(self, hit: PersonHit, score: float) -> PaletteHit:
        """The line that opens a person's page."""
        name = Content(visible(hit.name))
        prompt = Content.styled("  ↳ Open page: ", _QUIET).append(name)
        what = "bio and reviews" if hit.role == "reviewer" else "films and mentions"
        prompt = prompt.append(Content.styled(f"  {what}", _QUIET))
        command = partial(_on_main, self.app, MainScreen.OpenPage(hit.key))
        return PaletteHit(score, prompt, command, text=f"{hit.name} (page)")


class ActorsProvider(_PeopleProvider):
    """Actors by name, with their number of films; choosing one shows their films and roles."""

    kind = SearchKind.ACTOR


class DirectorsProvider(_PeopleProvider):
    """Directors by name; choosing one shows their films."""

    kind = SearchKind.DIRECTOR


class ReviewersProvider(_PeopleProvider):
    """Reviewers by name; choosing one shows the films they reviewed."""

    kind = SearchKind.REVIEWER


class FilmsProvider(_LibraryProvider):
    """Films by title and year; choosing one opens its review. Empty bar: recent films."""

    kind = SearchKind.FILM

    def _hit(self, hit: SearchHit, score: float) -> PaletteHit:
        assert isinstance(hit, FilmHit)
        reviews = len(hit.reviews)
        label = "film" if reviews == 1 else f"film · {counted(reviews, 'review')}"
        library = reel_app(self.app).library
        card = library.card(hit.reviews[0]) if hit.reviews and library is not None else None
        detail = _review_detail(card) or None
        prompt = _prompt(_spanned(hit.name, hit.spans, self._style), label, detail)
        command = partial(_on_main, self.app, MainScreen.OpenFilm(hit))
        return PaletteHit(score, prompt, command, text=hit.name)

    async def startup(self) -> None:
        """During a scan, read what it has written so far now, in a thread, so that the first
        question typed is answered at once."""
        library = _reading(self.app)
        if library is not None and _main_of(self.app) is not None:
            session = reel_app(self.app).search_session
            self.app.run_worker(
                partial(session.warm, library),
                thread=True,
                group="search-warm",
                name="read the scan so far",
                exit_on_error=False,
            )

    async def discover(self) -> Hits:
        """The films read last, else the ones added last."""
        for hit in await asyncio.to_thread(self._recent_hits):
            yield hit

    def _recent_hits(self) -> list[PaletteHit]:
        """The hits of the empty bar, with each film's director (run in a thread)."""
        library = reel_app(self.app).library
        hits: list[PaletteHit] = []
        for number, (review, why) in enumerate(_recent_reviews(self.app)):
            card = library.card(review) if library is not None else None
            detail = " · ".join(p for p in (why, _review_detail(card)) if p)
            prompt = _prompt(Content(visible(review.film.label)), "film", detail)
            command = partial(_on_main, self.app, MainScreen.OpenReview(review))
            hits.append(PaletteHit(0.9 - 0.01 * number, prompt, command, text=review.film.label))
        return hits


def _recent_reviews(app: App[object]) -> list[tuple[Entry, str]]:
    """Up to `_RECENT` reviews for the empty bar, with why: read recently, or added recently.

    The film open in the reader is left out: it is already in front of the user.
    """
    main = _main_of(app)
    reel = reel_app(app)
    library = reel.library
    if main is None or library is None:
        return []
    current = main.review
    seen = {current.id} if current is not None else set()
    found: list[tuple[Entry, str]] = []
    remembered = reel.settings_file.settings
    ids = [remembered.last_review, *reversed(list(remembered.positions))]
    for review_id in ids:
        card = library.get(review_id) if review_id else None
        if card is not None and card.id not in seen:
            seen.add(card.id)
            found.append((card, "read recently"))
    for card in reel.search_session.recently_added:
        if card.id not in seen:
            seen.add(card.id)
            found.append((card, "added recently"))
    return found[:_RECENT]


class FullTextProvider(_LibraryProvider):
    """Passages of review text; choosing one opens the review at that paragraph.

    While the full text is still being indexed it says so (names and titles already answer).
    """

    kind = SearchKind.TEXT

    def __init__(self, screen: Screen[Any], match_style: Style | None = None) -> None:
        super().__init__(screen, match_style)
        self._typed = ""

    async def search(self, query: str) -> Hits:
        """Passages for `query`, or a word on why there are none yet."""
        self._typed = parse_query(query).text
        async for hit in super().search(query):
            yield hit
        app = reel_app(self.app)
        search = app.search_session
        if not query.strip():
            return
        progress = app.scan_progress
        if progress is not None and search.state is SearchState.NO_LIBRARY:
            # A first scan: people and films answer from the files read so far (above), the
            # full text once every file is read.
            done, total = progress
            if _reading(self.app) is None:  # no rows on show yet
                read = f"{done:,} of {total:,} files read" if total else "looking for files"
                detail = f"{read}; the search answers as soon as the first are read"
                yield _hint("The reviews are still being read…", detail, 0.045)
                return
            if _main_of(self.app) is None:  # a screen that must be finished first is on top
                return
            if search.checking:  # a warm start: the last session's catalog answers
                detail = "names and titles as the last session left them; full text after it"
                yield _hint("The folder is being checked for changes…", detail, 0.045)
                return
            read = f"{done:,} of {total:,} files read so far" if total else "Reading the files"
            detail = "full text once every file is read"
            yield _hint(f"{read}; more answers as the rest is read", detail, 0.045)
            return
        if _main_of(self.app) is None or not parse_query(query).text:
            return
        ranked = await asyncio.to_thread(search.rank, query)
        state = search.state
        if state is SearchState.NO_LIBRARY:
            yield _hint("The reviews are still loading…", None, 0.045)
        elif state is SearchState.FAILED:
            yield _hint("Search is unavailable", search.problem, 0.045)
        elif ranked.text_pending:
            detail = "names and titles already answer; text follows when indexing ends"
            yield _hint(f"Full text: {search.describe()}", detail, 0.045)

    def _hit(self, hit: SearchHit, score: float) -> PaletteHit:
        assert isinstance(hit, TextHit)
        where = hit.review.film.label + (f" › {hit.heading}" if hit.heading else "")
        snippet = _spanned(hit.snippet, hit.spans, self._style)
        prompt = _prompt(Content(visible(where)), "text", snippet)
        command = partial(_on_main, self.app, MainScreen.OpenPassage(hit, self._typed))
        return PaletteHit(score, prompt, command, text=hit.review.film.label)


# -- the app's commands -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Command:
    """A command of the bar: its name, the key that does the same (if any), what it does."""

    name: str
    key: str | None
    run: Callable[[], Awaitable[None] | None]

    def prompt(self, spans: Iterable[tuple[int, int]], style: Style | str) -> Content:
        """One line: the name (matched words marked), then the key, quietly."""
        name = _spanned(self.name, spans, style)
        return name.append(Content.styled(f"  {self.key}", _QUIET)) if self.key else name


def _split_action(node: Widget, action: str) -> tuple[App[object] | Widget, str]:
    """The node an action string runs on, and the bare action name ("app.quit" → app, quit)."""
    namespace, _, name = action.rpartition(".")
    if namespace == "app":
        return node.app, name
    if namespace == "screen":
        return node.screen, name
    return node, action


def _key_commands(main: MainScreen) -> tuple[list[_Command], list[_Command]]:
    """The commands of the key table that apply now (a key's action run on its own widget):
    the ordinary ones, then the housekeeping ones (help, problems, quit)."""
    found: dict[str, _Command] = {}
    keys = reel_app(main.app).user_keys
    for spec in KEYS:
        if spec.scope not in (Scope.MAIN, Scope.LIST) or spec.action in _NOT_COMMANDS:
            continue
        if spec.action in found:
            continue
        node: Widget = main if spec.scope is Scope.MAIN else main.film_list
        target, name = _split_action(node, spec.action)
        if target.check_action(name, ()) is not True:
            continue
        found[spec.action] = _Command(
            spec.help_text, keys.help_keys(spec), partial(_run_key, node, spec)
        )
    last = [found.pop(action) for action in _LAST_COMMANDS if action in found]
    return list(found.values()), last


async def _run_key(node: Widget, spec: KeySpec) -> None:
    """Do what a key of the table does, as if it had been pressed where it applies."""
    if _to_main(node.app) is None:
        node.app.bell()
        return
    await node.run_action(spec.action)


def _sort_commands(main: MainScreen) -> list[_Command]:
    """One command per other sort order of the list."""
    return [
        _Command(
            f"Sort {sort_label(key)}",
            None,
            partial(_on_main, main.app, MainScreen.SortBy(key)),
        )
        for key in SortKey
        if key is not main.listing.sort
    ]


def _commands(app: App[object]) -> list[_Command]:
    """Every command that applies now, in the order the empty bar lists them."""
    main = _main_of(app)
    commands: list[_Command] = []
    housekeeping: list[_Command] = []
    if main is not None:
        ordinary, housekeeping = _key_commands(main)
        commands.extend(ordinary)
        commands.extend(_sort_commands(main))
    commands.append(_Command("Theme", None, app.action_change_theme))
    commands.append(
        _Command("Keys: where to change them, and their names", None, partial(_show_keys, app))
    )
    if main is not None:
        commands.append(
            _Command("Reload the reviews from disk", None, partial(_run, app, "reload"))
        )
    if main is None:
        housekeeping.append(_Command("Quit", None, partial(_run, app, "quit")))
    return commands + housekeeping


def _show_keys(app: App[object]) -> None:
    """Show the list of keys with their ids and where the user sets them."""
    while isinstance(app.screen, _READ_ONLY):
        app.pop_screen()
    app.push_screen(KeysScreen())


async def _run(app: App[object], action: str) -> None:
    """Run one of the app's own actions by name."""
    await app.run_action(action)


def _word_prefixes(query: str, name: str) -> bool:
    """Whether each word of `query` begins a word of `name` (case and accents ignored)."""
    words = fold(name).split()
    wanted = fold(query).split()
    return bool(wanted) and all(any(w.startswith(q) for w in words) for q in wanted)


class CommandsProvider(Provider):
    """The app's commands: the key table's (bookmarks, filter, contents, help…), sort orders,
    theme, reload, the list of keys. Commands appear only when they apply, as in the footer."""

    def __init__(self, screen: Screen[Any], match_style: Style | None = None) -> None:
        super().__init__(screen, match_style)
        self._commands: list[_Command] = []

    @property
    def _style(self) -> Style | str:
        """How matched characters are marked."""
        return self.match_style or _MATCH

    async def startup(self) -> None:
        """Gather the commands that apply when the bar opens."""
        self._commands = _commands(self.app)

    async def discover(self) -> Hits:
        """Every command, below the recent films."""
        for number, command in enumerate(self._commands):
            prompt = command.prompt((), _MATCH)
            yield PaletteHit(0.5 - 0.001 * number, prompt, command.run, text=command.name)

    async def search(self, query: str) -> Hits:
        """Commands whose words begin with the words of `query` (in any order).

        Looser matching (letters in order anywhere) is left out: with names and titles in the
        same bar, "pena" would otherwise find "oPEN the review At…".
        """
        if parse_query(query).kind is not None:
            return
        for number, command in enumerate(self._commands):
            if _word_prefixes(query, command.name):
                prompt = command.prompt(_prefix_spans(query, command.name), self._style)
                yield PaletteHit(0.99 - 0.001 * number, prompt, command.run, text=command.name)


def _prefix_spans(query: str, name: str) -> list[tuple[int, int]]:
    """Where the words of `query` begin words of `name` (our own ASCII command names)."""
    spans: list[tuple[int, int]] = []
    wanted = fold(query).split()
    offset = 0
    for word in name.split(" "):
        folded = fold(word)
        best = max((len(q) for q in wanted if folded.startswith(q)), default=0)
        if best:
            spans.append((offset, offset + best))
        offset += len(word) + 1
    return spans
