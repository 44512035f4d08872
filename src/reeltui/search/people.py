"""People's pages: what the library holds about one actor, director or reviewer.

A person is a folded name (`name_key`: "Michael Peña" and "Michael Pena" are one person), in
every role the library credits them in. `person_page` gathers, from the names alone (no text
is read):

- the films they acted in or directed, one per film key, with the characters they played and
  the reviews that credit them;
- the reviews they wrote, with the reviewer's bio.

`find_mentions` then finds the sentences of reviews that name them, from the full-text index
(never from the files), with a bound on the work whatever the size of the library:

1. the sections holding one of their full names, anywhere in the library (at most
   `MENTION_SECTIONS`, in the index's order);
2. in the reviews of their own films and the reviews found in step 1 (at most
   `MENTION_REVIEWS`), the sections holding a full name or the surname alone ("Peña" once
   the full name has been given), unless another person credited in that review shares the
   surname;
3. in those sections, the sentences that name them (at most `MAX_MENTIONS`).

`choose_person` reads a name typed at the command line: the people matching it best, or the one
the name picks out among them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from reeltui.model import Film, Review
from reeltui.ratings import Average, average, read_rating
from reeltui.search.names import name_key
from reeltui.search.searcher import ROLES, PersonHit, Role, Searcher, TextPassage
from reeltui.search.terms import find_terms, name_terms, names_any, surname, terms_pattern
from reeltui.text import fold
from reeltui.words import counted, noun

__all__ = [
    "MAX_MENTIONS",
    "MENTION_REVIEWS",
    "MENTION_SECTIONS",
    "Candidate",
    "Mention",
    "Mentions",
    "MentionsState",
    "PersonFilm",
    "PersonPage",
    "candidates",
    "choose_person",
    "credit_word",
    "find_mentions",
    "mentions_line",
    "person_page",
    "sentences",
]

#: The most sections holding a full name that are read, library-wide.
MENTION_SECTIONS = 400
#: The most reviews searched one by one for the surname alone.
MENTION_REVIEWS = 200
#: The most sentences a page lists.
MAX_MENTIONS = 300
#: How many people `candidates` looks at for a typed name.
_CANDIDATES = 50
#: The longest excerpt of a sentence shown (a paragraph without full stops is one sentence).
_EXCERPT = 280


# -- the page -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonFilm:
    """A film the person acted in or directed, and the reviews (library order) that say so.

    `characters` are the roles they played in it, each once (spellings that fold alike count
    once), as the first review wrote them.
    """

    film: Film
    film_key: str
    reviews: tuple[Review, ...]
    characters: tuple[str, ...]
    acted: bool
    directed: bool

    @property
    def credit(self) -> str:
        """What they did in the film: "as Rick Martinez", "director", "as X · director"."""
        parts: list[str] = []
        if self.characters:
            parts.append("as " + " / ".join(self.characters))
        elif self.acted:
            parts.append("actor")
        if self.directed:
            parts.append("director")
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class PersonPage:
    """Everything the library credits to one person (one folded name).

    `films` are the films they acted in or directed, in library order; `reviews` the reviews
    they wrote, in library order; `bio` the bio their reviews print most often; `terms` the
    names that mark them in a review (`name_terms`).
    """

    name: str
    key: str
    spellings: tuple[str, ...]
    roles: tuple[Role, ...]
    films: tuple[PersonFilm, ...]
    reviews: tuple[Review, ...]
    bio: str | None
    terms: tuple[str, ...]

    @property
    def other_spellings(self) -> tuple[str, ...]:
        """The ways the reviews wrote the name, other than the one shown."""
        return tuple(s for s in self.spellings if s != self.name)

    @property
    def average(self) -> Average | None:
        """The mean out of five of the ratings of the reviews they wrote (None when none is a
        number on a known scale)."""
        return average(read_rating(review.rating) for review in self.reviews)

    @property
    def has_credits(self) -> bool:
        """Whether they acted in or directed a film of the library (so reviews mention them)."""
        return bool(self.films)

    def describe(self) -> str:
        """Their roles in one line: "Actor in 2 films · director of 1 film"."""
        acted = sum(1 for film in self.films if film.acted)
        directed = sum(1 for film in self.films if film.directed)
        parts: list[str] = []
        if acted:
            parts.append(f"actor in {counted(acted, 'film')}")
        if directed:
            parts.append(f"director of {counted(directed, 'film')}")
        if self.reviews:
            films = len({review.film_key for review in self.reviews})
            parts.append(f"reviewer of {counted(films, 'film')}")
        line = " · ".join(parts)
        return line[:1].upper() + line[1:]


def person_page(searcher: Searcher, key: str) -> PersonPage | None:
    """The page of the person whose folded name is `key`; None when the library has nobody
    of that name. Quick: names and cards only."""
    hits = searcher.person(key)
    if not hits:
        return None
    spellings = tuple(sorted({s for hit in hits for s in hit.spellings}))
    # The shown name: the accented spelling if any (`Searcher` picks it per role).
    name = min((hit.name for hit in hits), key=lambda n: -sum(1 for c in n if ord(c) > 127))
    roles = tuple(hit.role for hit in hits)
    credited = [hit for hit in hits if hit.role != "reviewer"]
    written = next((hit for hit in hits if hit.role == "reviewer"), None)
    reviews = (
        tuple(searcher.cards(entry for entry, _ in written.films)) if written is not None else ()
    )
    return PersonPage(
        name=name,
        key=key,
        spellings=spellings,
        roles=roles,
        films=_films(searcher, credited),
        reviews=reviews,
        bio=_bio(reviews),
        terms=name_terms(name, spellings, surnames=bool(credited)),
    )


def _films(searcher: Searcher, hits: Iterable[PersonHit]) -> tuple[PersonFilm, ...]:
    """Their films as actor and director, one per film key, in library (title) order (the
    cards of their reviews read from the catalog)."""
    reviews: dict[str, dict[str, Review]] = {}
    characters: dict[str, dict[str, str]] = {}
    acted: set[str] = set()
    directed: set[str] = set()
    for hit in hits:
        pairs = hit.films
        cards = searcher.cards(entry for entry, _ in pairs)
        credit_of = {entry.id: credit for entry, credit in pairs}
        for review in cards:
            credit = credit_of.get(review.id)
            key = review.film_key
            reviews.setdefault(key, {})[review.id] = review
            played = characters.setdefault(key, {})
            if hit.role == "actor":
                acted.add(key)
                if credit is not None and credit.role:
                    played.setdefault(fold(credit.role), credit.role)
            else:
                directed.add(key)
    films = []
    for key in sorted(reviews, key=lambda k: _title_order(next(iter(reviews[k].values())))):
        found = tuple(sorted(reviews[key].values(), key=_title_order))
        films.append(
            PersonFilm(
                film=found[0].film,
                film_key=key,
                reviews=found,
                characters=tuple(characters[key].values()),
                acted=key in acted,
                directed=key in directed,
            )
        )
    return tuple(films)


def _title_order(review: Review) -> tuple[str, int, str]:
    """The library's order: title (folded), year, then review id."""
    return (fold(review.film.title), review.film.year or 0, review.id)


