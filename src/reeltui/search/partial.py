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
_SLICE = 2000


class _Growing:
    """The names of one kind that can be matched, numbered as they came (0, 1, 2…): a base
    matcher of the names up to some number, built in ranking order, and a tail of the names
    that came since. No table of names is kept beside them: a name's words are read back from
    the matcher that holds them."""

    def __init__(self) -> None:
        self._base: NameMatcher = NameMatcher(())
        #: The base's entries by name number (a name's entry in the base), and the name of
        #: each entry (its order).
        self._entry_of: array[int] = array("I")
        self._base_names: array[int] = array("I")
        #: The words of the names of the tail (names `len(_entry_of)` and on), shared strings.
        self._tail_tokens: list[tuple[str, ...]] = []
        self._tail: NameMatcher | None = NameMatcher(())
        #: One copy of each word of the tail (the base's vocabulary holds those of the base).
        self._words: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._entry_of) + len(self._tail_tokens)

    def tokens(self, number: int) -> tuple[str, ...]:
        """The words of name `number`."""
        based = len(self._entry_of)
        if number < based:
            return self._base.entry_tokens(self._entry_of[number])
        return self._tail_tokens[number - based]

    def words(self, number: int) -> str:
        """The words of name `number`, space-separated."""
        return " ".join(self.tokens(number))

    def add(self, tokens: Sequence[str]) -> int:
        """A name not seen before, with its words; its number."""
        words = self._words
        self._tail_tokens.append(tuple(words.setdefault(token, token) for token in tokens))
        self._tail = None
        return len(self) - 1

    def matches(
        self, tokens: Sequence[str], weight: Callable[[int], int], limit: int
    ) -> list[tuple[int, EntryMatch]]:
        """Names matching `tokens` (name number, match): up to `_POOL` (or `limit`, if more)
        from each matcher (`weight`: each name's current weight, which orders a new base; ties
        by words, then by number)."""
        pool = max(_POOL, limit)
        based = len(self._entry_of)
        if len(self._tail_tokens) > max(_TAIL_MIN, based // 4):
            # By words, then by weight (stable, so ties keep the words' order, then the
            # numbers'): the order of (-weight, words, number), each name's key its words'
            # tuple alone (the tail's own) or a weight, not a tuple, a joined string and two
            # numbers a name (14 MB for a moment at 100,000 reviews, left as holes).
            order = sorted(range(len(self)), key=self.tokens)
            order.sort(key=weight, reverse=True)
            base = NameMatcher(self.tokens(n) for n in order)
            entry_of = array("I", bytes(4 * len(order)))
            for entry, number in enumerate(order):
                entry_of[number] = entry
            self._base, self._entry_of, self._base_names = base, entry_of, array("I", order)
            self._tail_tokens, self._tail, self._words = [], NameMatcher(()), {}
            based = len(order)
        if self._tail is None:
            self._tail = NameMatcher(self._tail_tokens)
        names = self._base_names
        found = [(names[m.entry], m) for m in self._base.search(tokens, pool)]
        found.extend((based + m.entry, m) for m in self._tail.search(tokens, pool))
        return found


class _People:
    """The people of one role read so far, numbered as they came: each one's key, and their
    films (the films' numbers, sorted: a scan of 100,000 files credits people 800,000 times)."""

    __slots__ = ("films", "keys", "number")

    def __init__(self) -> None:
        self.number: dict[str, int] = {}
        self.keys: list[str] = []
        self.films: list[array[int]] = []


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
        self._people: dict[int, _People] = {kind: _People() for kind in ROLE_KINDS.values()}
        #: Each film, numbered as it came: its first review's number (a first scan numbers
        #: them upwards, so these are sorted) and its number of reviews read. Its key and label
        #: are read from the catalog for the few films a question shows.
        self._film_first: array[int] = array("I")
        self._film_reviews: array[int] = array("I")
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
        firsts, counts = self._film_first, self._film_reviews
        film_names = self._names[FILM]
        film_of: dict[int, int] = {}
        for docno, first, label in written.reviews:
            self._reviews += 1
            if first == docno:
                film = len(firsts)
                firsts.append(docno)
                counts.append(1)
                film_names.add(tokenize(label or ""))
            else:
                film = bisect_left(firsts, first)
                if film == len(firsts) or firsts[film] != first:
                    continue  # its film's first review was not read here (not a first scan)
                counts[film] += 1
            film_of[docno] = film
        for docno, kind, _, person in written.credits:
            people = self._people.get(kind)
            credited = film_of.get(docno)
            if people is None or credited is None:
                continue
            number = people.number.get(person)
            if number is None:
                number = people.number[person] = len(people.keys)
                people.keys.append(person)
                people.films.append(array("I"))
                self._names[kind].add(person.split(" "))
            films = people.films[number]
            place = bisect_left(films, credited)
            if place == len(films) or films[place] != credited:
                films.insert(place, credited)
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
        films, keys = people.films, people.keys

        def weight(number: int) -> int:
            return len(films[number])

        matched = self._names[kind].matches(tokens, weight, limit)
        matched.sort(
            key=lambda item: (-item[1].kind, item[1].distance, -weight(item[0]), keys[item[0]])
        )
        hits: list[PersonHit] = []
        for number, match in matched[:limit]:
            key = keys[number]
            spellings = self._follower.spellings(kind, key)  # not kept: read for the few hits
            shown = display_name(spellings) if spellings else key
            hits.append(
                PersonHit(
                    name=shown,
                    role=role,
                    film_count=weight(number),
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
        counts, firsts = self._film_reviews, self._film_first
        names = self._names[FILM]

        def weight(number: int) -> int:
            return counts[number]

        matched = names.matches(tokens, weight, limit)
        keys = self._follower.film_keys(firsts[number] for number, _ in matched)
        ranked = [(keys.get(firsts[number], ""), number, match) for number, match in matched]
        ranked.sort(
            key=lambda item: (
                -item[2].kind,
                item[2].distance,
                -weight(item[1]),
                f"{names.words(item[1])}\0{item[0]}",
            )
        )
        return [(key, match) for key, _, match in ranked[:limit] if key]

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
