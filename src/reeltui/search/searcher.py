"""Search a library: people (actors, directors, reviewers), film titles and full text.

`Searcher` is built once from a `Library`. Names and titles are indexed in memory from the
cards (no bodies needed), so "pena", "Peña", "pena michael", "micheal pena" and "mich" all find
Michael Peña without rescanning any text. Full text is an SQLite FTS5 index (`fulltext/`)
built on first use, or ahead of time with `prepare_text`, and kept in the cache folder.

Two kinds of answers:

- *hits* for a command bar typed into (`people`, `films`, `text`, `suggest`): one per person,
  film or review, with a score and the character spans to highlight;
- *results* for `reeltui search` (`search`, `run_search`): one per review, with `matched`
  saying which field matched and, for an actor, the credit.

A query may start with a kind: `actor:` or `@`, `director:`, `reviewer:`, `film:` or `title:`,
`text:` (see `parse_query`), so the TUI and the CLI read queries the same way.

Ranking of people and films: exact matches, then prefix matches, then typos (fewer edits
first); then people in more films first (films with more reviews first); then alphabetically.
"""

from __future__ import annotations

import threading
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, get_args

from reeltui.library import Library
from reeltui.model import Credit, Film, Review
from reeltui.search.fulltext.store import (
    FullTextIndex,
    Passage,
    Progress,
    SyncReport,
    TextMatch,
)
from reeltui.search.names import (
    EntryMatch,
    MatchKind,
    NameMatcher,
    TokenHit,
    Tokenizer,
    name_key,
    tokenize,
)
from reeltui.search.query import ALL_KINDS, ParsedQuery, SearchKind, parse_query

__all__ = [
    "ROLES",
    "FilmHit",
    "Hit",
    "Match",
    "MatchKind",
    "ParsedQuery",
    "PersonHit",
    "Role",
    "SearchKind",
    "SearchResult",
    "Searcher",
    "TextHit",
    "parse_query",
    "run_search",
]

Role = Literal["actor", "director", "reviewer"]
ROLES: tuple[Role, ...] = get_args(Role)

#: How many people or films at most feed a review-level search (`search`).
_PEOPLE_FOR_RESULTS = 500
#: How many full-text matches at most feed a review-level search.
_TEXT_FOR_RESULTS = 500


def _role_kind(role: Role) -> SearchKind:
    return SearchKind(role)


@dataclass(frozen=True, slots=True)
class PersonHit:
    """A person matching a query, with every review they are in.

    `film_count` counts different films (two reviews of one film count once). `films` pairs
    each review (a card, in library order) with the person's credit in it (for actors; None
    for directors and reviewers). `spans` are the matched character ranges of
    `name`; `spellings` every way the reviews wrote the name ("Michael Pena", "Michael Peña");
    `key` the folded name that identifies the person in every role ("michael pena").
    """

    name: str
    role: Role
    film_count: int
    score: float
    spans: tuple[tuple[int, int], ...]
    match: MatchKind
    spellings: tuple[str, ...]
    load_films: Callable[[], tuple[tuple[Review, Credit | None], ...]] = field(
        repr=False, compare=False
    )
    key: str = field(default="", repr=False, compare=False)

    @property
    def films(self) -> tuple[tuple[Review, Credit | None], ...]:
        """Each review with the credit, made when read (a popular actor has hundreds)."""
        return self.load_films()


@dataclass(frozen=True, slots=True)
class FilmHit:
    """A film matching a query by its title (or year, or season): `name` is its label."""

    name: str
    film: Film
    reviews: tuple[Review, ...]
    score: float
    spans: tuple[tuple[int, int], ...]
    match: MatchKind


@dataclass(frozen=True, slots=True)
class TextHit:
    """A review whose text matched: the best section to open it at and a snippet of it.

    `spans` are the matched character ranges of `snippet`.
    """

    review: Review
    section_index: int
    heading: str | None
    snippet: str
    spans: tuple[tuple[int, int], ...]
    score: float


Hit = PersonHit | FilmHit | TextHit

