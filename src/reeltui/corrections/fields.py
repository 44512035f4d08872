"""The facts of a review as the fields of a form, and what a filled-in form changes.

The TUI's form (used when no editor is set) shows `FormValues` (plain strings), and hands them
back; `form_updates` reads them, with what is wrong in words, into the sidecar keys the user
changed. An empty field stands for "what the page says": its key is removed. Cast is one
credit a line ("Al Pacino as Vincent Hanna"), directors are separated by commas, a runtime is
minutes or hours and minutes ("2h 10m").
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from reeltui.corrections.document import (
    Problem,
    Saved,
    check,
    draft,
    keep_rejected,
    merge,
    read_sidecar,
    save,
    sidecar_path,
)
from reeltui.corrections.result import EditResult, Outcome
from reeltui.model import Kind, Review
from reeltui.storage import os_reason
from reeltui.text import clean, clean_line

__all__ = [
    "FieldError",
    "FormValues",
    "form_updates",
    "form_values",
    "parse_runtime",
    "save_updates",
    "sidecar_problem",
]


@dataclass(frozen=True, slots=True)
class FormValues:
    """What the form's fields hold, as typed."""

    title: str = ""
    year: str = ""
    kind: str = Kind.FILM.value
    season: str = ""
    directors: str = ""
    cast: str = ""
    runtime: str = ""
    platform: str = ""
    rating: str = ""
    reviewer: str = ""
    bio: str = ""


@dataclass(frozen=True, slots=True)
class FieldError:
    """A field that cannot be saved as it is, and why (one sentence)."""

    field: str
    message: str


def form_values(review: Review) -> FormValues:
    """The form filled in with what the review says now (its sidecar applied)."""
    film = review.stated_film
    reviewer = review.reviewer
    return FormValues(
        title=film.title,
        year=str(film.year) if film.year is not None else "",
        kind=film.kind.value,
        season=str(film.season) if film.season is not None else "",
        directors=", ".join(review.directors),
        cast="\n".join(
            f"{credit.actor} as {credit.role}" if credit.role else credit.actor
            for credit in review.cast
        ),
        runtime=str(review.runtime_minutes) if review.runtime_minutes else "",
        platform=review.platform or "",
        rating=review.rating or "",
        reviewer=reviewer.name if reviewer else "",
        bio=(reviewer.bio or "") if reviewer else "",
    )


_RUNTIME = re.compile(
    r"^(?:(?P<h>\d{1,3})\s*(?:h|hr|hrs|hours?)\s*)?"
    r"(?:(?P<m>\d{1,5})\s*(?:m|min|mins|minutes?)?)?$",
    re.IGNORECASE,
)


def parse_runtime(text: str) -> int | None:
    """Minutes from "120", "120 min", "2h 10m", "2 hours" or "2:10"; None when unreadable."""
    text = text.strip()
    clock = re.fullmatch(r"(\d{1,3}):(\d{2})", text)
    if clock:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    match = _RUNTIME.match(text)
    if not text or match is None or not (match.group("h") or match.group("m")):
        return None
    minutes = int(match.group("h") or 0) * 60 + int(match.group("m") or 0)
    return minutes if 0 < minutes < 100_000 else None


def _whole(text: str) -> int | None:
    text = text.strip()
    return int(text) if re.fullmatch(r"\d{1,6}", text) else None


def _credits(text: str) -> list[dict[str, str]]:
    credits: list[dict[str, str]] = []
    for line in text.split("\n"):
        line = clean_line(line)
        if not line:
            continue
        actor, found, role = f" {line}".partition(" as ")
        credit = {"actor": actor.strip()}
        if found and role.strip():
            credit["role"] = role.strip()
        credits.append(credit)
    return credits


