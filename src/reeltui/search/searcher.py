"""Search a library: people (actors, directors, reviewers), film titles and full text.

A `Searcher` answers from the library's catalog. People and films are the catalog's `names`
(each person of a role, each film, once, with the number of films and every spelling), so
"pena", "Peña", "pena michael", "micheal pena" and "mich" all find Michael Peña without
reading any review. They are matched by `names.NameMatcher` in one of two ways:

- *in memory* (the TUI, which asks many questions of one library): one matcher per role and
  one for titles, built once from the catalog, answering in a millisecond or two;
- *from the catalog* (the command line, which asks one question and ends): the catalog gives
  the few names that could match (a word equal to each query word, beginning with it, or one
  edit away), and a matcher made of those alone decides, with the same ranking.

Full text is the catalog's FTS5 index (`fulltext/`), filled from the bodies the scan stored.

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
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from types import TracebackType
from typing import Any, Literal, Protocol, get_args

from reeltui.library import Entry, Library
from reeltui.library.catalog import FILM, ROLE_KINDS, Catalog, NameRow
from reeltui.model import Credit, Film, Review
from reeltui.search.fulltext.store import FullTextIndex, Progress, Ranked, TextMatch
from reeltui.search.names import (
    EntryMatch,
    MatchKind,
    NameMatcher,
    TokenHit,
    Tokenizer,
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
    "TextPassage",
    "parse_query",
    "person_films",
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
    each review (its list entry, in library order) with the person's credit in it (for
    actors; None for directors and reviewers). `spans` are the matched character ranges of
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
    load_films: Callable[[], tuple[tuple[Entry, Credit | None], ...]] = field(
        repr=False, compare=False
    )
    key: str = field(default="", repr=False, compare=False)

    @property
    def films(self) -> tuple[tuple[Entry, Credit | None], ...]:
        """Each review with the credit, made when read (a popular actor has hundreds)."""
        return self.load_films()


@dataclass(frozen=True, slots=True)
class FilmHit:
    """A film matching a query by its title (or year, or season): `name` is its label."""

    name: str
    film: Film
    reviews: tuple[Entry, ...]
    score: float
    spans: tuple[tuple[int, int], ...]
    match: MatchKind


@dataclass(frozen=True, slots=True)
class TextHit:
    """A review whose text matched: the best section to open it at and a snippet of it.

    `spans` are the matched character ranges of `snippet`.
    """

    review: Entry
    section_index: int
    heading: str | None
    snippet: str
    spans: tuple[tuple[int, int], ...]
    score: float


@dataclass(frozen=True, slots=True)
class TextPassage:
    """A section of a review that holds a phrase (`Searcher.passages`): the review's card, the
    section's place and its text as indexed, paragraphs joined by newlines."""

    review: Review
    section_index: int
    heading: str | None
    body: str


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

    review: Entry
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


class _Names:
    """The names of one kind (a role, or films) and a matcher over their words.

    In memory (`every`) it holds a matcher over every name of the kind and their numbers,
    nothing else: the few names a query finds are read from the catalog. From the catalog
    (`candidates`) it is made per query from the names that could match, which gives the same
    answers (the matcher ranks by match, then by the order of its entries, and the names come
    in the same order either way).
    """

    def __init__(
        self, words: Iterable[tuple[int, str]], find: Callable[[list[int]], dict[int, NameRow]]
    ) -> None:
        self._numbers: array[int] = array("i")
        self._find = find
        self.matcher = NameMatcher(self._taken(words))

    def _taken(self, words: Iterable[tuple[int, str]]) -> Iterator[list[str]]:
        for nid, spaced in words:
            self._numbers.append(nid)
            yield spaced.split(" ")

    @classmethod
    def every(cls, catalog: Catalog, kind: int) -> _Names:
        """Every name of a kind, from the catalog."""
        return cls(catalog.name_words(kind), catalog.names_by_number)

    @classmethod
    def candidates(cls, catalog: Catalog, kind: int, tokens: Sequence[str]) -> _Names:
        """The names of a kind that could match `tokens`, from the catalog."""
        rows = {row.nid: row for row in catalog.name_candidates(kind, tokens)}
        return cls(((nid, row.tokens) for nid, row in rows.items()), lambda _: rows)

    def search(self, tokens: Sequence[str], limit: int) -> list[tuple[NameRow, EntryMatch]]:
        matches = self.matcher.search(tokens, limit)
        rows = self._find([self._numbers[m.entry] for m in matches])
        found = ((rows.get(self._numbers[m.entry]), m) for m in matches)
        return [(row, match) for row, match in found if row is not None]


