"""`reeltui person NAME`: a person's page from the command line.

The films an actor or director is credited in (with their characters), the reviews a reviewer
wrote (with ratings and the bio), and the sentences of reviews that name them, found through the
full-text index. NAME is matched as search matches names (case and accents do not matter,
typos are forgiven); when it fits several people equally, they are listed and nothing else is
printed. Exit codes as everywhere (`common`): 1 when nobody, or more than one person, matches.
"""

from __future__ import annotations

from typing import Any, TextIO

from reeltui.cli.common import EXIT_OK, Context, DataError, UsageError, print_json
from reeltui.cli.serialize import film_json
from reeltui.library import Library
from reeltui.search import Searcher
from reeltui.search.people import (
    Candidate,
    Mentions,
    PersonPage,
    candidates,
    choose_person,
    find_mentions,
    mentions_line,
    person_page,
)
from reeltui.text import clean_line
from reeltui.words import counted

__all__ = ["page_json", "show_person"]

#: How many people an "ambiguous name" message names before "and N more".
MAX_NAMED = 8


def show_person(ctx: Context, library: Library) -> int:
    """`reeltui person NAME`: the page of the one person NAME names, in `library`."""
    query = str(ctx.args.name)
    if not query.strip() or not any(c.isalnum() for c in query):
        raise UsageError("NAME is empty; give a person's name")
    with Searcher(library) as searcher:
        chosen = choose_person(query, candidates(searcher, query))
        if isinstance(chosen, list):
            raise DataError(_no_one(query, chosen))
        page = person_page(searcher, chosen.key)
        if page is None:  # pragma: no cover - a candidate always has a page
            raise DataError(f"nobody in the library is called {clean_line(query)!r}")
        mentions = find_mentions(searcher, page) if page.has_credits else None
    if ctx.args.json:
        print_json(ctx, page_json(page, mentions))
    else:
        _write_page(ctx.out, page, mentions)
    return EXIT_OK


def _no_one(query: str, found: list[Candidate]) -> str:
    """The sentence for a name that picks out nobody, or several people."""
    typed = clean_line(query)
    if not found:
        return f"nobody in the library is called {typed!r}; `reeltui search` finds words too"
    named = ", ".join(candidate.describe() for candidate in found[:MAX_NAMED])
    more = f" and {len(found) - MAX_NAMED} more" if len(found) > MAX_NAMED else ""
    return f"{typed!r} matches {len(found)} people: {named}{more}; give a more exact name"


def page_json(page: PersonPage, mentions: Mentions | None) -> dict[str, Any]:
    """The JSON object of a person's page (`person --json`)."""
    return {
        "name": page.name,
        "spellings": list(page.spellings),
        "roles": list(page.roles),
        "films": [
            {
                "film": film_json(film.film),
                "film_key": film.film_key,
                "acted": film.acted,
                "directed": film.directed,
                "characters": list(film.characters),
                "reviews": [review.id for review in film.reviews],
            }
            for film in page.films
        ],
        "bio": page.bio,
        "average": (
            {"out_of_5": round(rated.out_of_five, 3), "label": rated.label, "reviews": rated.count}
            if (rated := page.average) is not None
            else None
        ),
        "reviews": [
            {
                "id": review.id,
                "film": film_json(review.film),
                "film_key": review.film_key,
                "headline": review.headline,
                "rating": review.rating,
            }
            for review in page.reviews
        ],
        "mentions": [
            {
                "review": mention.review.id,
                "film": film_json(mention.review.film),
                "film_key": mention.review.film_key,
                "section": mention.section_index,
                "heading": mention.heading,
                "paragraph": mention.paragraph_index,
                "offset": mention.start,
                "sentence": mention.sentence,
            }
            for mention in (mentions.found if mentions is not None else ())
        ],
        "mentions_complete": mentions.complete if mentions is not None else True,
    }


def _write_page(out: TextIO, page: PersonPage, mentions: Mentions | None) -> None:
    """The page as text: name, roles, films, reviews, mentions."""
    write = out.write
    write(f"{page.name}\n{'=' * min(len(page.name), 80)}\n{page.describe()}.\n")
    if page.other_spellings:
        write(f"Also written: {', '.join(page.other_spellings)}.\n")
    if page.films:
        write("\nFilms\n")
        width = min(45, max(len(film.film.label) for film in page.films))
        credits = min(40, max(len(film.credit) for film in page.films))
        for film in page.films:
            label, credit = film.film.label, film.credit
            write(f"  {label:<{width}}  {credit:<{credits}}  [{film.film_key}]\n")
    if page.reviews:
        rated = page.average
        if rated is not None:
            write(f"Their ratings average {rated.label} over {counted(rated.count, 'review')}.\n")
        if page.bio:
            write(f"\n{page.bio}\n")
        write("\nReviews\n")
        width = min(45, max(len(review.film.label) for review in page.reviews))
        for review in page.reviews:
            rating = review.rating or "-"
            write(f"  {review.film.label:<{width}}  {rating:<8}  [{review.id}]\n")
    if mentions is not None:
        if not mentions.found:
            write("\nNo review text names them.\n")
            return
        write(f"\nMentioned in reviews: {mentions_line(mentions)}\n")
        for mention in mentions.found:
            where = mention.review.film.label
            if mention.heading:
                where += f" › {mention.heading}"
            text, _ = mention.excerpt()
            write(f"  {where}  [{mention.review.id}]\n    {text}\n")