def form_updates(
    values: FormValues, initial: FormValues
) -> tuple[dict[str, Any], list[FieldError]]:
    """The sidecar keys the user changed (None: remove the key), or what is wrong, in words.

    Only fields that differ from `initial` become updates, so a key the user did not touch
    stays as the sidecar writes it.
    """
    errors: list[FieldError] = []
    updates: dict[str, Any] = {}
    changed = {name for name, value in asdict(values).items() if value != getattr(initial, name)}

    def text(value: str) -> str | None:
        return clean_line(value) or None

    title = text(values.title)
    if title is None:
        errors.append(FieldError("title", "Give the film's title."))
    elif "title" in changed:
        updates["title"] = title
    year = values.year.strip()
    if year and not (_whole(year) and 1870 <= int(year) <= 2200):
        errors.append(FieldError("year", "Write the year as four digits, such as 2023."))
    elif "year" in changed:
        updates["year"] = int(year) if year else None
    series = values.kind == Kind.SERIES.value
    season = values.season.strip()
    if season and not _whole(season):
        errors.append(FieldError("season", "Write the season as a number, such as 2."))
    elif season and not series:
        errors.append(
            FieldError("season", "Only a series has seasons: choose series, or clear it.")
        )
    elif "season" in changed:
        updates["season"] = int(season) if season else None
    if "kind" in changed:
        updates["kind"] = values.kind
    if "directors" in changed:
        names = [n for n in (clean_line(part) for part in values.directors.split(",")) if n]
        updates["directors"] = names or None
    if "cast" in changed:
        credits = _credits(values.cast)
        if any(not credit["actor"] for credit in credits):
            errors.append(FieldError("cast", "Each line needs an actor before “as”."))
        else:
            updates["cast"] = credits or None
    runtime = values.runtime.strip()
    minutes = parse_runtime(runtime) if runtime else None
    if runtime and minutes is None:
        errors.append(FieldError("runtime", "Write the runtime in minutes, such as 120 or 2h 10m."))
    elif "runtime" in changed:
        updates["runtime_minutes"] = minutes
    for key in ("platform", "rating"):
        if key in changed:
            updates[key] = text(getattr(values, key))
    name = text(values.reviewer)
    bio = " ".join(clean(values.bio).split()) or None
    if bio and not name:
        errors.append(FieldError("reviewer", "Give the reviewer's name to go with the bio."))
    elif changed & {"reviewer", "bio"}:
        updates["reviewer"] = (
            ({"name": name, "bio": bio} if bio else {"name": name}) if name else None
        )
    return updates, errors


def sidecar_problem(review: Review) -> tuple[str | None, Problem | None]:
    """The review's sidecar text (None: there is none) and what is wrong with it, if anything.

    A sidecar that cannot be read at all counts as a problem with no text.
    """
    try:
        existing = read_sidecar(sidecar_path(review))
    except (OSError, ValueError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        return None, Problem(f"the sidecar cannot be read: {reason}")
    return existing, (check(existing, review) if existing is not None else None)


def save_updates(review: Review, updates: dict[str, Any]) -> EditResult:
    """Put a form's updates into the review's sidecar (a new one starts from `draft`).

    The sidecar's comments and other keys are kept. A sidecar that is broken (not TOML, an
    unknown key, a value of the wrong type) is replaced by a new one, made from what the
    review says now and the updates; its text is kept beside it as `NAME.toml.rejected`.
    """
    sidecar = sidecar_path(review)
    existing, problem = sidecar_problem(review)
    if problem is not None and existing is None:
        return EditResult(Outcome.CANCELLED, sidecar, problem=problem)
    broken = existing is not None and problem is not None
    try:
        text = merge(existing if existing is not None and not broken else draft(review), updates)
    except ValueError:  # TOML that tomllib reads and tomlkit cannot: start afresh
        broken, text = existing is not None, merge(draft(review), updates)
    new_problem = check(text, review)
    if new_problem is not None:
        return EditResult(Outcome.CANCELLED, sidecar, problem=new_problem)
    kept = None
    try:
        if broken and existing is not None:
            kept = keep_rejected(review, existing)
        saved = save(review, text)
    except OSError as exc:
        reason = f"{sidecar.name} could not be written ({os_reason(exc)})."
        return EditResult(Outcome.CANCELLED, sidecar, reason=reason)
    if saved is Saved.UNCHANGED:
        return EditResult(Outcome.UNCHANGED, sidecar)
    return EditResult(Outcome.SAVED, sidecar, kept=kept)
