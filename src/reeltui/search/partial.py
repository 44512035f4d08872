"""People and films of the reviews a first scan has read so far, for the command bar.

A first scan of a big folder takes minutes, and the catalog's `names` are only derived once it
ends (`Catalog.settle_names`, which writes, so it cannot run beside the scan). Meanwhile the
catalog already holds each batch's documents and credits as the scan commits them, and a
`PartialSearch` answers from those: at each question it reads what was committed since its
last look (`Catalog.follow`: on a read connection of its own, by document number, so a look
costs what is new, never the whole library) and keeps, in memory, each person of each role
with their films (numbers) and each film with its number of reviews; a person's spellings and
a film's label are read from the catalog for the few hits shown.

Matching is `names.NameMatcher`'s (exact, prefix, one typo) and ranking the `Searcher`'s (the
kind of match, then typos, then people in more films and films with more reviews first, then
by name), over what has been read. A `NameMatcher` cannot grow, so the names of a kind are
held in two: a *base* matcher, built in ranking order, and a small *tail* of the names that
came since, made again when it changed; the tail is folded into the base once it holds more
than a quarter of it, so building costs little more than once the names read, in all.

Nothing here runs unless asked: a scan that nobody searches during pays nothing. It answers
people and films only (the full-text index is built after the scan), and a document written
over in place (not a first scan's) is not seen again until the real search takes over.

A warm start's check of the folder has no searcher either, but its catalog is the last
session's, complete: `LastSession` answers from it by its indexes instead, reading nothing
into memory.
"""

from __future__ import annotations

import threading
import time
from array import array
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import partial

from reeltui.library import Library
from reeltui.library.catalog import FILM, ROLE_KINDS, display_name
from reeltui.search.names import EntryMatch, MatchKind, NameMatcher, Tokenizer, tokenize
from reeltui.search.query import ALL_KINDS, SearchKind, parse_query
from reeltui.search.searcher import ROLES, FilmHit, PersonHit, Role, Searcher, person_films

__all__ = ["PartialSearch"]

#: The least seconds between two looks at the catalog: the command bar's providers ask once
#: each per query, and a look every few keys is fresh enough.
_LOOK_EVERY = 0.25
#: Matches asked of each matcher per query, ranked again by what has been read since it was
#: built (its own order is the ranking as it stood then).
_POOL = 100
#: The tail is folded into the base once it holds more names than this, and more than a
#: quarter of the base.
_TAIL_MIN = 256
#: The most documents taken in from one read of the catalog: a first look at a big scan goes
#: a slice at a time, so that what is read is never held all at once.
_SLICE = 2_000


