"""What a correction changed: the facts of a review before and after, side by side."""

from __future__ import annotations

from dataclasses import dataclass

from reeltui.model import Review

__all__ = ["Change", "changes"]


@dataclass(frozen=True, slots=True)
class Change:
    """One fact that changed: its name and its values before and after ("" for none)."""

    fact: str
    before: str
    after: str


def _facts(review: Review) -> dict[str, str]:
    film = review.stated_film
    reviewer = review.reviewer
    return {
        "title": film.title,
        "year": str(film.year) if film.year is not None else "",
        "kind": film.kind.value,
        "season": str(film.season) if film.season is not None else "",
        "directors": ", ".join(review.directors),
        "cast": ", ".join(
            f"{credit.actor} ({credit.role})" if credit.role else credit.actor
            for credit in review.cast
        ),
        "runtime": f"{review.runtime_minutes} min" if review.runtime_minutes else "",
        "platform": review.platform or "",
        "rating": review.rating or "",
        "reviewer": reviewer.name if reviewer else "",
        "reviewer's bio": (reviewer.bio or "") if reviewer else "",
        "film key": review.film_key,
    }


def changes(before: Review, after: Review) -> list[Change]:
    """Every fact whose value differs between two readings of a review, in a fixed order."""
    old, new = _facts(before), _facts(after)
    return [Change(fact, old[fact], new[fact]) for fact in old if old[fact] != new[fact]]