def _bio(reviews: Sequence[Review]) -> str | None:
    """The bio a reviewer's reviews print most often (the newest review's on a tie)."""
    bios: Counter[str] = Counter()
    newest: dict[str, float] = {}
    for review in reviews:
        bio = review.reviewer.bio if review.reviewer is not None else None
        if bio:
            bios[bio] += 1
            newest[bio] = max(newest.get(bio, review.mtime), review.mtime)
    if not bios:
        return None
    return max(bios, key=lambda bio: (bios[bio], newest[bio]))


# -- finding a person by a typed name -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate:
    """A person matching a typed name: who, in which roles (with their film counts)."""

    name: str
    key: str
    roles: tuple[tuple[Role, int], ...]
    score: float

    def describe(self) -> str:
        """ "Michael Peña (actor, 2 films)"."""
        roles = "; ".join(f"{role}, {counted(films, 'film')}" for role, films in self.roles)
        return f"{self.name} ({roles})"


def candidates(searcher: Searcher, query: str) -> list[Candidate]:
    """The people matching `query` as search ranks them, one per person (roles merged)."""
    found: dict[str, Candidate] = {}
    for hit in searcher.people(query, None, _CANDIDATES):
        key = hit.key or name_key(hit.name)
        known = found.get(key)
        if known is None:
            found[key] = Candidate(hit.name, key, ((hit.role, hit.film_count),), hit.score)
        elif hit.role not in dict(known.roles):
            roles = tuple(sorted((*known.roles, (hit.role, hit.film_count)), key=_role_order))
            found[key] = Candidate(known.name, key, roles, max(known.score, hit.score))
    return list(found.values())


