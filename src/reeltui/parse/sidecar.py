"""Sidecar corrections: `NAME.toml` beside a document overrides what the parser found.

The keys are those of Markdown front matter: title, year, kind, season,
directors, cast, runtime_minutes, platform, rating, reviewer. A sidecar that cannot be read
is reported as a problem of the review and otherwise ignored.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

from reeltui.model import Credit, Kind, Review, Reviewer
from reeltui.parse.reading import NotAReview, read_capped
from reeltui.text import clean, clean_line, clip, display_path

__all__ = ["KEYS", "apply_overrides", "apply_sidecar"]

_MAX_SIDECAR = 256 * 1024


def apply_sidecar(review: Review, sidecar: Path) -> Review:
    """The review with the sidecar's values applied, or unchanged when there is none.

    A sidecar that cannot be read, is not a regular file, is too large or is not TOML leaves
    the review as parsed, with a problem saying why.
    """
    name = display_path(sidecar.name)
    try:
        data, _, _ = read_capped(sidecar, _MAX_SIDECAR)
    except FileNotFoundError:
        return review
    except NotAReview as exc:
        return _with_problem(review, f"the sidecar {name} was ignored: {exc}")
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).lower()
        return _with_problem(review, f"the sidecar {name} could not be read: {reason}")
    if len(data) > _MAX_SIDECAR:
        return _with_problem(review, f"the sidecar {name} is too large and was ignored")
    try:
        table = tomllib.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return _with_problem(review, f"the sidecar {name} is not UTF-8 text and was ignored")
    except tomllib.TOMLDecodeError as exc:
        return _with_problem(review, f"the sidecar {name} is not valid TOML ({exc})")
    except RecursionError:
        return _with_problem(review, f"the sidecar {name} is nested too deeply to read")
    return apply_overrides(review, table, source=f"the sidecar {name}")


def _with_problem(review: Review, message: str) -> Review:
    return replace(review, problems=(*review.problems, clean_line(message)))


def _text(value: Any) -> str | None:
    return clean_line(value) or None if isinstance(value, str) else None


#: Each key a sidecar (or front matter) may give, in the order a new sidecar lists them, with
#: the words by which a note of the extraction names the fact it gives: once a key gives that
#: fact, a note naming it ("no year stated") no longer holds and is dropped.
_SETTLES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "year": ("year",),
    "kind": ("kind",),
    "season": ("season",),
    "directors": ("director",),
    "cast": ("cast", "actor"),
    "runtime_minutes": ("runtime",),
    "platform": ("platform",),
    "rating": ("rating",),
    "reviewer": ("reviewer", "byline"),
}

#: The keys a sidecar may give.
KEYS: tuple[str, ...] = tuple(_SETTLES)


def apply_overrides(review: Review, table: dict[str, Any], source: str) -> Review:
    """Apply front-matter style keys to a review; values of the wrong type become problems.

    The review's notes about facts the keys give are dropped (the user has said what they are),
    and a headline that was nothing but the title follows a new title.
    """
    problems: list[str] = []
    changes: dict[str, Any] = {}
    film = review.film
    source = clean_line(source)
    refused: set[str] = set()

    def bad(key: str, expected: str) -> None:
        refused.add(key)
        problems.append(f"{source}: '{clean_line(key)}' should be {expected}")

    if "title" in table:
        title = _text(table["title"])
        title = clip(title) if title else None
        if title:
            film = replace(film, title=title)
        else:
            bad("title", "text")
    if "year" in table:
        year = table["year"]
        if isinstance(year, int) and not isinstance(year, bool) and 1870 <= year <= 2200:
            film = replace(film, year=year)
        else:
            bad("year", "a year such as 2023")
    if "kind" in table:
        try:
            film = replace(film, kind=Kind(str(table["kind"])))
        except ValueError:
            bad("kind", "'film' or 'series'")
    if "season" in table:
        season = table["season"]
        if isinstance(season, int) and not isinstance(season, bool) and season > 0:
            film = replace(film, season=season, kind=Kind.SERIES)
        else:
            bad("season", "a whole number")
    if film != review.film:
        changes["film"] = film
        if film.title != review.film.title and review.headline == review.film.title:
            # A headline that was only the title (chrome taken for one) follows it.
            changes["headline"] = film.title
    if "directors" in table:
        value = table["directors"]
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            changes["directors"] = tuple(d for d in (clean_line(v) for v in value) if d)
        else:
            bad("directors", "a list of names")
    if "cast" in table:
        cast = _cast(table["cast"])
        if cast is None:
            bad("cast", "a list of {actor = …, role = …} tables")
        else:
            changes["cast"] = cast
    if "runtime_minutes" in table:
        runtime = table["runtime_minutes"]
        if isinstance(runtime, int) and not isinstance(runtime, bool) and 0 < runtime < 100_000:
            changes["runtime_minutes"] = runtime
        else:
            bad("runtime_minutes", "a whole number of minutes")
    for key in ("platform", "rating"):
        if key in table:
            value = table[key]
            if isinstance(value, int | float) and not isinstance(value, bool):
                value = str(value)
            text = _text(value)
            if text is None:
                bad(key, "text")
            else:
                changes[key] = text
    if "reviewer" in table:
        reviewer = _reviewer(table["reviewer"])
        if reviewer is None:
            bad("reviewer", "a table {name = …, bio = …}")
        else:
            changes["reviewer"] = reviewer
    if problems:
        changes["problems"] = (*review.problems, *problems)
    words = [
        word for key in _SETTLES if key in table and key not in refused for word in _SETTLES[key]
    ]
    notes = tuple(note for note in review.notes if not any(w in note.lower() for w in words))
    if notes != review.notes:
        changes["notes"] = notes
    return replace(review, **changes) if changes else review


def _cast(value: Any) -> tuple[Credit, ...] | None:
    if not isinstance(value, list):
        return None
    credits: list[Credit] = []
    for item in value:
        if isinstance(item, str) and clean_line(item):
            credits.append(Credit(clean_line(item)))
        elif isinstance(item, dict) and _text(item.get("actor")):
            actor = _text(item.get("actor"))
            assert actor is not None
            credits.append(Credit(actor, _text(item.get("role"))))
        else:
            return None
    return tuple(credits)


def _reviewer(value: Any) -> Reviewer | None:
    if isinstance(value, str) and clean_line(value):
        return Reviewer(clean_line(value))
    if isinstance(value, dict) and _text(value.get("name")):
        name = _text(value.get("name"))
        assert name is not None
        bio = value.get("bio")
        return Reviewer(
            name, " ".join(clean(bio).split()) or None if isinstance(bio, str) else None
        )
    return None
