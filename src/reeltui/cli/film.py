"""`reeltui show FILM_KEY` for a film with several reviews: what they say of it, then each one.

The JSON is one object: the film, its merged facts (`films.merge`: cast with roles, each
person once; directors; runtime; platforms), every review's rating and the average of those
that are numbers, then `reviews`, each review's own JSON as `show` prints it for one review.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TextIO

from reeltui.cli.common import EXIT_OK, Context, print_json
from reeltui.cli.serialize import film_json, review_json, write_review_text
from reeltui.films import FilmSummary, merge
from reeltui.model import Review

__all__ = ["film_summary_json", "show_film"]


def show_film(
    ctx: Context,
    reviews: Sequence[Review],
    bookmark_of: Callable[[Review], dict[str, Any] | None],
) -> int:
    """Print a film's reviews (with their bodies), merged facts first."""
    summary = merge(reviews)
    if ctx.args.json:
        data = film_summary_json(summary)
        data["reviews"] = [review_json(r, bookmark=bookmark_of(r)) for r in reviews]
        print_json(ctx, data)
    else:
        _write_film(ctx.out, summary)
    return EXIT_OK


def film_summary_json(summary: FilmSummary) -> dict[str, Any]:
    """The JSON of what a film's reviews say of it, merged (without the reviews themselves)."""
    average = summary.average
    return {
        "film": film_json(summary.film),
        "film_key": summary.film_key,
        "directors": list(summary.directors),
        "cast": [
            {"actor": c.actor, "spellings": list(c.spellings), "roles": list(c.roles)}
            for c in summary.cast
        ],
        "runtime_minutes": summary.runtime_minutes,
        "platforms": list(summary.platforms),
        "ratings": [
            {
                "review": r.review.id,
                "reviewer": r.review.reviewer.name if r.review.reviewer else None,
                "rating": r.rating.label if r.rating is not None else None,
                "out_of_5": r.rating.out_of_five if r.rating is not None else None,
            }
            for r in summary.ratings
        ],
        "average": (
            {
                "out_of_5": round(average.out_of_five, 3),
                "label": average.label,
                "reviews": average.count,
            }
            if average is not None
            else None
        ),
    }


def _write_film(out: TextIO, summary: FilmSummary) -> None:
    """The film's merged facts and ratings, then each review under a rule."""
    write = out.write
    title = f"{summary.film.label} · {len(summary.reviews)} reviews"
    write(f"{title}\n{'=' * min(len(title), 80)}\n")
    if summary.directors:
        write(f"{'Director:':<10} {', '.join(summary.directors)}\n")
    if summary.cast:
        cast = ", ".join(
            f"{c.actor} ({' / '.join(c.roles)})" if c.roles else c.actor for c in summary.cast
        )
        write(f"{'Cast:':<10} {cast}\n")
    if summary.runtime_minutes:
        write(f"{'Runtime:':<10} {summary.runtime_minutes} min\n")
    if summary.platforms:
        write(f"{'Platform:':<10} {', '.join(summary.platforms)}\n")
    for rated in summary.ratings:
        by = rated.review.reviewer.name if rated.review.reviewer else rated.review.id
        label = rated.rating.label if rated.rating is not None else "no rating"
        write(f"{'Rating:':<10} {label} ({by})\n")
    line = summary.describe_average()
    if line:
        write(f"{'Average:':<10} {line.removeprefix('Average ')}\n")
    count = len(summary.reviews)
    for number, review in enumerate(summary.reviews, start=1):
        by = f" · {review.reviewer.name}" if review.reviewer else ""
        write(f"\n{'─' * 3} {number} of {count}{by} [{review.id}] {'─' * 3}\n\n")
        write_review_text(out, review)