def _role_order(item: tuple[Role, int]) -> int:
    return ROLES.index(item[0])


def choose_person(query: str, found: Sequence[Candidate]) -> Candidate | list[Candidate]:
    """The person `query` names among `found` (`candidates`), or the people it cannot tell
    apart ([] for nobody).

    The best matches count (exact words before prefixes before typos); among several, a name
    typed in full ("michael pena", not "pena") picks its person.
    """
    if not found:
        return []
    best = max(candidate.score for candidate in found)
    top = [candidate for candidate in found if candidate.score == best]
    if len(top) == 1:
        return top[0]
    typed = name_key(query)
    whole = [candidate for candidate in top if candidate.key == typed]
    return whole[0] if len(whole) == 1 else top


# -- mentions ---------------------------------------------------------------------------------


class MentionsState(StrEnum):
    """How complete a page's list of mentions is."""

    COMPLETE = "complete"
    TRUNCATED = "truncated"


@dataclass(frozen=True, slots=True)
class Mention:
    """A sentence of a review that names the person.

    `paragraph_index` and `start` place the sentence in the section as it was indexed;
    `spans` are the name's places in `sentence`.
    """

    review: Review
    section_index: int
    heading: str | None
    paragraph_index: int
    start: int
    sentence: str
    spans: tuple[tuple[int, int], ...]

    def excerpt(self, limit: int = _EXCERPT) -> tuple[str, tuple[tuple[int, int], ...]]:
        """The sentence, or a part of a long one around the first name, with "…" where it was
        cut; and the name's places in what is returned."""
        text = self.sentence
        if len(text) <= limit:
            return text, self.spans
        first = self.spans[0][0] if self.spans else 0
        begin = max(0, min(first - limit // 3, len(text) - limit))
        if begin > 0:
            space = text.find(" ", begin, first)
            begin = space + 1 if space >= 0 else begin
        finish = min(len(text), begin + limit)
        if finish < len(text):
            space = text.rfind(" ", first, finish)
            finish = space if space > first else finish
        lead = "…" if begin > 0 else ""
        tail = "…" if finish < len(text) else ""
        shift = len(lead) - begin
        spans = tuple((a + shift, b + shift) for a, b in self.spans if a >= begin and b <= finish)
        return lead + text[begin:finish] + tail, spans


@dataclass(frozen=True, slots=True)
class Mentions:
    """The sentences found for a page, in library order, and whether the bounds cut them."""

    found: tuple[Mention, ...]
    state: MentionsState

    @property
    def complete(self) -> bool:
        """Whether every sentence the index holds was found (no bound was reached)."""
        return self.state is MentionsState.COMPLETE


def find_mentions(
    searcher: Searcher,
    page: PersonPage,
    *,
    limit: int = MAX_MENTIONS,
    sections: int = MENTION_SECTIONS,
    reviews: int = MENTION_REVIEWS,
) -> Mentions:
    """The sentences of the library's reviews that name the person of `page` (see the module's
    docstring for the bounds). Uses the full-text index, which it brings up to date first if
    needed; call it off the UI thread."""
    full = list({fold(s): s for s in page.spellings}.values())
    if not full or limit <= 0:
        return Mentions((), MentionsState.COMPLETE)
    anywhere = searcher.passages(full, limit=sections)
    truncated = len(anywhere) >= sections
    wanted: dict[str, Review] = {}
    for film in page.films:
        for review in film.reviews:
            wanted.setdefault(review.id, review)
    for passage in anywhere:
        wanted.setdefault(passage.review.id, passage.review)
    if len(wanted) > reviews:
        truncated = True
    within = list(wanted)[:reviews]
    surnames = list({fold(s): s for s in map(surname, full) if s}.values())
    near = searcher.passages([*full, *surnames], limit=sections, within=within)
    truncated = truncated or len(near) >= sections
    passages: dict[tuple[str, int], TextPassage] = {}
    for passage in (*near, *anywhere):
        passages.setdefault((passage.review.id, passage.section_index), passage)
    ordered = sorted(passages.values(), key=lambda p: (_title_order(p.review), p.section_index))
    whole = terms_pattern(full)
    with_surname = terms_pattern([*full, *surnames])
    found: list[Mention] = []
    for passage in ordered:
        pattern = with_surname if _surname_is_theirs(passage.review, page, surnames) else whole
        for mention in _mentions_in(passage, pattern):
            if len(found) >= limit:
                return Mentions(tuple(found), MentionsState.TRUNCATED)
            found.append(mention)
    return Mentions(tuple(found), MentionsState.TRUNCATED if truncated else MentionsState.COMPLETE)


def _surname_is_theirs(review: Review, page: PersonPage, surnames: Sequence[str]) -> bool:
    """Whether a surname alone stands for the person in this review: nobody else it credits
    has that surname."""
    if not surnames:
        return False
    mine = {fold(s) for s in surnames}
    others = [credit.actor for credit in review.cast] + list(review.directors)
    for other in others:
        last = surname(other)
        if last is not None and fold(last) in mine and name_key(other) != page.key:
            return False
    return True


def _mentions_in(passage: TextPassage, pattern: re.Pattern[str] | None) -> list[Mention]:
    """The sentences of a section that hold one of the pattern's names."""
    found: list[Mention] = []
    for number, paragraph in enumerate(passage.body.split("\n")):
        if not names_any(paragraph, pattern):
            continue
        for start, end in sentences(paragraph):
            sentence = paragraph[start:end]
            spans = find_terms(sentence, pattern)
            if spans:
                found.append(
                    Mention(
                        passage.review,
                        passage.section_index,
                        passage.heading,
                        number,
                        start,
                        sentence,
                        tuple(spans),
                    )
                )
    return found


# -- sentences --------------------------------------------------------------------------------

#: Where a sentence may end: end punctuation (and closing quotes or brackets), then space.
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+")
#: What may follow the end of a sentence: an opening quote or bracket, then a capital or digit.
_OPENING = re.compile(r"[\"“‘'(\[]*[^\W_a-z]")
#: Words that end with a full stop inside a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr prof mt vs etc no vol gen col lt sgt capt rev fr hon pp ed eds"
    " approx dept est fig inc ltd co corp univ".split()
)
_LAST_WORD = re.compile(r"(\w+)[.]+$")


def sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of a paragraph as `(start, end)` spans, surrounding space left out.

    A sentence ends at ".", "!", "?" or "…" (with any closing quotes) followed by space and a
    capital, a digit or an opening quote, but not after an initial ("Jose M. Hernandez") or a
    common abbreviation ("Dr.", "vs."). Newlines end sentences too.
    """
    spans: list[tuple[int, int]] = []
    for line_start, line in _lines(text):
        start = 0
        for boundary in _BOUNDARY.finditer(line):
            if not _OPENING.match(line, boundary.end()):
                continue
            before = line[start : boundary.start() + 1]
            last = _LAST_WORD.search(before)
            if last is not None and line[boundary.start()] == ".":
                word = last.group(1)
                if (len(word) == 1 and word.isalpha()) or word.casefold() in _ABBREVIATIONS:
                    continue
            end = boundary.end() - (len(boundary.group()) - len(boundary.group().rstrip()))
            spans.append((line_start + start, line_start + end))
            start = boundary.end()
        if line[start:].strip():
            spans.append((line_start + start, line_start + len(line.rstrip())))
    return [(a + _lead(text, a, b), b) for a, b in spans if text[a:b].strip()]


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of `text` with its offset."""
    found: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        found.append((offset, line))
        offset += len(line) + 1
    return found


def _lead(text: str, start: int, end: int) -> int:
    """How many spaces open `text[start:end]`."""
    piece = text[start:end]
    return len(piece) - len(piece.lstrip())


def credit_word(page: PersonPage) -> str:
    """The page's kind in a word for a title: "Actor", "Director", "Reviewer", "Actor and
    director"."""
    words = [role for role in ROLES if role in page.roles]
    if not words:
        return "Person"
    text = " and ".join(words) if len(words) <= 2 else ", ".join(words[:-1]) + " and " + words[-1]
    return text[:1].upper() + text[1:]


def mentions_line(mentions: Mentions) -> str:
    """How many sentences were found, in words: "4 sentences", "the first 300 sentences"."""
    count = counted(len(mentions.found), "sentence")
    if mentions.complete:
        return count
    return f"the first {len(mentions.found):,} {noun(len(mentions.found), 'sentence')} found"