Field = Literal["cast", "directors", "reviewer", "title", "text"]
_FIELD_OF_ROLE: dict[Role, Field] = {
    "actor": "cast",
    "director": "directors",
    "reviewer": "reviewer",
}


@dataclass(frozen=True, slots=True)
class Match:
    """Why a review is in a search's results: the field that matched and what in it.

    `value` is the person's name, the film's label or the snippet; `credit` is the actor's
    credit; `how` is "exact", "prefix", "fuzzy" or, for text, "text".
    """

    field: Field
    value: str
    how: str
    score: float
    credit: Credit | None = None
    section_index: int | None = None
    heading: str | None = None
    spans: tuple[tuple[int, int], ...] = ()

    def as_json(self) -> dict[str, Any]:
        """The JSON object of this match, as `search --json` prints it under `matched`."""
        out: dict[str, Any] = {"field": self.field, "value": self.value, "how": self.how}
        if self.field == "cast":
            out["credit"] = (
                {"actor": self.credit.actor, "role": self.credit.role} if self.credit else None
            )
        if self.field == "text":
            out["section"] = self.section_index
            out["heading"] = self.heading
        return out

    def describe(self) -> str:
        """One line for people: "actor Michael Pena as Jose M. Hernandez", "text: …"."""
        match self.field:
            case "cast":
                role = self.credit.role if self.credit else None
                return f"actor {self.value}" + (f" as {role}" if role else "")
            case "directors":
                return f"director {self.value}"
            case "reviewer":
                return f"reviewer {self.value}"
            case "title":
                return f"title {self.value}"
            case _:
                where = f" ({self.heading})" if self.heading else ""
                return f"text{where}: {self.value}"


@dataclass(frozen=True, slots=True)
class SearchResult:
    """A review found by `search`, with what matched (the best match first)."""

    review: Review
    score: float
    matches: tuple[Match, ...]

    @property
    def matched(self) -> dict[str, Any]:
        """The `matched` JSON object: the best match, and the others under "also"."""
        out = self.matches[0].as_json()
        if len(self.matches) > 1:
            out["also"] = [m.as_json() for m in self.matches[1:]]
        return out

    def describe(self) -> str:
        """What matched, in one line for the text output of `reeltui search`."""
        return "; ".join(m.describe() for m in self.matches)


@dataclass(slots=True)
class _Person:
    """A person of the index: display name, spellings and the reviews (library positions)."""

    name: str
    key: str
    spellings: tuple[str, ...]
    reviews: array[int]
    credits: array[int]
    film_count: int


def _display_name(spellings: dict[str, int]) -> str:
    """The spelling to show: accented spellings win (scrapers drop accents, never add them),
    then the most common, then the first alphabetically."""
    return min(
        spellings,
        key=lambda s: (-sum(1 for c in s if ord(c) > 127), -spellings[s], s),
    )


