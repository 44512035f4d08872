"""People and films of the reviews a first scan has read so far, for the command bar.

A first scan of a big folder takes minutes, and the catalog's `names` are only derived once it
ends (`Catalog.settle_names`, which writes, so it cannot run beside the scan). Meanwhile the
catalog already holds each batch's documents and credits as the scan commits them, and a
`PartialSearch` answers from those: at each question it reads what was committed since its
last look (`Catalog.follow`: on a read connection of its own, by document number, so a look
costs what is new, never the whole library) and keeps, in memory, each person of each role
with their spellings and films, and each film with its label and number of reviews.

Matching is `names.NameMatcher`'s (exact, prefix, one typo) and ranking the `Searcher`'s (the
kind of match, then typos, then people in more films and films with more reviews first, then
by name), over what has been read. A `NameMatcher` cannot grow, so the names of a kind are
held in two: a *base* matcher, built in ranking order, and a small *tail* of the names that
came since, made again when it changed; the tail is folded into the base once it holds more
than a quarter of it, so building costs little more than once the names read, in all.

Nothing here runs unless asked: a scan that nobody searches during pays nothing. It answers
people and films only (the full-text index is built after the scan), and a document written
over in place (not a first scan's) is not seen again until the real search takes over.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

from reeltui.library import Library
from reeltui.library.catalog import FILM, ROLE_KINDS, display_name
from reeltui.search.names import EntryMatch, MatchKind, NameMatcher, Tokenizer, tokenize
from reeltui.search.query import ALL_KINDS, SearchKind, parse_query
from reeltui.search.searcher import ROLES, FilmHit, PersonHit, Role, person_films

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


@dataclass(slots=True)
class _Person:
    """A person of one role as read so far: every spelling with its count, their films."""

    spellings: dict[str, int] = field(default_factory=dict)
    films: set[str] = field(default_factory=set)


@dataclass(slots=True)
class _Film:
    """A film as read so far: the label of its first review in the library's order (its
    reviews share a title and year: the path decides), that review's path, and how many
    reviews it has."""

    key: str
    label: str
    first: bytes
    reviews: int = 0


class _Growing:
    """The names of one kind that can be matched: a base matcher and a tail of newer names."""

    def __init__(self) -> None:
        self._base: NameMatcher = NameMatcher(())
        self._base_keys: list[str] = []
        self._tail_keys: list[str] = []
        self._tail: NameMatcher | None = NameMatcher(())
        self._tokens: dict[str, tuple[str, ...]] = {}

    def __len__(self) -> int:
        return len(self._tokens)

    def add(self, key: str, tokens: Sequence[str]) -> None:
        """A name not seen before."""
        if key in self._tokens or not tokens:
            return
        self._tokens[key] = tuple(tokens)
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
            self._base = NameMatcher(self._tokens[key] for key in keys)
            self._base_keys, self._tail_keys, self._tail = keys, [], NameMatcher(())
        if self._tail is None:
            self._tail = NameMatcher(self._tokens[key] for key in self._tail_keys)
        found = [(self._base_keys[m.entry], m) for m in self._base.search(tokens, pool)]
        found.extend((self._tail_keys[m.entry], m) for m in self._tail.search(tokens, pool))
        return found


class PartialSearch:
    """Answers the command bar from the reviews of `library` read so far. Safe to ask from
    several threads (one question at a time)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._follower = library.catalog.follow()
        self._lock = threading.Lock()
        self._last = 0
        self._looked = float("-inf")
        self._reviews = 0
        self._people: dict[int, dict[str, _Person]] = {kind: {} for kind in ROLE_KINDS.values()}
        self._films: dict[str, _Film] = {}
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
        film_of: dict[int, str] = {}
        for docno, film_key, label, (_, _, path) in written.reviews:
            film = films.get(film_key)
            if film is None:
                film = films[film_key] = _Film(film_key, label, path)
                self._names[FILM].add(film_key, tokenize(label))
            elif path < film.first:
                film.label, film.first = label, path
            film.reviews += 1
            self._reviews += 1
            film_of[docno] = film.key  # one string per film: the people's sets share it
        for docno, kind, name, person in written.credits:
            people = self._people.get(kind)
            film_of_credit = film_of.get(docno)
            if people is None or film_of_credit is None:
                continue
            found = people.get(person)
            if found is None:
                found = people[person] = _Person()
                self._names[kind].add(person, person.split(" "))
            found.spellings[name] = found.spellings.get(name, 0) + 1
            found.films.add(film_of_credit)
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
            return len(people[key].films)

        matched = self._names[kind].matches(tokens, weight, limit)
        matched.sort(key=lambda item: (-item[1].kind, item[1].distance, -weight(item[0]), item[0]))
        hits: list[PersonHit] = []
        for key, match in matched[:limit]:
            person = people[key]
            shown = display_name(person.spellings)
            hits.append(
                PersonHit(
                    name=shown,
                    role=role,
                    film_count=len(person.films),
                    score=match.score,
                    spans=tuple(match.spans(self._tokenizer.spans(shown))),
                    match=MatchKind(match.kind),
                    spellings=tuple(sorted(person.spellings)),
                    load_films=partial(person_films, self.library, kind, key, role),
                    key=key,
                )
            )
        return hits

    def _film_matches(self, tokens: Sequence[str], limit: int) -> list[tuple[str, str, EntryMatch]]:
        """The films matching `tokens` (key, label, match), ranked as `Searcher.films` ranks."""
        films = self._films

        def weight(key: str) -> int:
            return films[key].reviews

        matched = self._names[FILM].matches(tokens, weight, limit)
        ranked = sorted(
            ((key, films[key].label, match) for key, match in matched),
            key=lambda item: (
                -item[2].kind,
                item[2].distance,
                -weight(item[0]),
                self._names_of_film(item[0]),
                item[1],
            ),
        )
        return ranked[:limit]

    def _names_of_film(self, key: str) -> str:
        return " ".join(tokenize(self._films[key].label))

    def _film_hits(self, matched: list[tuple[str, str, EntryMatch]]) -> list[FilmHit]:
        """The hits of films matched: each with its reviews read so far, in library order."""
        catalog = self.library.catalog
        hits: list[FilmHit] = []
        for key, label, match in matched:
            reviews = self.library.entries_of(d for d, _, _ in catalog.name_docs(FILM, key))
            if not reviews:
                continue
            hits.append(
                FilmHit(
                    name=label,
                    film=reviews[0].film,
                    reviews=tuple(reviews),
                    score=match.score,
                    spans=tuple(match.spans(self._tokenizer.spans(label))),
                    match=MatchKind(match.kind),
                )
            )
        return hits

    def close(self) -> None:
        """Stop answering and close its connection to the catalog."""
        with self._lock:
            self._closed = True
            self._follower.close()
