"""The shapes of a review for output, each made in one place: its JSON (`show --json`, `list`,
`search`) and its text (`show`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TextIO

from reeltui.model import Film, Review
from reeltui.text import display_path

__all__ = ["film_json", "review_json", "write_review_text"]


def film_json(film: Film) -> dict[str, Any]:
    """The JSON object of a film: title, year, kind, season."""
    return {"title": film.title, "year": film.year, "kind": str(film.kind), "season": film.season}


def review_json(
    review: Review,
    *,
    bookmark: Mapping[str, Any] | None = None,
    with_sections: bool = True,
    matched: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The JSON object for a review: what `show --json` prints, and `list`/`search` without
    sections (search adds `matched`: which field matched and the matching credit)."""
    out: dict[str, Any] = {
        "id": review.id,
        "path": display_path(review.path),
        "format": str(review.format),
        "headline": review.headline,
        "film": film_json(review.film),
        "film_key": review.film_key,
        "directors": list(review.directors),
        "cast": [{"actor": c.actor, "role": c.role} for c in review.cast],
        "runtime_minutes": review.runtime_minutes,
        "platform": review.platform,
        "rating": review.rating,
    }
    if with_sections:
        out["sections"] = [
            {"heading": s.heading, "paragraphs": list(s.paragraphs)} for s in review.sections
        ]
    out["reviewer"] = (
        {"name": review.reviewer.name, "bio": review.reviewer.bio} if review.reviewer else None
    )
    out["word_count"] = review.word_count
    out["problems"] = list(review.problems)
    out["notes"] = list(review.notes)
    out["bookmark"] = dict(bookmark) if bookmark is not None else None
    if matched is not None:
        out["matched"] = dict(matched)
    return out


def write_review_text(out: TextIO, review: Review) -> None:
    """A review as `show` prints it: headline, facts, sections, the reviewer's bio, problems."""
    write = out.write
    write(f"{review.headline}\n{'=' * min(len(review.headline), 80)}\n")
    for label, value in _facts(review):
        write(f"{label + ':':<10} {value}\n")
    for section in review.sections:
        if section.heading:
            write(f"\n## {section.heading}\n")
        for paragraph in section.paragraphs:
            write(f"\n{paragraph}\n")
    if review.reviewer and review.reviewer.bio:
        write(f"\n-- {review.reviewer.name}: {review.reviewer.bio}\n")
    for problem in review.problems:
        write(f"\nproblem: {problem}\n")


def _facts(review: Review) -> list[tuple[str, str]]:
    """The labelled facts shown above a review in `show`."""
    facts = [("Film", review.film.label)]
    if review.directors:
        facts.append(("Director", ", ".join(review.directors)))
    if review.cast:
        cast = ", ".join(f"{c.actor} ({c.role})" if c.role else c.actor for c in review.cast)
        facts.append(("Cast", cast))
    if review.runtime_minutes:
        facts.append(("Runtime", f"{review.runtime_minutes} min"))
    if review.platform:
        facts.append(("Platform", review.platform))
    if review.rating:
        facts.append(("Rating", review.rating))
    if review.reviewer:
        facts.append(("Reviewer", review.reviewer.name))
    return facts
