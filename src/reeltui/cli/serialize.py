"""The JSON shape of a review (`show --json`, `list`, `search`), made in one place."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reeltui.model import Review
from reeltui.text import display_path

__all__ = ["review_json"]


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
        "film": {
            "title": review.film.title,
            "year": review.film.year,
            "kind": str(review.film.kind),
            "season": review.film.season,
        },
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