class Searcher:
    """People, titles and full text of one library, ready to query. Safe to query from
    several threads.

    `in_memory` builds the name matchers once, on first use (as the TUI wants); without it
    every query asks the catalog for its candidates (as one command-line search wants). By
    default, names are held in memory when the library's entries are.
    """

    def __init__(self, library: Library, *, in_memory: bool | None = None) -> None:
        self._library = library
        self._catalog = library.catalog
        self._in_memory = library.loaded if in_memory is None else in_memory
        self._fulltext = FullTextIndex(library.catalog)
        self._text_synced = False
        self._text_lock = threading.Lock()
        self._names_lock = threading.Lock()
        self._names: dict[int, _Names] = {}
        self._tokenizer = Tokenizer()

    @property
    def library(self) -> Library:
        """The library this searcher answers for."""
        return self._library

    def prepare_names(self) -> None:
        """Build the name matchers now (in memory only; e.g. in a worker)."""
        if self._in_memory:
            for kind in (*ROLE_KINDS.values(), FILM):
                self._names_of(kind)

    def _names_of(self, kind: int) -> _Names:
        with self._names_lock:
            names = self._names.get(kind)
            if names is None:
                names = self._names[kind] = _Names.every(self._catalog, kind)
            return names

    def _match_names(
        self, kind: int, tokens: Sequence[str], limit: int
    ) -> list[tuple[NameRow, EntryMatch]]:
        if self._in_memory:
            return self._names_of(kind).search(tokens, limit)
        return _Names.candidates(self._catalog, kind, tokens).search(tokens, limit)

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
        ranked: list[tuple[tuple[int, int, int, str, int], Role, NameRow, EntryMatch]] = []
        for index_of_role, each in enumerate(roles):
            for name, match in self._match_names(ROLE_KINDS[each], tokens, limit):
                key = (-match.kind, match.distance, -name.weight, name.key, index_of_role)
                ranked.append((key, each, name, match))
        ranked.sort(key=lambda item: item[0])
        return [self._person_hit(each, name, match) for _, each, name, match in ranked[:limit]]

    def _person_hit(self, role: Role, name: NameRow, match: EntryMatch) -> PersonHit:
        return PersonHit(
            name=name.display,
            role=role,
            film_count=name.weight,
            score=match.score,
            spans=tuple(match.spans(self._tokenizer.spans(name.display))),
            match=match.kind,
            spellings=name.spellings,
            load_films=partial(self._films_of, name, role),
            key=name.key,
        )

    def person(self, key: str) -> list[PersonHit]:
        """Every role of the person whose folded name is `key` ("michael pena"; see
        `names.name_key`), actor first, then director, then reviewer; [] for nobody."""
        found: list[PersonHit] = []
        for role in ROLES:
            name = self._catalog.name_by_key(ROLE_KINDS[role], key)
            if name is None or not name.tokens:
                continue
            tokens = tuple(
                (position, TokenHit(MatchKind.EXACT, 0, len(token)))
                for position, token in enumerate(name.tokens.split(" "))
            )
            found.append(
                self._person_hit(role, name, EntryMatch(name.nid, MatchKind.EXACT, 0, tokens))
            )
        return found

    def cards(self, entries: Iterable[Entry]) -> list[Review]:
        """The cards of these reviews (read from the catalog), in the order given; those gone
        from the catalog left out."""
        wanted = list(entries)
        cards = self._catalog.cards([entry.docno for entry in wanted])
        return [cards[entry.docno] for entry in wanted if entry.docno in cards]

    def _films_of(self, name: NameRow, role: Role) -> tuple[tuple[Entry, Credit | None], ...]:
        """A person's reviews, in library order, each with the actor's credit."""
        return person_films(self._library, name.kind, name.key, role)

    def films(self, query: str, limit: int = 20) -> list[FilmHit]:
        """Films whose title (with year and season) matches `query`, best first."""
        tokens = tokenize(query)
        if not tokens or limit <= 0:
            return []
        hits: list[FilmHit] = []
        for name, match in self._match_names(FILM, tokens, limit):
            reviews = self._library.entries_of(
                d for d, _, _ in self._catalog.name_docs(FILM, name.key)
            )
            if not reviews:
                continue
            hits.append(
                FilmHit(
                    name=name.display,
                    film=reviews[0].film,
                    reviews=tuple(reviews),
                    score=match.score,
                    spans=tuple(match.spans(self._tokenizer.spans(name.display))),
                    match=match.kind,
                )
            )
        return hits

    # -- full text -----------------------------------------------------------------------

    @property
    def text_ready(self) -> bool:
        """True once every review's body is in the full-text index."""
        return self._text_synced

    def prepare_text(self, progress: Progress | None = None) -> int:
        """Index the bodies not in the full-text index yet (read from the catalog, never from
        the files); returns how many. Called on its own by the first full-text query; call it
        in a worker to keep a UI responsive. `progress(done, total)` counts them."""
        with self._text_lock:
            indexed = self._fulltext.index(progress)
            self._text_synced = True
            return indexed

    def text(
        self,
        query: str,
        limit: int = 20,
        *,
        prefix: bool = True,
        within: Iterable[int] | None = None,
    ) -> list[TextHit]:
        """Reviews whose text holds every word of `query`, most relevant first.

        Each hit is the review's best section (headings count), with a snippet. The last
        word is also read as a prefix when `prefix` is true; a misspelt word is replaced by
        indexed words one edit away. `within` limits the answer to those reviews (document
        numbers).
        """
        if not query.strip() or limit <= 0:
            return []
        if not self._text_synced:
            self.prepare_text()
        allowed = None if within is None else set(within)
        matches = self._fulltext.search(query, limit=limit, prefix=prefix, within=allowed)
        entries = {e.docno: e for e in self._library.entries_of(m.docno for m in matches)}
        return [_text_hit(m, entries[m.docno]) for m in matches if m.docno in entries]

    def passages(
        self, phrases: Sequence[str], *, limit: int, within: Iterable[str] | None = None
    ) -> list[TextPassage]:
        """Sections whose text holds one of `phrases` (a name, say), at most `limit`, in the
        index's order, each with its review's card; `within` limits them to those review ids
        (see `FullTextIndex.passages`). Indexes what is not indexed yet first."""
        if not self._text_synced:
            self.prepare_text()
        allowed: set[int] | None = None
        if within is not None:
            allowed = {d for ref in within if (d := self._catalog.find(ref)) is not None}
        found = self._fulltext.passages(phrases, limit=limit, within=allowed)
        cards = self._catalog.cards([p.docno for p in found])
        return [
            TextPassage(cards[p.docno], p.section_index, p.heading, p.body)
            for p in found
            if p.docno in cards
        ]

    def close(self) -> None:
        """Let the name matchers go (the catalog belongs to the library)."""
        with self._names_lock:
            self._names.clear()

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

        The reviews found are numbers and scores until the end: only the `limit` kept become
        results (their entries read, their snippets cut), so a popular actor's thousand
        reviews cost little more than ten.
        """
        criteria: list[dict[int, _Found]] = []
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
        docnos = set(criteria[0]).intersection(*criteria[1:])
        score = {d: sum(c[d][0] for c in criteria) for d in docnos}
        chosen = self._library.first_in_order(score, limit)
        entries = {entry.docno: entry for entry in self._library.entries_of(chosen)}
        results: list[SearchResult] = []
        for docno in chosen:
            entry = entries.get(docno)
            if entry is None:  # gone from the catalog meanwhile
                continue
            matches = sorted((c[docno][1].match(docno) for c in criteria), key=lambda m: -m.score)
            results.append(SearchResult(entry, score[docno], tuple(matches)))
        return results

    def _by_person(self, role: Role, name: str) -> dict[int, _Found]:
        """Reviews of the people of `role` tied for the best match of `name`."""
        hits = self.people(name, role, _PEOPLE_FOR_RESULTS)
        found: dict[int, _Found] = {}
        if not hits:
            return found
        best = hits[0].score
        for hit in hits:
            if hit.score != best:
                break
            source = (hit.score, _PersonSource(self._catalog, role, hit))
            for docno in self._catalog.name_docnos(ROLE_KINDS[role], hit.key):
                found.setdefault(docno, source)
        return found

    def _by_title(self, query: str) -> dict[int, _Found]:
        """Reviews of the films tied for the best match of `query` by title."""
        tokens = tokenize(query)
        matched = self._match_names(FILM, tokens, _PEOPLE_FOR_RESULTS) if tokens else []
        found: dict[int, _Found] = {}
        for name, match in matched:
            if match.score != matched[0][1].score:
                break
            how = match.kind.name.lower()
            spans = tuple(match.spans(self._tokenizer.spans(name.display)))
            title = Match("title", name.display, how, match.score, spans=spans)
            source = (match.score, _Fixed(title))
            for docno in self._catalog.name_docnos(FILM, name.key):
                found.setdefault(docno, source)
        return found

    def _by_query(
        self, query: str, kinds: frozenset[SearchKind], within: set[int] | None
    ) -> dict[int, _Found]:
        """Reviews matching free text in any of `kinds`, each with its best match."""
        found: dict[int, _Found] = {}

        def offer(docno: int, candidate: _Found) -> None:
            if within is not None and docno not in within:
                return
            current = found.get(docno)
            if current is None or candidate[0] > current[0]:
                found[docno] = candidate

        # Names and titles: only the best quality of match across every kind counts, so an
        # exact actor ("pena") is not joined by a reviewer one typo away ("Lena").
        named: list[dict[int, _Found]] = [
            self._by_person(role, query) for role in ROLES if _role_kind(role) in kinds
        ]
        if SearchKind.FILM in kinds:
            named.append(self._by_title(query))
        best = max((f[0] for matches in named for f in matches.values()), default=None)
        for matches in named:
            for docno, candidate in matches.items():
                if candidate[0] == best:
                    offer(docno, candidate)
        if SearchKind.TEXT in kinds and query.strip():
            if not self._text_synced:
                self.prepare_text()
            ranked = self._fulltext.ranked(query, limit=_TEXT_FOR_RESULTS, within=within)
            source = _TextSource(self._fulltext, ranked)
            for rank, docno in enumerate(ranked.sections):
                # Below every name match (scores 0.5 and up), in relevance order.
                offer(docno, (0.4 / (1 + rank), source))
        return found


class _Source(Protocol):
    """Where the reviews of one criterion of `search` came from: it makes the `Match` of a
    review when that review is among the results (most never are)."""

    def match(self, docno: int) -> Match: ...


#: A review found by one criterion of `search`: its score, and where it came from.
_Found = tuple[float, _Source]


@dataclass(frozen=True, slots=True)
class _Fixed:
    """Every review found the same way (a film's title)."""

    found: Match

    def match(self, docno: int) -> Match:
        return self.found


@dataclass(frozen=True, slots=True)
class _PersonSource:
    """The reviews of one person: an actor's match names the part played in that review."""

    catalog: Catalog
    role: Role
    hit: PersonHit

    def match(self, docno: int) -> Match:
        hit, credit = self.hit, None
        if self.role == "actor":
            written = self.catalog.credit(docno, ROLE_KINDS["actor"], hit.key)
            credit = Credit(*written) if written is not None else None
        field = _FIELD_OF_ROLE[self.role]
        return Match(field, hit.name, hit.match.name.lower(), hit.score, credit, spans=hit.spans)


@dataclass(frozen=True, slots=True)
class _TextSource:
    """The reviews of a full-text query: the snippet is cut for the ones kept."""

    index: FullTextIndex
    ranked: Ranked

    def match(self, docno: int) -> Match:
        hit = self.index.match(self.ranked, docno)
        rank = list(self.ranked.sections).index(docno)
        return Match(
            "text",
            hit.snippet,
            "text",
            0.4 / (1 + rank),
            section_index=hit.section_index,
            heading=hit.heading,
            spans=hit.spans,
        )


def person_films(
    library: Library, kind: int, key: str, role: Role
) -> tuple[tuple[Entry, Credit | None], ...]:
    """The reviews of the person `key` of `kind` (read from the catalog's credits, settled or
    not), in library order, each with the actor's credit (None for other roles)."""
    found = library.catalog.name_docs(kind, key)
    credits = {docno: (written, part) for docno, written, part in found}
    entries = library.entries_of(credits)
    if role != "actor":
        return tuple((entry, None) for entry in entries)
    return tuple((entry, Credit(*credits[entry.docno])) for entry in entries)


def _text_hit(match: TextMatch, entry: Entry) -> TextHit:
    return TextHit(
        review=entry,
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
) -> list[SearchResult]:
    """One `Searcher.search` over a library, answered from its catalog (for the CLI)."""
    with Searcher(library) as index:
        return index.search(text, actor=actor, director=director, reviewer=reviewer, limit=limit)