class _Growing:
    """The names of one kind that can be matched: a base matcher and a tail of newer names."""

    def __init__(self) -> None:
        self._base: NameMatcher = NameMatcher(())
        self._base_keys: list[str] = []
        self._tail_keys: list[str] = []
        self._tail: NameMatcher | None = NameMatcher(())
        #: Each name's words, space-separated (a person's key is their words: itself).
        self._tokens: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._tokens)

    def words(self, key: str) -> str:
        """A name's words, space-separated, then its key (a film's ties go by both)."""
        return f"{self._tokens[key]}\0{key}"

    def add(self, key: str, tokens: str) -> None:
        """A name not seen before, with its words (space-separated)."""
        if key in self._tokens or not tokens:
            return
        self._tokens[key] = tokens
        self._tail_keys.append(key)
        self._tail = None

    def matches(
        self, tokens: Sequence[str], weight: Callable[[str], int], limit: int
    ) -> list[tuple[str, EntryMatch]]:
        """Names matching `tokens`: up to `_POOL` (or `limit`, if more) from each matcher
        (`weight`: each name's current weight, which orders a new base)."""
        pool = max(_POOL, limit)
        if len(self._tail_keys) > max(_TAIL_MIN, len(self._base_keys) // 4):
            keys = [*self._base_keys, *self._tail_keys]
            keys.sort(key=lambda key: (-weight(key), self._tokens[key], key))
            self._base = NameMatcher(self._tokens[key].split(" ") for key in keys)
            self._base_keys, self._tail_keys, self._tail = keys, [], NameMatcher(())
        if self._tail is None:
            self._tail = NameMatcher(self._tokens[key].split(" ") for key in self._tail_keys)
        found = [(self._base_keys[m.entry], m) for m in self._base.search(tokens, pool)]
        found.extend((self._tail_keys[m.entry], m) for m in self._tail.search(tokens, pool))
        return found


class PartialSearch:
    """Answers the command bar from the reviews of `library` read so far. Safe to ask from
    several threads (one question at a time)."""

    #: It answers from part of the library (the files read so far).
    whole = False

    def __init__(self, library: Library) -> None:
        self.library = library
        self._follower = library.catalog.follow()
        self._lock = threading.Lock()
        self._last = 0
        self._looked = float("-inf")
        self._reviews = 0
        #: Each person of each role (by key) with their films: the films' numbers, sorted (an
        #: array of machine integers: a scan of 100,000 files credits people 800,000 times).
        self._people: dict[int, dict[str, array[int]]] = {kind: {} for kind in ROLE_KINDS.values()}
        #: Each film (by key) with its number (its first review's) and its number of reviews.
        self._films: dict[str, list[int]] = {}
        self._names: dict[int, _Growing] = {
            kind: _Growing() for kind in (*ROLE_KINDS.values(), FILM)
        }
        self._tokenizer = Tokenizer()
        self._closed = False

    @property
    def reviews(self) -> int:
        """How many reviews it has read so far."""
        return self._reviews

    @property
    def last(self) -> int:
        """The highest document number read so far (it grows as the scan goes on)."""
        return self._last

    def catch_up(self, *, now: bool = False) -> None:
        """Take in what the scan committed since the last look (unless it looked a moment
        ago and `now` is false)."""
        with self._lock:
            if self._closed:
                return
            moment = time.monotonic()
            if not now and moment - self._looked < _LOOK_EVERY:
                return
            self._looked = moment
            while self._take_in():
                pass

    def _take_in(self) -> bool:
        """Take in the next slice of what was written; whether there may be more."""
        written = self._follower.written_after(self._last, _SLICE)
        if written.last == self._last:
            return False
        self._last = written.last
        films = self._films
        film_of: dict[int, int] = {}
        for docno, film_key, label, _ in written.reviews:
            film = films.get(film_key)
            if film is None:
                film = films[film_key] = [docno, 0]
                self._names[FILM].add(film_key, " ".join(tokenize(label)))
            film[1] += 1
            self._reviews += 1
            film_of[docno] = film[0]
        for docno, kind, _, person in written.credits:
            people = self._people.get(kind)
            number = film_of.get(docno)
            if people is None or number is None:
                continue
            numbers = people.get(person)
            if numbers is None:
                numbers = people[person] = array("q")
                self._names[kind].add(person, person)
            place = bisect_left(numbers, number)
            if place == len(numbers) or numbers[place] != number:
                numbers.insert(place, number)
        return True

    def suggest(self, query: str, limit: int) -> list[PersonHit | FilmHit]:
        """People and films for `query` (a kind prefix honoured; full text never), best first,
        as `Searcher.suggest` merges them, from what has been read."""
        parsed = parse_query(query)
        tokens = tokenize(parsed.text)
        if not tokens or limit <= 0:
            return []
        self.catch_up()
        kinds = ALL_KINDS if parsed.kind is None else frozenset({parsed.kind})
        found: list[PersonHit | FilmHit] = []
        with self._lock:
            if self._closed:
                return []
            for role in ROLES:
                if SearchKind(role) in kinds:
                    found.extend(self._people_hits(role, tokens, limit))
            films = self._film_matches(tokens, limit) if SearchKind.FILM in kinds else []
        # Outside the lock: each film's reviews are a query of the catalog.
        if films:
            found.extend(self._film_hits(films))
        found.sort(key=lambda hit: -hit.score)  # stable: each kind keeps its own order
        return found[:limit]

    def _people_hits(self, role: Role, tokens: Sequence[str], limit: int) -> list[PersonHit]:
        """The people of one role matching `tokens`, ranked as `Searcher.people` ranks them."""
        kind = ROLE_KINDS[role]
        people = self._people[kind]

        def weight(key: str) -> int:
            return len(people[key])

        matched = self._names[kind].matches(tokens, weight, limit)
        matched.sort(key=lambda item: (-item[1].kind, item[1].distance, -weight(item[0]), item[0]))
        hits: list[PersonHit] = []
        for key, match in matched[:limit]:
            spellings = self._follower.spellings(kind, key)  # not kept: read for the few hits
            shown = display_name(spellings) if spellings else key
            hits.append(
                PersonHit(
                    name=shown,
                    role=role,
                    film_count=weight(key),
                    score=match.score,
                    spans=tuple(match.spans(self._tokenizer.spans(shown))),
                    match=MatchKind(match.kind),
                    spellings=tuple(sorted(spellings)),
                    load_films=partial(person_films, self.library, kind, key, role),
                    key=key,
                )
            )
        return hits

    def _film_matches(self, tokens: Sequence[str], limit: int) -> list[tuple[str, EntryMatch]]:
        """The films matching `tokens` (key, match), ranked as `Searcher.films` ranks them (its
        last tie-break, the label, is the key here: the label is read for the hits alone)."""
        films = self._films
        words = self._names[FILM].words

        def weight(key: str) -> int:
            return films[key][1]

        matched = self._names[FILM].matches(tokens, weight, limit)
        matched.sort(
            key=lambda item: (-item[1].kind, item[1].distance, -weight(item[0]), words(item[0]))
        )
        return matched[:limit]

    def _film_hits(self, matched: list[tuple[str, EntryMatch]]) -> list[FilmHit]:
        """The hits of films matched: each with its reviews read so far, in library order, and
        the label of the first."""
        catalog = self.library.catalog
        hits: list[FilmHit] = []
        for key, match in matched:
            reviews = self.library.entries_of(d for d, _, _ in catalog.name_docs(FILM, key))
            if not reviews:
                continue
            film = reviews[0].film
            hits.append(
                FilmHit(
                    name=film.label,
                    film=film,
                    reviews=tuple(reviews),
                    score=match.score,
                    spans=tuple(match.spans(self._tokenizer.spans(film.label))),
                    match=MatchKind(match.kind),
                )
            )
        return hits

    def close(self) -> None:
        """Stop answering and close its connection to the catalog."""
        with self._lock:
            self._closed = True
            self._follower.close()


class LastSession:
    """Answers the command bar while a warm start checks the folder: the catalog the last
    session completed answers through its indexes, one question's candidates at a time (as
    `reeltui search` does), so nothing is taken into memory meanwhile. Files the check finds
    changed are answered as they were until the library's own searcher takes over."""

    #: It answers from the whole library (as the last session left it).
    whole = True

    def __init__(self, library: Library) -> None:
        self.library = library
        self._searcher = Searcher(library, in_memory=False)

    @property
    def last(self) -> int:
        """Its answers do not grow with a scan (the memo of `SearchSession.rank` keys on it)."""
        return 0

    def catch_up(self, *, now: bool = False) -> None:
        """Nothing to take in: the catalog answers as it stands."""

    def suggest(self, query: str, limit: int) -> list[PersonHit | FilmHit]:
        """People and films for `query` (a kind prefix honoured; full text never), best first."""
        hits = self._searcher.suggest(query, limit, with_text=False)
        return [hit for hit in hits if isinstance(hit, PersonHit | FilmHit)]

    def close(self) -> None:
        """Stop answering."""
        self._searcher.close()
