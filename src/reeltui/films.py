"""A film's reviews together: what they say of the film, merged, and their ratings.

Several reviews of one film (one film key) each name the director, the cast and their roles, a
runtime, a rating. `merge` reads them as one account of the film: each person once however the
reviews spell them ("Michael Peña" and "Michael Pena" are one, shown with the accents), each
role once ("Rick Martinez" covers a bare "Martinez"), every review's rating, and the average
of the ratings that are numbers (`ratings.average`: 8/10, 4/5 and 4.5/5 give 4.2/5).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reeltui.model import Film, Review
from reeltui.ratings import Average, Rating, average, read_rating
from reeltui.search.names import name_key, tokenize

__all__ = ["FilmSummary", "MergedCredit", "ReviewRating", "merge", "position_of"]


@dataclass(frozen=True, slots=True)
class MergedCredit:
    """An actor as the reviews credit them: the name shown, every spelling, each role once."""

    actor: str
    spellings: tuple[str, ...]
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ReviewRating:
    """One review's rating (None when it gives none)."""

    review: Review
    rating: Rating | None


@dataclass(frozen=True, slots=True)
class FilmSummary:
    """The reviews of one film (library order) and what they say of it, merged.

    `directors` and `cast` list each person once, in the order the reviews first name them;
    `runtime_minutes` is the runtime the reviews give most often; `platforms` each platform
    once; `ratings` every review with its rating; `average` the mean out of five of the ratings
    that are numbers (None when none is).
    """

    film: Film
    film_key: str
    reviews: tuple[Review, ...]
    directors: tuple[str, ...]
    cast: tuple[MergedCredit, ...]
    runtime_minutes: int | None
    platforms: tuple[str, ...]
    ratings: tuple[ReviewRating, ...]
    average: Average | None

    def describe_average(self) -> str | None:
        """ "Average 4.2/5 from 3 reviews" (None when no rating is a number)."""
        if self.average is None:
            return None
        count = self.average.count
        return f"Average {self.average.label} from {count} review{'s' if count != 1 else ''}"


def merge(reviews: Sequence[Review]) -> FilmSummary:
    """What the reviews of one film say of it, merged (see the module's docstring).

    The reviews are taken in the order given (the library's); the first gives the film.
    """
    if not reviews:
        raise ValueError("a film needs at least one review")
    directors: dict[str, list[str]] = {}
    actors: dict[str, list[str]] = {}
    roles: dict[str, list[str]] = {}
    for review in reviews:
        for director in review.directors:
            key = name_key(director)
            if key:
                directors.setdefault(key, []).append(director)
        for credit in review.cast:
            key = name_key(credit.actor)
            if not key:
                continue
            actors.setdefault(key, []).append(credit.actor)
            if credit.role:
                roles.setdefault(key, []).append(credit.role)
    cast = tuple(
        MergedCredit(
            actor=_shown(spellings),
            spellings=tuple(dict.fromkeys(spellings)),
            roles=_distinct_roles(roles.get(key, [])),
        )
        for key, spellings in actors.items()
    )
    runtimes = Counter(r.runtime_minutes for r in reviews if r.runtime_minutes)
    platforms = tuple(dict.fromkeys(r.platform for r in reviews if r.platform))
    ratings = tuple(ReviewRating(review, read_rating(review.rating)) for review in reviews)
    return FilmSummary(
        film=reviews[0].film,
        film_key=reviews[0].film_key,
        reviews=tuple(reviews),
        directors=tuple(_shown(spellings) for spellings in directors.values()),
        cast=cast,
        runtime_minutes=runtimes.most_common(1)[0][0] if runtimes else None,
        platforms=platforms,
        ratings=ratings,
        average=average(r.rating for r in ratings),
    )


def position_of(summary: FilmSummary, review_id: str) -> int | None:
    """Where a review stands among its film's reviews (0 for the first), if it is one."""
    for index, review in enumerate(summary.reviews):
        if review.id == review_id:
            return index
    return None


def _shown(spellings: Sequence[str]) -> str:
    """The spelling to show: an accented one (scrapers drop accents, never add them), then the
    most common, then the first."""
    counts = Counter(spellings)
    order = {spelling: index for index, spelling in reversed(list(enumerate(spellings)))}
    return min(
        counts,
        key=lambda s: (-sum(1 for c in s if ord(c) > 127), -counts[s], order[s]),
    )


def _distinct_roles(written: Sequence[str]) -> tuple[str, ...]:
    """Each role once: spellings that fold alike are one ("Jose’s wife", "Jose's wife"), and a
    role whose words all stand in a longer one ("Martinez" in "Rick Martinez") gives way to it."""
    by_key: dict[tuple[str, ...], str] = {}
    for role in written:
        words = tokenize(role)
        if words:
            by_key.setdefault(words, role)
    kept = [
        role
        for words, role in by_key.items()
        if not any(set(words) < set(other) for other in by_key if other != words)
    ]
    return tuple(kept)