class Searcher:
    """People, titles and full text of one library, ready to query.

    Build it once per scan; names and titles are indexed at once, full text on first use (or
    with `prepare_text`, e.g. in a worker). `cache_dir` keeps the full-text index between
    runs; `fulltext` hands over one already fed by the scan (`FullTextIndex.add`). Safe to
    query from several threads.
    """

    def __init__(
        self,
        library: Library,
        *,
        cache_dir: Path | None = None,
        fulltext: FullTextIndex | None = None,
    ) -> None:
        self._library = library
        self._reviews: list[Review] = list(library.reviews)
        self._cache_dir = cache_dir
        self._fulltext = fulltext
        self._text_synced = False
        self._text_lock = threading.Lock()
        self._tokenizer = Tokenizer()
        # Film keys by (title, year, season): hashing a tuple is far cheaper than a dataclass.
        key_of: dict[tuple[str, int | None, int | None], str] = {}
        interned: dict[str, str] = {}
        film_keys: list[str] = []
        for r in self._reviews:
            film = r.film
            ident = (film.title, film.year, film.season)
            key = key_of.get(ident)
            if key is None:
                key = film.key
                key = key_of[ident] = interned.setdefault(key, key)
            film_keys.append(key)
        del key_of, interned
        self._film_keys = film_keys
        self._name_keys: dict[str, str] = {}
        self._people: dict[Role, list[_Person]] = {}
        self._people_index: dict[Role, NameMatcher] = {}
        self._people_by_key: dict[Role, dict[str, int]] = {}
        for role in ROLES:
            people = self._collect_people(role)
            self._people[role] = people
            self._people_index[role] = NameMatcher(p.key.split(" ") for p in people)
            self._people_by_key[role] = {p.key: number for number, p in enumerate(people)}
        # Films, flat: film n (in ranking order) is reviewed at the library positions
        # _film_positions[_film_starts[n]:_film_starts[n + 1]].
        self._film_positions: array[int] = array("I")
        self._film_starts: array[int] = array("I", (0,))
        self._films_index = NameMatcher(self._collect_films())
        # The build's caches hold a string or a tuple per distinct name and film: let them go.
        self._name_keys = {}
        self._film_keys = []

    # -- building ------------------------------------------------------------------------

    def _names_of(self, review: Review, role: Role) -> Iterable[str]:
        if role == "actor":
            return [credit.actor for credit in review.cast]
        if role == "director":
            return review.directors
        return (review.reviewer.name,) if review.reviewer else ()

    def _name_key(self, name: str) -> str:
        """A name's key: its folded tokens joined by spaces ("" when it has none)."""
        key = self._name_keys.get(name)
        if key is None:
            key = name_key(name)
            key = self._name_keys.setdefault(key, key)  # one string object per key
            self._name_keys[name] = key
        return key

    def _collect_people(self, role: Role) -> list[_Person]:
        """Everyone credited in `role`, merged by folded name, in ranking order.

        This loop runs once per credit (800,000 for 100,000 reviews), so it keeps to plain
        dictionaries keyed by one shared string per person.
        """
        positions: dict[str, array[int]] = {}
        credits: dict[str, array[int]] = {}
        spellings: dict[str, dict[str, int]] = {}
        known = self._name_keys.get
        name_key = self._name_key
        names_of = self._names_of
        for position, review in enumerate(self._reviews):
            for number, name in enumerate(names_of(review, role)):
                key = known(name)
                if key is None:
                    key = name_key(name)
                if not key:
                    continue
                seen = positions.get(key)
                if seen is None:
                    positions[key] = array("I", (position,))
                    credits[key] = array("I", (number,))
                    spellings[key] = {name: 1}
                    continue
                if seen[-1] != position:
                    seen.append(position)
                    credits[key].append(number)
                written = spellings[key]
                written[name] = written.get(name, 0) + 1
        film_keys = self._film_keys
        people = [
            _Person(
                name=_display_name(spellings[key]),
                key=key,
                spellings=tuple(sorted(spellings[key])),
                reviews=found,
                credits=credits[key],
                film_count=len({film_keys[p] for p in found}),
            )
            for key, found in positions.items()
        ]
        people.sort(key=lambda p: (-p.film_count, p.key, p.name))
        return people

    def _collect_films(self) -> list[tuple[str, ...]]:
        """Group the reviews by film (film key), in ranking order; the tokens of their labels."""
        by_key: dict[str, array[int]] = {}
        for position, key in enumerate(self._film_keys):
            found = by_key.get(key)
            if found is None:
                by_key[key] = array("I", (position,))
            else:
                found.append(position)
        films = [
            (-len(positions), tokenize(label), label, positions)
            for positions in by_key.values()
            for label in (self._reviews[positions[0]].film.label,)
        ]
        del by_key
        films.sort(key=lambda film: film[:3])
        for *_, positions in films:
            self._film_positions.extend(positions)
            self._film_starts.append(len(self._film_positions))
        return [tokens for _, tokens, _, _ in films]

    @property
    def library(self) -> Library:
        """The library this index was built from."""
        return self._library

    # -- people and films ----------------------------------------------------------------

    def people(self, query: str, role: Role | None = None, limit: int = 20) -> list[PersonHit]:
        """People whose name matches `query`, best first; `role` limits to one kind of person.

        With no role, actors, directors and reviewers are merged by the same ranking (a
        person who is both actor and director appears once per role).
        """
        tokens = tokenize(query)
        if not tokens or limit <= 0:
            return []
        roles = ROLES if role is None else (role,)
        ranked: list[tuple[tuple[int, int, int, str, int], Role, EntryMatch]] = []
        for index_of_role, each in enumerate(roles):
            people = self._people[each]
            for match in self._people_index[each].search(tokens, limit):
                person = people[match.entry]
                key = (-match.kind, match.distance, -person.film_count, person.key, index_of_role)
                ranked.append((key, each, match))
        ranked.sort(key=lambda item: item[0])
        return [self._person_hit(each, match) for _, each, match in ranked[:limit]]

    def _person_hit(self, role: Role, match: EntryMatch) -> PersonHit:
        person = self._people[role][match.entry]
        return PersonHit(
            name=person.name,
            role=role,
            film_count=person.film_count,
            score=match.score,
            spans=tuple(match.spans(self._tokenizer.spans(person.name))),
            match=match.kind,
            spellings=person.spellings,
            load_films=partial(self._films_of, person, role),
            key=person.key,
        )

    def person(self, key: str) -> list[PersonHit]:
        """Every role of the person whose folded name is `key` ("michael pena"; see
        `name_key`), actor first, then director, then reviewer; [] for nobody."""
        found: list[PersonHit] = []
        for role in ROLES:
            number = self._people_by_key[role].get(key)
            if number is None:
                continue
            tokens = tuple(
                (position, TokenHit(MatchKind.EXACT, 0, len(token)))
                for position, token in enumerate(key.split(" "))
            )
            found.append(self._person_hit(role, EntryMatch(number, MatchKind.EXACT, 0, tokens)))
        return found

    def _films_of(self, person: _Person, role: Role) -> tuple[tuple[Review, Credit | None], ...]:
        """A person's reviews, in library order, each with the actor's credit."""
        reviews = self._reviews
        if role != "actor":
            return tuple((reviews[p], None) for p in person.reviews)
        return tuple(
            (reviews[p], reviews[p].cast[c])
            for p, c in zip(person.reviews, person.credits, strict=True)
        )

    def films(self, query: str, limit: int = 20) -> list[FilmHit]:
        """Films whose title (with year and season) matches `query`, best first."""
        tokens = tokenize(query)
        if not tokens or limit <= 0:
            return []
        hits: list[FilmHit] = []
        for match in self._films_index.search(tokens, limit):
            positions = self._film_positions[
                self._film_starts[match.entry] : self._film_starts[match.entry + 1]
            ]
            film = self._reviews[positions[0]].film
            label = film.label
            hits.append(
                FilmHit(
                    name=label,
                    film=film,
                    reviews=tuple(self._reviews[p] for p in positions),
                    score=match.score,
                    spans=tuple(match.spans(self._tokenizer.spans(label))),
                    match=match.kind,
                )
            )
        return hits

    # -- full text -----------------------------------------------------------------------

    @property
    def text_ready(self) -> bool:
        """True once the full-text index is in line with the library (queries are fast)."""
        return self._text_synced

    def prepare_text(self, progress: Progress | None = None) -> SyncReport:
        """Bring the full-text index up to date now (bodies of new or changed files are read).

        Called on its own by the first full-text query; call it in a worker to keep a UI
        responsive. `progress(done, total)` counts the documents being indexed.
        """
        with self._text_lock:
            if self._fulltext is None:
                self._fulltext = FullTextIndex.open(self._cache_dir, self._library.root)
            report = self._fulltext.sync(self._reviews, self._library.open, progress)
            self._text_synced = True
            return report

    def _text_index(self) -> FullTextIndex:
        if not self._text_synced:
            self.prepare_text()
        assert self._fulltext is not None
        return self._fulltext

    def text(
        self,
        query: str,
        limit: int = 20,
        *,
        prefix: bool = True,
        within: Iterable[str] | None = None,
    ) -> list[TextHit]:
        """Reviews whose text holds every word of `query`, most relevant first.

        Each hit is the review's best section (headings count), with a snippet. The last
        word is also read as a prefix when `prefix` is true; a misspelt word is replaced by
        indexed words one edit away. `within` limits the answer to those review ids.
        """
        if not query.strip() or limit <= 0:
            return []
        allowed = None if within is None else set(within)
        matches = self._text_index().search(query, limit=limit, prefix=prefix, within=allowed)
        return [_text_hit(m) for m in matches]

    def passages(
        self, phrases: Sequence[str], *, limit: int, within: Iterable[str] | None = None
    ) -> list[Passage]:
        """Sections whose text holds one of `phrases` (a name, say), at most `limit`, in the
        index's order; `within` limits them to those review ids (see `FullTextIndex.passages`)."""
        allowed = None if within is None else set(within)
        return self._text_index().passages(phrases, limit=limit, within=allowed)

    def close(self) -> None:
        """Close the full-text index, if one was opened."""
        with self._text_lock:
            if self._fulltext is not None:
                self._fulltext.close()
                self._fulltext = None
                self._text_synced = False

    def __enter__(self) -> Searcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- mixed answers -------------------------------------------------------------------

    def suggest(self, query: str, limit: int = 20, *, with_text: bool | None = None) -> list[Hit]:
        """Hits of every kind for a command bar, honouring a kind prefix (`parse_query`).

        People and films come first, merged by score; full-text hits fill the rest, with at
        least a quarter of `limit` kept for them when they exist. Full text is searched when
        the query asks for it (`text:`), when `with_text` is true, or (`with_text` None) when
        the index is ready, so typing never waits for a first indexing.
        """
        parsed = parse_query(query)
        if not parsed.text or limit <= 0:
            return []
        kinds = ALL_KINDS if parsed.kind is None else frozenset({parsed.kind})
        names: list[PersonHit | FilmHit] = []
        for role in ROLES:
            if _role_kind(role) in kinds:
                names.extend(self.people(parsed.text, role, limit))
        if SearchKind.FILM in kinds:
            names.extend(self.films(parsed.text, limit))
        names.sort(key=lambda h: -h.score)  # stable: kinds keep their own order on ties
        want_text = SearchKind.TEXT in kinds and (
            parsed.kind is SearchKind.TEXT or with_text or (with_text is None and self._text_synced)
        )
        texts = self.text(parsed.text, limit) if want_text else []
        keep = min(len(texts), max(limit // 4, 1)) if texts else 0
        chosen: list[Hit] = [*names[: max(limit - keep, 0)]]
        chosen.extend(texts[: limit - len(chosen)])
        return chosen

    def search(
        self,
        text: str = "",
        *,
        actor: str | None = None,
        director: str | None = None,
        reviewer: str | None = None,
        kinds: Iterable[SearchKind] | None = None,
        limit: int = 50,
    ) -> list[SearchResult]:
        """Reviews matching every criterion given, best first (the CLI's `reeltui search`).

        `text` is matched against the `kinds` (default: all) unless it starts with a kind
        prefix; `actor`, `director` and `reviewer` each keep the reviews of the best matching
        people of that role (all people tied for the best match: "pena" finds every Pena).
        Each result says what matched it.
        """
        criteria: list[dict[str, Match]] = []
        for role, name in (("actor", actor), ("director", director), ("reviewer", reviewer)):
            if name is not None and name.strip():
                criteria.append(self._by_person(role, name))  # type: ignore[arg-type]
        parsed = parse_query(text)
        if parsed.text:
            if parsed.kind is not None:
                wanted = frozenset({parsed.kind})
            else:
                wanted = ALL_KINDS if kinds is None else frozenset(kinds)
            within = None
            if criteria:
                within = set(criteria[0]).intersection(*criteria[1:])
            criteria.append(self._by_query(parsed.text, wanted, within))
        if not criteria or limit <= 0:
            return []
        ids = set(criteria[0]).intersection(*criteria[1:])
        position = {review.id: i for i, review in enumerate(self._reviews) if review.id in ids}
        results = []
        for review_id in ids:
            matches = tuple(c[review_id] for c in criteria)
            best = sorted(matches, key=lambda m: -m.score)
            results.append(
                SearchResult(
                    self._reviews[position[review_id]], sum(m.score for m in matches), tuple(best)
                )
            )
        results.sort(key=lambda r: (-r.score, position[r.review.id]))
        return results[:limit]

    def _by_person(self, role: Role, name: str) -> dict[str, Match]:
        """Reviews of the people of `role` tied for the best match of `name`."""
        hits = self.people(name, role, _PEOPLE_FOR_RESULTS)
        found: dict[str, Match] = {}
        if not hits:
            return found
        best = hits[0].score
        for hit in hits:
            if hit.score != best:
                break
            for review, credit in hit.films:
                if review.id not in found:
                    found[review.id] = Match(
                        _FIELD_OF_ROLE[role],
                        hit.name,
                        hit.match.name.lower(),
                        hit.score,
                        credit,
                        spans=hit.spans,
                    )
        return found

    def _by_title(self, query: str) -> dict[str, Match]:
        """Reviews of the films tied for the best match of `query` by title."""
        hits = self.films(query, _PEOPLE_FOR_RESULTS)
        found: dict[str, Match] = {}
        for hit in hits:
            if hit.score != hits[0].score:
                break
            for review in hit.reviews:
                found.setdefault(
                    review.id,
                    Match("title", hit.name, hit.match.name.lower(), hit.score, spans=hit.spans),
                )
        return found

    def _by_query(
        self, query: str, kinds: frozenset[SearchKind], within: set[str] | None
    ) -> dict[str, Match]:
        """Reviews matching free text in any of `kinds`, each with its best match."""
        found: dict[str, Match] = {}

        def offer(review_id: str, match: Match) -> None:
            if within is not None and review_id not in within:
                return
            current = found.get(review_id)
            if current is None or match.score > current.score:
                found[review_id] = match

        # Names and titles: only the best quality of match across every kind counts, so an
        # exact actor ("pena") is not joined by a reviewer one typo away ("Lena").
        named: list[dict[str, Match]] = [
            self._by_person(role, query) for role in ROLES if _role_kind(role) in kinds
        ]
        if SearchKind.FILM in kinds:
            named.append(self._by_title(query))
        best = max((m.score for matches in named for m in matches.values()), default=None)
        for matches in named:
            for review_id, match in matches.items():
                if match.score == best:
                    offer(review_id, match)
        if SearchKind.TEXT in kinds:
            texts = self.text(query, _TEXT_FOR_RESULTS, within=within)
            for rank, hit in enumerate(texts):
                # Below every name match (scores 0.5 and up), in relevance order.
                score = 0.4 / (1 + rank)
                offer(
                    hit.review.id,
                    Match(
                        "text",
                        hit.snippet,
                        "text",
                        score,
                        section_index=hit.section_index,
                        heading=hit.heading,
                        spans=hit.spans,
                    ),
                )
        return found


def _text_hit(match: TextMatch) -> TextHit:
    return TextHit(
        review=match.review,
        section_index=match.section_index,
        heading=match.heading,
        snippet=match.snippet,
        spans=match.spans,
        score=match.score,
    )


def run_search(
    library: Library,
    text: str = "",
    *,
    actor: str | None = None,
    director: str | None = None,
    reviewer: str | None = None,
    limit: int = 50,
    cache: Path | None = None,
) -> list[SearchResult]:
    """Build a `Searcher` over `library` and run one `Searcher.search` (for the CLI).

    `cache` is the cache folder for the full-text index (`paths.cache`); without it the
    full text is indexed in memory, reading every body once. Names alone never read bodies.
    """
    with Searcher(library, cache_dir=cache) as index:
        return index.search(text, actor=actor, director=director, reviewer=reviewer, limit=limit)
